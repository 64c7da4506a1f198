"""A program's log line opens with when the machine wrote it (blind round 197): "14:02:31.118 W/Decoder: late frame,
dropping" in a bug report's log is a time of day, though its milliseconds look like a subtitle's time; the report's
own positions in the sample file, and a subtitle's cue times, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a log line's stamp": [
        ("When I seek to `00:01:30.500` the picture freezes.\n\n**Logs**\n```\n"
         "14:02:31.118 W/Decoder: late frame, dropping\n14:02:31.402 E/Renderer: surface lost\n```", [(90.5, None)]),
        ("Playback stalls at 0:45 in the sample.\n\n    09:14:02.551 [INFO] player: buffering\n"
         "    09:14:03.007 [ERROR] player: decoder timeout", [(45.0, None)]),
        ("Seek to 2:10 and it hangs:\n2026-02-11 21:40:07,118 WARNING media.seek: no keyframe", [(130.0, None)]),
    ],
    "a subtitle's cue times stay": [
        ("1\n00:14:08.200 --> 00:14:11.900\nWhere were you?", [(848.2, 851.9)]),
        ("The caption at 00:07:45.300 is misspelt.", [(465.3, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_log_line_stamp(text, expected):
    assert found_spans(text) == expected
