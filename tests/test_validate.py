"""annotate.validate: the one judge of numbers from users."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.errors import InputError
from annotate.validate import number, number_problem

ANYTHING = st.one_of(st.none(), st.booleans(), st.text(max_size=5), st.lists(st.integers(), max_size=2),
                     st.dictionaries(st.text(max_size=2), st.integers(), max_size=1))


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_a_float_passes_exactly_when_finite(value):
    assert (number_problem(value) is None) == math.isfinite(value)


@given(st.floats(allow_nan=False, allow_infinity=False), st.floats(-1e6, 1e6), st.floats(0, 1e6), st.booleans())
def test_range_is_inclusive_unless_open(value, low, width, low_open):
    high = low + width
    inside = low <= value <= high and not (low_open and value == low)
    assert (number_problem(value, low=low, high=high, low_open=low_open) is None) == inside


@given(ANYTHING)
def test_what_is_not_a_number_is_refused_with_a_short_message(value):
    problem = number_problem(value)
    assert problem is not None and problem.startswith("must be a number") and len(problem) < 100


@given(st.integers(min_value=10**18 + 1, max_value=10**6000) | st.integers(max_value=-(10**18) - 1))
def test_huge_integers_are_refused_without_overflow(value):
    problem = number_problem(value, low=0)
    assert problem is not None and "digits" in problem and len(problem) < 100


def test_whole_refuses_fractions_and_number_names_its_subject():
    assert number_problem(2.5, whole=True) == "must be a whole number, not 2.5"
    assert number_problem(3, whole=True) is None
    assert number(3, subject="crf", low=0, high=51) == 3.0
    with pytest.raises(InputError, match=r"^--fps: must be > 0, not 0$"):
        number(0, subject="--fps", low=0, low_open=True)
