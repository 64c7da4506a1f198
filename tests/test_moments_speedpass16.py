"""Issue 16's speed pass of 2026-12-06 (docs/extraction.md, Speed): work the walk did for nothing is skipped, with the
same answers. A walk's sentences are read for quoted remarks only where a quote mark stands; a day's clock is read
against its paragraph's lengths only once it is past twice every length told so far and the furthest position."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from annotate import extract_moments
from annotate.moments import extract
from annotate.moments.sentences import split


def _quoted_between_read_whole(text: str, sentences: list[tuple[int, int]], first: int, last: int) -> int:
    """``extract._quoted_between`` as it was before the pass: every sentence between read (the reference)."""
    if last - first <= 2 or last - first > extract.QUOTED_WALK_SENTENCES:
        return 0
    lo = sentences[first][0]
    quoted = told = 0
    for b, e in sentences[first + 1:last]:
        if extract._quoted_sentence(text, lo, b, e):
            quoted += 1
        else:
            told += 1
            if told > 1:
                break
    return quoted


_PARTS = ['"That\'s me," she said.', "“I'm trying to get out.”", "The boat sank at 6:02.", "It came back up.",
          '"Wait."', "He pointed.", "“No”", "\n\n", "At 7:15 it rose.", "She shouted “now”.", '"It is 4."']


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=16).map(" ".join), st.data())
def test_a_walk_counts_the_same_quoted_remarks(text, data):
    sentences = split(text)
    assume(sentences)
    first = data.draw(st.integers(0, len(sentences) - 1))
    last = data.draw(st.integers(first, len(sentences)))
    assert extract._quoted_between(text, sentences, first, last) \
        == _quoted_between_read_whole(text, sentences, first, last)


def test_a_walk_with_no_quote_mark_reads_no_sentence(monkeypatch):
    # (main read each of the five sentences between for a quotation, and each for a digit besides)
    read: list[tuple[int, int]] = []
    original = extract._quoted_sentence

    def counted(text: str, lo: int, b: int, e: int) -> bool:
        read.append((b, e))
        return original(text, lo, b, e)

    monkeypatch.setattr(extract, "_quoted_sentence", counted)
    text = "At 1:10 the gate opens. He walks. She waits. They talk. It rains. A car stops. At 1:40 he runs."
    sentences = split(text)
    assert extract._quoted_between(text, sentences, 0, 6) == 0
    assert read == []
    quoted = text.replace("She waits.", '"Wait here."')
    assert extract._quoted_between(quoted, split(quoted), 0, 6) == 1
    assert read  # (with a quote mark the sentences are read, and the remark is counted)


def test_a_clock_within_every_length_does_not_read_its_paragraph(monkeypatch):
    # (main read the paragraph's stated lengths for every prose clock of the day's shape; 12:34 is short of twice the
    # furthest position placed before it, 61:34, so no length told in its paragraph could set it aside)
    asked: list[int] = []
    original = extract._Lengths.told_in_paragraph

    def counted(self: extract._Lengths, position: int) -> list:
        asked.append(position)
        return original(self, position)

    monkeypatch.setattr(extract._Lengths, "told_in_paragraph", counted)
    text = "At 61:34 the gate opens. At 12:34 the officer raises his hand."
    assert [m.start for m in extract_moments(text)] == [3694.0, 754.0]
    assert asked == []
    # a clock past twice every length and position so far is still read against its paragraph's, and set aside by a
    # length told after it (round 137)
    far = "1. **The market** – go early, before 10:30, for the spice stalls.\n2. **The pier** – our 2-minute drone " \
        "clip of it is on Instagram."
    assert extract_moments(far) == []
    assert asked
