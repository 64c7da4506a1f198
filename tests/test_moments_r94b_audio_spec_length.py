"""An audio file's length among its properties in brackets (blind round 94, a podcast edit sheet): '**Raw
recording:** `AY112_raw.wav` (1:12:48, 48 kHz)'. The family: a timecode listed beside a sample rate, a bit depth
or an audio container ("48 kHz", "24-bit", "WAV", "FLAC") is the file's length, as one beside a codec or "1080p"
already is: no moment. A bracketed time with no file property beside it stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a timecode beside an audio property is the file's length": [
        ("Master file: `ep41_master` (58:07, 44.1 kHz). The cold open is at 0:45.", [(45.0, None)]),
        ("Raw interview tape (WAV, 24-bit, 1:03:12) is on the shared drive.", []),
        ("The field recording (FLAC, 12:40) has wind noise from 3:10 to 3:25.", [(190.0, 205.0)]),
    ],
    "a timecode beside a video property stays the file's length": [
        ("Camera B (1080p, 24:10) was the backup.", []),
    ],
    "a bracketed time in prose stays a position": [
        ("The host laughs (12:48) and the guest carries on.", [(768.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_audio_spec_length(text, expected):
    assert found_spans(text) == expected
