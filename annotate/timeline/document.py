"""Timeline files on disk: safe YAML in, YAML out that keeps what a person
wrote. Saving over an existing file merges into it, so hand edits, comments
and field order survive commands that update the timeline."""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

from annotate.atomic import write_text
from annotate.errors import AnnotateError, AnnotateWarning, InputError, OutputError, TimeFormatError, TimelineError
from annotate.escape import terminal_line, undecodable_name
from annotate.inputs import read_as
from annotate.model import Footage, Moment, Timeline
from annotate.textio import ArticleWarning, import_advice, other_kind, read_bytes, read_text_file
from annotate.timecode import parse_time
from annotate.timeline.longtext import LongText
from annotate.timeline.match import match_cues, match_moments, read_alone, same_place, stated_as_before
from annotate.timeline.schema import RENAMED_MOMENT_FIELDS, TEXT_FIELDS, from_data, to_data
from annotate.validate import MAX_DEPTH, MAX_MOMENTS

HEADER = (
    "# annotate timeline (schema {version}). Edit freely: times are seconds or m:ss / h:mm:ss,\n"
    "# your comments and extra fields named x-... are kept when annotate updates this file.\n"
)
# A YAML alias can refer to a node many times (a "billion laughs" file); cap
# how many nodes a timeline may expand to.
MAX_NODES = 50 * MAX_MOMENTS
MAX_FILE_BYTES = 50_000_000
TIME_FIELDS = frozenset({"start", "end", "duration"})


def _yaml() -> YAML:
    # Round-trip mode builds plain maps, lists and scalars only (unknown tags
    # stay inert data): it never constructs arbitrary Python objects.
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True  # a quoted "2:27" stays quoted when the file is updated
    yaml.width = 4096
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    # "start: null" (a clock moment not placed yet) says so, where an empty value would look forgotten.
    yaml.representer.add_representer(
        type(None), lambda r, _v: r.represent_scalar("tag:yaml.org,2002:null", "null"))
    return yaml


def _plain(node: Any, budget: list[int], make: Callable[[str], AnnotateError], within: frozenset[int] = frozenset(),
           ) -> Any:
    """A copy of ``node`` of plain dicts, lists and scalars; ``within``: the collections being copied around it, so a
    collection that holds itself (``x: &a [1, *a]``) is refused, not followed until the stack runs out."""
    budget[0] -= 1
    if budget[0] < 0:
        raise make(f"expands to more than {MAX_NODES} values (aliases that repeat parts of the file?)")
    if isinstance(node, (Mapping, list)):
        if id(node) in within:
            raise make("holds a value inside itself (an alias used within the value its anchor names)")
        within |= {id(node)}
    if isinstance(node, Mapping):
        return {(str(k) if not isinstance(k, str) else k): _plain(v, budget, make, within) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v, budget, make, within) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    # A YAML set, binary or timestamp (``!!set``, ``!!binary``, ``!!timestamp``) stays what it is, so each field's
    # check refuses it as it refuses a list: written as its Python repr it passed as text (a caption of
    # ``{'b', 'a'}``, its order changing from run to run with the string hash seed).
    return frozenset(node) if isinstance(node, (set, frozenset)) else node


class _FastSafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader on libyaml (ruamel's pure-Python one took seconds
    for a 2,000-moment file), resolving plain scalars as YAML 1.2 does:
    ``no``/``on`` stay words, ``2:27`` and ``2017-11-13`` stay text, ``0755``
    is not octal. Saving still goes through ruamel to keep comments."""


_FastSafeLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag.rsplit(":", 1)[-1] not in {"bool", "int", "float", "timestamp"}]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_FastSafeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_FastSafeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789"))
_FastSafeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))


def _scan(text: str, make: Callable[[str], AnnotateError], list_key: str | None, max_items: int) -> None:
    """Refuse deep nesting, a key given twice in one mapping, and a
    top-level ``list_key`` list of more than ``max_items``, from libyaml's
    flat event stream: before anything recurses over the tree (a parser
    recursing 6,000 levels exhausts the stack) and before a 100,000-moment
    file takes seconds to build. A repeated key would silently lose its
    first value (the safe loader keeps the last) and make the file one that
    saving cannot merge into, so it would lose the person's comments."""
    try:
        _scan_events(text, make, list_key, max_items)
    except yaml.YAMLError as exc:
        # libyaml from PyYAML 6.0.4 on stops at its own depth (about 1,000), which its scanner's look-ahead
        # over a line of ``[[[[`` meets before the events reach this limit: the same fault, said the same way.
        if "nesting depth" in str(getattr(exc, "problem", None) or exc):
            raise make(f"is nested more than {MAX_DEPTH} levels deep") from None
        raise


