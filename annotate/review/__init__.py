"""A static review page (``DIR/index.html``) that works from disk: the
footage with the subtitles, the moments to click through, adjust and
download as a timeline that ``annotate import`` reads."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import itertools
import json
import os
import re
import shutil
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from annotate import owned
from annotate.atomic import (
    atomic_path,
    make_folder,
    move_into_place,
    output_folder,
    remove_partials,
    working_folder,
    write_text,
)
from annotate.digest import file_version
from annotate.errors import AnnotateError, AnnotateWarning, OutputError
from annotate.escape import file_name, html_text, json_text, script_json, unique_file_name, vtt_text
from annotate.interchange import jsonformat as json_export
from annotate.interchange.common import fps_of
from annotate.interchange.selects import rate
from annotate.model import Timeline
from annotate.timecode import FALLBACK_FPS
from annotate.timeline import check_footage, footage_path

if TYPE_CHECKING:
    from annotate.probe import MediaInfo

THUMB_WIDTH_PX = 320
INDEX = "index.html"
STRIP = "strip.png"
THUMBS = "thumbs"
FOOTAGE_PREFIX = "footage-"  # a copied video named like one of the page's own files
# Finished stills of a run not finished yet (interrupted, killed), where the rerun finds and reuses them; named by
# footage version, time and size, so a moved moment or other (or changed) footage makes a new one. Removed with the
# page made.
STILLS = ".annotate-stills"
_STILL_NAME = re.compile(r"[0-9a-f]{16}--?\d+\.\d{6}-\d+x\d+\.jpg")
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")



class ReviewWarning(AnnotateWarning):
    """Something is left off the review page (a still or the strip that could not be made, a moment not placed
    yet); the page is written without it."""
Progress = Callable[[float], None] | None  # called with the fraction done, 0..1


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def render(template: str, values: dict[str, str]) -> str:
    """Fill ``{{name}}`` placeholders in one pass: text put in is never scanned again."""
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def _cues(timeline: Timeline) -> list[dict[str, object]]:
    """The subtitle cues as the subtitle writer lays them out, their text
    already escaped for WebVTT cue text (VTTCue parses it as cue markup)."""
    from annotate.subtitles import layout

    return [{"start": c.start, "end": c.end, "vtt": vtt_text(c.text), "moment": c.moment_id}
            for c in layout(timeline)]


def _clock(timeline: Timeline, info: MediaInfo | None) -> dict[str, object]:
    """How the page counts the footage's time: its exact frame rate as a fraction (a nudge steps whole frames:
    1/29.97 s steps drifted off the frame grid), the probed one first (a timeline may record none, or a rounded
    one); and its first frame's timestamp and length, as the browser counts from the file's timestamps."""
    fps = rate(info.fps if info and info.fps else fps_of(timeline, editing=False))
    clock: dict[str, object] = {"rate": [fps.numerator, fps.denominator], "start": info.start if info else 0.0,
                                "duration": info.duration if info else None}
    from annotate.probe import variable_frame_times

    frames = variable_frame_times(info.path) if info else ()
    if frames:  # a variable-rate file's frames are on no grid: a nudge steps on its own
        clock["frames"] = frame_steps(frames)
    return clock


def frame_steps(times: Sequence[float]) -> list[int | list[int]]:
    """Frame times (seconds from the first frame), compactly for the page: the microseconds from each frame to
    the next, from 0 to the first, a run of equal steps as ``[step, count]`` (a stretch at a constant rate is one
    pair)."""
    ticks = [round(t * 1_000_000) for t in times]
    steps = [b - a for a, b in zip([0, *ticks], ticks, strict=False)]
    out: list[int | list[int]] = []
    for step, run in itertools.groupby(steps):
        count = len(list(run))
        out.extend([[step, count]] if count > 2 else [step] * count)
    return out


def _relative_url(target: Path, out_dir: Path) -> str:
    try:
        rel = os.path.relpath(target.resolve(), out_dir.resolve())
    except ValueError:  # another drive on Windows: no relative path exists
        return target.resolve().as_uri()
    # each part's bytes, as the file system holds them: a name's byte that is not UTF-8 (caf\xe9) is caf%E9,
    # which a browser opens; its text had no UTF-8 form to quote
    return "/".join(quote(os.fsencode(part)) for part in Path(rel).parts)


def _part(on_progress: Progress, start: float, share: float = 0.5) -> Progress:
    """``on_progress`` for a ``share`` of the work (by default one of its two halves), from ``start``."""
    if on_progress is None:
        return None
    report = on_progress
    return lambda fraction: report(start + share * min(max(fraction, 0.0), 1.0))


def _thumbnails(timeline: Timeline, video: Path, info: MediaInfo, out_dir: Path, stills: Path,
                on_progress: Progress) -> dict[str, str]:
    """One small still per moment: the frame shown at its time (strip.grab_each,
    from one decoder in time order). Each is kept in ``stills`` as soon as it
    is made, so a rerun after an interruption makes only the ones missing."""
    from annotate.strip import grab_each

    folder = make_folder(out_dir / THUMBS, ours=True)
    kept = make_folder(stills, ours=True)
    # The footage's version (path, size, times, inode), not its digest: that read a whole video on every run.
    # ("footage time": stills named on the container's clock before are not taken for another frame.)
    digest = hashlib.sha256(json.dumps([os.path.realpath(video), *file_version(video), "footage time"]).encode()
                            ).hexdigest()[:16]
    shown_width, shown_height = info.square_size  # upright (a phone's portrait video), square pixels
    height = max(2, round(THUMB_WIDTH_PX * (shown_height or 9) / (shown_width or 16) / 2) * 2)
    # Named by the footage time grabbed, so a still kept by an earlier run is the same frame.
    still_of = {m.id: kept / f"{digest}-{m.effective_start:.6f}-{THUMB_WIDTH_PX}x{height}.jpg"
                for m in timeline.moments}
    missing = [m for m in timeline.moments if not still_of[m.id].is_file()]
    try:
        made = grab_each(video, [m.effective_start for m in missing], THUMB_WIDTH_PX, height,
                         info.fps or FALLBACK_FPS)
        for done, (index, image) in enumerate(made):
            if on_progress is not None:
                on_progress(done / len(missing))
            m = missing[index]
            if image is None:
                warnings.warn(f"no thumbnail for moment {m.id}: {video}: no frame at {m.effective_start:.3f} s",
                              ReviewWarning, stacklevel=3)
                continue
            with atomic_path(still_of[m.id]) as tmp:
                image.save(tmp, "JPEG", quality=80)
    except OutputError as exc:  # a full disk is no missing still (the page would be half made); a hidden
        raise OutputError(exc.message, subject=stills.parent) from exc  # still's name means nothing to the user
    except AnnotateError as exc:
        warnings.warn(f"no thumbnails: {exc}", ReviewWarning, stacklevel=3)
    found: dict[str, str] = {}
    for m in timeline.moments:
        if still_of[m.id].is_file():
            name = f"{unique_file_name(m.id, fallback='moment')}.jpg"
            with atomic_path(folder / name) as tmp:
                shutil.copyfile(still_of[m.id], tmp)
            found[m.id] = f"{THUMBS}/{quote(name)}"
    return found


def _drop_stills(stills: Path) -> None:
    """Remove the kept stills once the page holds them: only files named as this tool names them, and the folder
    if that leaves it empty."""
    if not stills.is_dir() or stills.is_symlink():
        return
    remove_partials(stills)
    for entry in stills.iterdir():
        if _STILL_NAME.fullmatch(entry.name) and entry.is_file() and not entry.is_symlink():
            entry.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        stills.rmdir()


def _strip(timeline: Timeline, video: Path, out_dir: Path, on_progress: Progress) -> str | None:
    """The alignment picture from annotate.strip."""
    from annotate.strip import strip

    try:
        strip(timeline, video, out_dir / STRIP, on_progress=on_progress, all_pages=False)
    except OutputError:
        raise
    except AnnotateError as exc:
        warnings.warn(f"no alignment strip: {exc}", ReviewWarning, stacklevel=3)
        return None
    return STRIP


def _pages(timeline: Timeline, out: Path, final: Path, *, footage: str | os.PathLike[str] | None,
           stills: Path, on_progress: Progress, **options: bool) -> Path:
    """A page per video of ``timeline`` (see :func:`build`) and the listing,
    written into ``out`` to be moved to ``final``."""
    if footage is not None:
        timeline.one_video(None, "review --footage")
    # Folders named by id, distinct on a case-insensitive disk too ("A" and "a").
    names = {v.id: unique_file_name(v.id, fallback="video") for v in timeline.videos}
    for i, video in enumerate(timeline.videos):
        own = [m for m in timeline.moments if timeline.video_id(m) == video.id]
        # "at": where each moment of this page is on that video (its alternatives), for the jump there.
        _page(timeline.for_video(video.id), make_folder(out / names[video.id]), final / names[video.id],
              **options, stills=stills,  # type: ignore[arg-type]
              on_progress=_part(on_progress, i / len(names), 1 / len(names)),
              switcher=[{"id": v.id, "href": f"../{quote(names[v.id])}/{INDEX}", "current": v.id == video.id,
                         "at": {m.id: a.start for m in own for a in m.alternatives if a.footage == v.id}}
                        for v in timeline.videos])
    return write_text(out / INDEX, _listing(timeline, names))


def _listing(timeline: Timeline, folders: dict[str, str]) -> str:
    """The plain page (no script) that leads to each video's review page."""
    items = "".join(f'<li><a href="{quote(folders[v.id])}/{INDEX}">{html_text(v.id)}</a> '
                    f"({sum(1 for m in timeline.moments if timeline.video_id(m) == v.id)} moments)</li>"
                    for v in timeline.videos)
    title = html_text(timeline.title or "Review")
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
            f"<title>{title} · annotate review</title></head>"
            f"<body><h1>{title}</h1><p>One review page per video:</p><ul>{items}</ul></body></html>\n")


