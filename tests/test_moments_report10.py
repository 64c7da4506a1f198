"""Attack report 10's bugs in the moments extractor: a decimal comma in a minutes:seconds time (13), invisible
characters at a caption's ends (12), nested quote marks (11)."""

from __future__ import annotations

import pytest

from annotate import extract_moments, extract_references


def _moments(text: str) -> list[tuple[float, str]]:
    return [(m.start, m.quote) for m in extract_moments(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("At 2:27,5 the man runs.", [(147.5, "2:27,5")]),
    ("The clip shows at 0:01.5 a flash, 0:03,25 a bang.", [(1.5, "0:01.5"), (3.25, "0:03,25")]),
    ("Bei 12:04,5 fällt der Schuss.", [(724.5, "12:04,5")]),
])
def test_a_decimal_comma_in_minutes_and_seconds_is_a_fraction(text, expected):
    assert _moments(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a comma then a space is a list, not a fraction
    ("At 2:27, 5 men run.", [(147.0, "2:27")]),
    # a subtitle cue's comma and three digits keep their meaning
    ("The cue 00:01:02,500 --> 00:01:04,000 reads hello.", [(62.5, "00:01:02,500 --> 00:01:04,000")]),
    ("At 1:02:03,5 the man runs.", [(3723.5, "1:02:03,5")]),
    # a ratio's thousands comma is no fraction
    ("The map is at 1:50,000 scale.", []),
])
def test_other_commas_after_a_time_read_as_before(text, expected):
    assert _moments(text) == expected
    assert not extract_references(text, 7200.0).clock_times


# Every character that draws nothing (sentences.INVISIBLE's kinds): soft hyphen, zero-width space, LRM, RLM, word
# joiner, BOM, an isolate.
_INVISIBLES = ["\u00ad", "\u200b", "\u200e", "\u200f", "\u2060", "\ufeff", "\u2066"]


@pytest.mark.parametrize("mark", _INVISIBLES)
def test_a_caption_neither_starts_nor_ends_with_an_invisible_character(mark):
    text = f"At 3:10{mark} the police arrive{mark}. The car burns at{mark} 3:20{mark}."
    captions = [m.caption for m in extract_moments(text)]
    assert captions == ["the police arrive", "The car burns"]


@pytest.mark.parametrize("mark", _INVISIBLES)
def test_a_hand_written_caption_of_invisible_characters_is_an_empty_one(mark):
    from annotate.model import Moment, Timeline
    from annotate.subtitles import SubtitleWarning, dumps

    shown = Moment(start=9.0, caption="real", id="m3")
    timeline = Timeline(moments=(Moment(start=1.0, caption=mark * 2 + " ", id="m1"),
                                 Moment(start=5.0, caption="   ", id="m2"), shown))
    with pytest.warns(SubtitleWarning) as seen:
        out = dumps(timeline, "srt")
    assert [str(w.message) for w in seen if "left out" in str(w.message)] == [
        f"moment {i}: no caption, quote or sentence to show; left out" for i in ("m1", "m2")]
    assert out.count("-->") == 1 and "real" in out and mark not in out


@pytest.mark.parametrize(("text", "expected"), [
    ("Thread:\n\n>> At 1:12 the van stops.\n", [("At 1:12 the van stops.", "the van stops")]),
    ("Thread:\n\n> > At 1:40 a man gets out.\n", [("At 1:40 a man gets out.", "a man gets out")]),
    ("Thread:\n\n>>> At 2:00 it rains.\n", [("At 2:00 it rains.", "it rains")]),
    ("Thread:\n\n>> At 1:12 the van stops and\n>> the driver waits.\n",
     [("At 1:12 the van stops and\nthe driver waits.", "the van stops and the driver waits")]),
    ("Thread:\n\n> > The van stops and\n> > at 1:12 the driver waits.\n",
     # (the caption the same text unquoted gives: "and at" before a time goes with it, marks or none)
     [("The van stops and\nat 1:12 the driver waits.", "The van stops the driver waits")]),
])
def test_nested_quote_marks_reach_no_caption_or_sentence(text, expected):
    found = [(m.sentence, m.caption) for m in extract_moments(text)]
    assert found == expected
    assert not any(">" in part for pair in found for part in pair)
