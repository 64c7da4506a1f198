"""Moment extraction throughput on a ~1 MB article, against a plain regex timecode scan.

The baseline only finds ``m:ss``/``h:mm:ss`` tokens (no spoken forms, hedges,
exclusions, captions or windows), so the ratio is the price of everything the
extractor does beyond spotting digits and colons.
"""

from __future__ import annotations

import functools
import gc
import math
import random
import sys
import tempfile
import time
from pathlib import Path

from bench.measure import Measurement, Row, python, run_timed
from bench.measure import run as measure

ARTICLE_BYTES = 1_000_000
QUICK = True  # about half a minute: `python -m bench --quick` runs it
SEED = 20171113

_SENTENCES = [
    "At {m}:{s:02d} the officer raises his hand.",
    "The most dramatic scene begins at roughly {w} minutes and {ws} seconds, when the driver runs for the line.",
    "The rally began at {h}:{s:02d} and ended before noon.",
    "Between {m}:{s:02d} and {m2}:{s:02d}, the guard walks back toward the gate.",
    "Ten seconds later, a second volley follows.",
    "He is 24 years old and was shot four times; soldiers fired about 40 rounds at him.",
    "Watch it here: youtu.be/abc123?t={n} for the moment the gate opens.",
    "The L.A. Times notes that the footage, recorded on Nov. 13, 2017, comes from the Joint Security Area.",
    "In the first {n2} seconds, nothing appears to move.",
    "The home side won 3:2 after extra time, and the pastor quoted John 3:16.",
    "Halfway through the eight-minute clip, the speaker is interrupted.",
    "The camera's clock reads 03:51:22 when the truck arrives at the checkpoint.",
    "Analysts compared shadows, insignia and the skyline with satellite imagery to place the scene.",
]

# Prose with no time phrase, as most of a real article is.
_PROSE = [
    "Analysts compared the shadows with satellite imagery to place the scene near the border post.",
    "The ministry did not respond to a request for comment on Wednesday.",
    "Witnesses described soldiers running toward the line as shots rang out across the plaza.",
    "The footage has been verified by several newsrooms, which matched the buildings and road markings.",
    "Officials in Seoul called the incident a clear violation of the armistice agreement.",
    "Human rights groups urged both governments to release the full, unedited recording.",
    "A spokesperson said the investigation would continue, and that more material could be published.",
]
# A sentence stating the footage's frame rate opens the third article: from then on every sentence's frame
# numbers are read at that rate (a reading that once lowered the whole text per sentence: quadratic).
FRAME_RATE_OPENING = "The footage was recorded at 25 fps by the gate camera."
_FRAME_SENTENCE = "Frame {n} shows the soldier reaching the wall."
_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def build_article(size: int = ARTICLE_BYTES, seed: int = SEED, timed_share: float = 1.0,
                  frame_rate_stated: bool = False) -> str:
    """A deterministic article of about ``size`` bytes; ``timed_share`` of its sentences
    hold a time phrase or a trap (dates, clocks, scores), the rest is plain prose.
    ``frame_rate_stated``: the article opens by stating a frame rate and frame numbers join the timed sentences."""
    rng = random.Random(seed)
    sentences = _SENTENCES + [_FRAME_SENTENCE] if frame_rate_stated else _SENTENCES
    parts: list[str] = [FRAME_RATE_OPENING] if frame_rate_stated else []
    total = sum(len(part) + 2 for part in parts)
    while total < size:
        paragraph = " ".join(
            rng.choice(_PROSE) if rng.random() >= timed_share else rng.choice(sentences).format(
                m=rng.randint(0, 59), m2=rng.randint(60, 99), s=rng.randint(0, 59), h=rng.randint(7, 22),
                w=rng.choice(_WORDS), ws=rng.choice(["ten", "twenty-seven", "forty-one"]),
                n=rng.randint(1, 3000), n2=rng.randint(5, 30),
            )
            for _ in range(rng.randint(3, 7))
        )
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts)


# Share of sentences with a time phrase in a typical long-form piece (one in ten or so).
TYPICAL_TIMED_SHARE = 0.1


def run() -> list[Row]:
    return [*(_row(label, share, rate) for label, share, rate in ARTICLES), _start_up_row()]


