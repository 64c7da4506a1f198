"""Moments as the ``annotate extract`` output: a JSON list or a readable table."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from annotate.clocktext import parse_clock
from annotate.model import Moment
from annotate.timecode import format_clock

if TYPE_CHECKING:
    from annotate.moments.clocks import References


def as_dict(moment: Moment) -> dict[str, object]:
    """The measured fields of a moment, JSON-ready (tuples become lists)."""
    return {
        "start": moment.start,
        "end": moment.end,
        "approximate": moment.approximate,
        "quote": moment.quote,
        "span": list(moment.span) if moment.span else None,
        "sentence": moment.sentence,
        "caption": moment.caption,
        "window": list(moment.window) if moment.window else None,
    }


def to_json(moments: Sequence[Moment]) -> str:
    return json.dumps([as_dict(m) for m in moments], ensure_ascii=False, indent=2)


def clock_as_dict(moment: Moment) -> dict[str, object]:
    """A clock time as ``annotate extract --all --json`` lists it: the moment's
    text fields, its ``clock`` field and that field read apart."""
    clock = parse_clock(moment.clock)
    return {
        "clock": moment.clock,
        "date": clock.date,
        "time": clock.time_text(),
        "end_time": clock.end_text(),  # a clock range's end, else None
        "zone": clock.zone,
        "precision": clock.precision,
        "approximate": moment.approximate,
        "quote": moment.quote,
        "span": list(moment.span) if moment.span else None,
        "sentence": moment.sentence,
        "caption": moment.caption,
    }


def references_to_json(references: References) -> str:
    """Both lists: ``moments`` exactly as :func:`to_json`, and ``clock_times``."""
    return json.dumps({"moments": [as_dict(m) for m in references.moments],
                       "clock_times": [clock_as_dict(m) for m in references.clock_times]},
                      ensure_ascii=False, indent=2)


def clocks_table(clock_times: Sequence[Moment]) -> str:
    """One line per clock time: the reading (``≈`` for a minute or a hedge), caption, quote."""
    if not clock_times:
        return "no clock times found"
    return _table("clock", [(("≈" if m.approximate else " ") + m.clock, m.caption, m.quote) for m in clock_times])


def _table(head: str, rows: list[tuple[str, str, str]]) -> str:
    width = max(len(r[0]) for r in rows)
    lines = [f"{head.ljust(width)}  caption", f"{'-' * width}  -------"]
    lines += [f"{w.ljust(width)}  {c}  [{q}]" for w, c, q in rows]
    return "\n".join(lines)


def _clock(seconds: float) -> str:
    places = 0 if float(seconds).is_integer() else (1 if round(seconds, 1) == round(seconds, 3) else 3)
    return format_clock(seconds, places=places)


def to_table(moments: Sequence[Moment]) -> str:
    """One line per moment: time (``≈`` when approximate), range end, caption."""
    if not moments:
        return "no moments found"
    rows = []
    for m in moments:
        when = ("≈" if m.approximate else " ") + _clock(m.effective_start)
        if m.end is not None:
            when += "–" + _clock(m.end)
        rows.append((when, m.caption, m.quote))
    return _table("time", rows)
