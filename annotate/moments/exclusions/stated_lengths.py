"""Lengths of videos, tracks, episodes and recordings ("runs 48:12", "a 4:12 video", a track list's
times adding up to its total): the length of footage is not a position in it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotate.moments.compiled import regex
from annotate.moments.exclusions.chapters import (
    _ITEM_SEP,
    _ITEM_SEP_AFTER,
    _ITEM_SEP_BEFORE,
    _OPENS_WITH_TIME,
    _chapter_column,
)
from annotate.moments.exclusions.context import (
    _I,
    CHAPTER_LINE_CHARS,
    NEAR_CHARS,
    _Clock,
    _whole_seconds,
    bracketed,
    footage_word,
)
from annotate.moments.exclusions.durations import _POSITION_BEFORE
from annotate.moments.patterns import (
    DURATION,
    HEDGE,
    LENGTH_JUDGED,
    LENGTH_MEDIA,
    MEDIA_NOUN,
    MONTH,
    NUMBER,
    PLATFORM,
    PLATFORM_WORK,
    PLAYED_THING,
    TIMECODE,
    WEEKDAY,
    any_stem,
)
from annotate.moments.scan import lines_above

# A short title naming a video, a dash or colon, then its length: "Extended trailer — 2:48"; the episode's quoted
# title may come first, after the entry's bullet (round 114): '1. "Chai & Cricket" Ep 41 — 1:02:15'.
_DASHES = ("—", "–", "-", ":")  # every _TITLE_DASH match ends with one (then spaces)
_TITLE_DASH = regex(
    rf"\s*(?:[-*•]\s+)?(?:[\"“][^\"”\n]{{1,60}}[\"”]\s+)?(?:[\w'’,-]+\s+){{0,3}}(?:{LENGTH_MEDIA}|part|chapter|act|ep\.?)(?:\s+\d+)?(?:\s*\([^()]{{0,60}}\)|\s*[\"“][^\"”]{{0,60}}[\"”])?"
    rf"\s*(?:—|–|-|:)\s*",
    _I,
)
_ENDS_ITEM = regex(r"^\s*(?:[.;|•\n]|$)")
# A line opened by a numbered work's label and its title (in capitals), however long, then a dash: "Ep 2: Arranger
# Desmond Clarke on 'Sweet Bim' – " (round 186), "Track 4 – Night Bus to Lekki — ", "Lecture 7: Entropy and your zip
# file - ": each episode's or track's length ends its line, as its bracket does ("Ep 1: Pan Ebony tuning the tenor
# (18:42)"); not a part of one recording ("Part 2", "Session 3", "Talk 4": a day's stream may be cut so), nor a
# label before words in lower case ("Ep 2: she talks about the old dancers – 24:10").
_NUMBERED_WORK_DASH = regex(
    r"[^\S\n]*(?:[-*•][^\S\n]+|\d{1,3}[.)][^\S\n]*)?[*_]{0,2}(?:ep|eps|episode|track|vol|volume|lecture|lesson|sermon)"
    r"\.?[^\S\n]*#?\d{1,4}[^\S\n]*[*_]{0,2}[^\S\n]*[:.|–—-][^\S\n]*[*_]{0,2}[\"“‘']?(?-i:[A-Z0-9])[^\n]{0,120}?"
    r"[^\S\n][—–-][^\S\n]*", _I)
# ... or another dashed item of the listing that is a date: 'Ep. 2 "Railway Money" — 51:06 — Sept. 10', "Part 3 –
# 48:20 – 14 March 2026", "Episode 5 — 39:12 — Tues."; an episode guide's length, then its air date.
_DATED_ITEM_AFTER = regex(
    rf"^[^\S\n]+[—–-][^\S\n]+(?:{MONTH}\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{WEEKDAY}\b"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|(?:19|20)\d\d\b|(?:aired|released|posted|published|uploaded|out)\b)", _I)

# A position placed later in the sentence, after the bracket: "The clip (1:12) shows smoke at 0:40"; or counted into
# the work in words: "The club posted the clip (0:58): the swing is 22 seconds in" (round 128), "the video (2:10) —
# ninety seconds into it, the roof goes".
_LATER_TIMECODE = regex(
    r"\)[^()]*?\b(?:(?:at|from|by)\s+(?:the\s+)?\d{1,3}:\d\d\b"
    r"|(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:seconds?|secs?|minutes?|mins?)\s+in(?:to)?\b(?!\s+(?:a|the)\s+(?:row|box|bin)\b))",
    _I)

# (or a song's: 'Song in the background: "Ugoy ng Duyan" (3:22)' (round 142), a title in any case; a played thing's
# credited to who plays it: 'Music is "Nyar Dunga" by the Lakeside Boys (3:58), used with permission' (round 199))
_QUOTED_TITLE_PAREN = regex(
    rf"\b(?:{LENGTH_MEDIA}|(?P<played>{PLAYED_THING}s?|music|soundtrack))\b[^.;()]{{0,40}}[\"'’”]"
    r"(?(played)(?:\s*,?\s+by\s+(?:the\s+)?(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:(?:&|and)\s+)?(?:the\s+)?(?-i:[A-Z])[\w'’.&-]*){0,3})?)"
    r"\s*\($", _I)
# (or a played thing's quoted title, then what it is or where to get it, the bracket closing the sentence: 'The fiddle
# tune is "The Kilbride Reel" by Morag Currie, and it's available for £1.29 on the usual stores (3:47).' (round 160);
# not a place in the footage told in the clause: 'The song is "Halo", and Ana spins the bride (2:10).')
_QUOTED_TITLE_SENTENCE_PAREN = regex(
    rf"\b(?:{PLAYED_THING}s?|music|soundtrack)\b[^.;()\n]{{0,40}}[\"“][^\"”\n]{{1,60}}[\"”]"
    r"(?:[^()\n.;!?]|\.(?=\d)){0,80}?\b(?:available|streaming|to\s+(?:stream|download|buy)|released|out\s+now|"
    r"on\s+(?:Spotify|Bandcamp|iTunes|Apple\s+Music|YouTube\s+Music|SoundCloud|the\s+usual\s+(?:stores|places|"
    r"platforms|sites)))\b(?:[^()\n.;!?,]|\.(?=\d)){0,60}\($", _I)
# A list entry's title, a dash, then the kind of work it is and its length in brackets closing the clause (round 113):
# "2) *Tin Crown* — teaser (1:36). The title card at 1:20 ...", "- Harbour Bank – spot (1:00)." (not a work named as
# where a thing is: "— in the teaser (0:48)")
_DASHED_WORK_PAREN = regex(
    rf"(?:^|\n|\s[—–-]\s|:\s)[ \t*_]*"
    rf"(?:(?!(?:in|at|of|from|on|into|during|near|around|throughout|see|watch)\b)[\w'’-]+\s+){{0,2}}"
    rf"(?:{LENGTH_MEDIA}|spot|ad|advert|promo)\s*\($", _I)
_CLAUSE_ENDS_AFTER = regex(r"\)[ \t]*(?:[.;,]|\n|$)")
_SENTENCE_ENDS_AFTER = regex(r"\)[ \t]*(?:[.!?]|\n|$)")
# A numbered part of a course or a series, then its quoted title in any case: 'In lecture 14, "Reading CSV files"
# (12:08)', "Module 3: ‘Cleaning your data’ (" (round 89): that part's length.
_NUMBERED_PART_TITLE_PAREN = regex(
    r"\b(?:lectures?|lessons?|modules?|units?|parts?|chapters?|sessions?|classes|class|talks?|sermons?|"
    r"tutorials?|webinars?)\s+(?:no\.\s*|#)?\d{1,3}[a-z]?\s*[,:—–-]?\s*[\"“‘'][^\"”’.!?\n]{1,60}[\"”’']\s*\($", _I)
# "The clip (4:12) was shared widely": a length in parentheses after the media noun,
# told apart from "The drone footage (0:45) shows smoke" by what follows.
_PAREN_LENGTH_AFTER = regex(
    r"^\)\s*(?:was|were|has|had|have|went|is\s+being|got|garnered|racked|drew|received|circulated|spread|"
    r"appeared\s+online|surfaced|,\s*(?:which|posted|shared|uploaded|released|published)|"
    r"is\s+(?:much\s+|a\s+bit\s+|slightly\s+|far\s+)?(?:shorter|longer|brief|short|long))\b",
    _I,
)

# Footage lengths: "runs 48:12", "the video lasts 2:30", "a 48:12 video", "48:12 long".
_LENGTH_BEFORE = regex(
    # ("the long run", "short run": the noun, a table row's topic, no length: "| The Phillips curve, short run |
    # 19:30 |")
    rf"\b(?:(?<!\bshort\s)(?<!\blong\s)(?<!\bdry\s)(?<!\btrial\s)(?<!\btest\s)runs?|running|ran|run\s*time|"
    rf"runtime|run-time|running\s+time|lasts?|lasting|lasted|long|"
    # (and where it is told: "Track length on Spotify is 4:02", "the runtime on Netflix is 1:48:10")
    rf"(?:length|duration|run\s*time|runtime|running\s+time)\s+(?:on|in)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?"
    rf"(?=\s+(?:is|was|says|shows|reads)\b)|"
    # (a length given as a figure, whatever work it is of: "the sleeve notes give its length as 8:55", "an earlier
    # version gave the length of the clip as 2:14" (rounds 52 and 50))
    rf"(?:length|duration|run\s*time|runtime|running\s+time)(?:\s+of\s+(?:the|this|that|its|their|our|his|her)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{LENGTH_MEDIA}|{PLAYED_THING})s?)?\s+as|"
    # (a note's abbreviated label, lower-case: "| 00:01:12 | 00:01:25 | len 0:13, keep gull noise |" (round 56))
    rf"length|duration|(?-i:len|dur)|total(?:ling|s)?|clocks?\s+in\s+at|clocking\s+in\s+at|clocked\s+in\s+at|"
    # a work drawn out to its length: '"Twenty-Three Stops" stretches to 8:31', "the closer weighs in at 9:12"
    rf"stretch(?:es|ed|ing)?(?:\s+out)?\s+to|weigh(?:s|ed|ing)?\s+in\s+at|"
    # (an aside saying what it should be: "Note total runtime (should be 14:06)")
    # (a player's or a site's reading of it: "Runtime shows 1:48:20 on mine"; a reviewer's word: "runs a tight 4:10")
    rf"spans?|spanning)\b\s*(?:(?:of|:|\||shows|showed|says|said|reads|displays|\((?=\s*(?:should|must|ought|expected)\b)|a\s+total\s+of|just|only|over|under|some|is|was|['’]s|really|actually|"
    rf"should\s+be|must\s+be|ought\s+to\s+be|expected(?:\s+to\s+be)?|"
    rf"exactly|officially|listed\s+as|given\s+as|"
    # (a changed length told against the old: "so the new runtime is shorter, about 1:30:18" (round 108))
    rf"(?:(?:much|slightly|far|a\s+bit|a\s+little)\s+)?(?:shorter|longer)\s*,)\s*)*(?:(?:{HEDGE})\s+)?(?:{LENGTH_JUDGED})?"
    # (or a table row's header cell, its data cell after: "<tr><th>Running time</th><td>9:40</td></tr>" (round 52))
    rf"(?:[*_`]{{1,2}}|<(?:b|strong|em|i)>|</t[hd]>\s*<td(?:\s[^<>]{{0,60}})?>|</dt>\s*<dd(?:\s[^<>]{{0,60}})?>)?$",
    _I,
)

# A work told by its length, an indefinite article before it: "Camera B, a TikTok of 0:59, hears it at 0:44" (round
# 129), "an Instagram reel of 1:05", "a video of 2:40" (not "a still of 0:59", "the last frame of 1:12", "a clip of
# 1:12 into the stream", where the time places something).
# (or the work left out after a length told in words, in a list of versions: "Earlier, shorter versions (one of 58
# seconds, one of 1:12) appear to be cut from it" (round 50))
_A_WORK_OF_BEFORE = regex(
    rf"\b(?:a|an|one)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{LENGTH_MEDIA}|{PLATFORM_WORK}|lives?|stor(?:y|ies))\s+of\s+$"
    rf"|\bone\s+of\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:seconds?|secs?|minutes?|mins?|hours?)\s*(?:,|and|or)\s*"
    rf"(?:(?:and|or)\s+)?(?:one|another|the\s+other)\s+of\s+$", _I)
_PLACED_IN_AFTER = regex(r"\s*(?:in|into|of|on\s+(?:the|its|this|that)|mark|point)\b", _I)

# A reviewer's word on a length after a verb of being or a comma, whatever the work: "it is a tidy 3:58", "the
# director's cut, a punishing 3:12:00" (LENGTH_JUDGED says how long, never where).
_JUDGED_LENGTH_BEFORE = regex(
    rf"(?:\b(?:is|was|are|were|being|becomes|became|as)|['’]s|[,:(—–])\s*{LENGTH_JUDGED}$", _I)


def _judged_length(c: _Clock) -> bool:
    """_JUDGED_LENGTH_BEFORE ends the words before the time, tried only where their last word follows "a" or "an":
    every match ends with "a" or "an", whitespace, one word of LENGTH_JUDGED (none holds whitespace) and whitespace."""
    words = c.folded_before.rsplit(None, 1)
    return len(words) == 2 and words[0].endswith(("a", "an")) and c.ends(_JUDGED_LENGTH_BEFORE, 40)


def _whole_work_field(c: _Clock) -> bool:
    """The whole work named as one field of a list, its time closing the field: "(livestream began 10:00 EAT; full
    recording 2:41:07):" (round 118), "..., complete video 1:48:22." is its length (not "The walkout (full recording
    1:12:40)", where the walkout is, nor "in the full recording 1:12:40 is where ...", nor a stretch)."""
    return any(w in c.folded_before for w in _WHOLE_WORDS) and c.ends(_WHOLE_WORK_FIELD_BEFORE, 60) \
        and _WHOLE_FIELD_ENDS_AFTER.match(c.after) is not None and not c.opens_range


