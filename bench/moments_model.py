"""Does a small learned footage-vs-world disambiguator beat or complement the rules?

``python -m bench.moments_model`` trains a logistic regression (numpy, L2, full
batch, fixed seed-free schedule, so every run gives the same weights) over the
timecode candidates that the extractor's finders produce, and scores three
extractors with the moments spec's scorer:

- ``rules``: the extractor as it is (``clock_exclusion`` and its sentence rules);
- ``model``: ``clock_exclusion`` replaced by the model, whose features are the
  words around the time, its shape and generic context (brackets, line start,
  tense, footage nouns), none of the rules' verdicts;
- ``rules+model``: the model with the rules' verdict as one more feature
  (a learned combination);
- ``rules, model veto``: the rules, overruled only where the model (without
  the rules' verdict) is confident, at |logit| >= ``VETO_LOGIT``.

Each round of the genre sets is scored by a model that never trained on it:
leave one round out (train on the older case sets plus the other rounds), and
round 4 also with a model trained only on the older sets plus rounds 1-3 (the
only round the rules had not been fixed on either).  A measurement, not part
of the library: nothing here is installed or shipped.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from annotate.model import Moment
from annotate.moments import exclusions
from annotate.moments import extract as extractor
from annotate.moments.patterns import MEDIA_NOUN, TIMECODE
from annotate.moments.sentences import split
from tests.moments_scoring import START_TOLERANCE_SECONDS, Score, load_cases, score

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
OLDER_SETS = ("moments-dev.jsonl", "moments_cases.jsonl", "moments_cases_blind.jsonl")
GENRES = "moments_genres_blind.jsonl"
L2 = 1.0
STEPS = 400
LEARNING_RATE = 0.5
VETO_LOGIT = 2.0

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+|[()\[\]|:;,.*#>-]", re.IGNORECASE)
_MEDIA = re.compile(rf"\b{MEDIA_NOUN}\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:[a-z]{3,}ed|was|were|had|came|went|left|took|began|ran|said|told)\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b[a-z]{3,}s\b")
_FRACTION = re.compile(r"[.,]\d")
Candidate = tuple[int, int, int, int, float]  # begin, end, sentence begin, sentence end, start


def features(text: str, begin: int, end: int, b: int, e: int, verdict: str | None) -> list[str]:
    """Context features of the timecode text[begin:end] in the sentence [b, e)."""
    tc = text[begin:end]
    before = [w.lower() for w in _WORD.findall(text[max(b, begin - 60):begin])][-5:]
    after = [w.lower() for w in _WORD.findall(text[end:min(e, end + 60)])][:5]
    f = [f"b{i}={w}" for i, w in enumerate(reversed(before[-3:]), 1)]
    f += [f"a{i}={w}" for i, w in enumerate(after[:3], 1)]
    f += [f"bw={w}" for w in before] + [f"aw={w}" for w in after]
    m = TIMECODE.search(tc)
    digits = m.group(0) if m else tc
    colons = digits.count(":")
    first = digits.split(":")[0]
    hour_like = colons == 1 and first.isdigit() and 7 <= int(first) <= 23
    f += [f"colons={colons}", f"first_len={len(first)}", f"zero_lead={first.startswith('0')}",
          f"frac={bool(_FRACTION.search(digits))}", f"hour_like={hour_like}",
          f"over_clock={first.isdigit() and int(first) >= 24}"]
    line_start = text.rfind("\n", 0, begin) + 1
    f += [f"bracketed={0 < begin and end < len(text) and text[begin - 1] + text[end] in ('[]', '()')}",
          f"line_start={not text[line_start:begin].strip(' -*•>|#')}", f"sentence_start={not text[b:begin].strip()}",
          f"media_in_sentence={bool(_MEDIA.search(text, b, e))}",
          f"media_before_in_text={bool(_MEDIA.search(text, max(0, b - 400), b))}",
          f"past_before={bool(_PAST.search(text, max(b, begin - 60), begin))}",
          f"past_after={bool(_PAST.search(text, end, min(e, end + 60)))}",
          f"present_after={bool(_PRESENT.search(text, end, min(e, end + 40)))}",
          "bias"]
    if verdict is not None:
        f.append(f"rule={verdict or 'position'}")
    return f


def _candidates(text: str) -> Iterator[Candidate]:
    """Every timecode candidate the finders produce, as the extractor chooses them, with its start."""
    fps = extractor._frame_rate(text)
    for b, e in split(text):
        for c in extractor._choose(extractor._candidates(text, b, e, fps), text, b, e, []):
            if c.timecode and c.kind in ("point", "range"):
                yield c.begin, c.end, b, e, c.start


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
def _decided_by(model: Model, veto: bool = False) -> Iterator[None]:
    """Run the extractor with the model in place of clock_exclusion (or overruling it when confident)."""
    original = extractor.clock_exclusion

    def decide(text: str, begin: int, end: int, b: int, e: int, footage_context: bool = False) -> str:
        logit = model.logit(text, begin, end, b, e)
        if veto and abs(logit) < VETO_LOGIT:
            return original(text, begin, end, b, e, footage_context)
        return "" if logit > 0 else "model: world"

    extractor.clock_exclusion = decide  # type: ignore[assignment]
    try:
        yield
    finally:
        extractor.clock_exclusion = original  # type: ignore[assignment]


def _scored(cases: list[dict], model: Model | None, veto: bool = False) -> Score:
    extract: Callable[[str, float | None], list[Moment]] = extractor.extract_moments
    if model is None:
        return score(cases, extract)
    with _decided_by(model, veto):
        return score(cases, extract)


def main() -> int:
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
                 _scored(test, alone, veto=True)]
        print(f"{held:<16}" + "".join(f"{f'F1 {s.f1:.3f} (P {s.precision:.3f} R {s.recall:.3f})':>26}" for s in cells))
    print(f"model size: {alone.size()} non-zero weights of {len(alone.index)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