def _scan_events(text: str, make: Callable[[str], AnnotateError], list_key: str | None, max_items: int) -> None:
    # One entry per open collection: [is_mapping, children seen, last key, counts items, keys seen].
    stack: list[list[Any]] = []
    for event in yaml.parse(text, Loader=_FastSafeLoader):
        if isinstance(event, yaml.CollectionEndEvent):
            stack.pop()
            continue
        if not isinstance(event, yaml.NodeEvent):
            continue
        parent = stack[-1] if stack else None
        is_value = False
        if parent is not None:
            is_value = parent[0] and parent[1] % 2 == 1
            if parent[0] and not is_value and isinstance(event, yaml.ScalarEvent):
                if event.value in parent[4]:
                    raise make(f"repeats the key {event.value!r} at line {event.start_mark.line + 1}: "
                               "each key may appear once in a mapping")
                parent[4].add(event.value)
                parent[2] = event.value
            parent[1] += 1
            if parent[3] and parent[1] > max_items:
                raise make(f"has more than {max_items} {list_key}, the most one file may hold")
        if isinstance(event, yaml.CollectionStartEvent):
            if len(stack) >= MAX_DEPTH:
                raise make(f"is nested more than {MAX_DEPTH} levels deep")
            counts = (list_key is not None and len(stack) == 1 and is_value and parent is not None
                      and parent[2] == list_key and isinstance(event, yaml.SequenceStartEvent))
            stack.append([isinstance(event, yaml.MappingStartEvent), 0, None, counts, set()])


_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


def _as_written(root: yaml.Node, text_keys: frozenset[str]) -> None:
    """Tag each plain scalar under a key of ``text_keys`` (or in a list
    under one: tags) that YAML resolved as a number as text, in place: its
    value is then the characters the person wrote (``2.50``, ``.5``, ``1e3``),
    not the number's (``2.5``, ``0.5``, ``1000.0``). Each node is visited
    once: an alias is the node it names, so a file of aliases of aliases
    (550 bytes naming 9^10 values) is walked in its own size, not expanded."""
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value in text_keys:
                    for item in value.value if isinstance(value, yaml.SequenceNode) else [value]:
                        if isinstance(item, yaml.ScalarNode) and item.tag in _NUMBER_TAGS and not item.style:
                            item.tag = "tag:yaml.org,2002:str"
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _load(text: str, text_keys: frozenset[str]) -> Any:
    """The YAML document of ``text`` through the safe loader, text fields as written (:func:`_as_written`)."""
    loader = _FastSafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _as_written(node, text_keys)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def parse_yaml(
    text: str, origin: object, *, error: Callable[[str], AnnotateError] | None = None,
    list_key: str | None = None, max_items: int = MAX_MOMENTS, text_keys: frozenset[str] = frozenset(),
) -> Any:
    """Plain data (dicts, lists, scalars) from the YAML text of a user's
    file, the one checked path for timelines, job files and themes: YAML
    1.2 scalars, no Python objects, nesting and size limited (see
    :func:`_scan`, MAX_NODES), the values of ``text_keys`` text as written,
    every failure one error from ``error`` (default: a TimelineError naming
    ``origin``)."""
    make = error or (lambda message: TimelineError(message, path=origin))
    try:
        _scan(text, make, list_key, max_items)
        return _plain(_load(text, text_keys), [MAX_NODES], make)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise make(f"not valid YAML{where}: {problem}") from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise make(f"holds a value that cannot be read: {str(exc).split(';')[0]}") from None


def loads(text: str, *, origin: str | None = None) -> Timeline:
    """A Timeline from YAML text, validated. Editor timecode (hh:mm:ss:ff) of
    a video that states no fps counts at its file's rate when the file is
    here (:func:`_file_rate`)."""
    return from_data(parse_yaml(text, origin, list_key="moments", text_keys=TEXT_FIELDS), origin=origin,
                     frame_rate=lambda video: _file_rate(video, origin))


def _file_rate(video: Footage, origin: str | None) -> float | None:
    """The frame rate of ``video``'s file (its path read against the timeline
    file ``origin``'s folder), or None when it is not here or is no video."""
    from annotate import probe

    if not video.path:
        return None
    try:
        return probe.probe(footage_location(video, origin)).fps or None
    except AnnotateError:
        return None


TIMELINE_FILE = "timeline file"  # what a timeline is read as (annotate.inputs): saving may update such a file


# What this process last read from (or wrote into) each timeline file, by its real path: the sha256 of the text.
_READ: dict[str, str] = {}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def load(path: str | os.PathLike[str]) -> Timeline:
    """Read and validate a timeline file."""
    text = read_text_file(path, kind=TIMELINE_FILE, max_bytes=MAX_FILE_BYTES,
                          error=lambda message, where: TimelineError(message, path=where))
    kind = other_kind(text)
    if kind is not None:  # (its cues read as YAML: "expected a mapping of fields, got str")
        advice = import_advice(kind, str(path), "read it into one first:")
        raise TimelineError(f"is {kind}, not a timeline; {advice}", path=str(path))
    _READ[os.path.realpath(path)] = _digest(text)
    try:
        return loads(text, origin=str(path))
    except TimelineError:
        if _ARTICLE_SUFFIX.search(str(path)) and not _TIMELINE_KEY.search(text):
            raise TimelineError(f"is an article, not a timeline; make one from it first: `annotate timeline {path} "
                                "-o TIMELINE`", path=str(path)) from None
        raise


