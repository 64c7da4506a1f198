"""A listed work's length in a shape its list's other lines do not share (blind round 186): an episode list whose
items close with a bracketed length has one closed by a dash instead ("Ep 2: Arranger Desmond Clarke on 'Sweet Bim' –
24:10"); a playlist's track, its length in brackets, carries the listener's remark after a colon ('3. "Mdalitso" –
Ethel Kamwendo (5:34): the key change at 3:48 gives me chills', the remark's time a position in the track); a page's
line telling when a lecture was recorded closes with its label and time alone ("... 17:30&ndash;19:00 CAT. Video
1:24:10.</p>"). Each is the work's running time, as the bracketed lines are. A part of one recording ("Session 3",
"Part 2"), a label before words in lower case, a ranked list of moments each remarked on, and a label's time in a
line that tells no recording stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's lists and page": [
        ("Crop Over 2025 pan yard sessions – full playlist\nEp 1: Pan Ebony tuning the tenor (18:42)\nEp 2: Arranger "
         "Desmond Clarke on 'Sweet Bim' – 24:10\nEp 3: Night rehearsal in Bridgetown, 11 pm start (32:05)", []),
        ("Best of Malawian gospel 2025 (playlist, total 38 min)\n1. \"Mose Wanga\" – Grace Chinga Jr. (4:52)\n2. "
         "\"Tidzakumana\" – Lusubilo Choir (6:10)\n3. \"Mdalitso\" – Ethel Kamwendo (5:34): the key change at 3:48 "
         "gives me chills every time\n4. \"Ambuye Ndithandizeni\" – Blantyre Synod Youth (7:05)", [(228.0, None)]),
        ("<p>Recorded at the University of Botswana, Gaborone, on <time datetime=\"2025-03-19\">19 March 2025</time>, "
         "17:30&ndash;19:00 CAT. Video 1:24:10.</p>\n<ul>\n<li><time>0:03:15</time> Welcome by the Dean</li>\n</ul>",
         [(195.0, None)]),
    ],
    "fresh lists and pages": [
        ("Season two, all episodes\nEp 1: The Harbour at Dawn (41:10)\nEp 2: Nets and Knots with Auntie Sefa – "
         "38:55\nEp 3: Storm Season (44:02)", []),
        ("Back catalogue\nEpisode 14 – Live From Ros Muc – 1:04:36\nEpisode 15 – The Long Table – 52:10", []),
        ("Side A\n1. Blue Road (5:12)\n2. Kettle Song (3:05): Mina's solo at 1:40 is the best thing here\n3. Harbour "
         "(4:44)", [(100.0, None)]),
        ("Kwaito classics (playlist, 41 min)\n1. \"Nkalakatha\" – Mandoza (4:50)\n2. \"Sguqa Ngamadolo\" – Trompies "
         "(6:12): the whistle at 2:05 still slaps\n3. \"Ntombi\" – Arthur Mafokate (5:10)", [(125.0, None)]),
        ("<p>Streamed live from Accra on 4 May 2025. Video 52:40.</p>", []),
        ("Uploaded 3 March 2024 by the county clerk. Recording 2:14:30.", []),
    ],
    "positions stay": [
        ("Ep 2: she talks about the old dancers – 24:10", [(1450.0, None)]),
        ("Session 3: Breakout rooms – 1:10:00", [(4200.0, None)]),
        ("The full stream, chapters:\nPart 2: The Vote – 1:10:00", [(4200.0, None)]),
        ("Top goals of the season, ranked\n1. Rogers vs Chelsea (3:40): the volley\n2. Palmer vs Brighton (1:15): the "
         "lob at 0:40 in the clip", [(220.0, None), (75.0, None), (40.0, None)]),
        ("The lid sticks. Video 0:58.", [(58.0, None)]),
        ("Recorded on 3 June. Video: 0:58, when the lid sticks.", [(58.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_listed_length_shapes(text, expected):
    assert [(round(s, 1), None if e is None else round(e, 1)) for s, e in found_spans(text)] == expected
