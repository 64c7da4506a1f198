"""Which video each moment of an article is in, from what the text says:
ordinals ("the first video", "a second clip"), names and descriptions that
match a video's id, file or URL ("the bodycam footage", "the drone video"),
links to a video's own upload, and continuity (a moment is in the video the
text is talking about until another is introduced).

Pure: text, moments (with their ``span`` in that text) and videos in,
moments with ``footage`` set out. Called by the timeline builder, after
``extract_moments`` (whose contract does not include videos)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from urllib.parse import parse_qs, urlsplit

from annotate.model import Footage, Moment
from annotate.moments import sentences
from annotate.moments.compiled import regex

# Words that say "a video" in an article; a mention is one of them with an
# ordinal or a name before it ("the second clip") or an id after it ("video B").
_NOUN = r"(?:video|clip|footage|recording|film|angle|camera|cam|upload|feed|livestream|stream|view)"
_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
             "fifth": 4, "5th": 4}
# At most one word between the ordinal and the noun ("the second, shaky clip"),
# and not a small word: "the first time the camera ..." is not a first camera.
_BETWEEN = r"(?:[\s,]+(?!(?:the|a|an|of|in|on|at|to|time|and|is|was)\b)[\w-]+)?"
_ORDINAL = regex(
    r"\b(?:(?:the|a|an|its|their|this)\s+(?P<word>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final"
    r"|other|next|latter|former)|(?P<another>another))" + _BETWEEN + r"[\s,]+(?P<noun>" + _NOUN + r"|one)\b",
    re.IGNORECASE,
)
# "video B", "clip 2", "camera A": the word after the noun names the video by its id.
_NOUN_THEN_ID = regex(r"\b" + _NOUN + r"\s+(?P<id>[A-Za-z0-9][\w.-]*)", re.IGNORECASE)
_URL = regex(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
# Parts of file names and URLs that name no particular video.
_GENERIC = frozenset(
    """video videos clip clips footage film recording mp4 mov mkv webm avi m4v http https www com org net
    watch youtu youtube_com the and raw final copy new edit cut part full hd sd""".split())
NOT_SAID = "video not named in the text: placed on the first"
MIN_NAME_CHARS = 3  # shorter parts of a name ("a", "v2") match too many words of an article


@dataclass(frozen=True)
class Mention:
    """The text pointing at a video: where (offset in the text), which (index in the videos), how."""

    at: int
    video: int
    how: str  # ordinal | other | name | id | link


@dataclass(frozen=True)
class Attributed:
    """The moments with their videos, and a note for each moment the text did not place."""

    moments: tuple[Moment, ...]
    warnings: tuple[str, ...] = ()


# A camelCase join, the runs between an id's words, and a path's separators.
_CAMEL_JOIN = regex(r"([a-z])([A-Z])")
_NON_WORD_RUN = regex(r"[^A-Za-z0-9]+")
_PATH_SEP = regex(r"[/\\]")


def _words(text: str) -> set[str]:
    """The distinctive lower-case words of an id, file stem or URL path (camelCase split)."""
    text = _CAMEL_JOIN.sub(r"\1 \2", text)
    return {w for w in _NON_WORD_RUN.split(text.lower())
            if len(w) >= MIN_NAME_CHARS and not w.isdigit() and w not in _GENERIC}


def _stem(path: str) -> str:
    last = _PATH_SEP.split(path.rstrip("/\\"))[-1]
    return last.rsplit(".", 1)[0] if "." in last[1:] else last


def _name_words(video: Footage) -> set[str]:
    words = _words(video.id)
    if video.path:
        words |= _words(_stem(video.path))
    if video.url:
        parts = urlsplit(video.url)
        host = (parts.hostname or "").removeprefix("www.").split(".")
        words |= _words(host[0] if host else "") | _words(parts.path)
    return words


def link_key(url: str) -> str:
    """A URL reduced to what names the upload: host without ``www.``, path,
    and YouTube's ``v=`` (``youtu.be/ID`` and ``youtube.com/watch?v=ID`` are one)."""
    parts = urlsplit(url.strip().rstrip(".,;"))
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = parts.path.rstrip("/")
    if host == "youtu.be":
        return f"youtube:{path.lstrip('/')}"
    if host.endswith("youtube.com"):
        vid = parse_qs(parts.query).get("v", [""])[0]
        if vid:
            return f"youtube:{vid}"
        if path.startswith(("/shorts/", "/live/")):
            return f"youtube:{path.split('/')[2]}"
    return f"{host}{path}"


