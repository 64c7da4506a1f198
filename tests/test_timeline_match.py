"""``annotate.timeline.match``: which moment of a rebuilt article is which moment of the file it updates."""

from __future__ import annotations

from dataclasses import replace

from annotate.model import Moment
from annotate.timeline.build import from_article
from annotate.timeline.match import match_moments


def _moments(text: str) -> tuple[Moment, ...]:
    return from_article(text).moments


def test_each_moment_keeps_its_id_through_cuts_additions_corrections_and_rewording():
    old = _moments("At 0:05 the truck stops. At 0:12 a man runs out. At 0:18 the gate opens. At 0:30 it ends.")
    new = _moments("At 0:02 a car waits. At 0:05 the truck stops at the gate. At 0:13 a man runs out. "
                   "At 0:30 the clip ends with a cut to black and a logo.")
    matched = match_moments(new, old)
    assert [(m.id, m.start) for m in matched.moments] == [("m5", 2.0), ("m1", 5.0), ("m2", 13.0), ("m4", 30.0)]
    # a clause added around the same time is as good as exact; a corrected time and a rewritten sentence are said
    assert matched.inexact == ("m2 by its sentence (its time 0:12 -> 0:13)",
                               "m4 by its time and words (its sentence reworded)")


def test_a_new_statement_at_a_corrected_time_is_not_the_moment_whose_time_was_corrected():
    old = _moments("At 0:12 a man runs out.")
    new = _moments("At 0:12 a dog barks. At 0:14 a man runs out.")
    matched = match_moments(new, old)
    assert [(m.id, m.start) for m in matched.moments] == [("m2", 12.0), ("m1", 14.0)]


def test_a_moment_written_by_hand_is_matched_by_its_time_and_others_are_not_matched_at_all():
    old = (Moment(start=1.0, id="m1", caption="mine"), Moment(start=4.0, id="keep"))
    matched = match_moments(_moments("At 0:01 the truck stops. At 0:09 a man runs out."), old)
    assert [m.id for m in matched.moments] == ["m1", "m2"]
    assert matched.inexact == ("m1 by its time (a moment written by hand)",)
    article = _moments("At 0:03 a man waves. At 14:32 local time the convoy left.")
    assert [(m.id, m.clock) for m in article] == [("m1", ""), ("c1", "14:32 local time")]
    placed = match_moments(article, (Moment(start=None, clock="14:32 local time", id="c7"),))
    assert [m.id for m in placed.moments] == ["m1", "c7"]
    other = match_moments(article, (Moment(start=None, clock="09:00", id="c7"),))
    assert [m.id for m in other.moments] == ["m1", "c8"]  # (a new clock moment: numbered past the file's c7)


def test_a_hand_made_id_of_thousands_of_digits_is_no_number_new_ids_count_past():
    """``m`` and 5,000 nines as an id crashed every re-run (int() refuses more than 4,300 digits)."""
    huge = "m" + "9" * 5000
    old = (*_moments("At 1:00 a goal. At 2:00 a goal again.")[:1],
           replace(_moments("At 1:00 a goal. At 2:00 a goal again.")[1], id=huge))
    matched = match_moments(_moments("At 0:30 kickoff. At 1:00 a goal. At 2:00 a goal again."), old)
    assert [m.id for m in matched.moments] == ["m2", "m1", huge]
