"""The one door to OpenTimelineIO's adapters: whatever an adapter raises on a
bad file (its own errors, XML errors, or Python errors from inside it) leaves
here as one InputError naming the file and, when the adapter says, the line.

Adapters raise internal errors for some malformed files (the CMX reader's
``'ClipHandler' object has no attribute 'transaction_id'``); their text means
nothing to a user, so only their kind is named.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree.ElementTree import ParseError

import opentimelineio as otio

from annotate.errors import AnnotateError, InputError
from annotate.exports.common import where

# Errors that are bugs or assumptions inside an adapter, not a report about the file.
_INTERNAL = (AttributeError, TypeError, KeyError, IndexError, ZeroDivisionError, AssertionError,
             UnboundLocalError, RecursionError)
_NEAR_LINE = re.compile(r"\s*\(?\bnear line (\d+)\)?", re.IGNORECASE)
MAX_MESSAGE_CHARS = 200


def _line_of(exc: BaseException) -> int | None:
    if isinstance(exc, ParseError) and getattr(exc, "position", None):
        return int(exc.position[0])
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    found = _NEAR_LINE.search(str(exc))
    return int(found.group(1)) if found else None


def _reason(exc: BaseException, adapter: str) -> str:
    if isinstance(exc, _INTERNAL):
        return f"OpenTimelineIO's {adapter} reader failed on it ({type(exc).__name__} inside the adapter)"
    text = _NEAR_LINE.sub("", str(exc).strip()).strip(" :") or type(exc).__name__
    return " ".join(text.split())[:MAX_MESSAGE_CHARS]


def read_string(text: str, adapter: str, *, origin: str | None, kind: str, **options: Any) -> Any:
    """``otio.adapters.read_from_string`` with every failure as one line:
    ``reel.edl: not a CMX 3600 EDL: ...`` or ``cut.xml, line 12: not ...``."""
    try:
        return otio.adapters.read_from_string(text, adapter, **options)
    except AnnotateError:
        raise
    except Exception as exc:  # an adapter may raise anything on a bad file
        raise InputError(f"not {kind}: {_reason(exc, adapter)}", subject=where(origin, _line_of(exc))) \
            from None


def write_string(timeline: otio.schema.Timeline, adapter: str, *, kind: str, **options: Any) -> str:
    """``otio.adapters.write_to_string``; an adapter's failure becomes one line."""
    try:
        return str(otio.adapters.write_to_string(timeline, adapter, **options))
    except Exception as exc:  # same as reading: adapters raise anything
        raise InputError(f"cannot write {kind}: {_reason(exc, adapter)}", subject=adapter) from None


def one_timeline(found: Any, *, origin: str | None, what: str) -> otio.schema.Timeline:
    """The timeline a file holds: itself, or the first one inside a collection
    (FCP XML and FCPX libraries wrap sequences and projects in bins)."""
    if isinstance(found, otio.schema.Timeline):
        return found
    inner = next(iter(found.find_children(descended_from_type=otio.schema.Timeline)), None) \
        if hasattr(found, "find_children") else None
    if inner is None:
        raise InputError(f"holds no {what}", subject=origin)
    return inner
