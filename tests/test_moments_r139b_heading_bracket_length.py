"""A transcript's heading line closing on a bracket whose last item is the recording's length (blind round 139,
transcripts): "Up the Guts — Ep. 92 with Coach ... (Descript transcript, 48:16)" and "... (programme ran 7am–9am;
recording 1:58:40)", a blank line before the turns. The family: the bracket on a text's first line, its last item a
bare time after a comma or a semicolon (or labelled as the recording, its length or its duration), is the heading's
recording length, whether or not a blank line comes before the lines below. A heading bracket that places the time
("the try at 2:10") stays a position, and so does a bracketed time in the body."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a heading bracket's last item is the recording's length, over a blank line": [
        ("Kettle Talk, Episode 14 with Aroha Mills (Otter transcript, 36:02)\n\n[00:00:04] Host: Welcome in.\n"
         "[00:01:10] Aroha: Cheers for having me.", [(4.0, None), (70.0, None)]),
        ("Drive Time Phone-In, Radio Leeds, 3 March 2024 (show ran 4pm–7pm; audio 2:57:12)\n\n"
         "(00:00) PRESENTER: Evening all.\n(02:15) CALLER: Hiya, long-time listener.", [(0.0, None), (135.0, None)]),
        ("Town hall on the bypass (auto-captions; full recording: 1:12:09)\n\n"
         "[0:00:15] CHAIR: Let's begin.\n[0:03:40] RESIDENT: The lorries start at dawn.",
         [(15.0, None), (220.0, None)]),
        ("Ask the Vet, Ep 3 with Dr Mona Fahey (Rev transcript; 41:27)\n\n[00:00:03] Dan: Welcome back.\n"
         "[00:00:40] Mona: Thanks, Dan.", [(3.0, None), (40.0, None)]),
        ("Harbour Council, special meeting (captions auto-generated; video 1:58:02)\n\n0:00:11 CHAIR: Order, please.\n"
         "0:02:05 CLERK: Item one.", [(11.0, None), (125.0, None)]),
    ],
    "a heading bracket that places its time stays a position": [
        ("Semi-final notes (the try at 2:10)\n\n[00:00:05] Coach: We start at 2:10 because that's where it turned.",
         [(130.0, None), (5.0, None), (130.0, None)]),
    ],
    "a bracketed time below the heading stays a position": [
        ("Kettle Talk, Episode 15\n\n[00:00:04] Host: The best bit of the reel (recorded live; 1:12) is the fall.",
         [(4.0, None), (72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_heading_bracket_length(text, expected):
    assert found_spans(text) == expected
