"""Fuzzy matching of a quote against subtitle cues (annotate.speech.match)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.speech import match
from annotate.speech.match import MIN_TEXT_SCORE, find, timed_words, words
from annotate.subtitles.cues import Cue
from tests.strategies import match_texts

CUES = [
    Cue(0.0, 2.0, "Where are you going?"),
    Cue(10.0, 13.0, "OFFICER: Hands where I can see 'em!"),
    Cue(13.5, 15.0, "- Get down"),
    Cue(15.0, 17.0, "on the ground, now! [siren]"),
    Cue(20.0, 24.0, "We've lost an engine, we're turning back"),
]


def test_words_are_normalised_the_same_way_on_both_sides():
    assert words("OFFICER: We’ve got 'em [siren] — can't STOP!") == ["we", "have", "got", "them", "can", "not", "stop"]
    assert words("We have got them, cannot stop") != words("We've got 'em, can't stop")  # "cannot" is one word
    assert words("♪ la la ♪ (laughs)") == ["la", "la"]


def test_words_are_timed_in_proportion_to_the_words_before_them_in_their_cue():
    timed = timed_words([Cue(20.0, 24.0, "one two three four")])
    assert [t for _w, t, _c in timed] == [20.0, 21.0, 22.0, 23.0]


def test_a_quote_that_begins_a_cue_is_placed_at_the_cue_start():
    [match] = find("Hands where I can see them!", CUES)
    assert (match.start, match.score, match.first_cue, match.last_cue) == (10.0, 1.0, 1, 1)


def test_a_quote_split_over_two_cues_is_found_whole():
    [match] = find("Get down on the ground now", CUES)
    assert (match.start, match.score, match.first_cue, match.last_cue) == (13.5, 1.0, 2, 3)


def test_a_quote_inside_a_cue_is_placed_in_proportion():
    [match] = find("we are turning back", CUES)
    # "we have lost an engine we are turning back": 5 of 9 words before it in a 4 s cue.
    assert match.start == pytest.approx(20.0 + 4.0 * 5 / 9)


def test_small_wording_differences_score_below_one_but_are_found():
    [match] = find("Hands where I can see them now", CUES)  # one extra word
    assert MIN_TEXT_SCORE <= match.score < 1.0 and match.start == 10.0
    [match] = find("Hand where I can sea them", CUES)  # two words misheard
    assert MIN_TEXT_SCORE <= match.score < 1.0 and match.start == 10.0


def test_a_quote_not_in_the_cues_is_not_found():
    assert find("They went out the back door", CUES) == []
    assert find("We lost the plot and went home early", CUES) == []


def test_a_short_quote_must_match_every_word():
    assert find("get down", CUES) != []
    assert find("get dawn", CUES) == []
    assert find("get up", CUES) == []


def test_every_occurrence_is_returned_best_first_then_earliest():
    cues = [Cue(1.0, 2.0, "Drop the gun!"), Cue(5.0, 6.0, "Drop the gun now"), Cue(9.0, 10.0, "Drop the gun!")]
    assert [(m.start, m.score) for m in find("Drop the gun", cues)] == [(1.0, 1.0), (5.0, 1.0), (9.0, 1.0)]


def test_empty_input_finds_nothing():
    assert find("", CUES) == [] and find("anything at all", []) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(match_texts, min_size=1, max_size=25), st.lists(match_texts, min_size=1, max_size=3).map(" ".join))
def test_searching_only_where_a_match_can_lie_finds_what_searching_everywhere_finds(texts, quote):
    # _regions skips the stretches where too few of the quote's words (or near spellings) occur;
    # it must never lose a match nor change one (the full search is the reference).
    cues = [Cue(2.0 * i, 2.0 * i + 1.5, text) for i, text in enumerate(texts)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(match, "_regions", lambda _wanted, stream, _floor: [(0, len(stream))])
        everywhere = find(quote, cues)
    assert find(quote, cues) == everywhere


def test_a_500_word_quote_against_a_film_of_subtitles_searches_only_near_its_words(monkeypatch):
    # Measured: 19 s CPU when every stream word met every quote word, 0.8 s with the bound (speed itself is
    # benchmarked, not timed here: the test checks the bound that makes it fast, the regions searched).
    import random

    rng = random.Random(7)
    vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))
                  for _ in range(4000)] + ["the", "a", "and", "to", "of", "i", "you", "it"] * 200
    cues = [Cue(2.0 * i, 2.0 * i + 1.5, " ".join(rng.choice(vocabulary) for _ in range(8))) for i in range(1500)]
    stream = " ".join(c.text for c in cues).split()
    quote = stream[4000:4500]
    quote[::7] = [w + "x" for w in quote[::7]]
    searched: list[tuple[int, int]] = []
    regions = match._regions

    def recorded(wanted, words, floor):
        found = regions(wanted, words, floor)
        searched.extend(found)
        return found

    monkeypatch.setattr(match, "_regions", recorded)
    [found] = find(" ".join(quote), cues)
    assert sum(hi - lo for lo, hi in searched) < len(stream) / 4  # the full search read all 12,000 words
    assert found.start == cues[500].start and found.score > 0.95
