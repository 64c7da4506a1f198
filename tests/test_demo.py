"""`annotate demo` end to end on the sample footage: every file it lists is
there and reads back, quotes land on their words, and the two-video story's
moments are shown on both videos at the same instant."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pysrt
import pytest

from annotate import timeline as tl
from media_samples import stories


@pytest.fixture(scope="module")
def demo(samples, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "out"
    done = subprocess.run([sys.executable, "-m", "annotate", "demo", "-o", str(out)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return out


def test_every_listed_output_exists_and_reads_back(demo):
    listed = json.loads((demo / "demo.json").read_text(encoding="utf-8"))
    assert listed and all((demo / item["path"]).stat().st_size > 0 for item in listed)
    aligned = tl.load(demo / "timeline.yaml")
    cues = pysrt.open(str(demo / "subtitles.srt"), encoding="utf-8")
    assert len(cues) >= len([m for m in aligned.placed().moments if m.caption])


def test_quotes_are_placed_on_their_words(demo, samples):
    rows = {r["said"]: r for r in json.loads((demo / "align.json").read_text(encoding="utf-8")) if r.get("said")}
    for quote in samples.truth["article"]["speech"]:
        row = rows[quote["quote"]]
        if quote["true_start"] is None:
            assert row["start"] is None, row  # not said in the footage: not placed anywhere
        else:
            assert abs(row["start"] - quote["true_start"]) <= 0.3, row


def test_two_videos_are_attributed_aligned_and_shown_at_the_same_instant(demo, samples):
    story = tl.load(demo / "two-videos" / "timeline.yaml")
    truth = stories.angles_story_truth(samples.truth)
    assert [v.id for v in story.videos] == list(stories.VIDEO_IDS)
    assert [m.footage for m in story.moments] == [t["video"] for t in truth]
    start = samples.truth["angles"][stories.ANGLE]["start"]  # the phone's first frame on the compilation
    shift = {stories.VIDEO_IDS[0]: -start, stories.VIDEO_IDS[1]: start}
    frame = 1 / 25
    for m, t in zip(story.moments, truth):
        assert abs(m.effective_start - t["true_start"]) <= 0.25, m
        [other] = m.alternatives
        assert abs(other.start - (m.effective_start + shift[m.footage])) <= frame, (m, other)
    pages = {p.parent.name for p in (demo / "two-videos" / "review").glob("*/index.html")}
    assert pages == set(stories.VIDEO_IDS)
