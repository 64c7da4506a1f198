"""A saved page's story, as a reader sees it: read through ``parse_article`` and the extractor."""

from __future__ import annotations

from annotate import extract_moments
from annotate.textio import parse_article

P = ("<p>The footage released by the UN Command shows the jeep arriving at 0:42.</p><p>Roughly two minutes and "
     "twenty-seven seconds in, the defector abandons the truck and races for the line.</p>"
     "<p>Soldiers open fire at 2:40.</p>")
STORY_QUOTES = ["0:42", "Roughly two minutes and twenty-seven seconds in", "2:40"]


def _read(page: str) -> tuple[list[str], tuple[str, ...]]:
    article = parse_article(page.encode(), name="p.html", suffix=".html")
    return [m.quote for m in extract_moments(article.text)], article.warnings


def test_a_page_without_its_optional_head_end_tag_is_read() -> None:
    page = f"<!doctype html><html><head><meta charset=utf-8><title>JSA defection</title><body>{P}</body></html>"
    assert _read(page) == (STORY_QUOTES, ())
    # nor <head>, nor <body>: the title is the head's, the text ends it
    quotes, _ = _read(f"<html><title>JSA 9:59</title><meta charset=utf-8>The jeep arrives at 0:42.{P}")
    assert quotes == ["0:42", *STORY_QUOTES]
