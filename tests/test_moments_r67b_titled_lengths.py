"""A quoted title's length in its brackets (blind round 67): '"The Harrowing" (1h 28m)', '"Fire Season" (BBC Four,
90 mins, iPlayer for 11 months)', '"The Quiet Shore" (2026, 1h 52m, 15)'. A length in words, alone among the
bracket's items, is that work's length: no moment, and the one its end forms count from, even among several titled
works on one page. A certificate after the length ("15") is no seconds of it. So is the bracket closing a heading
or a table's caption after a comma ("<caption>Lecture 7 (MIT 8.01, 1:14:20)</caption>"), an emphasised title's
("*Trailer (2:12)*"), a title line's led by an emoji ("📺 Trailer reaction — "Dune" teaser (2:31)") or saying where
the work is ("final (4h 02m on the EBU channel)"). Quoted speech before a bracketed time still cites where it is
said; a lone bracketed time in a heading or emphasis that is no title stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a quoted title's length in its brackets is no moment": [
        ('"Marsh Lights" (1h 41m) opens the programme on Friday.', []),
        ("‘Lantern Hill’ (96 minutes) is the year's best animation.", []),
        ('The programme: "Saltwater Girls" (RTÉ One, 58 mins, on the Player for a year) and nothing else.', []),
    ],
    "end forms count from the titled work's own length": [
        ('"Marsh Lights" (1h 41m) is slow. The last five minutes are a single shot.', [(5760.0, 6060.0)]),
        ('"Saltwater Girls" (RTÉ One, 58 mins) is a documentary. The final three minutes are silent.',
         [(3300.0, 3480.0)]),
        ('"Iron Bay" (1h 10m) drags, but the last two minutes land. "Harbour of Dreams" (2h 05m) is a '
         "marathon; its final ten minutes are the best thing in it.", [(4080.0, 4200.0), (6900.0, 7500.0)]),
    ],
    "a certificate after the length is not seconds": [
        ('"North Road" (2025, 1h 40m, 12A)\n\nThe last ten minutes are a chase.', [(5400.0, 6000.0)]),
        ('"North Road" (2025, 1h 40m)\n\nThe last ten minutes are a chase.', [(5400.0, 6000.0)]),
    ],
    "a heading's or a caption's closing brackets": [
        ("<caption>Seminar 3: Optics (UCL PHAS0007, 52:10)</caption>\n<tr><td>0:00</td><td>Intro</td></tr>",
         [(0.0, None)]),
        ("<h3>Pasta from scratch (video 12:30)</h3>\n<p>Knead for ten minutes.</p>", []),
        ("<h2>The winning goal (at 18:40)</h2>", [(1120.0, None)]),
    ],
    "an emphasised title and its length": [
        ("Put a teaser's length in brackets: *Teaser (0:45)*.", []),
        ("Tonight: *The Long Walk (1:46:10)* on BBC Two.", []),
        ("He *slips (2:12)* and gets up.", [(132.0, None)]),
    ],
    "a title line opened by an emoji or saying where the work is": [
        ("🎬 First look — \"Tidal\" trailer (1:58)\n\nAt 1:12 the ship lands. The last five seconds are the logo.",
         [(72.0, None), (113.0, 118.0)]),
        ("> **Links for the 2026 All-Ireland final (2h 10m on the RTÉ Player)**\n> - Winner lifts the cup: the "
         "last four minutes", [(7560.0, 7800.0)]),
    ],
    "quoted speech before a bracketed time still cites a position": [
        ('He shouts "Get back" (1:12) and runs for the door.', [(72.0, None)]),
        ('She mutters "not again" (1m 12s) and hangs up.', [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_titled_lengths(text, expected):
    assert found_spans(text) == expected