# The field closes after the time: "; full recording 2:41:07):", "· full video 38:12 · 1080p".
_WHOLE_FIELD_ENDS_AFTER = regex(r"[ \t]*(?:[,;|•·)\]\n—–]|\.(?!\d)|$)")
_WHOLE_WORDS = ("full", "whole", "complete", "entire", "uncut", "unedited", "extended", "condensed")
# The whole work opening a field after a list's separator or its line's start: "; full recording ", ", whole stream: ".
# (a match's cut named whole or extended as well, closing a ranked list of its goals: "Full highlights 11:20." (round
# 153), "full match replay 1:48:10", "Extended highlights 14:05.", "complete recap: 9:02")
# (or an outing filmed whole, the writer's own maybe, its length after a comma: "We rode at 1:15 pm on a weekday, full
# trip 1:02:40.", "(our full walk-along, 11:48)" after a page's title (round 201); a bracket only with its owner: "The
# walkout (full recording 1:12:40)" is where the walkout is)
_WHOLE_WORK_FIELD_BEFORE = regex(
    rf"(?:(?:^|[;,·|—–]|\s-)\s*(?:the\s+|its\s+|our\s+|my\s+)?|\(\s*(?:our|my)\s+)"
    rf"(?:full|whole|complete|entire|uncut|unedited|extended|condensed)\s+"
    rf"(?:[\w'’-]+\s+)?(?:{LENGTH_MEDIA}|highlights(?:\s+(?:package|reel|show))?|recap|replay"
    r"|trip|ride|walk(?:-along|about)?|tour|journey|drive)\s*[:=–—,-]?\s*$", _I)


def _bracketed_as_the_work(c: _Clock) -> bool:
    """"I've put the full video review up (it's 18:30, sorry)": brackets after the work say what "it" is."""
    return "(" in c.before[-IT_IS_PAREN_CHARS:] and c.ends(_IT_IS_PAREN_AFTER_WORK, IT_IS_PAREN_CHARS)


# A work, a word or two, then brackets saying what "it" is: "the full video review up (it's ", "the interview (it is
# about " (not "(it's at 1:12)", a position); the work may be "the whole thing", a clause on: "Watch the whole thing
# if you can (it's 47:12)" (round 110).
_IT_IS_PAREN_AFTER_WORK = regex(
    rf"\b(?:{LENGTH_MEDIA}(?:\s+[\w'’-]+){{0,2}}|(?:whole|full|entire)\s+(?:thing|lot)(?:\s+[\w'’-]+){{0,4}})"
    rf"\s*\(\s*(?:it['’]s|it\s+is|it\s+runs|it\s+lasts)\s+(?:(?:{HEDGE})\s+)?"
    r"(?:just\s+|only\s+)?$", _I)
IT_IS_PAREN_CHARS = 60
# The time named as the work's length a few words on: "someone had written 4:50 in marker – the length of the
# video", "4:50, the running time of the clip".
_NAMED_LENGTH_AFTER = regex(
    rf"^[^.;!?\d]{{0,30}}?\s*[,–—-]\s*(?:which\s+is\s+)?the\s+(?:full\s+|whole\s+|total\s+)?"
    rf"(?:length|running\s+time|run\s*time|duration)\s+of\s+(?:the|this|that|its|his|her|their)\s+"
    rf"(?:[\w'’-]+\s+)?{LENGTH_MEDIA}\b", _I)


# A work's label or listing said to give a length, the text then correcting it as a length (round 178: "(title says
# 1:45:00 but it is actually closer to 1 hour 52 minutes ...)", "The listing says 1:45:00, but the video runs
# longer"): the label's figure is the work's length as stated, no position ("the caption says 2:10 but the goal is
# actually at 2:25" corrects a position, and stays one).
_LABEL_SAYS_BEFORE = regex(
    rf"\b(?:titles?|listings?|thumbnails?|badges?|tracklists?|sleeves?|(?:upload|store|product)\s+pages?|{PLATFORM}|"
    r"IMDb|Letterboxd)\s+(?:(?:still|only|just)\s+)?(?:says|said|reads|read|claims|claimed|shows|showed|gives|gave|"
    r"lists|listed|has)\s+(?:it\s+as\s+|it\s+at\s+)?$", _I)
# (the correction a length: longer or shorter, or a spelled length; "but the goal is closer to 12:40" places a moment)
_LENGTH_CORRECTED_AFTER = regex(
    r"\s*[,;]?\s*(?:but|though|although|yet|while|whereas)\s+(?:it|this|that|the(?:\s+[\w'’-]+){1,3}?|"
    r"(?:my|our|his|her|their)(?:\s+[\w'’-]+){1,2}?)(?:\s+|(?=['’]s\s))"
    r"(?:is|was|['’]s|runs|ran|lasts|lasted|comes\s+in|came\s+in|clocks\s+in)\s+(?:actually\s+|really\s+|in\s+fact\s+)?"
    r"(?:(?:a\s+(?:bit|little|lot)\s+|much\s+|slightly\s+|far\s+)?(?:longer|shorter)\b|"
    rf"(?:closer\s+to|nearer(?:\s+to)?|more\s+like|nearly|almost|over|under|just\s+over|just\s+under)\s+"
    rf"{DURATION})", _I)
LABEL_SAYS_TAILS = ("says", "said", "reads", "read", "claims", "claimed", "shows", "showed", "gives", "gave", "lists",
                    "listed", "has", "as", "at")


def _label_says_length(c: _Clock) -> bool:
    """The time is what a work's label or listing says, and the text goes on to correct it as a length."""
    return _LENGTH_CORRECTED_AFTER.match(c.after) is not None and c.may_end_with(LABEL_SAYS_TAILS) \
        and c.ends(_LABEL_SAYS_BEFORE, 60)


def _length_against(c: _Clock) -> bool:
    """"Runtime shows 1:48:20 on mine vs 1:52:58 on IMDb": a time set against a stated length just before it, in
    the same clause, is the other copy's length."""
    against = _AGAINST_TAIL.search(c.before, max(0, len(c.before) - 16))
    if against is None:
        return False
    priors = list(TIMECODE.finditer(c.before, 0, against.start()))
    prior = priors[-1] if priors else None
    return prior is not None and _NO_CLAUSE_BREAK.fullmatch(c.before, prior.end(), against.start()) is not None \
        and _LENGTH_BEFORE.search(c.before, 0, prior.start()) is not None


_AGAINST_TAIL = regex(r"(?:\b(?:against|versus|vs\.?|compared\s+(?:with|to))|\bv\.)\s+$", _I)
_NO_CLAUSE_BREAK = regex(r"[^.;:!?()\n]{0,40}")
# A length named among a work's details, then told after a comma: "its upload date and length, 47:12".
_LENGTH_LISTED_BEFORE = regex(r"\b(?:length|duration|runtime|running\s+time|run\s+time),\s$", _I)
# A count of views, plays or streams, the other field of a work's card, then its length (round 113): "— 212M views,
# 2:34", "— 181M, 1:58", "3.4M plays, 0:42"; a small letter when the count is named (round 114: "– 5.5m views, 4:02",
# "12k plays, 3:10"; a bare "5m, 4:02" stays minutes)
_COUNT_WORD = r"\s+(?:views|plays|streams|listens|watches|hits)"
_COUNT_LISTED_BEFORE = regex(
    r"(?<![\w.,])\d{1,3}(?:[.,]\d{1,3})*(?:(?-i:[KMB])|(?-i:[kmb]|bn)(?=" + _COUNT_WORD + r")"
    r"|\s?(?:million|billion|thousand))?"
    r"(?:" + _COUNT_WORD + r")?(?<=[KMBnsd]),\s$", _I)
# A song introduced in apposition, its length the next field: "a needle-drop (a 1983 Cure B-side, 4:02, used almost in
# full)" (round 61), "over the credits, a Bowie single, 3:58."; not a part of it ("at 2:10 in the song, 4:02").
_SONG_APPOSED_BEFORE = regex(
    r"(?:^|[(,;:—–]\s*)(?:an?)\s+(?:[\w'’.&-]+\s+){0,3}?(?:song|track|single|b-side|a-side|ballad|anthem|tune|cover|"
    r"remix|instrumental|number|hit),\s$", _I)
# The listed length closes its field: "— 212M views, 2:34\n" (not "— 212M views, 2:34 is the drop").
_FIELD_ENDS_AFTER = regex(r"[ \t]*(?:[,.;|•)\n]|$)")
_QUOTED_TITLE_AFTER = regex(
    r"^\s+(?:[\"“‘]|'(?=\w)|&(?:ldquo|lsquo|quot|#8220|#8216);)(?:[^\"”’&\n]|&(?!rdquo|rsquo|quot|#8221|#8217)){2,80}"
    r"(?:[\"”’']|&(?:rdquo|rsquo|quot|#8221|#8217);)", _I)
# The close of a recording told with its length: "[End of transcript, 24 min 16 s]", "-- end of tape (1:02:10) --".
END_OF_RECORDING_BEFORE = regex(
    rf"\bend\s+of\s+(?:the\s+)?(?:transcript|recording|tape|interview|video|audio|footage|file|stream|broadcast|"
    rf"programme|program|episode|podcast|call|session)\s*[,:;(–—-]\s*(?:(?:total|length|duration|running\s+time|"
    rf"runtime)\s*:?\s*)?(?:(?:{HEDGE})\s+)?$", _I)
# "The second video is shorter, at 6:40": a comparison of lengths.
_COMPARED_LENGTH_BEFORE = regex(
    # (not the platform's noun: "Camera C, a 4 min 12 s YouTube short, at 2:03" (round 129), a position in it)
    r"(?:\b(?:shorter|longer|brief|lengthier|long|(?<!youtube\s)(?<!youtube-)(?<!yt\s)short|longest|shortest)"
    r"\s*,?\s*(?:at|running|of|with)"
    # "runs 42:10; the previous one was 38:55"
    r"|\b(?:previous|last|earlier|other|next|latest|new)\s+(?:one|episode|instalment|installment|part|video|"
    r"clip|edition|show)\s+(?:was|is|ran|runs|came\s+in\s+at))\s+"
    r"(?:(?:just|only|about|roughly)\s+)?$",
    _I,
)
_LENGTH_AFTER = regex(
    r"^(?:[*_]{1,2}|</(?:b|strong|em|i)>)?(?:\s+|-)(?:long|in\s+length|in\s+total|in\s+duration|run\s?time|running\s+time|duration|length|"
    r"(?:average\s+)?(?:watch|view|viewing)\s+(?:time|duration)|"
    # (not a recording named by its number or letter: "rewatch 4:10–7:55 of video 3", "at 2:05 of tape B" (round 88),
    # quoted too: 'at 1:12 of recording "A"' (round 152))
    r"of\s+(?:footage|video|film|tape|audio|recordings?|material|programming|television|TV))\b"
    r"(?!\s+(?:#\s*|no\.?\s*)?\d{1,3}\b(?![.,:]\d)(?!\s+(?:days?|hours?|weeks?|months?|years?|minutes?|seconds?|"
    r"times|cameras?|angles?|people|[a-z]+s\s+(?:ago|later|earlier))\b)|[ \t]+[\"“'‘]?(?-i:[A-Z])\b)"
    r"|^\s*-long\b",
    _I,
)
_PER_MEDIA_AFTER = regex(
    r"^\s*(?:per|a|each|for\s+each)\s+(?:clip|video|file|take|recording|upload|reel|short|story|segment)\b", _I)
# (works named in the plural, the bound in brackets after them: "Shorter episodes (under 30:00) are fine", round 163)
_KEPT_UNDER_BEFORE = regex(
    rf"\b{LENGTH_MEDIA}s?\s+(?:\(\s*)?(?:(?:to|at)\s+)?(?:under|below|shorter\s+than|no\s+longer\s+than|within|up\s+to|"
    r"max(?:imum)?(?:\s+of)?)\s+$", _I)
_KEPT_UNDER_STEMS = any_stem(("under", "below", "than", "within", "up", "max"))
# A bound the work must not pass, said as what it should not do: "please don't let it creep past 3:15 again", "it
# mustn't run over 4:00", "never let the cut go beyond 2:30" (not a thing in it: "don't skip past 3:15").
_NOT_PAST_BEFORE = regex(
    r"\b(?:(?:don['’]t|do\s+not|never|not)\s+let\s+(?:it|them|(?:the|this|that|our|your)\s+[\w-]+)\s+|"
    r"(?:it|they|this|that|(?:the|this|our|your)\s+[\w-]+)\s+(?:must|should|can|may|will)(?:\s+not|n['’]t)\s+|"
    r"(?:it|they|this|that)\s+never\s+)"
    r"(?:creep|go|run|drift|slip|stretch|grow|edge|balloon)\s+(?:past|over|beyond|longer\s+than)\s+(?:again\s+)?$", _I)
# A camera's recording limit: "Recording stops after 29:59", "clips are capped at 9:59", "a limit of 14:59", "29:59
# because of the limit".
_LIMIT_BEFORE = regex(
    r"\b(?:(?:recording|recordings|records|recorder|camera|cam|clips?|takes?|files?|video\s+mode)\s+"
    r"(?:(?:always|automatically|just|simply|still)\s+)?(?:stops?|cuts?\s+(?:off|out)|shuts?\s+(?:off|down)|ends?|"
    r"times?\s+out)(?:\s+(?:recording|filming))?\s+after"
    r"|(?:limit(?:ed)?|capped|caps?|maxe?s?\s+out)(?:\s+(?:is|was|of|at|to|out\s+at))?"
    # "Max recording time: 29:59", "maximum take length of 9:59"
    r"|max(?:imum)?\.?\s+(?:continuous\s+)?(?:recording|record|clip|take|file|video)\s+(?:time|length|duration)"
    r"(?:\s+(?:is|was|of))?\s*:?"
    # a bound labelled alone, as a style guide's list has it: "Minimum cue duration: 1:00. Maximum: 7:00."
    r"|(?<![\w-])(?:min|max)(?:imum)?\.?\s*:)\s+$", _I)
# One recording, named with its determiner, that stops at a time: "the Week 6 recording cuts out after 52:10", "my
# file just ends after 14:02" (where that recording stops, a position in it as "after the 3-minute mark" is; not a
# device's or every recording's limit: "Recording always stops after 29:59", "The camera cuts off after 9:59").
_ONE_RECORDING_STOPS_BEFORE = regex(
    r"\b(?:the|this|that|my|our|his|her|their|its|your)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:recording|video|file|clip|tape|stream|upload|footage|vod)\s+(?:(?:just|simply|then|suddenly)\s+)?"
    r"(?:stops|cuts\s+(?:off|out)|ends|dies|freezes)\s+after\s+$", _I)
