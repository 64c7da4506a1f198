"""The footage's text tracks: subtitle streams inside it (SubRip, ASS,
mov_text, WebVTT: listed with PyAV, converted to SubRip by ffmpeg) and
subtitle files beside it (``footage.srt``, ``footage.en.vtt``,
``footage.ass``; captions downloaded with URL footage are kept there too),
each read by the project's one subtitle reader (:mod:`annotate.subtitles`)."""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from annotate import ffmpeg, subtitles
from annotate.errors import AnnotateError, AnnotateWarning
from annotate.subtitles import srt
from annotate.subtitles.cues import Cue
from annotate.subtitles.problems import ENCODING, Collector

SIDECAR_SUFFIXES = (".srt", ".vtt", ".ass", ".ssa")
# Subtitle codecs that carry text; bitmap ones (DVD, PGS, DVB) would need OCR.
TEXT_CODECS = frozenset({"subrip", "srt", "ass", "ssa", "mov_text", "webvtt", "text", "microdvd", "subviewer",
                         "jacosub", "sami", "realtext", "mpl2", "pjs", "vplayer", "stl"})


class SpeechWarning(AnnotateWarning):
    """A text track or the sound could not be searched for quotes; the message says which and why."""


@dataclass(frozen=True)
class Track:
    """One text track: where it came from (``footage.en.vtt``, ``stream 2
    (mov_text, eng)``) and its cues in time order."""

    source: str
    cues: tuple[Cue, ...]


def sidecars(footage: str | os.PathLike[str]) -> list[Path]:
    """Subtitle files beside ``footage`` named after it: ``NAME.srt``,
    ``NAME.LANG.vtt``, ... (NAME being the footage's name without extension)."""
    path = Path(footage)
    stem = path.stem
    try:
        entries = sorted(path.parent.iterdir())
    except OSError:
        return []
    return [p for p in entries if p.is_file() and p.suffix.lower() in SIDECAR_SUFFIXES
            and (p.stem == stem or p.name.startswith(stem + "."))]


def embedded(footage: str | os.PathLike[str]) -> list[Track]:
    """The text subtitle streams inside ``footage``; a bitmap stream or one
    ffmpeg cannot convert is left out with a warning."""
    import av

    path = ffmpeg.ensure_path(footage)
    try:
        with av.open(ffmpeg.local(path)) as container:
            streams = [(s.index, s.codec_context.name or "", "" if s.language in (None, "und") else s.language)
                       for s in container.streams.subtitles]
    except (av.error.FFmpegError, OSError):
        return []  # not a media file PyAV reads: probing reports that elsewhere
    tracks = []
    for index, codec, language in streams:
        label = f"stream {index} ({codec}{', ' + language if language else ''})"
        if codec not in TEXT_CODECS:
            _tell(f"{Path(footage).name}: {label} is not text (needs OCR); not searched for quotes")
            continue
        proc = ffmpeg.capture(["-i", ffmpeg.local(footage), "-map", f"0:{index}", "-c:s", "srt", "-f", "srt", "-"])
        if proc.returncode != 0:
            _tell(f"{Path(footage).name}: {label} could not be read: {ffmpeg.failure(proc)}")
            continue
        found = Collector(f"{Path(footage).name} {label}")
        cues = srt.loads(proc.stdout.decode("utf-8", "replace"), found)
        tracks.append(Track(label, tuple(sorted(cues, key=lambda c: c.start))))
    return tracks


def read_tracks(footage: str | os.PathLike[str]) -> list[Track]:
    """Every text track of ``footage``: its subtitle streams, then the subtitle files beside it."""
    tracks = embedded(footage)
    for path in sidecars(footage):
        try:
            reading = subtitles.read_file(path)  # a sidecar's cue problems are not the user's concern here
        except AnnotateError as exc:
            _tell(f"{path.name}: not read as subtitles ({exc.message}); not searched for quotes")
            continue
        if any(p.rule == ENCODING for p in reading.problems):
            # A wrong guess turns every accented word to mojibake, and the quote's words are then not found.
            _tell(f"{path.name}: not UTF-8; read as {reading.encoding}, a guess: quotes may not be found "
                  "in it (save it as UTF-8)")
        tracks.append(Track(path.name, tuple(sorted(reading.cues, key=lambda c: c.start))))
    return tracks


def _tell(message: str) -> None:
    warnings.warn(message, SpeechWarning, stacklevel=3)
