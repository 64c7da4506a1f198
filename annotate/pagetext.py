"""A saved web page's article text: the text a reader reads, not the page around it.

A whole saved news page holds more than its story: navigation, side bars ("Most watched: Storm hits coast 3:15"),
footers, other stories' teasers. Their times became moments. As Readability and browsers' reader views do, the
story is the ``<article>`` holding the page's ``<h1>`` (a video page's short story beside longer teasers), else its
``<main>``, else its longest lone ``<article>``, else the body; inside it, navigation, side bars, footers, boxes named
so (``class="sidebar"``, ``id="most-watched"``) and what a browser does not show (``hidden``, ``display:none``) are
left out, and a warning says what was.

A news page's comment section (a box named "comments") is left out too, but a saved forum thread's page is nothing
but such posts: phpBB, vBulletin, SMF, XenForo and Discourse put each post in an element named "post", "comment",
"reply" or "message", some in an ``<article>`` each. A page is a thread when several elements of one kind (tag and
first class) are named so, not inside a comment section's box, and the prose outside them (text not in a link,
heading, button or form, nor in the boxes around) is too short to be a story (:data:`STORY_PROSE_CHARS`): every
post is read then, in order.

A quote (a ``<blockquote>``, or a box named as one: phpBB's and XenForo's ``<blockquote>``, vBulletin's
``bbcode_quote``, Discourse's ``<aside class="quote">``, an embedded tweet) is written as a Markdown quote, each of its
lines opened by "> ", as a reader sees it set apart: a reply quoting a post, or a page quoting its own story, repeats
that text, and :mod:`annotate.timeline.quoted` merges the moments a quote repeats only when it knows the lines quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    """address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6
    header hr li main nav ol p pre section table td th tr ul title caption summary details""".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
# What may stand in a page's <head>: any other element, or text, ends it as a browser ends it (``</head>`` is
# optional: a minified page's head, skipped to its end tag, took its whole body with it).
_HEAD_TAGS = frozenset({"html", "head", "title", "meta", "link", "base", "script", "style", "noscript", "template"})
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Around the story on every page: navigation, side bars, footers; a <header> only outside an article or main (in
# one it holds the headline and byline). The ARIA roles that name the same.
_AROUND_TAGS = frozenset({"nav", "aside", "footer"})
_AROUND_ROLES = frozenset({"navigation", "complementary", "contentinfo", "banner", "menu", "menubar"})
# Class and id words of the boxes around a story (Readability's "unlikely candidates", narrowed to whole words).
_AROUND_NAMES = re.compile(
    r"(?:^|[\s_-])(?:sidebar|side-bar|navbar|nav|menu|breadcrumbs?|footer|masthead|related|recommended|"
    r"most-(?:read|watched|viewed|popular)|mostread|mostwatched|popular|trending|promo|advert|advertisement|ad-slot|"
    r"cookie-banner|newsletter|share|social)(?:$|[\s_-])", re.I)
# A comment section's box ("comments", "comment-list", "disqus_thread", a post's "js-comment-entry"): left out of a
# news page, the posts themselves on a forum thread's page.
_TALK_NAMES = re.compile(r"(?:^|[\s_-])(?:comments?|disqus)(?:$|[\s_-])", re.I)
# The class, id or microdata of one post, comment or reply (singular: "posts", "comments" name the list of them).
_POST_NAMES = re.compile(r"(?:^|[\s_-])(?:post|comment|reply|message|discussionforumposting)(?:$|[\s_-]|\d)", re.I)
# Text a reader does not read as prose: links (user names, buttons, page numbers), headings, forms.
_NOT_PROSE_TAGS = frozenset("a button form h1 h2 h3 h4 h5 h6 label select option time nav".split())
# A box that quotes: its class names a quote ("quote", "bbcode_quote", "bbCodeBlock--quote", "quote_container",
# "quotecontent"), not a quote's button or list ("quote-button", "quotes"). vBulletin 4 puts each post's own text in a
# <blockquote class="postcontent">: not a quote.
_QUOTE_NAMES = re.compile(r"(?:^|[\s_-])quote(?:[_-]?(?:container|content|box|block|wrap))?(?:$|\s)", re.I)
_NOT_QUOTE_NAMES = re.compile(r"(?:^|[\s_-])post[_-]?(?:content|message|body)|(?:^|\s)lastedited(?:$|\s)", re.I)


def _quotes(tag: str, values: dict[str, str | None]) -> bool:
    """The element sets a quote apart: a ``<blockquote>`` (not one holding a post's own text) or a box named so."""
    if tag not in _BLOCK_TAGS:
        return False
    names = f"{values.get('class') or ''} {values.get('id') or ''}"
    if tag == "blockquote":
        return not _NOT_QUOTE_NAMES.search(names)
    return bool(_QUOTE_NAMES.search(names))


# Prose outside the posts that makes a page a story with comments under it rather than a thread: a story's paragraphs
# run longer; a forum's own words between posts ("Page 1 of 2", "Users browsing this forum: ...") do not.
STORY_PROSE_CHARS = 300


# Class words that name no box: WordPress's post_class() lists the post's categories and tags
# ("category-social-media", "tag-share"), a layout says what the page has ("has-sidebar", "with-share-tools").
_NOT_A_BOX = re.compile(r"(?:category|tag|post_tag|has|with|without|no|show|enable|layout)[-_]", re.I)
# Words of a story's own box ("post-123", "entry-content", "article-body", "hentry"): a box named so is the story,
# whatever else its class says (Readability's positive names, narrowed to whole names).
_STORY_WORDS = frozenset("article body content entry hentry post story text main".split())


def _around_by_name(names: str) -> bool:
    """The class and id words ``names`` name a box around the story (a side bar, a share bar), not the story's."""
    words = [word for word in names.split() if not _NOT_A_BOX.match(word)]
    if any(_STORY_WORDS.issuperset(parts) for word in words if (parts := set(re.findall(r"[a-z]+", word.lower())))):
        return False
    return bool(_AROUND_NAMES.search(" ".join(words)))


# An element a browser does not show, with all it holds (Readability's _isProbablyVisible): the ``hidden``
# attribute, ``aria-hidden="true"`` or an inline style hiding it. Saved pages hide the next video's teaser, a
# newsletter its preheader.
_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)",
                           re.I)


