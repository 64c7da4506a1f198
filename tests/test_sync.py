"""Sync between two copies: the broadcast re-release (slate, rescaled, logo,
re-encoded) against the original, to the frame, by shot changes; and the
choice of sound for angles that share none (sound itself: test_soundsync)."""

from __future__ import annotations

import json
import math

import pytest
from click.testing import CliRunner

from annotate import ffmpeg, sync
from annotate.cli import main
from annotate.errors import InputError, MediaError
from tests.align_support import excerpt, synced
from tests.test_vfr_align import uneven  # noqa: F401  (the phone-like footage fixture)


def test_broadcast_offset_within_one_frame(samples):
    result = synced(str(samples.video), str(samples.broadcast))
    assert abs(result.offset - samples.offset) <= 1 / samples.fps + 1e-6, result
    assert result.rate == 1.0
    assert result.confidence >= 0.5 and result.matches >= 3
    assert result.to_other(100.0) == result.offset + 100.0


def test_mapping_runs_the_other_way(samples):
    result = sync.sync(samples.broadcast, samples.video)
    assert abs(result.offset + samples.offset) <= 1 / samples.fps + 1e-6, result


def test_a_trimmed_reencoded_copy(samples, tmp_path):
    """A re-upload that dropped the first 20 s, smaller and re-encoded."""
    copy = tmp_path / "reupload.mp4"
    ffmpeg.run(["-ss", "20", "-i", str(samples.video), "-t", "80", "-vf", "scale=320:-2", "-an",
                "-c:v", "libx264", "-preset", "ultrafast", "-crf", "30", str(copy)])
    result = sync.sync(samples.video, copy)
    assert abs(result.offset - (-20.0)) <= 1 / samples.fps + 1e-6, result


