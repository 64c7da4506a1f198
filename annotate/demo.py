"""``annotate demo``: the whole pipeline on the sample footage, in one folder,
so a newcomer sees every output the toolkit makes."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotate.atomic import write_text

DEFAULT_DIR = "annotate-demo"


@dataclass
class DemoRun:
    """What the demo has made so far; each step reads from it and adds files."""

    out: Path
    samples: object  # media_samples.SampleSet
    timeline_path: Path | None = None
    written: list[tuple[str, Path]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def wrote(self, what: str, path: Path) -> None:
        self.written.append((what, path))


Step = Callable[[DemoRun], None]


def _moments(run: DemoRun) -> None:
    from annotate.moments import extract_file
    from annotate.moments.report import to_json

    _, moments = extract_file(str(run.samples.article))  # type: ignore[attr-defined]
    run.wrote("moments (JSON)", write_text(run.out / "moments.json", to_json(moments)))


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
        run.wrote(f"subtitles ({ext.upper()})", subtitles.write(timeline, run.out / f"subtitles.{ext}"))


STEPS: list[tuple[str, Step]] = [
    ("moments", _moments),
    ("timeline", _timeline),
    ("subtitles", _subtitles),
]


def run_demo(out: str | Path = DEFAULT_DIR, *, say: Callable[[str], None] = print) -> DemoRun:
    """Make the samples if missing, then run every step into ``out``."""
    import media_samples

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    say("annotate demo: preparing sample footage (cached after the first run) ...")
    run = DemoRun(out=out, samples=media_samples.generate())
    for name, step in STEPS:
        say(f"annotate demo: {name} ...")
        step(run)
    write_text(out / "demo.json", json.dumps([{"what": w, "path": str(p)} for w, p in run.written], indent=2))
    return run
