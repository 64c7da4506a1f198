"""A break from work told at the day's clock (blind round 137): a workshop handout's closing line "Break at 10:45,
15 minutes." and a tribunal's "Mr Aziz had taken his break from 01:00 to 01:20", beside footage positions. A break
heading its sentence, or one that is somebody's ("his break") or a meal's ("lunch break", "tea break"), is a slot
of the day, as "we'll take a break at" already was. A break in a recording ("the ad break", "the drum break", "the
instrumental break ... in the clip") stays where it is in the footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a break from work at a clock is the day's": [
        ("**Step 4: Sound.** Between 2:10 and 2:25 you can hear the call to prayer.\n\nBreak at 10:45, 15 minutes. "
         "Bring your laptops charged.", [(130.0, 145.0)]),
        ("She found that his head dropped at 3:48 in the extract. Paragraph 41 of the judgment notes that the policy "
         "allows a 20-minute break every 4 hours, and that Mr Aziz had taken his break from 01:00 to 01:20.",
         [(228.0, None)]),
        ("Lunch break at 12:30, 45 minutes. Bring a notebook.", []),
        ("The rota shows she took her break from 23:10 to 23:40 that night.", []),
        ("The drivers had their tea break from 14:00 to 14:15, the log says.", []),
        ("Coffee break at 10:15. Sandwiches are provided.", []),
    ],
    "a break in the recording stays a position": [
        ("In the broadcast, the first ad break at 14:30 cuts off the interview.", [(870.0, None)]),
        ("The instrumental break from 2:10 to 2:45 in the clip is the best part.", [(130.0, 165.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_own_break(text, expected):
    assert found_spans(text) == expected
