"""Long text in a timeline file, kept out of ruamel's pure-Python YAML.

ruamel keeps a person's comments and layout when a timeline is updated, but
its emitter looks at every character of a scalar in Python twice (choosing a
style, then writing it), and its round-trip reader does the same: a caption of
30 MB (a file may hold 50) took minutes to save. So every string of at least
:data:`LONG` characters goes through ruamel as a short placeholder, and is
written afterwards as one double-quoted line escaped here in C-speed passes
(``str.translate``, one regular-expression pass for all placeholders): the
work per character no longer runs in Python. The cost: such a string, once
updated, loses a hand-chosen block style (``|``) for the quoted one.

Two kinds of shorter strings go the same way, as ruamel writes them wrong:
one with a NEL (U+0085), which it leaves raw and every reader then takes for
a line break (a space after reading back); and one it must double-quote (a
control character, a line break) past :data:`FOLDED` characters, which it
folds onto a new line in the middle of an escape, without the backslash that
makes the fold no space: each fold put a space into the caption.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from typing import Any

import yaml

# Strings at least this long are set aside (about 0.1 s each in ruamel's emitter).
LONG = 65536
# A string ruamel double-quotes may be folded from about 4,000 characters (its width, 4096, less the indent).
FOLDED = 1024

# YAML double-quoted escapes: what a reader must not meet raw (libyaml refuses C0/C1 controls,
# DEL, surrogates, U+FFFE/U+FFFF anywhere in a stream; a raw line break inside quotes is folded
# into a space; a BOM mid-stream is best spelled out).
_NAMED = {"\\": "\\\\", '"': '\\"', "\0": "\\0", "\a": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n",
          "\v": "\\v", "\f": "\\f", "\r": "\\r", "\x1b": "\\e", "\x85": "\\N", "\xa0": "\\_",
          "\u2028": "\\L", "\u2029": "\\P"}
_ESCAPES: dict[int, str] = {
    code: _NAMED.get(chr(code), f"\\x{code:02X}" if code < 0x100 else f"\\u{code:04X}")
    for code in [*range(0x20), 0x22, 0x5C, *range(0x7F, 0xA1), 0x2028, 0x2029, *range(0xD800, 0xE000),
                 0xFEFF, 0xFFFE, 0xFFFF]
}


# What makes ruamel double-quote a string (a control, a line break, DEL, C1, ...): _ESCAPES but " and \.
_QUOTED_BY_RUAMEL = re.compile("[" + "".join(re.escape(chr(c)) for c in _ESCAPES if chr(c) not in '"\\') + "]")


def _set_aside(text: str) -> bool:
    return len(text) >= LONG or "\x85" in text or (len(text) > FOLDED and _QUOTED_BY_RUAMEL.search(text) is not None)


def double_quoted(text: str) -> str:
    """``text`` as one YAML double-quoted scalar on one line."""
    return '"' + text.translate(_ESCAPES) + '"'


# A plain scalar a long one may be taken for (a number, a date): left to ruamel, to keep its type.
_NOT_TEXT = re.compile(r"[-+0-9._:eEoOxXa-fA-F]*")


class LongText:
    """The placeholders of one save: ``set_aside`` swaps long strings for them
    (in the new data and in the text of the file being updated), ``restore``
    writes the strings back into the YAML ruamel emitted. One string, one
    placeholder: a caption the update leaves as it was compares equal."""

    def __init__(self) -> None:
        self._prefix = f"annotate-long-text-{secrets.token_hex(16)}-"
        self._values: dict[str, str] = {}
        self._tokens: dict[str, str] = {}

    def _token(self, value: str) -> str:
        token = self._tokens.get(value)
        if token is None:
            token = self._tokens[value] = f"{self._prefix}{len(self._tokens)}"
            self._values[token] = value
        return token

    def set_aside(self, node: Any) -> Any:
        """Plain data (dicts, lists, scalars) with its long strings (and those ruamel would spoil) swapped; keys
        stay (YAML caps a key's length)."""
        if isinstance(node, str):
            return self._token(node) if _set_aside(node) else node
        if isinstance(node, dict):
            return {key: self.set_aside(value) for key, value in node.items()}
        if isinstance(node, list):
            return type(node)(self.set_aside(value) for value in node) if type(node) is list else \
                _in_place(node, self.set_aside)
        return node

    def set_aside_in_text(self, text: str, loader: type) -> str:
        """The YAML ``text`` with each long scalar value (not a key, not anchored or tagged) swapped, found by
        libyaml's event stream (``loader``), which gives each scalar's span in characters."""
        if len(text) < LONG:
            return text
        spans: list[tuple[int, int, str]] = []
        stack: list[list[Any]] = []  # per open collection: [is a mapping, children seen]
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.CollectionEndEvent):
                stack.pop()
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            is_key = bool(stack) and stack[-1][0] and stack[-1][1] % 2 == 0
            if stack:
                stack[-1][1] += 1
            if isinstance(event, yaml.CollectionStartEvent):
                stack.append([isinstance(event, yaml.MappingStartEvent), 0])
            elif (isinstance(event, yaml.ScalarEvent) and not is_key and event.anchor is None
                  and event.tag is None and len(event.value) >= LONG
                  and not (event.style is None and _NOT_TEXT.fullmatch(event.value))):
                spans.append((event.start_mark.index, event.end_mark.index, event.value))
        pieces, at = [], 0
        for start, end, value in spans:
            source = text[start:end]
            pieces += [text[at:start], self._token(value), _line_break(source)]
            at = end
        return "".join([*pieces, text[at:]])

    def restore(self, emitted: str) -> str:
        """The YAML with every placeholder replaced by its string, double-quoted: one pass over the text."""
        if not self._values:
            return emitted
        # ruamel gives a value assigned over a quoted or block scalar that scalar's style: the placeholder
        # may come quoted, or as the one line of a block (``|-``, a comment perhaps, and a line break before
        # it): the block's header goes, its comment moves after the quoted line.
        styled = (r"(?:(?<=: |- )[|>][-+0-9]*(?P<comment>[ \t]*#[^\r\n]*)?[ \t]*\r?\n[ \t]*)?(?P<q>[\"']?)"
                  r"(?P<token>" + re.escape(self._prefix) + r"\d+)(?P=q)")

        def written(found: re.Match[str]) -> str:
            comment = found.group("comment")
            return double_quoted(self._values[found.group("token")]) + (f" {comment.strip()}" if comment else "")

        return re.sub(styled, written, emitted)


def _line_break(source: str) -> str:
    """A block scalar's span ends with its last line break, which the line must keep."""
    for end in ("\r\n", "\n", "\r"):
        if source.endswith(end) and source[:1] in "|>":
            return end
    return ""


def _in_place(node: list[Any], change: Callable[[Any], Any]) -> list[Any]:
    """A list subclass (ruamel's flow-styled sequence) changed item by item, keeping its style."""
    for i, value in enumerate(node):
        node[i] = change(value)
    return node
