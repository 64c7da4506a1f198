"""Does a small learned footage-vs-world disambiguator beat or complement the rules?

``python -m bench.moments_model`` trains a logistic regression (numpy, L2, full
batch, fixed seed-free schedule, so every run gives the same weights) over the
timecode candidates that the extractor's finders produce, and scores three
extractors with the moments spec's scorer:

- ``rules``: the extractor's rules alone (``clock_exclusion`` and its sentence rules);
- ``model``: ``clock_exclusion`` replaced by the model, whose features are the
  words around the time, its shape and generic context (brackets, line start,
  tense, footage nouns), none of the rules' verdicts;
- ``rules+model``: the model with the rules' verdict as one more feature
  (a learned combination);
- ``rules, model veto``: the rules, overruled only where the model (without
  the rules' verdict) is confident, at |logit| >= ``veto.VETO_LOGIT``, and only
  on single times judged footage or world (``veto.overrule``): what the
  extractor ships (``annotate/moments/veto.py``).

Each round of the genre sets is scored by a model that never trained on it:
leave one round out (train on the older case sets plus the other rounds), and
round 4 also with a model trained only on the older sets plus rounds 1-3 (the
only round the rules had not been fixed on either).

``python -m bench.moments_model --write`` trains the shipped veto on every case
set and writes its weights (``annotate/moments/veto_weights.json``);
``tests/test_moments_veto.py`` checks that the shipped file is what it trains.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from annotate.atomic import atomic_open
from annotate.model import Moment
from annotate.moments import exclusions, veto
from annotate.moments import extract as extractor
from annotate.moments.sentences import split
from tests.moments_scoring import START_TOLERANCE_SECONDS, Score, load_cases, score

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
OLDER_SETS = ("moments-dev.jsonl", "moments_cases.jsonl", "moments_cases_blind.jsonl")
GENRES = "moments_genres_blind.jsonl"
# Rounds 8 and 9, written blind by people who never read the extractor: their own files
# (scored apart first), trained on once their first passes were recorded.
LATER_ROUNDS = ("moments_genres_round8.jsonl", "moments_genres_round9.jsonl")
L2 = 1.0
STEPS = 400
LEARNING_RATE = 0.5
WEIGHT_DECIMALS = 4

Candidate = tuple[int, int, int, int, float]  # begin, end, sentence begin, sentence end, start


def features(text: str, begin: int, end: int, b: int, e: int, verdict: str | None) -> list[str]:
    """The shipped veto's features of text[begin:end], plus the rules' verdict when given."""
    f = veto.features(text, begin, end, b, e)
    if verdict is not None:
        f.append(f"rule={verdict or 'position'}")
    return f


@contextmanager
def _rules_only() -> Iterator[None]:
    """The extractor with the clock rules alone deciding (no shipped veto)."""
    original = extractor.clock_verdict
    extractor.clock_verdict = exclusions.clock_exclusion  # type: ignore[assignment]
    try:
        yield
    finally:
        extractor.clock_verdict = original  # type: ignore[assignment]


def _candidates(text: str) -> list[Candidate]:
    """Every timecode candidate the finders produce, as the rules choose them, with its start."""
    fps = extractor._frame_rate(text)
    found = []
    with _rules_only():
        for b, e in split(text):
            for c in extractor._choose(extractor._candidates(text, b, e, fps), text, b, e, []):
                if c.timecode and c.kind in ("point", "range"):
                    found.append((c.begin, c.end, b, e, c.start))
    return found


class Model:
    def __init__(self, with_rules: bool) -> None:
        self.with_rules = with_rules
        self.index: dict[str, int] = {}
        self.weights = np.zeros(0)

    def _feats(self, text: str, begin: int, end: int, b: int, e: int) -> list[str]:
        verdict = exclusions.clock_exclusion(text, begin, end, b, e) if self.with_rules else None
        return features(text, begin, end, b, e, verdict)

    def fit(self, cases: list[dict]) -> Model:
        rows, labels = [], []
        for case in cases:
            for begin, end, b, e, start in _candidates(case["text"]):
                rows.append(self._feats(case["text"], begin, end, b, e))
                labels.append(float(any(abs(g["start"] - start) <= START_TOLERANCE_SECONDS for g in case["moments"])))
        self.index = {f: i for i, f in enumerate(sorted({f for r in rows for f in r}))}
        x = np.zeros((len(rows), len(self.index)))
        for i, r in enumerate(rows):
            for f in r:
                x[i, self.index[f]] = 1.0
        y = np.array(labels)
        w = np.zeros(len(self.index))
        for _ in range(STEPS):  # plain gradient descent on the mean log loss plus L2: deterministic
            p = 1 / (1 + np.exp(-(x @ w)))
            w -= LEARNING_RATE * (x.T @ (p - y) / len(y) + L2 * w / len(y))
        self.weights = w
        return self

    def logit(self, text: str, begin: int, end: int, b: int, e: int) -> float:
        idx = [self.index[f] for f in self._feats(text, begin, end, b, e) if f in self.index]
        return float(self.weights[idx].sum())

    def size(self) -> int:
        return int(np.count_nonzero(np.abs(self.weights) > 1e-3))


@contextmanager
def _decided_by(model: Model | None, as_veto: bool = False) -> Iterator[None]:
    """Run the extractor with the rules alone (no model), the model in place of the rules, or the
    rules overruled by the model where it is confident (as the shipped veto does)."""
    def decide(text: str, begin: int, end: int, b: int, e: int, footage_context: bool = False) -> str:
        if model is None:
            return exclusions.clock_exclusion(text, begin, end, b, e, footage_context)
        logit = model.logit(text, begin, end, b, e)
        if as_veto:
            return veto.overrule(exclusions.clock_exclusion(text, begin, end, b, e, footage_context), logit,
                                 text, begin, end)
        return "" if logit > 0 else veto.VETOED

    original = extractor.clock_verdict
    extractor.clock_verdict = decide  # type: ignore[assignment]
    try:
        yield
    finally:
        extractor.clock_verdict = original  # type: ignore[assignment]


def _scored(cases: list[dict], model: Model | None, as_veto: bool = False) -> Score:
    extract: Callable[[str, float | None], list[Moment]] = extractor.extract_moments
    with _decided_by(model, as_veto):
        return score(cases, extract)


def _held_out_table() -> None:
    older = [c for name in OLDER_SETS for c in load_cases(DATA / name)]
    genres = load_cases(DATA / GENRES)
    rounds = sorted({c["id"].split("-")[0] for c in genres})
    print(f"training candidates from {len(older)} older cases + genre rounds {', '.join(rounds)}")
    print(f"{'held-out round':<16}{'rules':>26}{'model':>26}{'rules+model':>26}{'rules, model veto':>26}")
    for held in rounds:
        test = [c for c in genres if c["id"].startswith(held + "-")]
        train = older + [c for c in genres if not c["id"].startswith(held + "-")]
        alone = Model(with_rules=False).fit(train)
        cells = [_scored(test, None), _scored(test, alone), _scored(test, Model(with_rules=True).fit(train)),
                 _scored(test, alone, as_veto=True)]
        print(f"{held:<16}" + "".join(f"{f'F1 {s.f1:.3f} (P {s.precision:.3f} R {s.recall:.3f})':>26}" for s in cells))
    print(f"model size: {alone.size()} non-zero weights of {len(alone.index)} features")


def shipped_weights() -> dict[str, float]:
    """The veto's weights as shipped: the model without the rules' verdict, trained on every case set
    (the older sets and every genre round), rounded to ``WEIGHT_DECIMALS``, zeros left out."""
    cases = [c for name in (*OLDER_SETS, GENRES, *LATER_ROUNDS) for c in load_cases(DATA / name)]
    model = Model(with_rules=False).fit(cases)
    rounded = {f: round(float(model.weights[i]), WEIGHT_DECIMALS) for f, i in model.index.items()}
    return {f: w for f, w in sorted(rounded.items()) if w}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.moments_model", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--write", action="store_true",
        help=f"train on every case set and write the shipped veto's weights to {veto.WEIGHTS_FILE.name}")
    if parser.parse_args(argv).write:
        weights = shipped_weights()
        with atomic_open(veto.WEIGHTS_FILE) as out:
            out.write(json.dumps(weights, indent=0, ensure_ascii=False) + "\n")
        print(f"wrote {len(weights)} weights to {veto.WEIGHTS_FILE}")
        return 0
    _held_out_table()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
