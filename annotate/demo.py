"""``annotate demo``: the whole pipeline on the sample footage, in one folder,
so a newcomer sees every output the toolkit makes."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotate import owned
from annotate.atomic import folder_lock, make_folder, write_text
from annotate.errors import AnnotateError
from annotate.model import Moment

DEFAULT_DIR = "annotate-demo"

# The JSON files the demo writes itself, with their kinds (annotate.overwrite.KINDS): each replaces only
# an earlier file of its kind (or anything, with --force).
JSON_OUTPUTS = {"moments.json": "moments-json", "align.json": "align-json", "demo.json": "demo-json"}
STORY = "two-videos/story.txt"  # the two-video story's article, the one text the demo writes as an input
EXPORTS = ("timeline.otio", "timeline.edl", "timeline.xml", "timeline.csv", "timeline.json",
           "timeline.chapters.txt", "timeline.chapters.vtt")
# Every file the demo writes into its folder itself (the clips and review folders keep their own records):
# common names (``demo -o .`` in a project folder), so one that an earlier demo did not write there, or that
# changed since, is refused before the demo spends minutes on the steps before it (annotate.owned).
OUTPUTS = (*JSON_OUTPUTS, "timeline.yaml", "subtitles.srt", "subtitles.vtt", "subtitles.ass", "strip.png",
           "preview.png", "explainer.mp4", *(f"exports/{name}" for name in EXPORTS), STORY,
           "two-videos/timeline.yaml")
FOREIGN_HINT = "name another folder for the demo, move {them} away, or pass --force"


@dataclass
class DemoRun:
    """What the demo has made so far; each step reads from it and adds files."""

    out: Path
    samples: object  # media_samples.SampleSet
    timeline_path: Path | None = None
    written: list[tuple[str, Path]] = field(default_factory=list)  # paths relative to ``out``
    notes: list[str] = field(default_factory=list)
    force: bool = False  # replace a file of another kind under an output's name (annotate.overwrite)
    on_progress: Callable[[float], None] = field(default=lambda _f: None)  # through the step running (0..1)

    def part(self, start: float, size: float) -> Callable[[float], None]:
        """Progress through a ``size`` share of the step running, from ``start``."""
        return _within_step(self.on_progress, start, size)

    def wrote(self, what: str, path: Path) -> None:
        """Record an output by its path inside the demo folder (steps return
        some paths relative, some absolute; the list shows them one way)."""
        self.written.append((what, Path(os.path.relpath(Path(path).resolve(), self.out.resolve()))))
        self.owns(path)

    def owns(self, path: Path) -> None:
        """Note a file the demo just wrote under one of its :data:`OUTPUTS` as its own, for a rerun to
        replace (an interrupted demo's too)."""
        name = Path(os.path.relpath(Path(path).resolve(), self.out.resolve())).as_posix()
        if name in OUTPUTS:
            owned.note(self.out, name, Path(path))


Step = Callable[[DemoRun], None]


def _check_outputs(out: Path, force: bool) -> None:
    """Refuse, before any step, a folder holding files under the demo's names that an earlier demo did not
    write there (or changed since), naming them; and files of the clips and review pages it would refuse
    after minutes of work."""
    from annotate.clips.manifest import FOREIGN_HINT as CLIPS_HINT
    from annotate.clips.manifest import OURS_WITH_THE_MANIFEST
    from annotate.review import INDEX, STRIP

    with folder_lock(out):
        owned.refuse_foreign(out, OUTPUTS, hint=FOREIGN_HINT, force=force or _made_before_records(out))
    for folder in ("review", "two-videos/review"):
        owned.refuse_foreign(out / folder, [INDEX, STRIP], hint="name another folder for the demo, or move {them} away")
    owned.refuse_foreign(out / "clips", OURS_WITH_THE_MANIFEST, hint=CLIPS_HINT)


def _made_before_records(out: Path) -> bool:
    """Whether ``out`` holds a demo made before the demo recorded its files (annotate.owned): its list of
    outputs (``demo.json``), and no record. Its files are the demo's to replace."""
    from annotate import overwrite

    try:
        return overwrite.holds(out / "demo.json", "demo-json") and not (out / owned.RECORD).exists()
    except AnnotateError:  # (unreadable, or one of the inputs: no proof)
        return False


def _check_story(path: Path, force: bool) -> None:
    """A text has no signature to tell it by: the story may replace only itself (or an empty file)."""
    from annotate import overwrite
    from media_samples import stories

    overwrite.check_same(path, stories.angles_article_text(), "the demo's two-video story", force=force)


def _write_json(run: DemoRun, name: str, text: str) -> Path:
    from annotate import overwrite

    overwrite.check(run.out / name, JSON_OUTPUTS[name], force=run.force)
    return write_text(run.out / name, text)


def _moments(run: DemoRun) -> None:
    from annotate.moments import extract_file
    from annotate.moments.report import to_json

    _, moments = extract_file(str(run.samples.article))  # type: ignore[attr-defined]
    run.wrote("moments (JSON)", _write_json(run, "moments.json", to_json(moments)))


def _timeline(run: DemoRun) -> None:
    from annotate.timeline import save
    from annotate.timeline.make import make_timeline

    timeline = make_timeline(str(run.samples.article), footage=str(run.samples.video))  # type: ignore[attr-defined]
    run.timeline_path = save(timeline, run.out / "timeline.yaml")
    run.wrote("timeline", run.timeline_path)


def _subtitles(run: DemoRun) -> None:
    from annotate import subtitles
    from annotate.timeline import load

    timeline = load(run.timeline_path)  # type: ignore[arg-type]
    for ext in ("srt", "vtt", "ass"):
        run.wrote(f"subtitles ({ext.upper()})", subtitles.write(timeline, run.out / f"subtitles.{ext}",
                                                                    force=run.force))


def _align(run: DemoRun) -> None:
    from annotate.align import align, report_rows
    from annotate.strip import strip
    from annotate.timecode import format_clock
    from annotate.timeline import footage_path, load, save

    timeline = load(run.timeline_path)  # type: ignore[arg-type]
    aligned = align(timeline, footage_path(timeline), on_progress=run.part(0.0, 0.85))
    run.owns(save(aligned, run.timeline_path))  # type: ignore[arg-type]
    run.wrote("alignment (JSON, as align --json)", _write_json(run, "align.json",
                                                               json.dumps(report_rows(aligned), indent=2)))
    positions = [m for m in aligned.moments if not m.clock and not (m.said and m.start is None)]
    moved = [m for m in positions if m.alignment and m.alignment.kind != "none"]
    run.notes.append(f"align: {len(moved)} of {len(positions)} moments snapped to evidence in the footage")
    for m in aligned.moments:
        if m.said and m.alignment is not None:
            where = (f"placed at {format_clock(m.effective_start, places=2)} by {m.alignment.kind}"
                     if m.alignment.kind in ("subtitle", "speech") else "words not found")
            run.notes.append(f"align: quote {m.id} \"{m.said}\" {where} ({m.alignment.note})")
        if m.clock and m.placed:
            run.notes.append(f"align: clock time {m.id} {m.clock} placed at {format_clock(m.effective_start, places=2)}"
                             + (f" ({m.alignment.note})" if m.alignment else ""))
        elif m.clock:
            run.notes.append(f"align: clock time {m.id}: {m.alignment.note if m.alignment else 'not placed'}")
    run.wrote("alignment strip (PNG)", strip(aligned, footage_path(aligned), run.out / "strip.png",
                                                   force=run.force, on_progress=run.part(0.85, 0.15)))


def _render(run: DemoRun) -> None:
    from annotate.render import render
    from annotate.timeline import load

    timeline = load(run.timeline_path)  # type: ignore[arg-type]
    first = min((m.effective_start for m in timeline.placed().moments), default=0.0)
    run.wrote("explainer preview (PNG)", render(timeline, run.out / "preview.png", preview_at=first + 1.0,
                                                      force=run.force).out)
    run.wrote("explainer video", render(timeline, run.out / "explainer.mp4", force=run.force,
                                        on_progress=run.on_progress).out)


def _clips(run: DemoRun) -> None:
    from annotate.clips import export

    report = export([run.timeline_path], run.out / "clips", mode="exact",  # type: ignore[list-item]
                    on_progress=run.on_progress)
    run.wrote("clips + manifest", report.manifest)  # type: ignore[arg-type]
    if report.contact_sheet:
        run.wrote("clips contact sheet", report.contact_sheet)


def _exports(run: DemoRun) -> None:
    from annotate import interchange
    from annotate.timeline import load

    timeline = load(run.timeline_path)  # type: ignore[arg-type]
    for name in EXPORTS:
        run.wrote(f"export ({name.split('.', 1)[1]})", interchange.write(timeline, run.out / "exports" / name,
                                                                                 force=run.force).path)


def _review(run: DemoRun) -> None:
    from annotate.review import build
    from annotate.timeline import load

    run.wrote("review page", build(load(run.timeline_path), run.out / "review",  # type: ignore[arg-type]
                                   on_progress=run.on_progress))


def _two_videos(run: DemoRun) -> None:
    """A story told over two videos of one event (the compilation and a phone at
    the line): each moment attributed to its video and aligned there, the
    videos synced by their sound, and a review page per video with a switcher."""
    from annotate.align import align_videos, with_alternatives
    from annotate.review import build
    from annotate.timecode import format_clock
    from annotate.timeline import save
    from annotate.timeline.make import make_timeline
    from media_samples import stories

    folder = run.out / "two-videos"
    _check_story(run.out / STORY, run.force)
    article = write_text(run.out / STORY, stories.angles_article_text())
    run.owns(article)
    own, other = stories.VIDEO_IDS
    paths = {own: run.samples.video, other: run.samples.angles[stories.ANGLE]}  # type: ignore[attr-defined]
    timeline = make_timeline(str(article), footage=[f"{v}={p}" for v, p in paths.items()])
    aligned = with_alternatives(align_videos(timeline, paths, on_progress=run.part(0.0, 0.45)), paths,
                                on_progress=run.part(0.45, 0.25))
    run.wrote("two videos: timeline", save(aligned, folder / "timeline.yaml"))
    for m in aligned.moments:
        at = m.effective_start
        elsewhere = ", ".join(f"{a.footage} {format_clock(a.start, places=2)}" for a in m.alternatives)
        run.notes.append(f"two videos: {m.id} on {m.footage} at {format_clock(at, places=2)}"
                         f" ({_evidence(m)}); same instant on {elsewhere or '-'}"
                         " (videos synced by their sound)")
    run.wrote("two videos: review pages", build(aligned, folder / "review", on_progress=run.part(0.7, 0.3)))


def _within_step(report: Callable[[float], None], start: float, size: float) -> Callable[[float], None]:
    """Progress through a step that is a ``size`` share of the demo from ``start``."""
    return lambda f: report(start + size * min(1.0, f))


def _evidence(moment: Moment) -> str:
    """What placed a moment, in words: an alignment of kind ``none`` found nothing and kept the stated time."""
    if moment.alignment is None:
        return "stated"
    return "as stated: nothing found near it" if moment.alignment.kind == "none" else moment.alignment.kind


STEPS: list[tuple[str, Step]] = [
    ("moments", _moments),
    ("timeline", _timeline),
    ("align", _align),
    ("subtitles", _subtitles),
    ("render", _render),
    ("clips", _clips),
    ("exports", _exports),
    ("review", _review),
    ("two videos", _two_videos),
]
# Each step's share of the demo's progress: its seconds on the samples, made afresh (2026-12-05, loaded machine).
STEP_SECONDS = {"moments": 2.0, "timeline": 1.0, "align": 50.0, "subtitles": 1.0, "render": 36.0, "clips": 14.0,
                "exports": 1.0, "review": 10.0, "two videos": 16.0}


def run_demo(out: str | Path = DEFAULT_DIR, *, say: Callable[[str], None] = print, force: bool = False,
             on_progress: Callable[[float], None] | None = None) -> DemoRun:
    """Make the samples if missing, then run every step into ``out``;
    ``on_progress(fraction)`` follows the steps (each its share of
    STEP_SECONDS) and the work inside the long ones."""
    import media_samples

    out = make_folder(out)
    _check_outputs(out, force)
    say("annotate demo: preparing sample footage (cached after the first run) ...")
    run = DemoRun(out=out, samples=media_samples.generate(), force=force)
    report = on_progress or (lambda _f: None)
    total = sum(STEP_SECONDS.get(name, 1.0) for name, _step in STEPS) or 1.0
    before = 0.0
    for name, step in STEPS:
        say(f"annotate demo: {name} ...")
        weight = STEP_SECONDS.get(name, 1.0)
        run.on_progress = _within_step(report, before / total, weight / total)
        step(run)
        before += weight
        report(before / total)
    run.owns(_write_json(run, "demo.json", json.dumps([{"what": w, "path": str(p)} for w, p in run.written],
                                                      indent=2)))
    return run
