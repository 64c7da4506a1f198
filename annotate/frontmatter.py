"""A Markdown post's front matter (Jekyll/Hugo/Pandoc ``---`` YAML, ``+++`` TOML or Hugo's ``{`` JSON at its top):
metadata, not prose.

Its keys are no sentences: ``duration: "4:21"`` read as text became a moment captioned "duration". It is
split off the way Jekyll and Hugo read it (the block parses to a mapping, else it is text), and its title kept.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10: the same reader, from PyPI
    import tomli as tomllib

# The opening fence on the first line, the block, the closing fence alone on its line (as Jekyll and Hugo want;
# YAML's may also be "...", its end-of-document marker, as Jekyll's pattern and Pandoc's metadata blocks take).
_BLOCK = re.compile(r"(?:(?P<fence>---)|\+\+\+)[ \t]*\n(?P<body>.*?\n)?(?(fence)(?:---|\.\.\.)|\+\+\+)[ \t]*(?:\n|\Z)",
                    re.S)


@dataclass(frozen=True)
class FrontMatter:
    """The block at the top of a post: how many lines it took, its language, its keys and its title."""

    lines: int
    language: str  # "YAML", "TOML" or "JSON"
    keys: tuple[str, ...]
    title: str | None
    problem: str | None = None  # why a block opening like front matter could not be read (it is then left as text)


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """The front matter at the start of ``text`` (None when there is none) and the text after it, the block's
    lines left as empty lines so line numbers still match the file's."""
    if text.startswith("{"):
        data, end = _json(text)
        language = "JSON"
    else:
        found = _BLOCK.match(text)
        if found is None:
            return None, text
        language = "YAML" if found.group("fence") else "TOML"
        (data, problem), end = _parse(found.group("body") or "", language), found.end()
        if data is None and problem is not None and _KEYED[language].match(found.group("body") or ""):
            block = text[:end]
            return FrontMatter(lines=_lines(block), language=language, keys=(), title=None, problem=problem), text
    if data is None or _note(data):  # not a mapping in its language: a rule line opening the prose, not metadata
        return None, text
    title = data.get("title")
    block = text[:end]
    lines = _lines(block)
    matter = FrontMatter(lines=lines, language=language, keys=tuple(str(key) for key in data),
                         title=" ".join(title.split()) or None if isinstance(title, str) else None)
    return matter, "\n" * block.count("\n") + text[end:]


# A key as every Jekyll, Hugo and Pandoc key is written: a name, no spaces ("Editor's note", "UPDATE 10:45 GMT" are
# the heads of a note set between two rules, not keys).
_KEY = re.compile(r"[A-Za-z_][\w.-]*\Z")
# A lone capitalised key whose value is a sentence ("Correction: an earlier version put ...") is a note too.
_NOTE_WORDS = 5


def _lines(block: str) -> int:
    return block.count("\n") + (0 if block.endswith("\n") else 1)


# A block whose first line is a key and its value, as front matter opens: one its language could not read is said.
_KEYED = {"YAML": re.compile(r"[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|\n)"), "TOML": re.compile(r"[A-Za-z_][\w-]*[ \t]*=")}


def _note(data: dict[Any, Any]) -> bool:
    """The block is a note set between two rules, not metadata: a key that is no name, or one named like a note's
    head whose value is a sentence."""
    if not all(isinstance(key, str) and _KEY.match(key) for key in data):
        return True
    if len(data) != 1:
        return False
    ((key, value),) = data.items()
    return key[:1].isupper() and isinstance(value, str) and len(value.split()) >= _NOTE_WORDS


def _json(text: str) -> tuple[dict[Any, Any] | None, int]:
    """Hugo's JSON front matter: an object opening the file, alone on its lines; its mapping and where it ends."""
    try:
        data, end = json.JSONDecoder().raw_decode(text)
    except (ValueError, RecursionError):
        return None, 0
    after = re.compile(r"[ \t]*(?:\n|\Z)").match(text, end)
    if not isinstance(data, dict) or not data or after is None:
        return None, 0
    return data, after.end()


def _parse(body: str, language: str) -> tuple[dict[Any, Any] | None, str | None]:
    """The block as a mapping, else None and why its parser could not read it, if it could not (RecursionError:
    lists nested thousands deep, which both parsers descend recursively, are no post's metadata either)."""
    if language == "TOML":
        try:
            return tomllib.loads(body), None
        except tomllib.TOMLDecodeError as exc:
            return None, str(exc)
        except RecursionError:
            return None, "nested too deeply"
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    yaml = YAML(typ="rt", pure=True)  # (as Ruby's Psych: a local tag, "!author kwon", is its value)
    yaml.allow_duplicate_keys = True  # (Psych and Go's yaml take a key given twice)
    try:
        data = yaml.load(body)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 2} of the file" if mark is not None else ""
        return None, f"{getattr(exc, 'problem', None) or type(exc).__name__}{where}"
    except ValueError as exc:  # (a date out of range, as "2017-13-45")
        return None, str(exc)
    except RecursionError:
        return None, "nested too deeply"
    if data is None and not body.strip():
        return {}, None
    return (data if isinstance(data, dict) and data else None), None
