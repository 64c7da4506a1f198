"""JSON (``.json``): the whole timeline for programs, every key always
present, times in seconds. This docstring is the schema (also in
docs/json-schema.md)::

    {
      "format": "annotate-timeline",      // constant, identifies the file
      "schema_version": 1,                // integer; bumped on incompatible change
      "title": "string",
      "footage": null | {"id": string,   // the one video; null with several
                         "path", "url", "sha256": string|null,
                         "duration", "fps": number|null,      // seconds, frames/s
                         "width", "height": integer|null,     // as stored
                         "rotation": integer|null,            // degrees a player turns it (90: portrait phone)
                         "has_audio": bool|null,
                         "audio_channels": integer|null,      // of its sound, 1 for mono
                         "timecode": string|null,             // its first frame's, "01:00:00:00"; "": none
                         "retrieved": string|null},           // ISO 8601
      "videos": [],                       // several videos: each as "footage" is (schema_version 2)
      "edit_rate": null | 25.0,           // frames/s of the editor file the moments came from
      "record_timecode": null | "01:00:00:00",  // the record timecode that editor file starts at
      "sources": [{"article", "url", "publisher", "excerpt", "credit": string|null}],
                                          // excerpt: the article's sentence the moments came from
      "moments": [{
        "id": "m1",                       // unique within the file
        "start": 147.0,                   // seconds, as the article states it
        "end": null | 152.5,              // seconds; null for a point in time
        "approximate": false,             // the article hedged ("about 2:27")
        "caption": "string", "quote": "string",    // caption; the article's time words
        "sentence": "string", "notes": "string", "tags": ["string"],
        "window": null | [low, high],     // seconds alignment may search
        "highlight": null | [x, y, w, h], // fractions of the frame
        "color": "string",                // marker colour from an editor file (RED, BLUE...), or ""
        "span": null | [first, last],     // character offsets in the article
        "clock": "string",                // a clock time ("15:14:40", "2017-11-13T15:14 UTC") or ""
        "said": "string",                 // words said in the footage, as quoted (no quotation marks), or ""
        "footage": "string",              // the id of its video when there are several, else ""
        "alternatives": [{"footage": "id", "start": seconds}],   // its instant on the other videos
        "alignment": null | {"start": seconds,
                             "kind": "cut|dissolve|fade|motion|audio|clock|subtitle|speech|none|manual",
                             "score": 0..1, "note": "string", "offset": seconds},
        "effective_start": 147.4,         // derived: alignment.start if aligned, else start
        "effective_end": null | 152.9     // derived: end moved by the same shift
      }]
    }

On import the derived ``effective_*`` keys are ignored, missing keys take
their defaults, a text field given as a number keeps the characters
written (``2.50`` is the caption "2.50"), times may also be clock text
(``"2:27.5"``), and files
written before the rename (a moment's ``stated``, a source's ``quote``) load
unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from annotate.errors import InputError
from annotate.escape import json_text
from annotate.interchange.common import json_depth, where
from annotate.model import Moment, Timeline
from annotate.timeline import from_data
from annotate.timeline.schema import TEXT_FIELDS, VIDEOS_VERSION
from annotate.validate import MAX_DEPTH

EXTENSIONS = (".json",)
# The moment fields an import takes from the file (the others stay the timeline's: interchange.import_into).
CARRIES = tuple(Moment.__dataclass_fields__)
FORMAT_NAME = "annotate-timeline"
DERIVED = ("effective_start", "effective_end")


def _moment(m: Moment) -> dict[str, Any]:
    a = m.alignment
    return {
        "id": m.id, "start": m.start, "end": m.end, "approximate": m.approximate,
        "caption": m.caption, "quote": m.quote, "sentence": m.sentence, "notes": m.notes,
        "tags": list(m.tags),
        "window": list(m.window) if m.window else None,
        "highlight": list(m.highlight) if m.highlight else None,
        "color": m.color,
        "span": list(m.span) if m.span else None,
        "clock": m.clock,
        "said": m.said,
        "footage": m.footage,
        "alternatives": [{"footage": x.footage, "start": x.start} for x in m.alternatives],
        "alignment": {"start": a.start, "kind": a.kind, "score": a.score, "note": a.note, "offset": a.offset}
        if a else None,
        "effective_start": m.effective_start, "effective_end": m.effective_end,
    }


def to_data(timeline: Timeline) -> dict[str, Any]:
    """The timeline as plain JSON data in the documented schema."""
    several = len(timeline.videos) > 1
    return {
        "format": FORMAT_NAME,
        "schema_version": VIDEOS_VERSION if several else timeline.schema_version,
        "title": timeline.title,
        "footage": dict(vars(timeline.footage)) if len(timeline.videos) == 1 else None,
        "videos": [dict(vars(f)) for f in timeline.videos] if several else [],
        "edit_rate": timeline.edit_rate,
        "record_timecode": timeline.record_timecode,
        "sources": [dict(vars(s)) for s in timeline.sources],
        "moments": [_moment(m) for m in timeline.moments],
    }


def dumps(timeline: Timeline, **opts: Any) -> str:
    return json_text(to_data(timeline), indent=2) + "\n"


class _Number(float):
    """A JSON number that remembers its literal (``2.50``, ``1e3``, ``NaN``),
    so a text field given as a number keeps the characters written, as a
    YAML timeline's does (annotate.timeline.document._as_written)."""

    literal: str


