"""Alignment against the sample footage's ground truth: every article moment
lands on its true cut, sound or motion onset; exact times stay in their
second; no evidence keeps the stated time; another copy is mapped."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import numpy as np
import pytest
from click.testing import CliRunner

from annotate import align, ffmpeg
from annotate.cli import main
from annotate.model import Footage, Moment, Timeline
from annotate.moments import extract_file
from tests.align_support import aligned
from tests.test_cli_timeline import annotate_cli


def _truths(samples):
    return samples.truth["article"]["moments"]


@pytest.mark.parametrize("index", range(6))
def test_every_article_moment_snaps_to_its_true_start_within_one_frame(samples, index):
    truth = _truths(samples)[index]
    moment = aligned(samples.video, samples.truth).moments[index]
    a = moment.alignment
    assert a is not None
    assert a.kind == truth["truth_kind"], (truth["quote"], a)
    assert abs(a.start - truth["true_start"]) <= 1 / samples.fps + 1e-6, (truth["quote"], a)
    assert moment.start == truth["stated_start"]  # the stated time is kept beside the aligned one


def test_extracted_windows_from_the_article_align_the_same(samples):
    """The real pipeline: the extractor's own (wider) windows."""
    _, moments = extract_file(str(samples.article), None)
    by_start = {m["stated_start"]: m for m in _truths(samples)}
    picked = [m for m in moments if m.start in by_start]
    assert len(picked) == len(by_start), [m.start for m in moments]
    result = align.align(Timeline(moments=tuple(picked)), samples.video)
    for m in result.moments:
        truth = by_start[m.start]
        assert abs(m.effective_start - truth["true_start"]) <= 1 / samples.fps + 1e-6, (m.window, m.alignment)


def test_exact_moments_move_only_within_their_second(samples):
    for truth, m in zip(_truths(samples), aligned(samples.video, samples.truth).moments):
        if not truth["approximate"]:
            lo, hi = align.search_window(m)
            assert (lo, hi) == (m.start, m.start + 1.0)
            assert lo <= m.effective_start <= hi


@pytest.mark.parametrize("text", ["It begins at roughly 2:27.", "At 2:27 it begins.", "At about 0:03.5 it begins.",
                                  "At 1:02:03.5 it begins."])
def test_a_hand_written_moment_searches_the_same_window_as_an_extracted_one(text):
    from annotate import extract_moments
    from annotate.model import Moment

    extracted = extract_moments(text)[0]
    by_hand = Moment(extracted.start, approximate=extracted.approximate)
    assert align.search_window(by_hand) == align.search_window(extracted) == extracted.window


def test_a_range_keeps_its_length(samples):
    m = next(m for m in aligned(samples.video, samples.truth).moments if m.end is not None)
    assert m.effective_end - m.effective_start == pytest.approx(m.end - m.start)


@pytest.fixture(scope="module")
def still_footage(tmp_path_factory):
    """Six seconds of one noisy still picture and a quiet hiss: nothing to snap to."""
    path = tmp_path_factory.mktemp("still") / "still.mp4"
    ffmpeg.run([
        "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=1,trim=end_frame=1,loop=loop=150:size=1",
        "-f", "lavfi", "-i", "anoisesrc=amplitude=0.01:duration=6:seed=3",
        "-vf", "noise=alls=12:allf=t", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-shortest", str(path),
    ])
    return path


def test_no_evidence_keeps_the_stated_time_and_says_so(still_footage):
    for m in (Moment(start=3.0, approximate=True, id="a"), Moment(start=2.0, id="b")):
        out = align.align_moment(m, still_footage)
        assert out.alignment is not None
        assert out.alignment.kind == "none"
        assert out.alignment.start == m.start
        assert "kept stated time" in out.alignment.note


def test_a_window_past_the_end_keeps_the_stated_time(still_footage):
    out = align.align_moment(Moment(start=600.0, id="late"), still_footage)
    assert out.alignment.kind == "none" and out.alignment.start == 600.0
    assert "beyond the end" in out.alignment.note


