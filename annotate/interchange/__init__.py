"""Interchange formats: one module per format (``dumps`` and, where import is
supported, ``loads``) behind the one mapping below; the path layer here picks
the module by name or extension and writes atomically."""

from __future__ import annotations

import inspect
import itertools
import os
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType

from annotate import overwrite, subtitles
from annotate.atomic import write_text
from annotate.errors import AnnotateError, InputError, collected
from annotate.interchange import (
    assformat,
    csvformat,
    edl,
    fcp_xml,
    fcpx,
    jsonformat,
    kdenlive,
    mlt,
    otio,
    srtformat,
    vtt_chapters,
    vttformat,
    youtube,
)
from annotate.interchange.common import ExportWarning, fps_of, merged, notify, past_the_end
from annotate.interchange.otio import TAIL_SECONDS
from annotate.interchange.selects import frame_table
from annotate.model import Footage, Moment, Timeline, default_video_id
from annotate.timecode import FALLBACK_FPS
from annotate.timeline import with_footage_length
from annotate.timeline.document import (
    load,
    save,
    say_found_changed,
    say_removed,
    text_paths,
    with_absolute_paths,
)
from annotate.timeline.match import match_cues

# The one mapping from format name to module. A module lists its own file
# extensions (EXTENSIONS), so a new format is one new file and one line here.
FORMATS: dict[str, ModuleType] = {
    "otio": otio,
    "edl": edl,
    "fcp-xml": fcp_xml,
    "fcpx": fcpx,
    "mlt": mlt,
    "kdenlive": kdenlive,
    "csv": csvformat,
    "json": jsonformat,
    "youtube": youtube,
    "vtt-chapters": vtt_chapters,
    "srt": srtformat,
    "vtt": vttformat,
    "ass": assformat,
}

MAX_IMPORT_BYTES = 50_000_000
# Formats that hold several videos (OTIO, FCP XML, MLT, Kdenlive: a track each; JSON: the list; CSV: a
# footage column; EDL, FCPX: a clip each, back to back); the others (chapters of one upload) are written for
# one (--video ID).
SEVERAL_VIDEOS = ("otio", "json", "csv", "edl", "fcp-xml", "fcpx", "mlt", "kdenlive")
# Formats that count the footage's frames and give its clip a length (editor files).
FRAME_FORMATS = ("otio", "edl", "fcp-xml", "fcpx", "mlt", "kdenlive")
# Formats that record the footage's (and JSON the article's) path: a name that is not UTF-8 cannot be kept in them.
NAMES_FILES = (*FRAME_FORMATS, "json")

__all__ = ["FORMATS", "ExportWarning", "Written", "dumps", "format_for", "import_into", "loads", "read", "text_of",
           "write"]


@dataclass(frozen=True)
class Written:
    """What :func:`write` produced: the file, its format, and every change the
    format forced on the timeline (e.g. YouTube chapters merged)."""

    path: Path
    format: str
    notes: list[str] = field(default_factory=list)


def _known(importing: bool = False) -> str:
    """The formats (and their extensions) one can export, or import."""
    names = [n for n, m in FORMATS.items() if not importing or hasattr(m, "loads")]
    exts = ", ".join(sorted({e for n in names for e in FORMATS[n].EXTENSIONS}))
    return f"{'importable' if importing else 'known'} formats: {', '.join(names)} (extensions {exts})"


def format_for(path: str | os.PathLike[str] | None, format: str | None = None, *, importing: bool = False) -> str:
    """The format name for ``format`` if given, else for the file's extension
    (longest match, so ``.chapters.txt`` beats ``.txt``)."""
    if format:
        name = format.lower().lstrip(".")
        if name not in FORMATS:
            by_ext = _by_extension("." + name)
            if by_ext is None:
                raise InputError(f"unknown format {format!r}; {_known(importing)}", subject="--format")
            name = by_ext
    else:
        found = _by_extension(Path(path or "").name.lower()) or (_by_content(path) if importing else None)
        if found is None:
            raise InputError((_no_import(path) if importing else None)
                             or f"cannot tell the format from the file name; pass --format ({_known(importing)})",
                             subject=path)
        name = found
    if importing and not hasattr(FORMATS[name], "loads"):
        raise InputError(f"format {name!r} cannot be imported; {_known(importing)}", subject=path)
    return name


# Subtitle files known by how they start (annotate.textio's structural patterns) when their name says no format:
# an SRT saved as .txt.
_SUBTITLE_KINDS = {"a SubRip subtitle file": ("srt", "SubRip"), "a WebVTT subtitle file": ("vtt", "WebVTT"),
                   "an ASS subtitle file": ("ass", "ASS")}


