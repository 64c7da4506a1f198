"""The extractor's regular expressions, parsed once per machine instead of once per run.

About a thousand patterns, many of several thousand characters, cost over a second of CPU to compile at every
start: ``re`` parses them in pure Python, which for ``annotate extract`` on a short article is most of the run.
The code the parser makes is saved in the cache folder (:mod:`annotate.cache`) and the next run hands it straight
to ``_sre.compile``, the step ``re.compile`` ends with (importing the extractor went from about 1.5 s of CPU to
0.25 s). The file is keyed by the Python build and by the digest of ``re``'s own compiler sources, so another
Python or another ``re`` never reads it; it is zlib-packed JSON (nothing in it is executed) behind a digest
checked before anything reads it, as the engine trusts the code it is given (a damaged file is never handed to
it). Whatever goes wrong with the file (missing, stale, damaged, a folder that cannot be written) means the
patterns are compiled the usual way. Only the package's own fixed patterns go through here, never one made from an
article's words."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import importlib
import json
import os
import re
import stat
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any

from annotate import atomic
from annotate.cache import cache_dir
from annotate.errors import AnnotateError

# What a saved pattern holds: everything ``_sre.compile`` takes after the pattern itself, its code as the
# base64 of the code words' bytes (read back in C: a JSON list of numbers costs more to load).
_Parts = tuple[int, str, int, dict[str, int], list[str | None]]
_DIGEST_BYTES = 32


# The form of the code saved, bumped whenever :func:`_group_branches` changes what it makes (a file saved before does
# not match then).
CODE_FORM = "grouped1"


def _build() -> str:
    """What the saved code depends on: the engine's version and word size and the compiler's own sources
    ("" where any of it cannot be read: nothing is saved then)."""
    try:
        digest = hashlib.blake2b(digest_size=8)
        for name in ("re._parser", "re._compiler", "re._constants"):
            digest.update(Path(importlib.import_module(name).__file__ or "").read_bytes())
        return f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}-{digest.hexdigest()}" \
            f"-{CODE_FORM}"
    except (ImportError, AttributeError, OSError, TypeError):  # pragma: no cover - another Python
        return ""


# ``re``'s own parser and code generator and the engine they feed: private modules, so any surprise in them
# turns the saving off instead of failing.
try:
    _sre: Any = importlib.import_module("_sre")
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
    # the array type of the engine's code words (CODESIZE bytes each)
    _WORD = next(kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE)
    BUILD = _build()
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - another Python
    BUILD = ""

_saved: dict[str, _Parts] | None = None  # read from the cache file on first use
_used: dict[str, _Parts] = {}  # this run's patterns, saved by ``save``
_changed = False
compiled_afresh = 0  # patterns this run compiled instead of reading back (0 when the file had them all)


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the saved code when an earlier run on this Python saved it."""
    if not BUILD:
        return re.compile(pattern, flags)
    global _changed, compiled_afresh
    flags = int(flags)
    key = hashlib.blake2b(f"{flags}:{pattern}".encode(), digest_size=16).hexdigest()
    parts = _saved_parts().get(key)
    compiled = _rebuild(pattern, parts) if parts is not None else None
    if compiled is None or parts is None:
        parts = _parts(pattern, flags)  # (a bad pattern raises re.error here, as re.compile would)
        compiled = _rebuild(pattern, parts)
        if compiled is None:  # pragma: no cover - re's private steps changed: compile as usual
            return re.compile(pattern, flags)
        _changed = True
        compiled_afresh += 1
    _used[key] = parts
    return compiled


def cache_file() -> Path:
    return cache_dir() / f"patterns-{BUILD}.bin"


def save() -> None:
    """Write this run's patterns to the cache when any was compiled afresh (called once the package is
    imported, so a pattern no longer in the code drops out of the file)."""
    global _changed
    if not (BUILD and _changed):
        return
    packed = zlib.compress(json.dumps(_used, separators=(",", ":")).encode(), 1)
    with contextlib.suppress(OSError, AnnotateError):
        cache_dir(create=True)
        atomic.write_bytes(cache_file(), hashlib.blake2b(packed, digest_size=_DIGEST_BYTES).digest() + packed)
        _changed = False


def _saved_parts() -> dict[str, _Parts]:
    """The saved table, or an empty one when there is none or it is not exactly what was written."""
    global _saved
    if _saved is None:
        _saved = {}
        with contextlib.suppress(OSError, ValueError, zlib.error):
            data = _read_own_file(cache_file())
            packed = data[_DIGEST_BYTES:]
            # (checked before it is inflated: a damaged or planted file never reaches zlib, json or the engine)
            if hashlib.blake2b(packed, digest_size=_DIGEST_BYTES).digest() == data[:_DIGEST_BYTES]:
                table = json.loads(zlib.decompress(packed))
                _saved = table if isinstance(table, dict) else {}
    return _saved


