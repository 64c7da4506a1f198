"""A work named by an end form's sentence, its length told right after in the paragraph (blind round 81): "In the
Chinese New Year video, about two minutes before the end, ... The video is 18 minutes long." Where every length told
before the form is another paragraph's, a sentence later in the form's paragraph that opens on the same kind of
work and its length's verb ("The video is ...", "The trailer runs ...") gives the length the form counts from, not
the nearest length told earlier. A length later in the paragraph of something else (the crew's time, the film's
score) does not."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the work's length told after the form": [
        ("Her first film runs 40 minutes.\n\nIn the wedding video, about a minute before the end, the groom trips. "
         "The video is 9 minutes long.", [(480.0, None)]),
        ("The feature runs 95 minutes.\n\nIn the trailer, in its final ten seconds, the title appears. The trailer "
         "runs 2:10.", [(120.0, 130.0)]),
        ('His 40-minute vlog did well.\n\nIn the birthday clip, about 30 seconds before the end, she cries. "Every '
         'time," he says. The clip is 3 minutes long.', [(150.0, None)]),
    ],
    "a later length of something else is not the work's": [
        ("The feature runs 95 minutes.\n\nIn the trailer the last ten seconds are a title card. The crew spent 3 "
         "minutes on it.", [(5690.0, 5700.0)]),
        ("The feature runs 95 minutes.\n\nIn the final ten minutes of the film the hero leaves. Its score is 12 "
         "minutes long.", [(5100.0, 5700.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_runtime_after(text, expected):
    assert found_spans(text) == expected