def _copy_name(name: str) -> str:
    """The copied footage's name: its own, unless the page writes a file of
    that name (case-insensitively: index.html, strip.png, thumbs) or it is
    hidden (a temporary name): then prefixed, so nothing overwrites it."""
    own = {INDEX, STRIP, THUMBS}
    if name.lower() in own or name.startswith("."):
        return FOOTAGE_PREFIX + name
    return name


def build(
    timeline: Timeline,
    out_dir: str | os.PathLike[str],
    *,
    footage: str | os.PathLike[str] | None = None,
    copy_footage: bool = False,
    pictures: bool = True,
    on_progress: Progress = None,
    switcher: Sequence[Mapping[str, object]] = (),
) -> Path:
    """Write the review page into ``out_dir`` and return the path of ``index.html``.

    The video is linked relatively (so the folder works beside the footage)
    or, with ``copy_footage``, copied in (so the folder travels alone).
    ``pictures`` adds a still per moment and the alignment strip; making
    them is reported to ``on_progress`` (fraction 0..1: stills the first
    half, the strip the second). Clock times and quotes not placed in the
    footage yet are left out, with a ReviewWarning naming them.

    A timeline of several videos gets a page per video (``DIR/ID/index.html``,
    each downloading its own video's timeline) with a ``switcher`` (``id``,
    ``href``, ``current`` of each video, and ``at``: the instant of each
    moment of this page on it, from its alternatives) to the others, and
    ``DIR/index.html`` listing them; ``footage`` needs one video.
    """
    if footage is not None and len(timeline.videos) > 1:
        timeline.one_video(None, "review --footage")
    for page in [timeline] if len(timeline.videos) <= 1 else [timeline.for_video(v.id) for v in timeline.videos]:
        _footage(page, footage)  # before the folder is made: footage not found makes no empty folder
    out = make_folder(out_dir)
    # All or nothing: everything is made in a working folder and moved into
    # place at the end, the page last; a failed run (a full disk) leaves no
    # stills without their page, and a rerun removes its working folder. An
    # interrupted or killed run's stills are kept hidden (STILLS) for the rerun.
    with output_folder(out), working_folder(out) as work:
        _refuse_foreign(out, [INDEX, *[STRIP] * pictures])  # before the stills are made; the rest when moved
        try:
            if len(timeline.videos) > 1:
                _pages(timeline, work, out, footage=footage, copy_footage=copy_footage, pictures=pictures,
                       stills=out / STILLS, on_progress=on_progress)
            else:
                _page(timeline, work, out, footage=footage, copy_footage=copy_footage, pictures=pictures,
                      stills=out / STILLS, on_progress=on_progress, switcher=switcher)
            made = {p.relative_to(work).as_posix(): p for p in sorted(work.rglob("*")) if not p.is_dir()}
            _refuse_foreign(out, made)
            for name, path in made.items():  # (noted before they get their names: a killed move leaves ours)
                owned.note(out, name, path)
            move_into_place(work, out, last=INDEX)
        except AnnotateError:  # a full disk, a folder refused: only an interrupted (or killed) run's stills stay
            _drop_stills(out / STILLS)
            raise
        _drop_stills(out / STILLS)
    left_out = timeline.unplaced_note()  # as export says it: the page shows only what placed() keeps
    if left_out:
        warnings.warn(left_out, ReviewWarning, stacklevel=2)
    return out / INDEX


