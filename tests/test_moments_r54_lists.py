"""Families of lists and tables that round 54 (`tests/data/moments_genres_round54.jsonl`) showed read as positions:
lengths of an audiobook's chapters, race results under a division's label or a label of winners, a TV listings
table. Each family has sentences written for it (not the round's own) and look-alikes that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # "title – time" lines whose times go down somewhere are lengths (a chapter list's starts only grow)
    "lengths listed out of order": [
        ("Chapters\n1. Arrival — 22:15\n2. The Ferry — 31:40\n3. Winter — 18:02\n4. Home — 27:50", []),
        ("Episodes:\n- Pilot – 48:10\n- Storm – 51:02\n- Harbour – 44:37", []),
        ("Parts\n1. Dawn - 1:02:11\n2. Noon - 58:40\n…\n9. Dusk - 1:10:05", []),
        # look-alikes: a chapter list's starts grow, even with an elision; one line alone says nothing
        ("Chapters\n1. Intro — 0:00\n2. The climb — 1:45\n3. Summit — 4:10\n…\n9. Outro — 12:30",
         [(0.0, None), (105.0, None), (250.0, None), (750.0, None)]),
        ("Skip to the good bit — 4:10", [(250.0, None)]),
    ],
    # ranked results under a division's label, and bracketed times after winners' names
    "race results by division and winners": [
        ("Half marathon\n\nWomen's race: 1. Ana Ruiz (ESP) 1:09:41; 2. Kate Bell (GBR) 1:10:05.", []),
        ("Elite men: 1. Tom Okoro 28:41; 2. Sam Reid 28:59.", []),
        ("Junior winners: Tom Ode (34:10) and Ife Ade (37:02).", []),
        ("Category champions: Ruth Wall (2:58:14), Ann Ko (3:01:20) and Lea Moss (3:12:45).", []),
        # look-alikes: a numbered chapter list with no division; names with positions in a clip
        ("Chapters: 1. Intro 0:00; 2. Setup 1:30.", [(0.0, None), (90.0, None)]),
        ("In the highlights, Tom Ode scores at 0:34 and Ife Ade at 1:02.", [(34.0, None), (62.0, None)]),
    ],
    # a table headed "Time" then a programme, show or act: a listing of the day's slots
    "listings tables": [
        ("| Time | Show |\n|---|---|\n| 06:00 | Breakfast |\n| 09:15 | Homes Under the Hammer |", []),
        ("<table><tr><th>Time</th><th>Act</th></tr><tr><td>19:30</td><td>The Coronas</td></tr>"
         "<tr><td>21:00</td><td>Fontaines</td></tr></table>", []),
        ("<table><tr><th>Time</th><th>Channel</th><th>Programme</th></tr><tr><td>20:00</td><td>RTÉ One</td>"
         "<td>Nationwide</td></tr></table>", []),
        # look-alikes: a log of footage headed "Time" and what happens
        ("| Time | What happens |\n|---|---|\n| 06:00 | door opens |\n| 09:15 | car leaves |",
         [(360.0, None), (555.0, None)]),
        ("<table><tr><th>Time</th><th>Scene</th></tr><tr><td>12:30</td><td>the car</td></tr>"
         "<tr><td>14:10</td><td>the crash</td></tr></table>", [(750.0, None), (850.0, None)]),
    ],
    # a list's heading that says its bracketed times are timestamps: items' times are positions, not lengths
    "timestamps said to be in brackets": [
        ("Best saves of the cup run (timestamps in brackets):\n5. Okafor – fingertip over the bar (0:21)\n"
         "4. Reyes – double save vs. Cork (1:06)\n3. Lynch – penalty (2:40)",
         [(21.0, None), (66.0, None), (160.0, None)]),
        # look-alike: the heading says the bracketed times are the clips' lengths
        ("Best saves of the cup run (clip lengths in brackets):\n5. Okafor – fingertip over the bar (0:21)\n"
         "4. Reyes – double save against Cork (1:06)", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_round54_lists(text, expected):
    assert found_spans(text) == expected
