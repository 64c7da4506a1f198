"""A work's length in a review's or a page's header (blind round 69): the title line closed by the length after a
comma ('"Kin of the Lowlands", Series 2, Episode 4 ("Ferry Day"), 58 min'), a credits line's length item ("Dir.
Teodor Vasilescu. 1h 48m. In cinemas Friday."), a heading's brackets naming a camera as the work ("### Key moments
(bodycam, 12 min 40 s)"), a quoted title's brackets with its source and a timecode ('"Ninety Days on Ice" (Netflix,
1:31:40)') and a news player's caption before a middle dot ("Video, 00:02:36 · Source: Suffolk Live"). Each is the
work's length, no moment, and the one its end forms and fractions count from. A position told in such a line ("at 2
min 10 s", "At 1h 12m"), a length in a later paragraph's prose and quoted speech before a bracketed time stay as
they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a title line closed by its length after a comma": [
        ('★★★★ "Harbour Lights", Season 3, Episode 2 ("The Pilot Boat"), 47 min\n\nThe last five minutes are a '
         "storm at sea.", [(2520.0, 2820.0)]),
        ('"The Glass Orchard", Part 1, 52 mins\n\nAbout ten minutes in, the orchard burns. The final eight minutes '
         "are a flashback.", [(600.0, None), (2640.0, 3120.0)]),
        ('"Harbour Lights", best bit at 2 min 10 s', [(130.0, None)]),
        ("Review below.\n\nWe waited, 20 minutes, for the doors.", []),
    ],
    "a credits line's length item": [
        ("Film review | The Tin Lantern\nDir. Maura Keane. 1h 52m. On Mubi now.\n\nThe last twenty minutes are one "
         "long chase.", [(5520.0, 6720.0)]),
        ("Directed by Oskar Lind, 94 min, in Swedish with subtitles.\n\nHalfway through the film the tone turns.",
         [(2820.0, None)]),
        ("Dir. Maura Keane. At 1h 12m the lights fail.", [(4320.0, None)]),
    ],
    "a heading's brackets naming a camera as the work": [
        ("### Timeline (dashcam, 9 min 15 s)\n\n1. Van pulls out — 00:00:40\n2. The final 30 seconds show the crash.",
         [(40.0, None), (525.0, 555.0)]),
        ("## Clip notes (helmet-cam, 4 min)\n\nThe last minute is the descent.", [(180.0, 240.0)]),
    ],
    "a quoted title's source and timecode in its brackets": [
        ('Doc review: "The Long Thaw" (BBC Four, 1:28:20)\n\nHalfway through the film the music drops out.',
         [(2650.0, None)]),
        ('Review: "Kettle Point" (Prime Video, 1:42:00)\n\nAt 1:05:10 the boat capsizes.', [(3910.0, None)]),
        ('She shouts "Run!" (2:14) and the feed cuts.', [(134.0, None)]),
    ],
    "a player's caption before a middle dot": [
        ("<p><small>Clip, 00:01:48 · Source: Harbour Radio</small></p>", []),
        ("Video, 3:12 • Credit: Kent Online\n\nThe last ten seconds show the wave.", [(182.0, 192.0)]),
        ("In the video, 0:45 · he slips.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_header_lengths(text, expected):
    assert found_spans(text) == expected
