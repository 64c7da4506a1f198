"""Final Cut Pro X XML (``.fcpxml``) through the ``otio-fcpx-xml-adapter``
package (OpenTimelineIO's ``fcpx_xml`` adapter): the footage as one clip in
a project's spine, each moment a marker on it.

A point moment is written one frame long, as Final Cut Pro writes every
marker (and :func:`loads` reads a marker of one frame as a point).

FCPX markers have no colours, only three kinds: the adapter writes RED as a
to-do marker and GREEN as a completed one, and reads a plain marker back as
PURPLE; other colours become plain markers (a warning says so). Chapter
markers (markers with a poster frame) are read as markers, which the adapter
skips; a marker's note (which it drops) is the moment's notes; keyword ranges
and ratings are named in a warning. An asset that names its file in a
``<media-rep>`` (FCPX 1.9+; the adapter reads only an asset's ``src``) is
given that file (the original media, else a proxy, said).

NTSC rates (24000/1001 and the like) are where otio-fcpx-xml-adapter 1.0.0
falls short: its writer knows them only as 23.98 and 29.97 and leaves the
``frameDuration`` of an exact 24000/1001 timeline empty (filled here with the
exact frame duration, so Final Cut Pro gets a whole file), and its reader
truncates such a rate to a whole number (23.976 to 23), which puts everything
about 4 % late, and adds up times of elements at different rates as if they
were one (Final Cut Pro's own 24 fps project with 23.976 and 29.97 fps assets
came to 1,095,882 s). Every file is read here at one frame a tick of a
timebase all its formats share (``1/120000s``), which the adapter counts
exactly, and each time given back its own rate after (_one_timebase).

Several videos: one clip each, back to back in the spine (the adapter reads
the markers of clips on other lanes onto the wrong clip), each asset clip
with the note ``annotate video: <id>``, which :func:`loads` reads back to put
each clip's markers on its video at that footage's own times.
At whole rates its reader also truncated seconds x rate in floating point, so
a time came back one frame early (203/25 s as frame 202, about one marker in 17
at 25 fps), and an end (start plus length, each truncated) two frames early:
each such time is read here exactly, as Final Cut Pro reads it (_exact_times).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from math import lcm
from typing import Any
from urllib.parse import quote, unquote
from xml.etree import ElementTree
from xml.sax.saxutils import quoteattr, unescape

import opentimelineio as otio

from annotate.clips.media import FrameTable
from annotate.errors import InputError
from annotate.escape import loses_characters
from annotate.interchange.common import (
    XML_LEFT_OUT,
    counted_at_timecode_rate,
    footage_name,
    fps_of,
    ids_not_carried,
    in_drop_frame,
    is_drop_frame,
    notify,
    texts_not_kept,
)
from annotate.interchange.from_otio import (
    META,
    ToTop,
    from_otio,
    is_sound,
    markers_of,
    media_url,
    per_video,
    picture_clips,
    plain,
    rate_of,
    seconds,
)
from annotate.interchange.otio import captions_as_xml_keeps, plain_footage_names, to_otio
from annotate.interchange.otio_adapters import (
    one_timeline,
    read_string,
    say_unread_markers,
    timelines_in,
    write_string,
)
from annotate.model import Timeline
from annotate.timecode import frame_of

EXTENSIONS = (".fcpxml",)
# The moment fields an import takes from the file (the others stay the timeline's: interchange.import_into).
CARRIES = ("end", "caption", "color")
IDS = False  # the adapter writes no marker note: an import into a timeline matches moments by time
KIND = "a Final Cut Pro X XML file"
ROOT = "fcpxml"  # its root element
XML = True  # read by the encoding its XML declaration names (textio.read_text_file)
# Colours an FCPX marker can carry (to-do, completed, plain).
KEPT_COLORS = ("RED", "GREEN", "PURPLE")
# Largest denominator of a frame duration (FCPX writes 1001/60000s for 59.94).
MAX_TIMEBASE = 120_000
# How deep sync and multicam clips are looked into for the picture they show (_picture_at).
MAX_NESTING = 8
# Largest timebase every format of a file read is counted in at once (_one_timebase).
MAX_TICKS = 10**9
# Characters a URL keeps as they are (quotes, brackets and spaces are %-escaped).
URL_SAFE = "/:?&=%#@+,;~!$*()"
_FRAME_DURATION = re.compile(r'frameDuration="(\d+)/(\d+)s"')
VIDEO_NOTE = "annotate video: "  # an asset clip's note, with several videos
# A chapter marker is a marker with a poster frame; the adapter reads only <marker>.
_CHAPTER_MARKER = re.compile(r"<(/?)chapter-marker\b")
# A marker's note rides through the adapter, which drops it, at the end of its
# name: this private-use character and the note's number (see _noted).
NOTE_MARK = "\ue000"
_MARKER_TAG = re.compile(r"""<marker\b(?:[^>"']|"[^"]*"|'[^']*')*>""")
_VALUE = re.compile(r"""(\svalue\s*=\s*)("[^"]*"|'[^']*')""")
# An asset element, its start tag apart (FCPX 1.9+ names its file in a <media-rep> inside it). Its body stops at
# the next asset's start: an unclosed asset is left as it is, not searched for to the end of the file each time
# (20,000 unclosed assets, 460 kB, took 33 s).
# Held while the adapter's own functions or rate table are swapped for a read or write (_exact_times,
# _rates_known_to_the_adapter): they are the process's, so two threads at once would see each other's swap and
# put back each other's, leaving the adapter swapped for good.
_ADAPTER_SWAPPED = threading.RLock()
# Start tags: an asset's; an asset clip's with its ref; a spine clip's with the ref of the video inside it.
_ASSET_TAG = re.compile(r"""<asset\b(?:[^>"']|"[^"]*"|'[^']*')*>""")
_ASSET_CLIP = re.compile(r"""(?P<head><asset-clip\b[^>]*?\bref="(?P<ref>[^"]*)"[^>]*?)(?P<tail>\s*/?>)""")
_SPINE_CLIP = re.compile(r"""(?P<head><clip\b(?:[^>"']|"[^"]*"|'[^']*')*?)"""
                         r"""(?P<tail>\s*>\s*<video\b[^>]*?\bref="(?P<ref>[^"]*)")""")
_DROP_FRAME = re.compile(r"""\btcFormat\s*=\s*["']DF["']""")
# The start tag of a project's sequence (the one the adapter reads is the first), up to its end; its spine; any
# tag (its name, and whether it closes or is empty); an offset attribute.
_PROJECT_SEQUENCE = re.compile(r"""<project\b(?:[^>"']|"[^"]*"|'[^']*')*>\s*"""
                               r"""(?P<sequence><sequence\b(?:[^>"'/]|"[^"]*"|'[^']*')*)""")
_SPINE = re.compile(r"<spine\s*>")
_TAG = re.compile(r"""<(?P<close>/?)[^\s/>!?](?:[^>"'/]|"[^"]*"|'[^']*'|/(?!>))*(?P<empty>/?)>""")
_OFFSET = re.compile(r"""(\soffset\s*=\s*")([^"]*)(")""")
_ASSET = re.compile(r"""(<asset(?=[\s/>])(?:[^>"'/]|"[^"]*"|'[^']*'|/(?!>))*)"""
                    r"""(/>|>(?:(?!<asset[\s/>]).)*?</asset\s*>)""", re.DOTALL)


def dumps(timeline: Timeline, *, selects: bool = False, pad: tuple[float, float] | None = None,
          frames: FrameTable | None = None, **opts: Any) -> str:
    # The adapter states 24.736 fps (a phone's variable rate) as 24, from its whole part.
    timeline = counted_at_timecode_rate(timeline, "FCPX")
    # The adapter writes a marker's time, length and name only.
    ids_not_carried(timeline, lambda _id: False, "an FCPX file")
    tl = to_otio(timeline, whole_frames=True, selects=selects, pad=pad, frames=frames, kind="FCPX")
    clips = plain_footage_names(tl)  # XML 1.0 cannot hold control characters
    markers = [m for clip in tl.find_clips() for m in clip.markers]
    texts_not_kept(captions_as_xml_keeps(markers), "FCPX", XML_LEFT_OUT, title=loses_characters(timeline.title))
    rate = fps_of(timeline)
    for marker in markers:
        del marker.metadata[META]  # the adapter writes a marker's time, length and name only
        if marker.marked_range.duration.value == 0:  # Final Cut Pro writes a point one frame long (loads: a point)
            marker.marked_range = otio.opentime.TimeRange(marker.marked_range.start_time,
                                                          otio.opentime.RationalTime(1, rate))
    if len(clips) > 1 and not selects:  # several videos: one spine, a clip each, named by a note
        spine = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
        sound = otio.schema.Track(name="A1", kind=otio.schema.TrackKind.Audio)  # under each clip that has it
        for clip, video in zip(clips, timeline.videos, strict=True):
            one = clip.deepcopy()
            one.media_reference.metadata["fcpx"] = {"note": VIDEO_NOTE + video.id}
            spine.append(one)
            heard = one.deepcopy()
            heard.markers[:] = []
            sound.append(heard if video.has_audio else otio.schema.Gap(source_range=one.trimmed_range()))
        tl.tracks[:] = [spine, sound] if any(v.has_audio for v in timeline.videos) else [spine]
    for clip in tl.find_clips():  # selects: every cut is the footage again
        if isinstance(clip.media_reference, otio.schema.ExternalReference) and clip.media_reference.target_url:
            # An asset's src is a URL, and the adapter also looks it up in an
            # XPath predicate, where a quote or bracket in a file name breaks it.
            clip.media_reference.target_url = quote(clip.media_reference.target_url, safe=URL_SAFE)
        if "'" in clip.name:  # looked up by name in such a predicate too, which has no escape for it
            clip.name = clip.name.replace("'", "\u2019")
    parts = [timeline.for_video(v.id) for v in timeline.videos] if len(timeline.videos) > 1 else [timeline]
    for part, clip in zip(parts, tl.find_clips()):
        if "'" in footage_name(part):
            notify(f"FCPX: the footage name is written with \u2019 for ' ({clip.name})")
    # Counted in the frames the markers are written in: in seconds, 16.416667-16.458334 (a frame at 24 fps,
    # times to the microsecond) passed for more than a frame, and read back a point without a word.
    short = [m.id for m in timeline.moments if m.effective_end is not None
             and frame_of(m.effective_end, rate) - frame_of(m.effective_start, rate) <= 1]
    if short:
        notify(f"FCPX: a marker of one frame is a point in Final Cut Pro, which writes every marker so: the range "
               f"of moment(s) {', '.join(short[:5])}{', ...' if len(short) > 5 else ''} (one frame or less) reads "
               "back as a point")
    if abs(rate - round(rate)) > 1e-6:  # the true frame duration is what Final Cut Pro needs: no form avoids it
        notify(f"FCPX at {rate:.5g} fps: OpenTimelineIO's reader of it (otio-fcpx-xml-adapter 1.0) counts the file at "
               f"{int(rate)} fps, so a tool built on it gets each marker up to a frame early (Final Cut Pro and "
               "annotate import read it on its frame)")
    lost = sorted({str(m.color) for c in tl.find_clips() for m in c.markers} - set(KEPT_COLORS))
    if lost:
        notify(f"FCPX markers have no colours: {', '.join(lost)} written as plain markers")
    with _rates_known_to_the_adapter(tl):
        text = _breaks_escaped(write_string(tl, "fcpx_xml", kind=KIND, **opts))
    frame = Fraction(1 / fps_of(timeline)).limit_denominator(MAX_TIMEBASE)
    text = text.replace('frameDuration=""', f'frameDuration="{frame.numerator}/{frame.denominator}s"')
    spine = [c for c in tl.find_clips() if c.parent() is tl.tracks[0]]
    videos = timeline.videos if len(timeline.videos) == len(spine) > 1 else timeline.videos[:1] * len(spine)
    text = _drop_frame_formats(text, {getattr(c.media_reference, "target_url", "") for c, v in zip(spine, videos)
                                      if is_drop_frame(v)})
    record = tl.global_start_time  # the record timecode, as to_otio counts it (None: from 00:00:00:00)
    if record is None:  # the sequence's timecode: its first clip's notation
        return _sequence_start(text, Fraction(0), is_drop_frame(videos[0] if videos else None))
    return _sequence_start(text, round(record.value_rescaled_to(rate)) * frame, ";" in str(timeline.record_timecode))


def _fcpx_time(seconds: Fraction) -> str:
    """An FCPX time: ``3600s``, ``107999892/30000s``."""
    return f"{seconds.numerator}s" if seconds.denominator == 1 else f"{seconds.numerator}/{seconds.denominator}s"


def _sequence_start(text: str, start: Fraction, drop: bool) -> str:
    """``text`` with its project's sequence starting at ``start`` seconds on
    its timecode (``tcStart``, an editor's programme at 01:00:00:00), each
    item of its spine placed from there (their ``offset`` is the sequence's
    time, as Final Cut Pro and Resolve write it), and ``tcFormat="DF"`` when
    ``drop``: the adapter writes neither, so a marker at 0:10 came into the
    editor at 00:00:10:00."""
    found = _PROJECT_SEQUENCE.search(text)
    if found is None or (not start and not drop):
        return text
    at = found.end()
    text = text[:at] + (f' tcStart="{_fcpx_time(start)}"' if start else "") + (' tcFormat="DF"' if drop else "") + \
        text[at:]
    spine = _SPINE.search(text, at)
    if not start or spine is None:
        return text
    parts, last, depth = [], spine.end(), 0
    for tag in _TAG.finditer(text, spine.end()):
        if tag["close"]:
            if depth == 0:  # the spine's end
                break
            depth -= 1
            continue
        if depth == 0:  # an item of the spine: its offset from the sequence's start
            moved = _OFFSET.sub(lambda m: f"{m[1]}{_fcpx_time(_frames(m[2], Fraction(1)) + start)}{m[3]}",
                                tag.group(0), count=1)
            parts += [text[last:tag.start()], moved]
            last = tag.end()
        if not tag["empty"]:
            depth += 1
    return "".join([text[:spine.end()], *parts, text[last:]])


def _drop_frame_formats(text: str, dropped: set[str]) -> str:
    """``text`` with ``tcFormat="DF"`` on each clip of an asset whose file
    (its ``src``, one of ``dropped``) has a drop-frame start timecode: FCPX
    shows such a clip's timecode as the camera's (01:00:00;00), which the
    adapter never says (Final Cut Pro showed 00:59:56:12)."""
    if not dropped:
        return text
    refs = set()
    for tag in _ASSET_TAG.findall(text):
        try:
            asset = ElementTree.fromstring(tag if tag.endswith("/>") else tag[:-1] + "/>")
        except ElementTree.ParseError:
            continue
        if asset.get("src") in dropped and asset.get("id"):
            refs.add(asset.get("id"))

    def marked(m: re.Match[str]) -> str:
        return f"{m['head']} tcFormat=\"DF\"{m['tail']}" if m["ref"] in refs else m.group(0)

    text = _ASSET_CLIP.sub(marked, text)
    return _SPINE_CLIP.sub(marked, text)


@contextmanager
def _rates_known_to_the_adapter(tl: otio.schema.Timeline) -> Iterator[None]:
    """Give otio-fcpx-xml-adapter 1.0 the frame duration of each rate of
    ``tl``'s clips it has none for, for the write inside the block only: its
    table knows 23.98, 29.97 and 59.94 only as those numbers, so an exact
    24000/1001 got an empty ``frameDuration``, and placing the footage's
    sound (an audio lane under its clip) failed on it ("not enough values to
    unpack"). The table is the adapter module's own, shared by every user of
    OpenTimelineIO in the process: what is added is taken out again, one
    thread at a time (``_ADAPTER_SWAPPED``)."""
    table = otio.adapters.from_name("fcpx_xml").module().FRAMERATE_FRAMEDURATION  # (the module OTIO loaded)
    with _ADAPTER_SWAPPED:  # one swap at a time in the process
        added = []
        for clip in tl.find_clips():
            rate = float(clip.duration().rate)
            if rate not in table:
                frame = Fraction(1 / rate).limit_denominator(MAX_TIMEBASE)
                table[rate] = f"{frame.numerator}/{frame.denominator}s"
                added.append(rate)
        try:
            yield
        finally:
            for rate in added:
                table.pop(rate, None)


def _frames(time: str | None, rate: Fraction) -> Fraction:
    """The frames (at ``rate``) an FCPX time (``203/25s``, ``8s``, ``0s``) stands for, exactly."""
    if time is None or time == "0s":
        return Fraction(0)
    number, _, per = time.removesuffix("s").partition("/")
    return Fraction(number) / Fraction(per or 1) * rate


@contextmanager
def _exact_times() -> Iterator[None]:
    """otio-fcpx-xml-adapter 1.0 reading times exactly, inside the block only:
    its ``to_rational_time`` and ``_number_of_frames`` compute
    ``int(float(a) / float(b) * fps)``, and ``int(203 / 25 * 25)`` is 202, so a
    marker or clip came back a frame early (573 of the first 10,000 frames at
    25 fps) and an import cleared the alignment of moments a round trip did not
    move. The frames it counts are ticks of one timebase (_one_timebase); a
    time off a tick (a hostile file's) goes to the nearest (it truncated).
    The functions are the adapter module's own, shared by every user of
    OpenTimelineIO in the process: they are put back after, one thread at a
    time (``_ADAPTER_SWAPPED``)."""
    module = otio.adapters.from_name("fcpx_xml").module()  # (the module OTIO loaded)

    def to_rational_time(time: str | None, fps: float) -> otio.opentime.RationalTime:
        return otio.opentime.RationalTime(round(_frames(time, Fraction(fps))), int(fps))

    def number_of_frames(self: Any, time: str | None, format_id: str) -> int:
        total, per = self._format_frame_duration(format_id)
        return round(_frames(time, Fraction(per) / Fraction(total)))

    with _ADAPTER_SWAPPED:  # one swap at a time in the process
        parser, rational = module.FcpxXml, module.to_rational_time
        number = parser._number_of_frames
        module.to_rational_time, parser._number_of_frames = to_rational_time, number_of_frames
        try:
            yield
        finally:
            module.to_rational_time, parser._number_of_frames = rational, number


def _breaks_escaped(text: str) -> str:
    """``text`` with each line break and tab in a marker's ``value`` written
    as a character reference: the adapter writes them as they are, and an
    XML reader turns them into spaces in an attribute (attribute-value
    normalization), so a caption of two lines came back as one."""
    def escaped(value: re.Match[str]) -> str:
        return value.group(1) + value.group(2).replace("\n", "&#10;").replace("\t", "&#9;")

    return _MARKER_TAG.sub(lambda tag: _VALUE.sub(escaped, tag.group(0), count=1), text)


def _one_timebase(text: str) -> tuple[str, int]:
    """``text`` with every format's frame duration (``100/2400s``, ``1001/24000s``) turned into one tick of a
    timebase all of them count in (``1/120000s`` for 24, 23.976 and 29.97 fps), and that timebase. The adapter
    counts each time in frames of the element's own format, truncates an NTSC rate to a whole number (23.976 to
    23) and adds the frames of a clip at 23.976 to those of one at 29.97 and of the sequence at 24 as if they
    were one rate, which put a 24 fps project's markers at 1,095,882 s; at one tick a frame of one timebase
    every time it reads is exact (to the tick, _exact_times) and all of one rate, given back after (_own_rates).
    An LCM past MAX_TICKS (hostile formats) is the largest timebase (at most that), each time to its nearest tick."""
    bases = {Fraction(int(n), int(d)).denominator for n, d in _FRAME_DURATION.findall(text) if int(n) and int(d)}
    if not bases:
        return text, 1
    base = lcm(*bases)
    base = base if base <= MAX_TICKS else min(max(bases), MAX_TICKS)
    return _FRAME_DURATION.sub(f'frameDuration="1/{base}s"', text), base


def _unread(root: ElementTree.Element, read: Any, origin: str | None, count: int) -> None:
    """Warn of what the file (``root``, its markers numbered by :func:`_noted`,
    ``count`` of them) gives that the adapter did not read (``read``) or a
    moment cannot hold: markers it does not place (on a gap), keyword ranges
    and ratings."""
    say_unread_markers((_numbered(m.get("value", ""), count)[0] for m in root.iter("marker")), read, origin=origin,
                       who="OpenTimelineIO's FCPX reader")
    where = origin or "<input>"
    kept = [f"{n} {kind}(s)" for kind in ("keyword", "rating") if (n := sum(1 for _ in root.iter(kind)))]
    if kept:
        notify(f"{where}: {' and '.join(kept)} not read: FCPX ranges that are not markers")


def _media_reps(text: str, origin: str | None) -> str:
    """``text`` with each asset that names its file only in a ``<media-rep>``
    (FCPX 1.9+: the original media, else a proxy) given that file as its
    ``src``, the one place otio-fcpx-xml-adapter 1.0.0 looks; an asset
    naming no file at all is said (its clips have no footage)."""
    def with_src(m: re.Match[str]) -> str:
        try:
            asset = ElementTree.fromstring(m.group(1) + m.group(2))
        except ElementTree.ParseError:
            return m.group(0)  # the adapter's own parse error names it
        if asset.get("src"):
            return m.group(0)
        reps = [r for r in asset.iter("media-rep") if r.get("src")]
        rep = next((r for r in reps if r.get("kind") == "original-media"), reps[0] if reps else None)
        name = asset.get("name") or asset.get("id") or ""
        if rep is None:
            notify(f"{origin or '<input>'}: asset {name!r} names no media file (no src, no media-rep): the timeline "
                   "names no footage")
            return m.group(0)
        if rep.get("kind") != "original-media":
            notify(f"{origin or '<input>'}: asset {name!r} names only its {rep.get('kind') or 'unnamed'} "
                   f"media-rep, read as its file: {rep.get('src')}")
        return f"{m.group(1)} src={quoteattr(str(rep.get('src')))}{m.group(2)}"

    return _ASSET.sub(with_src, text)


# A clip exported alone (File > Export XML with a clip selected): a clip element right under <fcpxml>, after its
# resources, in no event or project.
_CLIP_ALONE = re.compile(r"<fcpxml\b[^>]*>\s*(?:<resources\b.*?</resources>\s*)?<((?:asset|ref|sync|mc)-clip|clip)\b"
                         r"([^>]*)>", re.DOTALL)
_NAME_ATTRIBUTE = re.compile(r'\bname="([^"]*)"')


def _a_clip_alone(text: str, read: Any, origin: str | None) -> None:
    """Refuse a file that holds one clip exported alone in one line that says so ("holds no project" left
    a user to guess why): OpenTimelineIO's adapter reads a project's timeline, and such a file has none."""
    alone = _CLIP_ALONE.search(text) if not timelines_in(read) else None
    if alone is None:
        return
    name = _NAME_ATTRIBUTE.search(alone.group(2))
    markers = len(re.findall(r"<(?:chapter-)?marker\b", text))
    raise InputError(f"holds no project, only the {alone.group(1)} {unescape(name.group(1)) if name else ''!r} "
                     f"exported alone ({markers} marker(s) on it); annotate imports a project: in Final Cut Pro "
                     "select the project (or put the clip in one) and export that", subject=origin)


def loads(text: str, *, origin: str | None = None, strict: bool = False) -> Timeline:
    text = _CHAPTER_MARKER.sub(r"<\1marker", _media_reps(text, origin))
    noted, notes = _noted(text)
    ticked, base = _one_timebase(noted)
    with _exact_times():
        read = read_string(ticked, "fcpx_xml", origin=origin, kind=KIND, root=ROOT)
    numbers = _notes_kept(read, notes)
    _a_clip_alone(text, read, origin)
    found = one_timeline(read, origin=origin, what="project")
    root = ElementTree.fromstring(noted)  # as the adapter parsed it (but its frame durations), without an error
    _own_rates(found, root, text, base)
    _sound_lanes(found, root)
    _frame_markers_as_points(found)
    places = _final_cut_places(root, len(notes))
    known = _placed_once(found, numbers, places)
    known.update(_unread_by_the_adapter(found, root, set(numbers.values()), places, notes))
    _unread(root, read, origin, len(notes))
    _smooth_speed_changes(root, origin, len(notes))
    start = _started(found, text)
    _relative_srcs_decoded(list(found.find_clips()))
    clips = picture_clips(found)  # (a video's sound is its clip again, on an audio lane)
    notes = [str((plain(c.media_reference.metadata.get("fcpx")) or {}).get("note") or "") for c in clips]
    if len(clips) > 1 and all(n.startswith(VIDEO_NOTE) for n in notes):  # annotate's file of several videos
        timeline = per_video(found, [n[len(VIDEO_NOTE):].strip() for n in notes],
                             lambda alone: from_otio(alone, origin=origin, ours=True, strict=strict), origin=origin)
    else:  # (the sequence's time from its tcStart: what is placed at it is placed from 0:00)
        timeline = from_otio(found, origin=origin, strict=strict, start=start, known=known,
                             same={i: n for i, n in numbers.items() if len(places.get(n, ())) > 1})
    # A clip or sequence whose timecode shows drop frame: its footage's start is written so (in_drop_frame).
    return in_drop_frame(timeline, rate_of(found) or 0.0) if _DROP_FRAME.search(text) else timeline


def _started(tl: otio.schema.Timeline, text: str) -> float:
    """Give ``tl`` the start of the project's sequence on its timecode
    (``tcStart``; ``tcFormat="DF"``: drop frame), which the adapter does not
    read, as OpenTimelineIO states one (``global_start_time``, the
    ``fcpx`` metadata's ``tcFormat``), in place; its seconds (0 without):
    the adapter places the spine's items at their offset, which counts from it."""
    found = _PROJECT_SEQUENCE.search(text)
    rate = rate_of(tl)
    if found is None or not rate:
        return 0.0
    try:
        sequence = ElementTree.fromstring(found["sequence"] + "/>")
        start = _frames(sequence.get("tcStart"), Fraction(1))
    except (ElementTree.ParseError, ValueError, ZeroDivisionError):
        return 0.0  # (an unreadable tcStart: the sequence from 00:00:00:00, as the adapter reads every file)
    if start <= 0:
        return 0.0
    tl.global_start_time = otio.opentime.RationalTime(round(start * Fraction(rate)), rate)
    if sequence.get("tcFormat") == "DF":
        tl.metadata["fcpx"] = {**(plain(tl.metadata.get("fcpx")) or {}), "tcFormat": "DF"}
    return float(start)


def _sound_lanes(tl: otio.schema.Timeline, root: ElementTree.Element) -> None:
    """Each track of ``tl`` whose clips all show a sound-only asset (``hasAudio``, no ``hasVideo``: a sync
    clip's sound recorder) made an audio track, in place: the adapter reads every lane as a video track, so a
    sync clip's recorder on lane -1 came first and its WAV was made the footage (from_otio takes the first
    picture's media)."""
    sound = {a.get("src") for a in root.iter("asset")
             if a.get("src") and a.get("hasAudio") == "1" and a.get("hasVideo") != "1"}
    for track in tl.tracks.find_children(descended_from_type=otio.schema.Track, shallow_search=False):
        if not isinstance(track, otio.schema.Track):
            continue
        clips = [c for c in track if isinstance(c, otio.schema.Clip)]
        if clips and all(media_url(c) in sound for c in clips):
            track.kind = otio.schema.TrackKind.Audio


def _frame_markers_as_points(tl: otio.schema.Timeline) -> None:
    """Each marker of one frame (or less) made a point, in place: Final Cut
    Pro writes every marker, which it shows as a point, with a duration of
    one frame, so each read as a range of 33-42 ms."""
    rate = rate_of(tl)
    if not rate:
        return
    for _item, marker in markers_of(tl):
        r = marker.marked_range
        if 0 < r.duration.to_seconds() <= 1 / rate + 1e-9:
            marker.marked_range = otio.opentime.TimeRange(r.start_time, otio.opentime.RationalTime(0, r.duration.rate))


def _relative_srcs_decoded(clips: list[otio.schema.Clip]) -> None:
    """Each clip's relative asset ``src`` (a URL, %-escaped like a file://
    one) decoded, in place, into the path it names. A file:// URL is left
    as it is: reading it decodes it (from_otio), and decoding twice turned a
    real ``%20`` in a file name into a space."""
    for clip in clips:
        ref = clip.media_reference
        url = getattr(ref, "target_url", None)
        if url and "://" not in url and "%" in url:
            ref.target_url = unquote(url)


def _noted(text: str) -> tuple[str, list[str]]:
    """``text`` with the name of each marker ending in NOTE_MARK and its
    number, and the markers' notes by number ("" for none): the adapter reads
    a marker's name and times only, so its note comes back by its name, and
    which marker of the file it read (it reads some twice) by its number."""
    notes: list[str] = []

    def numbered(m: re.Match[str]) -> str:
        tag = m.group(0)
        try:  # the tag alone, as the adapter's parser reads its attributes
            note = ElementTree.fromstring(tag if tag.endswith("/>") else tag[:-1] + "/>").get("note")
        except ElementTree.ParseError:
            return tag
        notes.append(note or "")
        mark = f"{NOTE_MARK}{len(notes) - 1}"
        if _VALUE.search(tag):
            return _VALUE.sub(lambda v: f"{v.group(1)}{v.group(2)[:-1]}{mark}{v.group(2)[-1]}", tag, count=1)
        return tag.replace("<marker", f'<marker value="{mark}"', 1)

    return _MARKER_TAG.sub(numbered, text), notes


def _numbered(value: str, count: int) -> tuple[str, int | None]:
    """A name :func:`_noted` numbered (one of ``count``): the name as the file gives it, and its number."""
    name, mark, number = value.rpartition(NOTE_MARK)
    return (name, int(number)) if mark and number.isdigit() and int(number) < count else (value, None)


def _notes_kept(read: Any, notes: list[str]) -> dict[int, int]:
    """Each marker :func:`_noted` numbered given its name back, and its note
    as the adapter's metadata (``fcpx``), which a moment's notes read; each
    marker's number, by its ``id()``."""
    numbers = {}
    for tl in timelines_in(read):
        for _item, marker in markers_of(tl):
            marker.name, number = _numbered(marker.name, len(notes))
            if number is not None:
                numbers[id(marker)] = number
                if notes[number]:
                    marker.metadata["fcpx"] = {"note": notes[number]}
    return numbers


# Elements with a timeline of their own, placed in their parent's at their offset, their start its first instant.
_TIMED = frozenset({"asset-clip", "clip", "ref-clip", "sync-clip", "mc-clip", "gap", "title", "video", "audio"})
# conform-rate's NTSC source rates, by the name FCPX writes.
_NTSC_RATES = {"23.98": Fraction(24000, 1001), "29.97": Fraction(30000, 1001), "47.95": Fraction(48000, 1001),
               "59.94": Fraction(60000, 1001), "119.88": Fraction(120000, 1001)}
# Rates this near each other are conformed frame for frame (23.976, 24 and 25; 29.97 and 30).
_NEAR_RATES = Fraction(1, 20)


def _conformed(clip: ElementTree.Element, rate: Fraction | None) -> Fraction:
    """How long a second of ``clip``'s own time lasts in its sequence's (at
    ``rate``) under its ``conform-rate`` with scaling (1 without): media at
    a rate near the sequence's is played frame for frame (25 fps in 24:
    25/24); NTSC media at its whole rate's speed (23.976 fps in 24, 50 or
    59.94: 1000/1001), but in an NTSC sequence of its own family (23.976 in
    23.976 or 47.95); as swift-fcpxml counts it, whose times of Final Cut Pro's
    own exports are what Final Cut Pro shows."""
    conform = clip.find("conform-rate")
    if conform is None or conform.get("scaleEnabled", "1") == "0" or not rate:
        return Fraction(1)
    name = conform.get("srcFrameRate") or ""
    try:
        source = _NTSC_RATES.get(name) or Fraction(name)
    except (ValueError, ZeroDivisionError):
        return Fraction(1)
    if source <= 0:
        return Fraction(1)
    slower = Fraction(1000, 1001)
    if source.denominator != 1001:  # a whole rate (or a rate of its own)
        if abs(source / rate - 1) <= _NEAR_RATES:
            return source / rate
        return 1 / slower if rate.denominator == 1001 else Fraction(1)
    if rate.denominator != 1001:
        return slower
    film = round(source) % 24 == 0  # 23.976 and 47.95, else 29.97, 59.94 and 119.88
    if film == (round(rate) % 24 == 0):
        return Fraction(1)
    return slower if film else 1 / slower


@dataclass(frozen=True)
class _Place:
    """One place Final Cut Pro shows a marker: its start and length in seconds
    of the project's sequence (length 0: a point), the media file of the clip
    it is on ("" for a title, a gap or a compound clip), and, when that clip is
    not the picture shown there (a sync clip, its sound recorder's lane, a
    multicam clip), the picture's file and its time in it."""

    start: Fraction
    duration: Fraction
    media: str
    picture: tuple[str, Fraction] | None = None
    holder: str = ""  # the element it is on (asset-clip, sync-clip, mc-clip, ...)
    # A retimed clip's (timeMap): the media seconds a second of the clip shows, and its media time at its start.
    speed: Fraction = Fraction(1)
    shown_from: Fraction | None = None
    # The uncut part of the picture's file a multicam clip shows around it: where it starts in the project, where
    # in the file, and how long (seconds of the file), for a clip of it when the adapter made none (_angle_clip).
    seen: tuple[Fraction, Fraction, Fraction] | None = None


def _final_cut_places(root: ElementTree.Element, count: int) -> dict[int, list[_Place]]:
    """Where Final Cut Pro shows each marker :func:`_noted` numbered (one of
    ``count``), by number: each place it is shown (a compound clip used twice
    shows its markers twice); a marker one frame of its clip's own format
    long is a point, as Final Cut Pro shows it. FCPXML states each element's
    times in its parent's
    timeline: a clip at its ``offset`` there, its own time from its ``start``
    (its media's time), run faster or slower by its conform rate; a lane
    spine at its offset, its items from its 0; a compound clip's (ref-clip)
    media sequence in the clip's own time; an audition's first pick. Conform
    rates do not add up inside a sequence: a clip connected to a conformed
    clip, or in a lane spine on it, lies at its offset in that clip's time but
    runs at its own conform rate from the sequence's speed (as Final Cut Pro
    shows 24.fcpxml's 'Shot_07' at 00:02:24:00). A marker on a transition or
    a multicam angle is not placed (said as not read)."""
    rates = {f.get("id"): Fraction(1) / d for f in root.iter("format") if (d := _duration(f.get("frameDuration")))}
    media = {m.get("id"): m for m in root.iter("media")}
    assets = {a.get("id"): a for a in root.iter("asset")}
    project = root.find(".//project/sequence")
    places: dict[int, list[_Place]] = {}
    if project is None:
        return places
    # (an element, its parent, its time's start and speed in the project's sequence, its sequence's speed and
    # rate, the media it is in)
    stack = [(project, project, Fraction(0), Fraction(1), Fraction(1), rates.get(project.get("format")),
              frozenset[str]())]
    while stack:
        element, parent, at, scale, base, rate, inside = stack.pop()
        for child in element:
            timed = next((c for c in child if c.tag in _TIMED), None) if child.tag == "audition" else child
            try:
                if child.tag == "marker":
                    _name, number = _numbered(child.get("value", ""), count)
                    if number is not None:
                        own = rates.get(element.get("format") or
                                        (assets.get(element.get("ref") or "") or element).get("format")) or rate
                        places.setdefault(number, []).append(_marker_place(child, element, parent, at, scale, own,
                                                                           assets, media))
                elif child.tag == "spine":  # (its items at the sequence's speed)
                    spine = at + scale * _frames(child.get("offset"), Fraction(1))
                    stack.append((child, element, spine, base, base, rate, inside))
                elif timed is not None and timed.tag in _TIMED:
                    speed = base * _conformed(timed, rate)
                    offset = at + scale * _frames(timed.get("offset") or child.get("offset"), Fraction(1))
                    own = offset - speed * _frames(timed.get("start"), Fraction(1))
                    stack.append((timed, element, own, speed, base, rate, inside))
                    compound = media.get(timed.get("ref")) if timed.tag == "ref-clip" else None
                    sequence = compound.find("sequence") if compound is not None else None
                    if sequence is not None and timed.get("ref") not in inside:  # (a media holding itself: once)
                        stack.append((sequence, timed, own, speed, speed, rates.get(sequence.get("format")) or rate,
                                      inside | {str(timed.get("ref"))}))
            except (ValueError, ZeroDivisionError):
                continue  # (a time that is no time: the element is not placed)
    return places


def _marker_place(marker: ElementTree.Element, holder: ElementTree.Element, parent: ElementTree.Element,
                  at: Fraction, scale: Fraction, rate: Fraction | None, assets: dict[Any, ElementTree.Element],
                  media: dict[Any, ElementTree.Element]) -> _Place:
    """Where Final Cut Pro shows ``marker``, on ``holder`` (in ``parent``), whose own time starts at ``at`` of
    the project's sequence and runs at ``scale``; ``rate``: the holder's own frame rate (a marker one frame of it
    long is a point)."""
    shows = holder if holder.tag == "asset-clip" else \
        next((e for e in holder.iter() if e.tag in ("video", "audio")), None) \
        if holder.tag == "clip" else None  # (a clip's picture, else its sound)
    asset = assets.get(shows.get("ref")) if shows is not None else None
    start, length = _frames(marker.get("start"), Fraction(1)), _frames(marker.get("duration"), Fraction(1))
    picture, seen = None, None
    if holder.tag in ("sync-clip", "mc-clip"):
        found = _picture_at(holder, start, assets, media)
        picture = found[:2] if found else None
        if found and holder.tag == "mc-clip":  # (the adapter reads no multicam: the part it shows, for a clip)
            own = _frames(holder.get("start"), Fraction(1))
            before = min(found[2], start - own)
            uncut = before + min(found[3], own + _frames(holder.get("duration"), Fraction(1)) - start)
            seen = (at + scale * (start - before), found[1] - before, uncut) if uncut > 0 else None
    elif asset is not None and asset.get("hasVideo") != "1" and parent.tag == "sync-clip":  # (its sound lane)
        found = _picture_at(parent, _frames(holder.get("offset"), Fraction(1)) + start -
                            _frames(holder.get("start"), Fraction(1)), assets, media)
        picture = found[:2] if found else None
    point = length <= (1 / rate if rate else 0)  # (one frame of its clip's own timebase)
    retimed = _time_map(holder)
    speed, shown_from = Fraction(1), None
    if retimed and picture is None and asset is not None and asset.get("src"):
        # (its times, the marker's too, are the clip's own, before the map: its media's are the map's)
        clip_start, clip_length = _frames(holder.get("start"), Fraction(1)), _frames(holder.get("duration"),
                                                                                      Fraction(1))
        shown_from = _between(retimed, clip_start)
        shown = _between(retimed, clip_start + clip_length) - shown_from
        speed = shown / clip_length if clip_length and shown else Fraction(1)  # (below 0: Reverse Clip)
        picture = (str(asset.get("src")), _between(retimed, start))
    return _Place(at + scale * start, Fraction(0) if point else scale * length,
                  (asset.get("src") or "") if asset is not None else "", picture, holder.tag, speed, shown_from,
                  seen)


def _time_map(clip: ElementTree.Element) -> list[tuple[Fraction, Fraction]]:
    """A retimed clip's ``timeMap`` as its points (the clip's own time, its media's time), in order; [] for a
    clip at normal speed. Every segment is read as linear: Final Cut Pro's own constant speed is two points of
    its default ``interp`` smooth2, a straight line; where the speed changes at a smooth point between (a speed
    transition) the curve FCPXML leaves unstated is said (:func:`_smooth_speed_changes`)."""
    return [(t, v) for t, v, _interp in _time_points(clip)]


def _time_points(clip: ElementTree.Element) -> list[tuple[Fraction, Fraction, str]]:
    """``clip``'s ``timeMap`` points (its own time, its media's, the ``interp``, FCPXML's default smooth2 when
    unsaid), in order; [] for fewer than two."""
    time_map = clip.find("timeMap")
    points = [] if time_map is None else \
        sorted((_frames(p.get("time"), Fraction(1)), _frames(p.get("value"), Fraction(1)),
                p.get("interp") or "smooth2") for p in time_map.iter("timept"))
    return points if len(points) > 1 else []


def _smooth_speed_changes(root: ElementTree.Element, origin: str | None, count: int) -> None:
    """Warn, naming the clip and its markers, of each retimed clip holding a marker whose speed changes at a
    smooth point (``interp`` smooth2, the default, or the old smooth): Final Cut Pro eases from one speed to
    the next around it (a speed transition, ``inTime``/``outTime``) on a curve FCPXML does not state, so its
    markers are read through the map as if it were linear there, and one near the change may be off."""
    for clip in root.iter():
        markers = [_numbered(m.get("value", ""), count)[0] for m in clip.findall("marker")]
        try:
            points = _time_points(clip) if markers else []
        except (ValueError, ZeroDivisionError):
            continue  # (a time that is no time: the map is not read)
        smooth = [t for (t0, v0, _), (t, v, interp), (t1, v1, _) in zip(points, points[1:], points[2:], strict=False)
                  if interp != "linear" and t0 < t < t1 and (v - v0) * (t1 - t) != (v1 - v) * (t - t0)]
        if smooth:
            notify(f"{origin or '<input>'}: clip {clip.get('name') or ''!r} changes speed smoothly at "
                   f"{', '.join(f'{float(t):g}' for t in smooth)} s of its own time (timeMap, a speed transition "
                   f"on a curve FCPXML does not state): its marker(s) {', '.join(map(repr, markers))} read as if "
                   "its speed changed at once there")


def _between(points: list[tuple[Fraction, Fraction]], x: Fraction) -> Fraction:
    """``x`` read through the piecewise linear function through ``points`` (sorted by their first), its end
    segments carried on past them."""
    k = next((i for i in range(1, len(points) - 1) if x < points[i][0]), len(points) - 1)
    (x0, y0), (x1, y1) = points[k - 1], points[k]
    return y0 if x1 == x0 else y0 + (x - x0) * (y1 - y0) / (x1 - x0)


def _picture_at(element: ElementTree.Element, time: Fraction, assets: dict[Any, ElementTree.Element],
                media: dict[Any, ElementTree.Element],
                depth: int = 0) -> tuple[str, Fraction, Fraction, Fraction] | None:
    """The picture file Final Cut Pro shows at ``time`` of ``element``'s own time, its time in that file, and for
    how many seconds before and after it the file is shown uncut (its item's ends inside a sync or multicam
    clip): an asset clip with a picture shows its own (its whole asset); a sync clip the item of its spine there
    (the camera, not the sound recorder on a lane); a multicam clip the item there of its active video angle
    (``mc-source`` with ``srcEnable`` video or all). None for anything else (a title, a gap, sound alone)."""
    if element.tag == "asset-clip":
        asset = assets.get(element.get("ref"))
        if asset is None or not asset.get("src") or asset.get("hasVideo") != "1":
            return None
        first = _frames(asset.get("start"), Fraction(1))
        end = _duration(asset.get("duration"))
        after = first + end - time if end else Fraction(MAX_TICKS)  # (no length: its holder's ends bound it)
        return str(asset.get("src")), time, time - first, after
    if element.tag == "sync-clip":
        items = element.find("spine")
    elif element.tag == "mc-clip" and depth < MAX_NESTING:
        active = next((s.get("angleID") for s in element.iter("mc-source")
                       if s.get("srcEnable") in ("video", "all")), None)
        multicam = getattr(media.get(element.get("ref")), "find", lambda _tag: None)("multicam")
        items = next((a for a in multicam.iter("mc-angle") if a.get("angleID") == active), None) \
            if multicam is not None else None
    else:
        return None
    for item in items if items is not None and depth < MAX_NESTING else ():
        offset = _frames(item.get("offset"), Fraction(1))
        length = _frames(item.get("duration"), Fraction(1))
        if offset <= time < offset + length:
            inner = _picture_at(item, time - offset + _frames(item.get("start"), Fraction(1)), assets, media,
                                depth + 1)
            return None if inner is None else \
                (inner[0], inner[1], min(inner[2], time - offset), min(inner[3], offset + length - time))
    return None


def _duration(time: str | None) -> Fraction | None:
    """An FCPX time as seconds when it is one above 0 (a frame duration), else None."""
    try:
        seconds = _frames(time, Fraction(1))
    except (ValueError, ZeroDivisionError):
        return None
    return seconds if seconds > 0 else None


def _placed_once(tl: otio.schema.Timeline, numbers: dict[int, int],
                 places: dict[int, list[_Place]]) -> dict[int, otio.opentime.TimeRange]:
    """Each marker of the file on the item the adapter made of the clip it
    is on, once for each place Final Cut Pro shows it (:func:`_final_cut_places`),
    and where that is on the top-level timeline, by the marker's ``id()``. The
    adapter gives a clip the markers of every clip inside it too (a lane's,
    a lane spine's), reads every pick of an audition, places a lane spine's
    items at the clip's start and ignores conform rates, so 24.fcpxml's
    'Marker 13' came twice, once 12 s late, and 'Shot_06' 25 s early. A
    marker is kept on the items holding it that hold the fewest markers (its
    own clip: an outer clip holds its inner clips' too; a compound clip used
    twice, twice), a picture's before a sound's; one Final Cut Pro does not
    show is dropped (said as not read). A marker that is not its holder's
    own (a title's or a gap's inside a clip, which the adapter gives the clip
    in the clip's media time: TitlesRoles' 'Marker 2' at 3603 s of a 415 s
    file) is moved onto the top stack at its place, so it is read through the
    clip under it; one on a sync clip's sound recorder onto the camera's clip
    shown there, at its time in the camera's file (the adapter lays a sync
    clip's items out at their offsets in the sync clip, not where they are
    shown). A point stays a point."""
    held: dict[int, list[tuple[Any, otio.schema.Marker]]] = {}
    sizes: dict[int, int] = {}  # how many markers each item holds (a clip's own, and its inner clips')
    for item, marker in markers_of(tl):
        sizes[id(item)] = len(item.markers)
        if id(marker) in numbers:
            held.setdefault(numbers[id(marker)], []).append((item, marker))
    to_top, known, dropped, moved = ToTop(tl), {}, set(), []
    pictures = {url: clip for clip in reversed(picture_clips(tl)) if (url := media_url(clip))}  # (the first)
    for number, holders in held.items():
        least = min(sizes[id(item)] for item, _ in holders)  # its own clip's (an outer clip holds more)
        shown = sorted(places.get(number, []), key=lambda p: (p.start, p.duration))
        kept = sorted(((i, m) for i, m in holders if sizes[id(i)] == least), key=lambda h: is_sound(h[0]))
        kept = kept[:len(shown)]
        dropped |= {id(m) for _, m in holders} - {id(m) for _, m in kept}
        if len(kept) > 1:  # (a compound clip used twice: its markers in the order it is)
            kept.sort(key=lambda h: to_top.range(h[0], h[1].marked_range).start_time.to_seconds())
        for (item, marker), place in zip(kept, shown, strict=False):
            # (a point: _frame_markers_as_points at the project's rate, _final_cut_places at its clip's)
            known[id(marker)] = _on_top(place, marker.marked_range.start_time.rate,
                                        point=not marker.marked_range.duration.value)
            if not place.duration:  # (a point in its clip's timebase: read so in its media too)
                marker.marked_range = otio.opentime.TimeRange(marker.marked_range.start_time,
                                                              otio.opentime.RationalTime(0, rate_of(tl) or 1.0))
            if place.shown_from is not None and isinstance(item, otio.schema.Clip):
                _retime(item, place)
            own = place.picture is not None and media_url(item) == place.picture[0]  # (a retimed clip: its own)
            if place.picture is not None and (own or place.picture[0] in pictures):  # (a sync clip's sound lane)
                dropped.add(id(marker))
                moved.append((marker, place, item if own else pictures[place.picture[0]]))
            elif isinstance(item, otio.schema.Clip) and place.media != media_url(item):  # (a compound clip's: own)
                dropped.add(id(marker))
                moved.append((marker, place, tl.tracks))
    for item in {id(i): i for i, m in markers_of(tl) if id(m) in dropped}.values():
        item.markers[:] = [m for m in item.markers if id(m) not in dropped]
    for marker, place, onto in moved:
        _put(marker, place, onto, known[id(marker)])
    return known


def _retime(clip: otio.schema.Clip, place: _Place) -> None:
    """``clip``, retimed in Final Cut Pro (``place`` of a marker on it), given the range of its media it
    shows, as OpenTimelineIO states a retime (its range's start in its media, a LinearTimeWarp for its speed):
    the adapter reads the clip's own times (before its timeMap) as its media's; once."""
    if place.shown_from is None or clip.source_range is None or \
            any(isinstance(e, otio.schema.LinearTimeWarp) for e in clip.effects):
        return
    rate = clip.source_range.start_time.rate
    # A reversed clip (a negative speed) shows its media down from shown_from: its range starts where it ends.
    first = place.shown_from + min(place.speed, Fraction(0)) * Fraction(seconds(clip.source_range.duration))
    clip.source_range = otio.opentime.TimeRange(
        otio.opentime.RationalTime(float(first * Fraction(rate)), rate), clip.source_range.duration)
    clip.effects.append(otio.schema.LinearTimeWarp(time_scalar=float(place.speed)))


def _unread_by_the_adapter(tl: otio.schema.Timeline, root: ElementTree.Element, read: set[int],
                           places: dict[int, list[_Place]], notes: list[str]) -> dict[int, otio.opentime.TimeRange]:
    """A marker for each place Final Cut Pro shows a marker the adapter does not read, one on a sync clip or a
    multicam clip itself (where an editor of multicam footage puts every marker), on the clip of the picture
    shown there (the camera; the active video angle) when ``tl`` has one, else on the top stack at its place
    in the project; where each lies on the top-level timeline, by the marker's ``id()``."""
    rate = rate_of(tl) or _project_rate(root) or 1.0
    pictures = {url: clip for clip in reversed(picture_clips(tl)) if (url := media_url(clip))}  # (the first)
    angles: dict[tuple[str, Fraction, Fraction, Fraction], otio.schema.Clip] = {}
    known = {}
    for element in root.iter("marker"):
        name, number = _numbered(element.get("value", ""), len(notes))
        if number is None or number in read:
            continue
        for place in places.get(number, []):
            if place.holder not in ("sync-clip", "mc-clip"):
                continue  # (a gap's: said as not read)
            completed = element.get("completed")
            marker = otio.schema.Marker(name=name, color={"1": otio.schema.MarkerColor.GREEN,
                                                          "0": otio.schema.MarkerColor.RED}.get(
                                                              completed or "", otio.schema.MarkerColor.PURPLE),
                                        metadata={"fcpx": {"note": notes[number]}} if notes[number] else {})
            known[id(marker)] = _on_top(place, rate, point=not place.duration)
            onto = pictures.get(place.picture[0], tl.tracks) if place.picture else tl.tracks
            if place.seen is not None and place.picture is not None:  # (a multicam's: the part it shows)
                key = (place.picture[0], *place.seen)
                if key not in angles:  # (one clip for the part, whatever number of markers it holds)
                    angles[key] = _angle_clip(tl, root, key, rate)
                onto = angles[key]
            _put(marker, place, onto, known[id(marker)])
    return known


def _project_rate(root: ElementTree.Element) -> float | None:
    """The frame rate of the project's sequence's format, or None."""
    project = root.find(".//project/sequence")
    duration = next((_duration(f.get("frameDuration")) for f in root.iter("format")
                     if project is not None and f.get("id") == project.get("format")), None)
    return float(1 / duration) if duration else None


def _angle_clip(tl: otio.schema.Timeline, root: ElementTree.Element, shown: tuple[str, Fraction, Fraction, Fraction],
                rate: float) -> otio.schema.Clip:
    """A clip of the file a multicam clip shows (``shown``: the file, where that part starts in the project,
    where in the file, how long), put in ``tl`` where the multicam clip is, in place: OpenTimelineIO's adapter
    reads no multicam clip (a gap in its place), so a marker on one had no footage unless the project held
    another clip of its active angle's file, and there was read against that clip's part of the file. It
    takes the gap's place in the first video track with a gap there, else a new track's."""
    src, at, first, length = shown
    asset = next((a for a in root.iter("asset") if a.get("src") == src), None)
    formats = {f.get("id"): d for f in root.iter("format") if (d := _duration(f.get("frameDuration")))}
    own = float(1 / formats[asset.get("format")]) if asset is not None and asset.get("format") in formats else rate

    def span(start: Fraction, seconds: Fraction, fps: float) -> otio.opentime.TimeRange:
        return otio.opentime.TimeRange(otio.opentime.RationalTime(float(start * Fraction(fps)), fps),
                                       otio.opentime.RationalTime(float(seconds * Fraction(fps)), fps))

    available = None
    if asset is not None and (whole := _duration(asset.get("duration"))):
        available = span(_frames(asset.get("start"), Fraction(1)), whole, own)
    clip = otio.schema.Clip(name=str(asset.get("name") or "") if asset is not None else "",
                            media_reference=otio.schema.ExternalReference(target_url=src, available_range=available),
                            source_range=span(first, length, rate))
    video = [t for t in tl.tracks if isinstance(t, otio.schema.Track) and t.kind == otio.schema.TrackKind.Video]
    for track in video:
        for index, gap in enumerate(track):
            where = track.range_of_child_at_index(index)
            start, end = Fraction(where.start_time.to_seconds()), Fraction(where.end_time_exclusive().to_seconds())
            if isinstance(gap, otio.schema.Gap) and start <= at and at + length <= end:
                del track[index]
                parts = [otio.schema.Gap(source_range=span(Fraction(0), at - start, rate))] if at > start else []
                parts.append(clip)
                if end > at + length:
                    parts.append(otio.schema.Gap(source_range=span(Fraction(0), end - at - length, rate)))
                for offset, part in enumerate(parts):
                    track.insert(index + offset, part)
                return clip
    track = otio.schema.Track(kind=otio.schema.TrackKind.Video)
    if at > 0:
        track.append(otio.schema.Gap(source_range=span(Fraction(0), at, rate)))
    track.append(clip)
    tl.tracks.append(track)
    return clip


def _on_top(place: _Place, rate: float, *, point: bool = False) -> otio.opentime.TimeRange:
    """``place`` as a range of the top-level timeline at ``rate``."""
    duration = Fraction(0) if point else place.duration
    return otio.opentime.TimeRange(otio.opentime.RationalTime(float(place.start * Fraction(rate)), rate),
                                   otio.opentime.RationalTime(float(duration * Fraction(rate)), rate))


def _put(marker: otio.schema.Marker, place: _Place, onto: Any, top: otio.opentime.TimeRange) -> None:
    """``marker`` put on ``onto``: on the clip of the picture Final Cut Pro shows at it (``place.picture``), at
    its time in that clip's media, which from_otio reads as it reads the clip's own; else on the top stack at
    ``top``, read through the clip under it."""
    if isinstance(onto, otio.schema.Clip) and place.picture is not None:
        rate = top.start_time.rate
        marker.marked_range = otio.opentime.TimeRange(
            otio.opentime.RationalTime(float(place.picture[1] * Fraction(rate)), rate), top.duration)
    else:
        marker.marked_range = top
    onto.markers.append(marker)


def _own_rates(tl: otio.schema.Timeline, root: ElementTree.Element, text: str, base: int) -> None:
    """Every time of ``tl``, read at the one timebase :func:`_one_timebase`
    gave the adapter (``base`` ticks a second), counted again, in place, at
    the rate it belongs to: a media's available range at its asset's format's
    rate (its footage's rate), all else at the project sequence's (the rate
    the edit is counted in). Times keep their seconds exactly."""
    rates = {f.get("id"): float(1 / d) for f in root.iter("format") if (d := _duration(f.get("frameDuration")))}
    assets = {a.get("src"): rates.get(a.get("format")) for a in root.iter("asset") if a.get("src")}
    found = _PROJECT_SEQUENCE.search(text)
    try:
        sequence = ElementTree.fromstring(found["sequence"] + "/>") if found else None
    except ElementTree.ParseError:
        sequence = None
    edit = (rates.get(sequence.get("format")) if sequence is not None else None) or \
        next((r for r in rates.values() if r), None) or float(base)

    def at(t: otio.opentime.RationalTime, rate: float) -> otio.opentime.RationalTime:
        return t.rescaled_to(rate) if t.rate == base else t

    def span(r: otio.opentime.TimeRange | None, rate: float) -> otio.opentime.TimeRange | None:
        return None if r is None else otio.opentime.TimeRange(at(r.start_time, rate), at(r.duration, rate))

    if tl.global_start_time is not None:
        tl.global_start_time = at(tl.global_start_time, edit)
    for item in [tl.tracks, *tl.tracks.find_children()]:
        if isinstance(item, otio.schema.Transition):
            item.in_offset, item.out_offset = at(item.in_offset, edit), at(item.out_offset, edit)
            continue
        item.source_range = span(item.source_range, edit)
        for marker in item.markers:
            marker.marked_range = span(marker.marked_range, edit)
        reference = getattr(item, "media_reference", None)
        if reference is not None and reference.available_range is not None:
            own = assets.get(getattr(reference, "target_url", None)) or edit
            reference.available_range = span(reference.available_range, own)