def _hidden(values: dict[str, str | None]) -> bool:
    return ("hidden" in values or (values.get("aria-hidden") or "").strip().lower() == "true"
            or bool(_HIDING_STYLE.search(values.get("style") or "")))


@dataclass(frozen=True)
class PageText:
    """A page's text and, when part of the page was left out, a sentence saying what."""

    text: str
    left_out: str | None


@dataclass
class _Part:
    text: str
    story: int | None  # the outermost <article> (or <main>, below) it is in
    main: int | None
    around: int | None  # the outermost box around the story it is in
    talk: int | None = None  # the outermost comment section's box it is in
    posts: frozenset[tuple[str, str]] = frozenset()  # the kinds (tag, first class) of the posts it is in
    prose: bool = True  # not in a link, heading or form
    quoted: bool = False  # in a quote (a <blockquote>, a box named "quote")


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, each piece labelled with the story element and the box around it holding it:
    scripts and styles skipped, block elements as line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[_Part] = []
        self.skip_depth = 0
        self.in_title = False
        self.in_head = True  # (until an element or text that cannot be in it, with or without <head>)
        self.ids: list[int] = []  # the number of each element in ``open``
        self.parent_of: dict[int, int] = {}  # each <article>'s parent element
        self.h1: tuple[int | None, int | None] | None = None  # the story and main the page's first <h1> is in
        self.h1_in_post = False  # ... and whether a post holds it
        self.hidden: set[int] = set()  # the elements a browser does not show (their text is "around" too)
        self.named: set[int] = set()  # the boxes around the story known by their class or id only
        self.title = ""
        # (tag, label, post kind, whether it opened a quote)
        self.open: list[tuple[str, str | None, tuple[str, str] | None, bool]] = []
        self.quoting = 0  # how many quotes are open
        self.story: int | None = None
        self.main: int | None = None
        self.around: int | None = None
        self.talk: int | None = None
        self.count = 0
        self.stories: set[int] = set()
        # The kinds of the posts open, each entry all kinds open so far: one set shared by every piece of text in
        # them (a tuple copied per piece grew with the nesting, quadratic in posts nested in posts).
        self.posts: list[frozenset[tuple[str, str]]] = []
        self.open_tags: dict[str, int] = {}  # how many of each tag are in ``open`` (an end tag that matches none)
        self.not_prose = 0
        self.kinds: dict[tuple[str, str], int] = {}  # how many posts of each kind
        self.kinds_in_talk: dict[tuple[str, str], int] = {}  # ... of them inside a comment section's box

    def _label(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        self.count += 1
        parent = self.ids[-1] if self.ids else 0
        self.ids.append(self.count)
        if self.around is not None:
            return None
        values = dict(attrs)
        names = f"{values.get('class') or ''} {values.get('id') or ''}"
        in_story = self.story is not None or self.main is not None
        if _hidden(values):
            self.around = self.count
            self.hidden.add(self.count)
            return "around"
        by_tag = (tag in _AROUND_TAGS or (tag == "header" and not in_story)
                  or (values.get("role") or "").lower() in _AROUND_ROLES)
        if by_tag or (tag not in ("article", "main", "body", "html") and _around_by_name(names)):
            self.around = self.count
            if not by_tag:
                self.named.add(self.count)
            return "around"
        if self.talk is None and tag not in ("article", "main", "body", "html") and _TALK_NAMES.search(names):
            self.talk = self.count
            return "talk"
        if self.talk is not None:
            return None  # (a comment's <article> is no story)
        if tag == "article" and self.story is None:
            self.parent_of[self.count] = parent
            self.story = self.count
            self.stories.add(self.count)
            return "story"
        if (tag == "main" or (values.get("role") or "").lower() == "main") and self.main is None:
            self.main = self.count
            return "main"
        return None

    def _post_kind(self, tag: str, attrs: list[tuple[str, str | None]]) -> tuple[str, str] | None:
        """The kind of post this element is, (tag, first class without digits), if it is named as one."""
        if self.around is not None:
            return None
        values = dict(attrs)
        names = " ".join(values.get(key) or "" for key in ("class", "id", "itemprop", "itemtype"))
        if not _POST_NAMES.search(names.replace("/", " ")):
            return None
        classes = (values.get("class") or values.get("id") or "").split()
        return tag, re.sub(r"\d+", "", classes[0]) if classes else ""

    def _close(self, label: str | None) -> None:
        if label == "around":
            self.around = None
        elif label == "talk":
            self.talk = None
        elif label == "story":
            self.story = None
        elif label == "main":
            self.main = None

    def _add(self, text: str) -> None:
        self.parts.append(_Part(text, self.story, self.main, self.around, self.talk,
                                self.posts[-1] if self.posts else frozenset(),
                                self.not_prose == 0, self.quoting > 0))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_head = self.in_head and tag in _HEAD_TAGS
        if tag == "title":
            self.in_title = True
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self._add("\n")
        if tag == "h1" and self.h1 is None and self.around is None and not _hidden(dict(attrs)):
            self.h1 = (self.story, self.main)
            self.h1_in_post = bool(self.posts)
        if tag not in _VOID_TAGS and tag not in _SKIP_TAGS:
            kind = self._post_kind(tag, attrs)
            if kind is not None:  # (counted in a comment section only when a box around it names one)
                above = self.posts[-1] if self.posts else frozenset()
                self.posts.append(above if kind in above else above | {kind})
                self.kinds[kind] = self.kinds.get(kind, 0) + 1
                self.kinds_in_talk[kind] = self.kinds_in_talk.get(kind, 0) + (self.talk is not None)
            quotes = _quotes(tag, dict(attrs))
            self.quoting += quotes
            self.open.append((tag, self._label(tag, attrs), kind, quotes))
            self.open_tags[tag] = self.open_tags.get(tag, 0) + 1
            self.not_prose += tag in _NOT_PROSE_TAGS

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        self.in_head = self.in_head and tag != "head"
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in _BLOCK_TAGS:
            self._add("\n")
        # Close it and every element left open inside it. (Scanning the stack for it made each stray end tag cost
        # the depth of the page's unclosed elements: quadratic.)
        if self.open_tags.get(tag):
            while self.open:
                name, label, kind, quotes = self.open.pop()
                self.open_tags[name] -= 1
                self.quoting -= quotes
                self._close(label)
                if kind is not None:
                    self.posts.pop()
                self.not_prose -= name in _NOT_PROSE_TAGS
                if name == tag:
                    break
            del self.ids[len(self.open):]

    def handle_data(self, data: str) -> None:
        if self.in_title:  # (a browser shows it in no page, only on the tab)
            self.title += data
            return
        self.in_head = self.in_head and not (data.strip() and not self.skip_depth)
        if not self.skip_depth and not self.in_head:
            self._add(data)


def _tidy(parts: list[_Part]) -> str:
    """The text of ``parts``: whitespace runs collapsed, one blank line at most between blocks, each line of a quote
    opened by "> "."""
    lines: list[list[str]] = [[]]
    quoted = [False]
    for part in parts:
        for i, piece in enumerate(part.text.split("\n")):
            if i:
                lines.append([])
                quoted.append(False)
            lines[-1].append(piece)
            quoted[-1] = quoted[-1] or (part.quoted and bool(piece.strip()))
    tidy = [" ".join("".join(words).split()) for words in lines]
    joined = "\n".join(f"> {line}" if line and q else line for line, q in zip(tidy, quoted))
    return re.sub(r"\n{3,}", "\n\n", joined).strip()


def _snippet(text: str) -> str:
    words = " ".join(text.split())
    return repr(words if len(words) <= 40 else words[:39] + "…")


def _story(sizes: dict[int, int], parser: _TextExtractor, in_main: set[int] | None) -> int | None:
    """The ``<article>`` that is the page's story: the one holding its headline (``<h1>``), none when that is in
    its ``<main>`` outside any; else the longest lone one (not one card of a rail of them), else the longest.
    By length alone, a video page's two-line story lost to the longer teasers of other videos. ``in_main``: the
    articles in the page's ``<main>`` (None: it has none with text): with the ``<h1>`` in no article (the page's
    header), only those may be the story, else ``<main>`` is (a lone teaser <article> below it was read instead)."""
    sizes = {key: size for key, size in sizes.items() if size}
    story, main = parser.h1 or (None, None)
    if story in sizes:
        return story
    if story is None and main is not None:
        return None
    if in_main is not None:
        sizes = {key: size for key, size in sizes.items() if key in in_main}
    if not sizes:
        return None
    siblings: dict[int, int] = {}
    for key in parser.parent_of.values():
        siblings[key] = siblings.get(key, 0) + 1
    lone = {key: size for key, size in sizes.items() if siblings[parser.parent_of[key]] == 1}
    pool = lone or sizes
    return max(pool, key=lambda key: pool[key])


def page_text(html: str) -> PageText:
    """The story's text of ``html`` (entities decoded, whitespace runs collapsed, one blank line between
    blocks) and what of the page was left out; the whole page when no story stands out."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    parts = parser.parts
    thread = _thread_posts(parser)
    if thread is None:
        parts = [_Part(p.text, p.story, p.main, p.around if p.around is not None else p.talk, quoted=p.quoted)
                 for p in parts]
    else:  # a thread's posts are its story, a box in a post (a quote: Discourse's <aside class="quote">) included
        parts = [_Part(p.text, None, p.main, None if thread[0] in p.posts else p.around, quoted=p.quoted)
                 for p in parts]
    sizes: dict[int, int] = {}
    for part in parts:
        if part.story is not None and part.around is None:
            sizes[part.story] = sizes.get(part.story, 0) + len(part.text.strip())
    mains = {part.main for part in parts if part.main is not None and part.around is None and part.text.strip()}
    in_main = {part.story for part in parts if part.main is not None and part.story is not None}
    story = _story(sizes, parser, in_main if mains else None)
    main = min(mains) if story is None and mains else None

    whole = named_too = False

    def kept(part: _Part) -> bool:
        if part.around in parser.hidden:
            return False
        if whole:
            return True
        if part.around is not None:
            return named_too and part.around in parser.named
        if story is not None:
            return part.story == story
        return main is None or part.main == main

    text = _tidy([part for part in parts if kept(part)])
    if not text:  # nothing but boxes: those known by their names only read too (navigation, side bars still not)
        named_too = True
        text = _tidy([part for part in parts if kept(part)])
    if not text:  # else the whole page, as before
        text, whole = _tidy(parts), True
    if not text and parser.title.strip():
        text = " ".join(parser.title.split())
    blocks: dict[tuple[str, int | None], str] = {}
    for part in parts:
        if not kept(part) and part.text.strip():
            key = ("around", part.around) if part.around is not None else ("story", part.story)
            blocks[key] = blocks.get(key, "") + " " + part.text
    where = ("the <article> holding its <h1>" if story is not None and sizes[story] < max(sizes.values())
             else "the longest <article>" if story is not None
             else f"its posts ({thread[1]} <{thread[0][0]}> named as posts), a forum thread" if thread
             else "its <main>" if main is not None
             else "its body, no story stood out" if named_too else "its body")
    return PageText(text + "\n" if text else "", _left_out(blocks, parser.hidden, where))


def _left_out(blocks: dict[tuple[str, int | None], str], hidden: set[int], where: str) -> str | None:
    """The sentence saying what of the page was left out (None: nothing was): the blocks around the story, then
    those a browser does not show."""
    unseen = [blocks.pop(key) for key in list(blocks) if key[0] == "around" and key[1] in hidden]
    said = []
    if blocks:
        said.append(f"left out {len(blocks)} block(s) of text around it (navigation, side bars, footers, other "
                    f"stories): {_shown(list(blocks.values()))}")
    if unseen:
        said.append(f"left out {len(unseen)} block(s) a browser does not show (hidden, display:none): "
                    f"{_shown(unseen)}")
    return f"read the page's story ({where}); " + "; ".join(said) if said else None


def _shown(blocks: list[str]) -> str:
    more = f" and {len(blocks) - 3} more" if len(blocks) > 3 else ""
    return ", ".join(_snippet(block) for block in blocks[:3]) + more


def _thread_posts(parser: _TextExtractor) -> tuple[tuple[str, str], int] | None:
    """The kind of the posts and how many when the page is a forum thread: two or more posts of one kind, not in
    a box named as a comment section ("comments", "comment-list", "disqus_thread": a story's comments sit there, a
    thread's posts in a list of posts), and under :data:`STORY_PROSE_CHARS` of prose outside them (a story with
    comments under it has its story there), nor when the ``<article>`` holding the page's ``<h1>`` is outside
    every post and holds none (a video page's two-line story with comments below it in a box named otherwise)."""
    if not parser.kinds:
        return None
    kind, many = max(parser.kinds.items(), key=lambda item: item[1])
    if many < 2 or parser.kinds_in_talk.get(kind, 0) * 2 > many:
        return None
    headline = parser.h1[0] if parser.h1 is not None and not parser.h1_in_post else None
    if headline is not None and not any(p.story == headline and kind in p.posts for p in parser.parts):
        return None
    prose = sum(len(p.text.strip()) for p in parser.parts
                if p.prose and p.around is None and kind not in p.posts)
    return (kind, many) if prose < STORY_PROSE_CHARS else None


def html_to_text(html: str) -> str:
    """The story's text of ``html`` (see :func:`page_text`)."""
    return page_text(html).text
