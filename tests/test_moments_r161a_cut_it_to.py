"""A work cut to a length, the work its pronoun object (blind round 161, a Q&A about a kea filmed at Arthur's Pass):
"Q: How long did you film for? A: About forty minutes, but I cut it to 6:15." is no position: "cut it to 6:15" is
the edited video's length, as "cut down to 6:15" already was, and the end forms count from it ("In the last 30
seconds ..."). The object may be "it", "this", "them", "everything", "the whole thing"; "down" may be left out once
it is there. A bare "cut to 6:15" (an edit's jump) and a cut of something else ("cut the lead to 0:45") stay as they
were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work cut to a length, named by its pronoun": [
        ("Q: Your clip of the kea stealing a windscreen wiper at Arthur's Pass got 2.3 million views. Where's the "
         "best bit?\nA: Honestly, go to 3:42 in the full video. That's where he's got the rubber off. Twenty seconds "
         "later his mate turns up and they have a tug-of-war.\nQ: How long did you film for?\nA: About forty "
         "minutes, but I cut it to 6:15. It was minus 2, my hands were done.", [(222.0, None), (242.0, None)]),
        ("I filmed the whole derby on my phone, then cut it to 6:15. In the last 30 seconds the keeper scores.",
         [(345.0, 375.0)]),
        ("The vlog ran long, so I trimmed it to 12 minutes. Halfway through the vlog is the market.",
         [(360.0, None)]),
        ("Raw footage from the wedding was two hours; our editor cut the whole thing to 9:40, and the first dance is "
         "at 4:05.", [(245.0, None)]),
        ("Three hours of the gala were streamed. We edited everything down to 14:20 for the recap video.", []),
    ],
    "a bare cut or a cut of something else stays as it was": [
        ("In the highlights video, the edit cuts to 6:15 where the fox appears.", [(375.0, None)]),
        ("In the highlights they cut the lead to 0:45 with a penalty at 3:10.", [(45.0, None), (190.0, None)]),
        ("At the bakery they cut it to 6:15 slices.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_cut_it_to(text, expected):
    assert found_spans(text) == expected
