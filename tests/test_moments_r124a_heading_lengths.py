"""A list's opening line names the work and gives its length in brackets, in wordings the title rules did not read
(blind round 124): 'Our Cebu day-trip vlog (32:10) itinerary po:' (words after the bracket before the colon, and no
bulleted list below), 'Top 5 NPFL goals of the season (compilation on our channel, 9:02):' (where the work is, then
its length), 'Five best scenes in <i>Glen Corrie</i> (2h 06m):' (the title in an inline tag). Each is the whole
work's length (the contract: "a title followed by its length"), no moment, and the length that end forms count from
("The last ten minutes"). A bracketed time in the list's items, or in prose, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an opening line's work and its bracketed length, words after it, is no moment": [
        ("Our Kandy temple vlog (24:45) plan for the day:\nPickup 6:15 am from the guesthouse.\nThe elephants are "
         "at 3:20 in the vlog, the tea estate from 15:00 to 17:40.", [(200.0, None), (900.0, 1060.0)]),
        ("Bondi to Coogee walk video (18:05) stops we made:\nIcebergs pool around 2:10, Tamarama 7:45.",
         [(130.0, None), (465.0, None)]),
    ],
    "an opening bracket naming where the work is, then its length, is no moment": [
        ("Best tries of the Six Nations (video on our channel, 11:40):\n3. Ruck and go — 0:50\n2. The chip and "
         "chase (4:05)\n1. Length-of-the-field, about 9:30 in.", [(50.0, None), (245.0, None), (570.0, None)]),
        ("Top 4 saves this term (montage via the club app, 6:12):\n4. Fingertips — 0:20\n1. The last 30 seconds of "
         "the montage.", [(20.0, None), (342.0, 372.0)]),
    ],
    "a title set in an inline tag keeps its bracketed length, and end forms count from it": [
        ("Three scenes from <i>The Harbour Wall</i> (1h 52m):\n1. The wedding, 00:22:40.\n2. The final five "
         "minutes.", [(1360.0, None), (6420.0, 6720.0)]),
        ("My picks from <em>Northbound</em> (1h 40m):\n- the bridge at 0:55:10\n- the last twenty minutes",
         [(3310.0, None), (4800.0, 6000.0)]),
    ],
    "a bracketed time in prose or in an item stays a position": [
        ("Our Kandy temple vlog: the elephants walk in (3:20) and the crowd cheers.", [(200.0, None)]),
        ("Top 3 goals of the term (compilation on our page, 6:30):\n3. Mensah header (1:40)\n2. Diving volley — 3:05",
         [(100.0, None), (185.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_heading_lengths(text, expected):
    assert found_spans(text) == expected