_LIMIT_STEMS = any_stem(("stop", "cut", "shut", "end", "time", "limit", "cap", "max", "min"))
_LIMIT_AFTER = regex(
    r"^\s*(?:[*_]{1,2}|<(?:b|strong|em|i)>)?(?:(?:recording|record|clip|file|time)\s+)?(?:limit|cap)\b"
    r"|^[^.;!?]{0,30}?\b(?:because\s+of|due\s+to|thanks\s+to|per)\s+(?:the|a|an|its|their|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}(?:limit|cap|restriction|rule)s?\b", _I)
_DETERMINER_BEFORE = regex(
    r"\b(?:a|an|the|this|that|its|his|her|their|our|my|your|whole|entire|full|complete|unedited|raw|new|latest|"
    r"original|viral|\w+['’]s)\s+$",
    _I,
)
# A work named, then a comma and the length of its cut: "the brass band track, 1:12 version", "the promo, 0:30 cut".
# Or another cut of it just named, the two joined: "(0:60 cut and 2:00 director's cut)", "the 30-second version or
# the 1:30 version" (round 128): the lengths of two cuts, side by side.
_WORK_NAMED_BEFORE = regex(rf"\b(?:{LENGTH_MEDIA}|{PLAYED_THING})s?,\s+$"
                           r"|\b(?:cut|version|edit|cutdown|mix)s?\s+(?:and|or|plus|&|vs\.?|versus)\s+"
                           r"(?:the\s+|a\s+)?$", _I)
# Recordings that are not footage but have a length: "The 3:40 song was a hit".
_PLAYED_THING = PLAYED_THING
# The pieces a programme or a reel is made up with, each as long as its time: "because of the 1:00 leader on reel 4"
# (round 110), "a 0:10 slate", "the 0:05 ident", "a 0:30 bumper", "the 2:00 pre-roll".
_REEL_PIECE = r"(?:leaders?|slates?|idents?|bumpers?|pre-?rolls?|post-?rolls?|stings?|tail\s+pad|black\s+pad)"
_MEDIA_AFTER = regex(
    # (a word between may describe the work, "a 4:12 YouTube video", but no preposition does: "that 4:10 in clip 3";
    # nor a verb or a link word, which matches the time to another upload's: "its 0:27 is Upload 1's 0:22")
    rf"^[\s-]+(?:(?:long|minute|second|hour)s?[\s-]+)?"
    rf"(?:(?!(?:in|into|of|on|at|from|to|for|is|was|are|were|equals|matches|and|or|as)\s)[\w'’-]+\s+)?"
    # (or the platform it went up on: "the 1:20 TikTok" (round 136))
    rf"(?:{LENGTH_MEDIA}|{_PLAYED_THING}|{_REEL_PIECE}|{PLATFORM_WORK})\b", _I
)


# A setting's bound after the setting is named: "--timeout flag (default 30s, max <code>10:00</code>)", "the
# timer option, maximum: 59:59" (not "at max volume at 2:10": no setting named).
_SETTING_BOUND_BEFORE = regex(
    r"(?:--[a-z][\w-]*|\b(?:time-?outs?|flags?|options?|settings?|parameters?|timers?|config\w*))\b[^.;!?\n]{0,50}?"
    r"\b(?:default|max(?:imum)?|minimum)\.?\s*[:=]?\s*(?:<code>|`)?$", _I)
_SETTING_BOUND_STEMS = any_stem(("default", "max", "minimum"))
# A bound standing as a rule's item of its own: "Minimum duration: 00:00:01:00 (1 second); maximum 00:00:07:00",
# "max 0:15 per caption", "Maximum length = 2:00" (a guideline's limit, in no footage).
_BARE_BOUND_BEFORE = regex(
    r"(?:^|[\s;,(•:/-])(?:max(?:imum)?|minimum)\.?(?:\s+(?:duration|length|display\s+time|run\s?time|running\s+time"
    r"|gap|clip\s+length))?[^\S\n]*[:=]?[^\S\n]*$", _I)


def _recording_limit(c: _Clock) -> bool:
    """A camera's or a platform's recording limit (not "at 29:59 the limit warning shows"), a setting's bound or its
    new value ("auto-save interval is now 2:00"), or a time in any file of a kind ("Seeking past 59:59 in files
    longer than an hour": release notes' limits, in no one footage)."""
    return (c.may_end(_LIMIT_STEMS) and c.ends(_LIMIT_BEFORE, 70) and not c.ends(_ONE_RECORDING_STOPS_BEFORE, 70)) or (
        _LIMIT_AFTER.match(c.after) is not None and not c.ends(_POSITION_BEFORE)) or (
        c.may_end(_SETTING_BOUND_STEMS) and (c.ends(_SETTING_BOUND_BEFORE, 90) or c.ends(_BARE_BOUND_BEFORE, 40))) or (
        "now" in c.folded_before and c.ends(_SETTING_NOW_BEFORE, 70)) or _IN_ANY_FILE_AFTER.match(c.after) is not None


# A setting's length said to be its new value: "Default auto-save interval is now 2:00", "Minimum clip length in the
# trimmer is now 0:00:00:10".
_SETTING_NOW_BEFORE = regex(
    r"\b(?:interval|length|duration|time-?out|delay|limit)\b[^.;!?\n\d]{0,40}?\bis\s+now\s+$", _I)
# A time in files of a kind, plural with no determiner: "past 59:59 in files longer than an hour".
_IN_ANY_FILE_AFTER = regex(
    r"\s+in\s+(?:files|videos|clips|recordings|streams|projects)\s+(?:longer|shorter|over|under|with|of|that)\b", _I)


# What a bracketed length holds, told after it inside the bracket: "is up (1:58:40 with the build-up)" (round 204),
# "(43:27 incl. adverts)".
_HELD_IN_BRACKET = regex(
    r"[ \t]+(?:incl\.|inc\.|including|excl\.|excluding|with|w/|plus|without)[ \t][^()\n]{1,40}?[)\]]", _I)


def _work_length_told(c: _Clock) -> bool:
    """A work's length in brackets after its noun, in a citation's length field, or judged ("a tidy 3:58"); a
    heading's or a list entry's work told beside its length (round 114)."""
    return (_judged_length(c) and not c.opens_range) or _paren_after_work(c) or _cited_length_field(c) \
        or (c.before.endswith(("(", "[")) and (c.after.startswith((")", "]")) or _HELD_IN_BRACKET.match(c.after))
            and c.ends(_POSTED_WORK_PAREN_BEFORE, 60)) \
        or _heading_bracket_length(c) or _noun_labelled_length(c) \
        or _counted_entry_length(c) \
        or _length_put_right(c)  # "(no commentary, 38:12)", "– 3:00 song,", '"Porchlight" — 3:30, 41M views'


def _length_put_right(c: _Clock) -> bool:
    """A sentence that is only "It is N." right after one telling a length: the length put right ("An earlier version
    gave the length of the clip as 2:14. It is 2:41." (round 50)), not a time asked for ("What time is it? It is
    2:41.") nor a place in the work ("It is 2:41 in")."""
    return _LENGTH_PUT_RIGHT_BEFORE.fullmatch(c.before) is not None \
        and _SENTENCE_CLOSED_AFTER.match(c.after) is not None \
        and _LENGTH_TOLD_BEFORE.search(c.text, max(0, c.b - LENGTH_TOLD_CHARS), c.b) is not None


# How far back the sentence telling the length may start.
LENGTH_TOLD_CHARS = 160
_LENGTH_PUT_RIGHT_BEFORE = regex(
    rf"\s*(?:It|That)(?:\s+(?:is|was)|['’]s)\s+(?:(?:actually|in\s+fact|really|correctly)\s+)?(?:(?:{HEDGE})\s+)?", _I)
_SENTENCE_CLOSED_AFTER = regex(r"[ \t]*(?:long[ \t]*)?(?:[.!]|\n|$)", _I)
# A length told in the sentence before, ended there: "... gave the length of the clip as 2:14."
_LENGTH_TOLD_BEFORE = regex(
    r"\b(?:length|running\s+time|run\s*time|runtime|duration|runs|ran|lasts|lasted|long)\b[^.!?\n]{0,40}"
    r"\d{1,2}:\d\d(?::\d\d)?[^\S\n]*[.!][^\S\n]*$", _I)


# A list entry's work told by a time as the adjective of its noun right after the entry's dash (round 114): "1. 1996 –
# 3:00 song, drew 18th" (not "2:10 Video of the crash", a chapter line's stamp, nor "Derby clip – 1:05 goal", what
# happens there). (A bracket "(video 1:12)" after prose stays a position: rounds 110 and 113.)
_ENTRY_DASH_BEFORE = regex(r"(?:^|\n)[^\S\n]*(?:\d{1,2}[.)]|[-*•])?[^\n]{1,60}?[^\S\n][–—-][^\S\n]*$")
_NOUN_ENDS_ENTRY_AFTER = regex(
    rf"^[^\S\n]+(?:{LENGTH_MEDIA}|{_PLAYED_THING})s?(?=[^\S\n]*(?:[,;)\n]|$))", _I)


def _noun_labelled_length(c: _Clock) -> bool:
    """A list entry's work told by its noun after its length: "– 3:00 song, drew 18th"."""
    return not c.opens_range and _NOUN_ENDS_ENTRY_AFTER.match(c.after) is not None \
        and c.ends(_ENTRY_DASH_BEFORE, 70)


# A ranked work's entry told as a card (round 118): a field's dash or comma, the time, then the work's count of views
# or plays as the next field: '1. "Harbour Lights" (2019) – 4:32 – 212M views', '"Porchlight" — 3:30, 41M views',
# '— 3:41 (58M views)' (the count told first is _COUNT_LISTED_BEFORE's).
_ENTRY_FIELD_BEFORE = regex(r"(?:[–—-]|,)[^\S\n]*$")
_COUNT_FIELD = (r"[^\S\n]*(?:,|[–—·|(-])[^\S\n]*\d{1,3}(?:[.,]\d{1,3})*(?:[KMBkmb]|bn|\s?(?:million|billion|thousand))?"
                + _COUNT_WORD + r"\b")
_COUNT_FIELD_AFTER = regex(_COUNT_FIELD, _I)
# The slot right after an entry's quoted title (and its year) and dash: '3. "Dune Radio" — ', '- "Salt" (2021) – '.
# (single quotes too, and a note before the year: "3. ‘The Long Acre’ (live, 2019) – ", round 124)
_TITLE_SLOT = (r"[^\S\n]*(?:\d{1,3}[.)]|[-*•])[^\S\n]*(?:[\"“][^\"”\n]{1,80}[\"”]|‘[^\n]{1,80}?’)"
               r"(?:[^\S\n]*\((?:[^()\n]{1,20},[^\S\n]*)?(?:19|20)\d\d\))?[^\S\n]*[–—-][^\S\n]*")
_TITLE_SLOT_BEFORE = regex(_TITLE_SLOT)
# A sibling entry whose time in that slot is told as its length: '1. "Glass Highway" — 4:05 long', '— 3:30, 41M views'.
_SLOT_LENGTH_LINE = regex(
    r"(?:^|(?<=\n))" + _TITLE_SLOT + r"\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:[^\S\n]+long\b|" + _COUNT_FIELD + ")", _I)


def _counted_entry_length(c: _Clock) -> bool:
    """A list entry's time before its count of views or plays, or in the slot after its quoted title where its
    list's other entries tell their lengths (round 118: '3. "Dune Radio" — 5:12; the bridge, 3:40–4:10, ...' under
    '1. "Glass Highway" — 4:05 long, 88M views'): the work's length. A ranked list of moments in one compilation
    tells no length in that slot and keeps its times."""
    if c.opens_range or c.bare != c.begin:
        return False
    if _COUNT_FIELD_AFTER.match(c.after) is not None and c.ends(_ENTRY_FIELD_BEFORE, 8):
        return True
    text = c.text  # (the line read whole: a list's number may stand as a sentence of its own)
    if _TITLE_SLOT_BEFORE.fullmatch(text, text.rfind("\n", 0, c.begin) + 1, c.begin) is None:
        return False
    # the entry's list: its paragraph
    lo = text.rfind("\n\n", max(0, c.begin - SLOT_LIST_CHARS), c.begin)
    lo = max(0, c.begin - SLOT_LIST_CHARS) if lo < 0 else lo
    hi = text.find("\n\n", c.end, c.end + SLOT_LIST_CHARS)
    hi = min(len(text), c.end + SLOT_LIST_CHARS) if hi < 0 else hi
    return _SLOT_LENGTH_LINE.search(text, lo, hi) is not None or _playlist_heading(text, lo, c.begin)


def _playlist_heading(text: str, lo: int, entry: int) -> bool:
    """The lines above the entry's list, from ``lo``, name a playlist or an album, and no footage (round 124: "Sunday
    drive playlist, lads\n1. ‘Ballyfin Rain’ – 3:42"): each entry's time is its track's length (not "Setlist of the
    concert film:\n1. 'Song' – 3:42", where each song starts in the footage)."""
    first = _TITLE_SLOT_LINE.search(text, lo, entry)
    if first is None:
        return False
    head = first.start()
    if not text[lo:head].strip():  # the heading over a blank line: "The album, track by track\n\n1. ..."
        reach = max(0, lo - SLOT_LIST_CHARS)  # (only the text within reach is cut: a page of lists)
        lo = max(reach, text.rfind("\n", reach, max(reach, reach + len(text[reach:lo].rstrip()) - 1)) + 1)
    # (not a mix's tracklist, whose entries climb from "0:00": where each track starts in the mix)
    return _PLAYLIST_WORDS.search(text, lo, head) is not None and not footage_word(text, lo, head) \
        and _ZERO_SLOT_LINE.search(text, head, entry + 200) is None


_TITLE_SLOT_LINE = regex(r"(?:^|(?<=\n))" + _TITLE_SLOT)
_ZERO_SLOT_LINE = regex(r"(?:^|(?<=\n))" + _TITLE_SLOT + r"0?0:00(?![\d:])")
_PLAYLIST_WORDS = regex(
    r"\b(?:play-?lists?|track-?lists?|track\s+listing|set-?lists?|mix-?tapes?|albums?|(?-i:EP|LP)s?|songs|tracks)\b",
    _I)


# How far from an entry its list's other entries are read.
SLOT_LIST_CHARS = 1500


