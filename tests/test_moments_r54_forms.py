"""Forms of ranges that round 54 (`tests/data/moments_genres_round54.jsonl`) missed: an ASS script's `Dialogue:`
lines and an edit's IN/OUT selects; and a cut's length told after its work ("the track, 1:12 version"). Each family
has sentences written for it (not the round's own) and look-alikes that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged, found_spans

FAMILIES = {
    # an ASS event line is one range from its Start field to its End field
    "ASS dialogue lines": [
        ("[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
         "Dialogue: 0,0:00:04.20,0:00:06.80,Default,,0,0,0,,Where were you?", [(4.2, 6.8)]),
        ("Dialogue: 1,0:12:30.00,0:12:33.45,Sign,,0,0,0,,{\\an8}CLOSED\nDialogue: 0,0:12:31.10,0:12:34.00,Default,,"
         "0,0,0,,Typical.", [(750.0, 753.45), (751.1, 754.0)]),
        # look-alikes: a clock time said in the dialogue stays out; a comment about a line keeps its own time
        ("Dialogue: 0,0:02:10.00,0:02:12.50,Default,,0,0,0,,The 6:15 from Euston is late.", [(130.0, 132.5)]),
        ("The sign at 0:12:31 is wrong.", [(751.0, None)]),
        # not an event line: fields that are no times
        ("Style: Default,Arial,58,&H00FFFFFF,-1,2,40", []),
    ],
    # an edit's in and out points are one range
    "IN/OUT selects": [
        ("- Crowd at the gate – IN 02:14 / OUT 02:29", [(134.0, 149.0)]),
        ("Select 3: In: 0:42, Out: 0:57 (the wide).", [(42.0, 57.0)]),
        ("Use in-point 12:10 – out-point 12:31 for the teaser.", [(730.0, 751.0)]),
        ("TC IN 00:03:05 TC OUT 00:03:20", [(185.0, 200.0)]),
        # look-alikes: "in" as a plain word before a time; an out point alone
        ("The dog runs in 2:14 and out of shot by 2:29.", [(134.0, None), (149.0, None)]),
        ("OUT 01:18 is too tight.", [(78.0, None)]),
    ],
    # a work named, a comma, then the length of its cut
    "a cut's length after its work": [
        ("Music: the pipe band track, 2:05 version.", []),
        ("Use the promo, 0:30 cut, for radio.", []),
        # look-alikes: a position after a comma
        ("In the track, 2:05 is where the drums drop.", [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_round54_forms(text, expected):
    assert found_spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a show note's label, then where in the episode its item comes up
    ("Mentioned around 38 min: the ranger's report on the burn scars.", [(2280.0, None, True)]),
    ("Discussed at 1 hr 5 min: the inquiry's findings.", [(3900.0, None, False)]),
    # look-alikes: a past event at a time of the world, an age
    ("The book was mentioned at 38 min on the radio.", []),
    ("Mentioned around 38 min ago by the host.", []),
])
def test_round54_show_notes(text, expected):
    assert found_hedged(text) == expected
