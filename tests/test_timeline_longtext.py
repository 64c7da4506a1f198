"""Long text in timeline files (annotate.timeline.longtext): a caption of
megabytes saves and updates with work per character in C, not in ruamel's
Python, and reads back exactly, whatever characters it holds."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from annotate.model import Moment, Timeline
from annotate.timeline import load, save
from annotate.timeline.longtext import FOLDED, LONG, double_quoted

# Every kind of character a YAML writer must treat with care: quotes, backslashes, line breaks of
# every family, tabs, controls, DEL, C1, NBSP, bidi, BOM, non-BMP, and YAML's own syntax.
HOSTILE = ('say "x" it\'s \\n \\ \n\r\n\t\x00\x07\x1b\x7f\x85\x9f\xa0\u2028\u2029\u202e\ufeff😀'
           " # c: [a, {b}] &x *x !t | > -- ")


def _caption(length: int) -> str:
    return (HOSTILE * (length // len(HOSTILE) + 1))[:length]


def _timeline(caption: str) -> Timeline:
    return Timeline(moments=(Moment(id="m1", start=1.0, caption=caption), Moment(id="m2", start=2.0, caption="x")))


def _python_calls(action) -> int:  # type: ignore[no-untyped-def]
    """How many Python functions ``action`` calls: work per character done in Python shows up here."""
    count = 0

    def profile(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        count += event == "call"

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("update", [False, True], ids=["new file", "update"])
def test_saving_does_no_python_work_per_character_of_a_long_caption(tmp_path: Path, update: bool) -> None:
    """The 30 MB caption took minutes: ruamel looked at each character in Python. Four times the text
    must cost no more Python calls (measured, not timed: a loaded machine cannot fail it)."""
    def calls(length: int) -> int:
        path = tmp_path / f"{length}.yaml"
        if update:
            save(_timeline(_caption(length)), path)
        timeline = _timeline(_caption(length) + "!")  # an update that changes the caption
        save(timeline, path)  # (once first: imports and caches)
        path.unlink() if not update else save(_timeline(_caption(length)), path)
        return _python_calls(lambda: save(timeline, path))

    small, large = calls(2 * LONG), calls(8 * LONG)
    assert large <= small * 1.1 + 100, (small, large)


@pytest.mark.parametrize("length", [1, 40, 4000, 5000, LONG, 3 * LONG])
def test_a_long_hostile_caption_reads_back_exactly_after_saving_and_updating(tmp_path: Path, length: int) -> None:
    caption = _caption(length)
    path = tmp_path / "t.yaml"
    save(_timeline(caption), path)
    assert load(path).moments[0].caption == caption
    # An update keeps the person's comment and the long caption it did not change, and changes the other.
    path.write_text(path.read_text(encoding="utf-8").replace("moments:", "# my note\nmoments:"), encoding="utf-8")
    again = load(path)
    save(replace(again, moments=(again.moments[0], replace(again.moments[1], caption="y"))), path)
    text = path.read_text(encoding="utf-8")
    assert "# my note" in text
    assert [m.caption for m in load(path).moments] == [caption, "y"]
    # Both YAML readers in use read it (libyaml for loading, ruamel's round trip for the next update).
    assert YAML(typ="rt").load(text)["moments"][0]["caption"] == caption
    assert yaml.safe_load(text)["moments"][0]["caption"] == caption


def test_a_hand_written_long_block_caption_is_updated_in_place(tmp_path: Path) -> None:
    """A person's own literal block (|) of long text, with a comment after it, is read through the
    placeholder and kept as text, comment and all."""
    caption = "\n".join(f"line {i} of the transcript: \"quoted\" # not a comment" for i in range(3000)) + "\n"
    body = "".join(f"      {line}\n" for line in caption.splitlines())
    path = tmp_path / "t.yaml"
    path.write_text(f"schema_version: 1\nmoments:\n  - id: m1\n    start: 1\n    caption: |\n{body}"
                    f"    # after the block\n  - id: m2\n    start: 2\n", encoding="utf-8")
    assert len(caption) >= LONG and load(path).moments[0].caption == caption
    timeline = load(path)
    save(replace(timeline, moments=(timeline.moments[0], replace(timeline.moments[1], start=3.0))), path)
    assert "# after the block" in path.read_text(encoding="utf-8")
    assert [(m.caption, m.start) for m in load(path).moments] == [(caption, 1.0), ("", 3.0)]
    # Changed, the caption replaces the block (ruamel would give the new value the block's style).
    timeline = load(path)
    save(replace(timeline, moments=(replace(timeline.moments[0], caption=caption + "\x85!"), timeline.moments[1])),
         path)
    assert [m.caption for m in load(path).moments] == [caption + "\x85!", ""]


@pytest.mark.parametrize("caption", ["a\x85b", "\x85", "line one\x85line two"])
def test_a_next_line_character_is_kept(tmp_path: Path, caption: str) -> None:
    """ruamel wrote NEL (U+0085) raw, which YAML readers take for a line break: it came back a space."""
    save(_timeline(caption), tmp_path / "t.yaml")
    assert load(tmp_path / "t.yaml").moments[0].caption == caption


@settings(max_examples=200)
@given(st.text(min_size=1, max_size=40))
def test_double_quoted_reads_back_as_the_text(text: str) -> None:
    assert yaml.safe_load(f"a: {double_quoted(text)}\n") == {"a": text}
    assert YAML(typ="safe", pure=True).load(f"a: {double_quoted(text)}\n") == {"a": text}


@pytest.mark.parametrize("written", ['"short"', "'short'", "|\n      short\n", ">-\n      short\n",
                                     "|  # my note\n      short\n"])
def test_a_caption_set_aside_replaces_a_quoted_or_block_one(tmp_path: Path, written: str) -> None:
    """ruamel gives the new value the old one's style (quotes, a block): the placeholder comes styled."""
    path = tmp_path / "t.yaml"
    path.write_text(f"schema_version: 1\nmoments:\n  - id: m1\n    start: 1\n    caption: {written.rstrip()}\n"
                    "    # kept\n  - id: m2\n    start: 2\n", encoding="utf-8")
    caption = _caption(FOLDED + 7)
    save(replace(load(path), moments=(Moment(id="m1", start=1.0, caption=caption), Moment(id="m2", start=2.0))),
         path)
    assert "# kept" in path.read_text(encoding="utf-8")
    assert [m.caption for m in load(path).moments] == [caption, ""]
    assert "# my note" in path.read_text(encoding="utf-8") or "# my note" not in written
