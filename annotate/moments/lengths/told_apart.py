"""Matches of the length patterns that their context tells apart from a footage length (a cut amount, a part's
length, a step, a position): read by ``find_lengths`` before it keeps a match."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.exclusions import labelled_item_length, paired_position
from annotate.moments.lengths.lists import (
    _in_moments_list,
    _is_chapter_line,
    _items_place_positions,
    _stamped_list_line,
)
from annotate.moments.lengths.stated import _mentions_media, _value
from annotate.moments.lengths.words import (
    _ADJ_MEDIA,
    _COMPACT_AT,
    _COMPACT_STAMP,
    _CUT_DOWN_TO,
    _DOTTED_ITEM_LENGTH,
    _HOLDING,
    _LINE_MARK,
    _LIST_INTRO_PAREN,
    _LIST_ITEM,
    _MEDIA_APPOSED,
    _MEDIA_LABEL_ITEM,
    _MEDIA_VERB,
    _NUMBERED_RECORDING_LABEL,
    _POSITION_OF_WORK_PAREN,
    _QUOTED_ITEM_DASH_LENGTH,
    _RUNTIME,
    _TC_LONG,
    _TC_MEDIA,
    _TITLE_LINE_PAREN,
    _WORK_LASTS,
    IT_WORK_CHARS,
)
from annotate.moments.patterns import DURATION, HEDGE, LENGTH_MEDIA, MEDIA_NOUN, PLAYED_THING, TC_TEXT, TIMECODE

# What a cut-down amount is when it is no recording's: "the gap was cut down to 12 seconds".
_CUT_AMOUNT_BEFORE = regex(r"\b(?:gap|lead|deficit|margin|wait|queue|delay|time|times|record|PB)\b[^.;!?\n]{0,30}$",
                           re.IGNORECASE)
# A note on a work's length: "a long one", "settle in", "grab a tea".
_LENGTH_NOTE = regex(r"\b(?:long|short|lengthy|epic|marathon|settle|buckle|grab)\b", re.IGNORECASE)
# (the work may be named with where it came from: "phone footage from the stringer, ")
_WORK_BEFORE_COMMA = regex(
    rf"(?<![\w-])(?:{LENGTH_MEDIA}|audio|call)(?:\s+(?:from|by)\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+)?\s*$", re.IGNORECASE)
WORK_BEFORE_COMMA_CHARS = 50
_ITEM_OPENING = regex(r"[ \t]*(?:(?:\d{1,2}[.)]|#\d{1,2}|[-*•])[ \t]+)?[*_]{0,2}")
# "a 4:12 interview" states a length; "0:00 Intro, 4:12 Interview" is a chapter list.
_DETERMINED = regex(
    r"(?:\b(?:a|an|the|this|that|its|his|her|their|our|whole|entire|full|complete|new|latest|original|viral|"
    r"raw|unedited|first|second|third|last|final|another|one)|['’]s)(?:\s+[a-z][\w'’-]*,?){0,2}\s+$",
    re.IGNORECASE,
)
_PLAYED_BEFORE = regex(rf"\b{PLAYED_THING}s?\b(?:\s+[\w'’-]+)?\s+$", re.IGNORECASE)

_IT_RUNS = regex(r"(?<![\w'’-])(?:It|it)\s+(?:runs|lasts)\s")


def _work_named_before(text: str, b: int, e: int) -> bool:
    """Whether the paragraph of ``text[b:e]``, up to its end and at most ``IT_WORK_CHARS`` back, names a work, so
    that "it" there may be that work."""
    paragraph = max(text.rfind("\n\n", max(0, b - IT_WORK_CHARS), b) + 2, b - IT_WORK_CHARS, 0)
    if paragraph > 0 and not text[paragraph:b].strip():
        # ("It runs 2 hr 14 min" opening its paragraph: "it" is what the paragraph before was about)
        paragraph = max(text.rfind("\n\n", max(0, b - IT_WORK_CHARS), paragraph - 2) + 2, b - IT_WORK_CHARS, 0)
    if _mentions_media(text, paragraph, e):
        return True
    # (or names it after, in the same paragraph, where "it" runs: 'BBC Scotland's "The Last Fank" is an hour of Skye
    # crofting ... It runs 58 minutes and follows Calum ... Halfway through the documentary the fank itself happens'
    # (round 181); not "it's closer to 4 seconds", a gap, before "The file is 1:52:14 long")
    if _IT_RUNS.search(text, b, e) is None:
        return False
    end = text.find("\n\n", e, e + IT_WORK_CHARS)
    return _mentions_media(text, e, end if end >= 0 else min(len(text), e + IT_WORK_CHARS))


# A media noun naming a test run on a device: "looping-video test", "video playback test", "video rundown".
_MEDIA_TEST = regex(
    r"\w+(?:[\s-]+(?:playback|loop|looping|streaming|rundown|battery))?[\s-]+(?:test|tests|benchmark|benchmarks|"
    r"rundown|drain)\b", re.IGNORECASE)
# A numbered frame of the work named next: "frame 11,650 of the ", "frame no. 338 in the drone ".
_FRAME_OF_BEFORE = regex(
    r"\bframes?\s+(?:no\.?\s*|number\s+|#)?\d[\d,]*\s+(?:of|in|from)\s+(?:the|this|that|its|[\w'’-]+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _told_again_in_version(text: str, m: re.Match[str], b: int) -> bool:
    """"comes at 7:02 in the full file, which is 2:32 in the department's version": a position told again as it
    falls in another version, not the file's length (but "from 11:20 to 14:05 of the clip, which runs 14 minutes
    20 seconds" is the clip's length); the position may be spelled: "about 50 seconds into the viral clip, which is
    6:02 in the full version" (round 129)."""
    return _IN_AFTER.match(text, m.end()) is not None \
        and _POSITION_IN_BEFORE.search(text, max(b, m.start() - 60), m.start()) is not None


