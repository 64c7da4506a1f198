"""MLT XML (``.mlt``), the project file of Shotcut and what ``melt`` renders:
the footage with a Shotcut marker at every moment, or (``selects``) one
playlist entry per moment cut as ``annotate clips`` cuts it.

Written with xml.etree, not OpenTimelineIO: the ``otio-mlt-adapter`` on PyPI
(0.3.0) writes no frame rate into the profile (``<profile
decsription="automatic">``), names producers after the clip (two moments
with one caption collide), writes frames as floats (``in="50.0"``) and drops
every marker; a file MLT would render at whatever rate it guesses is no
frame-exact selects. Frames here are the footage's, counted at its exact
rate (30000/1001 for 29.97), so entry ``in``/``out`` are source frames.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotate.clips.media import FrameTable
from annotate.escape import clean_text, line_text, loses_characters
from annotate.interchange.common import (
    CLEAN_LEFT_OUT,
    by_time,
    footage_name,
    fps_of,
    marker_name,
    notify,
    texts_not_kept,
    title_source,
)
from annotate.interchange.otio import marker_color
from annotate.interchange.selects import Cut, cuts, footage_frames, positions, rate
from annotate.model import Moment, Timeline
from annotate.timecode import format_vtt, frame_of

if TYPE_CHECKING:
    from annotate.probe import MediaInfo

EXTENSIONS = (".mlt",)
MLT_VERSION = "7.12.0"
# Size to declare when the footage was never probed (MLT scales to the profile).
DEFAULT_SIZE = (1920, 1080)
# Footage length to assume when the timeline was never probed: past the last moment.
TAIL_SECONDS = 10.0
# Marker colours as Shotcut shows them (it stores "#rrggbb").
MARKER_HEX = {
    "RED": "#ff0000", "PINK": "#ff66cc", "ORANGE": "#ff8800", "YELLOW": "#ffff00", "GREEN": "#00cc00",
    "CYAN": "#00cccc", "BLUE": "#0066ff", "PURPLE": "#9933ff", "MAGENTA": "#ff00ff", "BLACK": "#000000",
    "WHITE": "#ffffff",
}
FOOTAGE_ID = "footage"
# Lowest picture height taken for HD (BT.709 colours).
HD_HEIGHT = 720


@dataclass(frozen=True)
class Mark:
    """A moment placed on the programme: record frames [at, until] (equal for a point)."""

    name: str
    color: str
    at: int
    until: int


@dataclass(frozen=True)
class Project:
    """What an MLT-based project holds: the footage (``total`` frames at
    ``fps``), the entries cut from it in order (source frames [first, stop))
    and the moments as marks on the programme."""

    title: str
    resource: str
    fps: Fraction
    size: tuple[int, int]
    total: int
    entries: list[tuple[int, int]]
    marks: list[Mark]
    sample_aspect: Fraction = Fraction(1)  # of the pixels (PAL 16:9: 64/45), as ``size`` is shown
    # The streams to open (their index in the file: MLT's ``video_index``, ``audio_index``) of a file of several,
    # the default ones the timeline records (probe.MediaInfo.video_stream); None: MLT's own choice, the only one.
    streams: tuple[int | None, int | None] = (None, None)

    @property
    def display_aspect(self) -> Fraction:
        return Fraction(self.size[0], self.size[1]) * self.sample_aspect

    @property
    def length(self) -> int:
        return sum(stop - first for first, stop in self.entries)


def resource(timeline: Timeline) -> str:
    """The footage as MLT opens it: an absolute path (a relative one is
    resolved against the timeline file's folder), else the URL, else the name."""
    f = timeline.footage
    if f and f.path:
        path = Path(f.path).expanduser()
        if not path.is_absolute() and timeline.origin:
            path = Path(timeline.origin).resolve().parent / path
        return clean_text(str(path))
    return clean_text(f.url if f and f.url else footage_name(timeline))


def project(timeline: Timeline, *, selects: bool = False, pad: tuple[float, float] | None = None,
            frames: FrameTable | None = None) -> Project:
    """The project for ``timeline``: the whole footage with its moments
    marked, or the selects (:func:`annotate.interchange.selects.cuts`, in the
    frames of the footage's frame table ``frames`` when given)."""
    fps = rate(fps_of(timeline, editing=False))
    info = _probed(timeline)
    size, aspect = _picture(timeline, info)
    streams = (info.video_stream, info.audio_stream) if info else (None, None)
    title = line_text(timeline.title or footage_name(timeline))
    marks: list[Mark] = []
    if selects:
        chosen: list[Cut] = cuts(timeline, pad, frames=frames)
        total = positions(timeline, fps, frames) or max(c.stop for c in chosen)
        entries, offset = [], 0
        for cut in chosen:
            entries.append((cut.first, cut.stop))
            marks.append(_mark(cut.moment, offset + cut.at - cut.first, offset + cut.until - cut.first))
            offset += cut.frames
        return Project(line_text(f"Selects: {title}"), resource(timeline), fps, size, total, entries, marks, aspect,
                       streams)
    total = footage_frames(timeline, fps) or frame_of(_latest(timeline) + TAIL_SECONDS, fps, end=True)
    for m in by_time(timeline):
        at = min(frame_of(m.effective_start, fps), total - 1)
        end = m.effective_end
        marks.append(_mark(m, at, at if end is None else min(max(frame_of(end, fps, end=True), at), total)))
    return Project(title, resource(timeline), fps, size, total, [(0, total)], marks, aspect, streams)


def _probed(timeline: Timeline) -> MediaInfo | None:
    """The footage's file probed when it is at hand, else None."""
    from annotate.errors import AnnotateError
    from annotate.probe import probe

    f = timeline.footage
    path = Path(resource(timeline))
    if not (f and f.path and path.is_file()):
        return None
    try:
        return probe(path)
    except AnnotateError:
        return None


def _picture(timeline: Timeline, info: MediaInfo | None) -> tuple[tuple[int, int], Fraction]:
    """The footage's frame size and pixel aspect as a player shows it, read from the file (``info``) when it is
    at hand (a phone's portrait video is stored landscape and turned; PAL 16:9 is 720x576 of pixels 64/45
    wide), else the size the timeline records, in square pixels."""
    f = timeline.footage
    size = (f.width, f.height) if f and f.width and f.height else DEFAULT_SIZE
    if info is None:
        return size, Fraction(1)
    turned = info.display_size != (info.width, info.height)
    return info.display_size, 1 / info.sample_aspect if turned else info.sample_aspect


def _latest(timeline: Timeline) -> float:
    return max((m.effective_end or m.effective_start for m in timeline.moments), default=0.0)


def _mark(moment: Moment, at: int, until: int) -> Mark:
    return Mark(marker_name(moment), str(marker_color(moment)), at, until)


def clock(frames: int, fps: Fraction) -> str:
    """Frames as MLT's clock time ``hh:mm:ss.mmm`` (how Shotcut stores markers)."""
    return format_vtt(float(frames / fps))


def colorspace(height: int) -> str:
    """The colour matrix MLT converts to: BT.709 for HD, BT.601 below, as
    untagged footage is read (declaring 709 for SD footage shifts its colours)."""
    return "709" if height >= HD_HEIGHT else "601"


def prop(parent: ET.Element, name: str, value: object) -> ET.Element:
    element = ET.SubElement(parent, "property", name=name)
    element.text = str(value)
    return element


def producer_id(n: int) -> str:
    """The producer of the ``n``-th video (from 0): ``footage``, ``footage2``, ..."""
    return FOOTAGE_ID if n == 0 else f"{FOOTAGE_ID}{n + 1}"


def document(p: Project, others: Sequence[Project] = ()) -> tuple[ET.Element, dict[str, Any]]:
    """The MLT document of ``p`` (and, with several videos, of ``others``:
    a producer and a track each, the profile the first's) and its main parts
    by role (``producer``, ``bin``, ``playlist``, ``tractor``; ``producers``
    and ``playlists`` of every video), for a dialect (Kdenlive) to add to."""
    width, height = p.size
    root = ET.Element("mlt", LC_NUMERIC="C", version=MLT_VERSION, title=p.title)
    ET.SubElement(root, "profile", description=f"{width}x{height} {float(p.fps):.3f} fps", width=str(width),
                  height=str(height), progressive="1", sample_aspect_num=str(p.sample_aspect.numerator),
                  sample_aspect_den=str(p.sample_aspect.denominator),
                  display_aspect_num=str(p.display_aspect.numerator),
                  display_aspect_den=str(p.display_aspect.denominator),
                  frame_rate_num=str(p.fps.numerator), frame_rate_den=str(p.fps.denominator),
                  colorspace=colorspace(height))
    videos = [p, *others]
    producers = []
    for n, one in enumerate(videos):
        producer = ET.SubElement(root, "producer", id=producer_id(n), attrib={"in": "0", "out": str(one.total - 1)})
        prop(producer, "length", one.total)
        prop(producer, "eof", "pause")
        prop(producer, "resource", one.resource)
        prop(producer, "mlt_service", "avformat-novalidate")
        prop(producer, "seekable", 1)
        for name, index in zip(("video_index", "audio_index"), one.streams, strict=True):
            if index is not None:
                prop(producer, name, index)
        producers.append(producer)
    bin_ = ET.SubElement(root, "playlist", id="main_bin")
    prop(bin_, "xml_retain", 1)
    for n, one in enumerate(videos):
        ET.SubElement(bin_, "entry", producer=producer_id(n), attrib={"in": "0", "out": str(one.total - 1)})
    playlists = []
    for n, one in enumerate(videos):
        playlist = ET.SubElement(root, "playlist", id=f"playlist{n}")
        prop(playlist, "shotcut:video", 1)
        prop(playlist, "shotcut:name", f"V{n + 1}")
        for first, stop in one.entries:
            ET.SubElement(playlist, "entry", producer=producer_id(n), attrib={"in": str(first), "out": str(stop - 1)})
        playlists.append(playlist)
    length = max(one.length for one in videos)
    tractor = ET.SubElement(root, "tractor", id="tractor0", title=p.title, attrib={"in": "0", "out": str(length - 1)})
    prop(tractor, "shotcut", 1)
    for playlist in playlists:
        ET.SubElement(tractor, "track", producer=str(playlist.get("id")))
    return root, {"producer": producers[0], "bin": bin_, "playlist": playlists[0], "tractor": tractor,
                  "producers": producers, "playlists": playlists}


def projects(timeline: Timeline) -> list[Project]:
    """The whole footage of each video with its own moments marked, one
    project per video; one video: :func:`project`. MLT counts every
    producer's frames at the profile's rate (the first video's): the others
    are counted at it too."""
    if len(timeline.videos) <= 1:
        return [project(timeline)]
    first = project(timeline.for_video(timeline.videos[0].id))
    return [first, *(project(timeline.for_video(v.id).with_footage(replace(v, fps=float(first.fps))))
                     for v in timeline.videos[1:])]


def to_text(root: ET.Element) -> str:
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _start_timecodes_not_written(timeline: Timeline, what: str) -> None:
    """One warning naming the videos whose start timecode (a camera's
    01:00:00:00) the project leaves out: MLT has no place for it (a clip
    counts from its first frame; its producer reads the file's own), where
    EDL, FCP 7 XML and FCPX write it."""
    started = [f"{v.path or v.url or v.id} {v.timecode}" for v in timeline.videos if v.timecode]
    if started:
        shown = ", ".join(started[:5]) + (", ..." if len(started) > 5 else "")
        notify(f"{what}: the start timecode of the footage ({shown}) is not written: a project counts each clip "
               "from its first frame, so its times and markers read from 00:00:00:00 (export .edl, .xml or .fcpxml "
               "to keep it)")


def projects_for(timeline: Timeline, selects: bool, pad: tuple[float, float] | None,
                 frames: FrameTable | None, what: str) -> list[Project]:
    """What a document holds: the selects (of one video), else every video;
    the moments and title ``what`` writes without characters (its names are
    one line of clean text) are said."""
    texts_not_kept([m.id for m in by_time(timeline) if marker_name(m) and loses_characters(title_source(m))], what,
                   CLEAN_LEFT_OUT, title=loses_characters(timeline.title))
    _start_timecodes_not_written(timeline, what)
    return [project(timeline, selects=True, pad=pad, frames=frames)] if selects else projects(timeline)


def dumps(timeline: Timeline, *, selects: bool = False, pad: tuple[float, float] | None = None,
          frames: FrameTable | None = None) -> str:
    first, *others = projects_for(timeline, selects, pad, frames, "MLT")
    root, parts = document(first, others)
    # Shotcut's markers: a nested property set on the main tractor, times as
    # clock text (several videos: every track starts at 0:00, so each
    # video's moments are marked at its own times).
    tractor = parts["tractor"]
    markers = ET.Element("properties", name="shotcut:markers")
    tractor.insert(len(tractor) - len(parts["playlists"]), markers)  # properties before the tracks
    marks = [m for part in (first, *others) for m in part.marks]  # (all at the profile's rate)
    for n, mark in enumerate(marks):
        one = ET.SubElement(markers, "properties", name=str(n))
        prop(one, "text", mark.name)
        prop(one, "start", clock(mark.at, first.fps))
        prop(one, "end", clock(mark.until, first.fps))
        prop(one, "color", MARKER_HEX.get(mark.color.upper(), MARKER_HEX["RED"]))
    return to_text(root)