# (label, share of timed sentences, frame rate stated) of each benchmark article.
ARTICLES = (
    ("every sentence timed", 1.0, False),
    ("1 in 10 sentences timed", TYPICAL_TIMED_SHARE, False),
    ("every sentence timed, a frame rate stated", 1.0, True),
)


def _row(label: str, timed_share: float, frame_rate_stated: bool) -> Row:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        text = build_article(timed_share=timed_share, frame_rate_stated=frame_rate_stated)
        path.write_text(text, encoding="utf-8")
        size_mb = path.stat().st_size / 1e6
        ours = run_cmd(
            "from annotate import extract_moments; import sys; "
            f"ms = extract_moments(open({str(path)!r}, encoding='utf-8').read()); "
            "print(len(ms), file=sys.stderr)"
        )
        baseline = run_cmd(
            "import re, sys; "
            f"t = open({str(path)!r}, encoding='utf-8').read(); "
            r"print(len(re.findall(r'\b(?:\d{1,2}:)?\d{1,3}:\d\d\b', t)), file=sys.stderr)"
        )
        # CPU time in this process too: on a shared machine wall time mostly measures the queue.
        count, cpu = extraction_cpu(text, CPU_ROUNDS)
    return Row(
        operation=f"extract moments, {size_mb:.1f} MB article, {label}",
        ours=ours,
        baseline_name="regex timecode scan (re.findall)",
        baseline=baseline,
        notes=f"{count} moments; wall time of the whole process; extraction alone {cpu:.2f} s CPU "
              f"(best of {CPU_ROUNDS})",
    )


def _start_up_row() -> Row:
    """``annotate extract`` on a short article with the patterns' code saved by an earlier run (ours) against
    a first run, which compiles every pattern (``annotate/moments/compiled.py``): CPU seconds of the process."""
    article = "At roughly 2:27 the soldier reaches the wall; ten seconds later the guards arrive.\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(article, encoding="utf-8")
        command = [sys.executable, "-m", "annotate", "extract", str(path)]
        warm = str(Path(tmp) / "warm-cache")
        run_timed(command, env={"ANNOTATE_CACHE": warm})  # the first run saves the code
        cold_cpu, warm_cpu = [], []
        for round_number in range(CPU_ROUNDS):
            cold = str(Path(tmp) / f"cold-cache-{round_number}")
            cold_cpu.append(run_timed(command, env={"ANNOTATE_CACHE": cold})[1])
            warm_cpu.append(run_timed(command, env={"ANNOTATE_CACHE": warm})[1])
    best = functools.partial(min, key=lambda m: m.seconds)
    return Row(
        operation="annotate extract, a one-line article (start-up)",
        ours=best(warm_cpu),
        baseline_name="the same with no saved pattern code (every pattern compiled)",
        baseline=best(cold_cpu),
        notes=f"CPU seconds of the whole process, best of {CPU_ROUNDS} in turn",
    )


# Runs of the in-process CPU measure: the best of several, as other engineers' jobs share the cores.
CPU_ROUNDS = 5


def extraction_cpu(text: str, rounds: int = CPU_ROUNDS) -> tuple[int, float]:
    """(moments found, CPU seconds of ``extract_moments(text)``, best of ``rounds``); every cache
    of the package is emptied before each run, so each is a first run on the text."""
    from annotate import extract_moments

    best, count = math.inf, 0
    for _ in range(rounds):
        _clear_caches()
        gc.collect()
        start = time.process_time()
        count = len(extract_moments(text))
        best = min(best, time.process_time() - start)
    return count, best


def _clear_caches() -> None:
    for name, module in list(sys.modules.items()):
        if name == "annotate" or name.startswith("annotate."):
            for value in list(vars(module).values()):
                if isinstance(value, functools._lru_cache_wrapper):
                    value.cache_clear()


def main(argv: list[str]) -> int:
    """``python -m bench.bench_extract [ROUNDS]``: the CPU seconds alone, for each article."""
    rounds = int(argv[0]) if argv else CPU_ROUNDS
    for label, share, rate in ARTICLES:
        count, cpu = extraction_cpu(build_article(timed_share=share, frame_rate_stated=rate), rounds)
        print(f"{label}: {count} moments, {cpu:.3f} s CPU (best of {rounds})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def run_cmd(code: str) -> Measurement:
    return measure(python(code))
