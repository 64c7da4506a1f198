"""The moment extractor on input built to break it: every pattern of ``annotate.moments`` fed strings it
matches inside sentence frames, numbers too large for a float, and (in a child process, as a hang guard)
pathological runs of one character or phrase. Any exception, or a run that does not end, is a defect."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import pytest

import annotate.moments
from annotate.moments import extract_moments, extract_references
from tests.strategies import regex_examples


def _patterns(value: object, name: str, seen: set[int]) -> Iterator[tuple[str, re.Pattern[str]]]:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        yield name, value
    elif isinstance(value, (list, tuple, set, frozenset)):
        for i, item in enumerate(value):
            yield from _patterns(item, f"{name}[{i}]", seen)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns(item, f"{name}[{key!r}]", seen)


def every_pattern() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern the moment reader holds: module globals, and those in their lists, tuples and dicts."""
    found: list[tuple[str, re.Pattern[str]]] = []
    for info in pkgutil.iter_modules(annotate.moments.__path__):
        module = importlib.import_module(f"annotate.moments.{info.name}")
        seen: set[int] = set()
        for name, value in vars(module).items():
            found.extend(_patterns(value, f"{info.name}.{name}", seen))
    return found


PATTERNS = every_pattern()
# Where an article puts a time phrase: alone, in a sentence, pasted HTML, a Markdown list, a chapter list,
# brackets, a relative form after another moment.
FRAMES = ["{x}", "At {x} the man runs.", "The clip shows, at {x}, a man.", "The man runs at {x}",
          "<p>At <b>{x}</b> he runs.</p>", "- {x} the man runs\n- 3:00 end",
          "0:00 Intro\n{x} Chapter two\n5:00 End", "(see {x}) [at {x}] the clip",
          "In the video, {x} later, he runs. Then {x}."]
DURATIONS = [None, 0.0, 100.0, 1e9]


def test_the_walk_finds_the_patterns_and_the_generator_reaches_nearly_all() -> None:
    assert len(PATTERNS) > 500  # the walk reaches into lists and dicts, not only module names
    reached = [name for name, pattern in PATTERNS if regex_examples(pattern, 4)]
    assert len(reached) >= 0.95 * len(PATTERNS)


@pytest.mark.parametrize("module", sorted({name.split(".")[0] for name, _ in PATTERNS}))
def test_every_pattern_matched_in_every_frame_extracts_without_error(module: str) -> None:
    for n, (name, pattern) in enumerate(p for p in PATTERNS if p[0].split(".")[0] == module):
        for k, phrase in enumerate(regex_examples(pattern, 12)):
            frame = FRAMES[(n + k) % len(FRAMES)]
            text = frame.replace("{x}", phrase)
            for duration in (DURATIONS[k % 2], DURATIONS[2 + k % 2]):
                found = extract_references(text, duration)
                for moment in found.moments:
                    assert text[moment.span[0]:moment.span[1]] == moment.quote, (name, text)
                    assert moment.start is not None and 0 <= moment.start < float("inf"), (name, text)


# Units spelt with any white space the patterns accept (\s is Unicode): a tab, a thin space, a form feed.
@pytest.mark.parametrize("space", ["\t", "\u2009", "\x0c", "\u3000"])
def test_a_unit_spelt_with_any_white_space_is_read(space: str) -> None:
    assert [m.start for m in extract_moments(f"At the half{space}hour mark of the video he runs.")] == [1800.0]
    found = extract_moments(f"In the last half{space}minute of the video he runs.", 600.0)
    assert [(m.start, m.end) for m in found] == [(570.0, 600.0)]


BIG = "9" * 400  # past what a float holds (about 1.8e308)


@pytest.mark.parametrize("text", [
    f"At {BIG} seconds he runs.", f"At {BIG}:00 he runs.", f"{BIG} minutes into the video he runs.",
    f"the {BIG}-minute video; in its final 30 seconds he runs", f"halfway through the {BIG}-hour video he runs",
    f"youtu.be/x?t={BIG}", f"youtu.be/x?t={BIG}s", f"youtu.be/x?t={BIG}h{BIG}m", f"youtu.be/x?t={BIG}:00",
    "At 2:27 he runs. " + "a hundred " * 200 + "seconds later he falls.",
    f"{BIG} hours later he falls.", "9" * 306 + " hours into the video he runs.",
], ids=lambda text: text.replace(BIG, "9…9")[:50])
def test_numbers_past_a_float_are_no_moment_and_no_crash(text: str) -> None:
    for duration in (None, 0.0, 100.0):
        for moment in extract_references(text, duration).moments:
            assert moment.start is not None and 0 <= moment.start < 1e300, text


def test_a_number_past_a_float_reads_as_no_number() -> None:
    from annotate.moments.numbers import parse_duration, word_number

    assert word_number(BIG) is None and word_number("a hundred " * 200) is None
    assert parse_duration(f"{BIG} seconds") is None and parse_duration("9" * 306 + " hours") is None
    assert word_number("two hundred") == 200 and parse_duration("9" * 300 + " hours") == (float("9" * 300) * 3600, 3600)


# Pathological runs, each about a megabyte (less where every line is a moment): each takes under two seconds
# here (measured 1x, 2x, 4x: linear). Run in a child process as a hang guard, not a timing test: catastrophic
# backtracking or a quadratic walk would take minutes to hours at these sizes.
PATHOLOGICAL = {
    "one line, no sentence end": "the clip at 2:27 shows a man " * 400,
    "spaces": "At 2:27 the man" + " " * 1_000_000 + "runs.",
    "spaces and tabs": "At 2:27 the man" + " \t" * 500_000 + "runs.",
    "1:1:1: repeated": "1:1:1:" * 100_000,
    "digits": "At 2:27 " + "1" * 1_000_000,
    "number words": "At 2:27 " + "twenty " * 140_000,
    "one and one": "At 2:27 " + "one and " * 125_000,
    "((((": "At 2:27 " + "(" * 1_000_000,
    "[[[[": "At 2:27 " + "[" * 1_000_000,
    "HTML nesting": "At 2:27 " + "<b>" * 330_000,
    "one word": "At 2:27 " + "a" * 1_000_000,
    "hedges in a row": "roughly about around nearly " * 36_000 + "2:27",
    "durations": "2 minutes " * 100_000,
    "dashes": "At 2:27 " + "-" * 1_000_000,
    "1,1,1,": "At 2:27 " + "1," * 500_000,
    "&nbsp;": "At 2:27 " + "&nbsp;" * 160_000,
    "quotes": '"' * 100_000,
    "chapter list": "".join(f"{i // 60}:{i % 60:02d} Chapter {i}\n" for i in range(1_000)),
    "links": "?t=1" * 1_000,
}
_GUARD = """
import sys, time
from annotate.moments import extract_references
from tests.test_moments_robustness import PATHOLOGICAL
for name, text in PATHOLOGICAL.items():
    print(name, flush=True)
    extract_references(text)
"""


def test_pathological_runs_end_in_time() -> None:
    import subprocess
    import sys

    try:
        done = subprocess.run([sys.executable, "-c", _GUARD], capture_output=True, text=True, timeout=240)
    except subprocess.TimeoutExpired as exc:
        started = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        pytest.fail(f"no end within 240 s; the last input started: {started.splitlines()[-1:]}")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:-1] == list(PATHOLOGICAL)
