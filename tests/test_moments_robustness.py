"""The moment extractor on input built to break it: every pattern of ``annotate.moments`` fed strings it
matches inside sentence frames, numbers too large for a float, and (in a child process, as a hang guard)
pathological runs of one character or phrase. Any exception, or a run that does not end, is a defect."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from types import ModuleType

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


def moment_modules() -> Iterator[tuple[str, ModuleType]]:
    """Every module of ``annotate.moments``, those of its packages (``exclusions/``, ``forms/``) included: (its
    name under ``annotate.moments``, the module)."""
    for info in pkgutil.walk_packages(annotate.moments.__path__, "annotate.moments."):
        yield info.name.removeprefix("annotate.moments."), importlib.import_module(info.name)


def every_pattern() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern the moment reader holds: module globals, and those in their lists, tuples and dicts;
    each once, under the first name it is found by (a pattern one module imports from another is one pattern)."""
    found: list[tuple[str, re.Pattern[str]]] = []
    seen: set[int] = set()
    for where, module in moment_modules():
        for name, value in vars(module).items():
            found.extend(_patterns(value, f"{where}.{name}", seen))
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


def _with_case_twins(pattern: re.Pattern[str], phrases: list[str]) -> list[str]:
    """``phrases`` and, for a pattern that ignores case, each with the letters IGNORECASE also matches in other
    scripts ("ſ" for s, the Kelvin sign for k) where the pattern still finds it: no table holds "ſecond"."""
    if not pattern.flags & re.IGNORECASE:
        return phrases
    twins = [p.translate(_CASE_TWINS) for p in phrases[:4]]
    return phrases + [t for t in twins if t not in phrases and pattern.search(t)]


_CASE_TWINS = str.maketrans({"s": "\u017f", "S": "\u017f", "k": "\u212a", "K": "\u212a"})


@pytest.mark.parametrize("module", sorted({name.split(".")[0] for name, _ in PATTERNS}))
def test_every_pattern_matched_in_every_frame_extracts_without_error(module: str) -> None:
    for n, (name, pattern) in enumerate(p for p in PATTERNS if p[0].split(".")[0] == module):
        for k, phrase in enumerate(_with_case_twins(pattern, regex_examples(pattern, 12))):
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