def _refuse_foreign(out: Path, names: Iterable[str]) -> None:
    """Refuse to replace a file the page would write that annotate did not write there, or that changed
    since (a folder named for the review may be the user's own site; a strip marked up in place is theirs)."""
    owned.refuse_foreign(out, names, hint="name another folder for the review, or move {them} away")


def _footage(timeline: Timeline, footage: str | os.PathLike[str] | None) -> tuple[Path | None, MediaInfo | None]:
    """The video a page of ``timeline`` (of one video) plays and what it holds; (None, None) for a
    timeline naming no footage file. Raises one error line when it is not found or is no video: a page
    around a file that is not a video is no review."""
    from annotate.probe import probe  # (its answers are cached: build checks first, the page reads again)

    if footage is None and not (timeline.footage and timeline.footage.path):
        return None, None
    video = footage_path(timeline, Path(footage) if footage is not None else None)
    return video, probe(video)


def _page(timeline: Timeline, out: Path, final: Path, *, footage: str | os.PathLike[str] | None = None,
          copy_footage: bool, pictures: bool, stills: Path, on_progress: Progress,
          switcher: Sequence[Mapping[str, object]]) -> Path:
    """One video's page (see :func:`build`), written into ``out`` to be moved to ``final``."""
    timeline = timeline.placed()
    video, info = _footage(timeline, footage)
    if video is not None:
        check_footage(timeline, video)

    src: str | None = None
    if video is not None:
        if copy_footage:
            name = _copy_name(video.name)
            if (final / name).resolve() != video.resolve():
                with atomic_path(out / name) as tmp:
                    shutil.copyfile(video, tmp)
            src = quote(name)
        else:
            src = _relative_url(video, final)
    elif timeline.footage and timeline.footage.url:
        src = timeline.footage.url

    # The page is shared: an article is named by its file name, not by where
    # it sits on this machine (e.g. inside the user's cache folder).
    saved = replace(timeline, sources=tuple(replace(s, article=Path(s.article).name) if s.article else s
                                            for s in timeline.sources))
    if video is not None and timeline.footage:
        # The download is imported elsewhere: name the footage by absolute path.
        saved = saved.with_footage(replace(timeline.footage, path=str(video.resolve())))
    data = {
        "timeline": json_export.to_data(saved),
        "video": {"src": src, "name": video.name if video else (src or ""), **_clock(timeline, info)},
        "cues": _cues(timeline),
        "thumbs": _thumbnails(timeline, video, info, out, stills, _part(on_progress, 0.0))
        if pictures and video and info else {},
        "strip": _strip(timeline, video, out, _part(on_progress, 0.5)) if pictures and video else None,
        "download": f"{file_name(Path(timeline.origin).stem if timeline.origin else timeline.title or 'timeline')}"
                    "-reviewed.json",
        "origin": Path(timeline.origin).name if timeline.origin else "timeline.yaml",
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "videos": [dict(v) for v in switcher],
    }
    css, js = _asset("review.css"), _asset("review.js")
    page = render(_asset("page.html"), {
        "title": html_text(timeline.title or "Review"),
        "csp": (f"default-src 'none'; script-src '{_sha256(js)}'; style-src '{_sha256(css)}'; "
                "img-src 'self' file: data: blob: https: http:; media-src 'self' file: blob: https: http:"),
        "css": css,
        "js": js,
        "data": script_json(json_text(data)),
    })
    return write_text(out / INDEX, page)
