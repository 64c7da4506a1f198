"""The speed-ups of the moment extractor that must not change what it finds: the unit gate's stems
(``has_unit``) and the case-blind patterns searched as case-bound twins in the lower-cased text
(``annotate.moments.scan.CaseBlind``)."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest

import annotate.moments  # noqa: F401  (every CaseBlind is made on import)
from annotate.moments.forms import has_unit, has_unit_stem
from annotate.moments.numbers import UNIT_SECONDS
from annotate.moments.scan import CASE_BLIND, FOLDED_APART, case_blind_copy


def _caseless(code: int) -> bool:
    return chr(code).lower() == chr(code) == chr(code).upper()


def _set_why_not(items: list) -> str | None:  # type: ignore[type-arg]
    for item, value in items:
        if item is sre.LITERAL and not (chr(value).isascii() or _caseless(value)):
            return f"set literal {chr(value)!r}"
        if item is sre.RANGE and not (65 <= value[0] <= value[1] <= 90 or 97 <= value[0] <= value[1] <= 122
                                      or all(_caseless(c) for c in range(value[0], value[1] + 1))):
            return f"range {value}"
        if item not in (sre.LITERAL, sre.RANGE, sre.CATEGORY, sre.NEGATE):
            return f"set item {item}"
    return None


def _nested(op: object, av: object) -> list:  # type: ignore[type-arg]
    """The sub-patterns of one parsed item."""
    if op is sre.SUBPATTERN:
        return [av[3]]  # type: ignore[index]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return [av[2]]  # type: ignore[index]
    if op is sre.BRANCH:
        return list(av[1])  # type: ignore[index]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return [av]
    if op is sre.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]  # type: ignore[index]
    return []


def _why_not_twin(items: list) -> str | None:  # type: ignore[type-arg]
    """Why a parsed case-blind pattern's matches could differ from its lower-cased twin's in the lower-cased text, or
    None: its literals are ASCII or caseless, its ranges all capitals, all small letters or caseless, no flag is set
    inside it and no group is matched again (a back-reference compares by ``re``'s own folding)."""
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL) and not (chr(av).isascii() or _caseless(av)):
            return f"literal {chr(av)!r}"
        why = _set_why_not(av) if op is sre.IN else "flags set inside" if op is sre.SUBPATTERN and (av[1] or av[2]) \
            else "back-reference" if op is sre.GROUPREF else None
        if why is None and op not in (sre.AT, sre.ANY, sre.CATEGORY, sre.LITERAL, sre.NOT_LITERAL, sre.IN) \
                and not _nested(op, av):
            why = f"op {op}"
        for sub in _nested(op, av):
            why = why or _why_not_twin(sub.data if hasattr(sub, "data") else sub)
        if why:
            return why
    return None


@pytest.mark.parametrize("blind", CASE_BLIND, ids=lambda blind: blind.pattern.pattern[:40])
def test_case_blind_patterns_have_exact_twins(blind):
    pattern = blind.pattern
    assert pattern.flags & re.IGNORECASE
    assert "\\N{" not in pattern.pattern
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    assert parsed.getwidth()[0] > 0  # (no empty match: the match read again at its start is the scan's)
    assert _why_not_twin(parsed.data) is None
    assert not blind.twin.flags & re.IGNORECASE
    assert blind.twin.groups == pattern.groups


def test_lower_casing_keeps_every_class():
    """Where ``str.lower`` changes a character (to one), it stays a word character, digit or space as it was, and
    the only characters besides A-Z that case-blind matching takes for an ASCII letter lower to one or are barred."""
    changed = [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000 and chr(i).lower() != chr(i)]
    for cls in (re.compile(r"\w"), re.compile(r"\d"), re.compile(r"\s")):
        assert [c for c in changed if len(c.lower()) == 1 and bool(cls.match(c)) != bool(cls.match(c.lower()))] == []
    letter = re.compile("[a-z]", re.IGNORECASE)
    folded = [chr(i) for i in range(128, sys.maxunicode + 1) if not 0xD800 <= i < 0xE000 and letter.match(chr(i))]
    for c in folded:
        assert len(c.lower()) > 1 or c in FOLDED_APART or (
            c.lower().isascii() and re.fullmatch(c.lower(), c, re.IGNORECASE))


