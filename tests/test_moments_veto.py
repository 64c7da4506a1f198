"""The learned veto over the clock rules (annotate/moments/veto.py): shipped weights, where it overrules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotate import extract_moments
from annotate.model import Moment
from annotate.moments import veto
from annotate.moments.patterns import TIMECODE
from bench.moments_model import WEIGHT_DECIMALS, _flips, shipped_weights

# Training sums over thousands of rows; another BLAS may round the last shipped decimal the other way.
WEIGHT_TOLERANCE = 2 * 10.0 ** -WEIGHT_DECIMALS


def test_shipped_weights_are_what_the_script_trains() -> None:
    shipped = json.loads(veto.WEIGHTS_FILE.read_text(encoding="utf-8"))
    trained = shipped_weights()
    assert len(shipped) > 1000
    # a weight at the rounding edge may be dropped on one side and kept on the other
    features = shipped.keys() | trained.keys()
    assert all(abs(shipped.get(f, 0.0) - trained.get(f, 0.0)) <= WEIGHT_TOLERANCE for f in features)


SURE = veto.VETO_LOGIT  # the least logit that overrules


@pytest.mark.parametrize(
    ("verdict", "z", "phrase", "expected"),
    [
        ("time of day", SURE, "9:15", ""),  # confident footage overrules a world reading
        ("", -SURE, "9:15", veto.VETOED),  # and a confident world overrules a position
        ("time of day", -SURE - 0.5, "9:15", "time of day"),  # agreeing, the rules' reason stands (a listed clock time)
        ("race time", SURE + 0.5, "25:41", ""),
        ("time of day", SURE - 0.1, "9:15", "time of day"),  # not confident: the rules stand
        ("", -SURE + 0.1, "9:15", ""),
        ("", -5.0, "from 9:15 to 9:40", ""),  # a range is the rules' to read
        ("footage length", 5.0, "6:40", "footage length"),  # a length is another question
        ("duration", 5.0, "1:50", "duration"),
        ("docket number", 5.0, "4:22", "docket number"),
    ],
)
def test_overrules_only_confident_single_times_on_footage_against_world(
    verdict: str, z: float, phrase: str, expected: str
) -> None:
    text = f"seen {phrase} here"
    assert veto.overrule(verdict, z, text, 5, 5 + len(phrase)) == expected


@pytest.mark.parametrize(
    ("z", "threshold", "single_only", "expected"),
    [
        (-2.0, 1.5, False, veto.VETOED),  # the bench's wider scope: a range overruled as a whole
        (-2.0, 1.5, True, ""),  # the single-time scope leaves it to the rules
        (-2.0, 2.5, False, ""),  # below the threshold either way
        (2.0, 1.5, False, ""),  # agreeing with the rules
    ],
)
def test_threshold_and_scope_as_the_bench_varies_them(
    z: float, threshold: float, single_only: bool, expected: str
) -> None:
    text = "seen from 9:15 to 9:40 here"
    assert veto.overrule("", z, text, 5, 22, threshold, single_only) == expected


def test_flips_count_the_moments_the_veto_adds_or_drops_by_gold() -> None:
    gold = [{"start": 10.0, "end": None, "approximate": False}, {"start": 30.0, "end": None, "approximate": False}]
    cases = [{"text": "a", "moments": gold}, {"text": "b", "moments": []}]
    before = {"a": [Moment(10.0), Moment(20.0)], "b": [Moment(5.0)]}
    # a: kept 10 (no flip), dropped the wrong 20 (to right), added the right 30 (to right) and a wrong 40
    # (to wrong); b: dropped a wrong 5 (to right)
    after = {"a": [Moment(10.0), Moment(30.0), Moment(40.0)], "b": []}
    assert _flips(cases, before, after) == (3, 1)
    assert _flips(cases, after, before) == (1, 3)  # undoing it: a dropped right 30 is right -> wrong
    assert _flips(cases, before, before) == (0, 0)


def test_the_extractor_applies_the_veto(monkeypatch: pytest.MonkeyPatch) -> None:
    # A race result the rules take for a position; the model is confident it is a time in the world. (Round 5's
    # "The winner's time was 2:05:41" is the rules' own since round 16's race-numbers family, "came home in 2:05:41"
    # since round 24's race results.)
    text = "She reached the line with 2:05:41 on it. The BBC stream shows the final kick at 1:58:20."
    assert [m.start for m in extract_moments(text)] == [7100.0]
    monkeypatch.setattr(veto, "weights", dict)  # no weights: every logit 0, the rules alone
    assert [m.start for m in extract_moments(text)] == [7541.0, 7100.0]


def test_weights_are_small_and_bounded() -> None:
    w = veto.weights()
    # Package data, read once per process: a few hundred kilobytes at most (about 21 bytes a weight).
    assert veto.WEIGHTS_FILE.stat().st_size < 300_000
    assert max(abs(v) for v in w.values()) < 5.0  # L2-regularised: no single word decides alone


def test_skipping_the_footage_nouns_never_changes_a_verdict() -> None:
    # The veto reads a sentence's footage nouns only where they could tip the logit past the threshold:
    # over every time in the case sets, judged either way, the skip agrees with the full logit.
    data = Path(__file__).parent / "data"
    skipped = asked = 0
    for name in ("moments_cases.jsonl", "moments_genres_blind.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            for m in TIMECODE.finditer(text):
                full = veto.logit(text, m.start(), m.end(), 0, len(text))
                for verdict in ("", "time of day"):
                    z = veto._may_overrule(verdict, text, m.start(), m.end(), 0, len(text))
                    if z is None:
                        skipped += 1
                        assert veto.overrule(verdict, full, text, m.start(), m.end()) == verdict
                    else:
                        asked += 1
                        assert z == full
    assert skipped > asked > 0


def test_the_tense_span_bounds_every_tense_score() -> None:
    # The veto skips the tense features where the span of what they can add leaves the logit short of the
    # threshold: every time of a case set scores its tense features inside that span, and the span is the
    # extremes the weights allow (both ends reached by some combination of the three flags).
    lo, hi = veto._tail_span()
    data = Path(__file__).parent / "data"
    scores = set()
    for line in (data / "moments_cases.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for m in TIMECODE.finditer(text):
            scores.add(veto._score(veto._tail_features(text, m.start(), m.end(), 0, len(text))))
    assert scores and all(lo - 1e-12 <= z <= hi + 1e-12 for z in scores)
    w = veto.weights()
    flags = ("past_before", "past_after", "present_after")
    def weight(feature: str) -> float:
        return w.get(feature, 0.0)  # a weight rounded to nothing is not shipped

    assert hi == pytest.approx(weight("bias") + sum(max(weight(f"{f}=True"), weight(f"{f}=False")) for f in flags))
    assert lo == pytest.approx(weight("bias") + sum(min(weight(f"{f}=True"), weight(f"{f}=False")) for f in flags))
