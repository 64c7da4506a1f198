"""A work's length in forms not read before (blind round 69, long articles with several works and their lengths):
a quoted title and its verb ('"Still Here" runs 2 hours 6 minutes'), a work whose noun stands before two
appositions ('The documentary, "Leeman Road", directed by ..., runs 52 minutes'), "it runs ... including the
pre-race show", a reviewer's word before a timecode ("runs a tight 4:10"), a superlative after the time ("The third,
at 31:40 the longest, is a wedding"), a quoted title said to be a time ('"Video Killed the Radio Star", the first
thing MTV played, is 3:23.') and a single's or a song's title with its time in brackets ('The single, "Nne m"
(3:52), sold 80,000 copies'). Each is a length: no moment, and the one an end form counts from. A position told the
same ways ("The goal is 3:23 in", "The best bit, at 1:12, is the chorus", 'He shouts "Go" (1:12)') stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a quoted title and its verb of running": [
        ('"Harbour Lights" runs 1 hour 38 minutes, and it feels longer.', []),
        ('"Harbour Lights" runs 1 hour 38 minutes, and it feels longer. The last eight minutes are a storm.',
         [(5400.0, 5880.0)]),
        ("‘Copper Town’ lasts 47 minutes and most of it is rain.", []),
    ],
    "a work's noun before two appositions, then its verb": [
        ('The film, "Salt Marsh", shot by Ilse Varga for a tiny Bristol company, runs 64 minutes and opens on a '
         "heron.", []),
        ('The film, "Salt Marsh", shot by Ilse Varga for a tiny Bristol company, runs 64 minutes and opens on a '
         "heron. It closes, in its final three minutes, on the estuary.", [(3660.0, 3840.0)]),
    ],
    "it runs a length including what else it holds": [
        ("The archive tape, which the club put online in full (it runs 5 hours 20 minutes including the "
         "presentation), is hard to follow.", []),
    ],
    "a reviewer's word before a timecode after runs": [
        ("The B-side runs a brisk 2:48 and never lets up.", []),
        ("The opener, which on the record runs a tight 3:05, is stretched out live.", []),
        ("The closing track, which on the LP runs a trim 5:25, is twice that live.", []),
    ],
    "a superlative after the time": [
        ("The fourth tape, at 44:15 the shortest, is a christening.", []),
        ("The second reel, at 27:30 the longest of them, shows the regatta.", []),
    ],
    "a quoted title said to be a time": [
        ('"Rain on Tin", the band\'s first single in a decade, is 4:07.', []),
        ('"Rain on Tin" is 4:07.', []),
    ],
    "a single's or a song's title with its time in brackets": [
        ('The single they cut that week, "Lantern Song" (3:41), sold 20,000 copies.', []),
        ('Their best track, "Dust Road" (5:12), closes the album.', []),
        ('The song they wrote in that session, "Oya mi" (3:41), sold 20,000 copies.', []),
    ],
    "positions told the same ways stay positions": [
        ("The crash is 3:23 in.", [(203.0, None)]),
        ("The best bit of the clip, at 1:12, is the chorus.", [(72.0, None)]),
        ('He shouts "Go now" (1:12) and runs.', [(72.0, None)]),
        ("The clip runs 3:10. The crash comes at 2:05.", [(125.0, None)]),
        ("At 2:05, the longest rally of the match begins.", [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_lengths(text, expected):
    assert found_spans(text) == expected
