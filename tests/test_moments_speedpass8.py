"""The eighth speed pass (docs/extraction.md, Speed): the time gate lets no sentence with a time go unread, now
that a unit's stem inside another word ("ministry", "security") no longer opens it."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.moments import extract
from annotate.moments.lengths import find_lengths, whole
from annotate.moments.sentences import split

DATA = Path(__file__).parent / "data"


def _case_texts() -> list[str]:
    return [json.loads(line)["text"] for path in sorted(DATA.glob("moments*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _unread_finds(text: str) -> list[str]:
    """What the finders and the stated lengths find in the sentences of ``text`` that the gate skips."""
    sentences = split(text)
    gate = extract._TimeGate(text, sentences)
    found = []
    for k, (b, e) in enumerate(sentences):
        if not gate(k):
            found += [text[c.begin:c.end] for c in extract._candidates(text, b, e, 25.0, [])]
            found += [text[s.begin:s.end] for s in find_lengths(text, b, e)]
    return found


def test_the_gate_skips_no_time_in_the_case_sets():
    texts = _case_texts()
    assert len(texts) > 1000
    assert [found for text in texts if (found := _unread_finds(text))] == []


_WORDS = ["ministry", "minister", "Mined", "mint", "security", "Sector", "section", "secret", "admins", "Minsk",
          "two", "a", "an", "few", "second", "seconds", "Secs", "sec", "min", "mins", "Minute", "minutes", "-long",
          "in", "later", "into", "the", "clip", "video", "of", "at", "mark", "and", "twenty", "-seven", "&nbsp;",
          "-", " ", " ", " ", ".", ",", "(", ")"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14).map("".join))
def test_the_gate_skips_no_generated_time(text):
    assert _unread_finds(text) == []


def test_a_unit_after_a_stemmed_word_is_still_read():
    # (the property above must be able to fail: these are read only because the gate opens on "mins", "second")
    text = "The ministry spoke. About two mins in, the admins left. The security detail, a second later, ran."
    sentences = split(text)
    gate = extract._TimeGate(text, sentences)
    assert [gate(k) for k in range(len(sentences))] == [False, True, True]
    assert [[text[c.begin:c.end] for c in extract._candidates(text, b, e, 25.0, [])] for b, e in sentences] == [
        [], ["About two mins in"], ["a second later"]]


_RUNTIME_WORDS = ["the", "The", "THIS", "this", "full", "Whole", "final", "episode", "Video", "programme", "program",
                  "film", "runs", "is", "was", "lasts", "clocks in at", "for", "about", "just over", "bathe", "useful",
                  "ſ", "ı", "İ", "x", "3", " ", " ", "  ", "\n", "\u00a0", ".", "-"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_RUNTIME_WORDS), max_size=16).map("".join))
def test_runtimes_found_from_their_nouns_are_those_of_the_whole_scan(text):
    assert [m.span() for m in whole._work_runs(text)] == [m.span() for m in whole._WORK_RUNS.finditer(text)]


def test_runtimes_found_from_their_nouns_on_the_case_sets():
    texts = _case_texts()
    found = [[m.span() for m in whole._work_runs(text)] for text in texts]
    assert found == [[m.span() for m in whole._WORK_RUNS.finditer(text)] for text in texts]
    assert sum(map(len, found)) >= 3  # (the runtimes are there to be found)