# Under re.IGNORECASE "ſ" (long s) matches "s": a unit or number word the patterns took that way must read as
# its plain spelling ("ſ".lower() is still "ſ", which no table holds: KeyError; casefold() gives "s").
@pytest.mark.parametrize(("text", "long_s"), [
    ("the 2:27 video; halfway through it he runs", "the 2:27 video; halfway through it he runs".replace("s", "\u017f")),
    ("At 2 minutes 5 seconds he runs.", "At 2 minute\u017f 5 \u017feconds he runs."),
    ("At six minutes into the clip he runs.", "At \u017fix minute\u017f into the clip he runs."),
])
def test_a_long_s_reads_as_s(text: str, long_s: str) -> None:
    def read(t: str) -> list[tuple[float, float | None]]:
        return [(m.start, m.end) for m in extract_moments(t, 600.0)]

    assert read(text) and read(long_s) == read(text)
    extract_moments(text.replace("s", "\u017f"))  # and no error with a long s for every s


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
    # (a run of end marks was tried from each mark, each reading the run to its end: quadratic)
    "dots": "At 2:27 " + "." * 1_000_000,
    "!?!?": "At 2:27 " + "!?" * 500_000,
    # (each bracket's line was read whole for a chapter list, and its title segment back to the sentence's start)
    "bracketed times on one line": "(2:27) " * 1_000,
    # (a run of clock-led lines was walked up, and a plan's down, for each clock on it: quadratic)
    "clock-led lines": "".join(f"{i // 60 % 24}:{i % 60:02d} x\n" for i in range(4_000)),
    "a day's plan": "Sunday plan\n\n" + "".join(f"{9 + i // 4 % 12:02d}:{i % 4 * 15:02d} Drain it\n"
                                                for i in range(3_000)),
    "clocks under a zone heading": "Timeline (BST)\n" + "".join(f"{10 + i // 60 % 12}:{i % 60:02d} alarm\n"
                                                                for i in range(4_000)),
    # (every form naming its footage asked each length before it whether a song was named nearer: quadratic)
    "paragraphs, each a length and a form": "The 3-minute clip shows it; in the last 10 seconds of the video he falls "
                                            "halfway through the video.\n\n" * 1_000,
    # (each length in one sentence scanned it from its start for the last song named: quadratic)
    "songs and their lengths in one sentence": 'The dance video is set to the song "Paus" (4:12) ' * 1_000
                                               + "three-quarters of the way through the video he falls.",
    # (each clock on one long line searched the line from its start for a table's pipes or aligned gaps: quadratic)
    "opening hours on one line": "The bakery opens at 7:30 and " * 1_100,
    "trains on one line": "the 6:30 train leaves, " * 1_300,
    "showings on one line": "will be shown at 10:30, as it will " * 1_400,
    # (each sentence of dotted numbers lower-cased its paragraph from the start to ask if it named footage: quadratic)
    "dotted ranges in one paragraph": "And from 1.05 to 1.19 the cop runs. " * 5_000,
    # (each length read back to the one song the sentence named first, and from it on for a work's noun: quadratic)
    "one song, then many lengths": 'The dance video is set to the song "Paus" (4:12)' + ", 3 minutes long" * 6_000
                                   + " three-quarters of the way through the video he falls.",
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
    """All of them within 240 s of CPU (about 40 s at rest: a blow-up is minutes); the wall-time limit is wider, as
    a loaded machine (load 28 in one CI run) stretches the same work past 240 s of wall time."""
    import resource
    import subprocess
    import sys

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        done = subprocess.run([sys.executable, "-c", _GUARD], capture_output=True, text=True, timeout=1200)
    except subprocess.TimeoutExpired as exc:
        started = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        pytest.fail(f"no end within 1200 s; the last input started: {started.splitlines()[-1:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:-1] == list(PATHOLOGICAL)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    assert cpu < 240, f"took {cpu:.0f} s of CPU"


# --- A static check: every ``m.group("x")`` (and start, end, span, ``m["x"]``) in annotate.moments names a group
# that every pattern which can reach ``m`` there defines: the pattern matched by name, each of a list looped
# over (``for pattern, needs in zip(_SL_PATTERNS, _SL_NEEDS)``), either side of ``or``; narrowed by a
# ``"x" in m.groupdict()`` guard. The unhedged "at 2:27 for 20 seconds" IndexError (m.group("h2") with one
# pattern of _SL_PATTERNS lacking h2) is what this finds; matches passed into other functions are not followed.
MATCHERS = {"finditer", "match", "search", "fullmatch"}
ACCESS = {"group", "start", "end", "span"}



def _patterns_of(value: object) -> list[re.Pattern[str]] | None:
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, re.Pattern) for v in value):
        return list(value)
    return None