def _by_content(path: str | os.PathLike[str] | None) -> str | None:
    """The subtitle format a file's first bytes show, said in a warning; None for any other file (or none)."""
    from annotate.errors import AnnotateError
    from annotate.subtitles import MAX_SUBTITLE_BYTES
    from annotate.textio import SNIFF_BYTES, bom_of, other_kind, read_bytes

    if path is None or str(path) == "-" or not Path(path).is_file():
        return None
    try:  # (the one reader: a FIFO swapped in is refused, not waited on)
        head = read_bytes(path, kind="subtitle file", max_bytes=MAX_SUBTITLE_BYTES)[:SNIFF_BYTES]
    except AnnotateError:
        return None  # (the reader names what is wrong with it)
    bom = bom_of(head)
    text = head[len(bom[0]):].decode(bom[1], errors="replace") if bom else head.decode("utf-8", errors="replace")
    found = _SUBTITLE_KINDS.get(other_kind(text) or "")
    if found is None:
        return None
    name, title = found
    warnings.warn(f"{path}: its name says no format; read as {title} ({name}) by its content", ExportWarning,
                  stacklevel=4)
    return name


def _no_import(path: str | os.PathLike[str] | None) -> str | None:
    """What a file no format reads is, if it is a timeline or a video, and what takes it instead."""
    from annotate.errors import AnnotateError
    from annotate.subtitles import MAX_SUBTITLE_BYTES
    from annotate.textio import (
        SNIFF_BYTES,
        is_timeline,
        looks_binary,
        looks_like_article,
        misplaced_media,
        read_bytes,
    )

    if path is None or str(path) == "-" or not Path(path).is_file():
        return None
    try:
        head = read_bytes(path, kind="file to import", max_bytes=MAX_SUBTITLE_BYTES, head=SNIFF_BYTES)
    except AnnotateError:
        return None  # (the reader names what is wrong with it)
    if media := misplaced_media(head, str(path), "a file to import"):
        return media
    text = head.decode("utf-8", errors="replace")
    if is_timeline(text):
        return ("is an annotate timeline already, nothing to import: use it as it is (align, subtitles, export, "
                f"clips), or merge another file into it with `annotate import FILE -o {path}`")
    if not looks_binary(head) and looks_like_article(text):
        return (f"looks like an article, not a subtitle or editor's file: `annotate timeline {path} -o TIMELINE` "
                "reads the moments an article describes")
    return None


def _by_extension(name: str) -> str | None:
    best: tuple[int, str] | None = None
    for fmt, module in FORMATS.items():
        for ext in module.EXTENSIONS:
            if name.endswith(ext) and (best is None or len(ext) > best[0]):
                best = (len(ext), fmt)
    return best[1] if best else None


def _one_or_several(timeline: Timeline, name: str, opts: dict[str, object]) -> None:
    """A timeline of several videos goes only to a format with a track for each."""
    if len(timeline.videos) > 1 and (name not in SEVERAL_VIDEOS or opts.get("selects")):
        timeline.one_video(None, f"{name} export" + (" with --selects" if opts.get("selects") else ""))


def dumps(timeline: Timeline, format: str, **opts: object) -> str:
    """The timeline as text in ``format`` (clock times not placed yet are left out)."""
    name = format_for(None, format)
    _one_or_several(timeline, name, opts)
    return FORMATS[name].dumps(_recordable(timeline, name, "-").placed(), **opts)


def _recordable(timeline: Timeline, name: str, where: object) -> Timeline:
    """``timeline`` as a ``name`` file at ``where`` may record its paths (:func:`text_paths`; formats naming
    files, by absolute path)."""
    return text_paths(timeline, where, relative=False) if name in NAMES_FILES else timeline


def loads(text: str, format: str, *, origin: str | None = None, **opts: object) -> Timeline:
    """A timeline from text in ``format``."""
    name = format_for(origin, format, importing=True)
    return FORMATS[name].loads(text, origin=origin, **_options(name, opts))


def write(timeline: Timeline, path: str | os.PathLike[str], format: str | None = None, *, force: bool = False,
          **opts: object) -> Written:
    """Write ``timeline`` to ``path`` (format from ``format`` or the extension),
    atomically. Changes a format forces are returned as ``notes``. An
    existing file of another kind is refused unless ``force`` (annotate.overwrite)."""
    name = format_for(path, format)
    overwrite.check(path, name, force=force)
    text, notes = text_of(timeline, name, where=path, **opts)
    # a file's own start (CSV's byte order mark for Excel), which text for standard output goes without
    prefix: str = getattr(FORMATS[name], "FILE_PREFIX", "")
    return Written(write_text(path, prefix + text), name, notes)


