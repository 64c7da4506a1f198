"""A chronolocation's hedged clock well past every length the text states (blind round 137): "a sun elevation of
about 4°, which in Ostrava on 19 January happens at around 16:05", the videos running 1 min 54 s and 3 min 30 s.
A paragraph reading the sun or the shadows estimates the time of day; no position lies that far past every work the
text measured. The rule read it only against the paragraph's one length, so a page of two videos kept it as a
position. A position said in a work whose length is not told stays one, as does one inside a length told later."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a hedged clock read from the sun, past every stated length, is the time of day": [
        ("**Clip 1** (58 s, shot from a ferry) and **Clip 2** (2 min 40 s).\n\nAt 0:20 in Clip 1 the mast casts a "
         "shadow due east, a sun azimuth the harbour sees at around 17:35 in March.", [(20.0, None)]),
        ("Video A runs 1 min 10 s; Video B runs 2 min 30 s.\n\nThe key frame is at 0:44, where the pylon's shadow "
         "points north-east, which in Tromsø in April happens at around 18:20.", [(44.0, None)]),
        ("**Video 1** (40 s) and **Video 2** (2 min 5 s) were posted an hour apart.\n\nAt 0:31 in Video 1 the "
         "shadow of the crane falls due east; the sun is that low there at about 19:05.", [(31.0, None)]),
    ],
    "a position in a work whose length is not told stays one": [
        ("The stream is 3 hours long; a 40-second clip of it went viral. In the sun the goal comes at about 21:15.",
         [(1275.0, None)]),
        ("The 2-minute trailer is out. The sun sets on the winner at about 14:20 in the replay.", [(860.0, None)]),
        ("A 30-second clip and a 2-minute one were posted. In the sunshine, at about 12:40 into the livestream, she "
         "falls.", [(760.0, None)]),
        ("The 45-second teaser came first. The shadows are long when the hero falls at about 18:30. The full "
         "documentary runs 52 minutes.", [(1110.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hedged_clock_past_lengths(text, expected):
    assert found_spans(text) == expected