def _name_mentions(text: str, videos: Sequence[Footage]) -> list[Mention]:
    """A word of one video's name said as a video: a word of its id after
    "the" or before a video noun ("the rooftop", "rooftop video"); a word of
    its file or URL only before a noun ("the drone video", "the YouTube
    upload"), since file names hold the story's common words. A word two
    videos share names neither."""
    owners: dict[str, set[int]] = {}
    for i, video in enumerate(videos):
        for word in _name_words(video):
            owners.setdefault(word, set()).add(i)
    found = []
    for word, which in owners.items():
        if len(which) != 1:
            continue
        index = next(iter(which))
        said = rf"\b{re.escape(word)}(?:[\s-]+[\w-]+)?[\s-]+{_NOUN}\b"
        if word in _words(videos[index].id):
            said += rf"|\b(?<=the\s){re.escape(word)}\b"
        found += [Mention(m.start(), index, "name") for m in re.finditer(said, text, re.IGNORECASE)]
    return found


def mentions(text: str, videos: Sequence[Footage]) -> list[Mention]:
    """Every place ``text`` points at one of ``videos``, in text order.
    ``other`` mentions carry -1: which video they mean depends on the one
    talked about before them (:func:`attribute` resolves them)."""
    found: list[Mention] = []
    count = len(videos)
    for m in _ORDINAL.finditer(text):
        word = (m.group("word") or m.group("another")).lower()
        if m.group("noun").lower() == "one" and word not in _ORDINALS:
            continue  # "another one", "the other one" hardly ever mean a video on their own
        if word in _ORDINALS:
            if _ORDINALS[word] < count:
                found.append(Mention(m.start(), _ORDINALS[word], "ordinal"))
        elif word in ("last", "final", "latter"):
            found.append(Mention(m.start(), count - 1, "ordinal"))
        elif word == "former":
            found.append(Mention(m.start(), 0, "ordinal"))
        else:  # other, another, next
            found.append(Mention(m.start(), -1, "other"))
    ids = {v.id: i for i, v in enumerate(videos)}
    for m in _NOUN_THEN_ID.finditer(text):
        if m.group("id") in ids:
            found.append(Mention(m.start(), ids[m.group("id")], "id"))
    found += _name_mentions(text, videos)
    keys = {link_key(v.url): i for i, v in enumerate(videos) if v.url}
    for m in _URL.finditer(text):
        if (key := link_key(m.group(0))) in keys:
            found.append(Mention(m.start(), keys[key], "link"))
    # At one offset a link or an id says more than a name or an ordinal inside it.
    rank = {"link": 0, "id": 1, "ordinal": 2, "name": 3, "other": 4}
    found.sort(key=lambda x: (x.at, rank[x.how]))
    return [x for i, x in enumerate(found) if i == 0 or found[i - 1].at != x.at]


def _resolve(found: list[Mention], count: int) -> list[Mention]:
    """``other`` mentions made definite: with two videos the one not being
    talked about; with more, the next after it (the second when none was)."""
    out: list[Mention] = []
    current: int | None = None
    for mention in found:
        if mention.how == "other":
            video = (1 if current in (None, 0) else 0) if count == 2 else \
                min((current if current is not None else 0) + 1, count - 1)
            mention = replace(mention, video=video)
        out.append(mention)
        current = mention.video
    return out


def attribute(text: str, moments: Sequence[Moment], videos: Sequence[Footage]) -> Attributed:
    """``moments`` each with ``footage`` set to the id of the video ``text``
    places it in: a mention in its own sentence (the last before it, else the
    first after it), else the last mention before that sentence. A moment the
    text does not place goes to the first video with a warning. With fewer
    than two videos nothing is to decide: the moments come back as they were."""
    if len(videos) < 2:
        return Attributed(tuple(moments))
    found = _resolve(mentions(text, videos), len(videos))
    bounds = sentences.split(text)
    out, warnings = [], []
    for moment in moments:
        if moment.footage or moment.span is None:
            out.append(moment)
            continue
        begin = moment.span[0]
        sentence = next(((b, e) for b, e in bounds if b <= begin < e), (begin, moment.span[1]))
        before = [x for x in found if sentence[0] <= x.at <= begin]
        after = [x for x in found if begin < x.at < sentence[1]]
        earlier = [x for x in found if x.at < sentence[0]]
        chosen = before[-1] if before else after[0] if after else earlier[-1] if earlier else None
        if chosen is None:
            first = videos[0].id
            warnings.append(f"moment {moment.id or '?'}: the text does not say which video it is in: "
                            f"placed on the first ({first})")
            out.append(replace(moment, footage=first, notes=moment.notes or NOT_SAID))
        else:
            out.append(replace(moment, footage=videos[chosen.video].id))
    return Attributed(tuple(out), tuple(warnings))
