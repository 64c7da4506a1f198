"""A start plus a length ("for about 20 seconds starting at 2:27"): one range from the start, as the
spec's start-plus-length row reads it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotate.moments.compiled import regex
from annotate.moments.exclusions.world_times import QUARTER_HOUR_CLOCK
from annotate.moments.forms.candidate import Candidate, has_unit, parse_timecode_text
from annotate.moments.hedges import hedge_before
from annotate.moments.numbers import parse_duration
from annotate.moments.patterns import DURATION, HEDGE, INFORMAL_HEDGE, MEDIA_NOUN, TC_TEXT

# A length hedged, plainly or as chat says it: "for about 20 seconds", "for like 10 min", "for maybe a minute".
_LENGTH_HEDGE = rf"(?:{HEDGE}|{INFORMAL_HEDGE})"
# A short aside set off by dashes or brackets: " — I timed it —", " (by my watch)"; or by commas before "for": "last,
# in his unhurried voice, for nearly twenty minutes".
_SL_ASIDE = r"\s*(?:(?:—|–|--)[^—–\n\d]{1,40}?(?:—|–|--)|\([^()\n\d]{1,40}\)|,[^,;.:!?\n\d]{1,40},(?=\s*for\s))"
# A start's hedge, a word or a tilde: "starting around 2:27", "starts ~0:04:30".
_START_HEDGE = rf"(?:(?:{HEDGE})\s+|~\s*)"
# The footage named before by a pronoun, after an offset: "starts 1:20:15 into it".
_INTO_IT = r"\s+into\s+it\b"
_SL_PATTERNS = [
    # "for about 20 seconds starting at 1:40"
    regex(
        # a length spent, then its start: "spends almost ten minutes, starting around 23 minutes in"
        # (or the stretch named by its length: "see the 10 seconds starting at 8:05"), and a stretch played or shown:
        # "I'll play about 20 seconds starting at 2:14:30", "show 30 seconds from 4:10"
        rf"(?<![\w])(?:for|lasting|which\s+lasts|that\s+lasts|over|in|into|within|spends|spend|spent|spending|the|those|"
        # (and an edit note's imperative: "take 8 seconds starting at 00:03:15:00", "use 5 seconds from 1:20")
        rf"play|plays|played|playing|replay|replayed|show|shows|showed|showing|screen|screened|run|ran|"
        rf"take|use|grab|pull)\s+"
        # (one whole unit told so, no hedge: "For a full minute starting at 1:18:05" (round 169) is a minute)
        rf"(?:(?P<whole>an?\s+(?:full|whole|solid|clear|entire)\s+(?:hour|minute|second))\b"
        rf"|(?P<h1>{_LENGTH_HEDGE}\s+)?(?P<d>{DURATION}))"
        rf"\s*,?\s+(?:starting|beginning|from|that\s+starts|that\s+begins)\s+(?:at\s+)?(?P<h2>{_START_HEDGE})?"
        rf"(?:the\s+)?(?:(?P<t>{TC_TEXT})|(?P<o>{DURATION})(?=[\s-]*mark|\s+in(?:to)?\b))(?:[\s-]*mark|\s+in(?:to\s+"
        rf"(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b)?(?![\w'’-]))?"
        r"(?!\s*(?:[-–—]|to\b|until\b|till\b|through\b)\s*\d)",  # (the start of a range: "from 8:05 to 8:15")
        re.IGNORECASE,
    ),
    # "starting at 3:40 and lasting 12 seconds", "beginning at 2:27, for about 20 seconds"
    regex(
        # (a plural's "begin at" only with an hour's timecode: "the notices begin at 1:30:00 and last", not the
        # day's "screenings begin at 20:00 and last two hours")
        # (an arrival only with an offset "in": "arrives about 58 minutes in and runs for twelve minutes", not the
        # day's "the ferry arrives at 10:45 and runs for ten minutes")
        # (and a scene that opens: "the market chase that opens roughly 14 minutes into the film and lasts for almost
        # four minutes" (round 101), an offset "in" only, as an arrival: not the day's "the shop opens at 9:15")
        # (and one that kicks off or gets going, likewise: "kicks off about two and a half hours in and goes for roughly
        # three minutes" (round 112), not the day's "the match kicks off at 19:45 and lasts 90 minutes")
        rf"(?<![\w])(?:starting|beginning|(?:which\s+|that\s+)?(?:starts|begins|"
        rf"(?P<arr>arrives|comes|opens|kicks\s+off|gets\s+going))|"
        # (a part placed with "is at" or "sits at" likewise: "Sponsor read (Vula Fibre) is at about 1:02:00 and lasts
        # 90 seconds" (round 139), not the day's "the meeting is at 10:30 and lasts an hour")
        rf"(?P<inf>start|begin|(?:is|sits|falls)(?=\s+at\s)))\s+"
        # (what is begun, between the verb and an offset into the footage: "begins her remarks 31:40 into the stream
        # and speaks for about six minutes" (round 141); checked below to be an offset "in")
        rf"(?P<obj>(?:his|her|their|its|the|my|our|your)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+(?=\S+(?:\s+\S+){{0,3}}?\s+in(?:to)?\b))?"
        rf"(?:at\s+)?"
        # (a plural's "start" also with a timecode into the footage: "the frame drops start 12:48 into the video and
        # last about 40 seconds" (round 105), no clock of the day)
        rf"(?P<h2>{_START_HEDGE})?(?(inf)(?=\d{{1,2}}:[0-5]\d:[0-5]\d|{TC_TEXT}\s+into\s+(?:the|this|that|its)\s+"
        rf"(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b))"
        # the start a timecode or an offset "in": "begins about 31 minutes in and lasts eleven minutes"
        # (the footage named after the start: "starting 3:20 in the video and running for 90 seconds")
        # (or by a pronoun, the footage named before: "the full episode is 1h 24m; the fight starts 1:20:15 into it
        # and goes for about 2 minutes" (round 118))
        rf"(?:the\s+)?(?:(?P<t>{TC_TEXT})(?:[\s-]*mark)?(?:\s+in(?:to)?\s+(?:the|this|that|its)\s+"
        rf"(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b|{_INTO_IT})?|(?P<o>{DURATION})(?:{_INTO_IT}|\s+in(?:to\s+(?:the|this|that|its)\s+"
        rf"(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN})?))\s*,?\s+(?:and\s+)?(?:(?:lasting|lasts|last|running|runs|run|"
        # an aside between the verb and its length: "begins at 1:09:40 and runs — I timed it — for eleven minutes"
        # (or goes on for it: "the fight starts at the 6:18 mark and goes for about 40 seconds" (round 110))
        rf"continuing|going\s+on|goes\s+on|carries\s+on|carrying\s+on|(?:goes|going|went|keeps\s+going|kept\s+going|"
        # (one who speaks or performs for the length: "and speaks for about six minutes" (round 141), "talks for")
        rf"speaks|speaking|talks|talking|sings|singing|performs|performing|preaches|preaching)"
        rf"(?=\s+for\b))(?:{_SL_ASIDE})?)?\s*"
        # (a word of colour after "for": "runs for a gruelling twelve minutes", "lasts for a full three minutes"; not
        # "for a good ten minutes", at least that long, an open length)
        rf"(?P<for>for\s+(?:an?\s+(?!(?:few|couple|good|minute|second|hour|half|quarter)\b)[a-z]+\s+(?=\S+\s+(?:min|sec|hour)))?)?"
        rf"(?P<h1>{_LENGTH_HEDGE}\s+)?(?P<d>{DURATION})"
        # (a length told "for" is no relative "before": "goes for about 40 seconds before the linesmen get in")
        rf"(?![\w-]|\s+(?:later|earlier|after|afterwards|on\b|in\b|into\b|past\b)|(?(for)(?!)|\s+before\b))",
        re.IGNORECASE,
    ),
    # "a 12-second stretch starting at 3:40"
    regex(
        rf"(?<![\w])(?:an?|the)\s+(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?:-long)?\s+(?:stretch|segment|"
        rf"sequence|section|portion|span|period|passage|window|interval|gap|burst|shot|scene)\s+"
        rf"(?:starting|beginning|that\s+starts|that\s+begins|which\s+starts|which\s+begins|starts|begins)\s+(?:at\s+)?(?P<h2>{_START_HEDGE})?(?:the\s+)?"
        rf"(?P<t>{TC_TEXT})",
        re.IGNORECASE,
    ),
    # "at 2:27 for about 20 seconds", "at 34:20, for about two minutes"
    regex(
        rf"(?<![\w])(?P<t>{TC_TEXT})\s*,?\s+for\s+(?:the\s+next\s+)?(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})",
        re.IGNORECASE,
    ),
]

_SL_PATTERNS.append(
    # "paused for 10 seconds at 2:40" (a hedged length with a bare "at" is how long the moment at that time is seen:
    # "flashes up for about 2 seconds at 3:12" is the point 3:12, as "a pause of about two seconds at 0:34" is)
    regex(
        rf"(?<![\w])for\s+(?:the\s+next\s+)?(?!(?:{HEDGE})\s)(?P<d>{DURATION})\s+at\s+(?P<h2>{_START_HEDGE})?"
        rf"(?:the\s+)?(?P<t>{TC_TEXT})(?:[\s-]*mark)?",
        re.IGNORECASE,
    )
)
# A thing given its length, then where it starts a few words on (no range after the start):
# "the two-minute ad break the broadcaster inserted from 1:58:10", "a 40-second drone pass starting at 3:02";
# and a thing's length told in apposition: "The interval act, all 11 minutes of it, from 2:05:15".
_SL_NOT_RANGE = r"(?![*_]{0,2}(?:</\w+>)?\s*(?:[-–—]|to\b|until\b|till\b|through\b|and\b)\s*\d)"
_SL_MARKUP = r"(?:<(?:b|strong|em|i|time)\b[^<>]{0,40}>|[*_]{1,2})?"  # "from <b>58:10</b>", "from **58:10**"
_SL_PATTERNS.append(
    regex(
        rf"(?<![\w])(?:(?:an?|the|its|this|that|his|her|their|[a-z][\w-]*['’]s)\s+|(?=an?\s+(?:hour|minute|second)-long\b))"
        rf"(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?:-long)?\s+"
        # (a take told with its length is the spec's start plus length too: "a 73-second single take beginning at
        # 10:46" is a range, as "the two-minute silence begins at 8:20" is; "takes" is a verb)
        rf"(?!(?:mark|point|clock|time|drive|walk|ride|flight|wait|queue|delay|journey|takes)\b)[a-z][\w'’-]*"
        rf"(?:\s+(?!(?:from|starting|beginning|starts|begins|at|in|of|takes)\b)[\w'’-]+){{0,5}}?\s+"
        rf"(?:(?:that|which)\s+(?:starts|begins)|starting|beginning|(?P<bare>starts|begins)|from)\s+(?:at\s+)?"
        rf"(?P<h2>{_START_HEDGE})?"
        # (or an offset "in": "a four-minute single take beginning about 21 minutes in")
        rf"(?:(?:the\s+)?{_SL_MARKUP}(?P<t>{TC_TEXT}){_SL_NOT_RANGE}|(?P<o>{DURATION})\s+in(?:to\s+(?:the|this|that|its)"
        rf"\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN})?\b)",
        re.IGNORECASE,
    )
)
_SL_PATTERNS.append(
    regex(
        rf"(?:(?<=,)|(?<=,\s))(?:all|the\s+(?:whole|full|entire))\s+(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})\s+of\s+"
        rf"(?:it|them)\s*,\s*(?:(?:starting|beginning|starts|begins)\s+)?(?:from|at)\s+(?P<h2>{_START_HEDGE})?"
        rf"(?:the\s+)?{_SL_MARKUP}(?P<t>{TC_TEXT}){_SL_NOT_RANGE}",
        re.IGNORECASE,
    )
)
# A thing's length in an aside, then its start: "The drone pass (40 seconds, starting at 3:02)", "The ovation, nearly
# two minutes long, begins at 1:41:10".
_SL_PATTERNS.append(
    regex(
        rf"(?:(?<=\()|(?<=,\s)|(?<=,))(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?:[\s-]+long)?\s*,\s*(?:and\s+)?"
        rf"(?:(?:that|which)\s+(?:starts|begins)|starting|beginning|starts|begins)\s+(?:at\s+)?"
        rf"(?P<h2>{_START_HEDGE})?(?:the\s+)?{_SL_MARKUP}(?P<t>{TC_TEXT}){_SL_NOT_RANGE}",
        re.IGNORECASE,
    )
)
# The start first, then a thing told with its length: "Beginning at 3:02, a 40-second pan takes in the bay", "At
# 12:05 a 90-second tracking shot begins" (a whole work's schedule is not: "At 15:00 the 90-minute match starts").
_SL_NOUN_AFTER_LENGTH = r"(?!(?:mark|point|clock|time|drive|walk|ride|flight|wait|queue|delay|journey)\b)[a-z][\w'’-]*"
_SL_PATTERNS.append(
    regex(
        rf"(?<![\w])(?P<bare>starting|beginning)\s+at\s+(?P<h2>{_START_HEDGE})?(?:the\s+)?(?P<t>{TC_TEXT})\s*,\s*"
        rf"(?:an?|the)\s+(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?:-long)?\s+{_SL_NOUN_AFTER_LENGTH}",
        re.IGNORECASE,
    )
)
_SL_PATTERNS.append(
    regex(
        rf"(?<![\w])at\s+(?P<h2>{_START_HEDGE})?(?:the\s+)?(?P<t>{TC_TEXT})\s*,?\s+(?:an?|the)\s+"
        rf"(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?:-long)?\s+{_SL_NOUN_AFTER_LENGTH}"
        rf"(?:\s+(?!(?:at|in|of|from|to)\b)[\w'’-]+){{0,3}}?\s+(?P<bare>begins|starts)\b",
        re.IGNORECASE,
    )
)
# A start, then the part's length said with "is", maybe after what the part is: "This part starts at 5:15 and is the
# longest section of the video, about three minutes", "the interview begins at 2:10 and is about 90 seconds long".
_SL_PATTERNS.append(
    regex(
        rf"(?<![\w])(?:starts|begins|starting|beginning)\s+at\s+(?P<h2>{_START_HEDGE})?(?:the\s+)?{_SL_MARKUP}"
        rf"(?P<t>{TC_TEXT})(?:[*_]{{1,2}}|</\w+>)?\s*,?\s+and\s+(?P<is>is|it['’]s)\s+"
        rf"(?:(?:the|a|an)\s+[^,.;:!?\d\n]{{1,60}}?,\s*)?(?P<h1>{_LENGTH_HEDGE}\s+)?(?P<d>{DURATION})"
        r"(?:[\s-]+long\b)?(?=\s*(?:[.,;:!?)]|$))",
        re.IGNORECASE,
    )
)
# A stretch named first, its length after "of": "a stretch of about 40 seconds starting at 5:05", "the section of
# 12 seconds that begins at 3:40".
_SL_PATTERNS.append(
    regex(
        rf"(?<![\w])(?:an?|the)\s+(?:stretch|segment|sequence|section|portion|span|passage|burst)\s+of\s+"
        rf"(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})\s*,?\s+(?:starting|beginning|(?:that|which)\s+(?:starts|begins))\s+"
        rf"(?:at\s+)?(?P<h2>{_START_HEDGE})?(?:the\s+)?{_SL_MARKUP}(?P<t>{TC_TEXT}){_SL_NOT_RANGE}",
        re.IGNORECASE,
    )
)
# A thing given its length, then where it starts as an offset into the footage: "a 20-minute presentation, which
# starts about 14 minutes into the livestream", "the 90-second advert that begins 12 minutes in".
_SL_PATTERNS.append(
    regex(
        rf"(?<![\w])(?:an?|the|its|this|that|his|her|their)\s+(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?:-long)?\s+"
        rf"{_SL_NOUN_AFTER_LENGTH},?\s+(?:that|which)\s+(?:starts|begins)\s+(?:at\s+)?(?P<h2>{_START_HEDGE})?"
        rf"(?P<o>{DURATION})\s+in(?:to\s+(?:the|this|that|its|his|her|their|our)\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN})?\b",
        re.IGNORECASE,
    )
)
# A part said to run from its start for its length: "The ad runs from about 30 minutes for a minute and a half", "the
# interview plays from 12:40 for about four minutes", "the break sits from the 41-minute mark for 90 seconds".
_SL_PATTERNS.append(
    regex(
        rf"(?<![\w])(?:runs|ran|running|plays|played|playing|airs|aired|goes|sits|lasts|lasted)\s+from\s+"
        rf"(?P<h2>{_START_HEDGE})?(?:the\s+)?(?:{_SL_MARKUP}(?P<t>{TC_TEXT})(?:[*_]{{1,2}}|</\w+>)?(?:[\s-]*mark)?"
        rf"|(?P<o>{DURATION})(?:[\s-]*mark|\s+in(?:to\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN})?)?)"
        rf"\s*,?\s+for\s+(?:the\s+next\s+)?(?P<h1>{_LENGTH_HEDGE}\s+)?(?P<d>{DURATION})(?![\w-])",
        re.IGNORECASE,
    )
)
_SPENT = regex(r"spen[dt]", re.IGNORECASE)
# The word that says a unit is whole ("a full minute"), left out when the length is read.
_WHOLE_UNIT_WORD = regex(r"\s+(?:full|whole|solid|clear|entire)\b", re.IGNORECASE)
# The start told as an offset into the footage: "31:40 into the stream", "about 12 minutes in".
_OFFSET_IN = regex(r"\S\s+in(?:to)?\b", re.IGNORECASE)
# A whole work, whose start a bare "starts at" tells in the day: "the 45-minute documentary starts at 21:00".
_WHOLE_WORK_NOUN = regex(
    r"\b(?:documentar(?:y|ies)|film|movie|episode|programme|program|show|broadcast|stream|livestream|match|game|"
    r"concert|podcast|video|lecture|class|course|session|service|meeting)s?\b", re.IGNORECASE)
# A start on the quarter hour with no seconds ("11:00", "19:30"), said nowhere in footage, before a length of hours
# is a slot in the day: "BBC iPlayer coverage starts at 11:00 and runs 12 hours".
_IN_FOOTAGE_AFTER = regex(r"[\s-]*(?:mark\b|in\b|into\b)", re.IGNORECASE)
DAY_SLOT_LENGTH = 3600.0


def _day_slot(text: str, m: re.Match[str], length: float) -> bool:
    """The start read in the day's hours: a clock on the quarter hour and a length of an hour or more."""
    start = m.groupdict().get("t")
    return start is not None and length >= DAY_SLOT_LENGTH and QUARTER_HOUR_CLOCK.fullmatch(start) is not None \
        and _IN_FOOTAGE_AFTER.match(text, m.end("t")) is None


