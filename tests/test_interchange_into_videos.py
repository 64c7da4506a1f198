"""``annotate import`` into a timeline that already has more than the file holds: a review page's download of one
video (its page downloads that video only) or one video's subtitle file merged into a timeline of several videos,
the other videos and what the file cannot carry (alternatives, the article's path) kept (attack report 11's 8-10)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate import ffmpeg, review
from annotate.cli import main
from annotate.model import Alternative, Footage, Moment, Source, Timeline
from annotate.timeline import load, save


def _video(path: Path) -> Path:
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc=size=160x120:rate=25:duration=12", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", str(path)])
    return path


@pytest.fixture(scope="module")
def videos(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("into-videos")
    return _video(folder / "compilation.mp4"), _video(folder / "phone.mp4")


def _download(page: Path, nudge: dict[str, float]) -> dict:
    """The page's "Download timeline" (review.js's download: its timeline with the moments as edited), each
    moment of ``nudge`` set that many seconds later as its "+ 1 frame" sets it."""
    block = re.search(r'<script type="application/json" id="review-data">(.*?)</script>',
                      page.read_text(encoding="utf-8"), re.S)
    assert block
    timeline = json.loads(block.group(1))["timeline"]
    for m in timeline["moments"]:
        if m["id"] in nudge:
            t = round(m["effective_start"] + nudge[m["id"]], 3)
            m["alignment"] = {"start": t, "kind": "manual", "score": 1, "note": "set in the review page", "offset": 0}
            m["effective_start"] = t
    return timeline


def _two_videos(videos: tuple[Path, Path], folder: Path) -> Path:
    compilation, phone = videos
    (folder / "articles").mkdir()
    (folder / "articles" / "art.txt").write_text("The van arrives at 0:05. The phone shows it at 0:02.\n",
                                                 encoding="utf-8")
    path = folder / "story" / "timeline.yaml"
    path.parent.mkdir()
    save(Timeline(videos=(Footage(path=str(compilation), id="compilation"), Footage(path=str(phone), id="phone")),
                  sources=(Source(article=str(folder / "articles" / "art.txt"), publisher="Pub"),),
                  moments=(Moment(5.0, id="m1", caption="The van arrives",
                                  alternatives=(Alternative(footage="phone", start=2.0),)),
                           Moment(2.0, id="m2", caption="The phone shows it", footage="phone",
                                  alternatives=(Alternative(footage="compilation", start=5.0),)))), path)
    return path


def test_a_review_pages_download_of_one_video_merges_into_that_video_only(videos, tmp_path):
    """Report 11's 9: the phone page's download (that video alone) imported into its two-video timeline made it
    a one-video timeline: the compilation, its moment m1, every alternative and m2's footage were deleted.
    Now only the phone's moment changes (nudged one frame), its alternative moved with it."""
    path = _two_videos(videos, tmp_path)
    before = load(path)
    review.build(before, path.parent / "review", pictures=False)
    download = tmp_path / "dl.json"
    download.write_text(json.dumps(_download(path.parent / "review" / "phone" / "index.html", {"m2": 0.04})),
                        encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(download), "-o", str(path)])
    assert result.exit_code == 0, result.output
    assert "removed" not in result.output
    after = load(path)
    assert [v.id for v in after.videos] == ["compilation", "phone"]
    assert [(v.path, v.id) for v in after.videos] == [(v.path, v.id) for v in before.videos]
    m1, m2 = after.moments
    assert m1 == before.moments[0]
    assert (m2.id, m2.footage, m2.start, m2.effective_start) == ("m2", "phone", 2.0, 2.04)
    assert m2.alignment is not None and m2.alignment.kind == "manual"
    assert [(a.footage, a.start) for a in m2.alternatives] == [("compilation", pytest.approx(5.04))]
    assert after.sources == before.sources  # (report 11's 8: the article's path, not its bare name)
    assert "schema_version: 2" in path.read_text(encoding="utf-8")
    other = CliRunner().invoke(main, ["import", str(download), "-o", str(path), "--video", "compilation"])
    assert other.exit_code == 2
    assert f"annotate: error: {download}: names the video phone, not 'compilation': import it without --video" \
        in other.output