# An article given where its timeline was meant (`annotate align story.txt` for story.yaml): named by its
# extension, and holding none of a timeline's own keys (a hand-made timeline.txt with a mistake keeps its error).
_ARTICLE_SUFFIX = re.compile(r"\.(?:txt|text|md|markdown|mdown|mkd|html?|xhtml|eml|mht|mhtml)$", re.I)
_TIMELINE_KEY = re.compile(r"^(?:moments|schema_version|footage|videos)[ \t]*:", re.M)


def _styled(node: Any) -> Any:
    """Clock text is quoted (YAML 1.1 readers such as PyYAML would take
    ``2:27`` for the base-60 integer 147); short lists of numbers or words
    (window, span, highlight, tags) stay on one line."""
    if isinstance(node, dict):
        return {
            k: DoubleQuotedScalarString(v) if k in TIME_FIELDS and isinstance(v, str) else _styled(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        if node and all(isinstance(v, (int, float, str)) for v in node) and len(node) <= 8:
            flow = CommentedSeq(node)
            flow.fa.set_flow_style()
            return flow
        return [_styled(v) for v in node]
    return node


def dumps(timeline: Timeline, *, into: str | None = None, origin: object = None) -> str:
    """YAML for a timeline; given the text of an existing file (``into``),
    merged into it so the user's formatting, comments and extra fields stay."""
    long_text = LongText()  # (long strings bypass ruamel's per-character Python: annotate.timeline.longtext)
    data = long_text.set_aside(_styled(to_data(text_paths(timeline, origin or "the timeline"))))
    rt = _yaml()
    existing = _timeline_to_update(into, origin, long_text) if into is not None else None
    if existing is not None:
        _merge_map(existing, data)
        data = existing
    out = io.StringIO()
    if existing is None:  # a new file (or an empty one) gets the header; an existing one keeps its own
        out.write(HEADER.format(version=data.get("schema_version", 1)))
    rt.dump(data, out)
    return long_text.restore(out.getvalue())


# A file holding one of these top-level keys is a timeline an update may merge into.
_TIMELINE_KEYS = frozenset({"schema_version", "moments"})
_NOT_OURS = "refusing to replace it with a timeline: remove it or name another file"


def _timeline_to_update(text: str, origin: object, long_text: LongText) -> CommentedMap | None:
    """The YAML of an existing timeline file to merge into (None for an empty
    file). Any other file is refused, not replaced: an article, subtitles or
    a config file named as the output would be lost."""
    if not text.strip():
        return None
    try:
        # ruamel's loader recurses per level: refuse what it cannot merge into.
        _scan(text, lambda message: TimelineError(f"cannot update the file: it {message}", path=origin), None, 0)
        existing = _yaml().load(long_text.set_aside_in_text(text.removeprefix("\ufeff"), _FastSafeLoader))
    except (YAMLError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise OutputError(f"is not YAML{where}, so not a timeline file; {_NOT_OURS}", subject=origin) from None
    if not isinstance(existing, CommentedMap) or not _TIMELINE_KEYS & set(existing):
        raise OutputError(f"holds no timeline (no 'schema_version' or 'moments'); {_NOT_OURS}", subject=origin)
    return existing


def _rebase(path: str | None, origin_dir: Path, new_dir: Path) -> str | None:
    """A file path as the timeline at ``new_dir`` should hold it: relative to
    that folder when the two share a folder below the root (so a story folder
    can move as a whole), else absolute. URLs are left alone."""
    if not path or re.match(r"^[a-z][a-z0-9+.-]*://", path, re.IGNORECASE):
        return path
    absolute = Path(os.path.abspath(origin_dir / Path(path).expanduser()))
    if os.path.commonpath([absolute, new_dir]) == absolute.anchor:
        return str(absolute)
    return os.path.relpath(absolute, new_dir)


def with_paths_for(timeline: Timeline, target: str | os.PathLike[str]) -> Timeline:
    """``timeline`` with its footage and article paths rewritten for a file at
    ``target``: absolute paths become relative when they share a folder with
    it; relative paths of a loaded timeline are rebased from its file's
    folder; relative paths of a new one are taken as already relative to
    ``target`` (commands that build timelines store absolute paths)."""
    new_dir = Path(os.path.abspath(Path(target).parent))
    origin_dir = Path(os.path.abspath(Path(timeline.origin).parent)) if timeline.origin else new_dir
    return _with_paths(timeline, lambda path: _rebase(path, origin_dir, new_dir), str(target))


def with_absolute_paths(timeline: Timeline) -> Timeline:
    """``timeline`` with its footage and article paths absolute, relative ones
    taken from its file's folder: what a file that may be read from anywhere
    else (an export) should carry. A timeline never saved has no folder to
    take them from and is returned as it is."""
    if not timeline.origin:
        return timeline
    origin_dir = Path(os.path.abspath(Path(timeline.origin).parent))
    return _with_paths(timeline, lambda path: _rebase(path, origin_dir, Path(origin_dir.anchor)), timeline.origin)


def text_paths(timeline: Timeline, where: object, *, relative: bool = True) -> Timeline:
    """``timeline`` as a file that records names as text (``where``: a timeline, an editor's file) may hold it. A
    path holding a name's byte that is not UTF-8 (kept in memory, so it still leads to the file) cannot be written
    there, and without the byte it names another file: footage so named is refused in one line; such an article
    is left out with an ArticleWarning (a timeline may record none). ``relative``: the file records a path
    relative to its own folder (a timeline), so one beside the footage records its plain name."""
    refuse_unrecordable(timeline, where, elsewhere=_BESIDE if relative else None)
    if not any(s.article and undecodable_name(s.article) for s in timeline.sources):
        return timeline
    sources = []
    for source in timeline.sources:
        if source.article and undecodable_name(source.article):
            warnings.warn(f"{terminal_line(source.article)}: the article's {_not_utf8(source.article)} is not UTF-8, "
                          f"so {terminal_line(str(where))} records no article file (it would name another file): "
                          "rename it to have it recorded", ArticleWarning, stacklevel=3)
            source = replace(source, article=None)
        sources.append(source)
    return replace(timeline, sources=tuple(sources))


# What else helps a file recording paths relative to its folder (a timeline) hold footage in such a folder.
_BESIDE = "keep the timeline beside the footage (it records the plain name alone)"


def refuse_unrecordable(timeline: Timeline, where: object, *, elsewhere: str | None = _BESIDE,
                        shown: Timeline | None = None) -> None:
    """The one-line OutputError for footage of ``timeline`` whose path a file recording names as text cannot hold
    (:func:`text_paths`); ``elsewhere``: what else helps when a folder's name is the trouble (None: a rename only);
    ``shown``: the same videos as the line should name them (default: as ``timeline`` records them)."""
    for video, named in zip(timeline.videos, (shown or timeline).videos, strict=True):
        if video.path and undecodable_name(video.path):
            part = _not_utf8(video.path)
            advice = "rename the file" if part.startswith("name") else "rename the folder" + (
                f", or {elsewhere}" if elsewhere else "")
            path = video.path if shown is None else str(footage_location(named, shown.origin))
            raise OutputError(f"cannot record the footage {terminal_line(path)}: its {part} is not UTF-8 and "
                              f"this file records names as text (without that byte it would name another file): "
                              f"{advice}", subject=where)


def refuse_unsavable(timeline: Timeline, target: str | os.PathLike[str], *, elsewhere: str = _BESIDE) -> None:
    """Raise what :func:`save` of ``timeline`` at ``target`` would raise for its footage paths, before a long
    command's work (``align``, a batch's story) rather than after it, naming each path as it leads to the file
    from here (not as the timeline at ``target`` would record it); ``elsewhere`` as :func:`refuse_unrecordable`'s
    (where the command's timeline may go instead)."""
    refuse_unrecordable(with_paths_for(timeline, target), target, elsewhere=elsewhere, shown=timeline)


def refuse_unrecordable_files(files: Iterable[str], target: str | os.PathLike[str], *,
                              elsewhere: str = _BESIDE) -> None:
    """:func:`refuse_unsavable` for footage files (paths, from here) a command will probe and hash for the
    timeline it saves at ``target``: refused before that work, not after."""
    videos = [Footage(path=os.path.abspath(path), id=f"v{n}") for n, path in enumerate(files, 1)]
    refuse_unsavable(Timeline(videos=videos), target, elsewhere=elsewhere)


def _not_utf8(path: str) -> str:
    """Which part of ``path`` is not UTF-8: its name, or a folder (often the folder alone, a USB stick's)."""
    parts = Path(path).parts
    bad = next(part for part in reversed(parts) if undecodable_name(part))
    return "name" if bad == parts[-1] else f"folder '{terminal_line(bad)}'"


def _with_paths(timeline: Timeline, rebase: Callable[[str | None], str | None], origin: str | None) -> Timeline:
    videos = tuple(replace(f, path=rebase(f.path)) if f.path else f for f in timeline.videos)
    sources = tuple(replace(s, article=rebase(s.article)) for s in timeline.sources)
    return replace(timeline, videos=videos, sources=sources, origin=origin)


def save(timeline: Timeline, path: str | os.PathLike[str], *, since_read: bool = False) -> Path:
    """Write a timeline atomically, merging into the file if it exists. File
    paths in it are rewritten to stay right from the new file's folder. A
    timeline that is a symbolic link is updated where it points (``align``
    on a linked timeline must change the real one, not replace the link).
    A timeline loaded from ``path`` (or, with ``since_read``, built from what
    :func:`load` read there) is refused when the file changed since this
    process read it: the merge would undo what another command wrote."""
    p = Path(path)
    read = read_as(p)
    if read not in (None, TIMELINE_FILE):  # ``import story.json -o story.json``: the file imported
        raise OutputError(f"is the {read} this command reads; refusing to replace it with a timeline: "
                          "name another file", subject=p)
    read_from = timeline.origin is not None and os.path.realpath(timeline.origin) == os.path.realpath(p)
    timeline = with_paths_for(timeline, p)
    existing = None
    if p.is_file():
        try:
            existing = read_text_file(p, kind=TIMELINE_FILE, max_bytes=MAX_FILE_BYTES)
        except InputError as exc:  # a video, a binary file: not a timeline to merge into, nor to replace
            raise OutputError(f"{exc.message}; {_NOT_OURS}", subject=p) from None
        if (read_from or since_read) and _READ.get(os.path.realpath(p), _digest(existing)) != _digest(existing):
            raise OutputError(_CHANGED, subject=p)
    text = dumps(timeline, into=existing, origin=p)
    bom = ""
    if existing is not None:  # a file edited on Windows stays as it was: its line endings, its BOM
        text = _endings_of(existing, text)
        bom = "\ufeff" if _utf8_bom(p) else ""
    written = write_text(p, bom + text, through_link=True)
    _READ[os.path.realpath(p)] = _digest(text)  # (as load reads it: the BOM is no part of the text)
    return written


def _utf8_bom(path: Path) -> bool:
    return read_bytes(path, kind=TIMELINE_FILE, max_bytes=MAX_FILE_BYTES, ours=True).startswith(codecs.BOM_UTF8)


def _endings_of(existing: str, text: str) -> str:
    """``text`` with the line endings of the file it updates: ruamel keeps a Windows-edited file's CRLF on
    the user's lines and writes LF on those it makes (mixed endings); all CRLF when most of the file's were."""
    text = text.replace("\r\n", "\n")
    return text.replace("\n", "\r\n") if existing.count("\r\n") * 2 > existing.count("\n") else text


# A timeline read at a command's start and saved at its end (``align``: minutes on long footage) would undo what
# another command (``timeline -o``, ``import -o``) wrote into the file meanwhile.
_CHANGED = ("changed since this command read it (another command wrote it meanwhile); nothing written, so what it "
            "holds stays: run the command again")


def _shown(names: Sequence[str]) -> str:
    return ", ".join(names[:10]) + (f" and {len(names) - 10} more" if len(names) > 10 else "")


def say_removed(target: str | os.PathLike[str], source: str | os.PathLike[str], removed: Sequence[str],
                what: str = "placed moment(s)") -> None:
    """One warning naming each moment of the timeline file ``target`` that saving what ``source`` holds
    removes (``import``, ``timeline -o``, a batch's story timeline): nothing a user gave goes unsaid."""
    if not removed:
        return
    warnings.warn(f"{target}: {len(removed)} {what} that {source} does not hold removed: {_shown(removed)}",
                  AnnotateWarning, stacklevel=3)


def say_found_changed(target: str | os.PathLike[str], source: str | os.PathLike[str],
                      inexact: Sequence[str]) -> None:
    """One warning naming each moment of the timeline file ``target`` found in ``source`` changed
    (:attr:`~annotate.timeline.match.Matched.inexact`: ``timeline -o``, ``import``): it keeps its id and the
    person's fields, and how it was found is said."""
    if inexact:
        warnings.warn(f"{target}: {len(inexact)} moment(s) found in {source} changed, each keeping its id and your "
                      f"fields: {_shown(list(inexact))}", AnnotateWarning, stacklevel=3)


# What a person sets on a moment by hand, which an article rebuilt over the file would give afresh.
HAND_SET_FIELDS = ("caption", "notes", "tags", "highlight", "color")


def _edits_kept(timeline: Timeline, existing: Timeline, kept: Sequence[str] = HAND_SET_FIELDS) -> Timeline:
    """``timeline`` with each moment of ``existing`` it still holds (the same id: :func:`match_moments`) keeping
    its hand-set fields (those of ``kept``), also where the article corrected its time: they are the person's,
    about that moment (a field left empty is none: the article's fills it, as :func:`_replaced` counts it); and
    its times, where the article states it as when the file was made (:func:`stated_as_before`: the person
    corrected them)."""
    old = {m.id: m for m in existing.moments}
    return replace(timeline, moments=tuple(_kept(m, old[m.id], kept) if m.id in old else m
                                           for m in timeline.moments))


def _kept(new: Moment, old: Moment, fields: Sequence[str]) -> Moment:
    moment = replace(new, **{f: getattr(old, f) for f in fields if getattr(old, f) and _hand_set(old, f)})
    return replace(moment, start=old.start, end=old.end) if stated_as_before(new, old) else moment


def _hand_set(old: Moment, field: str) -> bool:
    """Whether ``old`` (a moment of the file) holds ``field`` as a person set it. A caption is the
    extractor's until edited: while it is still what its own sentence gives, a corrected article's new
    caption replaces it (it stayed, and the file's sentence showed the correction, the caption not). Read
    alone, a sentence may give another caption than in its article: then it counts as set by hand."""
    if field != "caption" or not old.caption or not old.sentence or not old.quote:
        return True
    return old.caption not in _extracted_captions(old.sentence, old.quote)


def _extracted_captions(sentence: str, quote: str) -> frozenset[str]:
    """The captions the extractor gives the moments of ``sentence`` read alone whose words are ``quote``, of
    every kind: positions, clock times and quotes (positions alone made every clock time's and quote's caption
    count as set by hand, so a corrected article never reached it)."""
    return frozenset(m.caption for m in read_alone(sentence, quote))


def footage_location(video: Footage, origin: str | None) -> Path:
    """Where ``video`` is: its path, a relative one read against the folder of the timeline file ``origin``
    (saving writes it relative to that folder); a Windows path (a timeline made on another machine) as written,
    never joined to it."""
    from annotate.fetch import given_path
    from annotate.textio import windows_path

    path = given_path(video.path or "", Path(origin).parent if origin else None).expanduser()
    joined = not path.is_absolute() and origin and not windows_path(str(path))
    return Path(origin).parent / path if joined and origin else path


def _footage_of(timeline: Timeline, moment: Moment) -> Footage | None:
    """The video ``moment`` is in, its path absolute, or None when the timeline names none."""
    if not timeline.videos:
        return None
    try:
        video = timeline.video(timeline.video_id(moment))
    except InputError:
        return None
    return replace(video, path=str(footage_location(video, timeline.origin).resolve())) if video.path else video


def _same_footage(new: Footage | None, old: Footage | None) -> bool:
    """The same file: by its sha256 when both record one, else by its absolute path."""
    if new is None or old is None:
        return False
    if new.sha256 and old.sha256:
        return new.sha256 == old.sha256
    return new.path is not None and new.path == old.path


def _alignments_kept(timeline: Timeline, existing: Timeline) -> tuple[Timeline, list[str]]:
    """``timeline`` with each moment :func:`same_place` as in ``existing`` on the same footage keeping what
    ``align`` found for it there: its alignment (the same stated time in the same video finds the same evidence),
    a clock time's or quote's start and end (align's placing, which the article does not state; ``start: null``
    on a re-run of an unchanged article lost them) and its ``alternatives`` (the same instant on the other videos,
    which ``align --alternatives`` found by their sound, and no article holds); and the ids of those whose
    alignment or alternatives are cleared all the same
    (moved, or their video changed)."""
    old = {m.id: m for m in existing.moments if m.alignment is not None or m.alternatives}
    kept, cleared = [], []
    for m in timeline.moments:
        was = old.get(m.id)
        if was is None or m.alignment is not None and m.alternatives:
            kept.append(m)
        elif same_place(m, was) and _same_footage(_footage_of(timeline, m), _footage_of(existing, was)):
            m = replace(m, alignment=m.alignment or was.alignment, alternatives=m.alternatives
                        or tuple(a for a in was.alternatives if a.footage != m.footage))
            if m.start is None and was.start is not None:  # (a clock time or quote align placed: its times too)
                m = replace(m, start=was.start, end=was.end, approximate=m.approximate or was.approximate)
            kept.append(m)
        else:
            kept.append(m)
            cleared.append(m.id)
    return replace(timeline, moments=tuple(kept)), cleared


def _replaced(timeline: Timeline, existing: Timeline) -> list[str]:
    """Each moment of ``existing`` whose hand-set fields ``timeline`` changes: ``m2 (caption, notes)``."""
    new = {m.id: m for m in timeline.moments}
    out = []
    for old in existing.moments:
        if old.id in new and (fields := [f for f in HAND_SET_FIELDS if getattr(old, f) and _hand_set(old, f)
                                          and getattr(old, f) != getattr(new[old.id], f)]):
            out.append(f"{old.id} ({', '.join(fields)})")
    return out


def update(timeline: Timeline, path: str | os.PathLike[str], *, source: str | os.PathLike[str],
           keep_edits: bool = True, cues: bool = False) -> Path:
    """:func:`save` a timeline built anew from ``source`` (an article, subtitles, another timeline) over
    the timeline file ``path``: the file keeps its title and videos when ``source`` gives none (as ``import``
    keeps them), and a ``source`` holding no moment is refused rather than emptying it; with ``keep_edits``
    (``source`` an article, whose captions are extracted, not written, and whose ids only number its
    positions), each moment is matched to the file's by what it is (:func:`match_moments`), and each still
    there keeps its id and the :data:`HAND_SET_FIELDS` of the file; a warning names each matched moment that
    changed, each hand-set field replaced all the same (``source`` is the user's own text) and each moment
    of the file ``timeline`` does not hold (the merge drops it). With ``cues`` (``source`` a subtitle file,
    whose cue numbers also only number positions) the moments are matched by their text (:func:`match_cues`)
    and keep the hand-set fields but the caption: the cue's text is the user's own and wins."""
    existing = _existing_timeline(Path(path))
    if existing is not None:
        if not timeline.moments and existing.moments:  # the wrong file, most likely: refused, as import refuses it
            raise InputError(f"holds no moment: saving it would remove all {len(existing.moments)} moment(s) of "
                             f"{path}; nothing written (delete the timeline file to start it empty)", subject=source)
        timeline = replace(timeline, title=timeline.title or existing.title,
                           videos=timeline.videos or with_absolute_paths(existing).videos)
        matched = None
        if keep_edits:  # (an article's or a subtitle file's ids number its positions; another source's are its own)
            matched = (match_cues if cues else match_moments)(timeline.moments, existing.moments)
            timeline = _edits_kept(replace(timeline, moments=matched.moments), existing,
                                   HAND_SET_FIELDS[1:] if cues else HAND_SET_FIELDS)
            timeline, cleared = _alignments_kept(timeline, existing)
            if cleared:
                had = {m.id for m in existing.moments if m.alternatives}
                again = "annotate align --alternatives" if had.intersection(cleared) else "annotate align"
                what = "alignment and alternatives" if had.intersection(cleared) else "alignment"
                warnings.warn(f"{path}: the {what} of {len(cleared)} moment(s) cleared (moved, or on other "
                              f"footage): {_shown(cleared)}; run {again} again", AnnotateWarning, stacklevel=2)
        if replaced := _replaced(timeline, existing):
            warnings.warn(f"{path}: hand-set field(s) of {len(replaced)} moment(s) replaced by what {source} "
                          f"holds: {_shown(replaced)}", AnnotateWarning, stacklevel=2)
        kept = {m.id for m in timeline.moments}
        say_removed(path, source, [m.id or f"#{n}" for n, m in enumerate(existing.moments, 1) if m.id not in kept],
                    "moment(s)")
        say_found_changed(path, source, matched.inexact if matched is not None else ())
    return save(timeline, path, since_read=existing is not None)


def videos_of(path: str | os.PathLike[str]) -> tuple[Footage, ...]:
    """The videos of the timeline file at ``path`` (paths absolute), none when it is no timeline: what a
    timeline rebuilt over it without footage of its own keeps, and reads its article against."""
    existing = _existing_timeline(Path(path))
    return with_absolute_paths(existing).videos if existing is not None else ()


def _existing_timeline(path: Path) -> Timeline | None:
    """The timeline file at ``path`` that a save merges into, if it is one (:func:`save` judges the rest)."""
    if not path.is_file():
        return None
    try:
        return load(path)
    except AnnotateError:
        return None


def _same(key: object, old: Any, new: Any) -> bool:
    if old == new:
        return True
    if key in TIME_FIELDS and not isinstance(old, bool):
        try:
            return abs(parse_time(old) - parse_time(new)) < 0.0005
        except TimeFormatError:
            return False
    return False


def _merge_map(old: CommentedMap, new: Mapping[str, Any]) -> None:
    """Update ``old`` in place to hold ``new``'s values, keeping its order,
    comments, equivalent spellings (``147`` for ``2:27``) and ``x-`` fields."""
    for key in [k for k in old if k not in new and not str(k).startswith(("x-", "x_"))]:
        del old[key]
    for key, value in new.items():
        if key not in old:
            old[key] = value
        elif isinstance(old[key], CommentedMap) and isinstance(value, Mapping):
            _merge_map(old[key], value)
        elif key == "moments" and isinstance(old[key], CommentedSeq):
            _merge_moments(old, key, value)
        elif key == "footage" and isinstance(old[key], str) and isinstance(value, Mapping):
            if dict(value) != {"path": old[key]}:
                old[key] = value  # a bare path grows into the probed mapping
        elif not _same(key, old[key], value):
            old[key] = value


def _rename_in_place(node: CommentedMap, renamed: Mapping[str, str]) -> None:
    """Fields under an old name take the new one where they stand (comments
    and order kept), so an updated file says ``quote`` where it said ``stated``."""
    for old, new in renamed.items():
        if old in node and new not in node:
            comment = node.ca.items.pop(old, None)
            node.insert(list(node).index(old), new, node.pop(old))
            if comment is not None:
                node.ca.items[new] = comment


def _merge_moments(parent: CommentedMap, key: str, new: list[dict[str, Any]]) -> None:
    """``parent[key]``'s moments updated to ``new``'s, each found by its id: one written without an id by the id
    loading gives it (``m3`` for the third), as the timeline merged was loaded, so a moment moved in the list
    keeps the person's comments and ``x-`` fields wherever it goes, the comment lines above it too."""
    old: CommentedSeq = parent[key]
    above, tail = _comments_between(parent, key, old)
    by_id = {str(m["id"]) if m.get("id") not in (None, "") else f"m{n}": m
             for n, m in enumerate(old, start=1) if isinstance(m, CommentedMap)}
    first = old[0] if len(old) else None
    merged = []
    for index, moment in enumerate(new):
        previous = by_id.pop(str(moment.get("id") or ""), None)
        if previous is None:
            merged.append(moment)
            continue
        if "id" not in previous and moment.get("id") == f"m{index + 1}":
            moment = {k: v for k, v in moment.items() if k != "id"}  # don't add generated ids
        _rename_in_place(previous, RENAMED_MOMENT_FIELDS)
        _merge_map(previous, moment)
        merged.append(previous)
    old[:] = merged
    if first is not None and all(m is not first for m in merged) and merged:  # (the list's own head stays)
        above[id(merged[0])] = above.pop(id(first), []) + above.get(id(merged[0]), [])
    _place_comments(parent, key, old, above, tail)


# Comment lines between two moments of the list: ruamel keeps those above the first in the list's own comment,
# and the rest after the deepest last value of the moment before (its last field's, or its alignment's last
# field's), or above the next one when that value is a flow list. A merge that replaced the list dropped them,
# or left them under a moment that moved. They are lifted out (a line indented less than the moment's fields is
# above the next one; one as deep is the moment's own) and put back above the moment they were above.
def _comments_between(parent: CommentedMap, key: str, seq: CommentedSeq,
                      ) -> tuple[dict[int, list[CommentToken]], list[CommentToken]]:
    above: dict[int, list[CommentToken]] = {}
    items = list(seq)
    if not items or seq.fa.flow_style():
        return above, []
    head = (parent.ca.items.get(key) or [None] * 4)[3] or (seq.ca.comment or [None, None])[1]
    if head:
        above[id(items[0])] = list(head)
    for index, item in enumerate(items):
        lines = _detach_tail(item, getattr(item.lc, "col", None) or 4) if isinstance(item, CommentedMap) else []
        after = [*lines, *((seq.ca.items.get(index + 1) or [None, None])[1] or [])]
        if index + 1 < len(items):
            above[id(items[index + 1])] = after
        else:
            return above, [*after, *(seq.ca.end or [])]
    return above, []


def _detach_tail(node: Any, column: int) -> list[CommentToken]:
    """The comment lines after ``node``'s deepest last value indented less than ``column``, taken out of it."""
    while isinstance(node, (CommentedMap, CommentedSeq)) and len(node):
        last = list(node)[-1] if isinstance(node, CommentedMap) else len(node) - 1
        value = node[last]
        if isinstance(value, (CommentedMap, CommentedSeq)) and len(value) and not value.fa.flow_style():
            node = value
            continue
        slot = node.ca.items.get(last)
        where = 2 if isinstance(node, CommentedMap) else 0
        token = slot[where] if slot is not None and len(slot) > where else None
        if token is None:
            return []
        block = isinstance(value, (LiteralScalarString, FoldedScalarString))
        text = " " * (token.column or 0) + token.value if block else token.value
        own, newline, rest = ("", "", text) if block else text.partition("\n")
        lines = rest.splitlines(keepends=True)
        cut = next((n for n, line in enumerate(lines)
                    if line.lstrip().startswith("#") and len(line) - len(line.lstrip()) < column), len(lines))
        moved = lines[cut:]
        kept = own + newline + "".join(lines[:cut])
        if block and kept:
            token.value = kept.lstrip(" ")
        elif kept.strip():
            token.value = kept
        else:
            slot[where] = None
        return _tokens(moved)
    return []


def _tokens(lines: Sequence[str]) -> list[CommentToken]:
    """Comment lines as ruamel holds those above an item: one token a comment, the blank lines after it in it."""
    tokens: list[CommentToken] = []
    for line in lines:
        if line.strip() or not tokens:
            text = line.lstrip(" ")
            tokens.append(CommentToken(text if text.endswith("\n") else text + "\n",
                                       CommentMark(len(line) - len(text)), None))
        else:
            tokens[-1].value += "\n"
    return tokens


def _place_comments(parent: CommentedMap, key: str, seq: CommentedSeq, above: Mapping[int, list[CommentToken]],
                    tail: list[CommentToken]) -> None:
    """The comment lines of :func:`_comments_between` above the moments they were above, wherever they now are."""
    if seq.fa.flow_style():
        return
    seq.ca.items.clear()
    seq.ca.comment = None
    if key in parent.ca.items:
        parent.ca.items[key][3] = None
    for index, item in enumerate(seq):
        tokens = above.get(id(item))
        if not tokens:
            continue
        if index == 0:
            parent.ca.items.setdefault(key, [None] * 4)[3] = tokens
            seq.ca.comment = [None, tokens]
        else:
            seq.ca.items[index] = [None, tokens, None, None]
    seq.ca.end = tail
