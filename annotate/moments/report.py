"""Moments as the ``annotate extract`` output: a JSON list or a readable table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from annotate.clocktext import parse_clock
from annotate.escape import json_text, line_text
from annotate.model import Moment
from annotate.timecode import format_clock

if TYPE_CHECKING:
    from annotate.moments.references import References


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
    return json_text([as_dict(m) for m in moments], indent=2)


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


def said_as_dict(moment: Moment) -> dict[str, object]:
    """A quote as ``annotate extract --all --json`` lists it: the words said, the
    position stated with them (``start``, ``quote``, ``span`` of the time) or
    None (``quote``, ``span`` of the quoted words), sentence and caption."""
    return {"said": moment.said, "start": moment.start, "quote": moment.quote,
            "span": list(moment.span) if moment.span else None, "sentence": moment.sentence,
            "caption": moment.caption}


def references_to_json(references: References) -> str:
    """The three lists: ``moments`` exactly as :func:`to_json`, ``clock_times``, and
    ``said``: every quote, those stated with a position first (their moment's ``start``),
    then those with none (``start`` null)."""
    quoted = [m for m in references.moments if m.said] + list(references.said)
    return json_text({"moments": [as_dict(m) for m in references.moments],
                      "clock_times": [clock_as_dict(m) for m in references.clock_times],
                      "said": [said_as_dict(m) for m in quoted]}, indent=2)


def said_table(references: References) -> str:
    """One line per quote: the position stated with it (``-`` for none), the words said, the caption."""
    quoted = [m for m in references.moments if m.said] + list(references.said)
    if not quoted:
        return "no quoted speech found"
    return _table("at", [("-" if m.start is None else _clock(m.start), f"“{m.said}”", m.caption)
                              for m in quoted])


def clocks_table(clock_times: Sequence[Moment]) -> str:
    """One line per clock time: the reading (``≈`` for a minute or a hedge), caption, quote."""
    if not clock_times:
        return "no clock times found"
    return _table("clock", [(("≈" if m.approximate else " ") + m.clock, m.caption, m.quote) for m in clock_times])


def _table(head: str, rows: list[tuple[str, str, str]]) -> str:
    # Captions and quotes are the article's words, shown on a terminal: one line each, no control characters.
    rows = [(w, line_text(c), line_text(q)) for w, c, q in rows]
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
