"""Families of misses that blind round 48 (`tests/data/moments_genres_round48.jsonl`) exposed in its forum, travel,
transcript and list genres, each with sentences written for the family (not the round's own) and near-misses that
must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # chat that does not capitalise its sentences: a past before a full stop the splitter kept ("the bus was
    # late. at 4:10 we reach the souk") is the clause before, not the position's
    "a lower-case sentence after a full stop": [
        ("the hike was BRUTAL. at 4:10 we reach the ridge", [(250.0, None)]),
        ("we got soaked lol. around 7:45 the guide shows us the waterfall", [(465.0, None)]),
        ("ep 3 was filmed in march. from 2:20 to 3:05 we try the street food", [(140.0, 185.0)]),
        # near-misses: the past in the position's own clause; a capitalised report of the day
        ("we got there late. at 5:30 the tour began.", [(330.0, None)]),
        ("we were tired. we checked into the hostel at 9:40", []),
        ("Police said the road was closed. At 6:15 the lorry was moved.", []),
    ],
    # a clock named as a part of the footage in the present ("9:12 is the mint tea bit") after a past clause
    "a clock named as a part": [
        ("the guide who met us took us up, then 3:25 is the view bit", [(205.0, None)]),
        ("we hired bikes that broke twice, and 12:40 is where the chain snaps", [(760.0, None)]),
        ("my cousin filmed it, so 1:15 is the best part of the whole thing", [(75.0, None)]),
        # near-misses: a clock named as a thing of the world; a past after the clock
        ("We walked to the harbour, then 6:40 is the ferry we took.", []),
        ("We walked to the harbour, then at 6:40 the ferry left.", []),
    ],
    # the speaker's clock said aloud, with a filler or the timepiece named: the time now, not footage
    "the time said aloud by a timepiece": [
        ("HOST: Right, it's, uh, 2:40 by my watch, so let's begin.", []),
        ("It's, um, 3:40 by his phone and the bus is late.", []),
        ("She checks: it's 4:25 by her watch. The clip she shows is 1:10 long.", []),
        # near-misses: a position in the same breath; the footage's clock
        ("It's 3:40 by my watch, and the goal in the clip is at 3:40.", [(220.0, None)]),
        ("Which bit? It's, uh, 3:40 in the clip.", [(220.0, None)]),
    ],
    # "and" spelt as speech says it in a spoken amount: "a minute an' a half in"
    "an' in a spoken amount": [
        ("Roughly a minute an' a half into the clip, the dog barks.", [(90.0, None)]),
        ("about an hour an' a quarter in, the band comes on", [(4500.0, None)]),
        ("Skip tae two an' a half minutes in, that's the goal.", [(150.0, None)]),
        ("He scores aboot two minutes an’ a half in.", [(150.0, None)]),
        # near-misses: a length so spelt is no position; a position beside it stays
        ("the clip's only a minute an' a half long, an' at 0:40 he scores", [(40.0, None)]),
        ("We played for an hour an' a half, then at 4:10 in the video he scored", [(250.0, None)]),
    ],
    # a length told "in total" is a length, and "the last N minutes" count back from it
    "a length in total": [
        ("the podcast is 58:00 in total, and the ads run in the last 5 minutes", [(3180.0, 3480.0)]),
        ("The lecture was 1:30:00 in total. The questions come in the last 20 minutes.", [(4200.0, 5400.0)]),
        ("The stream is 2:10:00 in total; the raid is in the final 10 minutes.", [(7200.0, 7800.0)]),
        # near-misses: a position beside the total stays
        ("The video is 12:40 in total, and the crash is at 3:10.", [(190.0, None)]),
    ],
    # a hedged offset a part of the footage starts at, with no "at" or "in": "it starts around 47 mins"
    "a hedged start with no at": [
        ("the Q&A starts around 52 mins", [(3120.0, None)]),
        ("her set begins roughly 12 minutes, give or take.", [(720.0, None)]),
        ("> the boss fight kicks off about 1 hr 10 min\nthanks!", [(4200.0, None)]),
        # near-misses: a delay; a time after another; unhedged
        ("the stream starts around 10 minutes late", []),
        ("the bus starts about 20 minutes after the hour.", []),
        ("the show starts 10 minutes, then the ads", []),
    ],
    # a post or a quote signed with a handle and the clock it was written at, ending its line
    "a handle's signed clock": [
        ("> Same crash on 3.1 — @tern_w, 21:47", []),
        ("Fixed in the nightly build. @mossy.dev · 9:05\nThanks!", []),
        ("> the drift starts at 08:15 for me too — @kel_v, 9:40\nok", [(495.0, None)]),
        # near-misses: a handle addressed, then a position in the footage
        ("Same bug. @dev_team, 3:10 is where it breaks", [(190.0, None)]),
        ("ping @mods, 12:40 shows the slur", [(760.0, None)]),
    ],
    # a timer's or a limit's setting is a length, not a position
    "a timer's setting": [
        ("the raid boss enrages fast, the fight timer is 4:30 so bring dps", []),
        ("the round timer's just 2:30 lol", []),
        ("Each stage has a timer set to 1:45, and the shortcut is at 0:52 in the guide.", [(52.0, None)]),
        # near-misses: a position where the timer is read; a limit beside a position
        ("The timer in the video is at 3:00 when the bomb goes off.", [(180.0, None)]),
        ("The time limit is 10:00 per round, and the skip is at 4:10.", [(250.0, None)]),
    ],
    # a timetable's abbreviations: "dep 08:10, arr 09:55" are a service's clocks ("arr." ends no sentence)
    "a timetable's dep and arr": [
        ("Bus 12 dep 08:10, arr 09:55.", []),
        ("Coach to Dubrovnik, dep 06:30 Split, arr 10:05.", []),
        ("Flight LH 1843 dep 11:20 arr 13:45 (local)", []),
        ("- Ferry: Split dep. 07:15 arr. 09:40", []),
        # near-misses: a position in the footage after a timetable
        ("Train dep. 07:42, arr. 09:15. The video is 6:00 long; the viaduct is at 2:10.", [(130.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_eight_b_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
