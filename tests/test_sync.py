"""Sync between two copies: the broadcast re-release (slate, rescaled, logo,
re-encoded) against the original, to the frame."""

from __future__ import annotations

import json

from click.testing import CliRunner

from annotate import ffmpeg, sync
from annotate.cli import main
from tests.align_support import excerpt, synced


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