# A part named of a whole whose length follows: "the relevant part of", "the key section of".
_PART_OF_BEFORE = regex(r"\b(?:part|section|bit|portion|passage|stretch|moment)\s+of\s+$", re.IGNORECASE)
# What each pattern needs in the sentence: "starting"/"beginning"/"from" (else "for"), and a timecode's
# colon (the last two need both a timecode and "for"; the second takes an offset "in" too; the two after
# them, a thing's length and its start, need both an opener and a timecode, the first of those taking an offset too;
# the one after, an offset start, no timecode; the last, "runs from" a start "for" a length, a timecode or an offset).
# The third: the start must be a timecode or an offset said "in" (or, for the first, at a "mark"): with no colon, the
# sentence must hold a space then "in", or "mark" (_START_PLACED: case-blind, as the patterns are).
_SL_NEEDS = ((True, False, True), (True, False, True), (True, True, False), (False, True, False), (False, True, False),
             (True, False, True), (True, True, False), (True, True, False), (True, True, False), (True, True, False),
             (True, True, False), (True, True, False), (True, False, True), (True, False, False))
_START_PLACED = regex(r"\sin|mark", re.IGNORECASE)


def _worth_trying(text: str, b: int, e: int) -> list[re.Pattern[str]]:
    """The start-plus-length patterns whose needs (:data:`_SL_NEEDS`) the sentence ``text[b:e]`` meets."""
    low = text[b:e].lower()
    opener = "start" in low or "begin" in low or "from" in low or "arrives" in low or "comes" in low or "opens" in low \
        or " at " in low or "kicks off" in low or "gets going" in low
    colon = ":" in low
    placed: bool | None = None  # (a timecode's colon, or what an offset or a mark needs: read once, when first asked)
    patterns = []
    for pattern, (needs_opener, needs_colon, needs_placed) in zip(_SL_PATTERNS, _SL_NEEDS):
        if not (opener if needs_opener else colon and "for" in low) or (needs_colon and not colon):
            continue
        if needs_placed and placed is None:
            placed = colon or _START_PLACED.search(text, b, e) is not None
        if not needs_placed or placed:
            patterns.append(pattern)
    return patterns


