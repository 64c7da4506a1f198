"""Sync by sound: the sample's second angles (another picture, another
microphone: band-limited, reverberant, its own noise, stereo 44.1 kHz, 30
fps) found at their known offsets, cut at several places, either way round;
unrelated sound never given an offset; drift measured; files without sound,
silent or very short handled."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from annotate import ffmpeg, soundsync
from annotate.errors import MediaError

RATE = soundsync.SOUND_RATE_HZ


def _sound(source: Path, target: Path, start: float, seconds: float, *, rate: int = 22050,
           channels: int = 1) -> Path:
    """An audio-only excerpt (other rate, other channel count than the source), made once."""
    if not target.exists():
        ffmpeg.run(["-ss", f"{start}", "-i", str(source), "-t", f"{seconds}", "-vn", "-ac", str(channels),
                    "-ar", str(rate), str(target)])
    return target


def _frame(samples, name: str) -> float:
    return 1.0 / float(samples.truth["angles"][name]["fps"])


@pytest.mark.parametrize("name", ["angle_line", "angle_gate"])
def test_sample_angles_synced_within_a_frame(samples, name):
    """angle_gate starts 3.5 s before the compilation (positive offset), angle_line inside it."""
    truth = samples.truth["angles"][name]
    found = soundsync.sync_by_sound(samples.video, samples.angles[name])
    assert found is not None
    assert abs(found.offset - truth["offset"]) <= _frame(samples, name), (found, truth)
    assert found.rate == 1.0
    assert found.confidence >= 0.8 and found.agreeing >= soundsync.MIN_AGREEING
    assert abs(found.to_other(160.0) - (160.0 + truth["offset"])) <= _frame(samples, name)


@pytest.fixture(scope="module")
def cuts(samples, tmp_path_factory) -> dict[str, Path]:
    """The compilation's sound from 140 s (mono 22.05 kHz, 50 s) and the
    line angle's from 0, 7.5 and 20 s in (stereo 16 kHz)."""
    folder = tmp_path_factory.mktemp("soundsync")
    out = {"ref": _sound(samples.video, folder / "ref.wav", 140.0, 50.0)}
    for skip in (0.0, 7.5, 20.0):
        out[f"angle+{skip}"] = _sound(samples.angles["angle_line"], folder / f"angle{skip}.wav", skip, 36.0 - skip,
                                      rate=16000, channels=2)
    return out


@pytest.mark.parametrize("skip", [0.0, 7.5, 20.0])
@pytest.mark.parametrize("swapped", [False, True], ids=["ref-first", "angle-first"])
def test_several_offsets_either_way(samples, cuts, skip, swapped):
    start = samples.truth["angles"]["angle_line"]["start"]
    expected = 140.0 - start - skip  # the angle cut's time of a reference time, less the reference time
    a, b = cuts["ref"], cuts[f"angle+{skip}"]
    if swapped:
        a, b, expected = b, a, -expected
    found = soundsync.sync_by_sound(a, b)
    assert found is not None, (a, b)
    assert abs(found.offset - expected) <= _frame(samples, "angle_line"), (found, expected)


def test_unrelated_files_give_no_offset(samples, tmp_path):
    other_scene = _sound(samples.video, tmp_path / "lot.wav", 84.0, 12.0)  # CAM 03's room tone, no shots
    pairs = [(samples.angles["angle_gate"], samples.angles["angle_line"]),
             (samples.angles["angle_line"], other_scene),
             (_sound(samples.video, tmp_path / "late.wav", 215.0, 50.0), samples.angles["angle_gate"])]
    for a, b in pairs:
        assert soundsync.sync_by_sound(a, b) is None, (a, b, soundsync.measure(*soundsync.read((a, b))))


@pytest.fixture(scope="module")
def compilation_sound(samples) -> np.ndarray:
    return soundsync.read((samples.video,))[0]


@pytest.mark.parametrize("seconds", [4.0, 12.0, 30.0, 60.0])
def test_confidence_floor_on_unrelated_pairs(compilation_sound, seconds):
    """The floor's calibration: disjoint stretches of the sample's sound (the
    same generator, the same hum, other noise and events) against each
    other, many pairs per length; none reaches the floor, and the best stays
    far under it."""
    n = int(seconds * RATE)
    scores = []
    for i in np.linspace(0, len(compilation_sound) - int(2.5 * n), 8).astype(int):
        a, b = compilation_sound[i: i + n], compilation_sound[i + n: i + int(2.5 * n)]
        found = soundsync.measure(a, b)
        scores.append(0.0 if found is None else found.confidence)
        assert soundsync.match(a, b) is None, (seconds, i, found)
    assert max(scores) <= soundsync.MIN_CONFIDENCE / 2, scores


def test_a_drifting_clock_is_measured(compilation_sound):
    """The second recorder's clock runs 150 ppm fast (0.05 s over 5 min):
    the whole-track peak smears, the pieces find it, the windows fit the rate."""
    rng = np.random.default_rng(3)
    a = compilation_sound[: 270 * RATE]
    drift, offset = 1.5e-4, 12.3456  # other time = reference time * (1 + drift) + offset
    t_other = np.arange(int(260 * RATE)) / RATE
    b = np.interp((t_other - offset) / (1 + drift), np.arange(len(a)) / RATE, a).astype(np.float32)
    b[t_other < offset] = 0.0
    b += rng.normal(0, 0.01, len(b)).astype(np.float32)
    found = soundsync.match(a, b)
    assert found is not None
    assert found.rate == pytest.approx(1 + drift, abs=2e-5), found
    assert abs(found.offset - offset) <= 0.005, found
    assert abs(found.to_other(200.0) - (200.0 * (1 + drift) + offset)) <= 0.005


