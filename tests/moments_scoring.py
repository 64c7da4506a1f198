"""Scoring the extractor against gold cases exactly as the moments spec says
(a test and measuring harness, not part of the library).

A predicted moment matches a gold one when the starts differ by at most
``START_TOLERANCE_SECONDS`` and the ends are both None or differ by at most
as much; precision/recall/F1 are over all moments of all cases, and the
approximate flag is scored over matched moments.

    python -m tests.moments_scoring /work/shared/corpus/moments-dev.jsonl tests/data/moments_cases.jsonl
    python -m tests.moments_scoring --by genre tests/data/moments_genres_blind.jsonl   # one line per genre
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate.model import Moment

START_TOLERANCE_SECONDS = 0.5


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    approx_correct: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def approx_accuracy(self) -> float:
        return self.approx_correct / self.true_positives if self.true_positives else 1.0

    def summary(self) -> str:
        return (f"F1={self.f1:.3f} P={self.precision:.3f} R={self.recall:.3f} "
                f"approx={self.approx_accuracy:.3f} (tp={self.true_positives} fp={self.false_positives} "
                f"fn={self.false_negatives})")


def load_cases(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _matches(pred: Moment, gold: dict) -> bool:
    if abs(pred.start - gold["start"]) > START_TOLERANCE_SECONDS:
        return False
    if pred.end is None or gold.get("end") is None:
        return pred.end is None and gold.get("end") is None
    return abs(pred.end - gold["end"]) <= START_TOLERANCE_SECONDS


def score(cases: Iterable[dict], extract: Callable[[str, float | None], list[Moment]]) -> Score:
    """Score ``extract`` over ``cases`` (dicts with text, duration, moments)."""
    result = Score()
    for case in cases:
        predicted = extract(case["text"], case.get("duration"))
        gold = list(case["moments"])
        used: set[int] = set()
        wrong = []
        for p in predicted:
            hit = next((i for i, g in enumerate(gold) if i not in used and _matches(p, g)), None)
            if hit is None:
                result.false_positives += 1
                wrong.append(f"extra {p.start:g}-{p.end} {p.quote!r}")
                continue
            used.add(hit)
            result.true_positives += 1
            if p.approximate == gold[hit]["approximate"]:
                result.approx_correct += 1
            else:
                wrong.append(f"approximate {p.approximate} at {p.start:g}")
        for i, g in enumerate(gold):
            if i not in used:
                result.false_negatives += 1
                wrong.append(f"missed {g['start']:g}-{g.get('end')}")
        if wrong:
            result.failures.append(f"{case.get('id', '?')}: {'; '.join(wrong)} | {case['text'][:120]}")
    return result


def score_by(cases: list[dict], key: str, extract: Callable[[str, float | None], list[Moment]]) -> dict[str, Score]:
    """One score per value of ``key`` (e.g. ``genre``), in order of first appearance."""
    groups: dict[str, list[dict]] = {}
    for case in cases:
        groups.setdefault(str(case.get(key, "?")), []).append(case)
    return {name: score(group, extract) for name, group in groups.items()}


def weak_groups(by: dict[str, Score], min_f1: float, min_approx: float) -> dict[str, str]:
    """The groups of :func:`score_by` under either floor, with their summaries."""
    return {g: s.summary() for g, s in by.items() if s.f1 < min_f1 or s.approx_accuracy < min_approx}


def family_cases(families: dict[str, list[tuple[str, Any]]]) -> tuple[list[tuple[str, Any]], list[str]]:
    """A round's table of families (name -> [(text, expected)]) as pytest parameters and their ids."""
    cases = [case for found in families.values() for case in found]
    ids = [f"{family}-{i}" for family, found in families.items() for i in range(len(found))]
    return cases, ids


def found_spans(text: str, duration: float | None = None) -> list[tuple[float | None, float | None]]:
    """(start, end) of each moment the extractor finds: what a family test of the rounds compares."""
    from annotate import extract_moments

    return [(m.start, m.end) for m in extract_moments(text, duration)]


def found_hedged(text: str, duration: float | None = None) -> list[tuple[float | None, float | None, bool]]:
    """As :func:`found_spans`, with each moment's approximate flag."""
    from annotate import extract_moments

    return [(m.start, m.end, m.approximate) for m in extract_moments(text, duration)]


def main(argv: list[str]) -> int:
    from annotate.moments import extract_moments

    parser = argparse.ArgumentParser(prog="python -m tests.moments_scoring", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="JSON-lines case files (id, text, duration, moments)")
    parser.add_argument("--by", metavar="FIELD", help="also score each value of this case field (e.g. genre)")
    parser.add_argument("--quiet", action="store_true", help="scores only, no failure lines")
    args = parser.parse_args(argv)
    for path in args.paths:
        cases = load_cases(path)
        s = score(cases, extract_moments)
        print(f"{path}: {s.summary()}")
        if args.by:
            for name, part in score_by(cases, args.by, extract_moments).items():
                print(f"  {args.by}={name}: {part.summary()}")
        for line in [] if args.quiet else s.failures:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
