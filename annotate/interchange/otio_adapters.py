"""The one door to OpenTimelineIO's adapters: whatever an adapter raises on a
bad file (its own errors, XML errors, or Python errors from inside it) leaves
here as one InputError naming the file and, when the adapter says, the line.

Adapters raise internal errors for some malformed files (the CMX reader's
``'ClipHandler' object has no attribute 'transaction_id'``); their text means
nothing to a user, so only their kind is named.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any
from xml.etree.ElementTree import ParseError

import opentimelineio as otio

from annotate.errors import AnnotateError, InputError
from annotate.interchange.common import notify, where

# Errors that are bugs or assumptions inside an adapter, not a report about the file.
_INTERNAL = (AttributeError, TypeError, KeyError, IndexError, ZeroDivisionError, AssertionError,
             UnboundLocalError, RecursionError)
_NEAR_LINE = re.compile(r"\s*\(?\bnear line (\d+)\)?", re.IGNORECASE)
MAX_MESSAGE_CHARS = 200
SHOWN_NAMES = 5


def _line_of(exc: BaseException) -> int | None:
    if isinstance(exc, ParseError) and getattr(exc, "position", None):
        return int(exc.position[0])
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    found = _NEAR_LINE.search(str(exc))
    return int(found.group(1)) if found else None


# The name of a file's first element, after its XML declaration, comments and doctype.
_FIRST_ELEMENT = re.compile(r"<([A-Za-z_][\w:.-]*)")


def _reason(exc: BaseException, who: str) -> str:
    if isinstance(exc, _INTERNAL):
        return f"{who} failed on it ({type(exc).__name__} inside it)"
    text = _NEAR_LINE.sub("", str(exc).strip()).strip(" :") or type(exc).__name__
    return " ".join(text.split())[:MAX_MESSAGE_CHARS]


@contextmanager
def rewritten(what: str, who: str, *, origin: str | None, tripped: str | None = None) -> Iterator[None]:
    """Turn anything ``who`` (OpenTimelineIO or one of its adapters) raises
    inside the block into one InputError: ``<origin>[, line N]: <what>: <reason>``; with ``tripped``, an
    error inside the adapter (a bug or assumption of its own) is ``<origin>: <tripped> (<its complaint>)``."""
    try:
        yield
    except AnnotateError:
        raise
    except Exception as exc:  # an adapter may raise anything on a bad file
        if tripped is not None and isinstance(exc, _INTERNAL):
            complaint = " ".join(f"{type(exc).__name__} inside it: {exc}".split())[:MAX_MESSAGE_CHARS]
            raise InputError(f"{tripped} ({complaint})", subject=origin) from None
        raise InputError(f"{what}: {_reason(exc, who)}", subject=where(origin, _line_of(exc))) from None


def read_string(text: str, adapter: str, *, origin: str | None, kind: str, root: str | None = None,
                **options: Any) -> Any:
    """``otio.adapters.read_from_string`` with every failure as one line:
    ``reel.edl: not a CMX 3600 EDL: ...`` or ``cut.xml, line 12: not ...``. A file whose first element is
    ``root`` (the kind's own, ``fcpxml``) that the adapter trips over is not called "not" that kind: Final Cut
    Pro's own exports with compound clips, roles or images are valid files the adapter cannot read."""
    who = f"OpenTimelineIO's {adapter} adapter"
    first = _FIRST_ELEMENT.search(text) if root else None
    tripped = f"is {kind} that {who} cannot read" if first and first.group(1) == root else None
    with rewritten(f"not {kind}", who, origin=origin, tripped=tripped):
        found = otio.adapters.read_from_string(text, adapter, **options)
    return found


def write_string(timeline: otio.schema.Timeline, adapter: str, *, kind: str, **options: Any) -> str:
    """``otio.adapters.write_to_string``; an adapter's failure becomes one line."""
    with rewritten(f"cannot write {kind}", f"OpenTimelineIO's {adapter} adapter", origin=adapter):
        text = str(otio.adapters.write_to_string(timeline, adapter, **options))
    return text


def timelines_in(found: Any) -> list[otio.schema.Timeline]:
    """The timelines an adapter read: the one it gave, or those inside a collection."""
    if isinstance(found, otio.schema.Timeline):
        return [found]
    return list(found.find_children(descended_from_type=otio.schema.Timeline)) if hasattr(found, "find_children") \
        else []


def one_timeline(found: Any, *, origin: str | None, what: str) -> otio.schema.Timeline:
    """The timeline a file holds: itself, or the first one inside a collection
    (FCP XML and FCPX libraries wrap sequences and projects in bins); the
    others are named in a warning."""
    timelines = timelines_in(found)
    if not timelines:
        raise InputError(f"holds no {what}", subject=origin)
    if len(timelines) > 1:
        others = ", ".join(repr(t.name) for t in timelines[1:SHOWN_NAMES + 1]) + \
            (", ..." if len(timelines) > SHOWN_NAMES + 1 else "")
        notify(f"{origin or '<input>'}: holds {len(timelines)} {what}s; the first, {timelines[0].name!r}, is "
               f"read, not {others}")
    return timelines[0]



def say_unread_markers(in_file: Iterable[str], found: Any, *, origin: str | None, who: str) -> None:
    """Warn of markers the file holds (``in_file``: their names) that the
    adapter did not read into ``found`` (a timeline or a collection of them):
    FCPX markers on a gap, and others an adapter skips without a word."""
    read = Counter(m.name for tl in timelines_in(found) for item in [tl.tracks, *tl.tracks.find_children()]
                   for m in getattr(item, "markers", []))
    unread = list((Counter(in_file) - read).elements())
    if unread:
        names = ", ".join(repr(n) for n in unread[:SHOWN_NAMES]) + (", ..." if len(unread) > SHOWN_NAMES else "")
        notify(f"{origin or '<input>'}: {len(unread)} marker(s) of the file not read ({names}): {who} does not "
               "place them (on a gap, or where it skips them)")
