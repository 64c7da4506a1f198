"""Moments as the ``annotate extract`` output: a JSON list or a readable table."""

from __future__ import annotations

import json
from collections.abc import Sequence

from annotate.model import Moment
from annotate.timecode import format_clock


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


def _clock(seconds: float) -> str:
    places = 0 if float(seconds).is_integer() else (1 if round(seconds, 1) == round(seconds, 3) else 3)
    return format_clock(seconds, places=places)


def to_table(moments: Sequence[Moment]) -> str:
    """One line per moment: time (``≈`` when approximate), range end, caption."""
    if not moments:
        return "no moments found"
    rows = []
    for m in moments:
        when = ("≈" if m.approximate else " ") + _clock(m.start)
        if m.end is not None:
            when += "–" + _clock(m.end)
        rows.append((when, m.caption, m.quote))
    width = max(len(r[0]) for r in rows)
    lines = [f"{'time'.ljust(width)}  caption", f"{'-' * width}  -------"]
    lines += [f"{w.ljust(width)}  {c}  [{q}]" for w, c, q in rows]
    return "\n".join(lines)
