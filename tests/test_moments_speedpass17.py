"""Issue 16's speed pass sp17 (docs/extraction.md, Speed): a timecode's verdict is worked out when first read, so a
candidate a longer phrase wins ("Between 12:34 and 71:34": the range, not its two ends) is not judged unless a
clock that claims its span reads it; the answers are those of judging every candidate at once."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from annotate import extract_moments
from annotate.moments import extract, extract_references
from annotate.moments.forms import Candidate


def _judged(monkeypatch) -> list[str]:
    """The phrases ``clock_verdict`` is asked about, as extraction asks."""
    asked: list[str] = []
    original = extract.clock_verdict

    def counted(text: str, begin: int, end: int, *args, **kwargs) -> str:
        asked.append(text[begin:end])
        return original(text, begin, end, *args, **kwargs)

    monkeypatch.setattr(extract, "clock_verdict", counted)
    return asked


def test_the_ends_a_range_wins_are_not_judged(monkeypatch):
    # (main judged "12:34" and "71:34" as well as the range, and threw both verdicts away)
    asked = _judged(monkeypatch)
    text = "Between 12:34 and 71:34, the guard walks back toward the gate."
    assert [(m.start, m.end) for m in extract_moments(text)] == [(754.0, 4294.0)]
    assert asked == ["Between 12:34 and 71:34"]


def test_an_end_whose_verdict_a_clock_after_it_reads_is_judged(monkeypatch):
    # the range's end is listed with the clock after it: its verdict is read, as it always was
    asked = _judged(monkeypatch)
    text = "The camera's clock reads 03:51:22 and 03:52:10 as the truck arrives."
    found = extract_references(text)
    assert [m.start for m in found.moments] == []
    assert [m.clock for m in found.clock_times] == ["03:51:22", "03:52:10"]
    assert asked == ["03:51:22", "03:52:10"]


def _judge_at_once(monkeypatch) -> None:
    """Every verdict worked out when it is given, as extraction did before the pass (the reference)."""
    def at_once(self: Candidate, verdict: Callable[[], str]) -> None:
        self.excluded = verdict()

    monkeypatch.setattr(Candidate, "defer", at_once)


_PARTS = [
    "Between 12:34 and 71:34, the guard walks back toward the gate.", "At 0:45 the officer raises his hand.",
    "The rally began at 14:05 and ended before noon.", "The camera's clock reads 03:51:22 when the truck arrives,",
    "and 03:52:10 when it leaves.", "He scored at 4:12, 11:37 and 18:50 of the third.", "The swim took 41:20 and",
    "the bike 2:31:05.", "(41:12 vs 44:18)", "The runtime 1:34:12 becomes roughly 1:30:20.", "From 9:15 to 10:45",
    "that day the gates stayed shut.", "Watch from 2:10 to 2:50 in the video.", "then at 0:30 and 1:10",
    "Doors: 19:00, Film: 19:30.", "The clip runs 4:33 and the closer 7:12.", "\n\n", "(start 7:45, gates close 12:00)",
    "from 23:58:10 to 00:02:30 by the camera clock", "checked against the master at 3:30, 7:19 and 13:02.",
    "Ten seconds later, a second volley follows.", "The home side won 3:2 after extra time.",
]


def _everything(text: str) -> tuple:
    found = extract_references(text)
    return found.moments, found.clock_times, extract_moments(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=10).map(" ".join))
def test_verdicts_read_late_give_the_answers_of_verdicts_read_at_once(text):
    late = _everything(text)
    with __import__("pytest").MonkeyPatch.context() as monkeypatch:
        _judge_at_once(monkeypatch)
        assert _everything(text) == late


def _longest_first_sorted(cands: list[Candidate]) -> list[Candidate]:
    """``extract._longest_first`` as it was before the pass: every candidate sorted, its verdict read (the
    reference)."""
    taken: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.length, c.excluded != "", c.kind != "range", c.begin)):
        if not any(t.begin < c.end and c.begin < t.end for t in taken):
            taken.append(c)
    return taken


_CANDIDATE = st.builds(
    lambda begin, length, kind, excluded: Candidate(kind, begin, begin + length, excluded=excluded),
    st.integers(0, 30), st.integers(0, 12), st.sampled_from(["point", "range", "relative"]),
    st.sampled_from(["", "", "time of day"]))


@settings(max_examples=500, deadline=None)
@given(st.lists(_CANDIDATE, max_size=8))
def test_the_longest_candidates_are_taken_as_before(cands):
    assert _longest_first_sorted(cands) == extract._longest_first(cands)
    assert [id(c) for c in _longest_first_sorted(cands)] == [id(c) for c in extract._longest_first(cands)]