# The most the saved code may take (it is about 1 MB); a larger file is not read.
MAX_SAVED_BYTES = 64 * 1024 * 1024


def _read_own_file(path: Path) -> bytes:
    """The bytes of our own saved file, but only of a regular file and at most ``MAX_SAVED_BYTES``: a FIFO or a
    device planted under its name is not waited on (OSError or ValueError, which mean "compile as usual")."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise ValueError(f"{path} is not a regular file")
        data = handle.read(MAX_SAVED_BYTES + 1)
    if len(data) > MAX_SAVED_BYTES:
        raise ValueError(f"{path} is larger than {MAX_SAVED_BYTES} bytes")
    return data


def _rebuild(pattern: str, parts: _Parts) -> re.Pattern[str] | None:
    """The compiled pattern from its parts, or None when they do not make one."""
    try:
        flags, code, groups, groupindex, indexgroup = parts
        words = array(_WORD)
        words.frombytes(base64.b64decode(code))
        compiled = _sre.compile(pattern, flags, words.tolist(), groups, groupindex, tuple(indexgroup))
    except Exception:
        return None
    return compiled if isinstance(compiled, re.Pattern) else None


def _group_branches(parsed: Any) -> None:
    """Rewrite, in place, every alternation of the parsed pattern ``parsed`` so that its alternatives opening with
    the same literal character share that character and an alternation of their rests: ``video|clip|vod`` as
    ``v(?:ideo|od)|clip``. ``re`` enters every alternative of a case-blind alternation at every position it tries
    (it skips one on its first character only when that is a case-bound literal), so a list of a hundred nouns costs
    a hundred entries where it now costs one a first letter. The matches are the same, in the same order: at any
    position the alternatives are still tried in their written order among those that can match there, since an
    alternative is moved up only past alternatives opening with a literal that no character matching its own can
    match (an ASCII character of another lower case; anything else stops the move), and alternatives sharing their
    first character try it then their rests in order, as the alternation tried them whole."""
    for op, av in parsed.data:
        for sub in _subpatterns(op, av):
            _group_branches(sub)
        if op is _LITERAL_BRANCH[1]:
            av[1][:] = _grouped(av[1])


def _subpatterns(op: Any, av: Any) -> list[Any]:
    """The parsed sub-patterns directly inside the item ``(op, av)``."""
    c = _parser  # (its op codes)
    if op is c.BRANCH:
        return list(av[1])
    if op is c.SUBPATTERN:
        return [av[3]]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return [av[2]]
    if op in (c.ASSERT, c.ASSERT_NOT):
        return [av[1]]
    if op is c.ATOMIC_GROUP:
        return [av]
    if op is c.GROUPREF_EXISTS:
        return [sub for sub in av[1:] if sub is not None]
    return []


def _grouped(alternatives: list[Any]) -> list[Any]:
    """The alternatives of one alternation, those opening with the same literal grouped (see
    :func:`_group_branches`)."""
    literal, branch = _LITERAL_BRANCH
    groups: list[tuple[int | None, list[Any]]] = []  # (the shared first character or None, the alternatives)
    for alternative in alternatives:
        first = alternative.data[0] if alternative.data else None
        key = first[1] if first is not None and first[0] is literal and first[1] < 128 else None
        target = None
        if key is not None:
            for k in range(len(groups) - 1, -1, -1):
                other = groups[k][0]
                if other == key:
                    target = groups[k][1]
                    break
                if other is None or chr(other).lower() == chr(key).lower():
                    break  # (it might match where this one does: no move past it)
        if target is None:
            groups.append((key, [alternative]))
        else:
            target.append(alternative)
    if len(groups) == len(alternatives):
        return alternatives
    merged = []
    for key, members in groups:
        if len(members) == 1:
            merged.append(members[0])
            continue
        state = members[0].state
        rests = [_parser.SubPattern(state, member.data[1:]) for member in members]
        merged.append(_parser.SubPattern(state, [(literal, key), (branch, (None, _grouped(rests)))]))
    return merged


_LITERAL_BRANCH: tuple[Any, Any] = (_parser.LITERAL, _parser.BRANCH) if BUILD else (None, None)


def _parts(pattern: str, flags: int) -> _Parts:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern`` (its own steps, in JSON types)."""
    parsed = _parser.parse(pattern, flags)
    _group_branches(parsed)
    code = base64.b64encode(array(_WORD, _compiler._code(parsed, flags)).tobytes()).decode("ascii")
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, indexgroup
