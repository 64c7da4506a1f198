"""Clocks of the day that read as positions in blind round 65 (transcripts-02): a sitting's margin stamps to the
minute opening each speaker's turn ("[14:32] Chair: ...", "[14:33] Q1 Mr Bell: ..."), whose turns say far more
words than the seconds between the stamps could hold if they were minutes and seconds; and the time people have
left, said aloud ("We have until about 16:00"). A recording's own transcript, stamped at a speaking pace, keeps
its stamps."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_SITTING = (
    "[10:05] Chair: Good morning. We are here to take evidence on the flood defence programme, and I would like "
    "to start with the overall budget position before we move on to the individual schemes.\n"
    "[10:06] Ms Reid: Thank you, Chair. The programme is currently forecast to come in within its budget, though "
    "two of the coastal schemes have been delayed by the planning process.\n"
    "[10:08] Q3 Dr Hale: Which two schemes, and by how long has each been delayed in total?\n"
    "[10:09] Ms Reid: Bexhill and Seaford, by roughly eight months each, and I can write with the detail.\n")
_INTERVIEW = (
    "[00:12] HOST: Welcome back.\n[00:15] GUEST: Thanks for having me.\n"
    "[00:19] HOST: So the crash is at 3:10?\n[00:24] GUEST: Yes, at 3:10 in the video.\n")
FAMILIES = {
    "a sitting's stamps to the minute, outpaced by its turns": [
        (_SITTING, []),
        (_SITTING + "[10:11] Dr Hale: In the committee's video the minister says it at 1:12:40.",
         [(4360.0, None)]),
        ("14:02 Chair: Order. The committee will now hear from the Chief Constable, who has kindly agreed to "
         "stay on past the time we had originally set aside for this session.\n"
         "14:03 Mr Grant: Thank you. I will keep my opening remarks short and then answer what I can today.\n"
         "14:04 Chair: Then let us begin with the night of the fourth, and the calls your control room took.\n",
         []),
    ],
    "the time people have left, said aloud": [
        ("We have until about 16:00, so I'd ask members to keep their questions brief.", []),
        ("You have until 17:30 to send your entries.", []),
    ],
    "near-misses stay as they were": [
        # a recording's own transcript, at a speaking pace
        (_INTERVIEW, [(12.0, None), (15.0, None), (19.0, None), (190.0, None), (24.0, None), (190.0, None)]),
        # two stamped turns are too few to show a pace
        ("[10:05] Chair: We are here to take evidence on the programme and I would like to start with the budget "
         "position before anything else today.\n[10:06] Ms Reid: Thank you, the programme is within budget.",
         [(605.0, None), (606.0, None)]),
        # stamps going backwards are no sitting's running clock
        ("[12:40] ANA: The goal comes after a long spell of pressure from the home side and a corner.\n"
         "[12:38] ANA: Before it, the keeper makes a save from a header at the near post, low down.\n"
         "[12:39] BEN: And the replay shows the defender slipping just as the cross comes in.\n",
         [(760.0, None), (758.0, None), (759.0, None)]),
        ("In the clip you have until 1:30 to spot the card.", [(90.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_turns(text, expected):
    assert found_spans(text) == expected
