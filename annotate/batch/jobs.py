"""Job files: which stories a batch covers and which outputs each wants,
read with the timeline loader's safe YAML and checked field by field."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from annotate.errors import InputError, TimelineError
from annotate.escape import file_name
from annotate.textio import regular_file, windows_path

JOB_SCHEMA_VERSION = 1
MAX_FILE_BYTES = 10_000_000
CLIP_MODES = ("exact", "copy", "smart")
MAX_STORY_NAME_BYTES = 80
STORY_FIELDS = frozenset({"name", "article", "footage", "timeline", "outputs"})
OUTPUT_FIELDS = frozenset({"subtitles", "clips", "render", "review"})


@dataclass(frozen=True)
class ClipOptions:
    mode: str = "exact"
    pad: tuple[float, float] | None = None  # None: the clip export's defaults
    only: tuple[str, ...] | None = None
    # The job file's key these options were read from (a story's, or the defaults' it inherits): what an
    # error about them names, as the user wrote it.
    key: str = "outputs.clips"


@dataclass(frozen=True)
class Outputs:
    """What to make for one story; empty means nothing of that kind."""

    subtitles: tuple[str, ...] = ()
    clips: ClipOptions | None = None
    render: bool = False
    review: bool = False
    review_pictures: bool = True

    @property
    def empty(self) -> bool:
        return not (self.subtitles or self.clips or self.render or self.review)


@dataclass(frozen=True)
class Story:
    """One story: an article with its footage, or an existing timeline (with
    optional footage override). Paths are absolute."""

    name: str  # safe folder name under the output folder
    article: Path | None
    footage: tuple[tuple[str, Path | str], ...]  # (video id, or "" for the file's stem; file, or URL) per video
    timeline: Path | None
    outputs: Outputs


@dataclass(frozen=True)
class JobFile:
    path: Path
    stories: tuple[Story, ...]
    defaults: Outputs = field(default_factory=Outputs)


class JobFileError(TimelineError):
    """A job file does not follow the schema: names the file, the story
    (its name, or ``#N`` before the name is known) and the field."""

    def __init__(self, message: str, *, path: object, story: str | None = None, field: str | None = None) -> None:
        super().__init__(message, path=path, field=field)
        where = [str(path)]
        if story:
            where.append(f"story '{story}'")
        if field:
            where.append(f"field '{field}'")
        self.subject = ", ".join(where)
        self.story = story


def _err(path: Path, message: str, *, story: str | None = None, fld: str | None = None) -> JobFileError:
    return JobFileError(message, path=path, story=story, field=fld)


def _outputs(data: Any, base: Outputs, path: Path, story: str | None, where: str) -> Outputs:
    if data is None:
        return base
    if not isinstance(data, Mapping):
        raise _err(path, f"expected a mapping of outputs ({', '.join(sorted(OUTPUT_FIELDS))})", story=story,
                   fld=where)
    unknown = sorted(set(data) - OUTPUT_FIELDS)
    if unknown:
        raise _err(path, f"unknown output {unknown[0]!r}: use {', '.join(sorted(OUTPUT_FIELDS))}", story=story,
                   fld=f"{where}.{unknown[0]}")
    out = base
    if "subtitles" in data:
        value = data["subtitles"]
        if value in (None, False):
            formats: tuple[str, ...] = ()
        else:
            items = [value] if isinstance(value, str) else value
            if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
                raise _err(path, "expected a format or a list of formats (srt, vtt, ass)", story=story,
                           fld=f"{where}.subtitles")
            formats = tuple(dict.fromkeys(_subtitle_format(v, path, story, f"{where}.subtitles") for v in items))
        out = replace(out, subtitles=formats)
    if "clips" in data:
        out = replace(out, clips=_clips(data["clips"], path, story, f"{where}.clips"))
    for flag in ("render", "review"):
        if flag in data:
            value = data[flag]
            if flag == "review" and isinstance(value, Mapping):
                pictures = value.get("pictures", True)
                if set(value) - {"pictures"} or not isinstance(pictures, bool):
                    raise _err(path, "expected true, false or {pictures: true|false}", story=story,
                               fld=f"{where}.review")
                out = replace(out, review=True, review_pictures=pictures)
                continue
            if not isinstance(value, bool):
                raise _err(path, f"expected true or false, got {value!r}", story=story, fld=f"{where}.{flag}")
            out = replace(out, render=value) if flag == "render" else replace(out, review=value)
    return out


def _subtitle_format(value: str, path: Path, story: str | None, fld: str) -> str:
    """A format named as ``annotate subtitles --format`` takes it (``.srt``, ``SSA``), by the one reader of
    format names; refused naming the value as written (``../../x`` was named ``'/../x'``)."""
    from annotate.subtitles import format_of

    try:
        return format_of("", value.strip() or repr(value))
    except InputError as exc:
        raise _err(path, exc.message, story=story, fld=fld) from None


def _clips(value: Any, path: Path, story: str | None, where: str) -> ClipOptions | None:
    if value in (None, False):
        return None
    if value is True:
        return ClipOptions(key=where)
    if isinstance(value, str):
        value = {"mode": value}
    if not isinstance(value, Mapping):
        raise _err(path, "expected true, false, a mode or {mode:, pad:, only:}", story=story, fld=where)
    unknown = sorted(set(value) - {"mode", "pad", "only"})
    if unknown:
        raise _err(path, f"unknown clip option {unknown[0]!r}: use mode, pad, only", story=story,
                   fld=f"{where}.{unknown[0]}")
    mode = value.get("mode", "exact")
    if mode not in CLIP_MODES:
        raise _err(path, f"unknown mode {mode!r}: use {', '.join(CLIP_MODES)}", story=story, fld=f"{where}.mode")
    pad = value.get("pad")
    if pad is not None:
        from annotate.timecode import parse_time

        items = pad if isinstance(pad, list) else [pad, pad]
        if len(items) != 2 or any(isinstance(v, bool) for v in items):
            raise _err(path, "expected one time or [before, after]", story=story, fld=f"{where}.pad")
        try:
            before, after = (parse_time(v, subject=f"{where}.pad") for v in items)
        except InputError as exc:
            raise _err(path, exc.message, story=story, fld=f"{where}.pad") from None
        if min(before, after) < 0:
            raise _err(path, "padding must be >= 0", story=story, fld=f"{where}.pad")
        pad = (before, after)
    only = value.get("only")
    if only is not None:
        only = [only] if isinstance(only, str) else only
        if not isinstance(only, list) or not all(isinstance(v, str) for v in only):
            raise _err(path, "expected an id/tag or a list of them", story=story, fld=f"{where}.only")
        only = tuple(only)
    return ClipOptions(mode, pad, only, where)


def _file(value: Any, base: Path, path: Path, story: str, fld: str) -> Path | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _err(path, f"expected a file path, got {value!r}", story=story, fld=fld)
    p = Path(value).expanduser()
    if not windows_path(value):  # (another machine's C:\... is named as one, not looked for in the job's folder)
        p = (p if p.is_absolute() else base / p).absolute()
    # A FIFO or device would block or never end in the worker that reads it.
    regular_file(p, kind=f"{fld} file", error=lambda message: _err(path, f"{p}: {message}", story=story, fld=fld))
    return p


def _video(value: Any, base: Path, path: Path, story: str, fld: str) -> Path | str:
    """One of a story's videos, read as ``timeline --footage`` reads it: a
    URL to download stays a URL (fetched, once, when the story's timeline is
    built), a ``file://`` URL is the path it names (:func:`annotate.fetch.given_path`, as every command reads
    footage), anything else a file path relative to the job file."""
    from annotate.fetch import given_path, is_url

    if isinstance(value, str):
        try:
            if is_url(value):
                return value
            value = str(given_path(value, base))
        except InputError as exc:
            raise _err(path, str(exc), story=story, fld=fld) from None
    p = _file(value, base, path, story, fld)
    assert p is not None
    return p


def _footage(value: Any, base: Path, path: Path, story: str) -> tuple[tuple[str, Path | str], ...]:
    """A story's videos: one file or URL, a list of them (``ID=FILE`` names
    one, as ``--footage`` does) or a mapping of id to file or URL."""
    from annotate.model import video_id_problem
    from annotate.timeline.make import footage_arg

    if value is None:
        return ()
    if isinstance(value, Mapping):
        items = [(str(k), v, f"footage.{k}") for k, v in value.items()]
        for name, _, fld in items:
            if (problem := video_id_problem(name)) is not None:
                raise _err(path, problem, story=story, fld=fld)
    else:
        listed = value if isinstance(value, list) and value else [value]
        items = []
        for n, v in enumerate(listed):
            fld = "footage" if len(listed) == 1 else f"footage[{n}]"
            name, where = footage_arg(v) if isinstance(v, str) and not (base / v).exists() else ("", v)
            items.append((name, where, fld))
    return tuple((name, _video(where, base, path, story, fld)) for name, where, fld in items)


def parse(data: Any, path: Path) -> JobFile:
    """Validate the parsed YAML of a job file (``path`` names it in errors
    and anchors relative paths)."""
    if not isinstance(data, Mapping):
        raise _err(path, "expected a mapping with 'batch: 1' and 'stories:' (see `annotate batch --help`)")
    version = data.get("batch")
    if version != JOB_SCHEMA_VERSION:
        raise _err(path, f"unsupported or missing job schema version {version!r} (this annotate reads "
                         f"'batch: {JOB_SCHEMA_VERSION}')", fld="batch")
    unknown = sorted(str(k) for k in set(data) - {"batch", "defaults", "stories"} if not str(k).startswith("x-"))
    if unknown:
        raise _err(path, "unknown field (use batch, defaults, stories, or x-... for your own)", fld=unknown[0])
    defaults = _outputs(data.get("defaults"), Outputs(), path, None, "defaults")
    raw = data.get("stories")
    if not isinstance(raw, list) or not raw:
        raise _err(path, "expected a non-empty list of stories", fld="stories")
    base = path.parent.absolute()
    stories: list[Story] = []
    seen: dict[str, tuple[int, str | None]] = {}  # folder name -> the story's number and the name it gave
    for n, item in enumerate(raw, 1):
        label = f"#{n}"
        if not isinstance(item, Mapping):
            raise _err(path, "expected a mapping (name, article, footage | timeline, outputs)", story=label)
        name_value = item.get("name")
        if name_value is not None and not isinstance(name_value, (str, int)):
            raise _err(path, f"expected text, got {name_value!r}", story=label, fld="name")
        extra = sorted(str(k) for k in set(item) - STORY_FIELDS if not str(k).startswith("x-"))
        if extra:
            raise _err(path, f"unknown field: use {', '.join(sorted(STORY_FIELDS))}", story=label, fld=extra[0])
        article = _file(item.get("article"), base, path, label, "article")
        timeline = _file(item.get("timeline"), base, path, label, "timeline")
        footage = _footage(item.get("footage"), base, path, label)
        if (article is None) == (timeline is None):
            raise _err(path, "give exactly one of 'article' (with 'footage') or 'timeline'", story=label)
        source = article or timeline
        assert source is not None
        wanted = str(name_value) if name_value is not None else source.stem
        name = file_name(wanted, max_bytes=MAX_STORY_NAME_BYTES, fallback=f"story-{n}")
        given = str(name_value) if name_value is not None else None
        if name in seen:
            raise _err(path, _same_folder(name, seen[name], (n, given)), story=label, fld="name")
        seen[name] = (n, given)
        outputs = _outputs(item.get("outputs"), defaults, path, name, "outputs")
        if outputs.empty:
            raise _err(path, "asks for no outputs (set defaults or outputs: subtitles, clips, render, review)",
                       story=name)
        stories.append(Story(name, article, footage, timeline, outputs))
    return JobFile(path, tuple(stories), defaults)


def _same_folder(folder: str, first: tuple[int, str | None], second: tuple[int, str | None]) -> str:
    """Why two stories cannot share the output folder ``folder``: the same name
    given twice, two names made one by the file-name rules, or a name taken
    from a file."""
    (i, a), (n, b) = first, second
    if a is None or b is None:
        return f"stories #{i} and #{n} would both be named {folder!r} (a story without 'name' takes its file's): " \
               "give each a 'name'"
    if a == b:
        return f"story name {a!r} is used twice (#{i} and #{n})"
    return f"stories #{i} ({a!r}) and #{n} ({b!r}) would write into one folder, {folder!r}: give them names that " \
           "differ in more than case, accents or punctuation"


def load(path: str | os.PathLike[str]) -> JobFile:
    """Read and validate a job file."""
    from annotate.textio import read_text_file
    from annotate.timeline.document import parse_yaml

    p = Path(path)
    text = read_text_file(p, kind="job file", max_bytes=MAX_FILE_BYTES,
                          error=lambda message, where: _err(where, message))
    return parse(parse_yaml(text, p, error=lambda message: _err(p, message)), p)
