"""A writer's comment joined after a dotted position's own clause does not make the position the writer's day (blind
round 170, an Indian recipe review): "At 4.35 in the video he shows how much kokum to soak, and from 6.10 to 7.05 he
grinds the coconut ... Near about 9.20 he adds the tirphal, and I must say his explanation ... is very correct" is
560 (hedged). A first-person subject anywhere in the sentence had made its dotted numbers the writer's own ("I start
at 8.15"); only the number's own clause decides now, a clause joined by ", and", ", but", ";" or a dash being the
writer's comment on what the footage shows. A first person in the number's own clause, before or after it, keeps it
the writer's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a first person in a clause joined after the number's": [
        ("The masala part is where the video shines. At 4.35 in the video he shows how much kokum to soak, and from "
         "6.10 to 7.05 he grinds the coconut. Kindly note he grinds for a good eight minutes in real life but the "
         "video shows only that stretch. Near about 9.20 he adds the tirphal, and I must say his explanation is very "
         "correct.", [(275.0, None, False), (370.0, 425.0, False), (560.0, None, True)]),
        ("At 2.10 in the video she toasts the spices. Around 5.50 she adds the curry leaves, and I must say the "
         "smell comes through the screen.", [(130.0, None, False), (350.0, None, True)]),
        ("The bowler marks his run-up at 0.45 in the clip. Near about 5.30 the umpire checks the ball, but we all "
         "knew it was tampered.", [(45.0, None, False), (330.0, None, True)]),
        ("At 1.05 in the vlog the ferry leaves Lamu. Around 4.40 the dhow passes the fort; I think that is the best "
         "shot of the trip.", [(65.0, None, False), (280.0, None, True)]),
    ],
    "a first person in the number's own clause keeps it the writer's": [
        ("At 1.05 in the vlog the ferry leaves. I reached the jetty around 4.40, and the dhow was gone.",
         [(65.0, None, False)]),
        ("At 1.05 in the vlog the ferry leaves. Around 4.40 I reached the jetty, and the dhow was gone.",
         [(65.0, None, False)]),
        ("The video is good. I start my shift at 8.15, and we leave by 9.30.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_writers_comment_clause(text, expected):
    assert found_hedged(text) == expected