# A text's heading closing on a bracket whose last item is a bare time (round 114): "Walkthrough chapters – Forest
# Temple (no commentary, 38:12)" over the chapters' stamps (not "Derby highlights (goal at 2:10)": a word places it);
# the item may follow a semicolon, the lines a blank line (round 139's transcripts: "— Ep. 92 with Coach X (Descript
# transcript, 48:16)\n\n[00:00:00.000] ...", "(programme ran 7am–9am; recording 1:58:40)\n\n(00:00) HOST: ...").
_HEADING_BRACKET_BEFORE = regex(
    r"\((?![^()\n]*\b(?:at|from|to|in|into|on|around|about|near|skip|watch|see|jump|until|till|by|starts?|begins?)\b)"
    r"[^()\n:]{1,50}?[,;][^\S\n]*"
    # (the item labelled by the work or its length: "; recording 1:58:40", ", full video 48:16", ", runtime 38:12")
    rf"(?:(?:(?:full|whole|complete|total)[^\S\n]+)?(?:{LENGTH_MEDIA}|audio|length|run\s*time|running\s+time|duration)"
    r"[^\S\n]*:?[^\S\n]*)?$", _I)
_HEADING_BRACKET_AFTER = regex(r"\)[^\S\n]*\n\s*\S")


def _heading_bracket_length(c: _Clock) -> bool:
    """The text's first line closes on a bracket ending with a bare time, lines follow: the heading's video length."""
    # (the first line's end is found from the start: a slice of all the text before every clock was quadratic)
    return c.text.find("\n", 0, c.begin) < 0 and _HEADING_BRACKET_AFTER.match(c.text, c.end) is not None \
        and not c.opens_range and (c.ends(_HEADING_BRACKET_BEFORE, 60) or _heading_bare_bracket(c))


def _heading_bare_bracket(c: _Clock) -> bool:
    """The heading's bracket holds the time alone over a list of lines opened by stamps, every time below earlier
    (round 145: "Matatu Art Nairobi 🇰🇪 | short doc (14:52)\nTimestamps:\n00:00 Town, 6am\n02:18 ...\n12:10 Credits"):
    the length the chapters fall within (not "The crash (0:45)\n0:00 Intro\n1:10 Replay", a time the list passes)."""
    if not c.before.endswith("(") or not c.after.startswith(")"):
        return False
    this = _whole_seconds(TIMECODE.match(c.text, c.bare))
    stamped = 0
    for m in TIMECODE.finditer(c.text, c.end):
        if _whole_seconds(m) >= this:
            return False
        line = c.text.rfind("\n", 0, m.start()) + 1
        first = TIMECODE.search(c.text, line)
        if first is not None and first.start() == m.start() and _OPENS_WITH_TIME.match(c.text, line) is not None:
            stamped += 1
    return stamped >= MIN_STAMPED_LINES


# How many stamped lines the heading's list must hold.
MIN_STAMPED_LINES = 3


# A work said to be posted, then a bracket: "Sportsnet's recap is up (", "the highlights are out (", "Official video is
# finally up [", "condensed game just dropped (" (round 94): its running time follows.
_POSTED_WORK_PAREN_BEFORE = regex(
    rf"\b(?:{LENGTH_MEDIA}|{MEDIA_NOUN}|{_PLAYED_THING})\s+(?:(?:is|are|was|were|has|have|just|now|finally|been)\s+)*"
    r"(?:up|out|live|online|posted|uploaded|dropped|released)\s*[(\[]$", _I)


_DATA_CELL_BEFORE = regex(r"\s*<(?:td|dd)\b[^<>]{0,60}>\s*", _I)


def _with_row_header(c: _Clock) -> str:
    """The words before the clock; for a clock opening an HTML data cell, a sentence of its own, the row's header
    cell before it too ("<th>Running time</th><td>9:40" (round 52))."""
    return c.text[max(0, c.b - NEAR_CHARS):c.bare] if _DATA_CELL_BEFORE.fullmatch(c.before) else c.before


# The work a text's timestamps are said to refer to, then a bracket: "Timestamps refer to the episode audio (", "Times
# refer to the viral TikTok clip (27 seconds) and the Nairobi City County livestream (" (rounds 52, 55).
_TIMES_REFER_TO_PAREN = regex(
    r"\b(?:time-?stamps?|times|timecodes?|timings?)\s+(?:(?:here|below|above|given|quoted|cited)\s+)?"
    r"(?:refer|relate|correspond)\s+to\s+(?:both\s+)?(?:the|this|that|our|its|their)\s+"
    r"(?:[^()\n.;:!?]|\([^()\n]{1,30}\))*?\($", _I)

TIMES_REFER_CHARS = 160


def _times_refer_to(c: _Clock) -> bool:
    """The bracket before the time follows the work the text's timestamps are said to refer to (its sentence read
    back at most ``TIMES_REFER_CHARS``, past a bracket of another work's length)."""
    floor = max(c.b, c.bare - TIMES_REFER_CHARS)
    return "refer" in c.text[floor:c.bare].lower() and _TIMES_REFER_TO_PAREN.search(c.text, floor, c.bare) is not None


def _footage_length(c: _Clock) -> str | None:
    """The length of a video or clip: "runs 48:12", "a 4:12 video", "The clip (1:12) was shared"."""
    before, after = _with_row_header(c), c.after
    if (_LENGTH_BEFORE.search(before) and not c.opens_range) or _LENGTH_AFTER.match(after) or _length_against(c) \
            or (" the " in after and _NAMED_LENGTH_AFTER.match(after)) or (
        _COMPARED_LENGTH_BEFORE.search(before)
    ) or (before.endswith(", ") and (_LENGTH_LISTED_BEFORE.search(before) or (
                (_COUNT_LISTED_BEFORE.search(before) or _SONG_APPOSED_BEFORE.search(before, max(0, len(before) - 80)))
                and _FIELD_ENDS_AFTER.match(after)))) \
            or _bracketed_as_the_work(c) or _whole_work_field(c) or _label_says_length(c) \
            or (_judged_length(c) and not c.opens_range) \
            or (c.before.endswith("of ") and c.ends(_A_WORK_OF_BEFORE, 60) and not c.opens_range
                and not _PLACED_IN_AFTER.match(c.after)):
        # (and a reviewer's word on it: "On the album it is a tidy 3:58", "the cut we saw was a bloated 2:48:00")
        return "footage length"
    if before.endswith((" a ", " an ", "A ", "An ")) and _QUOTED_TITLE_AFTER.match(after):
        return "footage length"  # "a 4:12 "how to fold a frog"": a video's length, then its title
    if c.may_end(_CHANGED_LENGTH_STEMS) and (
            c.ends(_RUNTIME_CHANGE_BEFORE, 60) or c.ends(_CUT_DOWN_BEFORE, 60) or c.ends(_TOTAL_BEFORE, 60)):
        return "footage length"  # "trims the runtime to 1:58:00 from 2:04:30", "cut down to 24:30", "Total video 12:48"
    if before.rstrip().endswith((",", ":")) and c.ends(_TITLED_MEDIA_BEFORE, 80) and (
            _ENDS_ITEM.match(c.after) or _CAPTION_META_AFTER.match(c.after)) and not c.opens_range:
        # "STILL WATERS (2025) — short film, 9:45": a title line's running time (a stretch is none: "4. 90-second
        # power cut, 2:10:05–2:11:35")
        return "footage length"
    if _PER_MEDIA_AFTER.match(after) or (c.may_end(_KEPT_UNDER_STEMS) and c.ends(_KEPT_UNDER_BEFORE)) \
            or _recording_limit(c) or (("past" in before or "over" in before or "beyond" in before
                                        or "than" in before) and c.ends(_NOT_PAST_BEFORE, 70)):
        return "footage length"  # a limit: "for up to 29:59 per clip", "Keep clips under 4:00"
    # (every test here needs a bracket right before the time: the first three patterns end with "\($", which $ lets
    # stand before a last newline)
    if before.endswith(("(", "[", "(\n")) and (
            _QUOTED_TITLE_PAREN.search(before) or quoted_title_paren(before)
            or _length_inside_quoted_title(before, after) or (before.endswith("(") and _SENTENCE_ENDS_AFTER.match(after)
                and _QUOTED_TITLE_SENTENCE_PAREN.search(c.text, max(c.b, c.bare - 220), c.bare)) or (
            before.endswith("(") and _CLAUSE_ENDS_AFTER.match(after) and _DASHED_WORK_PAREN.search(before)) or (
            before.endswith("(") and _NUMBERED_PART_TITLE_PAREN.search(before)) or (
            before.endswith(("(", "[")) and c.ends(_LONG_ASIDE_BEFORE)) or (
            before.endswith("(") and _CLAUSE_ENDS_AFTER.match(after) and _times_refer_to(c))):
        # "The new trailer for 'Dune: Part Three' (2:54)", "'Blue Hour' (4:05) by"; "Timestamps refer to the episode
        # audio (58:21)": the work the text's times are in, its length
        return "footage length"
    if _work_length_told(c):
        # "The clip (1:12) shows smoke at 0:40"; '<ref>"Tutorial". YouTube, 22:31.</ref>'; "On the album it is a tidy
        # 3:58", "the cut we saw was a bloated 2:48:00"
        return "footage length"
    if _MEDIA_AFTER.match(after) and c.text[c.bare:c.bare + 1].isdigit() and not c.opens_range \
            and (c.ends(_DETERMINER_BEFORE) or c.ends(_WORK_NAMED_BEFORE)):
        # (the anchored test first: it rarely holds) "the band's track, 1:12 version"; the determiner the time's own,
        # not a phrase's before it: "accepted that for about 15 seconds starting at 4:10 in clip 3 ..." (round 81);
        # a stretch is no length ("Part A   00:00 – 09:15   Recap of ...": a course outline's part, round 86)
        return "footage length"
    if (c.may_end(_COUNTED_PARTS_STEMS) and c.ends(_COUNTED_PARTS_BEFORE, 40)) or _COUNTED_PARTS_AFTER.match(after) \
            or _each_counted_length(c):
        return "footage length"  # "(Cormorant Records, 11 tracks, 44:03)": a release's count of parts, then its length
    # (or in brackets after the track: "a 1997 Spice Girls single (3:56 on the album, ...)")
    if _ON_RELEASE_AFTER.match(after) and (c.ends(_IS_BEFORE, 40) or c.ends(_PAREN_AFTER_WORK)
                                           or c.ends(_APPOSED_WORK_BEFORE, 40)):
        return "footage length"  # "The Drowned Choir theme is 6:48 on the OST": a track's length on its release
    if _metadata_item(c) or _labelled_metadata_sentence(c) or _subject_paren_length(c) or _labelled_item_length(c) \
            or _production_note_length(c) or _stream_pair_length(c) or _taglish_predicate_length(c):
        # "Episode 87 · 1:01:14 · Recorded ...", "The condensed game (9:58) has ... at 6:41"; "3:58 yung full song sa
        # Spotify": "the full song is 3:58" (round 158)
        return "footage length"
    if c.text[c.b:c.begin].rstrip().endswith(_DASHES) and (
            _TITLE_DASH.fullmatch(c.text, c.b, c.begin)
            or _NUMBERED_WORK_DASH.fullmatch(c.text, c.text.rfind("\n", 0, c.begin) + 1, c.begin)) \
            and (_ENDS_ITEM.match(after) or _DATED_ITEM_AFTER.match(after)) and not c.opens_range:
        # "Official teaser — 1:12." as a listing; "Ep 2: Arranger Desmond Clarke on 'Sweet Bim' – 24:10" (round 186)
        return "footage length"
    if _titled_under_lengths_label(c) or _track_under_release_label(c):
        return "footage length"  # "Original lengths, since people asked: “If U Need It” 3:18, “Slow Burner” 4:02"
    if _track_listing_item(c) or _bracketed_list_item(c) or (
            "end" in c.folded_before and c.ends(END_OF_RECORDING_BEFORE, 60) and not _placed_at_end(c)) \
            or _adds_up_to_total(c) or _embed_label_length(c) or _watch_line_length(c):
        # "Track listing: 1. "Ash" – 3:41  2. "Coldwater" – 4:12", "[End of tape, 24:16]"; "[VIDEO: Lifeboat crew
        # reach stricken trawler (4:52)]" (round 108); "WATCH: Our drone video (2:14) shows ..." (round 136)
        return "footage length"
    return None


# A whole work named in Taglish after its article (not a part of it: "yung sampal scene", "yung part na").
_TAGLISH_WHOLE_WORK = (r"(?:songs?|kanta|awit|tracks?|episodes?|ep|videos?|vids?|clips?|movies?|pelikula|vlogs?|mv|"
                       r"music\s+video|teleserye|podcast)")
# Tagalog puts the predicate first: "3:58 yung full song" is "the full song is 3:58", "45:10 lang yung buong episode"
# "the whole episode is only 45:10", "10:02 ang buong video" (round 158).
_TAGLISH_SUBJECT_AFTER = regex(
    r"^[ \t]+(?:(?:lang|lng|na|ata|yata)[ \t]+)?(?:yung|['’]yung|iyong|yong|ung|ang)[ \t]+"
    r"(?:(?:full|buong|whole|entire|original|official)[ \t]+(?:na[ \t]+)?)?"
    rf"{_TAGLISH_WHOLE_WORK}\b", _I)
# A time placed in the work, not a predicate: "at 18:40 yung sampal scene", "sa 6:30", "from 2:05 hanggang 2:40".
_PLACED_AT_BEFORE = regex(r"(?:^|[\s(])(?:at|sa|@|from|mula|hanggang|to|until|till|by)\s+$", _I)


def _taglish_predicate_length(c: _Clock) -> bool:
    """A time told as the predicate of a whole work after its Taglish article: "3:58 yung full song sa Spotify" (round
    158), that work's length (not "at 22:10 yung sampal scene", a position placed by "at")."""
    return ("y" in c.after[:12] or "ang" in c.after[:12]) and not c.opens_range \
        and _TAGLISH_SUBJECT_AFTER.match(c.after) is not None and not c.ends(_PLACED_AT_BEFORE, 12)


def _embed_label_length(c: _Clock) -> bool:
    """A page's embed placeholder, a bracketed line naming the player, its title, then the time closing it: "[VIDEO:
    Lifeboat crew reach stricken trawler (4:52)]", "[Embedded video — "Driver talks rider down" — 1:58]" (round 108):
    the embedded video's length (not "[Video: the fall is at 0:42]", a time placed by a word before it)."""
    after = c.after.lstrip(" )")
    if not after.startswith("]") or after.startswith("](") or c.opens_range or c.bare != c.begin:
        # (nor a Markdown link's text: "[watch (3:15)](https://youtu.be/abc?t=195)", a position)
        return False
    line = c.text.rfind("\n", 0, c.bare) + 1
    return _EMBED_LABEL_BEFORE.fullmatch(c.text, line, c.bare) is not None or _inline_embed_label(c, line)


