"""The approximate flag: a hedge counts only when it modifies the time itself.

"at roughly 2:27", "around the four-minute mark", "2:30 or so" are hedged;
"2:03:10 into the almost four-hour hearing" is not (the hedge is on the
hearing's length), nor is "fire about 40 rounds" near an exact time.
"""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.patterns import HEDGE_AFTER, HEDGE_BEFORE, INFORMAL_HEDGE, MEDIA_NOUN, any_stem

# A substring of every hedge HEDGE_BEFORE can match (checked by a test).
_HEDGE_STEMS = (
    "rough", "about", "around", "approx", "near", "almost", "some", "circa", "c.", "ca.", "second", "moment",
    "instant", "just", "little", "slight", "bit", "tad", "than", "short", "soon", "right", "close", "upward",
    "estimat", "over", "under", "or less", "~", "≈", "like", "maybe", "perhaps", "ard", "arnd", "abt", "beat", "tick",
    "push", "region", "wee", "round", "mga", "aboot", "bout", "karibu", "takriban",
)

# What a trailing hedge's first character can be ("or so", "-ish", "ish", ", give or take", "(approx.)").
_HEDGE_AFTER_FIRST = frozenset("-,(iIıİ")

_HEDGE_STEM = any_stem(_HEDGE_STEMS)
_INFORMAL_HEDGE = regex(rf"{INFORMAL_HEDGE}\b", re.IGNORECASE)


def hedge_before(text: str, begin: int, floor: int = 0) -> int | None:
    """Where a hedge directly before ``text[begin:]`` starts, or None.

    Only the words touching the time phrase are looked at (an optional
    "at"/"the" may sit between), so a hedge elsewhere in the sentence is ignored.
    """
    bracketed = begin > floor and text[begin - 1] in "(["
    if bracketed:
        begin -= 1  # "straining around [7:05]", "at about (4:22)": the hedge is on the bracketed time
    window_start = max(floor, begin - 40)
    window = text[window_start:begin].lower()
    if _HEDGE_STEM.search(window) is None:
        return None  # most times have no hedge: skip trying the alternation at every position
    m = HEDGE_BEFORE.search(text, window_start, begin)
    if m is None or (bracketed and (text[max(floor, m.start() - 1):m.start()] == "-"
                                    or _INFORMAL_HEDGE.match(text, m.start(), begin))):
        # (a chapter title's compound is no hedge: "final walk-around [17:02]", nor its last word: "what the ward
        # round is really like (29:47)"; a comment's "like" hedges a bare time, "like 4:22")
        return None
    if bracketed and _BARE_PARTICLE.match(text, m.start()):
        # "turn the chair over (0:25)", "hand the keys over [1:10]": a verb's particle, its clause done, then the
        # bracket cites where; no hedge ("just over (4:22)" and "at about (4:22)" hedge)
        return None
    if _CRICKET_OVER.match(text, m.start()) and _OVER_NOUN_BEFORE.search(text, max(floor, m.start() - 30),
                                                                           m.start()):
        # "the last over from 08:10 to 09:45" (round 124), "the 18th over from 4:05": cricket's six balls, a noun
        # after a determiner or an ordinal; no hedge ("just over 3:10", "comes over the 4-minute mark" hedge)
        return None
    if (bracketed or _TOPIC_ABOUT_THE.match(text, m.start())) and text.startswith(("a", "A"), m.start()) \
            and _TOPIC_ABOUT.match(text, m.start()) \
            and _TALKED_ABOUT_BEFORE.search(text, max(floor, m.start() - TALKED_ABOUT_CHARS), m.start()):
        # "the goal everyone talks about (1:35)": a clause ends on what is talked about, then the bracket cites
        # where; no hedge ("at about (4:22)" hedges, and so does "Speaking about 2 hours 10 minutes into the webcast");
        # nor "only wants to talk about the last minute of the video" (round 100): a stretch named with "the" after
        # the verb's "about" is what is talked about
        return None
    return m.start()


# A bare "over" (not "just over", "a little over": their match starts on the first word).
_CRICKET_OVER = regex(r"over\b", re.IGNORECASE)
# A bare "over" or "under" as a hedge's whole match (a verb's particle before a bracket: "flip it over (0:25)").
_BARE_PARTICLE = regex(r"(?:over|under)\b", re.IGNORECASE)
# What makes "over" cricket's noun right before it: a determiner, an ordinal, "last"/"final"/"maiden" and the like.
_OVER_NOUN_BEFORE = regex(
    r"(?<![\w'’])(?:the|a|an|this|that|each|every|his|her|their|its|(?:[\w'’]+['’]s)|last|final|first|next|opening|"
    r"maiden|wicket|\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|penultimate|death|powerplay|(?:\d{1,2}|one|two|three|four|five|six)-run)\s+$", re.IGNORECASE)


# A verb of talking that "about" follows as its preposition, right before it: what is talked about is the time.
_TALKED_ABOUT_BEFORE = regex(
    r"\b(?:talk|talks|talked|talking|speak|speaks|spoke|speaking|know|knew|care|cares|cared|worry|worries|worried|"
    r"forget|forgot|ask|asks|asked|asking|rave|raves|raved|raving|complain|complains|complained|complaining|joke|"
    r"joked|joking|argue|argued|arguing|moan|moaned|moaning|chat|chatted|chatting|all)\s+$", re.IGNORECASE)
TALKED_ABOUT_CHARS = 16
_TOPIC_ABOUT = regex(r"about\b", re.IGNORECASE)
# "about" and a determiner, opening the stretch or mark talked about: "about the", "about its".
_TOPIC_ABOUT_THE = regex(r"about\s+(?:the|its|this|that)\s", re.IGNORECASE)


def hedge_after(text: str, end: int, ceiling: int | None = None) -> int | None:
    """Where a trailing hedge ("or so", "-ish") right after ``text[:end]`` ends, or None."""
    stop = len(text) if ceiling is None else ceiling
    first = text[end:end + 1]
    if end >= stop or not (first.isspace() or first in _HEDGE_AFTER_FIRST):
        return None  # every trailing hedge opens with a space, "-", "i", "," or "(" (checked by a test)
    m = HEDGE_AFTER.match(text[end:stop])
    if m is None and first.isspace():
        # the footage named first, the hedge closing the clause after it: "it's at 32:10 in the full video, roughly"
        # (round 202)
        footage = _IN_FOOTAGE_TAIL.match(text, end, stop)
        m = HEDGE_AFTER.match(text[footage.end():stop]) if footage is not None else None
        return None if m is None or footage is None else footage.end() + m.end()
    if m is None:
        return None
    return end + m.end()


# "in the full video", "in the livestream": the footage a time is in, named right after it.
_IN_FOOTAGE_TAIL = regex(
    rf"[^\S\n]+in[^\S\n]+(?:the|this|that|his|her|their|my|our|your)[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,2}}{MEDIA_NOUN}\b",
    re.IGNORECASE)