def find_start_lengths(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """A start plus a length: ``for about 20 seconds starting at 2:27`` -> 147..167."""
    if not has_unit(text, b, e):
        return
    for pattern in _worth_trying(text, b, e):
        for m in pattern.finditer(text, b, e):
            whole = m.groupdict().get("whole")
            length = parse_duration(m.group("d") if whole is None else _WHOLE_UNIT_WORD.sub("", whole))
            offset = m.groupdict().get("o")
            if offset is None and _SPENT.match(m.group(0)):
                continue  # "We spent ten minutes, starting at 9:15, ...": a day's clock, unless said as an offset "in"
            begun_end = m.end("obj") if "obj" in m.groupdict() and m.group("obj") else -1
            if begun_end >= 0 and not _OFFSET_IN.search(m.group(0), begun_end - m.start()):
                continue  # "starts her shift at 9:15 and talks for an hour": what is begun, at a clock of the day
            if m.groupdict().get("arr") and offset is None:
                continue  # "the ferry arrives at 10:45 and runs for ten minutes": an arrival in the day
            if _PART_OF_BEFORE.search(text, max(b, m.start() - 40), m.start()):
                continue  # "the relevant part of the 14-minute recording begins at 6:50": the whole's length
            if m.groupdict().get("bare") and _WHOLE_WORK_NOUN.search(m.group(0)):
                continue  # "The 45-minute documentary starts at 21:00 on BBC Two": a whole work's schedule
            if m.groupdict().get("is") and _WHOLE_WORK_NOUN.search(text, max(b, m.start() - 40), m.start()):
                continue  # "The show starts at 20:00 and is about two hours": a whole work's slot and length
            said = offset or m.groupdict().get("t") or ""  # (the offset patterns have no "t")
            tc = parse_timecode_text(said, fps)
            if tc is None:
                spoken = parse_duration(said)
                if spoken is None:
                    continue
                tc = spoken
            if length is None or length[0] <= 0 or _day_slot(text, m, length[0]):
                continue  # (a slot in the day: its clock is left to the rules for clocks)
            start, gran = tc
            # ("at 2:27 for 20 seconds" has no second hedge, "for 10 seconds at 2:40" no first)
            approx = bool(m.groupdict().get("h1") or m.groupdict().get("h2"))
            begin, end = m.start(), m.end()
            hb = hedge_before(text, begin, b)
            if hb is not None:
                approx, begin = True, hb
            yield Candidate("range", begin, end, start=start, stop=start + length[0], approximate=approx,
                            granularity=gran, timecode=offset is None)