def _number(literal: str) -> _Number:
    """``json``'s parse_float/parse_constant: the number, its literal kept."""
    n = _Number(literal)
    n.literal = literal
    return n


def _as_text(value: Any) -> Any:
    """A text field's value (or a list's items: tags) as written, if a number."""
    if isinstance(value, list):
        return [_as_text(v) for v in value]
    return value.literal if isinstance(value, _Number) else value


def _as_number(value: Any) -> Any:
    """Any other field's value (or a list's items: window, span) a plain float."""
    if isinstance(value, list):
        return [_as_number(v) for v in value]
    return float(value) if isinstance(value, _Number) else value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object's members, a text field's number as written (TEXT_FIELDS, as
    for YAML timelines); a key given twice is an error (``json`` would keep
    the last silently)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise InputError(f"repeats the key {key!r} in one object: each key may appear once")
        found[key] = _as_text(value) if key in TEXT_FIELDS else _as_number(value)
    return found


def loads(text: str, *, origin: str | None = None) -> Timeline:
    if json_depth(text, MAX_DEPTH) > MAX_DEPTH:
        raise InputError(f"is nested more than {MAX_DEPTH} levels deep", subject=origin)
    try:
        data = _as_number(json.loads(text, object_pairs_hook=_unique_keys, parse_float=_number,
                                     parse_constant=_number))
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno})",
                         subject=where(origin, exc.lineno)) from None
    except InputError as exc:  # a repeated key
        raise InputError(exc.message, subject=origin) from None
    except ValueError as exc:  # e.g. a number of more than 4300 digits
        raise InputError(f"holds a value that cannot be read: {str(exc).split(';')[0]}", subject=origin) from None
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object, got {type(data).__name__}", subject=origin)
    fmt = data.pop("format", FORMAT_NAME)
    if fmt != FORMAT_NAME:
        raise InputError(f"'format' is {fmt!r}, expected {FORMAT_NAME!r}", subject=origin)
    if isinstance(data.get("moments"), list):
        data["moments"] = [{k: v for k, v in m.items() if k not in DERIVED} if isinstance(m, dict) else m
                           for m in data["moments"]]
    if isinstance(data.get("sources"), list):
        data["sources"] = [{k: v for k, v in s.items() if v is not None} if isinstance(s, dict) else s
                           for s in data["sources"]]
    if data.get("videos") == []:
        del data["videos"]  # one video (or none): "footage" says it
    videos = data.get("videos")
    for item in [data.get("footage"), *(videos if isinstance(videos, list) else [])]:
        if isinstance(item, dict):
            for key in [k for k, v in item.items() if v is None]:
                del item[key]
    return from_data(data, origin=origin)
