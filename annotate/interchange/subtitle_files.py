"""What the SRT, WebVTT and ASS interchange modules share: they are
annotate.subtitles both ways, so import reads a file by the same reader as
``annotate subtitles --check`` and ``annotate timeline --from-srt``."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple

from annotate import subtitles
from annotate.escape import line_text
from annotate.interchange.common import notify
from annotate.model import Moment, Timeline
from annotate.subtitles.cues import CUE_TAG, Cue
from annotate.subtitles.problems import Collector
from annotate.timecode import millis

# The moment fields a subtitle import takes from the file (the others stay the timeline's).
CARRIES = ("caption",)


def dumps(name: str, timeline: Timeline, **opts: Any) -> str:
    return subtitles.dumps(timeline, name, export=True, **opts)


def loads(name: str, text: str, *, origin: str | None = None, strict: bool = False) -> Timeline:
    """A timeline from subtitle text already decoded (one moment per cue)."""
    found = Collector(origin or "<input>")
    subtitles.at_most_moments(text, name, found.path)
    cues = subtitles.FORMATS[name].loads(text, found)
    subtitles.tell(found.problems + subtitles.moment_problems(cues, found.path), strict=strict)
    return subtitles.timeline_of(cues, origin=origin)


def read(name: str, path: str | os.PathLike[str], *, strict: bool = False,
         encoding: str | None = None) -> Timeline:
    """A timeline from a subtitle file, its bytes decoded as the subtitle
    reader does (any UTF BOM, a reported guess for legacy encodings). Like
    every import it carries only moments: title and sources stay the YAML's."""
    timeline = subtitles.read_timeline(path, format=name, encoding=encoding, strict=strict)
    return replace(timeline, title="", sources=())


def as_written(timeline: Timeline, existing: Timeline, tolerance: float, origin: str) -> Timeline:
    """A subtitle file that carries no ids (SRT) imported into ``existing``:
    the cues our writer made of one of its moments (one, or a caption split
    over several), each still at its own start and end, become that moment
    as it was (its times, so a range the cues show shorter is not "moved"),
    with the text the file gives; a split caption moved whole (every cue by
    one shift, in its words) is that moment at its new time (import then
    says it changed); one whose cues were retimed apart stays the cues it
    now is, and one warning names them. Matched by where
    the writer puts the cues (the id then comes by time and caption, as for
    any moment of such a file), not by guessing from gaps or punctuation: a
    file from elsewhere (or imported on its own) keeps every cue, as pysrt,
    srt and pysubs2 read it and subtitle editors show it."""
    if len(existing.videos) > 1 or not timeline.moments:
        return timeline
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the export said what did not fit
        written = subtitles.layout(existing.placed())
    by_moment: dict[str, list[Cue]] = {}
    for cue in written:
        by_moment.setdefault(cue.moment_id, []).append(cue)
    before = {m.id: m for m in existing.moments}
    starting: dict[int, list[tuple[Moment, list[Cue]]]] = {}
    worded: dict[str, list[tuple[Moment, list[Cue]]]] = {}  # split captions by their first cue's words
    for moment_id, parts in by_moment.items():
        starting.setdefault(millis(parts[0].start), []).append((before[moment_id], parts))
        if len(parts) > 1:
            worded.setdefault(line_text(parts[0].text), []).append((before[moment_id], parts))
    read = list(timeline.moments)
    out: list[Moment] = []
    i = 0
    while i < len(read):
        read_cue = CUE_TAG in read[i].tags
        there = starting.get(millis(read[i].effective_start), []) if read_cue else []
        match = next(((old, parts) for old, parts in there if _as_written(read[i:i + len(parts)], parts, tolerance)),
                     None)
        moved = worded.get(line_text(read[i].caption), []) if read_cue and match is None else []
        shifted = next(((old, parts) for old, parts in moved if _shifted(read[i:i + len(parts)], parts, tolerance)),
                       None)
        if (found := match or shifted) is not None:
            old, parts = found
            cues = read[i:i + len(parts)]
            by = cues[0].effective_start - parts[0].start if match is None else 0.0  # (a split caption moved whole)
            end = None if old.effective_end is None else old.effective_end + by
            out.append(replace(cues[0], start=old.effective_start + by, end=end, caption=" ".join(
                " ".join(m.caption.split("\n")) for m in cues)))
            i += len(parts)
            continue
        split = next(((old, parts) for old, parts in [*there, *moved] if len(parts) > 1), None)
        if split is not None:
            numbers = [str(n) for n in range(i + 1, min(i + len(split[1]), len(read)) + 1)]
            named = f"cues {', '.join(numbers[:-1])} and {numbers[-1]}" if len(numbers) > 1 else f"cue {numbers[0]}"
            notify(f"{origin}: {named} were written from the caption of moment {split[0].id}, split over "
                   f"{len(split[1])} cues; they are not where annotate writes them (retimed, or written with other "
                   "options), so each is imported as a moment of its own")
        out.append(read[i])
        i += 1
    return timeline.with_moments(tuple(out))


def _shifted(moments: list[Moment], cues: list[Cue], tolerance: float) -> bool:
    """Whether moments read from cues are ``cues``, in the same words, all moved by one shift (within
    ``tolerance``): a split caption retimed whole in a subtitle editor, still one caption."""
    if len(moments) != len(cues) or not all(CUE_TAG in m.tags and m.end is not None for m in moments):
        return False
    by = moments[0].effective_start - cues[0].start
    return all(line_text(m.caption) == line_text(c.text) and abs(m.effective_start - c.start - by) <= tolerance
               and abs(m.end - c.end - by) <= tolerance for m, c in zip(moments, cues))  # type: ignore[operator]


def _as_written(moments: list[Moment], cues: list[Cue], tolerance: float) -> bool:
    """Whether moments read from cues are shown where ``cues`` were written."""
    return len(moments) == len(cues) and all(
        CUE_TAG in m.tags and m.end is not None and abs(m.effective_start - c.start) <= tolerance
        and abs(m.end - c.end) <= tolerance for m, c in zip(moments, cues))


class SubtitleFormat(NamedTuple):
    """The three functions a format module of annotate.interchange exposes."""

    dumps: Callable[..., str]
    loads: Callable[..., Timeline]
    read: Callable[..., Timeline]


def subtitle_format(name: str) -> SubtitleFormat:
    """``dumps``, ``loads`` and ``read`` for the subtitle format ``name``, so
    that each format module is its extensions and one line."""
    def dumps_(timeline: Timeline, **opts: Any) -> str:
        return dumps(name, timeline, **opts)

    def loads_(text: str, *, origin: str | None = None, strict: bool = False) -> Timeline:
        return loads(name, text, origin=origin, strict=strict)

    def read_(path: str | os.PathLike[str], *, strict: bool = False, encoding: str | None = None) -> Timeline:
        return read(name, path, strict=strict, encoding=encoding)

    return SubtitleFormat(dumps_, loads_, read_)