def text_of(timeline: Timeline, format: str, *, where: str | os.PathLike[str] = "-",
            **opts: object) -> tuple[str, list[str]]:
    """What :func:`write` writes, as text (standard output takes it), with the notes of what the format
    changed; ``where`` names the output in an error."""
    name = format_for(where, format)
    _one_or_several(timeline, name, opts)
    # The file may be read from anywhere (OTIO and JSON carry the footage's and article's paths, which
    # `import` takes from the imported file's folder): a path relative to the timeline's folder would not hold.
    timeline = _recordable(with_absolute_paths(timeline), name, where)
    notes: list[str] = []
    if name in subtitles.FORMATS or name in FRAME_FORMATS:
        # cues stop at the footage's end, as `annotate subtitles` stops them; frames count at its rate
        with collected(notes, ExportWarning):
            timeline = _footage_read(timeline, frames=name in FRAME_FORMATS)
    if opts.get("selects") is False:
        opts = {k: v for k, v in opts.items() if k not in ("selects", "pad")}  # the default: footage with markers
    elif "selects" in opts and "selects" not in inspect.signature(FORMATS[name].dumps).parameters:
        sequences = [n for n, m in FORMATS.items() if "selects" in inspect.signature(m.dumps).parameters]
        raise InputError(f"--selects does not apply to {name} files (a sequence needs {', '.join(sequences[:-1])} "
                         f"or {sequences[-1]})", subject=where)
    if opts.get("selects") and "frames" not in opts:
        # Count the cuts in the footage's own frames, as annotate clips does
        # (its first frame need not start at 0), when the footage is here.
        opts["frames"] = frame_table(timeline)
    placed = timeline.placed()
    with collected(notes, ExportWarning):
        if name in FRAME_FORMATS and not opts.get("selects"):  # (selects: a moment off the footage gets no cut)
            past_the_end(placed)
        text = FORMATS[name].dumps(placed, **opts)
    left_out = timeline.unplaced_note()
    if left_out:
        notes.append(left_out)
    return text, notes


def _footage_read(timeline: Timeline, *, frames: bool) -> Timeline:
    """``timeline`` with each video's length and rate read from its file
    when the timeline records none (a hand-written ``footage: FILE``), as
    the other commands read them. With ``frames`` (an editor file counts
    them), a video whose rate or length stays unknown (the file is not
    here) is said, with what the export assumes instead."""
    videos = []
    for video in timeline.videos:
        one = with_footage_length(replace(timeline, videos=(video,), moments=timeline.for_video(video.id).moments))
        found = one.videos[0]
        videos.append(found)
        missing = [f"frame rate ({FALLBACK_FPS:g} fps assumed)"] * (not found.fps and not timeline.edit_rate)
        if not found.duration:
            ends = [m.effective_end if m.effective_end is not None else m.effective_start for m in one.moments]
            missing.append(f"length (its clip ends {TAIL_SECONDS:g} s after the last moment, at "
                           f"{max(ends, default=0.0) + TAIL_SECONDS:g} s)")
        if frames and missing:
            name = found.path or found.url or found.id or "the footage"
            notify(f"{name}: the timeline records no {' and no '.join(missing)} and the file cannot be read "
                   "here; add them under footage: in the timeline, or export where the footage is")
    return replace(timeline, videos=tuple(videos))


# Final Cut Pro 10.6+ exports FCPXML 1.10+ as a bundle: a folder NAME.fcpxmld holding Info.fcpxml (what the
# FCPX adapter reads).
FCPX_BUNDLE, FCPX_BUNDLE_FILE = ".fcpxmld", "Info.fcpxml"


def bundle_file(path: str | os.PathLike[str]) -> str | os.PathLike[str]:
    """The file to import for ``path``: an FCPXML bundle's Info.fcpxml, else ``path``; any other folder is one
    error (the readers would call it a folder of the kind its extension names, or no kind at all)."""
    p = Path(path)
    if str(path) == "-" or not p.is_dir():
        return path
    if p.name.lower().endswith(FCPX_BUNDLE):
        inner = p / FCPX_BUNDLE_FILE
        if not inner.exists():
            raise InputError(f"is an FCPXML bundle without its {FCPX_BUNDLE_FILE}: nothing to import", subject=path)
        return inner
    raise InputError("is a directory, expected a file to import", subject=path)


