"""A saved page's story, as a reader sees it: read through ``parse_article`` and the extractor."""

from __future__ import annotations

import pytest

from annotate import extract_moments, extract_references
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


def test_a_story_box_whose_class_merely_holds_a_side_bar_word_is_read() -> None:
    # WordPress's post_class(): every category and tag of the post in the class
    wp = ('<html><head><title>JSA</title></head><body><header class="site-header"><nav>Home News</nav></header>'
          '<div class="byline">By Kim, Nov. 22, 2017</div><div id="post-123" class="post-123 post type-post '
          f'status-publish hentry category-social-media tag-dmz">{P}</div><aside class="sidebar">Most watched: '
          'Storm hits coast 3:15</aside></body></html>')
    quotes, said = _read(wp)
    assert quotes == STORY_QUOTES
    assert "'Most watched: Storm hits coast 3:15'" in said[0] and "UN Command" not in said[0]
    share = (f'<html><body><main><h1>JSA</h1><div class="article-body has-share-tools">{P}</div></main>'
             '<div class="share-tools">Share 3:15</div></body></html>')
    quotes, said = _read(share)
    assert quotes == STORY_QUOTES and "'Share 3:15'" in said[0]


def test_a_wrapper_whose_class_says_the_page_has_a_side_bar_keeps_the_filter_on() -> None:
    page = ('<html><head><title>JSA</title></head><body><div id="page" class="site has-sidebar"><nav>Home News '
            f'Video</nav><div class="content"><h1>JSA</h1>{P}</div><aside class="sidebar">Most watched: Storm hits '
            'coast 3:15</aside></div></body></html>')
    quotes, said = _read(page)
    assert quotes == STORY_QUOTES
    assert "'Home News Video'" in said[0] and "'Most watched: Storm hits coast 3:15'" in said[0]


def test_a_page_of_named_boxes_only_still_leaves_out_its_navigation_and_says_so() -> None:
    page = (f'<html><body><nav>Home 1:00</nav><div class="share-wrapper">{P}</div>'
            '<aside>Most watched: Storm 3:15</aside></body></html>')
    quotes, said = _read(page)
    assert quotes == STORY_QUOTES
    assert said[0].startswith("p.html: read the page's story (its body, no story stood out); left out 2 block(s)")


def test_a_video_pages_short_story_wins_over_longer_teaser_cards() -> None:
    page = ('<html><head><title>Video: defector</title></head><body><main><article class="video-story"><h1>Video '
            'shows defector crossing</h1><p>At 0:42 the jeep arrives; at 2:27 he runs.</p></article><div '
            'class="more-videos"><h2>More videos</h2><article class="card"><h3>Storm hits coast</h3><p>Residents '
            'filmed the moment the storm surge broke through the sea wall, flooding the promenade within minutes; '
            'the video, 3:15 long, shows cars swept away.</p></article><article class="card"><h3>Election night'
            '</h3><p>Our correspondent recaps a long election night in a 12:04 video, from the first exit polls to '
            'the concession speech delivered after midnight.</p></article></div></main></body></html>')
    quotes, said = _read(page)
    assert quotes == ["0:42", "2:27"]
    assert said[0].startswith("p.html: read the page's story (the <article> holding its <h1>); left out 3 block(s)")
    # no headline: a lone <article> still wins over a rail of cards
    quotes, _ = _read(page.replace("<h1>", "<div>").replace("</h1>", "</div>"))
    assert quotes == ["0:42", "2:27"]


def test_a_story_in_main_without_an_article_wins_over_a_teaser_article_outside() -> None:
    page = ('<html><body><main><h1>Defector crosses the JSA</h1><div class="story-body">'
            f'{P}</div></main><div class="rail"><article class="teaser"><h3>Storm</h3><p>Residents filmed the storm '
            'surge; the 3:15 video shows cars swept away, and much more text to make it the longer one.</p>'
            '</article></div></body></html>')
    quotes, said = _read(page)
    assert quotes == STORY_QUOTES
    assert said[0].startswith("p.html: read the page's story (its <main>); left out 1 block(s)")


