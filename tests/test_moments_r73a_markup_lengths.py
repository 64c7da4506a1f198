"""A work's bracketed length with markup in the way (blind round 73, html_md): the tutorial's '(<time
datetime="PT18M40S">18:40</time>) covers everything' (an inline element inside the brackets), and "**Recording:**
[Panopto link](https://…)  (1:14:52)" (a Markdown link as the title before the brackets, its address full of dots).
The words read as they would without the markup: the work's length, no moment. A `<time>` element in running prose
("the demo is at <time datetime="PT6M05S">6:05</time>") and a link holding a time stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an inline element inside a work's brackets": [
        ('<p>The knife-skills video (<time datetime="PT12M10S">12:10</time>) shows every cut at 4:02.</p>',
         [(242.0, None)]),
        ("<p>The full interview (<b>38:20</b>) was shared widely.</p>", []),
        ('<h2>Knife skills, part two (<time datetime="PT21M05S">21:05</time>)</h2>', []),
        ("<li>Full keynote (<strong>1:02:44</strong>)</li>", []),
    ],
    "a Markdown link as the title before a bracketed length": [
        ("**Lecture video:** [Echo360 recording](https://echo.example.ac.uk/section/4f2e?x=1)  (52:40)", []),
        ("- [Week 3 seminar](https://video.example.org/play/991) (1:02:15)", []),
    ],
    "markup that stays a position": [
        ('<p>The glaze goes on at <time datetime="PT9M20S">9:20</time>.</p>', [(560.0, None)]),
        ("- [The save](https://youtu.be/k9?t=75) (1:15)", [(75.0, None), (75.0, None)]),
        ("He *slips (2:12)* and gets up.", [(132.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_markup_lengths(text, expected):
    assert found_spans(text) == expected
