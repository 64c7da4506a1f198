"""Batch overhead: ``annotate batch`` (local process pool, one task per
clip, each reading the story's timeline file) against one ``annotate clips``
run over the same timelines (threads in one process), on 4 stories x 6
stream-copied clips of the sample footage; and a resumed batch, where every
output is proven finished by its hash and nothing is cut."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from bench.measure import Row
from bench.measure import run as measure

QUICK = True  # about a minute: `python -m bench --quick` runs it
STORIES = 4
WORKERS = 2


def run() -> list[Row]:
    import media_samples
    from annotate import timeline as tl
    from annotate.timeline.make import make_timeline

    samples = media_samples.generate()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        root = Path(tmp)
        built = make_timeline(str(samples.article), footage=str(samples.video))
        files = []
        for n in range(STORIES):
            path = root / f"story-{n}.yaml"
            tl.save(built, path)
            files.append(path)
        jobs = root / "jobs.yaml"
        jobs.write_text("batch: 1\ndefaults: {clips: {mode: copy}}\nstories:\n"
                        + "".join(f"  - {{name: story-{n}, timeline: {f}}}\n" for n, f in enumerate(files)),
                        encoding="utf-8")
        annotate = [sys.executable, "-m", "annotate"]
        ours = measure([*annotate, "batch", str(jobs), "-o", str(root / "batch"), "--workers", str(WORKERS), "-q"])
        resumed = measure([*annotate, "batch", str(jobs), "-o", str(root / "batch"), "--workers", str(WORKERS),
                           "-q"])
        base = measure([*annotate, "clips", *map(str, files), "-o", str(root / "clips"), "--mode", "copy",
                        "--workers", str(WORKERS), "-q"])
        shutil.rmtree(root / "batch", ignore_errors=True)
    clips = STORIES * 6
    return [
        Row(f"batch {STORIES} stories, {clips} clips (copy), {WORKERS} local processes", ours,
            f"annotate clips, same timelines, {WORKERS} threads", base,
            "ours: spawn pool start, timeline built/saved per story, one frame scan per worker"),
        Row(f"batch resumed, {clips} clips proven by sha256", resumed, "–", None, "nothing cut"),
    ]