def _watch_line_length(c: _Clock) -> bool:
    """A news page's line opened by a "WATCH:" or "VIDEO:" label naming its embedded video, the time in brackets
    right after the video's noun: "WATCH: Our drone video (2:14) shows the Mary River spilling ..." (round 136), the
    video's length (not "WATCH: Our drone video shows the river at 0:45", a time placed in it)."""
    if not c.before.endswith(_OPENED) or not c.after.startswith(")") or c.opens_range:
        return False
    reach = max(0, c.begin - WATCH_LINE_CHARS)
    newline = c.text.rfind("\n", reach, c.begin)
    if newline < 0 and reach > 0:
        return False  # (the label opens its line a few words before: a line this long holds none)
    return _WATCH_LINE_BEFORE.fullmatch(c.text, newline + 1, c.begin) is not None


# How far back a "WATCH:" line's opening may be from the bracket (its label, a few words, the work's noun).
WATCH_LINE_CHARS = 200


# The line's label, a few words of its own sentence, the work's noun, then the bracket: "WATCH: Our drone video (".
_WATCH_LINE_BEFORE = regex(
    rf"[^\S\n]*[*_]{{0,2}}(?:watch|video|watch\s+video)[*_]{{0,2}}\s*[:|—–-]\s*[*_]{{0,2}}[^\n.!?()]{{0,60}}?"
    rf"\b(?:{LENGTH_MEDIA}|{PLATFORM_WORK})\s*\($", _I)


def _inline_embed_label(c: _Clock, line: int) -> bool:
    """The placeholder set in a paragraph's running text, opening after a sentence's close (round 115): "... (appeal
    no. 2025/0441). [VIDEO: Sub-council meeting, 2:14:30] The livestream shows ..." (not "the car drifts [video,
    0:19] before", a bracket inside a sentence)."""
    opening = c.text.rfind("[", line, c.bare)
    return opening > line and _SENTENCE_CLOSED_BEFORE.search(c.text, max(line, opening - 4), opening) is not None \
        and _EMBED_LABEL_BEFORE.fullmatch(c.text, opening, c.bare) is not None


# A sentence closed right before the placeholder's bracket: ". [", "!) [", '?" ['.
_SENTENCE_CLOSED_BEFORE = regex(r"[.!?][)\"”’']?[ \t]+$")


# The placeholder's head ("[VIDEO:", "[Embedded video —", "[Watch:", "[AUDIO |"), its title, then a bracket, a dash,
# a comma or a middle dot right before the time.
_EMBED_LABEL_BEFORE = regex(
    rf"[^\S\n]*\[\s*(?:(?:embedded|embed|featured|related|inline)\s+)?(?:watch\s*[:|—–-]\s*)?"
    rf"(?:{LENGTH_MEDIA}|watch|player|audio)\b\s*(?:[:|—–-]\s*)?[^\]\[\n]*?\w[^\]\[\n]{{0,160}}?(?:\(|,\s*|[\s\"”](?:—|–|-|·|\|)\s*)",
    _I)


# A file's audio and video streams, each told by its time, the one against the other (round 108): "MediaInfo says audio
# 1:52.68, video 1:52.04", "if the audio stream is 1:52.7 and video 1:52.0" (not "the clap lands at audio 0:45.3,
# video 0:45.9", a sync point in each).
_STREAM = r"(?<!\bat\s)(?<!\bto\s)(?<!\bfrom\s)\b(?P<{0}>audio|video)(?:\s+(?:stream|track))?\s*(?:(?:is|was|:|=)\s*)?"
_STREAM_PAIR_GAP = r"\s*(?:,|;|/|\band\b|\bbut\b|\bvs\.?|\bversus\b|\bwhile\b)\s*(?:the\s+)?"
_STREAM_BEFORE = regex(_STREAM.format("s") + "$", _I)
_STREAM_PAIR_BEFORE = regex(_STREAM.format("s") + r"\d[\d:.]*" + _STREAM_PAIR_GAP + _STREAM.format("t") + "$", _I)
_STREAM_PAIR_AFTER = regex(r"^" + _STREAM_PAIR_GAP + _STREAM.format("t") + r"\d", _I)


def _stream_pair_length(c: _Clock) -> bool:
    """The time after one stream's name, set against the other stream's time just before or after it."""
    if "audio" not in c.folded_before and "video" not in c.folded_before:
        return False
    pair = _STREAM_PAIR_BEFORE.search(c.before)
    if pair is not None:
        return pair.group("s").casefold() != pair.group("t").casefold()
    label, other = _STREAM_BEFORE.search(c.before), _STREAM_PAIR_AFTER.match(c.after)
    return label is not None and other is not None and label.group("s").casefold() != other.group("t").casefold()


# A transcript's bracketed note naming a break or a music bed, then a time (round 108): "[MUSIC BED 0:45]", "[Ad break
# — 0:45]", "[Commercial break – 2:00]" (not "[inaudible 00:04:05]", a note of another kind).
_PRODUCTION_NOTE_BEFORE = regex(
    r"\[[^\[\]\n\d]{0,30}?\b(?:break|bed|music|stings?|stingers?|jingles?|bumpers?|promos?|idents?|"
    r"(?:sponsor|sponsorship)\s+(?:message|read|spot)|station\s+id)[ \t]*[:,—–-]?[ \t]*$", _I)
_NOTE_CLOSED_AFTER = regex(r"[ \t]*\]")
# A stamp opening a transcript's turn, its own line or a label's: "[00:01:39] HOST:", "Wanjiru Kamau (01:40):".
_TURN_STAMP_LINE = regex(
    r"^[ \t]*[\[(]?[ \t]*(?P<t>(?:\d{1,2}:)?\d{1,2}:[0-5]\d)[ \t]*[\])]?[ \t]+\S"
    r"|^[^\n\d]{2,60}\([ \t]*(?P<u>(?:\d{1,2}:)?\d{1,2}:[0-5]\d)[ \t]*\)[ \t]*:", re.MULTILINE)
# How far back the turn stamp a note's time is set against may stand.
NOTE_STAMP_CHARS = 1200


def _production_note_length(c: _Clock) -> bool:
    """A bracketed note naming a break or a bed, the time closing it, behind the stamp of the turn just before:
    "[00:01:39] HOST: ... after the news\n\n[MUSIC BED 0:45]": how long the bed runs, not where (a note going on from
    the stamps, "[THEME MUSIC 00:07:20]" after 00:07:15, may be where the music comes in)."""
    if not c.before.endswith(("[", " ", "\t", ":", ",", "—", "–", "-")) or not _NOTE_CLOSED_AFTER.match(c.after) \
            or c.opens_range or not c.ends(_PRODUCTION_NOTE_BEFORE, 40):
        return False
    stamps = list(_TURN_STAMP_LINE.finditer(c.text, max(0, c.begin - NOTE_STAMP_CHARS), c.begin))
    if not stamps:
        return False
    last = stamps[-1]
    stamp = TIMECODE.search(c.text, last.start("t") if last.group("t") else last.start("u"))
    return stamp is not None and _whole_seconds(TIMECODE.search(c.text, c.bare, c.end)) < _whole_seconds(stamp)


_POSTED_VERB = (r"(?:post|posts|posted|put|share|shares|shared|upload|uploads|uploaded|release|released|drop|dropped|"
                r"made|make|film|filmed|shot|send|sent|publish|published|tweet|tweeted|circulate|circulated)")


def _modified_work_before(before: str, near: int) -> bool:
    """A work's noun, what it shows or who posted it, then the bracket (see _PAREN_AFTER_MODIFIED_WORK)."""
    m = _PAREN_AFTER_MODIFIED_WORK.search(before, near)
    return m is not None and m.group("inside") is None


def _paren_after_work(c: _Clock) -> bool:
    """"The clip (1:12) shows smoke at 0:40", "The director's cut (2:31:00) adds a prologue": a work's length in
    brackets right after its noun, an inline element inside them read through ('The tutorial (<time
    datetime="PT18M40S">18:40</time>) covers')."""
    before, after = c.before, c.after
    if before.endswith(">") and after.startswith("</"):
        before, after = _peel_inline(before, after)
    elif before.endswith(_EMPHASIS_OPENED) and after.startswith(_EMPHASIS_CLOSED):
        mark = len(before) - len(before.rstrip("*_`"))  # 'video (**11:26**) walks': the emphasis read through
        before, after = before[:-mark], after[mark:]
    if before.endswith(", ") and _PROVENANCE_OR_CLOSE_AFTER.match(after) is not None \
            and _SOURCE_FIELD_BEFORE.search(before, max(0, len(before) - NEAR_CHARS)) is not None:
        return True  # "Video 1 (Facebook, 1:58, posted 17:34 SAST)", "the repost (Telegram, 0:52)" (round 123)
    if not before.endswith(_OPENED) or _PART_IN_MEDIA_BEFORE.search(before, max(0, len(before) - 60)) is not None:
        return False
    if _VERSION_OF_WORK_BEFORE.search(before, max(0, len(before) - 90)) is not None:
        return True  # "a longer version of his video (4:12)": a version named by its length
    if _PROVENANCE_AFTER.match(after) is not None and (
            _PAREN_AFTER_WORK.search(before, max(0, len(before) - NEAR_CHARS)) is not None
            or _LABELLED_WORK_BEFORE.search(before, max(0, len(before) - NEAR_CHARS)) is not None):
        return True  # "Video A (1:24, first posted on X at 14:52)", "the clip (0:38, shared on WhatsApp)"
    near = max(0, len(before) - NEAR_CHARS)
    return (_PAREN_AFTER_WORK.search(before, near) is not None
            or _modified_work_before(before, near)) and (
        _PAREN_LENGTH_AFTER.match(after) is not None or _LATER_TIMECODE.search(c.text, c.end, c.e) is not None
        or _PAREN_THEN_VERB.match(after) is not None or _LINKED_WORK_BEFORE.search(before) is not None
        or _LINK_AFTER_PAREN.match(after) is not None
        or _CITED_SOURCE_AFTER.match(after) is not None or _in_ref(c)
        or _PRESENTED_WORK_BEFORE.search(before, max(0, len(before) - 90)) is not None)


# A work handed to the reader, then its bracket: "Here's the kapa haka festival video (2:31:40) with what to watch"
# (round 127, its apostrophe an HTML entity there), "Below is the full council webcast (1:52:10)": the length of
# what is given, not a place in it.
_PRESENTED_WORK_BEFORE = regex(
    rf"(?:^|(?<=[\s>(\[\"“]))(?:here(?:['’]|&(?:rsquo|#8217|#39|apos);)s|here\s+is|here\s+are|below\s+is|above\s+is|check\s+out|watch)\s+"
    rf"(?:(?:the|our|my|a|an|this|their|today['’]s|last\s+night['’]s)\s+)?"
    rf"(?:(?!(?:where|when|how|what|why|who|which)\b)[\w'’&;-]+\s+){{0,4}}?"
    rf"{LENGTH_MEDIA}s?\s*[(\[]$", _I)


# A citation's source after the work and its length: "Reveal trailer (2:36), Hollowfen official channel", "Launch
# stream (1:02:11). Retrieved 4 May".
_CITED_SOURCE_AFTER = regex(
    r"^\)\s*[,.;]\s*[^()\n\d:]{0,60}?\b(?:channel|YouTube|Vimeo|Twitch|uploaded|posted|published|retrieved|"
    r"accessed|archived)\b", _I)
# How far back a citation's opening tag may be.
REF_TAG_CHARS = 300


def _in_ref(c: _Clock) -> bool:
    """The bracket is inside a wiki citation ("<ref>Reveal trailer (2:36) ...</ref>"): a cited work and its length."""
    return c.after.startswith(")") and _ref_open(c)


def _ref_open(c: _Clock) -> bool:
    """The time is inside a wiki citation, its ``<ref>`` opened and not yet closed."""
    lo = max(0, c.begin - REF_TAG_CHARS)
    opened = c.text.rfind("<ref", lo, c.begin)
    return opened >= 0 and c.text.rfind("</ref>", opened, c.begin) < 0


def _cited_length_field(c: _Clock) -> bool:
    """A citation's field that is its work's length, between the fields' commas: '<ref>"Any% tutorial". YouTube,
    22:31.</ref>', "<ref>Launch stream, Twitch, 1:02:11, retrieved 4 May.</ref>" (not a place the citation points
    at: "<ref>Interview at 14:20.</ref>")."""
    return c.before.endswith((", ", "; ")) and _CITATION_FIELD_AFTER.match(c.after) is not None and _ref_open(c) \
        and c.text[c.bare:c.bare + 1].isdigit()


# The field closed after the time: a comma, a full stop or the citation's end.
_CITATION_FIELD_AFTER = regex(r"\s*(?:[.,;](?!\d)|</ref>)", _I)


def _peel_inline(before: str, after: str) -> tuple[str, str]:
    """``before`` and ``after`` without the inline element wrapping the time between them ('<time
    datetime="PT18M40S">' and '</time>', '<b>' and '</b>'): what the words around the element read."""
    opened, closed = _INLINE_OPEN_TAIL.search(before), _INLINE_CLOSE_HEAD.match(after)
    if opened is None or closed is None or opened.group("tag").lower() != closed.group("tag").lower():
        return before, after
    return before[:opened.start()], after[closed.end():]


_INLINE_OPEN_TAIL = regex(r"<(?P<tag>time|span|b|strong|em|i|code|mark)\b[^<>]{0,200}>$", _I)
_INLINE_CLOSE_HEAD = regex(r"</(?P<tag>time|span|b|strong|em|i|code|mark)\s*>", _I)


def _titled_under_lengths_label(c: _Clock) -> bool:
    """A time just after a quoted title, in a sentence a label of lengths opens ("Original lengths for reference:
    “If U Need It” 3:18, “Sincere” 6:41"): each work's own length, listed, not a position in the mix or page's
    footage."""
    return c.before.rstrip(" \t").endswith(_CLOSING_QUOTES) \
        and _LENGTHS_LABEL.search(c.text, max(c.b, c.bare - LENGTHS_LABEL_CHARS), c.bare) is not None


def _track_under_release_label(c: _Clock) -> bool:
    """A track's title and its time in a list a release's label opens ("Studio versions are on the album Winter in
    Soweto (2025): Ntombi Yami 6:14, Ke Nako 5:58"): each track's length on the record, not a position in the concert
    the page is about. The list runs from the label's colon to the time, items of a title and a time set apart by
    commas, and the item ends at a comma, a stop or the line's end."""
    if not _LIST_ITEM_END_AFTER.match(c.after) or not c.before.endswith(" "):
        return False
    label = _RELEASE_LABEL.search(c.text, max(c.b, c.bare - LENGTHS_LABEL_CHARS), c.bare)
    return label is not None and _TITLED_ITEMS.fullmatch(c.text, label.end(), c.bare) is not None