# (or "of" a work named: "which is 12:40 of the original livestream"; not "2:10 of footage")
_IN_AFTER = regex(r"\s+(?:in\s(?!\s*(?:total|all|length|duration)\b)|of\s+(?:the|its|this|that|[\w'’-]+['’]s)\s)",
                  re.IGNORECASE)
# A position in the work named next: "comes at 7:02 in the full ", "about 50 seconds into the viral ".
_POSITION_IN_BEFORE = regex(
    rf"(?<![\d:])(?:{TC_TEXT}|(?<![\w-]){DURATION})\s+(?:in|of|into)\s+(?:the|this|that|its|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){{0,2}}$",
    re.IGNORECASE)


def _not_a_length(pattern: re.Pattern[str], m: re.Match[str], text: str, b: int) -> bool:
    """A match of ``pattern`` that its context shows is no footage length."""
    told = _TOLD_APART.get(id(pattern))  # (by id: a pattern's hash reads its whole code)
    if told is not None:
        return told(m, text, b)
    if _PART_STARTS_AFTER.match(text, m.end()):
        return True  # "a 20-minute presentation, which starts about 14 minutes into the livestream": a part's length
    if pattern is _MEDIA_VERB:
        # "starting 3:20 in the video and running for 90 seconds": the video names where a stretch starts, and the
        # length is the stretch's; "matches frame 11,650 of the on-board footage, which is 7:46": the frame's position
        # "In our looping-video test it lasted 14:37": the noun names a test (of a battery), whose result it is
        # "a take that begins about 47 minutes in and runs for nine minutes": the take's length, not the work's
        return _STRETCH_START_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None \
            or _STRETCH_STARTS_THEN_RUNS.search(text, max(b, m.start() - 60), m.start("d")) is not None \
            or _FRAME_OF_BEFORE.search(text, max(b, m.start() - 60), m.start()) is not None \
            or _told_again_in_version(text, m, b) \
            or _MEDIA_TEST.match(text, m.start()) is not None \
            or _part_runs_to_position(m) or _event_in_media_is(m, text, b) or _possessed_position(m, text, b) \
            or _PARTICIPLE_BEFORE.search(text, max(b, m.start() - 24), m.start()) is not None
    if pattern is _POSITION_OF_WORK_PAREN:
        return (_value(m.group("d")) or 0.0) <= (_value(m.group("p")) or 0.0)  # "at 3:31 of the video (2:10)": a cite
    if pattern is _TC_MEDIA:
        # "00:27 Trailer part 1\n01:22 Trailer part 2": a stamp opening a line of a list of stamped lines is where
        # that part starts
        return not (_DETERMINED.search(text, max(b, m.start() - 30), m.start()) or _apposed_work_length(text, m, b)) \
            or _stamped_list_line(text, m.start())
    if pattern is _WORK_LASTS and m.group("it"):
        return not _work_named_before(text, b, m.end())  # "it" is a work only where the paragraph has named one
    if pattern is _RUNTIME:
        return _PLAYED_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None  # "Track four runs 6:12"
    if pattern is _TC_LONG and _METRES.fullmatch(m.group("d")):
        # "The bridge was 84 m long": metres, unless the clause is about a work ("the clip is 4 m long")
        return not _mentions_media(text, max(b, m.start() - METRES_WORK_CHARS), m.start())
    if pattern is _QUOTED_ITEM_DASH_LENGTH:
        return _ITEM_OPENING.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()) is None
    if pattern is _MEDIA_APPOSED:
        return _WORK_BEFORE_COMMA.search(text, max(b, m.start() - WORK_BEFORE_COMMA_CHARS), m.start()) is None
    if pattern is _DOTTED_ITEM_LENGTH:
        # a table's cell ("| Crash | 5 min |" under a Start column) is read by its column, not as a listed item;
        # a forum byline's item is how long ago the post went up ("**u/bogong_moth** · 2h")
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        return line.lstrip().startswith("|") or _POSTER.search(line) is not None
    if pattern is _TITLE_LINE_PAREN and m.group("m") and paired_position(text, m.start("d")):
        return True  # "14:02 Chair opens (webcast 00:02:10)": the webcast's position beside the room's clock
    if pattern is _TITLE_LINE_PAREN and m.group("m") \
            and (_step_pointer(text, m) or _items_place_positions(text, m.start())):
        # "1. Blend the tomatoes. (video: 1:05)": where the step is in the video (round 113); so is "1. Mix flour and
        # water, autolyse 30 min (video: 1:05)" in a list whose other step places a stretch, "(video: 4:15–7:40)"
        return True
    if pattern is _TITLE_LINE_PAREN and not m.group("m"):
        # "- the ship sails (1:32)" in a list of moments: a position; a bare timecode is a length only with a note
        # in the title that opens the text: "Episode 214 (2:05:10, a long one)"
        bare = TIMECODE.fullmatch(m.group("d")) is not None
        titled = m.group("note") and _LENGTH_NOTE.search(m.group("note")) \
            and not text[:m.start()].strip(" \t#*_=>").count("\n")
        line_start = text.rfind("\n", 0, m.start()) + 1
        return bool(bare and not titled
                    or _is_chapter_line(text, m.start()) or _in_moments_list(text, m.start())
                    # "the end at 1:05 (1h 35m)": a line that walks through footage cites an offset
                    or TIMECODE.search(text, line_start, m.start()))
    return False


