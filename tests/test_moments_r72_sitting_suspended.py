"""An interview record's or a sitting's own clock (blind round 72): a police record of interview's "Interview
suspended at 14:31 for Mr K to speak with his lawyer". An interview, hearing, session or meeting said suspended,
resumed, concluded or reconvened at a clock tells when the room stopped or started, a time of day, as "adjourned at"
does; the exhibit played in it ("[plays exhibit from 1 min 20]") keeps its positions, and a sitting paused "at 14:31"
in the video it is watched in stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a sitting stopped or started at a clock is a time of day": [
        ("DC HALE: Interview concluded at 16:12. Tape sealed in the presence of the suspect.", []),
        ("The hearing reconvened at 14:05 and the witness returned to the stand.", []),
        ("Record of interview with J. Mensah, commenced 10:02.\nDS OKAFOR: [plays CCTV from 0 min 45]\n"
         "Interview suspended at 10:31 for a comfort break.\nInterview resumed at 10:48.", [(45.0, None)]),
        # a record's heading names the interview and the clock it started or ended at; not a clip's position
        ("Record of interview with P. Adeyemi, concluded 15:47. Exhibit RK/2 was sealed.", []),
        ("Interview with the witness - commenced at 09:12, officers present: DC Ward.", []),
        ("Watch the interview with the mayor, commenced at 1:02 in the clip, where he walks out.", [(62.0, None)]),
    ],
    "a pause in the footage stays a position": [
        ("In the video, the interview is paused at 14:31 when he breaks down.", [(871.0, None)]),
        ("The bodycam clip shows the arrest at 1:05 and the caution at 2:40.", [(65.0, None), (160.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sitting_suspended(text, expected):
    assert found_spans(text) == expected