@pytest.mark.parametrize("text", [
    "The 4-MINUTE Clip runs Two Minutes; the ſecond one is 3 ſecs long.",
    "The HALF-HOUR video, a 6&#xBD; minute clip and a 6&#xbd;-minute CLIP.",
    "A ten-minute İnterview, the 20-minute interview.",
    "THE TWELVE-MINUTE VIDEO. The twelve-minute video. tHe TwElVe-MiNuTe ViDeO.",
])
def test_case_blind_matches_are_the_patterns_own(text):
    for blind in CASE_BLIND:
        for b in range(0, len(text), 7):
            got = [(m.span(), m.groups()) for m in blind.finditer(text, b, len(text))]
            assert got == [(m.span(), m.groups()) for m in blind.pattern.finditer(text, b, len(text))]
    assert (case_blind_copy(text) is None) == any(c in text for c in "ſİ")


def test_has_unit_stems():
    for word in UNIT_SECONDS:
        words = (f"two {word} in", f"TWO {word.upper()} in", f"a {word}-long clip") if len(word) > 1 else ()
        for said in (f"for 2 {word}.", f"for 2{word.upper()},", *words):
            assert has_unit(said, 0, len(said)), said
    for said in ("Three guards ran through the security section", "the streaming version, determined to go",
                 "an hourly bus", "the mined road"):
        assert not has_unit(said, 0, len(said)), said
        assert has_unit_stem(said, 0, len(said))
    # (a non-ASCII text, or one with an HTML space, keeps the stem test: "ſecs" and "6&nbsp;s" are units too)
    for said in ("10 ſecs through", "6&nbsp;s through"):
        assert has_unit(said, 0, len(said))


_RE_CALLS = {"match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


def _fixed_pattern(node: ast.expr) -> bool:
    """A pattern argument built only from literals and module constants (``rf"...{MEDIA_NOUN}..."``), not from an
    article's words."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Name):
        return node.id.isupper()
    if isinstance(node, ast.JoinedStr):
        return all(isinstance(v, ast.Constant) or (isinstance(v, ast.FormattedValue) and _fixed_pattern(v.value))
                   for v in node.values)
    return False


def test_no_fixed_pattern_is_compiled_inside_a_function():
    """A fixed pattern passed to ``re.match`` and its kin inside a function is compiled on each run's first call
    (the fraction form's work pattern cost about 2 ms of the first extraction) and goes round ``re``'s cache on
    every call after: each is a module-level ``regex()`` instead."""
    root = Path(annotate.moments.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        for func in ast.walk(ast.parse(path.read_text())):
            if not isinstance(func, ast.FunctionDef):
                continue
            for call in ast.walk(func):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) \
                        and isinstance(call.func.value, ast.Name) and call.func.value.id == "re" \
                        and call.func.attr in _RE_CALLS and call.args and _fixed_pattern(call.args[0]):
                    found.append(f"{path.relative_to(root)}:{call.lineno}")
    assert found == []


def test_extraction_compiles_no_pattern():
    """The benchmark's article (every form it holds, fractions and links among them) is read with the patterns
    compiled at import: nothing is compiled during the extraction."""
    from bench.bench_extract import build_article

    text = build_article(size=20_000, timed_share=1.0)
    compiled: list[str] = []
    original = re._compiler.compile  # type: ignore[attr-defined]

    def counting(pattern: object, flags: int = 0) -> re.Pattern[str]:
        compiled.append(str(pattern)[:60])
        return original(pattern, flags)  # type: ignore[no-any-return]

    re.purge()
    re._compiler.compile = counting  # type: ignore[attr-defined]
    try:
        annotate.moments.extract_moments(text)
    finally:
        re._compiler.compile = original  # type: ignore[attr-defined]
    assert compiled == []
