"""A quoted sentence wrapped over two '> ' lines, as a mail or forum reply quotes it, is one sentence, read without
its marks as wrapped prose is (it ended at the line break: "In the video the fire starts at 1:20 and the roof" was the
moment's sentence, what the second line said cut off). Quoted lines at another depth, a quoted line then the reply's
own, a quoted reply's header line and a quoted line ending its sentence still end there."""

from __future__ import annotations

import pytest

from annotate import extract_moments


def _sentences(text: str) -> list[tuple[float | None, str]]:
    return [(m.start, m.sentence) for m in extract_moments(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ana wrote:\n\n> In the video the fire starts at 1:20 and the roof\n> falls soon after, which nobody expected.\n\n"
     "I agree.",
     [(80.0, "In the video the fire starts at 1:20 and the roof\nfalls soon after, which nobody expected.")]),
    ("> At 0:45 the goalkeeper slips on the wet\n> grass and the striker scores.",
     [(45.0, "At 0:45 the goalkeeper slips on the wet\ngrass and the striker scores.")]),
    ("> > Watch from 2:10, where the referee,\n> > who had not seen it, waves play on.\n\nNo.",
     [(130.0, "Watch from 2:10, where the referee,\nwho had not seen it, waves play on.")]),
])
def test_a_quoted_sentence_wrapped_over_two_lines_is_one(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("> At 0:45 the goalkeeper slips.\n> Then the striker scores at 0:52.",
     [(45.0, "At 0:45 the goalkeeper slips."), (52.0, "Then the striker scores at 0:52.")]),
    ("> > At 0:45 the goalkeeper slips and\n> the striker scores at 0:52",
     [(45.0, "At 0:45 the goalkeeper slips and"), (52.0, "the striker scores at 0:52")]),
    ("> At 0:45 the goalkeeper slips and\nthe striker scores at 0:52",
     [(45.0, "At 0:45 the goalkeeper slips and"), (52.0, "the striker scores at 0:52")]),
    (">> **u/greenkettle_** · 3h ago · edited\n>> oh you're right, 3:52. thought so",
     [(232.0, "oh you're right, 3:52. thought so")]),
])
def test_other_quoted_lines_still_end_there(text, expected):
    assert _sentences(text) == expected