def test_timed_on_the_original_aligns_in_the_broadcast_copy(samples):
    result = aligned(samples.broadcast, samples.truth, timed_on=samples.video)
    for truth, m in zip(_truths(samples), result.moments):
        want = truth["true_start"] + samples.offset
        assert abs(m.effective_start - want) <= 1 / samples.fps + 1e-6, (truth["quote"], m.alignment)
        assert m.alignment.offset == pytest.approx(samples.offset, abs=1 / samples.fps)


def test_audio_onsets_are_found_where_the_shots_are_fired(samples):
    shots_fired = [e["time"] for e in samples.events("gunshot")]
    onsets = align.audio_onsets(samples.video, shots_fired[0] - 1, shots_fired[-1] + 0.5)
    times = np.array([o.time for o in onsets])
    for t in shots_fired:
        assert np.min(np.abs(times - t)) <= 1 / samples.fps, t


def test_cli_align_writes_the_timeline_and_prints_json(samples, tmp_path):
    from annotate import timeline as tl

    moments = tuple(m for m in aligned(samples.video, samples.truth).moments[2:4])
    plain = Timeline(moments=tuple(m.with_alignment(None) for m in moments),
                     footage=Footage(path=str(samples.video)))
    path = tmp_path / "story.yaml"
    tl.save(plain, path)
    out = tmp_path / "aligned.yaml"
    result = CliRunner().invoke(main, ["align", str(path), "-o", str(out), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == [m.id for m in moments]
    for row, m in zip(rows, moments):
        assert row["start"] == pytest.approx(m.effective_start, abs=1e-3)
        assert row["evidence"] == m.alignment.kind and row["stated_start"] == m.start
    back = tl.load(out)
    # The file keeps times to the hundredth (less than a frame).
    assert [m.effective_start for m in back.moments] == pytest.approx([m.effective_start for m in moments], abs=0.01)


def test_cli_align_missing_footage_is_one_line_error(tmp_path):
    from annotate import timeline as tl

    path = tmp_path / "story.yaml"
    tl.save(Timeline(moments=(Moment(start=1.0, id="m1"),), footage=Footage(path="nowhere.mp4")), path)
    result = CliRunner().invoke(main, ["align", str(path)])
    assert result.exit_code == 2
    assert "annotate: error:" in result.output and "nowhere.mp4" in result.output


# ---------------------------------------------------------------- several videos: alternatives

def _three_angles():
    return Timeline(
        videos=(Footage(path="a.mp4", duration=100.0), Footage(path="b.mp4", duration=50.0),
                Footage(path="c.mp4", duration=100.0)),
        moments=(Moment(start=10.0, id="m1"), Moment(start=30.0, id="m2", footage="b"),
                 Moment(start=90.0, id="m3"), Moment(start=None, clock="15:14", id="c1")),
    )


def test_alternatives_map_each_moment_onto_every_synced_video_once_per_pair():
    from annotate.align import with_alternatives
    from annotate.errors import MediaError, MediaWarning
    from annotate.sync import SyncResult

    # b starts 5 s after a and runs at a's rate; c shares nothing with a or b.
    calls = []

    def fake_sync(reference, other):
        calls.append((str(reference), str(other)))
        if {str(reference), str(other)} == {"a.mp4", "b.mp4"}:
            return SyncResult(-5.0, 1.0, 0.9, 8) if str(reference) == "a.mp4" else SyncResult(5.0, 1.0, 0.9, 8)
        raise MediaError("the two share no shot changes", subject=str(other))

    with pytest.warns(MediaWarning) as caught:
        result = with_alternatives(_three_angles(), {"a": "a.mp4", "b": "b.mp4", "c": "c.mp4"}, sync_with=fake_sync)
    said = [str(w.message) for w in caught if issubclass(w.category, MediaWarning)]
    got = {m.id: [(a.footage, a.start) for a in m.alternatives] for m in result.moments}
    # m3 at 90 s on a is 85 s on b, past b's 50 s: left out. c1 is not placed: none.
    assert got == {"m1": [("b", 5.0)], "m2": [("a", 35.0)], "m3": [], "c1": []}
    assert sorted(calls) == [("a.mp4", "b.mp4"), ("a.mp4", "c.mp4"), ("b.mp4", "c.mp4")]
    assert len(said) == 2 and all("not synced: the two share no shot changes" in s for s in said)


def test_alternatives_are_saved_and_cleared_for_one_video(tmp_path):
    import dataclasses

    from annotate import timeline as tl
    from annotate.errors import TimelineError
    from annotate.model import Alternative

    t = _three_angles()
    t = t.with_moments([dataclasses.replace(t.moments[0], alternatives=(Alternative("b", 5.0),)),
                        *t.moments[1:]])
    tl.save(t, tmp_path / "s.yaml")
    back = tl.load(tmp_path / "s.yaml")
    assert back.moments[0].alternatives == (Alternative("b", 5.0),)
    assert back.for_video("a").moments[0].alternatives == ()
    text = (tmp_path / "s.yaml").read_text(encoding="utf-8")
    text = text.replace("footage: b\n        start", "footage: z\n        start")
    with pytest.raises(TimelineError, match=r"moment m1, field 'alternatives': names video 'z'"):
        tl.loads(text)


@pytest.mark.parametrize(("args", "message"), [
    (["--footage", "x.mp4"], "align --footage/--timed-on needs one video; this timeline has 3: pass --video ID "
                             "(one of a, b, c)"),
    (["--timed-on", "x.mp4"], "align --footage/--timed-on needs one video; this timeline has 3"),
    (["--video", "nope"], "no video 'nope' in this timeline (videos: a, b, c)"),
    (["--video", "b"], "footage not found"),
])
def test_cli_align_of_several_videos_says_what_it_needs(tmp_path, args, message):
    from annotate import timeline as tl

    path = tmp_path / "story.yaml"
    tl.save(_three_angles(), path)
    result = CliRunner().invoke(main, ["align", str(path), *args])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("annotate: error: ") and message in result.output


def test_cli_alternatives_need_several_videos(tmp_path):
    from annotate import timeline as tl

    path = tmp_path / "story.yaml"
    tl.save(Timeline(moments=(Moment(start=1.0, id="m1"),), footage=Footage(path="nowhere.mp4")), path)
    result = CliRunner().invoke(main, ["align", str(path), "--alternatives"])
    assert result.exit_code == 2
    assert "--alternatives needs a timeline of several videos" in result.output


def test_aligning_on_another_copy_records_that_copy_as_the_footage(samples, tmp_path):
    """`align --footage broadcast.mp4 --timed-on original.mp4` wrote times in
    the broadcast's clock into a timeline still naming the original (and its
    sha256): every output then cut and drew the original 6.4 s off. The
    timeline now records the file its moments were aligned on, and says so."""
    from annotate import timeline as tl
    from annotate.digest import sha256
    from annotate.probe import probe, to_footage

    truth = _truths(samples)[0]
    original = to_footage(probe(samples.video), sha256(samples.video))
    path = tmp_path / "story.yaml"
    tl.save(Timeline(moments=(Moment(start=truth["stated_start"], approximate=truth["approximate"], id="m1",
                                     caption="x"),), footage=original), path)
    result = CliRunner().invoke(main, ["align", str(path), "--footage", str(samples.broadcast),
                                       "--timed-on", str(samples.video), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 0, result.output
    assert f"now records {samples.broadcast.name} (sha256 {sha256(samples.broadcast)[:12]}, " in result.output
    assert f"in place of the recorded {samples.video.name} (sha256 {original.sha256[:12]}, " in result.output
    out = tl.load(tmp_path / "out.yaml")
    assert tl.footage_path(out).resolve() == samples.broadcast.resolve()
    assert out.footage.sha256 == sha256(samples.broadcast)
    assert out.footage.duration == pytest.approx(probe(samples.broadcast).duration)
    assert abs(out.moments[0].effective_start - (truth["true_start"] + samples.offset)) <= 1 / samples.fps + 1e-6


def test_aligning_on_footage_changed_since_the_timeline_was_made_records_the_new_version(samples, tmp_path):
    from annotate import timeline as tl
    from annotate.digest import sha256
    from annotate.probe import probe, to_footage

    video = tmp_path / "footage.mp4"
    ffmpeg.run(["-i", str(samples.video), "-t", "20", "-c", "copy", str(video)])
    path = tmp_path / "story.yaml"
    tl.save(Timeline(moments=(Moment(start=5.0, id="m1", caption="x"),),
                     footage=to_footage(probe(video), sha256(video))), path)
    unchanged = CliRunner().invoke(main, ["align", str(path), "-o", str(tmp_path / "same.yaml")])
    assert unchanged.exit_code == 0 and "now records" not in unchanged.output
    assert tl.load(tmp_path / "same.yaml").footage == tl.load(path).footage
    before = tl.load(path).footage
    ffmpeg.run(["-i", str(samples.video), "-ss", "30", "-t", "12", "-c", "copy", "-y", str(video)])  # replaced in place
    # A real run, its bar on stderr: the warning came at the bar's end, glued to its last line, and named only the
    # new file, so the recorded sha256 (the evidence of which file the timeline was made on) went unseen.
    result = annotate_cli("align", str(path), "-o", str(tmp_path / "out.yaml"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = re.split(r"[\r\n]", result.stderr)
    changed = [line for line in lines if "now records" in line]
    assert changed == [f"annotate: warning: the timeline now records footage.mp4 (sha256 {sha256(video)[:12]}, "
                       f"{probe(video).duration:.2f} s) as its footage, the file its moments were aligned on, in "
                       f"place of the recorded footage.mp4 (sha256 {before.sha256[:12]}, {before.duration:.2f} s): "
                       "its content changed since"]
    out = tl.load(tmp_path / "out.yaml")
    assert out.footage.sha256 == sha256(video) and out.footage.duration == pytest.approx(12.0, abs=0.1)


def test_align_records_what_it_probed_of_a_bare_footage_file(samples, tmp_path):
    """A hand-written ``footage: FILE`` stayed unprobed through align, so the
    timeline never knew the footage's length or rate. Align reads the file
    anyway: it now records what it probed, as ``timeline --footage`` does,
    keeping what the user wrote (the path as written, a rate given by hand)."""
    from annotate import timeline as tl
    from annotate.timeline.make import probe_footage

    video = tmp_path / "footage.mp4"
    ffmpeg.run(["-i", str(samples.video), "-t", "20", "-c", "copy", str(video)])
    path = tmp_path / "story.yaml"
    path.write_text("title: Bare\nfootage: footage.mp4\nmoments:\n  - {id: m1, start: 5, caption: x}\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["align", str(path), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 0, result.output
    assert "now records" not in result.output  # the same file: nothing to warn about
    out = tl.load(tmp_path / "out.yaml")
    assert "footage:\n  path: footage.mp4\n" in (tmp_path / "out.yaml").read_text(encoding="utf-8")
    # As timeline --footage records it.
    assert out.footage == replace(probe_footage(str(video)), path=out.footage.path, id=out.footage.id)
    assert out.footage.duration == pytest.approx(20.0, abs=0.1) and out.footage.fps == pytest.approx(samples.fps)
    size = samples.truth["video"]
    assert (out.footage.width, out.footage.height) == (size["width"], size["height"])

    path.write_text("title: Bare\nfootage: {path: footage.mp4, fps: 30}\nmoments:\n  - {id: m1, start: 5}\n",
                    encoding="utf-8")
    assert CliRunner().invoke(main, ["align", str(path), "-o", str(tmp_path / "out.yaml")]).exit_code == 0
    out = tl.load(tmp_path / "out.yaml")
    assert out.footage.fps == 30 and out.footage.duration == pytest.approx(20.0, abs=0.1)


def test_cli_align_probes_each_video_once(samples, tmp_path, monkeypatch):
    """Align probed its footage before hashing it for its resume record (a FIFO would block the hash), then
    again to align on it: about 50 ms each time."""
    import collections
    import os

    from annotate import probe as probing
    from annotate import timeline as tl
    from annotate.timeline.make import probe_footage

    path = tmp_path / "story.yaml"
    tl.save(Timeline(moments=(Moment(start=5.0, id="m1"),), footage=probe_footage(str(samples.video))), path)
    probed: collections.Counter[str] = collections.Counter()
    real = probing.probe

    def counting(media):
        probed[os.path.realpath(media)] += 1
        return real(media)

    monkeypatch.setattr(probing, "probe", counting)
    result = CliRunner().invoke(main, ["align", str(path), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 0, result.output
    assert probed == {os.path.realpath(samples.video): 1}


def test_an_align_interrupted_before_placing_a_moment_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    """Stopped before any moment is placed, align writes nothing; what it
    places before a later stop is kept (the test below)."""
    from annotate import timeline as tl

    monkeypatch.setenv("ANNOTATE_CACHE", str(tmp_path / "cache"))

    video = tmp_path / "footage.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=4", "-c:v", "libx264", "-preset",
                "ultrafast", str(video)])
    path = tmp_path / "story.yaml"
    tl.save(Timeline(moments=(Moment(start=1.0, id="m1", caption="x"),), footage=Footage(path=str(video))), path)
    before = path.read_bytes()

    def stopped(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise KeyboardInterrupt

    monkeypatch.setattr(align, "align_moment", stopped)
    result = CliRunner().invoke(main, ["align", str(path)])
    assert result.exit_code == 130
    assert result.stderr.strip().splitlines()[-1] == \
        "annotate: interrupted; finished outputs are kept, re-run to resume"
    assert path.read_bytes() == before


def test_align_progress_moves_while_the_copies_are_synced_for_timed_on(samples):
    """With --timed-on the copies are synced first (seconds of decoding):
    the bar sat at 0 % with no ETA through it."""
    timeline = Timeline(moments=(Moment(id="m1", start=41.0, caption="the truck stops"),))
    events: list[object] = []
    align.align(timeline, samples.broadcast, timed_on=samples.video, on_progress=events.append,
                on_moment=lambda m: events.append(m.id))
    synced = events[: events.index("m1")]
    assert len({round(f, 3) for f in synced if isinstance(f, float) and f > 0}) >= 3, events
    fractions = [f for f in events if isinstance(f, float)]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0, events


def _four_moments(samples, tmp_path):
    from annotate.timeline import save

    story = tmp_path / "story.yaml"
    save(Timeline(footage=Footage(path=str(samples.video)), moments=tuple(
        Moment(id=f"m{k}", start=t, approximate=True, caption=f"moment {k}")
        for k, t in enumerate((24.0, 41.0, 66.0, 147.0), start=1))), story)
    return story


def test_an_interrupted_align_keeps_what_it_placed_and_a_rerun_skips_it(samples, tmp_path, monkeypatch):
    """align saved only at its end: Ctrl-C after minutes of searching kept
    nothing, though the CLI said 'a re-run starts over'. Now what is placed
    is saved as it goes (the same timeline file), and a re-run after Ctrl-C
    searches only the moments not placed yet, to the same result."""
    from annotate import alignjournal
    from annotate.timeline import load

    monkeypatch.setenv("ANNOTATE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(alignjournal, "SAVE_SECONDS", 0.0)  # (a few seconds on real footage) each moment saved
    story = _four_moments(samples, tmp_path)
    whole = align.align(load(story), samples.video)
    searched: list[str] = []
    real = align.align_moment
    saved_before: list[list[str]] = []

    def interrupted(moment, *args, **kwargs):
        # What the file holds while align runs: a kill (no chance to save at the end) keeps it.
        saved_before.append([m.id for m in load(story).moments if m.alignment is not None])
        if moment.id == "m3":
            raise KeyboardInterrupt
        searched.append(moment.id)
        return real(moment, *args, **kwargs)

    monkeypatch.setattr(align, "align_moment", interrupted)
    result = CliRunner().invoke(main, ["align", str(story)])
    assert result.exit_code == 130, result.output
    assert "re-run to resume" in result.stderr
    assert saved_before == [[], ["m1"], ["m1", "m2"]]
    kept = load(story)
    assert [m.alignment for m in kept.moments[:2]] == [m.alignment for m in whole.moments[:2]]
    assert [m.alignment for m in kept.moments[2:]] == [None, None]
    searched.clear()
    monkeypatch.setattr(align, "align_moment",
                        lambda moment, *a, **k: searched.append(moment.id) or real(moment, *a, **k))
    again = CliRunner().invoke(main, ["align", str(story)])
    assert again.exit_code == 0, again.output
    assert searched == ["m3", "m4"]
    assert [m.alignment for m in load(story).moments] == [m.alignment for m in whole.moments]
    # Finished: a further run aligns every moment again (the footage or the code may have changed).
    searched.clear()
    assert CliRunner().invoke(main, ["align", str(story)]).exit_code == 0
    assert searched == ["m1", "m2", "m3", "m4"]


def test_a_rerun_aligns_again_a_moment_edited_since_the_interruption(samples, tmp_path, monkeypatch):
    from annotate import alignjournal
    from annotate.timeline import load, save

    monkeypatch.setenv("ANNOTATE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(alignjournal, "SAVE_SECONDS", 0.0)
    story = _four_moments(samples, tmp_path)
    real = align.align_moment
    searched: list[str] = []

    def interrupted(moment, *args, **kwargs):
        if moment.id == "m3":
            raise KeyboardInterrupt
        searched.append(moment.id)
        return real(moment, *args, **kwargs)

    monkeypatch.setattr(align, "align_moment", interrupted)
    assert CliRunner().invoke(main, ["align", str(story)]).exit_code == 130
    edited = load(story)
    save(edited.with_moments(tuple(replace(m, start=45.0) if m.id == "m2" else m for m in edited.moments)), story)
    searched.clear()
    monkeypatch.setattr(align, "align_moment",
                        lambda moment, *a, **k: searched.append(moment.id) or real(moment, *a, **k))
    assert CliRunner().invoke(main, ["align", str(story)]).exit_code == 0
    assert searched == ["m2", "m3", "m4"]


def test_alternatives_progress_follows_each_sync(samples):
    """align --alternatives synced the videos after its bar had gone: seconds
    (a minute on long footage) with nothing on screen."""
    from annotate.align import with_alternatives
    from annotate.probe import probe

    angle = samples.angles["angle_gate"]
    timeline = Timeline(videos=(Footage(path=str(samples.video), duration=probe(samples.video).duration),
                                Footage(path=str(angle), duration=probe(angle).duration)),
                        moments=(Moment(start=10.0, id="m1"),))  # the phone records the compilation's first 16 s
    seen: list[float] = []
    result = with_alternatives(timeline, {v.id: v.path for v in timeline.videos}, on_progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0, seen
    assert len({round(f, 3) for f in seen if 0 < f < 1}) >= 5, seen  # within the one sync, as it goes
    (alternative,) = result.moments[0].alternatives
    offset = samples.truth["angles"]["angle_gate"]["offset"]
    assert alternative.footage == timeline.videos[1].id and alternative.start == pytest.approx(10.0 + offset, abs=0.01)