def test_text_a_browser_never_shows_is_left_out_and_said() -> None:
    page = ('<html><head><title>JSA</title></head><body><article><p>The footage released by the UN Command shows '
            'the jeep arriving at 0:42.</p><div style="color: red; Display : none">Related video: Election night '
            'recap 12:04</div><p>Soldiers open fire at 2:40.</p><div hidden><p>Next video: Storm hits coast 3:15'
            '</p></div><span style="visibility:hidden">Up next 9:10</span><p style="display:block">Again at 2:47.'
            '</p></article></body></html>')
    quotes, said = _read(page)
    assert quotes == ["0:42", "2:40", "2:47"]
    assert said == ("p.html: read the page's story (the longest <article>); left out 3 block(s) a browser does not "
                    "show (hidden, display:none): 'Related video: Election night recap 12:…', 'Next video: Storm "
                    "hits coast 3:15', 'Up next 9:10'",)


def test_a_pages_quotes_are_set_apart_as_markdown_quotes() -> None:
    """A <blockquote> or a box named a quote reads as a "> " quote; a post's own <blockquote> and a quote button not."""
    page = ("<html><body><article><h1>Thread</h1><p>Watch from 2:27, he jumps out.</p>"
            "<blockquote><p>Watch from 2:27,\nhe jumps out.</p><p>Then he runs.</p></blockquote>"
            "<div class='bbcode_quote'><div class='quote_container'>Originally Posted by kwonj<br>At 3:05 he falls."
            "</div></div><div class='quote-button'>Quote</div>"
            "<blockquote class='postcontent restore'>My own post: at 3:40 the guards come.</blockquote>"
            "<p>Yeah.</p></article></body></html>")
    text = parse_article(page.encode(), name="p.html", suffix=".html").text
    assert text.split("\n") == [
        "Thread", "", "Watch from 2:27, he jumps out.", "", "> Watch from 2:27,", "> he jumps out.", "",
        "> Then he runs.", "", "> Originally Posted by kwonj", "> At 3:05 he falls.", "", "Quote", "",
        "My own post: at 3:40 the guards come.", "", "Yeah.", ""]


def _python_calls(page: str) -> int:
    """Python-level calls (and generator resumptions) made reading ``page``: work done, whatever the machine's load."""
    import sys

    from annotate.pagetext import page_text

    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        page_text(page)
    finally:
        sys.setprofile(None)
    return calls


def test_deep_unclosed_nesting_and_stray_end_tags_are_read_in_linear_time() -> None:
    """Every end tag scanned the whole stack of open elements (unclosed <div>, <p>, <li> are legal and common, a
    stray end tag matches none): a 180 kB page of them took minutes. Work now grows with the page, not its square."""
    from annotate.pagetext import _TextExtractor, page_text

    def deep(n: int) -> str:
        return ("<html><body><article><h1>T</h1>" + "<div>" * n + "<p>At 0:12 the truck.</p>" + "</b>" * n
                + "</article></body></html>")

    small, large = _python_calls(deep(1000)), _python_calls(deep(4000))
    assert large < 5 * small  # (quadratic: 16 times)
    assert "At 0:12 the truck." in page_text(deep(20_000)).text
    # posts nested in posts: each piece of text kept the whole chain of posts it is in
    parser = _TextExtractor()
    parser.feed("<body>" + '<div class="post"><p>At 0:12 the truck.</p>' * 5000 + "</body>")
    assert sum(len(part.posts) for part in parser.parts) < 4 * len(parser.parts)


def test_a_block_marked_aria_hidden_is_left_out_as_hidden() -> None:
    """Readability's _isProbablyVisible treats aria-hidden="true" as not shown, beside hidden and display:none: an
    "Up next" teaser marked so was read into the story."""
    page = ('<!doctype html><html><head><title>Truck video</title></head><body><article><h1>Soldier dashes</h1>'
            '<p>At 0:12 in the video the truck crosses the bridge.</p><div class="up-next" aria-hidden="true"><p>Up '
            'next: Storm hits the coast, the waves break over the wall at 3:15.</p></div><p>Soldiers open fire at '
            '0:31.</p><p aria-hidden="false">At 0:45 the driver falls.</p></article></body></html>')
    quotes, said = _read(page)
    assert quotes == ["0:12", "0:31", "0:45"]
    assert "a browser does not show" in said[0] and "'Up next: Storm hits the coast" in said[0]


