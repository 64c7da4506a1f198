"""The model's own checks of what a user names: a video id."""

from __future__ import annotations

import pytest

from annotate.model import video_id_problem


@pytest.mark.parametrize(("text", "shown"), [
    ("café", "'é' (U+00E9)"), ("cafe\u0301", "'\u0301' (U+0301)"), ("İzmir", "'İ' (U+0130)"),
    ("straße", "'ß' (U+00DF)"), ("a b", "' ' (U+0020)"),
])
def test_a_video_id_message_says_ascii_and_names_the_character_refused(text, shown):
    """It said "letters" of an id refused for a letter (é, or the NFD é that prints the same as an ASCII e + mark)."""
    problem = video_id_problem(text)
    assert problem is not None and "ASCII letters" in problem and f"not {text!r}: {shown} is not one" in problem


def test_a_good_video_id_and_the_other_refusals():
    assert video_id_problem("cam-2.b") is None
    assert video_id_problem(".x") == "a video id is 1-40 ASCII letters, digits, '_', '-' or '.' (not first), not '.x'"
    assert video_id_problem("x" * 41) is not None and video_id_problem(3) is not None
