"""Families of missed positions and ranges that blind rounds 10 and 11
(`tests/data/moments_genres_round10.jsonl`, `..._round11.jsonl`) exposed, each with sentences written for
the family (not the rounds' own), and near-misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    # "like" hedging a length said "in", then what happens there: an approximate position
    "colloquial hedged offsets": [
        ("the funniest bit is like 2min in when the dog steals the toast", [(120.0, None, True)]),
        ("haha like 4 min in she casually walks into the glass door", [(240.0, None, True)]),
        ("my favourite moment is maybe five minutes in where the drummer drops a stick",
         [(300.0, None, True)]),
        ("ok so like 90 sec in he just falls off the ladder lol", [(90.0, None, True)]),
        ("lol like 4 minutes in my kid starts crying", [(240.0, None, True)]),
        ("ok so maybe 5 min in the host falls off his chair", [(300.0, None, True)]),
        # near-misses: a length of the world, with or without "when"; a length after "was"
        ("The ferry ride is like 20 minutes in when the sea is calm.", []),
        ("we were like 10 min in the lift when it stopped", []),
        ("the wait is like 15 min in the morning", []),
        ("Ten minutes in the sun burns your skin.", []),
        ("i sat like 20 mins in the waiting room", []),
    ],
    # a range in Markdown code spans with narrow no-break spaces, or inside the footage's stated length
    "ranges written in other ways": [
        ("Between `0:42`\u202f–\u202f`0:58` the drone loses signal.", [(42.0, 58.0, False)]),
        ("Skip `12:05` - `13:40`, it is all ads.", [(725.0, 820.0, False)]),
        ("In the whole ten-minute speech, the mayor asks residents to vote from 6:10 to 6:40.",
         [(370.0, 400.0, False)]),
        ("The council livestream runs 45 minutes. Members vote from 31:05 to 33:20 on the budget.",
         [(1865.0, 2000.0, False)]),
        # near-misses: a tally with no footage length; one past the stated length; a schedule beside a length; hours
        ("The board voted from 4:30 to 4:51 on the plan.", []),
        ("The two-minute clip is online. The board voted from 4:30 to 4:51 on the plan.", []),
        ("Polls were open from 07:00 to 22:00 on Thursday, the six-minute explainer says.", []),
        ("The store opens at 9:15 and closes at 17:30 every day.", []),
    ],
    # a past-tense verb that works the player on the footage ("paused it at"), or a person stopping it after it
    # was played, is footage talk, not a report of the world
    "positions after playback verbs": [
        ("The panel was shown the doorbell clip. The inspector paused it at 2:06, where the courier is seen "
         "dropping the parcel.", [(126.0, None, False)]),
        ("Counsel then rewound the tape to 04:05 and asked the witness to look again.", [(245.0, None, False)]),
        ("Q. Play the recording from 00:01:10, please.\n(Audio played.)\nQ. Thank you. Let the record show "
         "we paused at 00:01:38.", [(70.0, None, False), (98.0, None, False)]),
        ("The teacher froze the video at 7:45, when the chemical turns blue.", [(465.0, None, False)]),
        ("The detective stopped it at 11:52 and asked him who was driving.", [(712.0, None, False)]),
        ("Jurors watched the footage, which was stopped at 02:41 so the witness could point.",
         [(161.0, None, False)]),
        # near-misses: the world stops and resumes; a person stopped with nothing played; an object not footage
        ("The bus stopped at 14:05 and we got off.", []),
        ("Play resumed at 15:20 after the rain delay.", []),
        ("Officers stopped the car at 01:40 on the ring road.", []),
        ("We left Leeds at 08:10 and we stopped at 10:25 for fuel.", []),
        ("The meeting was paused at 11:30 for a fire drill.", []),
    ],
    # numbered steps under a method or steps heading, each with where the video shows it in brackets
    "bracketed times in numbered steps": [
        ("Steps (times from the video):\n1. Sand the edges [1:20].\n2. Apply Primer (3:05).\n"
         "3. Paint Two Coats (6:40), thin ones.", [(80.0, None, False), (185.0, None, False), (400.0, None, False)]),
        ("Instructions:\n1. Whisk the eggs.\n2. Fold In Flour (2:30).\n3. Bake for 20 minutes.",
         [(150.0, None, False)]),
        ("Directions:\n1. Remove The Wheel (0:45)\n2. Swap Tube (3:10)\n3. Refit (5:30), then pump to 60 psi.",
         [(45.0, None, False), (190.0, None, False), (330.0, None, False)]),
        # near-misses: numbered titles with their lengths under a heading that names no steps
        ("Our trailers:\n1. Teaser (1:36)\n2. Official Trailer (2:31)", []),
        ("Playlist:\n1. Morning Run (4:12)\n2. Night Drive (3:58)", []),
    ],
    # a gap from an event, set after a position and the footage it is in, restates when that position falls
    "gaps from an event in apposition": [
        ("The truck brakes at 2:15 in the dashcam video, about two seconds after the pedestrian steps out.",
         [(135.0, None, False)]),
        ("The goal comes at 14:20 of the highlights reel (some 40 seconds after the corner is won).",
         [(860.0, None, False)]),
        ("Our reconstruction puts the second shot at 0:07.6 in the bystander's footage, 0.8 seconds after the "
         "first.", [(7.6, None, False)]),
        # near-misses: a gap from the previous moment said in a clause or sentence of its own
        ("The door opens at 0:10 in the video. Five seconds after the door opens, a man walks in.",
         [(10.0, None, False), (15.0, None, False)]),
        ("The first shot is heard at 1:02 in the footage, and 3 seconds after the first shot a second follows.",
         [(62.0, None, False), (65.0, None, False)]),
        ("The glass breaks at 0:52 in the clip; ten seconds later the alarm sounds.",
         [(52.0, None, False), (62.0, None, False)]),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_recall_families(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert found_hedged(text) == expected