# A release's label before the tracks listed from it: "Studio versions are on the album X (2025):", "Single edits:",
# "On their debut EP:".
_RELEASE_LABEL = regex(
    r"\b(?:(?:studio|album|original|single|radio|LP|EP|recorded|record)\s+(?:versions?|cuts?|edits?|takes?|"
    r"recordings?|mixes)|on\s+(?:the|their|his|her|its|our)\s+(?:(?:debut|new|latest|first|last)\s+)?"
    r"(?:album|EP|LP|record|mixtape|OST|soundtrack))\b[^.;!?\n:]{0,80}:", _I)
# From the label's colon to the time: items of a title and a time set apart by commas, then the title of this one.
# (a title opens on a capital or a quote, and is not a clause ending in a preposition: "the track starts at 12:40")
_TITLED_ITEMS = regex(
    r"(?:[^\S\n]*[A-ZÀ-Þ\"“‘'][^,;:\n\d]{0,50}?[^\S\n]+\d{1,2}:[0-5]\d(?::[0-5]\d)?[^\S\n]*,)*"
    r"[^\S\n]*[A-ZÀ-Þ\"“‘'][^,;:\n\d]{0,50}?(?<!\bat)(?<!\bfrom)(?<!\bto)(?<!\bby)(?<!\bin)[^\S\n]+")
_LIST_ITEM_END_AFTER = regex(r"[^\S\n]*(?:[,.;]|$)", re.MULTILINE)


# How far before a listed work's length its sentence's label of lengths may stand.
LENGTHS_LABEL_CHARS = 200
_CLOSING_QUOTES = ("”", '"', "’", "'")
_LENGTHS_LABEL = regex(
    r"\b(?:lengths|durations|running\s+times|run\s?times|track\s+times|original\s+times)\b[^.;!?\n:]{0,60}:", _I)


# A release a track is on, after its length: "is 6:48 on the OST", "runs 4:10 on the vinyl edition".
_ON_RELEASE_AFTER = regex(
    r"\s+on\s+(?:the|its|their|his|her|this|that|our)\s+(?:[\w'’-]+\s+){0,2}(?:OST|soundtrack|album|LP|EP|"
    r"vinyl|CD|cassette|single|record|release|reissue|remaster|edition|pressing|Spotify|Bandcamp|Apple\s+Music)\b", _I)
# The track set beside its length by a comma (round 152: "The track itself, 4:12 on the album, was produced for ...",
# "the single, 3:40 on the EP, ..."; not "the hook comes at 1:12 on the album", a position in it).
_APPOSED_WORK_BEFORE = regex(rf"\b(?:{_PLAYED_THING}|{LENGTH_MEDIA})s?(?:\s+(?:itself|alone|proper))?\s*[,—–]\s*$", _I)
# Said to be that long ("is", "runs"; not "comes in at 6:48 on the album", a position in the track).
_IS_BEFORE = regex(rf"\b(?:is|was|['’]s|runs|ran|lasts|lasted|clocks\s+in\s+at)\s+(?:(?:{HEDGE})\s+)?$", _I)
# A release's count of parts, then (or after) its total length: "11 tracks, 44:03", "44:03 / 8 songs".
_PARTS = r"(?:tracks|songs|episodes|chapters|movements|cuts|sides|discs|parts)"
# (the count in digits or words: "Ten tracks, 41:12", "twelve songs / 48:30")
_COUNT = rf"(?:\d{{1,3}}|{NUMBER})"
# ("Eleven songs in 38:20", "nine tracks across 41:05": the parts told to fill the length)
# (or works counted, each then given its length: "for 12 episodes of 'Wheat Kings', each 22:30" (round 177), "three
# clips, each one around 0:45", "six films of about 1:40:00 apiece"; not "each opens at 0:30", a place in each)
_COUNTED_PARTS_BEFORE = regex(
    rf"\b{_COUNT}\s+{_PARTS}\s*(?:[,;·•|/]|\s(?:in|across|over|spanning))\s*(?:(?:total|runtime|length)\s*:?\s*)?$", _I)
_COUNTED_EACH_BEFORE = regex(
    rf"\b{_COUNT}\s+(?:{_PARTS}|videos|clips|films|shorts|reels|instalments|installments|webisodes|sessions|lectures|"
    rf"talks)(?:\s+of\s+[^,;:.!?\n()]{{1,40}}?)?\s*,?\s*(?:each(?:\s+one)?|every\s+one)\s*,?\s*"
    rf"(?:(?:is|runs|running|lasting|of)\s+)?(?:(?:{HEDGE})\s+)?$", _I)
COUNTED_EACH_CHARS = 100


def _each_counted_length(c: _Clock) -> bool:
    """The time follows works counted and "each": every one's length (the count and a title before it at most
    ``COUNTED_EACH_CHARS``)."""
    tail = c.folded_before[-30:]
    return ("each" in tail or "every one" in tail) and c.ends(_COUNTED_EACH_BEFORE, COUNTED_EACH_CHARS)
_COUNTED_PARTS_AFTER = regex(rf"\s*[,;·•|/]\s*{_COUNT}\s+{_PARTS}\b", _I)
_COUNTED_PARTS_STEMS = any_stem(("track", "song", "episode", "chapter", "movement", "cut", "side", "disc", "part"))


def _adds_up_to_total(c: _Clock) -> bool:
    """One of a run of times next to a total they add up to ("1. "Lowland" – 4:12 ... 5. "Ember" – 9:40
    Total length: 25:58", a table's rows over their "Total" row), or that total: the parts' lengths, not
    positions. The sum decides, whatever the list's markup: a chapter list's starts never add up to its
    video's length."""
    lo, hi = max(0, c.begin - TOTAL_LIST_CHARS), min(len(c.text), c.end + TOTAL_LIST_CHARS)
    window = c.text[lo:hi]
    if "otal" not in window and "OTAL" not in window:
        return False  # (plain searches of a slice, far cheaper than the pattern's at every position)
    for label in _LIST_TOTAL.finditer(c.text, lo, hi):
        total = TIMECODE.match(c.text, label.end())
        if total is None:
            continue
        is_total = total.start() <= c.bare < total.end()
        wanted = _whole_seconds(total)
        if (is_total or total.start() > c.bare) and _run_adds_up(
                reversed(list(TIMECODE.finditer(c.text, lo, label.start()))), wanted, c.bare, is_total):
            return True
        if (is_total or total.start() < c.bare) and _run_adds_up(
                TIMECODE.finditer(c.text, total.end(), hi), wanted, c.bare, is_total):
            return True
    return False


def _run_adds_up(parts: Iterator[re.Match[str]], wanted: int, begin: int, any_part: bool) -> bool:
    """Whether the first two or more of ``parts`` (walked away from their total) add up to ``wanted`` seconds
    (give or take a second a part, for rounding) and hold the time at ``begin`` (or ``any_part``)."""
    summed, held, row = 0, any_part, -2
    for n, part in enumerate(parts, 1):
        if _range_end(part):
            return False  # a stretch's ends are no parts: "from 00:00:50 till 00:01:02" above "Total ... 3:36"
        if _same_table_row(part, row):
            # a row's start and its own length are no two parts: "| 5 | Police crackdown archive | 19:25 | 2:40 |"
            # above "Total running time 22:05" (round 142): the last segment's start plus its length is the total
            return False
        row = _row_start(part)
        summed += _whole_seconds(part)
        held = held or part.start() == begin
        if summed > wanted + n:
            return False
        if n >= 2 and held and abs(summed - wanted) <= n:
            return True
    return False


def _same_table_row(part: re.Match[str], row: int) -> bool:
    """Whether the time is in the table row the previous part was in (``row``: where that row starts)."""
    line = _row_start(part)
    if line != row:
        return False
    head = part.string[line:part.start()]
    return "|" in head or "<td" in head or "<th" in head


def _row_start(part: re.Match[str]) -> int:
    """Where the line or the HTML table row holding the time starts (a row's "<tr" looked for near it only: a text
    without one is not searched to its start for every time)."""
    text, at = part.string, part.start()
    return max(text.rfind("\n", 0, at), text.rfind("<tr", max(0, at - _ROW_CHARS), at))


# How far before a time its HTML row's "<tr" may be (a row of a few cells).
_ROW_CHARS = 400


def _range_end(part: re.Match[str]) -> bool:
    """Whether the time is one end of a stretch, joined to another time by "to", "till", "until" or a dash (round
    127: a note's "from 00:00:50 till 00:01:02 the colour is off" is no part of a clip list's total)."""
    text = part.string
    return _RANGE_JOIN_AFTER.match(text, part.end()) is not None \
        or _RANGE_JOIN_BEFORE.search(text, max(0, part.start() - 40), part.start()) is not None


_RANGE_JOIN = r"[^\S\n]*(?:to|till|until|through|[-–—])[^\S\n]*"
_RANGE_JOIN_AFTER = regex(rf"{_RANGE_JOIN}\d{{1,2}}(?::\d{{2}}){{1,3}}\b", _I)
_RANGE_JOIN_BEFORE = regex(rf"\d(?<![\d:]\d)\d?(?::\d{{2}}){{1,3}}{_RANGE_JOIN}$", _I)
# How far from a listed part its list's total may stand.
TOTAL_LIST_CHARS = 800
# A total's label, then its time: "Total length: 25:58", "**Total running time** – 1:02:03", "| Total | 41:20 |".
_LIST_TOTAL = regex(r"\btotal\b[^\n\d]{0,40}?(?=\d)", _I)


def _placed_at_end(c: _Clock) -> bool:
    """"Full spec sheet at the end of the video (14:02)": a thing placed at the end, then where that is (but "[End
    of tape, 24:16]" tells the end itself, the length)."""
    end = END_OF_RECORDING_BEFORE.search(c.text, max(c.b, c.begin - 60), c.bare)
    return end is not None and _AT_END_BEFORE.search(c.text, max(c.b, end.start() - 24), end.start()) is not None


_AT_END_BEFORE = regex(r"\b(?:at|near|towards?)\s+(?:the\s+)?(?:very\s+)?$", _I)


def _track_listing_item(c: _Clock) -> bool:
    """A title, a dash and a time ending the item, in a paragraph a track listing's label opens ("Tracklist",
    "Side A", "Songs:"), or in a list of such lines whose times go down somewhere: the lengths of the tracks or
    chapters. The label or the order decides: a chapter list of starts is written the same way ("Intro" – 0:00;
    "The climb" – 1:45), but its times only grow."""
    if not c.before.rstrip().endswith(_DASHES) or not _TRACK_ITEM_BEFORE.search(c.before) \
            or not _TRACK_ITEM_END_AFTER.match(c.after) or _ITEM_LENGTH_BEFORE.search(c.before):
        return False
    return _under_track_label(c) or _listed_out_of_order(c)


def _under_track_label(c: _Clock) -> bool:
    """A track listing's label opens the item's paragraph."""
    lo = max(0, c.begin - TRACK_LABEL_CHARS)
    paragraph = c.text.rfind("\n\n", lo, c.begin)
    lo = lo if paragraph < 0 else paragraph
    folded = c.text[lo:c.begin].casefold()  # every label holds one of these (a cheap test before the alternation)
    return any(w in folded for w in _TRACK_LABEL_STEMS) and _TRACK_LABEL.search(c.text, lo, c.begin) is not None


def _listed_out_of_order(c: _Clock, item: re.Pattern[str] | None = None) -> bool:
    """The item's line is one of a run of "title – time" lines (``item``: or "title (time)" lines; an elision line
    "…" may sit in it) in which a time is smaller than the one above it: lengths of parts, since the starts of a
    chapter list only grow."""
    item = item or _DASHED_ITEM_LINE
    text = c.text
    line_start = text.rfind("\n", 0, c.begin) + 1
    line_end = text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    if not item.fullmatch(text, line_start, line_end):
        return False
    times = [_item_seconds(text, a, e, item) for a, e in _item_lines_above(text, line_start, item)][::-1]
    times.append(_item_seconds(text, line_start, line_end, item))
    times.extend(_item_seconds(text, a, e, item) for a, e in _item_lines_below(text, line_end, item))
    listed = [t for t in times if t is not None]
    return any(later < earlier for earlier, later in zip(listed, listed[1:]))


def _bracketed_list_item(c: _Clock) -> bool:
    """"5. The Crossing (1:04:12)" then "6. Quarantine (47:45)": a time in brackets ending a line of a run of
    "title (time)" lines whose times go down somewhere, an audiobook's or an album's contents: the parts'
    lengths, as :func:`_listed_out_of_order` reads a dashed list; not where the paragraph names footage (a ranked
    list of moments in a compilation: "1. Rogers vs Chelsea (3:40)" then "2. Palmer vs Brighton (1:15)")."""
    if not (c.before.endswith("(") and c.after.startswith(")")):
        return False
    # (the paragraph read back a bounded way: a long one of such lines must not be read whole at each of them)
    paragraph = c.text.rfind("\n\n", max(0, c.begin - CONTENTS_READ_CHARS), c.begin) + 1
    lo = max(paragraph, c.begin - CONTENTS_READ_CHARS)
    if lo == paragraph > 0:
        # the heading line a blank line sets above its list: "Every explosion in the trailer, ranked\n\n1. ..."
        lo = max(c.text.rfind("\n", 0, paragraph - 1) + 1, paragraph - HEADING_LINE_CHARS, 0)
    return (_listed_out_of_order(c, _BRACKETED_ITEM_LINE) or (
        _listed_out_of_order(c, _REMARKED_ITEM_LINE) and _beside_bare_item(c.text, c.begin))) \
        and not footage_word(c.text, lo, c.end)


def _beside_bare_item(text: str, begin: int) -> bool:
    """The line just above or just below the one holding ``begin`` is a bare "title (time)" item: a remark on a
    listing's item, no list whose every item is remarked on ("1. Rogers vs Chelsea (3:40): the volley", a ranked
    list of moments)."""
    line_start = text.rfind("\n", 0, begin) + 1
    if any(_BRACKETED_ITEM_LINE.fullmatch(text, a, z) for a, z in lines_above(text, line_start, 1)):
        return True
    below = text.find("\n", begin) + 1
    if below == 0:
        return False
    stop = text.find("\n", below)
    return _BRACKETED_ITEM_LINE.fullmatch(text, below, len(text) if stop < 0 else stop) is not None