def test_cli_sync_json(samples, tmp_path):
    # Excerpts: the original from 80 s, the broadcast from 3 s earlier in its own time.
    ref = excerpt(samples.video, tmp_path / "ref.mp4", 80, 40)
    other = excerpt(samples.broadcast, tmp_path / "other.mp4", 80 + samples.offset - 3, 43)
    result = CliRunner().invoke(main, ["sync", str(ref), str(other), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"offset", "rate", "confidence"}
    assert abs(data["offset"] - 3.0) <= 1 / samples.fps + 1e-6, data


def test_copies_are_synced_by_their_shot_changes(samples):
    """The broadcast copy shares the sound too: the shot path still decides."""
    assert synced(str(samples.video), str(samples.broadcast)).method == "shots"


def test_an_angle_is_synced_by_its_sound(samples, tmp_path):
    """The line angle shares no shot change with the compilation: auto falls
    back to the sound and says so (CLI --json)."""
    ref = excerpt(samples.video, tmp_path / "ref.mp4", 140, 50)
    angle = samples.truth["angles"]["angle_line"]
    result = CliRunner().invoke(main, ["sync", str(ref), str(samples.angles["angle_line"]), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["method"] == "sound" and data["confidence"] >= sync.soundsync.MIN_CONFIDENCE
    assert abs(data["offset"] - (140 - angle["start"])) <= 1 / angle["fps"], data
    with pytest.raises(MediaError, match="shot change"):
        sync.sync(ref, samples.angles["angle_line"], method="shots")


def test_unrelated_angles_are_one_clear_error(samples):
    result = CliRunner().invoke(main, ["sync", str(samples.angles["angle_gate"]), str(samples.angles["angle_line"])])
    assert result.exit_code == 2
    errors = [ln for ln in result.stderr.splitlines() if "annotate: " in ln]
    assert len(errors) == 1 and "annotate: error: " in errors[0], result.stderr
    assert "shot change" in errors[0] and "nor any sound" in errors[0], errors


def test_sound_method_and_bad_method(samples):
    result = sync.sync(samples.video, samples.angles["angle_gate"], method="sound")
    assert result.method == "sound"
    assert abs(result.offset - samples.truth["angles"]["angle_gate"]["offset"]) <= 1 / 30
    with pytest.raises(InputError, match="unknown sync method"):
        sync.sync(samples.video, samples.broadcast, method="audio")


def test_soundtracks_without_pictures_go_straight_to_sound(samples, tmp_path):
    ref, other = tmp_path / "ref.m4a", tmp_path / "other.m4a"
    angle = samples.truth["angles"]["angle_gate"]
    ffmpeg.run(["-i", str(samples.video), "-t", "20", "-vn", "-c:a", "aac", str(ref)])
    ffmpeg.run(["-i", str(samples.angles["angle_gate"]), "-vn", "-c:a", "copy", str(other)])
    result = sync.sync(ref, other)
    assert result.method == "sound" and abs(result.offset - angle["offset"]) <= 1 / angle["fps"], result
    with pytest.raises(MediaError, match="shares no sound"):
        sync.sync(ref, _silent(tmp_path / "silent.m4a"))


def _silent(path):
    ffmpeg.run(["-f", "lavfi", "-i", "anullsrc=r=44100:cl=stereo", "-t", "20", "-c:a", "aac", str(path)])
    return path


def test_the_inverse_map_keeps_the_evidence():
    there = sync.SyncResult(offset=-149.213, rate=1.0001, confidence=0.9, matches=6, method="sound")
    back = there.inverse()
    assert back.method == "sound" and (back.confidence, back.matches) == (0.9, 6)
    assert back.to_other(there.to_other(171.5)) == pytest.approx(171.5, abs=1e-9)


def test_a_copy_in_step_is_at_offset_zero_not_minus_zero(samples, tmp_path):
    """``sync same.mp4 same.mp4`` said "offset -0.000 s" and ``"offset": -0.0`` (a fit's -1e-6 rounded): a minus
    reads as the other copy being ahead. A file against itself is +0.000 / 0.0, in both outputs."""
    clip = excerpt(samples.video, tmp_path / "same.mp4", 80, 20)
    said = CliRunner().invoke(main, ["sync", str(clip), str(clip)])
    data = json.loads(CliRunner().invoke(main, ["sync", str(clip), str(clip), "--json"]).stdout)
    assert said.exit_code == 0 and said.stdout.startswith("offset +0.000 s, "), said.output
    assert data["offset"] == 0.0 and math.copysign(1.0, data["offset"]) == 1.0, data
    tiny = sync.SyncResult(offset=-0.00001, rate=1.0, confidence=1.0, matches=5).as_dict()["offset"]
    assert math.copysign(1.0, tiny) == 1.0


def test_one_matched_shot_change_is_no_proof(samples, tmp_path):
    # Twenty seconds around the sample's lone cut at 24 s, and a copy that starts 2 s earlier: one change of one
    # matched scored full confidence, and the CLI's "check the offset by eye" stayed silent.
    ref = excerpt(samples.video, tmp_path / "one-cut.mp4", 14, 20)
    other = excerpt(samples.video, tmp_path / "one-cut-copy.mp4", 12, 24)
    result = sync.sync(ref, other, method="shots")
    assert result.matches == 1 and abs(result.offset - 2.0) <= 1 / samples.fps + 1e-6, result
    assert result.confidence < sync.SHOTS_TRUSTED
    said = CliRunner().invoke(main, ["sync", str(ref), str(other), "--method", "shots"])
    assert said.exit_code == 0 and "only 1 shot changes matched: check the offset by eye" in said.stderr


def _moves_to_the_end(seen: list[float]) -> None:
    assert seen and seen == sorted(seen) and seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen), seen


def test_progress_by_shot_changes_follows_every_scan_and_reaches_the_end(samples):
    """The bar stopped at 60 % (the share kept for a sound search that
    copies never need), and sat still through the scans near the end."""
    seen: list[float] = []
    result = sync.sync(samples.video, samples.broadcast, on_progress=seen.append)
    assert result.method == "shots"
    _moves_to_the_end(seen)
    assert len({round(f, 3) for f in seen if 0.25 < f < 1.0}) >= 2, seen  # the scans near the end, as they go


def test_progress_by_sound_follows_the_matching_after_the_decode(samples, tmp_path):
    ref = excerpt(samples.video, tmp_path / "ref.mp4", 140, 50)
    seen: list[float] = []
    sync.sync(ref, samples.angles["angle_line"], method="sound", on_progress=seen.append)
    _moves_to_the_end(seen)
    assert len({round(f, 3) for f in seen if 0.6 < f < 1.0}) >= 3, seen  # the windows checked one by one


def test_progress_by_sound_moves_through_the_decode_and_the_whole_track_correlation(samples, tmp_path):
    """The bar jumped from nothing to 60 % once both soundtracks were decoded
    (seconds for 30 minutes each) and sat there through the correlation of
    the whole tracks: now the decode reports as it goes, and each step of
    the correlation."""
    ref = excerpt(samples.video, tmp_path / "ref.mp4", 140, 50)
    seen: list[float] = []
    sync.sync(ref, samples.angles["angle_line"], method="sound", on_progress=seen.append)
    _moves_to_the_end(seen)
    assert len({round(f, 3) for f in seen if 0 < f < 0.6}) >= 5, seen  # the decode, as it goes
    steps = sorted({round(f, 4) for f in seen})
    assert max(b - a for a, b in zip(steps, steps[1:-1])) <= 0.1, steps  # no jump before the result's


def test_align_timed_on_another_copy_probes_each_file_once(samples, monkeypatch):
    """``align --timed-on``: the sync probed both files again (each probe decodes a frame), after align had."""
    import collections
    import os

    from annotate import probe
    from annotate.align import align
    from annotate.model import Moment, Timeline

    decoded: collections.Counter[str] = collections.Counter()
    first_frame = probe._first_frame

    def counting(container, video, p):
        decoded[os.path.basename(p)] += 1
        return first_frame(container, video, p)

    monkeypatch.setattr(probe, "_first_frame", counting)
    probe._probed.cache_clear()  # nothing probed before this test counts
    align(Timeline(moments=(Moment(30.0, id="a", approximate=True),)), samples.broadcast, timed_on=samples.video)
    assert decoded == {"broadcast.mp4": 1, "compilation.mp4": 1}


def test_variable_rate_footage_is_scanned_at_its_own_frame_times(uneven):  # noqa: F811  (the fixture)
    """A phone's uneven frames were resampled to 25 fps for sync: its cuts came out at 4.04 and 9.32 s, times no
    frame of the file has. Scanned as align reads it, each change is at its own frame's time."""
    from annotate import shots

    path, times = uneven
    info = shots.video_info(path)
    found = sync.scan(path, 0.0, info.duration, info)
    assert [m.time for m in found.marks if m.kind == "cut"] == pytest.approx([times[75], times[150]], abs=1e-6)
