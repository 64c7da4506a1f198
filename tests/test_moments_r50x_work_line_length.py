"""A length alone between the stops of a line that labels a recording (round 50's list of videos): "Video 1 – Mrs
Kowalski's Ring doorbell (No. 14). 3 min 30 s." and "Video 4 – helicopter footage, 1 min 45 s, from the bulletin"
tell each video's length, as a credits line's "1h 48m" tells the film's; so an end form of that video counts from it.
A place said on such a line ("At 2 min 10 s the door opens") or a bare length with no label stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a labelled recording's length as an item": [
        ("THE VIDEOS\n\nVideo 1 – Mrs Kowalski's Ring doorbell (No. 14). 3 min 30 s. The doorbell clock says "
         "22:41:05 at the start.\nVideo 4 – local news helicopter footage, 1 min 45 s, from the bulletin.\n\n"
         "In Video 1 the glow is at 0:38.", [(38.0, None)]),
        ("Clip A: the bodycam, 2 min 10 s, from the council.\nClip B: the dashcam, 4 min.\n\nIn the last 30 seconds "
         "of clip B the car stops.", [(210.0, 240.0)]),
        ("- Camera 2 — the rear yard, about 6 minutes, no sound.", []),
    ],
    "left alone": [
        ("Video 1 – the doorbell. At 2 min 10 s the door opens.", [(130.0, None)]),
        ("The doorbell video. 3 min 30 s. The door opens.", [(210.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_line_length(text, expected):
    assert found_spans(text) == expected
