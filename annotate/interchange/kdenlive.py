"""Kdenlive project (``.kdenlive``): the MLT document of :mod:`annotate.interchange.mlt`
(footage, or selects with ``selects``) with Kdenlive's bin and track
properties, each moment a timeline guide and a clip marker on the footage.

Written with xml.etree: the ``otio-kdenlive-adapter`` on PyPI (0.0.3) says
itself that it is deprecated (Kdenlive reads OTIO natively since 25.04), and
writes entry times as milliseconds (``00:00:01.668``), which at 29.97 fps
can land on the neighbouring frame. A document of version 0.99 (guides in
``kdenlive:docproperties.guides``) opens in every Kdenlive since 19.04,
which upgrades it; ``melt`` renders it as it renders the ``.mlt``.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

from annotate.clips.media import FrameTable
from annotate.interchange.mlt import Mark, document, projects_for, prop, to_text
from annotate.model import Timeline

EXTENSIONS = (".kdenlive",)
DOC_VERSION = "0.99"
# Kdenlive's marker categories 0-8; colours in its default palette order.
GUIDE_TYPES = {"PURPLE": 0, "CYAN": 1, "BLUE": 2, "GREEN": 3, "YELLOW": 4, "ORANGE": 5, "RED": 6, "PINK": 7,
               "MAGENTA": 7, "BLACK": 8, "WHITE": 8}
BIN_CLIP_ID = "2"


def _json(marks: list[Mark]) -> str:
    return json.dumps([{"pos": m.at, "comment": m.name, "type": GUIDE_TYPES.get(m.color.upper(), 6)}
                       for m in marks])


def dumps(timeline: Timeline, *, selects: bool = False, pad: tuple[float, float] | None = None,
          frames: FrameTable | None = None) -> str:
    p, *others = videos = projects_for(timeline, selects, pad, frames, "Kdenlive")
    root, parts = document(p, others)
    root.set("producer", "main_bin")
    # Several videos: a bin clip each (ids 2, 3, ...), its own moments as its markers.
    clip_ids = {str(producer.get("id")): str(int(BIN_CLIP_ID) + n) for n, producer in enumerate(parts["producers"])}
    for producer, one in zip(parts["producers"], videos, strict=True):
        prop(producer, "kdenlive:id", clip_ids[str(producer.get("id"))])
        prop(producer, "kdenlive:clipname", p.title if len(videos) == 1 else one.resource.rsplit("/", 1)[-1])
    heard = [bool(v.has_audio) for v in timeline.videos][:len(videos)]  # (selects: the one video's)
    sound = _audio_tracks(root, parts, heard)
    bin_ = parts["bin"]
    prop(bin_, "kdenlive:docproperties.version", DOC_VERSION)
    prop(bin_, "kdenlive:docproperties.decimalPoint", ".")
    prop(bin_, "kdenlive:docproperties.guides", _json([m for one in videos for m in one.marks]))
    if not selects:  # the same moments as markers on the clip itself (source frames)
        for producer, one in zip(parts["producers"], videos, strict=True):
            prop(producer, "kdenlive:markers", _json(one.marks))
    for entry in [*bin_.iter("entry"), *(e for playlist in [*parts["playlists"], *sound]
                                         for e in playlist.iter("entry"))]:
        prop(entry, "kdenlive:id", clip_ids[str(entry.get("producer"))])
    prop(parts["tractor"], "kdenlive:track_name", "V1")
    length = max(one.length for one in videos)
    # Kdenlive's main tractor: a black background under the tracks.
    black = ET.Element("producer", id="black_track", attrib={"in": "0", "out": str(length - 1)})
    prop(black, "length", length)
    prop(black, "mlt_service", "color")
    prop(black, "resource", "black")
    root.insert(2, black)
    main = ET.SubElement(root, "tractor", id="maintractor", global_feed="1",
                         attrib={"in": "0", "out": str(length - 1)})
    ET.SubElement(main, "track", producer="black_track")
    ET.SubElement(main, "track", producer=str(parts["tractor"].get("id")))
    for n, playlist in enumerate(sound, start=2):  # each sound track, mixed over the (silent) black one
        ET.SubElement(main, "track", producer=str(playlist.get("tractor")))
        del playlist.attrib["tractor"]
        mix = ET.SubElement(main, "transition", id=f"mix{n}")
        for name, value in (("a_track", 0), ("b_track", n), ("mlt_service", "mix"), ("always_active", 1),
                            ("sum", 1)):
            prop(mix, name, value)
    return to_text(root)


def _audio_tracks(root: ET.Element, parts: dict[str, Any], heard: list[bool]) -> list[ET.Element]:
    """The sound of each video that has it (``heard``) on an audio track of
    its own, the same entries as its video track, whose own sound is
    hidden: Kdenlive keeps picture and sound on separate tracks, as the
    other editor exports give footage with sound an audio track of the same
    clips. Returns the sound playlists, each naming its tractor (``tractor``,
    taken off when the main tractor lists it)."""
    out = []
    for n, (playlist, has_sound) in enumerate(zip(parts["playlists"], heard, strict=False)):
        if not has_sound:
            continue
        for track in parts["tractor"].iter("track"):
            if track.get("producer") == playlist.get("id"):
                track.set("hide", "audio")
        sound = ET.SubElement(root, "playlist", id=f"sound{n}")
        prop(sound, "kdenlive:audio_track", 1)
        for entry in playlist.iter("entry"):
            ET.SubElement(sound, "entry", producer=str(entry.get("producer")),
                          attrib={"in": str(entry.get("in")), "out": str(entry.get("out"))})
        tractor = ET.SubElement(root, "tractor", id=f"sound_tractor{n}",
                                attrib={"in": "0", "out": str(parts["tractor"].get("out"))})
        prop(tractor, "kdenlive:audio_track", 1)
        prop(tractor, "kdenlive:track_name", f"A{n + 1}")
        ET.SubElement(tractor, "track", producer=f"sound{n}", hide="video")
        sound.set("tractor", f"sound_tractor{n}")
        out.append(sound)
    return out
