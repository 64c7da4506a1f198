"""Build a timeline from an article: the one place that reads article text
into moments; everything downstream reads the timeline."""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from annotate.errors import AttributionWarning, InputError, MediaWarning
from annotate.model import Footage, Moment, Source, Timeline
from annotate.moments import extract_references
from annotate.moments.attribution import attribute
from annotate.textio import ArticleWarning
from annotate.timecode import format_clock_exact
from annotate.timeline.quoted import merge_quoted
from annotate.validate import MAX_MOMENTS

# Credit lines as agencies print them under a picture: "United Nations Command
# via AP", "Footage: ...", "Video courtesy of ...".
_CREDIT = re.compile(
    r"^(?:(?:footage|credit|source)\s*(?:courtesy of|by)?\s*:\s*.+"
    r"|[^.!?]{2,80}\bvia\s+[A-Z][\w&\- ]{1,30}"
    r"|(?:video|footage|images?)?\s*courtesy of\s+[^.!?]{2,80})$",
    re.IGNORECASE,
)
_SAYS_ITSELF = re.compile(r"(?i)^(footage|credit|source|video|images?)\b")
MAX_TITLE_CHARS = 160


# Rubrics some sites put before a headline ("Video: ...", "WATCH: ...").
_RUBRIC = re.compile(r"^(?:video|watch|live|breaking|exclusive)\s*[:|–-]\s*", re.IGNORECASE)


def guess_title(text: str) -> str:
    """The article's first non-empty line when it reads like a headline,
    without a rubric such as "Video:"."""
    for line in text.splitlines():
        line = _RUBRIC.sub("", line.strip())
        if line:
            return line if len(line) <= MAX_TITLE_CHARS and not line.endswith((".", ",")) else ""
    return ""


def guess_credit(text: str) -> str | None:
    """A picture-credit line (``United Nations Command via AP``) as an on-screen
    credit (``Footage: United Nations Command via AP``)."""
    for line in text.splitlines()[:60]:
        line = line.strip()
        if line and len(line) <= 120 and len(line.split()) <= 12 and _CREDIT.match(line):
            return line if _SAYS_ITSELF.match(line) else f"Footage: {line}"
    return None


def number_moments(moments: list[Moment] | tuple[Moment, ...]) -> tuple[Moment, ...]:
    """Give each moment a stable id (``m1``, ``m2``, ... in time order of the text)."""
    return tuple(m if m.id else replace(m, id=f"m{i}") for i, m in enumerate(moments, start=1))


def from_article(
    text: str,
    *,
    article: str | None = None,
    footage: Footage | None = None,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    duration: float | None = None,
    videos: Sequence[Footage] = (),
) -> Timeline:
    """A timeline of every moment ``text`` points at: its footage positions
    (``m1``, ...), then its clock times (``c1``, ...; ``start`` None until
    ``align`` places them through the footage's clock), then its quotes with
    no time (``q1``, ...; ``start`` None until ``align`` finds the words).

    ``footage`` (already probed) supplies the length that relative-to-end and
    fraction forms need; ``duration`` overrides it. With several ``videos``
    (instead of ``footage``), each moment goes to the video the text places it
    in (:mod:`annotate.moments.attribution`; a warning for each it does not),
    and each position is read against its own video's length.
    """
    videos = (footage,) if footage is not None else tuple(videos)
    length = duration if duration is not None else (videos[0].duration if videos else None)
    found = extract_references(text, duration=length)
    # A moment a reply's quote repeats ("> Watch from 2:27 ...") is the moment it quotes: one cue, one clip.
    merged = merge_quoted(text, (*found.moments, *found.clock_times, *found.said),
                          Path(article).name if article and article != "-" else "article")
    if merged.warning:
        warnings.warn(merged.warning, ArticleWarning, stacklevel=2)
    left = {id(m) for m in merged.moments}
    # Clock times and quotes follow the positions, numbered c1, ... and q1, ...: never renumbering a position.
    moments = number_moments([m for m in found.moments if id(m) in left]) + tuple(
        replace(m, id=f"c{i}") for i, m in enumerate((m for m in found.clock_times if id(m) in left), start=1)) + \
        tuple(replace(m, id=f"q{i}") for i, m in enumerate((m for m in found.said if id(m) in left), start=1))
    named = Timeline(videos=videos).videos  # videos with their ids
    attributed = attribute(text, moments, named)
    for message in attributed.warnings:
        warnings.warn(message, AttributionWarning, stacklevel=2)
    moments = attributed.moments if duration is not None else _own_lengths(text, attributed.moments, named, length)
    if len(moments) > MAX_MOMENTS:
        raise InputError(f"points at {len(moments)} moments, more than a timeline holds ({MAX_MOMENTS})",
                         subject=article or "article")
    source = Source(
        article=str(Path(article)) if article and article != "-" else None,
        url=url,
        publisher=publisher,
        excerpt=moments[0].sentence if moments else None,
        credit=guess_credit(text),
    )
    timeline = Timeline(
        moments=moments,
        title=title if title is not None else guess_title(text),
        videos=videos,
        sources=(source,),
    )
    for message in _past_the_end(timeline):
        warnings.warn(message, MediaWarning, stacklevel=2)
    return timeline


def _past_the_end(timeline: Timeline) -> list[str]:
    """A line per moment the article places at or after the end of its
    video: said when the timeline is made, as the video may be the wrong
    one (a trailer, a shorter re-upload), not only later by each output
    that has to leave the moment out."""
    out = []
    for m in timeline.moments:
        video = timeline.video(timeline.video_id(m)) if timeline.videos else None
        if video is None or video.duration is None or m.start is None or m.start < video.duration:
            continue
        out.append(f"moment {m.id}: the article places it at {format_clock_exact(m.start)}, at or after the end "
                   f"of {Path(video.path).name if video.path else video.id} ({format_clock_exact(video.duration)}): "
                   "is that the footage the article describes?")
    return out


def _own_lengths(text: str, moments: Sequence[Moment], videos: Sequence[Footage],
                 length: float | None) -> tuple[Moment, ...]:
    """``moments`` (read against the first video's ``length``) with each
    position on another video of another length read against that one's
    ("ten seconds before the end", "halfway through"): the article read again
    with that length, the position at the same place in the text taken."""
    lengths = {v.id: v.duration for v in videos[1:] if v.duration is not None and v.duration != length}
    if not lengths:
        return tuple(moments)
    again = {d: {m.span: m for m in extract_references(text, duration=d).moments if m.span is not None}
             for d in set(lengths.values())}
    out = []
    for m in moments:
        own = again[lengths[m.footage]].get(m.span) if m.footage in lengths and m.span is not None else None
        if own is not None and (own.start, own.end) != (m.start, m.end):
            m = replace(m, start=own.start, end=own.end, approximate=own.approximate, notes=own.notes)
        out.append(m)
    return tuple(out)