# A work's length and noun set after a comma or a dash, closing the clause: "Super Rugby Pacific highlights —
# Crusaders v Blues, 6:24 package." (round 126), "Derby highlights, 9:41 reel." (no determiner; the work named so).
_APPOSED_BEFORE = regex(r"[^\W\d][\w'’.)]*\s*(?:,|\s[—–]|\s--?)\s*$")
_CLAUSE_CLOSES = regex(r"\s*(?:[.;!?)\n]|$)")


def _apposed_work_length(text: str, m: re.Match[str], b: int) -> bool:
    """Whether the timecode and work noun ``m`` stand apposed after a comma or a dash and close the clause."""
    return _APPOSED_BEFORE.search(text, max(b, m.start() - 30), m.start()) is not None \
        and _CLAUSE_CLOSES.match(text, m.end()) is not None


def _step_pointer(text: str, m: re.Match[str]) -> bool:
    """The bracket ``m`` names the medium, then a timecode, after a full sentence of a list item: "1. Blend 4
    tomatoes and the ginger. (video: 1:05)", a recipe's or a tutorial's step pointing into its video; a title line
    closes no sentence before its note ("Sourdough (video 18:40)")."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return TIMECODE.fullmatch(m.group("d")) is not None and _SENTENCE_CLOSED.search(text, line_start, m.start()) \
        is not None and _LIST_ITEM.match(text, line_start) is not None


# A sentence's stop right before the bracket: "... ginger. (", "... don't skip it! ("
_SENTENCE_CLOSED = regex(r"\w[.!?][ \t]*$")

# A work said to open, close or hold a part, just before that part's length: "The film opens with a", "the broadcast
# ends with its", "the tape includes a" (then "three-minute sequence", "ten-minute segment").
_PART_OPENED_WITH_BEFORE = regex(
    r"\b(?:opens|opened|begins|began|starts|started|ends|ended|closes|closed|includes|included|contains|contained|"
    r"features|featured)\s+(?:with\s+)?(?:an?|the|its|one)\s+$", re.IGNORECASE)
_PART_NOUN_END = regex(r"(?:sequence|segment|scene|shot|montage|section|passage|interlude)s?$", re.IGNORECASE)


def _cut_amount(m: re.Match[str], text: str, b: int) -> bool:
    """"cut the lead down to 1:10": a gap, a wait or a record cut down, not a work's length."""
    return _CUT_AMOUNT_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None


