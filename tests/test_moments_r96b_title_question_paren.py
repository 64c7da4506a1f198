"""A listed title ending in "?" or "!", then its length in brackets (blind round 96): '• Ben Lomond in Winter —
Crampons or Not? (24:10) · 310K views'. The question mark closes the title, not a sentence, so the bracket is the
listed video's length like its neighbours' ('• Sleeping in Shenavall Bothy in a Storm (38:45) · 188K views'). A
bracket after a question in prose stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a title's question or exclamation mark before its bracketed length": [
        ("Most watched\n• Is the New Kettle Worth It?! (12:40) · 41K views\n• Descaling Hacks That Work (8:05) · 9K "
         "views", []),
        ("More from the channel:\n- Can You Cook Jollof in a Rice Cooker? (14:02)\n- Suya at Home (9:30)", []),
        ("Why Does the Ferry Stop Here? (3:12)\nThe captain explains at 1:05.", [(65.0, None)]),
    ],
    "a bracket after a question in prose stays a position": [
        ("Did he fall? (0:45) He did, and the crowd gasps.", [(45.0, None)]),
        ("Watch this! (0:45) The dog clears the fence.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_title_question_paren(text, expected):
    assert found_spans(text) == expected
