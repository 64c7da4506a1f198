"""Inputs at the size limits (annotate.validate.MAX_MOMENTS moments,
textio.MAX_ARTICLE_BYTES of article) through the commands that read them,
and inputs five to fifteen times over a limit, which must be refused at
once. The README's "Reliability" section quotes this table
(``python -m bench limits``)."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from annotate.textio import MAX_ARTICLE_BYTES
from annotate.validate import MAX_MOMENTS
from bench.measure import Row, run_timed

QUICK = False  # a few minutes
OVER_TIMELINE = 100_000  # moments in the timeline that must be refused
OVER_CSV = 300_000  # rows in the CSV that must be refused
LONG_CAPTION = 30_000_000  # characters of one caption (a timeline file may hold 50 MB)
_WORDS = ("the truck stops and the soldiers run toward the line while the camera pans across the yard "
          "as a crowd gathers near the gate").split()


def _caption(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(12)).capitalize()


def _inputs(t: Path) -> None:
    rng = random.Random(12)
    lines = ["schema_version: 1", "title: At the limit", "moments:"]
    for i in range(MAX_MOMENTS):
        lines.append(f'  - {{id: m{i + 1}, start: "{i // 60}:{i % 60:02d}.5", caption: "{_caption(rng)}", '
                     f"tags: [a], window: [{i}, {i + 2}]}}")
    (t / "limit.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (t / "limit.csv").write_text("id,start,caption\n" + "".join(
        f"m{i + 1},{i}.25,{_caption(rng)}\n" for i in range(MAX_MOMENTS)), encoding="utf-8")
    (t / "over.yaml").write_text("schema_version: 1\nmoments:\n" + "".join(
        f"  - {{start: {i}}}\n" for i in range(OVER_TIMELINE)), encoding="utf-8")
    (t / "over.csv").write_text("start\n" + "1\n" * OVER_CSV, encoding="utf-8")
    caption = ('the officer says "stop" \\ and runs\n' * (LONG_CAPTION // 36 + 1))[:LONG_CAPTION]
    (t / "long.json").write_text(json.dumps({"format": "annotate-timeline", "schema_version": 1, "moments": [
        {"id": "m1", "start": 1.0, "caption": caption}]}), encoding="utf-8")
    for name, every in (("sparse", 10), ("dense", 1)):
        parts, size, n = [], 0, 0
        while size < MAX_ARTICLE_BYTES - 200:
            lead = f"At {n // 60}:{n % 60:02d} " if n % every == 0 else "Then "
            sentence = f"{lead}{_caption(rng).lower()}. " + ("\n\n" if n % 5 == 4 else "")
            parts.append(sentence)
            size += len(sentence.encode())
            n += 1
        (t / f"article-{name}.txt").write_text("".join(parts), encoding="utf-8")


def _row(operation: str, cmd: list[str], notes: str, *, refused: bool = False) -> Row:
    if refused:  # exit status 2 is the expected outcome
        cmd = ["sh", "-c", '"$@"; test $? -eq 2', "sh", *cmd]
    wall, cpu = run_timed(cmd)
    return Row(operation, wall, "–", None, f"CPU {cpu.seconds:.1f} s; {notes}" if notes else f"CPU {cpu.seconds:.1f} s")


def run() -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        _inputs(t)
        tl, n = str(t / "limit.yaml"), f"{MAX_MOMENTS:,}"
        rows.append(_row(f"export {n} moments -> .csv", ["annotate", "export", tl, "-o", str(t / "o.csv")], ""))
        rows.append(_row(f"subtitles {n} moments -> .srt", ["annotate", "subtitles", tl, "-o", str(t / "o.srt")], ""))
        rows.append(_row(f"review page, {n} moments", ["annotate", "review", tl, "--no-pictures", "-o",
                                                         str(t / "review")], ""))
        rows.append(_row(f"export {n} moments -> .json", ["annotate", "export", tl, "-o", str(t / "o.json")], ""))
        rows.append(_row(f"import {n} moments <- .json", ["annotate", "import", str(t / "o.json"), "-o",
                                                           str(t / "j.yaml")], ""))
        rows.append(_row(f"import {n} rows <- .csv", ["annotate", "import", str(t / "limit.csv"), "-o",
                                                       str(t / "c.yaml")], ""))
        long_caption = f"one caption of {LONG_CAPTION / 1e6:g} MB"
        for what in ("import", "update (merge into the file)"):
            rows.append(_row(f"{what}: {long_caption} <- .json", ["annotate", "import", str(t / "long.json"), "-o",
                                                                   str(t / "long.yaml")], ""))
        rows.append(_row(f"timeline of {OVER_TIMELINE:,} moments (refused)",
                         ["annotate", "export", str(t / "over.yaml"), "-o", str(t / "x.csv")],
                         "exit 2, one line", refused=True))
        rows.append(_row(f"CSV of {OVER_CSV:,} rows (refused)", ["annotate", "import", str(t / "over.csv"), "-o",
                                                                 str(t / "x.yaml")], "exit 2, one line", refused=True))
        mb = MAX_ARTICLE_BYTES / 1e6
        for name, what in (("sparse", "1 sentence in 10 timed"), ("dense", "every sentence timed")):
            rows.append(_row(f"extract, {mb:g} MB article, {what}",
                             ["annotate", "extract", str(t / f"article-{name}.txt")], ""))
    return rows