def _part_of_work(m: re.Match[str], text: str, b: int) -> bool:
    """A part's length, not the work's: "a 20-minute presentation, which starts about 14 minutes into the
    livestream", "The film opens with a three-minute sequence"."""
    return _PART_STARTS_AFTER.match(text, m.end()) is not None or (
        _PART_OPENED_WITH_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None
        and _PART_NOUN_END.search(m.group(0)) is not None) \
        or _HELD_IN_LENGTH_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None


# A length said to be held in the length just before it: "Raw: 1080p, 43:27 incl. 6 min of adverts" (round 131),
# "52:10 including 4 minutes of credits": the adverts' or the credits' share, not the work an end form counts in.
_HELD_IN_LENGTH_BEFORE = regex(
    rf"(?:{TC_TEXT}|{DURATION}){_HOLDING}(?:(?:{HEDGE})\s+)?$", re.IGNORECASE)


def _adjective_length_apart(m: re.Match[str], text: str, b: int) -> bool:
    """An ``_ADJ_MEDIA`` match that is no footage length: a part's (``_part_of_work``) or the raw material's
    (``_raw_material``)."""
    return _part_of_work(m, text, b) or _raw_material(m, text, b) or _compact_list_stamp(m, text)


def _compact_list_stamp(m: re.Match[str], text: str) -> bool:
    """A compact stamp opening a line of a stamped list, its title a work's noun: "0h38m Sermon: 'Strength for the
    Journey'" under "0h04m Praise and worship" (round 139) is where the sermon starts, not "a 38-minute sermon"."""
    # (its neighbour a compact stamp too: a list of "0h04m" lines; not "8h15m slow-cooker version linked below" among
    # "4:13 Gravy" lines, another work's length)
    return _COMPACT_STAMP.fullmatch(m.group("d")) is not None \
        and _stamped_list_line(text, m.start("d"), _OPENS_WITH_COMPACT)


def _raw_material(m: re.Match[str], text: str, b: int) -> bool:
    """An amount "of footage" gone through or spent to make a work: "The organisers took 7 months and 312 hours of
    footage to get here" (round 130), "whittled down from 300 hours of rushes", "sifted through 200 hours of tape":
    the material the work was made from, not its length (not "A bystander took 45 seconds of footage of the crash",
    the footage itself)."""
    if _OF_AFTER_LENGTH.match(text, m.end("d")) is None:
        return False
    return _MATERIAL_SOURCE_BEFORE.search(text, max(b, m.start() - 30), m.start()) is not None \
        or _MATERIAL_PURPOSE_AFTER.match(text, m.end()) is not None


# The amount's "of" before its noun: "312 hours of footage" (not "the 12-minute film").
_OF_AFTER_LENGTH = regex(r"[\s-]+of\s", re.IGNORECASE)
# Where a work was drawn from, right before the amount: "from", "out of", "(sifted) through".
_MATERIAL_SOURCE_BEFORE = regex(
    rf"\b(?:from|out\s+of|through|among)\s+(?:(?:{HEDGE})\s+)?$", re.IGNORECASE)
# What the amount went to make, right after its noun: "to get here", "to make the film", "for the documentary",
# "into a 90-minute cut".
_MATERIAL_PURPOSE_AFTER = regex(
    r"\s+(?:to\s+(?:get\s+(?:here|there|this\s+far)|make|produce|build|cut|edit|assemble|finish|complete|craft|"
    r"shape|create)\b|(?:for|into)\s+(?:the|this|that|a|an|its|their|his|her|our)\s)", re.IGNORECASE)


def _label_places_later(m: re.Match[str], text: str, b: int) -> bool:
    """A labelled item's time that the item does not go on to place earlier times than (``labelled_item_length``)."""
    return not labelled_item_length(text, m.start("d"), m.end("d"))


# A lone amount of "m", said long: a measure in metres as often as a work's minutes.
_METRES = regex(r"\d+(?:[.,]\d+)?\s?m")
METRES_WORK_CHARS = 60