CONTENTS_READ_CHARS = 2000
# How long the heading line above a list may be.
HEADING_LINE_CHARS = 160


def _item_lines_above(text: str, line_start: int, item: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of the run of item or elision lines right above a line, nearest first."""
    for above, end in lines_above(text, line_start, LISTED_LINES):
        if not (item.fullmatch(text, above, end) or _run_break(text, above, end)):
            return
        yield above, end


def _item_lines_below(text: str, line_end: int, item: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of the run of item or elision lines right below a line, nearest first."""
    for _ in range(LISTED_LINES):
        if line_end >= len(text):
            return
        below = line_end + 1
        line_end = text.find("\n", below)
        line_end = len(text) if line_end < 0 else line_end
        if not (item.fullmatch(text, below, line_end) or _run_break(text, below, line_end)):
            return
        yield below, line_end


def _run_break(text: str, begin: int, end: int) -> bool:
    """An untimed line that may sit in a run of listed parts: an elision ("…") or a part's heading ("Part Two: The
    Island", "Side B") between an audiobook's or an album's chapters."""
    return _ELISION_LINE.fullmatch(text, begin, end) is not None \
        or _PART_HEADING_LINE.fullmatch(text, begin, end) is not None


def _item_seconds(text: str, begin: int, end: int, item: re.Pattern[str]) -> int | None:
    """Whole seconds of the time that ends an item line, None for an elision line."""
    m = item.fullmatch(text, begin, end)
    return None if m is None else _whole_seconds(TIMECODE.match(m.group("time")))


# How many lines above and below an item its list is read for the order of its times.
LISTED_LINES = 30
# A list line: a number maybe, a short title, a dash, a time ending it ("3. Fog Signal — 38:10").
# (the title may be quoted: '1. "Chai & Cricket" Ep 41 — 1:02:15', '4. "Qawwali Hour" — 59:59', round 114)
_DASHED_ITEM_LINE = regex(
    r"[^\S\n]*(?:[-*•][^\S\n]+|\d{1,3}[.)][^\S\n]*)?[\"“]?[^\W\d][^\n]{0,80}?[^\S\n](?:—|–|-)[^\S\n]*"
    r"(?P<time>\d{1,2}(?::[0-5]\d){1,2})[^\S\n]*")
# The same with the time in brackets ending it ("5. The Crossing (1:04:12)"); a mix's cue point in square
# brackets may open the title and a short note in brackets end it ("02. [04:32] Prins Thomas — Delight (edit) (8:40)").
# (the title may be quoted, as a dashed item's may be)
_BRACKETED_ITEM = (
    r"[^\S\n]*(?:[-*•][^\S\n]+|\d{1,3}[.)][^\S\n]*)?(?:\[\d{1,2}(?::[0-5]\d){1,2}\][^\S\n]+)?"
    r"[\"“]?[^\W\d][^\n()]{0,80}?[^\S\n](?:\([^\n()\d]{1,30}\)[^\S\n]+)?\("
    r"(?P<time>\d{1,2}(?::[0-5]\d){1,2})\)")
_BRACKETED_ITEM_LINE = regex(_BRACKETED_ITEM + r"[^\S\n]*")
# ... or with the listener's remark after a colon: '3. "Mdalitso" – Ethel Kamwendo (5:34): the key change at 3:48 gives
# me chills' (round 186), a position in that track told after its length, among lines of the bare shape.
_REMARKED_ITEM_LINE = regex(_BRACKETED_ITEM + r"(?::[^\S\n]+[^\n]{1,200})?[^\S\n]*")
_ELISION_LINE = regex(r"[^\S\n]*(?:…|\.{3})[^\S\n]*")
_PART_HEADING_LINE = regex(
    r"[^\S\n]*(?:[*_#]{1,3}[^\S\n]*)?(?-i:Part|Book|Act|Side|Disc|Disk|Volume|Vol\.)[^\S\n]+\w+\b[^\n\d]{0,50}")
# How far before a listed track its listing's label may stand.
TRACK_LABEL_CHARS = 600
_TRACK_LABEL = regex(
    # (a discography's "Singles" too, and a wiki heading's closing marks: "=== Singles ===")
    r"\b(?:track\s*list(?:ing)?s?|tracks|songs|singles|discography|set\s*list|side\s+(?:[ab12]|one|two)|dis[ck]\s+\d)\b"
    r"\s*(?:=+[^\S\n]*)?(?:[:\n]|</)"
    r"|\btrack\s*list(?:ing)?s?\.\s", _I)  # (a sentence of its own: "Track listing. All songs written by ...")
_TRACK_LABEL_STEMS = ("track", "song", "singles", "set", "side", "dis")
# The item: a quoted title or a short unquoted one opening the line, list number or item, then the dash.
_TRACK_ITEM_BEFORE = regex(
    r"(?:^|[\n;:|•·>]|\d[.)])[^\S\n]*(?:[-*•][^\S\n]+)?(?:[*_]{1,2}(?=[\"“\w]))?"
    r"(?:[\"“][^\"”\n]{1,60}[\"”][*_]{0,2}|(?![\"“])[^\W\d][^\n;|•·\"“”]{0,50}?)"
    # (writers' credits: '"Ash" (Valk, Odum) –'; a release year: '"Till Dawn" (2018) –')
    r"(?:[^\S\n]*\((?:[^()\n\d]{1,40}|(?:19|20)\d\d)\))?[^\S\n]*(?:—|–|-|:)[^\S\n]*$")
# The item's own length already told in brackets before the dash: "2. Lagos Rain (4:50) — 2:35" (the time after it is
# where the track is in the recording).
_ITEM_LENGTH_BEFORE = regex(r"\(\d{1,2}(?::[0-5]\d){1,2}\)[^\S\n]*(?:—|–|-)[^\S\n]*$")
_TRACK_ITEM_END_AFTER = regex(r"[^\S\n]*(?:[.;,|•·<\n]|\d{1,2}[.)](?:\s|$)|$)")


def _length_inside_quoted_title(before: str, after: str) -> bool:
    """A title in title case with its length in brackets inside the same quotes: '"Bellringer (4:06)" is my favourite
    track' (round 139) names a work and its length, as "'Bellringer' (4:06)" does."""
    m = _TITLE_OPENS_QUOTE_BEFORE.search(before)
    return m is not None and _QUOTE_CLOSES_AFTER.match(after) is not None and title_cased(m.group("title"))


def title_cased(title: str) -> bool:
    """Every word of ``title`` capitalised, a number, or a small word title case leaves in lower case (in English or
    another language the rounds' titles are in: :data:`_TITLE_SMALL_WORDS`)."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS
               or _MUTATED_CAPITAL.match(w) is not None for w in title.split())


# The quote's opening and a title up to the bracket: '"Bellringer (', and the quote closing right after the bracket.
_TITLE_OPENS_QUOTE_BEFORE = regex(r"(?:[\"‘“]|(?<![\w])')(?P<title>[^\W_a-z][^\"'’”.!?;:()]{0,50}?)\s*\($")
_QUOTE_CLOSES_AFTER = regex(r"\)[\"'’”]")


def quoted_title_paren(before: str) -> bool:
    """A quoted title in title case right before "(": "'Morning Rain' (3:12)" names a work and its length."""
    m = _QUOTED_TITLE_BEFORE.search(before)
    return m is not None and title_cased(m.group("title"))


# "The Super Bowl spot (0:30)", "the clip (1:12)": a bracket after a work's noun may hold its length.
# A part of the footage told by where it is: "The menu demo in the video (3:47) undersells ...", or a sentence opened
# on where in the footage it is: "In the video (0:45), he falls" (``before`` starts at the sentence's start).
_PART_IN_MEDIA_BEFORE = regex(
    rf"(?:\b(?!(?:everything|anything|nothing|something|all)\b)[a-z][\w'’-]*\s+|^[\s*_>\"“‘]*)in\s+(?:the|this|that|his|her|its|their|my|your|our)\s+(?:[\w'’-]+\s+){{0,2}}"
    rf"{LENGTH_MEDIA}\s*[(\[]$", _I)

_PAREN_AFTER_WORK = regex(rf"\b(?:{LENGTH_MEDIA}|{_PLAYED_THING})(?:</a>)?\s*[(\[]$", _I)
# The work's noun with what it shows or who posted it between it and the bracket (round 93): "a separate clip of
# Hasnain's spell (2:14) has crossed", "the highlight video wey the club post (7:22), na at 5:10", "the clip the
# league posted (0:58)" (a clause ending on a verb of posting), or a particle: "I've put my full review video up
# (14:20)". No place in the footage: "the
# clip of the goal (1:12)" is the clip's length, a moment's bracket follows no footage noun ("he falls (0:45)").
_PAREN_AFTER_MODIFIED_WORK = regex(
    # (the footage a sentence is in is no work told: "In my video the hinge feels loose (4:22)")
    rf"(?P<inside>\bin(?:to)?\s+(?:the|this|that|his|her|its|their|my|your|our)\s+(?:[\w'’-]+\s+){{0,2}})?"
    rf"\b(?:{LENGTH_MEDIA})\s+(?:(?:of|showing)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+"
    rf"|(?:that|which|wey|the|they|he|she|we|I|you|dem)\s+(?:[\w'’-]+\s+){{0,3}}?{_POSTED_VERB}(?:\s+(?:up|out|online))?"
    rf"|up|out|online)\s*[(\[]$", _I)
# A work told by its label, then a bracket: "Video A (", "clip 2 (", "Camera B ["; and what the bracket says next,
# where the work came from or went (its length first: "(1:24, first posted on X at 14:52)", "(0:38, via WhatsApp)").
_LABELLED_WORK_BEFORE = regex(
    rf"\b(?:{LENGTH_MEDIA}|{_PLAYED_THING})\s+(?:(?-i:[A-F])|[1-9]\d?|one|two|three|four|five)\s*[(\[]$", _I)
# A camera named as the recording it made: "a dashcam", "the drone", "an iPhone", "a doorbell camera".
_CAMERA_NOUN = (r"(?:dash-?cam|body-?cam|helmet-?cam|drone|camera|cam|cctv|phone|iphone|smartphone|mobile|gopro|"
                r"webcam|doorbell)")
_PROVENANCE_AFTER = regex(
    r"^\s*,\s*(?:(?:first|later|originally|then|also|since|only|widely)\s+)?(?:posted|shared|uploaded|published|"
    r"released|sent|circulated|circulating|filmed|shot|recorded|taken|aired|broadcast|forwarded|reposted|via)\b"
    # or what kind of recording it is: "Video B (1:15, a dashcam)", "Clip 2 (2:05, a phone video from across the
    # street)" (round 93; not "(0:44, a man runs past)", what happens there)
    rf"|^\s*,\s*(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{LENGTH_MEDIA}|{_CAMERA_NOUN})(?=\s*[),]|\s+(?:from|of|by|on|in|at)\b)"
    # or the platform its copy of that length is on: "the 38-minute episode (41:20 on YouTube, where a recap is
    # added)" (round 170)
    rf"|^\s+(?:on|via)\s+(?-i:{PLATFORM})(?=\s*[),;])",
    _I)
# A work's bracket opening with where it was posted, a capitalised platform's name, before its length (round 123):
# "Video 1 (Facebook, 1:58, posted 17:34 SAST)", "the clip (Telegram, 0:52)" (not "(YouTube, at 1:12)", a position).
_SOURCE_FIELD_BEFORE = regex(
    rf"\b(?:{LENGTH_MEDIA}|{_CAMERA_NOUN}|re-?posts?|re-?uploads?|cross-?posts?)"
    r"(?:\s+(?:(?-i:[A-Z])|[1-9]\d?))?\s*\(\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?,\s$", _I)
_PROVENANCE_OR_CLOSE_AFTER = regex(rf"^\s*\)|{_PROVENANCE_AFTER.pattern}", _I)
# The work is a link's words, its length in brackets after the link: 'the full service livestream</a> (1:24:50)'.
_LINKED_WORK_BEFORE = regex(r"</a>\s*[(\[]$", _I)
# The work's link right after its bracket: "Video (1:48): youtu.be/Kt7bXq2mL0s" (round 141, forum), "Full clip (0:52)
# - https://vimeo.com/..." (the length of what the link opens, as a linked title's bracket is).
_LINK_AFTER_PAREN = regex(
    r"^[)\]]\s*(?:[:—–-]\s*|\s(?:here|below|at|on)\s*:?\s*)?(?:<a\b|https?://|www\.|(?:[\w-]+\.)+(?:com|be|tv|org|net|dev|io|co|"
    r"ly|uk|au|nz|ie|ca|in)/)", _I)
# A version of a work told by how it differs: "a longer version of his video (", "the full cut of the clip (".
_VERSION_OF_WORK_BEFORE = regex(
    r"\b(?:longer|shorter|full|fuller|extended|complete|uncut|unedited|original|raw|edited|trimmed|cut-down|"
    r"unabridged|director['’]s)\s+(?:version|cut|edit|copy|upload)\s+of\s+(?:the|this|that|his|her|their|its|our|"
    rf"my|your|a|an)\s+(?:[\w'’-]+\s+){{0,2}}{LENGTH_MEDIA}\s*[(\[]$", _I)
_EMPHASIS_OPENED = ("(**", "(__", "(*", "(_", "(`", "[**", "[__", "[*", "[_", "[`")
_EMPHASIS_CLOSED = ("**)", "__)", "*)", "_)", "`)", "**]", "__]", "*]", "_]", "`]")
_RUNTIME_CHANGE_BEFORE = regex(
    rf"\b(?:run\s*time|runtime|run-time|running\s+time|length|duration)\s+(?:(?:down|up|back)\s+)?(?:to|from)\s+"
    rf"(?:(?:{HEDGE})\s+)?(?:\d[\d:.,]*\s+(?:to|from)\s+)?$",
    _I,
)
# The footage edited to a length: "cut down to 24:30 for YouTube", "edited it down to 4:10".
_CUT_DOWN_BEFORE = regex(
    r"\b(?:edit(?:ed|s)?|cut(?:s|ting)?|trim(?:med|s)?|pared|chopped|whittled|condensed|boiled)\s+"
    r"(?:(?:it|this|that|them|everything|the\s+\w+)\s+)?down\s+to\s+$", _I)
# A total told as a label with its noun: "Total video 12:48", "total running time: 1:42:00", "Total time -"; or the
# sum it must come to: "Total edit should come to 3:36" (round 127).
_TOTAL_BEFORE = regex(r"\btotal\s+(?:[a-z-]+\s+){0,1}[a-z-]+\s*(?:[:–—-]|is|was|of"
                      r"|(?:(?:should|will|must|would|needs?\s+to|has\s+to)\s+)?(?:comes?|came|adds?\s+up|added\s+up)"
                      r"\s+to)?\s*$", _I)
# One of these is in every match of the three patterns above (tests/test_moments_gates.py).
_CHANGED_LENGTH_STEMS = any_stem(("run", "length", "duration", "down", "total"))
# How the words before end where _PAREN_AFTER_WORK matches ("$" also matches before a last line break).
_OPENED = ("(", "[", "(\n", "[\n")
# A title line naming the work and its length after a dash or bar: "— short film, 9:45".
_TITLED_MEDIA_BEFORE = regex(
    rf"(?:^|[—–|·•]\s*)(?:[*_]{{1,2}}(?=\w))?(?:(?!(?:the|this|that|a|an|my|our|his|her|their|its|see|watch)\b)[\w'’-]+\s+){{0,3}}"
    rf"{LENGTH_MEDIA}\s*[,:]\s*$", _I)
# A caption's item after the length, or its Markdown emphasis closing: "_Video: 1:20, posted 4 Aug_".
_CAPTION_META_AFTER = regex(
    r"[*_]{1,2}\s*(?:[.;|•\n]|$)|[*_]{0,2}\s*[,·|–—]\s*(?:posted|uploaded|published|shared|filmed|recorded|shot|"
    r"released|added|via|source|credit|courtesy|(?:from|by)\s+@)", _I)

# "The director's cut (2:31:00) adds a prologue": a verb about the work, not one about what it shows
# ("The drone footage (0:45) shows smoke").
_PAREN_THEN_VERB = regex(
    r"^\)\s+(?!(?:shows?|showing|captures?|features?|depicts?|reveals?|appears?|seems?|begins?|starts?|opens?|"
    r"cuts?|pans?|zooms?|goes|turns?|is|are|has|have|can|may|might|could|would|will|then|also|again|and|but|"
    r"where|when|which|that|the|a|an|in|on|at|as|of|to|with)\b)[a-z]+s\b",
)

# A credit may name the artist between: "'Cold Water' by J. Ames (3:10)".
_QUOTED_TITLE_BEFORE = regex(
    # (its first letter any capital, accented too: Yoruba "‘Ọ̀sán’ (5:40)"; the words' capitals are checked after)
    # (the quotes may be HTML's entities: "&ldquo;Tūī at Dawn&rdquo; (1:48)" (round 170))
    # (an elided word's apostrophe inside it, as Scots and Irish titles write "of" and "and": 'Boys o' the Braid',
    # 'Rock 'n' Reel' (round 202))
    r"(?:[\"'‘“]|&(?:ldquo|lsquo|quot|#8220|#8216);)"
    r"(?P<title>[^\W_a-z](?:[^\"'’”.!?;:&]|(?<=\s[oO])['’](?=\s)|(?<=\s)['’]n['’](?=\s)){0,50})"
    r"(?:[\"'’”]|&(?:rdquo|rsquo|quot|#8221|#8217);)(?:[*_]{1,2}|</(?:em|i|b|strong)>)?"
    # (the artist a band or a choir told by its kind after its name: '"Motu Uga" by the Alofi youth band' (round 202))
    r"(?:,?\s+by\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\.?\s+){0,3}(?-i:[A-Z])[\w'’-]*\.?"
    r"(?:\s+(?:[a-z]+\s+)?(?:band|choir|orchestra|ensemble|quartet|trio|group|singers|players|collective))?)?\s*\($")
# The aside's subject is the work itself, told long or short: "it's long (3:04:50)", "The shorter cut (1:58)".
_LONG_ASIDE_BEFORE = regex(
    r"(?:\b(?:it['’]s|it\s+is|it\s+was|is|was)\s+(?:very\s+|quite\s+|really\s+|pretty\s+|so\s+)?"
    r"|\b(?:the|a|this|that)\s+)(?:long|short)(?:er|est)?"
    r"(?:\s+(?:one|version|cut|edit|take|upload|video|clip))?\s*[(\[]$", _I)
# (and Irish titles' small words: '"Ar an gCarraig" (2:57)', '"Ceol na nGael"' (round 101); and other languages'
# articles, particles and prepositions (round 204: Afrikaans "'Oupa se Bakkie' (3:48)", Swahili "ya", Spanish "de",
# Tagalog "ng", Hindustani "ki", Dutch "van"); and an elided "of" or "and": "Boys o' the Braid", "Rock 'n' Reel"
# (round 202))
_TITLE_SMALL_WORDS = frozenset(
    "a an and as at by for in of on or the to with na agus ar o' o’ 'n' ’n’ "  # English, Irish
    "se van die en op vir het te 'n "  # Afrikaans, Dutch
    "ya wa za la kwa cha "  # Swahili
    "de del della di da do dos das du des le les el los las y e et al au aux "  # Romance
    "der das und von zu im am "  # German
    "ng sa mga ang "  # Tagalog
    "ka ki ke aur "  # Hindustani
    .split())
# A capital after an Irish initial mutation, the word still capitalised: "gCarraig", "bhFiann", "nGael", "n-Éireann",
# "t-Oileán" (not "iPhone" alone: the test is per word, and a title of lower-case words fails on the others).
_MUTATED_CAPITAL = regex(r"(?:[mbgnd]|bh|dt|bp|[nth]-)(?=[^\W\d_a-z])")


def _metadata_item(c: _Clock) -> bool:
    """"Episode 87 · 1:01:14 · Recorded 14 Nov 2026": a time standing alone as an item of a line of items set
    apart by middle dots, bullets or bars (not a table row, no other time on the line) is the running time
    the line lists."""
    text = c.text
    labelled = _LABELLED_ITEM_BEFORE.search(text, max(c.b, c.begin - 24), c.begin) is not None
    if not _ITEM_SEP_AFTER.match(text, c.end) and not _closes_page_metadata(c) \
            and not (labelled and _ITEM_CLOSED_AFTER.match(text, c.end)):
        return False
    line = max(c.b, text.rfind("\n", c.b, c.begin) + 1)  # the line, within the sentence
    stop = text.find("\n", c.end, c.e)
    stop = c.e if stop < 0 else stop
    if text[line:c.begin].lstrip().startswith("|") or len(TIMECODE.findall(text, line, stop)) != 1:
        return False
    if _chapter_column(text, c.begin, c.end):
        return False
    if labelled or _ITEM_SEP_BEFORE.search(text, max(c.b, c.begin - 12), c.begin):
        return True
    # The first item: "48:12 · 1.2M views · 3 days ago", of three items or more, in no list of timed lines.
    listed, _, next_entry = _time_lines_around(text, line, c.end)
    return not text[line:c.begin].strip() and len(_ITEM_SEP_ANY.findall(text, c.end, stop)) >= 2 \
        and not listed and next_entry is None


_ITEM_SEP_ANY = regex(_ITEM_SEP)
# An item of the line labelled as the work, its time after the label: "Serves 6 · Prep 20 min · Bake 35 min · Video
# 11:24</p>" (round 177), "· Runtime: 1:02:10 ·"; the line's last item may close with the line or its element.
_LABELLED_ITEM_BEFORE = regex(
    rf"{_ITEM_SEP}[ \t]*(?:{MEDIA_NOUN}|length|runtime|running\s+time|duration)[ \t]*:?[ \t]*$", _I)
_ITEM_CLOSED_AFTER = regex(r"[ \t]*(?:\n|$|</(?:p|li|div|span|dd|td)>)", _I)


def _closes_page_metadata(c: _Clock) -> bool:
    """The last item of a video page's line of items, after a middle dot, the line telling when or where it went up:
    "Streamed live on 18 Dec 2026 from Narada Gana Sabha, Chennai · 2:41:05" (round 96): the running time."""
    return _LINE_CLOSED_AFTER.match(c.text, c.end) is not None \
        and _ITEM_SEP_BEFORE.search(c.text, max(c.b, c.begin - 12), c.begin) is not None \
        and _PAGE_METADATA.search(c.text, max(c.b, c.text.rfind("\n", c.b, c.begin) + 1), c.begin) is not None


def _labelled_metadata_sentence(c: _Clock) -> bool:
    """A sentence of the work's label and its time alone closing a line (or its element) that tells when or where the
    work was recorded or went up: "Recorded at the University of Botswana ... on 19 March 2025, 17:30&ndash;19:00 CAT.
    Video 1:24:10.</p>" (round 186): the running time, as a middle dot's last item there is (not "Video: 0:58, when
    the lid sticks", nor a line that tells no such thing: "The lid sticks. Video 0:58.")."""
    if _METADATA_SENTENCE_CLOSED_AFTER.match(c.text, c.end) is None or c.opens_range:
        return False
    label = _LABEL_SENTENCE_BEFORE.search(c.text, max(c.b, c.begin - 40), c.begin)
    if label is None:
        return False
    line = max(0, c.text.rfind("\n", 0, label.start()) + 1, label.start() - METADATA_LINE_CHARS)
    return _PAGE_METADATA.search(c.text, line, label.start()) is not None


# How far back the line before a labelled time is read for when or where the work was made.
METADATA_LINE_CHARS = 300
# The time closes its sentence and the line or its element: "1:24:10.</p>", "58:12.\n".
_METADATA_SENTENCE_CLOSED_AFTER = regex(r"[ \t]*\.?[ \t]*(?:\n|$|</(?:p|li|div|span|dd|td)>)", _I)
# The work's label opening a sentence after another's close, no colon needed: ". Video ", ". Full recording: ".
_LABEL_SENTENCE_BEFORE = regex(
    rf"(?<=[.;][ \t])(?:[*_]{{1,2}})?(?:full\s+|whole\s+)?(?:{LENGTH_MEDIA}|audio)(?:\s+(?:length|runtime|duration))?"
    r"(?:[*_]{1,2})?[ \t]*:?[ \t]*(?:[*_]{1,2}[ \t]*)?$", _I)


_LINE_CLOSED_AFTER = regex(r"[ \t]*(?:\n|$)")
_PAGE_METADATA = regex(
    r"\b(?:streamed|premiered|uploaded|published|posted|recorded|broadcast|aired|views|ago)\b", _I)


def _labelled_item_length(c: _Clock) -> bool:
    """"<li>Recording: 49:12. The demo is at 18:30&ndash;24:10.</li>": see :func:`labelled_item_length`."""
    return c.before.endswith((":", ": ", ":** ", ":**", ":* ", ":__ ")) and not c.opens_range \
        and labelled_item_length(c.text, c.bare, c.end)


def labelled_item_length(text: str, begin: int, end: int) -> bool:
    """Whether the time text[begin:end] opens an item after the work's label, alone in its sentence, and the item
    then places things only earlier than that time: "<li>Recording: 49:12. The demo is at 18:30&ndash;24:10.</li>"
    gives the work's length (not "Video: 0:58, when the lid sticks", nor "(Video: 1:30&ndash;2:45.)", nor a label
    whose item places later times)."""
    if not _SENTENCE_CLOSE_AFTER.match(text, end) \
            or not _ITEM_LABEL_BEFORE.search(text, max(0, begin - _ITEM_LABEL_CHARS), begin):
        return False
    stop = text.find("\n", end, end + _ITEM_CHARS)
    stop = end + _ITEM_CHARS if stop < 0 else stop
    close = text.find("</li>", end, stop)
    stop = close if close >= 0 else stop
    later = [_whole_seconds(m) for m in TIMECODE.finditer(text, end, stop)]
    return bool(later) and max(later) < _whole_seconds(TIMECODE.match(text, begin))


# How far back a label is read before its time.
_ITEM_LABEL_CHARS = 40
# How far an item is read on after its label's time.
_ITEM_CHARS = 300
# A work's label opening a line or a list item: "<li>Recording: ", "- **Video:** ", "Stream: ".
_ITEM_LABEL_BEFORE = regex(
    rf"(?:^|\n|<li>|<p>|<td>|<dd>)[ \t]*(?:[-*•][ \t]+)?(?:[*_]{{1,2}})?(?:full\s+|whole\s+)?(?:{LENGTH_MEDIA}|audio)"
    r"(?:[*_]{1,2})?[ \t]*:[ \t]*(?:[*_]{1,2}[ \t]*)?$", _I)
_SENTENCE_CLOSE_AFTER = regex(r"(?:[*_]{1,2})?[ \t]*[.;](?:[ \t]|$)")


def _subject_paren_length(c: _Clock) -> bool:
    """"The league's condensed game (9:58) has the three at 6:41": a time in parentheses right after the noun
    phrase that opens the sentence, which then says what it holds and where, all before that time, is
    the length of what the phrase names ("The first goal (4:10) comes before the red card at 12:30" is
    a position)."""
    text = c.text
    if not bracketed(text, c.begin, c.end) or text[c.begin - 1] != "(" \
            or not _CONTAINS_AFTER.match(text, c.end + 1) or not _SUBJECT_BEFORE.fullmatch(text, c.b, c.begin - 1):
        return False
    later = [_whole_seconds(m) for m in TIMECODE.finditer(text, c.end + 1, c.e)]
    return bool(later) and max(later) < _whole_seconds(TIMECODE.match(text, c.begin))


_CONTAINS_AFTER = regex(r"\s+(?:has|have|holds|contains|includes|features|packs|puts|shows)\b", _I)
_SUBJECT_BEFORE = regex(
    r"\s*(?:(?:The|A|An|This|That|Our|Their|Its|His|Her)\s+|[A-Z][\w’'-]*['’]s?\s+)(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*")


def _time_lines_around(text: str, line: int, end: int) -> tuple[bool, int, re.Match[str] | None]:
    """Around the line starting at ``line`` (and holding ``end``): whether the line above opens with a time,
    where the line below starts (0 if not near) and its opening time's match (None if it opens with none)."""
    above = text.rfind("\n", max(0, line - 1 - CHAPTER_LINE_CHARS), line - 1) + 1 if line else -1
    listed = line > 0 and (above > 0 or line - 1 <= CHAPTER_LINE_CHARS) \
        and _OPENS_WITH_TIME.match(text, above, line) is not None
    below = text.find("\n", end, end + CHAPTER_LINE_CHARS) + 1
    return listed, below, _OPENS_WITH_TIME.match(text, below) if below > 0 else None