def read(path: str | os.PathLike[str], format: str | None = None, **opts: object) -> Timeline:
    """Import a timeline from an interchange file (format from ``format`` or the
    extension). What the file could not give as it is (an assumed frame rate,
    a locator moved to record time, a subtitle cue that could not be read) is
    a warning (ExportWarning, SubtitleWarning)."""
    from annotate.textio import STDIN_NAME, read_text_file

    p = Path(bundle_file(path))
    name = format_for(p, format, importing=True)
    module = FORMATS[name]
    stdin = str(path) == "-"
    # A module with its own read() decodes the bytes itself (subtitle files:
    # BOMs, legacy encodings) and warns of what it could not read.
    reader = getattr(module, "read", None)
    if reader is not None:
        timeline: Timeline = reader(p, **_options(name, opts, reader))
    else:
        text = read_text_file(p, kind=f"{name} file", max_bytes=MAX_IMPORT_BYTES, xml=getattr(module, "XML", False),
                              stdin=True)
        with collected([], keep=True):  # only if the file is read: a refusal is one error line
            timeline = module.loads(text, origin=STDIN_NAME if stdin else str(p), **_options(name, opts))
    return _read_from_stdin(timeline) if stdin else timeline


def _read_from_stdin(timeline: Timeline) -> Timeline:
    """A timeline read from standard input: its relative paths taken from the working folder, and no origin (no
    file of that name was read: a later save must not take ``<stdin>`` or ``-`` for a path)."""
    from annotate.textio import STDIN_NAME

    here = replace(timeline, origin=os.path.join(os.getcwd(), STDIN_NAME))
    return replace(with_absolute_paths(here), origin=None)


def import_into(source: str | os.PathLike[str], output: str | os.PathLike[str], format: str | None = None,
                **opts: object) -> Timeline:
    """:func:`read` ``source`` and save it as the timeline file ``output``. When
    ``output`` is a timeline already, what the imported file does not carry
    (a title, the sources with their credit, the footage, the record
    timecode an editor's programme starts at: a subtitle file carries none,
    an EDL no sources) stays the file's, and so do its clock
    times and quotes not placed yet, which no export holds."""
    source = bundle_file(source)
    format = format_for(source, format, importing=True)  # once: a format told by content is said once
    timeline = read(source, format, **opts)
    target = Path(output)
    existing = None
    if target.is_file():
        try:
            existing = with_absolute_paths(load(target))  # its paths hold from its folder, not the import's
        except AnnotateError:
            existing = None  # not a timeline: replaced whole, as save replaces it
        if existing is not None:
            timeline = replace(_record_kept(timeline, existing), title=timeline.title or existing.title,
                               sources=timeline.sources or existing.sources,
                               videos=_videos_kept(timeline.videos, existing.videos))
            timeline = _kept_evidence(timeline, existing, FORMATS[format], source)
            ids = {m.id for m in timeline.moments}
            videos = {v.id for v in timeline.videos}
            waiting = tuple(m for m in existing.moments
                            if not m.placed and m.id not in ids and (not m.footage or m.footage in videos))
            timeline = timeline.with_moments(timeline.moments + waiting)
            _say_removed(existing, timeline, source, target, read_any=bool(ids))
    save(timeline, target, since_read=existing is not None)
    return timeline


def _record_kept(imported: Timeline, existing: Timeline) -> Timeline:
    """``imported`` with the record timecode an editor's programme starts at
    (and the rate it counts at) of ``existing`` when its file states none (a
    subtitle file, a spreadsheet): the next editor export starts there again."""
    if imported.record_timecode or not existing.record_timecode:
        return imported
    return replace(imported, record_timecode=existing.record_timecode,
                   edit_rate=imported.edit_rate or existing.edit_rate)


def _videos_kept(imported: tuple[Footage, ...], existing: tuple[Footage, ...]) -> tuple[Footage, ...]:
    """The videos of a timeline imported into ``existing``: the file's, else
    the existing ones; the existing record (length, rate, sha256, id) of a
    video the file names by the same file name only (an editor's EDL names
    it by its clip name), with the start timecode the file gives it when the
    record has none, and the id the file gives it (an editor's reel, which
    its export writes back) when the record's is the one its file name
    gives; an id the timeline chose stays, said with the reel it replaces."""
    if not imported:
        return existing
    if len(imported) == len(existing) == 1 and imported[0].path and existing[0].path and \
            Path(imported[0].path.replace("\\", "/")).name == Path(existing[0].path.replace("\\", "/")).name:
        new, old = imported[0], existing[0]
        kept = replace(old, timecode=old.timecode or new.timecode)
        if new.id != old.id and new.id != default_video_id(new.path, new.url):  # the file named it: a reel
            if old.id == default_video_id(old.path, old.url):
                return (replace(kept, id=new.id),)
            notify(f"{old.path}: the file names its video {new.id!r} (an EDL's reel); the timeline's video id "
                   f"{old.id!r} is kept, and its exports name the video by it")
        return (kept,)
    return imported