def _event_in_media_is(m: re.Match[str], text: str, b: int) -> bool:
    """"the spike in the replay is 6:31": what happens, seen "in" the footage, then "is" and a timecode: where it is,
    not the footage's length (round 94; "the second clip in the compilation is 2:10" names a work: its length)."""
    return TIMECODE.fullmatch(m.group("d")) is not None and _IS_THEN_TIME.match(text, m.start(), m.start("d")) \
        is not None and _EVENT_IN_BEFORE.search(text, max(b, m.start() - 60), m.start()) is not None


# A verb of being or getting right before the work's noun: the noun is a participle ("cut", "broadcast"), no work,
# and the "is" after it the subject's: "The exact frame where the string is cut is 00:01:58:12" (round 161), "the
# moment the power gets cut is 0:41" (a position; "the director's cut is 2:14:00" stays the cut's length).
_PARTICIPLE_BEFORE = regex(
    r"\b(?:is|was|are|were|be|been|being|gets?|got|gotten|getting)\s+(?:(?:then|just|finally|actually|first)\s+)?$",
    re.IGNORECASE)
# The work's noun, then only "is"/"was" before the time: "replay is ", "highlights was ".
_IS_THEN_TIME = regex(rf"{MEDIA_NOUN}\s+(?:is|was)\s+$", re.IGNORECASE)
# A subject that is no work, then "in"/"on" the footage: "the spike in the ", "The foul on the full ".
_EVENT_IN_BEFORE = regex(
    rf"(?:^|[^\w'’])(?:the|that|this|his|her|their)\s+(?:[\w'’-]+\s+)?(?!{MEDIA_NOUN}s?\s)[\w'’-]+\s+(?:in|on)\s+"
    r"(?:the|this|that|my|your|our|its)\s+(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)


def _part_runs_to_position(m: re.Match[str]) -> bool:
    """"The sequence runs to 7:55": a part of the footage running to a timecode ends at that position (the spec's
    "until 3:15"); a whole work's "runs to 1:42:10" or any "runs to 95 minutes" stays its length."""
    return TIMECODE.fullmatch(m.group("d")) is not None and _PART_RUNS_TO.match(m.group(0)) is not None


def _possessed_position(m: re.Match[str], text: str, b: int) -> bool:
    """"its last frame is the long version's 2:46", "it cuts at the raw file's 12:10": a work's possessive, the
    noun phrase after a verb of being or a preposition, then a timecode: the time in that work, a position, not
    "the video's" cut from "the video is" ("This video's only 3:12", "The raw file's 41:30") (round 99)."""
    return TIMECODE.fullmatch(m.group("d")) is not None and _POSSESSIVE_TO_TC.match(m.group(0)) is not None \
        and _OBJECT_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None


# A work's noun and its possessive "'s" right before the timecode (``_MEDIA_VERB``'s match).
_POSSESSIVE_TO_TC = regex(r"[\w-]+['’]s\s+\S+$")
# A verb of being or a preposition, a determiner and up to two words: "is the long ", "at the raw ", "to our ".
# (a verb of matching and a hedge too: "its 2:02 equals the livestream's 14:50", "puts its start at roughly the
# CCTV's 5:43" (round 129): a position in the other work, however hedged)
_OBJECT_BEFORE = regex(
    r"\b(?:is|was|are|were|at|to|from|in|into|of|by|as|until|till|near|after|before|with|"
    r"equals?|equalled|equaled|match(?:es|ed)?|mirrors?|mirrored)\s+"
    rf"(?:(?:{HEDGE})\s+)?(?:the|this|that|its|their|our|his|her|my|your)\s+(?:[\w'’-]+\s+){{0,2}}$", re.IGNORECASE)

# A part of the footage, then "runs to" / "ran to" its end.
_PART_RUNS_TO = regex(
    r"(?:sequence|scene|shot|segment|section|passage|stretch|montage|take)s?\b[^.;]{0,60}?\bru[na]s?\s+to\s",
    re.IGNORECASE)

# Where a thing just given its length starts in the footage: ", which starts about 14 minutes into", " that begins at
# 3:02" (the thing is a stretch of the footage, start plus length, and its length no work's).
_PART_STARTS_AFTER = regex(
    rf",?\s+(?:that|which)\s+(?:starts|begins)\s+(?:at\s+)?(?:(?:{HEDGE})\s+)?(?:{DURATION}\s+in(?:to)?\b|{TC_TEXT})",
    re.IGNORECASE)
_STRETCH_START_BEFORE = regex(
    rf"\b(?:starting|beginning|starts|begins)\s+(?:at\s+)?{TC_TEXT}\s+in(?:to)?\s+(?:the|this|that|its)\s+"
    r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# A stretch's start said in the clause, then "and" its length: "begins about 47 minutes in and runs for ", "begins 34
# minutes into the film and lasts " (what ends where the length begins).
# (its start a fraction of the work too: "which begins about two-thirds of the way through the film and lasts almost
# a minute", "starts halfway into the clip and runs for ten seconds"; a scene that opens: "the chase that opens roughly
# 14 minutes into the film and lasts for almost four minutes" (round 101); a timecode needs no "in": "which begins at
# 1:21:40 and lasts nearly four minutes" (round 51))
_STRETCH_STARTS_THEN_RUNS = regex(
    rf"\b(?:starting|beginning|starts|begins|started|began|opens|opened)\s+(?:at\s+)?(?:(?:{HEDGE})\s+)?(?:(?:{TC_TEXT}|{DURATION})"
    r"\s+in(?:to\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    # (a timecode no clock of the day reads is a position without "in": "which begins at 1:21:40 and lasts nearly
    # four minutes" (round 51); not the work's own start, "The video begins at 0:00:00 and runs 4 minutes", nor a
    # clock's, "The webcast began at 08:30 and runs 1 hour 14 minutes")
    r"|(?!0{1,2}:00:00)(?:\d{1,2}:[0-5]\d:[0-5]\d|(?:2[4-9]|[3-9]\d|\d{3,}):[0-5]\d)(?![\d:])"
    r"|(?:halfway|(?:an?|one|two|three)[\s-]+(?:half|third|quarter|fifth)s?\s+of\s+the\s+way)\s+(?:through|into)\s+"
    r"(?:the|this|that|its)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+and\s+"
    rf"(?:runs|running|lasts|lasting|ran|lasted)\s+(?:for\s+)?(?:(?:{HEDGE})\s+)?$", re.IGNORECASE)
# Who posted, in a forum's byline: "Posted by u/skywatcher", "**u/bogong_moth**", "@lena_k".
_POSTER = regex(r"(?<![\w/])(?:u/|@)\w|\bposted\s+by\b", re.IGNORECASE)
_OPENS_WITH_COMPACT = regex(rf"{_LINE_MARK}{_COMPACT_AT}")

_ALL_SPACE = regex(r"\s*")


def _intro_heads_no_list(m: re.Match[str], text: str, b: int) -> bool:
    """A list's introduction that is itself a list's item, or that no list follows (``b`` unused).  The text's
    opening line heads what follows, items or not: "Our Cebu day-trip vlog (32:10) itinerary po:\n5:30 AM hotel
    pickup ..." (round 124)."""
    opening = text.rfind("\n", 0, m.start()) + 1
    below = text.find("\n", m.end())
    if below >= 0 and _ALL_SPACE.fullmatch(text, 0, opening) is not None:
        return False  # (read in place: no copy of the text before or after, once per match)
    while below >= 0 and text.startswith("\n", below + 1):
        below += 1  # (a blank line may stand between the intro and its list)
    return _LIST_ITEM.match(text, opening) is not None or below < 0 or _LIST_ITEM.match(text, below + 1) is None


def _labels_chapters(m: re.Match[str], text: str, b: int) -> bool:
    """A numbered recording's label among labels that start at "(0:00)": chapters of one work ("Clip 1 (0:00):
    ...\nClip 2 (1:47): ..."), as are the items of a list of moments (``b`` unused: the labels' block is read)."""
    block = text.rfind("\n\n", 0, m.start()) + 1
    stop = text.find("\n\n", m.end())
    return _in_moments_list(text, m.start()) or any(
        _value(x.group("d")) == 0 for x in _NUMBERED_RECORDING_LABEL.finditer(text, block, stop if stop >= 0
                                                                              else len(text)))


# Patterns whose matches one test of their context tells apart from a length (read by ``_not_a_length``).
_TOLD_APART = {id(p): told for p, told in ((_CUT_DOWN_TO, _cut_amount), (_MEDIA_LABEL_ITEM, _label_places_later),
                                          (_NUMBERED_RECORDING_LABEL, _labels_chapters),
                                          (_LIST_INTRO_PAREN, _intro_heads_no_list),
                                          (_ADJ_MEDIA, _adjective_length_apart))}
