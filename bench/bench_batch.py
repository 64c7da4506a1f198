"""Batch overhead and scaling on stream-copied clips of the sample footage
(the cheapest task, so fixed costs weigh most): ``annotate batch`` (local
process pool, one task per clip) against the same work as single
``annotate clips`` commands run one after another and as one ``annotate
clips`` run over all timelines (threads in one process); 1 against 2
workers on a job of 8 stories; and a resumed batch, where every output is
proven finished by its hash and nothing is cut. Every time is the median of
three interleaved rounds (the machine is shared)."""

from __future__ import annotations

import shlex
import shutil
import sys
import tempfile
from pathlib import Path

from bench.measure import Row, run_rounds

QUICK = True  # a few minutes: `python -m bench --quick` runs it
STORIES = 4
SCALING_STORIES = 8
WORKERS = 2
ROUNDS = 3


def _jobs(root: Path, files: list[Path], name: str) -> Path:
    jobs = root / name
    jobs.write_text("batch: 1\ndefaults: {clips: {mode: copy}}\nstories:\n"
                    + "".join(f"  - {{name: story-{n}, timeline: {f}}}\n" for n, f in enumerate(files)),
                    encoding="utf-8")
    return jobs


def run() -> list[Row]:
    import media_samples
    from annotate import timeline as tl
    from annotate.clips.media import footage_facts
    from annotate.clips.plan import plan_timeline
    from annotate.timeline.make import make_timeline

    samples = media_samples.generate()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        root = Path(tmp)
        built = make_timeline(str(samples.article), footage=str(samples.video))
        duration = footage_facts(samples.video)[0].duration
        per_story = len(plan_timeline(built, label="s", folder="", footage_duration=duration)[0])
        files = []
        for n in range(SCALING_STORIES):
            path = root / f"story-{n}.yaml"
            tl.save(built, path)
            files.append(path)
        small, large = _jobs(root, files[:STORIES], "jobs.yaml"), _jobs(root, files, "jobs-large.yaml")
        annotate = [sys.executable, "-m", "annotate"]

        def clear() -> None:
            for name in ("batch", "clips", "single"):
                shutil.rmtree(root / name, ignore_errors=True)

        batch = [*annotate, "batch", str(small), "-o", str(root / "batch"), "--workers", str(WORKERS), "-q"]
        one_run = [*annotate, "clips", *map(str, files[:STORIES]), "-o", str(root / "clips"), "--mode", "copy",
                   "--workers", str(WORKERS), "-q"]
        singles = ["sh", "-c", " && ".join(
            shlex.join([*annotate, "clips", str(f), "-o", str(root / "single" / f.stem), "--mode", "copy",
                        "--workers", str(WORKERS), "-q"]) for f in files[:STORIES])]
        t_batch, t_one, t_singles = run_rounds([batch, one_run, singles], rounds=ROUNDS, prepare=clear)
        scaling = [[*annotate, "batch", str(large), "-o", str(root / "batch"), "--workers", str(w), "-q"]
                   for w in (1, 2)]
        t_w1, t_w2 = run_rounds(scaling, rounds=ROUNDS, prepare=clear)
        clear()
        run_rounds([batch], rounds=1)
        (t_resumed,) = run_rounds([batch], rounds=ROUNDS)
    clips, many = STORIES * per_story, SCALING_STORIES * per_story
    return [
        Row(f"batch {STORIES} stories, {clips} clips (copy), {WORKERS} local processes", t_batch,
            f"the same as {STORIES} single `annotate clips` commands, one after another", t_singles,
            f"median of {ROUNDS}; goal >= 1.0x"),
        Row(f"batch {STORIES} stories, {clips} clips (copy), {WORKERS} local processes", t_batch,
            f"one `annotate clips` over the {STORIES} timelines, {WORKERS} threads", t_one,
            f"median of {ROUNDS}; one process, no pool start; frame table and hash shared through the cache"),
        Row(f"batch {SCALING_STORIES} stories, {many} clips (copy), 2 local processes", t_w2,
            "same job, 1 local process", t_w1, f"median of {ROUNDS}; goal >= 1.6x"),
        Row(f"batch resumed, {clips} clips proven by sha256", t_resumed, "–", None,
            f"median of {ROUNDS}; nothing cut"),
    ]
