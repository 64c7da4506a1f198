"""What an interrupted ``annotate align`` placed, so that a re-run skips it.

Aligning searches each moment's window, the footage's clock and its sound:
minutes on long footage. So align saves its timeline as it goes (at most
every SAVE_SECONDS, atomically, the same timeline file) and keeps here, in
the cache folder under the timeline file it writes, each placed moment's
result beside what it was placed from: the footage files' digests (and the
copies their times refer to) and the moment's stated fields. A re-run that
finds the same takes the result instead of searching again; a moment edited
since, or other footage, is searched again. A finished run removes the
record, so the next run aligns everything afresh.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Mapping
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from annotate.atomic import write_text
from annotate.cache import cache_dir
from annotate.errors import AnnotateError
from annotate.model import Alignment, Moment, Timeline
from annotate.textio import read_bytes

SAVE_SECONDS = 5.0  # at most this often the timeline is saved while align runs
VERSION = 1
MAX_RECORD_BYTES = 64_000_000  # a moment's entry is a few hundred bytes: far more moments than a timeline holds
# What align sets on a moment; a clock moment's start, end and precision too.
PLACED_FIELDS = ("start", "end", "approximate", "alignment")


class AlignJournal:
    """The record of one align run writing ``target`` from ``timeline``,
    on the files ``inputs`` names (each video's id to its sha256; ``timed_on``
    to the reference's file version)."""

    def __init__(self, timeline: Timeline, target: str | os.PathLike[str], inputs: Mapping[str, str]) -> None:
        self.timeline = timeline
        self.target = Path(target)
        self.inputs = dict(inputs)
        key = hashlib.sha256(os.fsencode(os.path.realpath(target))).hexdigest()
        self.path = cache_dir("align") / f"{key}.json"
        self.known = self._read()
        self.placed: dict[str, Moment] = {}
        self.saved = time.monotonic()

    def _read(self) -> dict[str, dict[str, Any]]:
        """The moments an earlier, interrupted run placed on the same footage."""
        if not self.path.exists():
            return {}
        try:  # (the one safe reader: a FIFO or a huge file planted in the cache is no record, not a hang)
            data = json.loads(read_bytes(self.path, kind="align's resume record", max_bytes=MAX_RECORD_BYTES,
                                         ours=True))
        except (AnnotateError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != VERSION or data.get("inputs") != self.inputs:
            return {}
        moments = data.get("moments")
        return moments if isinstance(moments, dict) else {}

    def resumed(self, moment: Moment) -> Moment | None:
        """``moment`` as the interrupted run placed it, if it did and the
        moment is still what it placed."""
        entry = self.known.get(moment.id)
        if not isinstance(entry, dict) or entry.get("key") != _key(moment):
            return None
        try:
            found = entry["alignment"]
            alignment = None if found is None else Alignment(**found)
            return replace(moment, start=entry["start"], end=entry["end"], approximate=bool(entry["approximate"]),
                           alignment=alignment)
        except (KeyError, TypeError):
            return None

    def record(self, moment: Moment) -> None:
        """``moment`` is placed: saved with the others once SAVE_SECONDS have passed since the last save."""
        self.placed[moment.id] = moment
        if time.monotonic() - self.saved >= SAVE_SECONDS:
            self.save()

    def save(self) -> None:
        """The timeline with every moment placed so far, and this record of them."""
        from annotate.timeline import save

        if not self.placed:
            return
        save(self.timeline.with_moments(tuple(
            replace(m, **{f: getattr(self.placed[m.id], f) for f in PLACED_FIELDS}) if m.id in self.placed else m
            for m in self.timeline.moments)), self.target)
        moments = {i: {"key": _key(m), **{f: getattr(m, f) for f in PLACED_FIELDS[:3]},
                       "alignment": None if m.alignment is None else asdict(m.alignment)}
                   for i, m in self.placed.items()}
        cache_dir("align", create=True)
        write_text(self.path, json.dumps({"version": VERSION, "inputs": self.inputs, "moments": moments}))
        self.saved = time.monotonic()

    def finish(self) -> None:
        """The run is complete: its record goes (the next run aligns afresh)."""
        self.path.unlink(missing_ok=True)


def _key(moment: Moment) -> str:
    """What a moment's placement depends on: its stated fields (a clock
    moment's start and end are align's, not stated), seconds to 0.1 ms (as
    the timeline file gives them back)."""
    stated = None if moment.clock else [_seconds(moment.start), _seconds(moment.end), moment.approximate]
    window = None if moment.window is None else [_seconds(t) for t in moment.window]
    return hashlib.sha256(json.dumps([moment.id, window, moment.clock, moment.said, stated]).encode()).hexdigest()


def _seconds(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)