def test_the_review_pages_download_keeps_the_timelines_article_path(videos, tmp_path):
    """Report 11's 8: the page names the article by its bare file name (it is shared); imported back, the
    timeline's '../articles/art.txt' became 'art.txt', a file that is not beside it, and every export named it."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "art.txt").write_text("The van arrives at 0:05.\n", encoding="utf-8")
    path = tmp_path / "story" / "t.yaml"
    path.parent.mkdir()
    save(Timeline(footage=Footage(path=str(videos[0])), sources=(Source(article="../articles/art.txt"),),
                  moments=(Moment(5.0, id="m1", caption="The van arrives"),)), path)
    assert "article: ../articles/art.txt" in path.read_text(encoding="utf-8")
    review.build(load(path), path.parent / "rev", pictures=False)
    download = tmp_path / "dl.json"
    download.write_text(json.dumps(_download(path.parent / "rev" / "index.html", {"m1": 0.04})), encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(download), "-o", str(path)])
    assert result.exit_code == 0, result.output
    assert "article: ../articles/art.txt" in path.read_text(encoding="utf-8")
    exported = tmp_path / "x.json"
    assert CliRunner().invoke(main, ["export", str(path), "-o", str(exported)]).exit_code == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["sources"][0]["article"] == \
        str((tmp_path / "articles" / "art.txt").resolve())


def test_one_videos_subtitle_file_imports_into_that_video_with_video_and_is_refused_without(videos, tmp_path):
    """Report 11's 10: a subtitle file of the phone (``subtitles --video phone``) imported into its two-video
    timeline removed both videos' moments and put the phone's cue on the compilation at the phone's time. It
    names no video: without ``--video`` it is refused in one line naming the videos, nothing written; with it,
    it is the phone's moments only."""
    path = _two_videos(videos, tmp_path)
    before_text = path.read_text(encoding="utf-8")
    before = load(path)
    srt = tmp_path / "phone.srt"
    assert CliRunner().invoke(main, ["subtitles", str(path), "-o", str(srt), "--video", "phone"]).exit_code == 0
    srt.write_text(srt.read_text(encoding="utf-8").replace("shows it", "shows the van"), encoding="utf-8")
    refused = CliRunner().invoke(main, ["import", str(srt), "-o", str(path)])
    assert refused.exit_code == 2
    assert [line for line in refused.output.splitlines() if line.startswith("annotate: error:")] == [
        f"annotate: error: {srt}: names no video, and {path} has 2 (compilation, phone): pass --video ID to "
        "import it as that video's moments"]
    assert path.read_text(encoding="utf-8") == before_text
    result = CliRunner().invoke(main, ["import", str(srt), "-o", str(path), "--video", "phone"])
    assert result.exit_code == 0, result.output
    assert "removed" not in result.output
    after = load(path)
    assert [v.id for v in after.videos] == ["compilation", "phone"]
    m1, m2 = after.moments
    assert m1 == before.moments[0]
    assert (m2.id, m2.footage, m2.effective_start, m2.caption) == ("m2", "phone", 2.0, "The phone shows the van")
    assert m2.alternatives == before.moments[1].alternatives
    unknown = CliRunner().invoke(main, ["import", str(srt), "-o", str(path), "--video", "drone"])
    assert unknown.exit_code == 2 and "has no video 'drone' (its videos: compilation, phone)" in unknown.output


def test_a_download_moving_a_moment_onto_the_footages_end_is_said_on_import(videos, tmp_path):
    """Report 11's 2 (import's part): a moment the page's nudge had set at the footage's length (12.000 s of a
    12 s file; the page now stops at the last frame) was imported without a word, then failed in clips and was
    left out of subtitles. The import names it; a moment the file did not move is not named."""
    path = tmp_path / "t.yaml"
    save(Timeline(footage=Footage(path=str(videos[0]), duration=12.0, fps=25.0),
                  moments=(Moment(2.0, id="m1", caption="one"), Moment(11.5, id="m3", caption="last"))), path)
    review.build(load(path), tmp_path / "rev", pictures=False)
    download = tmp_path / "dl.json"
    download.write_text(json.dumps(_download(tmp_path / "rev" / "index.html", {"m3": 0.5})), encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(download), "-o", str(path)])
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if line.startswith("annotate: warning:")]
    assert warned == ["annotate: warning: moment(s) m3 (starts at 0:12) lie past the footage's end (0:12): "
                      "imported as the file has them; clips and subtitles leave out a moment that starts at or "
                      "after the end: move it inside"]
    assert load(path).moments[1].effective_start == 12.0
