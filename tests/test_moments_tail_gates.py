"""The tail gates (``_Clock.may_end_with``) in front of the rules' patterns anchored at the end of the words before
a time never skip a match: checked on the words before every time in every case set and on generated matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.moments.exclusions import (
    citations,
    durations,
    rules,
    screen_clocks,
    sport,
    stamps,
    stated_lengths,
    world_times,
)
from annotate.moments.exclusions.context import _Clock
from annotate.moments.patterns import TIMECODE
from tests.moments_scoring import load_cases

DATA = Path(__file__).parent / "data"

# Each: a pattern, the last words every match of it ends with, the marks and whether a digit may stand after them.
GATED_TAILS: list[tuple[re.Pattern[str], tuple[str, ...], str, bool]] = [
    (durations._CHANGED_BEFORE, durations._CHANGED_TAILS, "", False),
    (durations._GAME_TIMER_BEFORE, durations._GAME_TIMER_TAILS, durations._MARKDOWN_MARKS, False),
    (durations._GAME_TIMER_BARE_BEFORE, durations._GAME_TIMER_BARE_TAILS, durations._MARKDOWN_MARKS, False),
    (durations._MISSION_CLOCK_BEFORE, durations.MISSION_CLOCK_TAILS, "", False),
    (durations._TASK_TIME_BEFORE, durations._TASK_TIME_TAILS, "", False),
    (durations._RACER_TIME_BEFORE, durations._RACER_TIME_TAILS, "", False),
    (rules._AGAINST_BEFORE, rules._AGAINST_TAILS, "", False),
    (rules._GUESS_BEFORE, rules._GUESS_TAILS, "", False),
    (sport._MARGIN_NOUN_BEFORE, sport._MARGIN_NOUN_TAILS, "", False),
    (sport._EXTREME_OF_TIMES_BEFORE, sport._EXTREME_OF_TIMES_TAILS, "", False),
    (sport._PERIOD_LABEL_BEFORE, sport._PERIOD_LABEL_TAILS, "", True),
    (stamps._NUMERIC_DATE_BEFORE, stamps._NUMERIC_DATE_TAILS, "", True),
    (citations._PAGE_LINE_PEER_BEFORE, citations._PAGE_LINE_PEER_TAILS, "", False),
    (screen_clocks._IT_READS_BEFORE, screen_clocks._IT_READS_TAILS, "", False),
    (screen_clocks._THING_NAMED_BEFORE, screen_clocks._THING_NAMED_TAILS, "", False),
    (world_times._ROUTINE_BEFORE, world_times._ROUTINE_TAILS, "", False),
    (world_times._OWN_SLOT_BEFORE, world_times._OWN_SLOT_TAILS, "", False),
]
_IDS = [p.pattern[:30] for p, *_ in GATED_TAILS]


def _clock_after(before: str) -> _Clock:
    """A clock standing right after ``before`` (its ``before`` is the last 80 characters)."""
    n = len(before)
    return _Clock(before, n, n, 0, n, n, False)


def _passes(before: str, tails: tuple[str, ...], marks: str, digit: bool) -> bool:
    return _clock_after(before).may_end_with(tails, marks, digit)


def _befores() -> list[str]:
    texts = [case["text"] for path in sorted(DATA.glob("moments*.jsonl")) for case in load_cases(path)]
    return [text[max(0, m.start() - 80):m.start()] for text in texts for m in TIMECODE.finditer(text)]


@pytest.fixture(scope="module")
def befores() -> list[str]:
    return _befores()


@pytest.mark.parametrize(("pattern", "tails", "marks", "digit"), GATED_TAILS, ids=_IDS)
def test_every_match_before_a_time_in_the_case_sets_passes_its_tail_gate(pattern, tails, marks, digit, befores):
    assert all(_passes(b, tails, marks, digit) for b in befores if pattern.search(b))


@pytest.mark.parametrize(("pattern", "tails", "marks", "digit"), GATED_TAILS, ids=_IDS)
def test_every_generated_match_passes_its_tail_gate(pattern, tails, marks, digit):
    @settings(max_examples=200, deadline=None)
    @given(st.from_regex(pattern), st.sampled_from(["", " ", "x ", "ſ", "İ"]))
    def check(text: str, lead: str) -> None:
        before = (lead + text)[-80:]
        if pattern.search(before):
            assert _passes(before, tails, marks, digit), before

    check()


@pytest.mark.parametrize("before", ["the cooldown ıs ", "Warden's cooldown İs ", "response times fell from\n"])
def test_a_turkish_i_or_a_last_newline_never_closes_a_gate(before):
    assert _passes(before, durations._GAME_TIMER_TAILS, durations._MARKDOWN_MARKS, False) \
        or not durations._GAME_TIMER_BEFORE.search(before)
    assert _passes(before, durations._CHANGED_TAILS, "", False) or not durations._CHANGED_BEFORE.search(before)
    assert _passes("the cooldown İs ", ("is",), "", False)


@settings(max_examples=300, deadline=None)
@given(st.from_regex(stated_lengths._JUDGED_LENGTH_BEFORE), st.sampled_from(["", " ", "x ", "İ"]))
def test_every_generated_judged_length_passes_its_gate(text: str, lead: str) -> None:
    before = (lead + text)[-80:]
    if stated_lengths._JUDGED_LENGTH_BEFORE.search(before, max(0, len(before) - 40)):
        words = _clock_after(before).folded_before.rsplit(None, 1)
        assert len(words) == 2 and words[0].endswith(("a", "an")), before


def test_every_judged_length_in_the_case_sets_passes_its_gate(befores):
    for before in befores:
        if stated_lengths._JUDGED_LENGTH_BEFORE.search(before, max(0, len(before) - 40)):
            words = _clock_after(before).folded_before.rsplit(None, 1)
            assert len(words) == 2 and words[0].endswith(("a", "an")), before


@pytest.mark.parametrize("pattern", [stated_lengths._QUOTED_TITLE_PAREN, stated_lengths._QUOTED_TITLE_BEFORE,
                                     stated_lengths._TITLE_OPENS_QUOTE_BEFORE])
def test_every_quoted_title_match_ends_with_its_bracket(pattern):
    @settings(max_examples=200, deadline=None)
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        if pattern.search(text):
            assert text.endswith(("(", "(\n")), text

    check()
