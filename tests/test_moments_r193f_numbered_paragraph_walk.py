"""Dotted positions in a judgment's numbered paragraph walking through the video the numbered paragraph before it
told (blind round 193): "2. The prosecution relies on a mobile video of 4.10 minutes duration ...\\n\\n3. At 0.48 the
applicant is seen arguing ... Near about 1.20 a chair is lifted ... From 2.05 to 2.40 there is a scuffle" reads as one
paragraph would, inside the video's length. Unnumbered paragraphs, a numbered one after an unnumbered one, and the
day's times ("between 10.00 am and 12.00 noon") are left as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

ORDER = ("4. The complainant produced a CCTV clip of 3.20 minutes duration from the shop. It was played in court.\n\n"
         "5. At 0.35 the accused enters the shop. Near about 1.05 he picks up the phone. From 1.40 to 2.10 he argues "
         "with the owner, and from 2.50 onwards the screen is blank.\n\n"
         "6. The accused shall report every Monday between 10.00 am and 12.00 noon.")

FAMILIES = {
    "a numbered paragraph walks through the video told before it": [
        (ORDER, [(35.0, None, False), (65.0, None, True), (100.0, 130.0, False), (170.0, None, False)]),
        ("(7) The prosecution relies on a dashcam video of 2.45 minutes duration, which we have viewed.\n\n"
         "(8) At 0.22 the truck overtakes. From 1.10 to 1.30 it stays on the wrong side.",
         [(22.0, None, False), (70.0, 90.0, False)]),
    ],
    "left alone": [
        ("The video is of 3.20 minutes duration.\n\nAt 0.35 the shop opened for the day, the owner says.", []),
        ("Heard counsel. A mobile video of 4.10 minutes was produced.\n\n3. The bail hearing is at 2.30 on Monday.",
         []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_numbered_paragraph_walk(text, expected):
    assert found_hedged(text) == expected