def _say_removed(existing: Timeline, timeline: Timeline, source: str | os.PathLike[str], target: Path, *,
                 read_any: bool) -> None:
    """The imported file is the placed moments' truth, so an existing placed
    moment it does not hold goes: said in one warning naming them. A file
    that holds no moment at all would empty the timeline, which is far more
    likely a wrong or truncated file than an edit: refused, nothing written."""
    kept = {m.id for m in timeline.moments}
    removed = [m.id for m in existing.moments if m.placed and m.id not in kept]
    if not removed:
        return
    if not read_any:
        raise InputError(f"holds no moments: importing it would remove all {len(removed)} placed moment(s) of "
                         f"{target}; nothing written (delete the timeline file to start it empty)", subject=source)
    say_removed(target, source, removed)


def _kept_evidence(timeline: Timeline, existing: Timeline, module: ModuleType,
                   source: str | os.PathLike[str]) -> Timeline:
    """Each imported moment with what its format does not carry (the
    module's CARRIES) kept from the existing moment of the same id; times
    within half a frame (of the file's rate, else the footage's) of the
    existing ones count as unmoved. A format that carries no ids (IDS False:
    it numbers the moments) is matched as ``timeline --from-srt`` matches
    (:func:`_ids_matched`): each moment takes the id of the existing one it
    is, by its text and time."""
    tolerance = 0.5 / fps_of(timeline if timeline.edit_rate else existing) + 1e-6
    if not getattr(module, "IDS", True):
        rejoined = getattr(module, "as_written", None)  # subtitles: a caption split over cues is one moment
        if rejoined is not None and len(existing.videos) == 1:
            timeline = rejoined(timeline, with_footage_length(existing), tolerance, str(source))
        timeline = timeline.with_moments(_ids_matched(timeline, existing, tolerance, str(source),
                                                      ends="end" in module.CARRIES))
    before = {m.id: m for m in existing.moments}
    capitals = getattr(module, "CAPITALS", False)
    moments = tuple(merged(before[m.id], m, module.CARRIES, tolerance, str(source), capitals=capitals)
                    if m.id in before else m for m in timeline.moments)
    return timeline.with_moments(moments)


def _ids_matched(timeline: Timeline, existing: Timeline, tolerance: float, source: str, *,
                 ends: bool) -> tuple[Moment, ...]:
    """The imported moments (of a format numbering its cues or markers), each with the id of the existing placed
    moment of its video it is, as ``timeline --from-srt`` finds it (:func:`~annotate.timeline.match.match_cues`:
    by its text and its shown time, within ``tolerance``, its end too when the format carries ``ends``: a cue's
    end is only how long it is read; one found changed said in the same words); the others numbered past every
    existing id."""
    found = [""] * len(timeline.moments)
    inexact: list[str] = []
    for video in dict.fromkeys(m.footage for m in timeline.moments):
        mine = [n for n, m in enumerate(timeline.moments) if m.footage == video]
        shown = [replace(m, start=m.effective_start, end=m.effective_end if ends else None)
                 for m in existing.moments if m.placed and m.footage == video]  # (as an export shows it)
        read = [timeline.moments[n] if ends else replace(timeline.moments[n], end=None) for n in mine]
        matched = match_cues(read, shown, tolerance=tolerance)
        ids = {m.id for m in shown}
        for n, m in zip(mine, matched.moments, strict=True):
            found[n] = m.id if m.id in ids else ""
        inexact.extend(matched.inexact)
    say_found_changed(existing.origin or "<timeline>", source, inexact)
    taken = {m.id for m in existing.moments} | set(found)
    fresh = (f"m{n}" for n in itertools.count(1) if f"m{n}" not in taken)
    return tuple(replace(m, id=new or next(fresh)) for m, new in zip(timeline.moments, found, strict=True))


def _options(name: str, opts: dict[str, object], function: Callable[..., Timeline] | None = None) -> dict[str, object]:
    accepted = inspect.signature(function or FORMATS[name].loads).parameters
    for key in opts:
        if key not in accepted:
            raise InputError(f"option {key!r} does not apply to {name} files", subject=f"--{key}")
    return opts
