"""A Markdown post's front matter (Jekyll/Hugo ``---`` YAML or ``+++`` TOML at its top): metadata, not prose.

Its keys are no sentences: ``duration: "4:21"`` read as text became a moment captioned "duration". It is
split off the way Jekyll and Hugo read it (the block parses to a mapping, else it is text), and its title kept.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10: the same reader, from PyPI
    import tomli as tomllib

# The opening fence on the first line, the block, the closing fence alone on its line (as Jekyll and Hugo want).
_BLOCK = re.compile(r"(?P<fence>---|\+\+\+)[ \t]*\n(?P<body>.*?\n)?(?P=fence)[ \t]*(?:\n|\Z)", re.S)


@dataclass(frozen=True)
class FrontMatter:
    """The block at the top of a post: how many lines it took, its language, its keys and its title."""

    lines: int
    language: str  # "YAML" or "TOML"
    keys: tuple[str, ...]
    title: str | None


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """The front matter at the start of ``text`` (None when there is none) and the text after it, the block's
    lines left as empty lines so line numbers still match the file's."""
    found = _BLOCK.match(text)
    if found is None:
        return None, text
    body = found.group("body") or ""
    language = "YAML" if found.group("fence") == "---" else "TOML"
    data = _parse(body, language)
    if data is None:  # not a mapping in its language: a rule line opening the prose, not metadata
        return None, text
    title = data.get("title")
    lines = found.group(0).count("\n") + (0 if found.group(0).endswith("\n") else 1)
    matter = FrontMatter(lines=lines, language=language, keys=tuple(str(key) for key in data),
                         title=" ".join(title.split()) or None if isinstance(title, str) else None)
    return matter, "\n" * found.group(0).count("\n") + text[found.end():]


def _parse(body: str, language: str) -> dict[Any, Any] | None:
    """The block as a mapping; None when it is none (RecursionError: lists nested thousands deep, which both
    parsers descend recursively, are no post's metadata either)."""
    if language == "TOML":
        try:
            return tomllib.loads(body)
        except (tomllib.TOMLDecodeError, RecursionError):
            return None
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        data = YAML(typ="safe", pure=True).load(body)
    except (YAMLError, ValueError, RecursionError):  # (ValueError: a date out of range, as "2017-13-45")
        return None
    if data is None and not body.strip():
        return {}
    return data if isinstance(data, dict) and data else None