def test_silence_and_very_short_sound_give_no_offset(compilation_sound):
    silent = np.zeros(30 * RATE, np.float32)
    assert soundsync.measure(silent, silent) is None  # no window with sound in both
    a = compilation_sound[150 * RATE: 151 * RATE]  # 1 s: less than the overlap needed
    assert soundsync.measure(a, compilation_sound) is None
    assert soundsync.match(compilation_sound[:10], compilation_sound[:10]) is None


def test_a_file_without_sound_is_a_clear_error(samples, tmp_path):
    mute = tmp_path / "mute.mp4"
    ffmpeg.run(["-i", str(samples.angles["angle_gate"]), "-an", "-c:v", "copy", str(mute)])
    with pytest.raises(MediaError, match="has no sound") as err:
        soundsync.sync_by_sound(mute, samples.angles["angle_line"])
    assert str(mute) in str(err.value)


def test_very_short_files_give_no_offset(samples, tmp_path):
    """1.5 s of the same moment from both: less shared sound than a match
    needs (MIN_OVERLAP_SECONDS), so no offset rather than a guess."""
    start = samples.truth["angles"]["angle_line"]["start"]
    a = _sound(samples.video, tmp_path / "a.wav", 151.0, 1.5)
    b = _sound(samples.angles["angle_line"], tmp_path / "b.wav", 151.0 - start, 1.5)
    assert soundsync.sync_by_sound(a, b) is None


def _steady(freq: float, seconds: float, start: float, rng: np.random.Generator) -> np.ndarray:
    """A steady tone from ``start`` s of its own time, under its own recorder's noise 60 dB down."""
    t = start + np.arange(int(seconds * RATE)) / RATE
    return (0.3 * np.sin(2 * np.pi * freq * t) + rng.normal(0, 0.0003, len(t))).astype(np.float32)


@pytest.mark.parametrize("freq", [50.0, 440.0, 1000.0])  # mains hum, line-up tone, a test tone
def test_a_steady_tone_is_cannot_tell_not_a_confident_multiple_of_its_period(freq):
    """A tone matches itself at every multiple of its period: each window's
    best peak is one of many equal ones and must not vote (it gave 'offset
    +1.000 s, confidence 0.67' for a file against itself)."""
    rng = np.random.default_rng(int(freq))
    a, b = _steady(freq, 20.0, 0.0, rng), _steady(freq, 16.0, 2.345, rng)  # b starts 2.345 s into a
    found = soundsync.measure(a, b)
    assert found is not None and found.windows >= soundsync.MIN_WINDOWS
    assert soundsync.match(a, b) is None, found
    assert found.confidence <= soundsync.MIN_CONFIDENCE / 2, found


def test_a_tone_under_shared_sounds_is_still_synced():
    """A hum under the events both microphones hear (shots, doors, voices)
    does not hide them: their windows' peaks stand out."""
    rng = np.random.default_rng(7)
    events = np.zeros(int(24.0 * RATE), np.float32)
    for at in rng.uniform(0.2, 23.5, 40):
        burst = rng.normal(0, 0.5, int(0.05 * RATE)) * np.exp(-np.arange(int(0.05 * RATE)) / (0.01 * RATE))
        events[int(at * RATE): int(at * RATE) + len(burst)] += burst.astype(np.float32)
    shift = int(3.25 * RATE)  # b starts 3.25 s into a
    a = _steady(50.0, 20.0, 0.0, rng) + events[: int(20.0 * RATE)]
    b = _steady(50.0, 20.0, 3.25, rng) + events[shift: shift + int(20.0 * RATE)]
    found = soundsync.match(a, b)
    assert found is not None and found.confidence >= 0.8, found
    assert found.offset == pytest.approx(-3.25, abs=0.001) and found.rate == 1.0


def test_a_file_with_a_steady_tone_against_itself_is_at_offset_zero_or_no_offset(tmp_path):
    """The attack's file: a 440 Hz tone encoded once (AAC). Against itself its
    encoding noise is the same, so 0 may be found; a multiple of the tone's
    period (1 s was given) may not. Cut from 1.3 s and encoded again it
    shares only the tone: cannot tell, or -1.3 s."""
    tone = tmp_path / "tone.m4a"
    ffmpeg.run(["-f", "lavfi", "-i", "sine=frequency=440:duration=8", "-c:a", "aac", str(tone)])
    found = soundsync.sync_by_sound(tone, tone)
    assert found is None or abs(found.offset) < 0.001, found
    later = tmp_path / "later.m4a"
    ffmpeg.run(["-ss", "1.3", "-i", str(tone), "-c:a", "aac", "-b:a", "96k", str(later)])
    found = soundsync.sync_by_sound(tone, later)
    assert found is None or abs(found.offset + 1.3) < 0.01, found


def test_a_file_of_several_sound_tracks_is_synced_by_its_default_one(samples, cuts, tmp_path):
    """The angle remuxed with another sound first (an unrelated noise track) and its own sound marked
    default, as players and render take it: the sync heard the first track and found no offset."""
    start = samples.truth["angles"]["angle_line"]["start"]
    two = tmp_path / "two.mkv"
    ffmpeg.run(["-f", "lavfi", "-i", "anoisesrc=d=36:c=pink:r=16000:a=0.3", "-i", str(cuts["angle+0.0"]),
                "-map", "0:a", "-map", "1:a", "-c:a", "flac", "-disposition:a:0", "0", "-disposition:a:1", "default",
                str(two)])
    found = soundsync.sync_by_sound(cuts["ref"], two)
    assert found is not None
    assert abs(found.offset - (140.0 - start)) <= _frame(samples, "angle_line"), found
