"""A post's front matter, as Jekyll, Pandoc and Hugo read it: split off through ``parse_article``, the extractor
run on what is left."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from annotate.textio import parse_article

BODY = ("The footage released by the UN Command shows the jeep arriving at 0:42.\n"
        "Roughly two minutes and twenty-seven seconds in, the defector abandons the truck.\n")
QUOTES = ["0:42", "Roughly two minutes and twenty-seven seconds in"]


@pytest.mark.parametrize(("head", "said"), [
    ('---\ntitle: JSA\nduration: "4:21"\n...\n', "lines 1-4: YAML front matter read as the post's metadata, not its "
     "text (2 key(s): title, duration)"),  # Jekyll's and Pandoc's other closing fence
    ('---\ntitle: JSA\nduration: "4:21"\ntags: [a]\ntags: [b]\n---\n', "lines 1-6: YAML front matter read as the "
     "post's metadata, not its text (3 key(s): title, duration, tags)"),  # a duplicate key: Psych reads it
    ('---\ntitle: JSA\nduration: "4:21"\nauthor: !author kwon\n---\n', "lines 1-5: YAML front matter read as the "
     "post's metadata, not its text (3 key(s): title, duration, author)"),  # a local tag
    ('{\n  "title": "JSA",\n  "duration": "4:21",\n  "youtube_start": "1:05"\n}\n', "lines 1-5: JSON front matter "
     "read as the post's metadata, not its text (3 key(s): title, duration, youtube_start)"),  # Hugo's JSON
])
def test_front_matter_every_static_site_generator_reads_is_metadata(head: str, said: str) -> None:
    article = parse_article(f"{head}\n{BODY}".encode(), name="fm.md", suffix=".md")
    assert [m.quote for m in extract_moments(article.text)] == QUOTES
    assert (article.title, article.warnings) == ("JSA", (f"fm.md, {said}",))
    assert article.text.count("\n") == f"{head}\n{BODY}".count("\n")  # line numbers still the file's


def test_a_markdown_post_opening_with_a_brace_that_is_no_json_object_stays_text() -> None:
    text = "{.lead} At 2:27 the defector runs.\n"
    assert parse_article(text.encode(), name="x.md", suffix=".md").text == text


@pytest.mark.parametrize("head", [
    "---\nEditor's note: At 2:27 in the video the defector abandons the truck and runs for the line.\n---\n",
    "---\nUPDATE 10:45 GMT: the full video shows the shooting at 3:10.\n---\n",
    "---\nCorrection: an earlier version put the shooting at 3:10.\n---\n",
])
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ""])
def test_a_note_between_two_rules_is_text_not_front_matter(head: str, suffix: str) -> None:
    text = f"{head}\nThe footage released by the UN Command shows the jeep arriving at 0:42.\n"
    article = parse_article(text.encode(), name="note" + suffix, suffix=suffix)
    assert "0:42" in [m.quote for m in extract_moments(article.text)]
    assert "3:10" in article.text or "2:27" in article.text
    assert article.warnings == ()


def test_a_plain_text_file_keeps_a_block_that_looks_like_front_matter() -> None:
    text = "---\ntitle: JSA\nduration: 4:21\n---\nAt 0:42 the jeep arrives.\n"
    assert parse_article(text.encode(), name="x.txt", suffix=".txt").text == text


@pytest.mark.parametrize(("head", "said"), [
    ('---\ntitle: JSA\ndate: 2017-13-45\nduration: "4:21"\n---\n', "lines 1-5: a block opening like YAML front "
     "matter that could not be read as such (month must be in 1..12): read as text"),
    ('---\ntitle: JSA\nduration: "4:21\n---\n', "lines 1-4: a block opening like YAML front matter that could not "
     "be read as such (found unexpected end of stream, line 4 of the file): read as text"),
    ('+++\ntitle = JSA\n+++\n', "lines 1-3: a block opening like TOML front matter that could not be read as such "
     "(Invalid value (at line 1, column 9)): read as text"),
])
def test_a_block_opening_like_front_matter_that_cannot_be_read_is_text_and_said(head: str, said: str) -> None:
    text = f"{head}The guards run at 0:05 in the video.\n"
    article = parse_article(text.encode(), name="fm.md", suffix=".md")
    assert (article.text, article.warnings, article.title) == (text, (f"fm.md, {said}",), None)