def test_a_story_in_main_beats_a_teaser_article_when_the_h1_is_in_the_page_header() -> None:
    """The story is the <article> holding the <h1>, else <main>, else the longest lone <article>: with the <h1> in a
    <header> outside <main>, a single teaser <article> of another video was read instead of the story in <main>."""
    teaser = ('<section class="more-videos"><h2>More videos</h2><article class="card"><h3>Storm hits the coast</h3>'
              '<p>Watch the waves at 3:15 as the storm makes landfall near the harbour, flooding the promenade and '
              'several shops along the seafront road.</p></article></section>')
    page = ('<!doctype html><html><head><title>Truck video</title></head><body><header class="story-header"><h1>'
            'Soldier dashes across the line</h1><p class="byline">By A. Reporter</p></header>'
            f'<main>{P}</main>{teaser}</body></html>')
    quotes, said = _read(page)
    assert quotes == STORY_QUOTES
    assert "its <main>" in said[0] and "'Storm hits the coast Watch the waves at…'" in said[0]
    # the story's own <article> inside <main> is still the story, <main>'s other boxes left out
    quotes, _ = _read(page.replace(f"<main>{P}</main>", f"<main><article>{P}</article><p>Also at 9:59.</p></main>"))
    assert quotes == STORY_QUOTES


@pytest.mark.parametrize("box", [('<ol class="commentlist">', "</ol>", "li", "comment"),
                                 ('<section id="responses">', "</section>", "div", "reply")])
def test_a_short_story_with_comments_in_a_box_not_named_comments_is_no_thread(box: tuple[str, str, str, str]) -> None:
    """A video page's short story (under 300 characters of prose) with two comments below, in a box not named
    "comments", was taken for a forum thread and the comments' times read as moments: the <article> holding the
    <h1>, outside every post, is the story."""
    opening, closing, tag, name = box
    comments = "".join(f'<{tag} class="{name}"><p>{said}</p></{tag}>'
                       for said in ("At 2:40 you can see a dog lol", "Fake, look at 3:10"))
    page = ('<!doctype html><html><head><title>Truck video</title></head><body><article class="story"><h1>Soldier '
            'dashes across the line</h1><p>At 0:12 in the video the truck crosses the bridge.</p><p>Soldiers open '
            f'fire at 0:31.</p></article>{opening}{comments}{closing}</body></html>')
    quotes, said = _read(page)
    assert quotes == ["0:12", "0:31"]
    assert "left out" in said[0] and "'At 2:40 you can see a dog lol" in said[0]


def test_a_quote_s_marks_are_the_reader_s_not_in_a_moment_s_sentence() -> None:
    """Attack report 9, bug 11: the "> " the reader writes before a quote's lines stayed in its moments' sentences
    (what the review page, the CSV export and the clip manifest show as the article's words)."""
    page = ("<html><body><main><article><h1>Footage shows the crash</h1><p>The court filing describes it:</p>"
            "<blockquote><p>At 2:27 in the bodycam video the officer draws his weapon. At 2:31 he fires twice.</p>"
            "<p>The camera clock reads 15:14:40 as he falls.</p></blockquote>"
            "<p>At 3:05 in the video &gt;50 people run.</p></article></main></body></html>")
    text = parse_article(page.encode(), name="p.html", suffix=".html").text
    assert "> At 2:27" in text  # (the reader's mark, which the quote merging reads)
    found = extract_references(text)
    assert [(m.start, m.sentence) for m in found.moments] == [
        (147.0, "At 2:27 in the bodycam video the officer draws his weapon."), (151.0, "At 2:31 he fires twice."),
        (185.0, "At 3:05 in the video >50 people run.")]
    assert [(m.clock, m.sentence) for m in found.clock_times] == [
        ("15:14:40", "The camera clock reads 15:14:40 as he falls.")]