class _Flow(ast.NodeVisitor):
    def __init__(self, module, where):
        self.g, self.where, self.env, self.found, self.checked = vars(module), where, {}, [], 0

    def pats(self, node):
        """Patterns an expression evaluates to (a global pattern, or a name bound to some)."""
        if isinstance(node, ast.Name):
            if node.id in self.env:
                return self.env[node.id]
            value = self.g.get(node.id)
            return [value] if isinstance(value, re.Pattern) else None
        return None

    def elements(self, node):
        """Patterns an iterable yields: a global list, or a literal list of pattern names."""
        if isinstance(node, ast.Name) and node.id not in self.env:
            return _patterns_of(self.g.get(node.id))
        if isinstance(node, (ast.Tuple, ast.List)):
            out = []
            for elt in node.elts:
                p = self.pats(elt)
                if p is None:
                    return None
                out += p
            return out
        return None

    def matched(self, node):
        """Patterns whose match an expression is: P.match(...), P.finditer(...) (for a loop), A or B."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in MATCHERS:
            return self.pats(node.func.value)
        if isinstance(node, ast.BoolOp):
            parts = [self.matched(v) for v in node.values]
            return sum((p for p in parts if p), []) or None
        if isinstance(node, ast.NamedExpr):
            return self.matched(node.value)
        return None

    def bind(self, target, patterns):
        if isinstance(target, ast.Name):
            if patterns:
                self.env[target.id] = patterns
            else:
                self.env.pop(target.id, None)

    def visit_For(self, node):
        it = node.iter
        if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and it.func.attr == "finditer":
            self.bind(node.target, self.pats(it.func.value))
        elif isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id in ("zip", "enumerate") \
                and isinstance(node.target, ast.Tuple):
            args = it.args if it.func.id == "zip" else [None] + list(it.args)
            for target, arg in zip(node.target.elts, args):
                self.bind(target, self.elements(arg) if arg is not None else None)
        else:
            self.bind(node.target, self.elements(it))
        self.generic_visit(node)

    def visit_comprehension(self, node):
        it = node.iter
        if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and it.func.attr == "finditer":
            self.bind(node.target, self.pats(it.func.value))
        self.generic_visit(node)

    def visit_ListComp(self, node):  # generators first: they bind what the element uses
        for gen in node.generators:
            self.visit(gen)
        self.visit(node.elt)
    visit_SetComp = visit_GeneratorExp = visit_ListComp

    def visit_Assign(self, node):
        self.visit(node.value)
        for target in node.targets:
            self.bind(target, self.matched(node.value))

    def visit_NamedExpr(self, node):
        self.visit(node.value)
        self.bind(node.target, self.matched(node.value))

    def visit_Call(self, node):
        self.generic_visit(node)
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr in ACCESS and isinstance(f.value, ast.Name) \
                and f.value.id in self.env and node.args and isinstance(node.args[0], ast.Constant):
            self.check(f.value.id, node.args[0].value, node.lineno)

    def visit_Subscript(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.Name) and node.value.id in self.env and isinstance(node.slice, ast.Constant):
            self.check(node.value.id, node.slice.value, node.lineno)

    def visit_IfExp(self, node):
        guard = _guard(node.test)
        if guard is None or guard[0] not in self.env:
            return self.generic_visit(node)
        name, group = guard
        held = self.env[name]
        self.env[name] = [p for p in held if group in p.groupindex]
        self.visit(node.test)
        self.visit(node.body)
        self.env[name] = [p for p in held if group not in p.groupindex]
        self.visit(node.orelse)
        self.env[name] = held

    def check(self, name, group, line):
        self.checked += 1
        for p in self.env[name]:
            ok = group in p.groupindex if isinstance(group, str) else 0 <= group <= p.groups
            if not ok:
                self.found.append(f"{self.where}:{line}: {name}.group({group!r}), no such group in /{p.pattern[:60]}/")


def _guard(test):
    """``"x" in m.groupdict()`` (alone or first of an ``and``): the name and group it tests."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        test = test.values[0]
    if isinstance(test, ast.Compare) and isinstance(test.ops[0], ast.In) and isinstance(test.left, ast.Constant):
        call = test.comparators[0]
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "groupdict" \
                and isinstance(call.func.value, ast.Name):
            return call.func.value.id, test.left.value
    return None


def unchecked_groups():
    problems, checked = [], 0
    for where, module in moment_modules():
        tree = ast.parse(inspect.getsource(module))
        for fn in ast.walk(tree):
            if isinstance(fn, (ast.FunctionDef, ast.Lambda)):
                flow = _Flow(module, f"{where.replace('.', '/')}.py")
                flow.visit(fn)
                problems += flow.found
                checked += flow.checked
    return problems, checked


def test_every_group_read_from_a_match_is_defined_by_its_patterns() -> None:
    problems, checked = unchecked_groups()
    assert problems == []
    assert checked > 120  # the flow reaches the finders' loops, not only a few direct calls
