"""Non-moments that look like timecodes: times of day, on-screen clocks, game
clocks, race times, dockets, votes and scores, verses, prices, versions, and
footage lengths.  Each rule reads only the words around the number."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from annotate.moments.numbers import parse_duration
from annotate.moments.patterns import (
    DURATION,
    HEDGE,
    INFORMAL_HEDGE,
    LENGTH_MEDIA,
    MEDIA_NOUN,
    MONTH,
    PLAYED_THING,
    RECORDED_TALK,
    TC_TEXT,
    TIMECODE,
    WEEKDAY,
    any_stem,
)
from annotate.moments.scan import lines_above

_I = re.IGNORECASE
# How far either side of a clock its context is read.
CONTEXT_CHARS = 300
# The longest phrase the short before-patterns (labels, units, citations) can match.
NEAR_CHARS = 40

# Immediately after the clock: a.m./p.m., time zones, "local time", "hours", "o'clock".
# A post's edit stamp, a label opening its line: "Edit 14:02: fixed link", "**Update at 9:15** – typo"; and a
# thread's post stamp: "Reply 14:31 by Siggi_R", "posted 14:32 · 3 likes", "Edited 10:11" alone on its line.
_EDIT_STAMP_BEFORE = re.compile(
    r"^(?:\s|[*_]{1,2}|<[^<>\n]{1,30}>)*(?:(?:ninja\s+|last\s+)?edit(?:ed)?|update[d]?|upd|correct(?:ed|ion)|amended|"
    r"clarification|clarified|posted|repl(?:y|ied)|comment(?:ed)?|answer(?:ed)?|wrote|sent)(?:[*_]{1,2}|</\w+>)?"
    r"(?:\s|&nbsp;|&#160;)*(?:at(?:\s|&nbsp;|&#160;)+)?$", _I)
_EDIT_STAMP_AFTER = re.compile(
    r"^\s*(?:[*_]{1,2}|</\w+>)?(?:\s*[:—–-](?:\s|$)|\s+by\s+@?\w|\s*[·•|]|\s*$)", _I)
# A court record's clock: "(Transcript page 44; proceedings at 11:32.)", "the court adjourned at 12:50".
_RECORD_CLOCK_BEFORE = re.compile(
    r"\b(?:proceedings|(?:court|hearing|session|sitting|inquiry|committee|proceedings)\s+(?:resumed|resumes|adjourned|"
    r"adjourns|began|begins|started|ended|rose|rises|reconvened|commenced|closed)"
    # a report's or a log's clock of what it records: "The stewards' report records the incident at"
    r"|(?:report|log|logbook|record|minutes|sheet|timeline)s?\s+(?:records?|recorded|logs?|logged|lists?|listed|"
    r"times?|timed|puts?|places?|placed)(?:\s+[\w'’-]+){0,3}?)\s+at\s+$", _I)
_TOD_SUFFIX = re.compile(
    r"^(?::\d\d)?(?:\s|&nbsp;|&#160;)*(?:time\b(?![\s-]*(?:stamp|code|mark|into|in\b))|a\.?\s?m\b\.?|p\.?\s?m\b\.?|hours?\b|hrs\b|h\b|o['’]clock|local\b|"
    # (a two-letter zone only in capitals: "8:20 Mt Fuji", "3:05 Pt Reyes" are a chapter's places)
    r"(?:GMT|UTC|Z|CET|CEST|BST|EET|EEST|MSK|IST|JST|KST|AEST|AEDT|WIB|PKT|SGT|HKT|[ECMP][SD]T|"
    r"(?-i:[ECMP]T))\b|[+-]\d\d:?\d\d\b|(?:Eastern|Pacific|Central|Mountain|Moscow|Beijing|Kyiv|Kiev|Seoul|Tokyo|"
    r"Greenwich|Zulu|Israel|Gaza|Tehran|Baghdad|Kabul|Delhi|London|Paris|Berlin|Washington)\s+(?:time|standard|daylight)\b"
    # a North American zone named alone: "questions until 9:30 Eastern", not "12:10 Central Park"
    r"|(?-i:Eastern|Pacific|Central|Mountain|Atlantic)\b(?![ \t-]+(?-i:[A-Z]))"
    # any place's time: "at 16:52 New Zealand time", "10:40 Nairobi time" (not "12:10 Match time")
    r"|(?-i:(?!(?:The|This|That|Next|Last|Each|Every|Some|Any|Game|Match|Play|Run|Screen|Video|Clip|Half|Full|"
    r"Extra|Injury|Stoppage|Added|Show|Story|Bed|Tea|Lunch|Dinner|Prime|Air|Face)\b)[A-Z][a-z’'.-]+"
    r"(?:\s+[A-Z][a-z’'.-]+){0,2})\s+time\b"
    # a zone in brackets: "02:14:07 (Z)", "18:40 (UTC)"
    r"|\((?:GMT|UTC|Z|Zulu|local|BST|CET|CEST|IST|AEST|AEDT|[ECMP][SD]?T|ET|PT|CT|MT)\))",
    _I,
)
# The part of the day after a clock: "a cut to the field at 6:40 in the evening light" (not "at 3:20 in the evening
# scene", a part of the footage named by the part of the day it shows).
_PART_OF_DAY_AFTER = re.compile(
    r"\s+in\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\b(?!['’]s|\s+(?:scenes?|shots?|"
    r"sequences?|segments?|sections?|parts?|cuts?|footage|clips?|videos?|recordings?|streams?|sessions?|broadcasts?|"
    r"news|bulletins?|shows?|programmes?|programs?|editions?|episodes?|feeds?|reels?|tapes?|takes?)\b)", _I)


def told_part_of_day(text: str, end: int) -> bool:
    """The clock ending at ``end`` is told with its part of the day ("6:40 in the evening"): a time of day however
    much the words before it speak of footage (the learned veto does not overrule it)."""
    return _PART_OF_DAY_AFTER.match(text, end) is not None
_TOD_WORDS = (
    rf"(?:that|this|the\s+next|the\s+following|the\s+previous|the\s+same|last|next|on\s+that"
    # "at 02:00 on the second night", "by 06:40 on the final morning"
    rf"|on\s+the\s+(?:first|second|third|fourth|fifth|final|last|same|previous))\s+(?:day|morning|afternoon|evening|night)"
    # "at 06:00 on the morning of broadcast", "by 21:00 on the night of the final"
    rf"|on\s+the\s+(?:morning|afternoon|evening|night|day)\s+(?:of|before|after)\b"
    rf"|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|local\s+time|(?:on\s+)?{WEEKDAY}\b"
    # a named day: "at 10:15 on launch day", "by 9:00 on race day" (not "on day 3" of a multi-day stream)
    rf"|on\s+[\w'’-]+\s+day\b(?!\s*\d)"
    rf"|(?:on\s+)?{MONTH}\s+\d{{1,2}}\b|(?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?!\w)|yesterday|today|tonight|tomorrow|overnight|sharp\b|on\s+the\s+dot"
    rf"|before\s+(?:noon|midnight|dawn|dusk|sunrise|sunset)|after\s+(?:noon|midnight|dawn|dusk|sunrise|sunset)"
    rf"|noon|midnight|dawn|sunrise|sunset|golden\s+hour|blue\s+hour"
    # a habit or a week: "starts at 9:00 as usual", "at 18:30 next week"
    rf"|as\s+(?:usual|always|normal)\b|(?:next|last|this|that)\s+week(?:end)?\b"
    # days on: "back on at 22:40 two days later", "at 06:00 three nights after"
    rf"|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:days?|nights?|weeks?)\s+"
    rf"(?:later|earlier|after|before|on)\b"
    # "19:22:03 on 03/05/2021" (a dashcam's clock), "from 20:45 to 22:15 on the main stage" (a line-up)
    rf"|(?:on\s+)?\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|on\s+(?:the\s+)?(?:[\w'’-]+\s+)?stage\b"
)
# Shortly after the clock, with no footage word in between: "at 10:45 that day", "9:15 on Monday".
# Another clock in between owns the day words: "shadows at 1:12 indicate a time around 10:30 local time".
# (Not inside a quotation that follows: "said at 1:12 “I will be back tomorrow”" dates the speaker's words.)
_TOD_AFTER = re.compile(rf"^(?:(?!\b{MEDIA_NOUN}\b|\d:\d\d)[^.;!?“\"])*?\b(?:{_TOD_WORDS})", _I)
_TOD_AFTER_LIMIT = 45
# One of these is in every _TOD_AFTER match (tests/test_moments_gates.py).
_TOD_AFTER_STEMS = any_stem((
    "day", "morning", "noon", "evening", "night", "local", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan",
    "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "/", "stage", "tomorrow", "sharp",
    "dot", "dawn", "dusk", "golden", "blue", "usual", "always", "normal", "week"))
# Just before: "on Monday at 10:45", "Nov. 13 at 10:45", "2017-11-13 15:30", "that morning at".
_TOD_BEFORE = re.compile(
    rf"(?:\b{WEEKDAY}\b|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:,?\s+\d{{4}})?|\b\d{{4}}-\d\d-\d\d[T\s]?|"
    rf"\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}},?|\b\d{{4}}/\d\d/\d\d|\b(?:true|actual|real|correct|local)\s+time\s+(?:was|is)|"
    rf"\b(?:morning|afternoon|evening|night|today|yesterday|tonight|"
    rf"dawn|noon|midnight)|\bo['’]clock)\s*,?\s*"
    # a bracket after the date, maybe naming the channel first: "19 January 2025 (BBC One, 21:00)"
    # "a six-hour race on 28 June, starting at 11:00"
    rf"(?:\(\s*(?:[^()\n,.;:]{{1,30}},\s*)?)?(?:(?:at|around|about|by|from|until|till|starting|beginning|"
    rf"before|after|shortly\s+after|just\s+after|just\s+before|roughly|approximately)\s+)*(?:(?:{HEDGE})\s+)?$",
    _I,
)
_TOD_STEMS = any_stem((
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
    "oct", "nov", "dec", "-", "/", "time", "morning", "noon", "evening", "night", "today", "yesterday", "dawn",
    "clock"))
# Real-world events "began at 10:45" when the sentence says nothing of footage.
_EVENT_NOUNS = (
    r"(?:rally|rallies|protest|protests|march|demonstration|meeting|shop|store|stores|office|polls|count|"
    r"counting|recount|vote|hearing|trial|inquiry|deposition|"
    r"flights?|trains?|bus(?:es)?|trams?|ceremony|service|concert|parade|vigil|briefing|press\s+conference|"
    r"news\s+conference|curfew|kickoff|kick-off|school|class|market|bank|court|mass|funeral|wedding|"
    r"festival|strike|summit|session|debate|event|match|game|race|trading|voting|sale|auction|"
    r"rehearsal|shift|museum|restaurant|bar|pub|gates|doors|mall|airport|station|clinic|hospital|"
    r"plane|ferry|convoy|motorcade|procession|operation|raid|evacuation|shelling|attack|air\s+raid|"
    r"siren|sirens|alarm|explosion|blast|quake|earthquake|storm|bakery|cafe|café|library|pharmacy|"
    r"supermarket|pool|gym|venue|box\s+office|polling\s+stations?|exhibition|gallery|zoo|hearing\s+room|"
    r"headliners?|bands?|DJs?|gig|performance|line-?up|support\s+act|sun|tide|"
    # "the 911 call ... comes in at 1:52": an emergency call's time in the world
    r"(?:911|999|112|000|emergency|distress|mayday)\s+calls?)"
)
_EVENT_VERBS = (
    r"(?:began|begins|begin|started|starts|start|opened|opens|open|closed|closes|close|"
    r"ended|ends|end|last|lasts|lasted|ran|runs|run|was|were|was\s+held|were\s+held|is\s+held|took\s+place|takes\s+place|"
    r"kicked\s+off|kicks\s+off|kick\s+off|got\s+under\s?way|gets\s+under\s?way|resumed|adjourned|convened|"
    r"returned|reconvened|departed|departs|arrived|arrives|landed|lands|"
    r"took\s+off|was\s+scheduled|is\s+scheduled|were\s+scheduled|sounded|struck|hit|occurred|happened|"
    r"was\s+reported|were\s+reported|was\s+called|wrapped\s+up|finished|broke\s+out|comes\s+in|came\s+in|"
    r"was\s+logged|was\s+placed|was\s+made|"
    r"play|plays|perform|performs|takes?\s+the\s+stage|goes\s+on|go\s+on|sets|set|rises|rose|"
    # "leaves the park at 13:00", "reaches the seafront by 14:30"
    r"(?:leaves|leave|left|reaches|reach|reached)(?:\s+(?:the|a|an)\s+[\w'’-]+)?)"
)
# A venue's or a community's programme, which a programme in the footage also has ("the quiz starts at 12:40" of a
# podcast): a time of the world at a venue named after it, or where nothing near names footage.
_PROGRAMME_NOUNS = (
    r"(?:quiz(?:zes)?|quiz\s+night|bingo|raffle|tombola|karaoke|open\s+mic|ceilidh|disco|fete|fête|fair|funfair|"
    r"jumble\s+sale|car\s+boot(?:\s+sale)?|coffee\s+morning|barbecue|bbq|party|screening|fireworks|book\s+club|"
    r"choir|practice|training|worship|matinee|story\s?time|bake\s+sale|signing|tasting|tour)"
)
_EVENT = re.compile(
    # (not the last word of a quoted title: '"Low Tide" includes a hidden track, which begins at')
    rf"\b{_EVENT_NOUNS}s?\b(?!-\w|\s+{MEDIA_NOUN}\b|['’]s\b|[\"”])[^.;!?]{{0,50}}\b{_EVENT_VERBS}\s+"
    r"(?:(?:at|around|about|by|until|till|shortly\s+after|just\s+after|just\s+before|before|after|"
    r"roughly|approximately|sometime\s+after|(?:after|before)\s+(?:(?:a|the)\s+)?(?:lunch|dinner|breakfast|"
    r"break|recess|adjournment|delay))\s+)*$",
    _I,
)
# "At 07:45 the ferry left Circular Quay": the event and its verb right after an opening clock.
_EVENT_AFTER = re.compile(
    rf"\s*,?\s*(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\w'’-]+\s+)?{_EVENT_NOUNS}\s+"
    r"(?:began|started|opened|closed|ended|lasted|ran|was|were|took\s+place|kicked\s+off|resumed|adjourned|"
    r"convened|departed|arrived|landed|took\s+off|sounded|struck|hit|occurred|happened|finished|broke\s+out|"
    r"rose|left|reached|returned|reconvened)\b",
    _I,
)
FOOTAGE_WORD = re.compile(
    # "was cut", "had been edited": verbs, not the nouns "cut"/"edit".
    # "a time taken from the log, not from the video": footage said not to be the source
    rf"\b(?<!\bnot\sfrom\sthe\s)(?<!\bnot\sin\sthe\s)(?<!\bnot\son\sthe\s)"
    rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?:{LENGTH_MEDIA}|embed|bodycam|dashcam|cctv|livestream|feed|highlights|replays?|subtitles?|captions?|VOD|(?<!on\sthe\s)(?<!at\sthe\s)(?<!to\sthe\s)(?<!reached\sthe\s)(?<!reach\sthe\s)(?<!fled\sthe\s)scene|frame|camera\s+angle|mark|timestamp|"
    rf"(?:bit|part|moment|section)\s+(?:at|from|around)|(?:seconds|minutes)\s+(?:in|into)|into\s+the\s+(?:[\w'’-]+\s+){{0,3}}{MEDIA_NOUN})\b",
    _I,
)
# A substring of every word FOOTAGE_WORD matches: most clauses have none, and plain `in` tests cost
# far less than the pattern's look-behinds tried at every word.
FOOTAGE_STEMS = (
    "video", "clip", "footage", "recording", "film", "trailer", "teaser", "documentary", "stream", "broadcast",
    "montage", "reel", "compilation", "supercut", "movie", "episode", "interview", "version", "upload", "cut",
    "tape", "segment", "excerpt", "short", "vlog", "podcast", "cam", "cctv", "feed", "highlights", "replay",
    "subtitle", "caption", "vod", "scene", "frame", "camera", "mark", "timestamp", "seconds", "minutes", "into",
    "bit", "part", "moment", "section", "demo", "walkthrough", "playthrough", "tutorial", "embed",
)

_FOOTAGE_STEM = any_stem(FOOTAGE_STEMS)


def footage_word(text: str, b: int = 0, e: int | None = None) -> bool:
    """Whether text[b:e] names footage ("in the video", "the bodycam", "90 seconds in")."""
    e = len(text) if e is None else e
    low = text[b:e].lower()
    return _FOOTAGE_STEM.search(low) is not None and FOOTAGE_WORD.search(text, b, e) is not None


# A past-tense report right before the clock ("the bomb exploded at 8:46", "was posted at
# 10:45") describes the world; footage is described in the present ("the officer fires at 3:14").
_PAST_BEFORE = re.compile(
    r"(?<![\w])(?:(?P<aux>is|are|can\s+be|gets|get|being)\s+)?(?:\w+ed|began|rose|struck|hit|fell|came|went|"
    r"left|took|broke|met|spoke|rang|ran|drew|gave|got|held|sat|stood|woke|wrote|flew|blew|sank|burst|"
    r"lit|led|fled|sent|saw|heard|told|found|made|said|began|stopped|shut|set\s+off|set\s+out|"
    r"took\s+off|read\s+out)\s+(?:(?:at|around|about|by|until|till|shortly\s+after|just\s+after|just\s+before|"
    r"sometime\s+after|after|before|roughly|approximately|exactly|precisely)\s+)+$",
    _I,
)
_FUTURE = re.compile(
    # "at 08:10 the line should reopen": a service's expected state
    r"\bshould\s+(?:re-?open|resume|restart|be\s+(?:restored|reopened|back\s+open|running))\b|"
    r"\b(?:will|would|is\s+due|are\s+due|was\s+due|were\s+due|is\s+expected|are\s+expected|"
    r"scheduled|slated|set\s+to|set\s+for|planned|plans?\s+to|is\s+to|are\s+to)\b",
    _I,
)
_IN_MEDIA_AFTER = re.compile(rf"^\s*(?:in|into|of)\s+the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b", _I)
# Publishing and filming times: "the video was uploaded at 21:04", "filmed at 14:32".
_PUBLISH_BEFORE = re.compile(
    r"\b(?:(?:uploaded|posted|published|released|shared|filmed|recorded|deleted|removed|edited|took\s+down|"
    r"tweeted|sent)\s+(?:it|them|(?:the|a|an|his|her|their|its|this|that)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:video|clip|footage|post|tweet|message|recording|photo|picture|image|story|livestream|statement))|"
    r"uploaded|posted|published|released|shared|filmed|recorded|(?:was|were|been)\s+shot|broadcast|"
    r"streamed|sent|tweeted|captured|(?<!\bis\s)(?<!\bare\s)taken|received|sent\s+out|went\s+live|go\s+live|goes\s+live|"
    r"(?:airs|aired|broadcasts|streams|premieres|premiered)(?:\s+\w+){0,2}|"
    # when the making began: "the recording actually started at 07:53", "filming began at 14:10"
    r"(?:recording|filming|broadcast|livestream|stream)\s+(?:(?:actually|only|first|really)\s+)?(?:started|began)|"
    r"(?:views|viewed|shares|retweets|likes|viral|trending)\b[^.;]{0,30}?(?=\s+by\s+$))\s+"
    r"(?:live\s+|online\s+)?(?:(?:at|in|on)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+)?"
    r"(?:(?:at|around|about|by|shortly\s+after|just\s+after|just\s+before|before|after)\s+)+$",
    _I,
)
_PUBLISH_STEMS = any_stem((
    "upload", "post", "publish", "releas", "shar", "film", "record", "delet", "remov", "edit", "took", "tweet",
    "sent", "shot", "broadcast", "stream", "captur", "taken", "receiv", "live", "air", "premiere", "view", "like",
    "viral", "trending"))
_PAST_IRREGULAR_OR_ED = re.compile(
    r"(?<![\w])(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeing\s)(?:"
    # "the most disputed cue", "the condensed game": an -ed word after a determiner is an adjective.
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bmost\s)(?<!\bmore\s)(?<!\bits\s)(?<!\bthis\s)(?<!\btheir\s)"
    r"[a-z]{3,}(?<!ne)(?<!ee)ed|was|were|had|"
    r"left(?=\s+(?:the|a|an|his|her|their|its|for|home|after|before)\b|\s+[A-Z])|sold|lost|won|kept|fled|threw|caught|bought|brought|built|fought|sought|spent|sent|"
    r"felt|slept|swept|dug|hung|stuck|struck|swung|sprang|sang|rang|drank|swam|began|ran|came|became|gave|"
    r"ate|rode|rose|drove|wrote|spoke|broke|chose|froze|woke|stole|wore|tore|grew|knew|flew|drew|blew|"
    r"saw|heard|told|said|paid|laid|made|found|stood|sat|met|held|took|shook|got|went|did|"
    r"lifted\s+off|took\s+off)\b(?![\w-])",
)
# A short title naming a video, a dash or colon, then its length: "Extended trailer — 2:48".
_DASHES = ("—", "–", "-", ":")  # every _TITLE_DASH match ends with one (then spaces)
_TITLE_DASH = re.compile(
    rf"\s*(?:[\w'’,-]+\s+){{0,3}}(?:{LENGTH_MEDIA}|part|chapter|act|ep\.?)(?:\s+\d+)?(?:\s*\([^()]{{0,60}}\)|\s*[\"“][^\"”]{{0,60}}[\"”])?"
    rf"\s*(?:—|–|-|:)\s*",
    _I,
)
_ENDS_ITEM = re.compile(r"^\s*(?:[.;|•\n]|$)")
_FIRST_DIGIT = re.compile(r"\d")
# "By 9:45 most of the crowd had gone home": footage is never told in the past perfect.
_PAST_PERFECT_AFTER = re.compile(
    r"^[^.;:!?]{0,60}?\bhad\s+(?:already\s+|been\s+)?[a-z]+(?:ed|en|one|ft|ught|ound)\b", _I
)
_LEADING_HEDGE = re.compile(rf"(?:{HEDGE})\s+(?:the\s+)?|{INFORMAL_HEDGE}\s+|[~≈]\s*", _I)
# "loses it at 0:31": no score or ratio is written with a zero and two digits.
_ZERO_MINUTES = re.compile(r"0?0:\d\d(?:\.\d+)?")
# Hours, minutes and seconds, zero-padded: no tally, vote or ratio is written so ("The vote is at 2:02:10").
_HMS_NO_TALLY = re.compile(r"\d{1,2}:[0-5]\d:[0-5]\d(?:[.,]\d+)?")
_ZERO_HOUR = re.compile(r"(?<![\d:])0:\d\d")
_ONE_DIGIT_HOUR_SECONDS = re.compile(r"(?<![\d:])[1-9]:[0-5]\d:[0-5]\d(?![\d:,.])")
_NOT_A_CLOCK = re.compile(r"(?:2[4-9]|[3-9]\d|\d{3}):\d\d(?::\d\d)?(?![:\d])")
# "at 7:30 into the address": a position in a recording, whatever the recording is called.
_INTO_AFTER = re.compile(r"^\s+into\s+(?:the|this|that|his|her|its|their)\b", _I)
# Who reports a world event: "police said", "according to the report", "residents told".
_ATTRIBUTION = re.compile(
    r"\b(?:(?:police|officials?|authorities|witnesses|residents|prosecutors|investigators|officers|aides?|"
    r"sources?|spokes(?:person|man|woman)|neighbou?rs?|relatives|organi[sz]ers|witness|parents|teachers|"
    r"commuters|shoppers|locals|staff|"
    r"the\s+(?:ministry|department|army|military|agency|company|spokesperson|spokesman|spokeswoman|mayor|"
    r"governor|coroner|statement|report|complaint|indictment|affidavit|lawsuit|filing|timeline|network|"
    r"broadcaster|channel|station|club|council|company)"
    # a titled person: "Mr Greaves says", "Cllr Shah said"
    r"|(?-i:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Insp|Sgt|PC|Det|Supt)\.?\s+[A-Z][\w'’-]+))\s+"
    r"(?:said|say|says|told|reported|reports|stated|states|wrote|allege|alleged|alleges)|according\s+to)\b",
    _I,
)
_PAST_OR_WAS = re.compile(
    r"(?<![\w])(?:was|were|had|said|told|[a-z]{3,}ed|began|rose|struck|fell|came|went|took|broke|met|spoke|rang|ran|drew|"
    r"gave|got|held|sat|stood|woke|wrote|flew|blew|sank|burst|fled|sent|saw|heard|told|found|made|left|"
    r"opened|shot|hit|arrived)\b(?![\w-])",
)
# Things that run to a timetable or take time: "the 6:30 train", "the 2:30 drive".
_SCHEDULED_AFTER = re.compile(
    r"^\s*(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?:train|flight|bus|ferry|service|freight|express|sleeper|shuttle|tram|coach|sailing|shift|news|bulletin|mass|appointment|deadline|curfew|meeting|"
    r"briefing|press\s+conference|kickoff|kick-off|show|departure|arrival|start|tee\s+time|"
    r"drive|walk|ride|trip|journey|wait|delay|commute|flight\s+time|run|showing|screening|matinee|performance|"
    # a visit's or a booking's fixtures: "the 12:00 bugle call from St Mary's", "our 19:30 sitting"
    r"bugle\s+call|call\s+to\s+prayer|ceremony|parade|guided\s+tour|tour|concert|gig|lecture|class|keynote|"
    r"reservation|booking|sitting|boarding|check-?in|"
    # what people reported at a time of day: "matches the 13:58 report from local residents"
    r"(?:(?:police|witness|eyewitness|news|radio|press|incident|fire|traffic|weather|first|initial|official)\s+)?"
    r"(?:reports?|alerts?|warnings?|statement|announcement|dispatch|sightings?|tweets?|posts?(?![\w-]))|emergency\s+call|(?:999|911|112)\s+call)\b"
    # "00:01:06:00 show the muzzle flash": a verb with its object, not "the 6:30 show".
    r"(?!\s+(?:the|a|an|his|her|their|its|this|that|these|those|him|them|it|how|what|where|who)\b)",
    _I,
)
# A service named by its clock and its kind: "The 8:05 school service is withdrawn", "the 6:40 airport bus".
_KIND_OF_SERVICE_AFTER = re.compile(
    r"\s+[a-z][\w'’-]*\s+(?:trains?|bus|coach|tram|ferry|sailing|crossing|flight|shuttle|sleeper|service|"
    r"departure|express|boat)\b(?![\w-])", _I)
# Aspect ratios with two-digit parts: "cropped to 9:16 for vertical video".
# A service named by its departure and destination: "the 06:40 to Marsden", "caught the 7.15 from Leeds".
_THE_BEFORE = re.compile(r"\bthe\s+$", _I)
_SERVICE_TO_AFTER = re.compile(r"\s+(?:to|from)\s+(?:(?-i:[A-Z])[a-z]|(?:nowhere|somewhere|anywhere|home|town)\b)")
# A timetabled service named by its clock, then its state: "the 07:45 is running about 20 minutes late".
_SERVICE_STATE_AFTER = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:now\s+)?(?:running\s+)?(?:(?:about|some|roughly|around|over|"
    r"nearly|up\s+to)\s+)?(?:[\w-]+\s+(?:minutes?|mins?|hours?)\s+)?(?:late|early|delayed|cancell?ed|on\s+time|diverted)\b",
    _I)
# A line-up's billing: "were billed as headliners from 20:45", "slotted in at 19:10".
_BILLED_BEFORE = re.compile(
    r"\b(?:billed|slotted|booked|programmed|timetabled)\b[^.;!?\d]{0,40}?\s(?:(?:at|from|for|between)\s+)?$", _I)
def _named_service(c: _Clock) -> bool:
    """A clock that names a scheduled thing told just before: "the 3:15 meeting or the 4:00?" (the 4:00 meeting),
    and the same clock said again ("... The 3:15.")."""
    the = c.before.rstrip().lower().endswith("the")
    m = _ELLIPTIC_BEFORE.search(c.before) if the else None
    if m and _SCHEDULED_AFTER.match(m.group("noun")):
        return True
    if the and c.ends(_ELLIPTIC_ANSWER_BEFORE) and _ELLIPTIC_ANSWER_AFTER.match(c.after) and any(
            _SCHEDULED_AFTER.match(c.text[s.end():s.end() + NEAR_CHARS])
            for s in _THE_CLOCK.finditer(c.text, max(0, c.begin - CONTEXT_CHARS), c.bare)):
        return True  # "We need the 3:30 train." "No, the 4:15.": an answer naming another of the same service
    clock = c.text[c.bare:c.end]
    prior = c.text.rfind(clock, max(0, c.begin - CONTEXT_CHARS), c.bare)
    if prior < 0 or (prior > 0 and (c.text[prior - 1].isdigit() or c.text[prior - 1] == ":")):
        return False
    return _SCHEDULED_AFTER.match(c.text[prior + len(clock):prior + len(clock) + NEAR_CHARS]) is not None


# The service named alone in a reply or a correction, the clause ending after it: "No, the 4:15.", "or the 9:10?".
_ELLIPTIC_ANSWER_BEFORE = re.compile(
    r"(?:^|[,;:!?.(—–-]|\b(?:no|nope|not|or|rather|actually|instead|take|catch|get|book|want|need|prefer))\s*the\s+$",
    _I)
_ELLIPTIC_ANSWER_AFTER = re.compile(r"\s*(?:[.?!,;)—–]|$|(?:one|instead|then|though|please|if|unless)\b)", _I)
_THE_CLOCK = re.compile(r"\bthe\s+\d{1,2}[:.]\d\d(?![\d:])", _I)
_ELLIPTIC_BEFORE = re.compile(
    r"(?<![\d:])\d{1,2}[:.]\d\d(?P<noun>\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:or|and|not|then|than)\s+the\s+$", _I)
_BILLED_STEMS = any_stem(("billed", "slotted", "booked", "programmed", "timetabled"))
_RATIO_NEAR = re.compile(
    r"\b(?:vertical|portrait|landscape|widescreen|aspect|ratio|format|cropped|crop|letterbox\w*)\b", _I
)
_PAST_IN_CLAUSE = re.compile(
    r"(?<![\w])(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?:[a-z]{3,}ed|began|rose|struck|fell|came|went|took|broke|met|"
    r"spoke|rang|ran|drew|gave|got|held|sat|stood|woke|wrote|flew|blew|sank|burst|fled|sent|saw|heard|"
    r"told|found|made|said|observed|gathered)\b(?![\w-])",
)
_TWO_DIGIT = re.compile(r"(?:\d\d|0\d):\d\d(?!:)")
_MEDIA_STARTED_BEFORE = re.compile(
    rf"\b(?:{MEDIA_NOUN}|{RECORDED_TALK})(?:,?\s+(?:which|that))?\s+"
    r"(?:began|started|ended|finished|went\s+(?:live|out|off\s+air)|resumed|aired)"
    # "the stream started late (like 20:15"
    r"(?:(?:\s+(?:late|early|promptly|on\s+time))?\s*\(\s*|\s+)"
    r"(?:(?:at|around|about|like|shortly\s+after|just\s+after|just\s+before|before|after)\s+)*$",
    _I,
)
# A whole recording said to start at a clock on the hour or half hour, in the present: "the archive starts at 05:00"
# (a clip or scene that "starts at 12:00" may be a position in a longer video: not these nouns).
_RECORDING_STARTS_BEFORE = re.compile(
    r"\b(?:archive|archived\s+(?:stream|footage|recording)|recording|stream|livestream|live\s?stream|webcast|"
    r"broadcast|feed|coverage|cam)\s+(?:begins|starts|opens|ends|finishes|goes\s+live|kicks\s+off)\s+"
    r"(?:(?:at|from|around|about)\s+)+$", _I)
# A line or sentence opening with the recording's verb, then the clock: when it was recorded ("Filmed 07:10–08:30").
_RECORDING_WINDOW_OPENING = re.compile(
    r"(?:\s|<[^<>\n]{0,40}>|[-*•>#|])*(?:(?:the\s+)?(?:footage|video|clip|stream|audio|recording)\s+(?:was\s+)?)?"
    r"(?:recorded|filmed|shot|captured|taped|streamed)(?:\s+live)?\s+(?:(?:from|between|at)\s+)?", _I)


def _recording_window(c: _Clock) -> bool:
    """The clock follows only a recording verb opening its line or sentence: when the footage was made."""
    opening = max(c.b, c.text.rfind("\n", 0, c.begin) + 1)
    return c.begin - opening <= RECORDING_WINDOW_OPENING_CHARS \
        and _RECORDING_WINDOW_OPENING.fullmatch(c.text, opening, c.bare) is not None


RECORDING_WINDOW_OPENING_CHARS = 60
# "starts at 02:30 in the VOD": said in the recording (not "at 05:00 in the morning").
_IN_RECORDING_AFTER = re.compile(
    r"\s+(?:in|into|of)\s+(?:the|this|that|its|my|our)\s+(?!(?:[\w-]+\s+)?(?:morning|afternoon|evening|night|day)\b)",
    _I)
# Someone setting a recording going, then the clock: "started recording at about", "hit record at", "began
# filming around" (the recording's own start, so no position in it).
_STARTED_RECORDING_BEFORE = re.compile(
    r"\b(?:start(?:s|ed|ing)?|began|begins?|begun|hit|hits|pressed|presses|pushed)\s+"
    r"(?:(?:the\s+)?(?:recording|record|filming|taping|rolling|recorder|tape|camera)\b)\s*"
    r"(?:(?:at|around|about|from|shortly\s+after|just\s+after|just\s+before|some\s+time\s+after)\s+)+$", _I)
_STARTED_RECORDING_STEMS = any_stem(("recording", "record", "filming", "taping", "rolling", "recorder", "tape",
                                     "camera"))
_ON_THE_HALF_HOUR = re.compile(r"(?:[01]\d|2[0-3]):[03]0")
_TOD_IN_CLAUSE = re.compile(
    rf"\b(?:sunset|sunrise|sun\s+(?:sets|set|rises|rose)|dawn|dusk|noon|midnight|daybreak|nightfall|weeknights?|weekdays|mornings|evenings|"
    rf"nightly|daily|(?:every|each)\s+(?:day|morning|evening|night)|(?:that|this|the\s+next|the\s+following)\s+"
    # a daily schedule: "goes out twice a day at 10:00 and 14:30", "three times per day"
    rf"(?:day|morning|afternoon|evening|night)|(?:once|twice|(?:two|three|four|five|six|\d+)\s+times)\s+(?:a|per)\s+"
    rf"(?:day|morning|afternoon|evening|night)|{WEEKDAY}s?|local\s+time|time\s+zone|UTC|GMT)\b",
    _I,
)
# One of these is in every _TOD_IN_CLAUSE match (tests/test_moments_gates.py).
_TOD_IN_CLAUSE_STEMS = any_stem(("sun", "dawn", "dusk", "noon", "night", "day", "morning", "evening", "daily", "mon",
                                 "tue", "wed", "thu", "fri", "sat", "local", "zone", "utc", "gmt"))
_LATER_TIMECODE = re.compile(r"\)[^()]*?\b(?:at|from|by)\s+(?:the\s+)?\d{1,3}:\d\d\b")
_MARK_END = re.compile(r"marks?$", _I)
_RANGE_OPENER = re.compile(r"(?:from|between|for)\b", _I)
_RANGE_OPENER_FROM = re.compile(r"(?:from|between)\b", _I)
_SECONDS_SPAN = re.compile(r"for\s+(?:\S+\s+){0,3}?(?:seconds?|secs?)\b", _I)
_RANGE_SEP = re.compile(r"\d\s*(?:-->|->|→|-|–|—|to|through|thru|until|till)\s*\d", _I)
_CLAUSE_EDGE = re.compile(r";|,\s*(?:and|but|while|whereas|which|so)\b|\s+(?:and|but)\s+(?:the|a|an|in|on|at)\b", _I)


def _clause(text: str, begin: int, end: int, b: int, e: int) -> str:
    """The clause around [begin, end) inside the sentence [b, e)."""
    left = b
    for m in _CLAUSE_EDGE.finditer(text, b, begin):
        left = m.end()
    right_m = _CLAUSE_EDGE.search(text, end, e)
    return text[left:right_m.start() if right_m else e]
# A clock shown on screen: "the camera's clock reads 03:51:22", "the timestamp reads 10:02".
_ONSCREEN_CLOCK = re.compile(
    r"\b(?:clock|countdown|timer|stopwatch|wristwatch|watch|time\s?stamp|time-stamp|date\s?stamp|time\s+code|timecode|time\s+display|"
    r"on-?screen\s+time|overlay|display|dashboard|screen|counter|readout|caption|chyron|banner|"
    # a sign or a board in the picture: "the bank's sign shows 11:58 and 31°C"
    r"watermark|stamp|metadata|exif|log|telemetry|hud|osd|signs?|signboard|billboard|board)\b[^.;!?]{0,30}\b(?:reads?|read|reading|shows?|showed|showing|displays?|displayed|"
    r"displaying|says|said|indicates?|indicated|stamped|set\s+to|of"
    # "By the overlay that is 04:13:41": a gap in the footage read on its clock
    r"|(?:that|this|it)\s+(?:is|was|would\s+be))\s+(?:(?:{h})\s+)?(?:the\s+time\s+(?:as\s+)?)?"
    # other readings before the clock: "the telemetry reads ALT 120M 14:03:55"
    r"(?:(?-i:[A-Z0-9][A-Z0-9./°%-]*)\s+){0,3}"
    r"(?:[\"'‘“][^\"'’”]{0,30}?)?$"
    .replace("{h}", HEDGE),
    _I,
)
_CLOCK_NEAR = re.compile(
    r"\b(?:(?<!\bon\sthe\s)clock|o['’]clock|wristwatch|time\s+of\s+day|stamped|time-?stamped|date-?stamped)\b"
    r"[^.;!?]{0,25}$",
    _I,
)
# A subtitle cue's stamp is where the cue sits in the footage: "the cue 'Main engine start' is stamped 00:41:03.000".
_CUE_STAMPED_BEFORE = re.compile(
    r"\b(?:cues?|captions?|subtitles?|subtitle\s+lines?)\b[^.;!?]{0,50}\b(?:time-?)?stamped\s+(?:at\s+|as\s+)?$", _I)
# A clock in the scene stopped at a time: "a clock on the kitchen wall stopped at 4:10 throughout".
_STOPPED_CLOCK_BEFORE = re.compile(
    r"\b(?:clock|wristwatch|watch)\b[^.;!?\d]{0,40}\b(?:stopped|stuck|frozen|froze|set|fixed|left)\s+(?:at|to)\s+$", _I)
# For each pattern above and below searched in the words before a clock, substrings (casefolded) one of
# which every match holds (``_Clock.may_end``; ``GATED_BEFORE`` pairs them for the tests).
# A clock in the scene, told where it hangs, then its reading: "The clock on the wall behind her, visible in the
# first frame, shows 21:52".
# A clock that strikes or chimes the time in the story: "the clock above the quay striking 11:59 and stopping".
_CLOCK_READS_BEFORE = re.compile(
    r"\b(?<!o['’])(?:clock|wristwatch)\b[^.;!?\d]{0,60}\b(?:reads?|shows?|showed|showing|says|said|displays?|"
    r"displayed|strikes|striking|struck|chimes|chiming|chimed)\s+$", _I)
_ONSCREEN_STEMS = any_stem(("clock", "countdown", "timer", "watch", "stamp", "code", "display", "screen", "overlay",
                   "dashboard", "counter", "readout", "caption", "chyron", "banner", "watermark", "metadata", "exif",
                   "log", "telemetry", "hud", "osd", "sign", "board"))
_CLOCK_NEAR_STEMS = any_stem(("clock", "watch", "day", "stamp"))
_QUOTED_TITLE_PAREN = re.compile(rf"\b{LENGTH_MEDIA}\b[^.;()]{{0,40}}[\"'’”]\s*\($", _I)
# "The clip (4:12) was shared widely": a length in parentheses after the media noun,
# told apart from "The drone footage (0:45) shows smoke" by what follows.
_PAREN_LENGTH_AFTER = re.compile(
    r"^\)\s*(?:was|were|has|had|have|went|is\s+being|got|garnered|racked|drew|received|circulated|spread|"
    r"appeared\s+online|surfaced|,\s*(?:which|posted|shared|uploaded|released|published)|"
    r"is\s+(?:much\s+|a\s+bit\s+|slightly\s+|far\s+)?(?:shorter|longer|brief|short|long))\b",
    _I,
)
# (a speaker's own watch too: "It's 2:15 by my watch")
_CLOCK_AFTER = re.compile(
    r"^\s*(?:(?:on|by|per|going\s+by)\s+(?:the|its|his|her|their|a|an|my|our|your)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:clock|timestamp|time\s?stamp|watch|wristwatch)\b|"
    r",?\s*according\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’]+\s+){0,2}"
    r"(?:clock|timestamp|time\s?stamp|metadata|exif|file\s+data|GPS\s+data|phone\s+records|logs?|records))",
    _I,
)
# Sport: "with 4:31 to play", "4:31 left in the half", "at 4:31 of the third quarter".
_GAME_AFTER = re.compile(
    r"^\s*(?:to\s+play|to\s+go|left|remaining|on\s+the\s+(?:game\s+|shot\s+|play\s+)?clock)\b"
    r"(?!\s+(?:in|of)\s+the\s+(?:[\w'’-]+\s+){0,2}" + MEDIA_NOUN + r"\b)"
    r"|^\s*(?:in|of|into)\s+(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th|opening|"
    r"extra|second-half|first-half)?\s*(?:quarter|half|period|inning|innings|overtime|OT|frame|set|round|"
    r"extra\s+time|stoppage\s+time|regulation)\b(?!\s+of\s+the\s+(?:[\w'’-]+\s+){0,2}" + MEDIA_NOUN + r"\b)",
    _I,
)
_GAME_BEFORE = re.compile(
    r"\b(?:shot\s+clock|game\s+clock|play\s+clock|quarter|overtime|buzzer(?!-beater)|halftime|half-time)\b"
    r"[^.;!?]{0,20}$", _I
)
def _shift_amount(c: _Clock) -> bool:
    """"shift by -00:00:02.000", "an offset of +0:03", "delay the subs by 00:00:01.500": an amount."""
    if c.before.endswith(_SIGNS):  # and a zone's: "2025-10-03T08:15:00+01:00"
        return c.ends(_SIGNED_BEFORE, 3) or c.ends(_ZONE_OFFSET_BEFORE)
    return c.before.endswith("by ") and c.may_end(_SHIFT_STEMS) and c.ends(_SHIFT_BY_BEFORE, 60)


# A signed time is an amount, a shift or an offset ("shift by -00:00:02.000", "(+0:03)"), never a position;
# but not the second time of a range ("2:10 -2:40") or a list's bullet.
_SIGNED_BEFORE = re.compile(r"(?:(?<![\d:.,])[^\S\n]|[(\[=])[+\-−]$")
# A time zone's offset after an ISO 8601 time or a zone ("T08:15:00+01:00", "2025-10-03 08:15-04:00", "UTC+05:30").
_ZONE_OFFSET_BEFORE = re.compile(
    r"(?:(?:\d{4}-\d\d-\d\d)?(?-i:T)|\d{4}-\d\d-\d\d[ ])\d\d:?\d\d(?::?\d\d(?:[.,]\d+)?)?[+\-−]$"
    r"|\b(?:UTC|GMT)[ ]?[+\-−]$", _I)
_SIGNS = ("+", "-", "−")
# A shift's amount: "shift the subs by 00:00:02.000", "offset everything by 0:03", "delayed it by 1:30".
_SHIFT_BY_BEFORE = re.compile(
    r"\b(?:shift|offset|delay|advance|nudge|retim|resync|re-sync|sync)\w*(?:\s+(?!by\b)[\w'’-]+){0,4}\s+by\s+$", _I)
_SHIFT_STEMS = any_stem(("shift", "offset", "delay", "advance", "nudge", "retim", "sync"))
# Races: "finished in 3:05:44", "a time of 2:03:23", "ran a 3:59 mile".
# (also a result's label: "Finish time: ", "**Official time:** ", "Winning time – ")
_RACE_BEFORE = re.compile(
    r"(?:\b(?:finish(?:ed|es|ing|ers?)?|crossed\s+the\s+(?:finish\s+)?line|crossed(?=\s+in\s)|completed\s+the\s+(?:race|course|"
    r"marathon|distance|lap|climb|swim|ride|run)|(?:a|finishing|final|winning|race|lap|qualifying|record|stage|overall|net|"
    r"gun|chip|official)\s+time|(?:his|her|their|winners?|champions?|leaders?|victors?|runners?-up)['’]?s?['’]?\s+time|"
    # a match's or game's length on a result line: "Time of match: 2:51", "Time of game - 3:04"
    r"time\s+of\s+(?:the\s+)?(?:match|game|play|bout|fight|contest)|"
    r"time\s+of|(?:reached|passed)(?=\s+in\s)|"  # a split: "30 km, reached in 1:29:02"
    r"clocked|clocking|won\s+in|(?:came|comes?|coming)\s+home|(?:record|best|PB|PR)\s+(?:time\s+)?at|record|best|PB|PR|lap|marathon|half-marathon|split|pace|swam|cycled|"
    # "Turns are timed at 1:30", "swimming 2:07.41": a limit timed, a swim's time
    r"timed\s+at|swimming|rowing|skating|"
    r"timed|stopwatch|fastest|quickest|slowest|pole|speedrun|WR|world\s+record)\b(?:[,:]|\s*[–—]|\*\*|__)?(?:\*\*|__)?"
    r"\s*(?:(?:in|inside|under|of|a|an|with|just|only|new|personal|world|course|national|time|record|blistering|was|is|"
    r"winning|scorching)(?::|\s*[–—])?\s+)*(?:(?:{h})\s+)?$)".replace("{h}", HEDGE),
    _I,
)
_GAME_STEMS = any_stem(("clock", "quarter", "overtime", "buzzer", "half"))
_RACE_STEMS = any_stem((
    "finish", "crossed", "completed", "time", "won", "record", "best", "pb", "pr", "lap", "marathon", "split", "pace",
    "swam", "cycled", "stopwatch", "fastest", "quickest", "slowest", "pole", "speedrun", "wr", "clock", "home",
    "reached", "passed", "swimming", "rowing", "skating"))
# A subtitle cue's time, two-digit hours and milliseconds ("is timed 00:21:47,300 --> 00:21:49,120"): no race's.
_CUE_TIME = re.compile(r"\d\d:[0-5]\d:[0-5]\d(?:,\d{3}(?!\d)|\.\d{3}\s*-->)")
# A WebVTT cue's time, padded minutes and milliseconds, hours or not ("00:21.000", "00:01:02.500").
_VTT_TIME = re.compile(r"(?:\d\d:)?\d\d:[0-5]\d[.,]\d{3}")


def _cue_time_in_cues(c: _Clock) -> str | None:
    """A time written as a cue's time, padded minutes and milliseconds, in a text of subtitle cues ("-->"): a
    position ("the client wants it moved to 00:21.000"), whatever the words around it."""
    return "" if _VTT_TIME.fullmatch(c.text, c.bare, c.end) is not None and "-->" in c.text else None


# "finished the 1,500m in 3:31.6", "ran the 10K in 31:02": a distance, then the time.
_DISTANCE_IN_BEFORE = re.compile(
    r"\b\d[\d,.]*\s?(?:m|km|k|K|metres?|meters?|miles?|mi)\b(?:\s+[a-z]+){0,2}\s+in\s+$"
    # "covered the 33rd kilometre in 3:09", "ran the final lap in 1:31"
    r"|\b(?:\d+(?:st|nd|rd|th)|first|second|third|last|final|opening|closing|next|fastest|slowest)\s+"
    r"(?:km|kilomet(?:re|er)|miles?|laps?|legs?|climbs?|lengths?|sections?)\s+in\s+$", _I
)
_DISTANCE_STEMS = any_stem(("in",))
# A finisher's place or a race's half, then "in" and the time: "Park, seventh in 2:09:12", "the women's race went to
# Esi Mensah, 31, in 2:27:03", "ran the second half in 1:03:58".
_FINISHER_IN_BEFORE = re.compile(
    r"(?:,|\b[A-Z][\w'’.-]*|\b(?:was|were|is|are|finished|came|placed|ended|home))\s+"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|\d{1,2},)\s+in\s+$"
    r"|\b(?:went\s+to|won\s+by|taken\s+by|claimed\s+by)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,?\s+in\s+$"
    r"|\b(?:ran|runs?|running|covered|covers?|completed|swam|rode|cycled|did|does)\s+(?:the|her|his|their|its|a)\s+"
    r"(?:first|second|opening|closing|final|last|back|front)\s+(?:half|halves|half-marathon)\s+in\s+$"
    # the finish crossed in a time: "Kiprop crossed in 2:07:39", "crossed the line in", "came home in"
    r"|\b(?:crossed|crosses|crossing)(?:\s+the\s+(?:finish(?:ing)?\s+)?(?:line|tape|mat))?\s+in\s+$"
    r"|\b(?:came|comes|coming)\s+home\s+in\s+$"
    # a race or title won: "won the men's race in 2:07:32", "took the women's title in 2:24:15", "retained her
    # crown in 2:21:40" (a few words may name it: "the junior 10,000m title")
    r"|(?i:\b(?:won|wins?|winning|took|takes?|taking|claimed|claims?|claiming|clinched|clinch(?:es)?|captured|"
    r"captures?|retained|retains?|defended|defends?|landed|lands?|secured|secures?|sealed|seals?)\s+"
    r"(?:(?:the|her|his|their|its|a|an|this|that)\s+)?(?:[\w'’,.-]+\s+){0,3}?(?:race|title|crown|event|marathon|"
    r"half-marathon|gold|victory|win|final|heat|stage|division|category|honou?rs|trophy|cup|championship)s?\s+"
    r"in\s+$)")
_RACE_AFTER = re.compile(
    r"^[\s-]*(?:mile|marathon|half-marathon|half\s+marathon|lap|laps|finish|finishing\s+time|personal\s+best|"
    r"PB|PR|world\s+record|course\s+record|record|pace|per\s+mile|per\s+(?:km|kilometre|kilometer)|"
    r"/mile|/km|min/km|split|(?:half-?way|half|first-half|second-half|negative|even|opening|closing|\d+\s?km?)[\s-]+split|behind|ahead\s+of|ahead(?=\s*(?:[,.;:!?)]|$|on\b))|adrift|off\s+the\s+pace|clear\s+of|(?:\d+k|\d+m|\d+-?metre|\d+-?meter)\b|to\s+win\s+the\s+(?:race|marathon|stage)|,?\s*on\s+lap\s+\d"
    # "the 1:32 rep target", "a 3:05 cut-off": the time a runner aims at
    r"|(?:[a-z]+\s+)?targets?|cut-?offs?)\b",
    _I,
)
# Lap times are told to the thousandth; no footage position is cited so with minutes alone.
_LAP_TIME = re.compile(r"\d{1,2}:[0-5]\d\.\d{3}")
_SPLIT_BEFORE = re.compile(
    r"\b(?:\d+\s+laps|(?:went|gone|going|goes|go|came|come)\s+through(?:\s+(?:halfway|half-way|the\s+half|"
    r"\d+\s?(?:km|k|miles?)))?)\s+in\s+$"
    # a point of the course passed: "a group of 14 men passing halfway in 1:03:40", "reached 30 km in 1:30:12"
    r"|\b(?:pass(?:ed|es|ing)?|reach(?:ed|es|ing)?|hit(?:s|ting)?|turn(?:ed|s|ing)?\s+at)\s+(?:halfway|half-way|"
    r"the\s+half(?:way)?(?:\s+(?:mark|point))?|(?:the\s+)?\d+\s?(?:km|k|miles?|kilomet(?:re|er)s?)(?:\s+(?:mark|point))?|"
    r"the\s+(?:turn|summit|top|bell))\s+in\s+$"
    # a list of splits: "Her splits for the 5 km sections were 16:18, 16:14", "Splits: 16:18"
    r"|\bsplits\b[^.;!?\d]{0,60}?\b(?:were|was|are|read|went)\s*:?\s+$|\bsplits?\s*:\s*(?:[*_]{1,2}|</(?:b|strong)>)?\s*$"
    # a split told straight after its distance: "5 km 16:20, 10 km 32:41, half 1:08:55"
    r"|\b\d[\d,.]*\s?(?:km|k|mi|miles?|kilomet(?:re|er)s?)\s+$|(?:^|[,;:]\s*)half\s+$", _I)
_SPLIT_STEMS = any_stem(("laps", "through", "k", "mi", "half", "split", "turn", "summit", "top", "bell"))
_DOCKET = re.compile(r"^-[A-Za-z]|^\s*-\s*(?:cv|cr|mj|mc|ap|bk)\b", _I)
_DOCKET_BEFORE = re.compile(r"\b(?:No\.|Nos\.|case|docket|number|file|Case\s+No\.?|ECF|Dkt\.?)\s*#?\s*$", _I)
# How every _DOCKET_BEFORE match ends, casefolded, without the spaces and "#" after (tests/test_moments_gates.py).
_DOCKET_TAILS = ("no.", "nos.", "case", "docket", "number", "file", "no", "ecf", "dkt", "dkt.")
# An identifier told by its holder, letters after the digits: "the licence plate reads 4:19 KD", "tail number 7:40 XB".
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:plates?|registration|reg|licen[cs]e|serial|code|callsign|call\s+sign|tail\s+number|badge|ID)\b"
    r"(?:\s+(?:number|no\.?))?\s*(?:reads|read|says|shows|is|was|:)?\s*(?:[*_`]{1,2}|<(?:b|strong|em|i|code)>)?$", _I)
_LETTERS_AFTER = re.compile(r"\s+(?-i:[A-Z]{1,3})(?![\w:])")
_SCORE_BEFORE = re.compile(
    r"\b(?:votes?|voted|voting|approved|passed|rejected|ruled|decision|majority|margin|tally|tallied|"
    r"scores?|scored|scoring|won|wins?|winning|lost|loses|losing|beat|beats|beating|defeated|drew|tied|"
    r"led|leads?|leading|trailing|trailed|trail|ratio|aspect|odds|split|result|final\s+score|"
    # (fault or costs shared out: "liability is apportioned 70:30")
    r"scoreline|victory|defeat|count|counted|apportionment|"
    r"apportion(?:ed|s|ing)?(?:\s+(?:fault|liability|blame|responsibility|costs|damages))?)\b\s*(?:(?:of|by|a|an|the|at|was|is|to|with|it|them|"
    r"narrowly|unanimously)\s+)*$"
    # the side beaten or lost to, by name: "beat the Lions 27:19", "lost to Hull City 12:30"
    r"|\b(?:beat|beats|beating|defeated|defeats|edged|edges|thrashed|routed|lost\s+to|drew\s+with|tied\s+with)\s+"
    r"(?:the\s+)?(?-i:[A-Z][\w'’.&-]*)(?:\s+(?-i:[A-Z][\w'’.&-]*)){0,2}\s+$",
    _I,
)
_SCORE_STEMS = any_stem((
    "vot", "approved", "passed", "rejected", "ruled", "decision", "majority", "margin", "tall", "scor", "won", "win",
    "lost", "los", "beat", "defeated", "drew", "tied", "led", "lead", "trail", "ratio", "aspect", "odds", "split",
    "result", "victory", "defeat", "count", "edge", "thrash", "rout", "apportion"))
_SCORE_AFTER = re.compile(
    r"^[\s-]*(?:vote|votes|decision|majority|ratio|aspect|win|victory|loss|defeat|lead|margin|split|odds|"
    r"count|tally|scoreline|draw|result|in\s+favou?r|against|aspect\s+ratio|format|widescreen|"
    r"with\s+(?:no|one|two|three|four|five|\d+)\s+abstentions?|"
    r"screen\s+ratio|scale|over\s+(?:the\s+)?(?:\w+\s+)?(?:team|side|opponents?)"
    # a mark out of ten: "9:10 in my ranking of APS-C primes"
    r"|(?:in|on)\s+(?:my|our|his|her|their|the|this)\s+(?:[\w-]+\s+)?(?:rankings?|ratings?|scoring|scorecard|"
    r"score\s?sheet|league\s+table))\b",
    _I,
)
_BOOKS = (
    r"Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|Chronicles|Ezra|"
    r"Nehemiah|Esther|Job|Psalms?|Proverbs|Ecclesiastes|Songs?|Isaiah|Jeremiah|Lamentations|Ezekiel|"
    r"Daniel|Hosea|Joel|Amos|Obadiah|Jonah|Micah|Nahum|Habakkuk|Zephaniah|Haggai|Zechariah|Malachi|"
    r"Matthew|Matt|Mark|Luke|John|Acts|Romans|Rom|Corinthians|Cor|Galatians|Gal|Ephesians|Eph|"
    r"Philippians|Phil|Colossians|Col|Thessalonians|Thess|Timothy|Tim|Titus|Philemon|Hebrews|Heb|"
    r"James|Peter|Pet|Jude|Revelation|Rev|Gen|Exod|Ex|Lev|Deut|Isa|Jer|Ezek|Dan|Ps|Prov|Eccl|"
    r"Sura|Surah|Quran|Qur['’]an|Koran"
)
_VERSE_BEFORE = re.compile(rf"(?:\b(?:{_BOOKS})\.?\s+(?:ch\.\s*)?$)|\b(?:verse|verses|chapter|ch\.|vv?\.)\s*$")
_VERSE_BEFORE_I = re.compile(r"\b(?:verse|verses|chapter|surah|sura|ayah|psalm)\s*$", _I)
# Statutes and rules cited by number: "Sections 2:14 through 2:20", "§ 3:12", "Rule 4:5".
_SECTION_BEFORE = re.compile(
    r"(?:\b(?:sections?|articles?|paragraphs?|clauses?|rules?|titles?|pages?|lines?|art\.|para\.|sec\.|pp?\.|"
    r"Tr\.|Dep\.|transcript)|§§?)\s*$",
    _I,
)
# How every match of the three patterns around ends, casefolded, with no space after (tests/test_moments_gates.py).
_CITED_TAILS = ("verse", "verses", "chapter", "surah", "sura", "ayah", "psalm", "section", "sections", "article",
                "articles", "paragraph", "paragraphs", "clause", "clauses", "rule", "rules", "title", "titles", "page",
                "pages", "line", "lines", ".", "transcript", "§", "-", "–", "—")
# The end of a cited page:line range: "Tr. 34:2–36:18", "pp. 12:4 - 14:20".
_CITED_RANGE_END_BEFORE = re.compile(
    r"(?:\b(?:pages?|lines?|pp?\.|Tr\.|Dep\.|transcript)|§§?)\s*\d{1,4}:\d{1,2}\s*[–—-]\s*$", _I)
# "the ratio of police to protesters was roughly 1:10": a ratio named earlier in the clause.
_RATIO_BEFORE = re.compile(r"\b(?:ratio|odds|proportion)\b[^.;:!?]{0,60}$", _I)
_RATIO_STEMS = any_stem(("ratio", "odds", "proportion"))
# A recipe's or a mix's ratio told after the pair: "the 1:50 salt to flour ratio", "3:1 sand-to-cement mix",
# "1:2 by weight" (not "0:45 back to basics": the things compared, then "ratio" or a measure, must follow).
_RATIO_AFTER = re.compile(
    r"\s+(?:[\w'’]+(?:\s+[\w'’]+)?\s+to\s+[\w'’]+(?:\s+[\w'’]+)?|[\w'’]+-to-[\w'’]+)\s+(?:ratio|proportion|mix)s?\b"
    r"|\s*(?:parts?\s+)?by\s+(?:weight|volume|mass)\b"
    # "the 1:50 gradient on the access road", "a 1:25 scale model", "at a 1:40 dilution"
    r"|\s+(?:gradient|slope|incline|camber|scale|ratio|dilution)s?\b", _I)
# What may stand before a time that opens its line or sentence: "2:10 water to flour ratio explained" opens a
# chapter entry (a position), unlike "the 1:50 salt to flour ratio".
_LIST_MARKS = " \t-*•>|#"
_PRICE_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|US\$|Rs\.?))\s*$", _I)
_PRICE_AFTER = re.compile(r"^\s*(?:dollars|euros|pounds|USD|EUR|GBP|yen|rupees|cents)\b", _I)
_VERSION_BEFORE = re.compile(r"(?:\bv|\b(?:version|ver\.?|release|build|iOS|Android|Python|firmware|update))\s*$", _I)
# How every _PRICE_BEFORE and _VERSION_BEFORE match ends, casefolded, no spaces after (tests/test_moments_gates.py).
_PRICE_OR_VERSION_TAILS = ("$", "€", "£", "¥", "₹", "usd", "eur", "gbp", "rs", "rs.", "v", "version", "ver", "ver.",
                           "release", "build", "ios", "android", "python", "firmware", "update")
# Footage lengths: "runs 48:12", "the video lasts 2:30", "a 48:12 video", "48:12 long".
_LENGTH_BEFORE = re.compile(
    rf"\b(?:runs?|running|ran|run\s*time|runtime|run-time|running\s+time|lasts?|lasting|lasted|long|"
    rf"length|duration|total(?:ling|s)?|clocks?\s+in\s+at|clocking\s+in\s+at|clocked\s+in\s+at|"
    # (an aside saying what it should be: "Note total runtime (should be 14:06)")
    rf"spans?|spanning)\b\s*(?:(?:of|:|\||\((?=\s*(?:should|must|ought|expected)\b)|a\s+total\s+of|just|only|over|under|some|is|was|['’]s|really|actually|"
    rf"should\s+be|must\s+be|ought\s+to\s+be|expected(?:\s+to\s+be)?|"
    rf"exactly|officially|listed\s+as|given\s+as)\s*)*(?:(?:{HEDGE})\s+)?(?:[*_`]{{1,2}}|<(?:b|strong|em|i)>)?$",
    _I,
)
# A length named among a work's details, then told after a comma: "its upload date and length, 47:12".
_LENGTH_LISTED_BEFORE = re.compile(r"\b(?:length|duration|runtime|running\s+time|run\s+time),\s$", _I)
_QUOTED_TITLE_AFTER = re.compile(
    r"^\s+(?:[\"“‘]|'(?=\w)|&(?:ldquo|lsquo|quot|#8220|#8216);)(?:[^\"”’&\n]|&(?!rdquo|rsquo|quot|#8221|#8217)){2,80}"
    r"(?:[\"”’']|&(?:rdquo|rsquo|quot|#8221|#8217);)", _I)
# The close of a recording told with its length: "[End of transcript, 24 min 16 s]", "-- end of tape (1:02:10) --".
END_OF_RECORDING_BEFORE = re.compile(
    rf"\bend\s+of\s+(?:the\s+)?(?:transcript|recording|tape|interview|video|audio|footage|file|stream|broadcast|"
    rf"programme|program|episode|podcast|call|session)\s*[,:;(–—-]\s*(?:(?:total|length|duration|running\s+time|"
    rf"runtime)\s*:?\s*)?(?:(?:{HEDGE})\s+)?$", _I)
# "The second video is shorter, at 6:40": a comparison of lengths.
_COMPARED_LENGTH_BEFORE = re.compile(
    r"(?:\b(?:shorter|longer|brief|lengthier|long|short|longest|shortest)\s*,?\s*(?:at|running|of|with)"
    # "runs 42:10; the previous one was 38:55"
    r"|\b(?:previous|last|earlier|other|next|latest|new)\s+(?:one|episode|instalment|installment|part|video|"
    r"clip|edition|show)\s+(?:was|is|ran|runs|came\s+in\s+at))\s+"
    r"(?:(?:just|only|about|roughly)\s+)?$",
    _I,
)
_LENGTH_AFTER = re.compile(
    r"^(?:[*_]{1,2}|</(?:b|strong|em|i)>)?(?:\s+|-)(?:long|in\s+length|in\s+total|in\s+duration|run\s?time|running\s+time|duration|length|"
    r"(?:average\s+)?(?:watch|view|viewing)\s+(?:time|duration)|"
    r"of\s+(?:footage|video|film|tape|audio|recordings?|material|programming|television|TV))\b"
    r"|^\s*-long\b",
    _I,
)
_PER_MEDIA_AFTER = re.compile(
    r"^\s*(?:per|a|each|for\s+each)\s+(?:clip|video|file|take|recording|upload|reel|short|story|segment)\b", _I)
_KEPT_UNDER_BEFORE = re.compile(
    rf"\b{LENGTH_MEDIA}\s+(?:(?:to|at)\s+)?(?:under|below|shorter\s+than|no\s+longer\s+than|within|up\s+to|"
    r"max(?:imum)?(?:\s+of)?)\s+$", _I)
_KEPT_UNDER_STEMS = any_stem(("under", "below", "than", "within", "up", "max"))
# A camera's recording limit: "Recording stops after 29:59", "clips are capped at 9:59", "a limit of 14:59", "29:59
# because of the limit".
_LIMIT_BEFORE = re.compile(
    r"\b(?:(?:recording|recordings|records|recorder|camera|cam|clips?|takes?|files?|video\s+mode)\s+"
    r"(?:(?:always|automatically|just|simply|still)\s+)?(?:stops?|cuts?\s+(?:off|out)|shuts?\s+(?:off|down)|ends?|"
    r"times?\s+out)(?:\s+(?:recording|filming))?\s+after"
    r"|(?:limit(?:ed)?|capped|caps?|maxe?s?\s+out)(?:\s+(?:is|was|of|at|to|out\s+at))?"
    # "Max recording time: 29:59", "maximum take length of 9:59"
    r"|max(?:imum)?\.?\s+(?:continuous\s+)?(?:recording|record|clip|take|file|video)\s+(?:time|length|duration)"
    r"(?:\s+(?:is|was|of))?\s*:?)\s+$", _I)
_LIMIT_STEMS = any_stem(("stop", "cut", "shut", "end", "time", "limit", "cap", "max"))
_LIMIT_AFTER = re.compile(
    r"^\s*(?:[*_]{1,2}|<(?:b|strong|em|i)>)?(?:(?:recording|record|clip|file|time)\s+)?(?:limit|cap)\b"
    r"|^[^.;!?]{0,30}?\b(?:because\s+of|due\s+to|thanks\s+to|per)\s+(?:the|a|an|its|their|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}(?:limit|cap|restriction|rule)s?\b", _I)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|its|his|her|their|our|whole|entire|full|complete|unedited|raw|new|latest|"
    r"original|viral|\w+['’]s)\s+$",
    _I,
)
# Recordings that are not footage but have a length: "The 3:40 song was a hit".
_PLAYED_THING = PLAYED_THING
_MEDIA_AFTER = re.compile(
    rf"^[\s-]+(?:(?:long|minute|second|hour)s?[\s-]+)?(?:[\w'’-]+\s+)?(?:{LENGTH_MEDIA}|{_PLAYED_THING})\b", _I
)
_POSITION_BEFORE = re.compile(r"(?<![\w])(?:at|from|to|until|till|til)\s+$", _I)
_INTERVAL_AFTER = re.compile(r"^\s*(?:on|off|work|rest|recovery)\b(?!\s+(?:the|a|an|this|that|screen|camera|air)\b)"
                             r"(?=\s*(?:[/,;)|]|and\b|then\b|x\b|×|$))", _I)
# "includes it from 8:02 on,": where the footage is played from, not an interval's "on" part.
_FROM_ON_BEFORE = re.compile(r"\b(?:from|starting\s+at)\s+(?:the\s+)?$", _I)

_SET_LENGTH_AFTER = re.compile(
    r"^(?:\s|&nbsp;)*(?:max(?:imum)?|min(?:imum)?|tops|at\s+most|or\s+less|or\s+under)\b(?!\s+(?:in|into)\b)"
    r"|^\s*on\s+the\s+(?:(?:exercise|stationary|spin|assault|air)\s+)?(?:bike|treadmill|rower|rowing\s+machine|erg|"
    r"elliptical|cross-?trainer|stepper|stair\s?master|ski\s?erg)\b", _I)
# "In 2:48 minute you see the trunk": the minute of the footage, as "in minute 2:48" (a length says "minutes").
_IN_BEFORE = re.compile(r"(?<![\w])(?:in|on)\s+$", _I)
_NTH_MINUTE_AFTER = re.compile(r"^\s*minute\b(?!\s+(?:video|clip|film|walk|drive|ride|wait|read|break)\b)", _I)
_PLAYING_TIME_AFTER = re.compile(
    r"^\s+of\s+(?:[\w'’-]+\s+)?(?:playing|game|ice|court|pitch|floor|match|mat|ring|screen|air|flight)\s+time\b", _I)
_SETTING_FOR_BEFORE = re.compile(
    r"\b(?:high|low|medium|full|half|max|min)(?:\s+(?:power|heat|pressure|speed|setting))?\s+for\s+$", _I)
_RECORD_SET_AFTER = re.compile(
    rf"^\s*,\s*(?:set|achieved|run|swum|recorded)\s+(?:on\s+|in\s+)?(?:\d{{1,2}}\s+)?{MONTH}", _I)
# (and a game's save time: "My save says 41:17 played", "62:05 playtime so far"; not "played out", "played back")
_DURATION_UNIT_AFTER = re.compile(r"^\s*(?:hours?|hrs?|minutes?|mins?|h)\b(?!\s+(?:in|into)\b)"
                                  r"|^\s*(?:played|playtime|play\s+time)\b(?!\s+(?:out|on|back|over|in|into)\b)", _I)


_ATTRIBUTION_WORDS = ("said", "say", "told", "report", "stated", "states", "wrote", "alleg", "according")


def _may_attribute(text: str, b: int, e: int) -> bool:
    low = text[b:e].lower()
    return any(w in low for w in _ATTRIBUTION_WORDS)


class _Clock:
    """A timecode-like phrase text[begin:end] inside the sentence [b, e), with the
    words either side that the rules read: ``before`` (from ``bare``, where the digits
    start after a leading hedge), its casefolded copy and ``after`` are cut once, as
    every clock's first rules read them; ``clause`` and ``opens_range`` only when asked.
    (A plain class with slots: a frozen dataclass with cached properties cost more
    than most of the rules.)"""

    __slots__ = ("text", "begin", "end", "b", "e", "bare", "footage_context", "before", "folded_before", "after",
                 "_clause", "_opens_range")

    def __init__(self, text: str, begin: int, end: int, b: int, e: int, bare: int, footage_context: bool) -> None:
        self.text, self.begin, self.end, self.b, self.e, self.bare = text, begin, end, b, e, bare
        self.footage_context = footage_context
        self.before = text[max(b, begin - 80):bare]
        self.folded_before = self.before.casefold()
        self.after = text[end:min(e, end + 80)]
        self._clause: str | None = None
        self._opens_range: bool | None = None

    def ends(self, pattern: re.Pattern[str], reach: int = NEAR_CHARS) -> bool:
        """``pattern`` (anchored with $) matches the end of ``before`` within ``reach`` characters:
        the search starts there instead of trying every position of the whole context."""
        before = self.before
        return pattern.search(before, max(0, len(before) - reach)) is not None

    def may_end(self, stems: re.Pattern[str]) -> bool:
        """Whether ``before`` (casefolded) holds one of the stems ``stems`` finds (:func:`any_stem`): a cheap
        test that a pattern every match of which holds one can match, run before that pattern's
        alternation is tried at every position."""
        return stems.search(self.folded_before) is not None

    @property
    def clause(self) -> str:
        if self._clause is None:
            self._clause = _clause(self.text, self.begin, self.end, self.b, self.e)
        return self._clause

    @property
    def opens_range(self) -> bool:
        if self._opens_range is None:
            t, begin, end = self.text, self.begin, self.end
            self._opens_range = bool(_RANGE_OPENER.match(t, begin, end) or _RANGE_SEP.search(t, begin, end))
        return self._opens_range


def clock_exclusion(text: str, begin: int, end: int, b: int, e: int, footage_context: bool = False) -> str:
    """Why the timecode-like phrase text[begin:end] (inside sentence [b, e)) is
    not a position in the footage, or "" if nothing says so.  ``footage_context``:
    the sentences just before placed moments in the footage (a past-tense verb
    alone then does not make a clock a time of day).

    The rules run in order, each a named step returning a reason, "" (it is a
    position: stop) or None (no opinion: go on)."""
    # Only nearby words count; this also keeps run-on sentences linear.
    b, e = max(b, begin - CONTEXT_CHARS), min(e, end + CONTEXT_CHARS)
    digits = _FIRST_DIGIT.search(text, begin, end)
    # The rules read the words before the number itself, a hedge included ("recorded around 17:40").
    bare = digits.start() if digits and _LEADING_HEDGE.fullmatch(text, begin, digits.start()) else begin
    clock = _Clock(text, begin, end, b, e, bare, footage_context)
    for rule in _RULES:
        verdict = rule(clock)
        if verdict is not None:
            return verdict
    return ""


def _not_a_time(c: _Clock) -> str | None:
    """Numbers that only look like times: dockets, suffixed clocks, durations, on-screen and game clocks,
    race times, scores, verses, prices and versions."""
    before, after = c.before, c.after
    if _DOCKET.match(after) or (c.folded_before.rstrip().rstrip("#").rstrip().endswith(_DOCKET_TAILS) and c.ends(
            _DOCKET_BEFORE)) or (_LETTERS_AFTER.match(after) and c.ends(_IDENTIFIER_BEFORE)):
        return "docket number"  # and "the licence plate reads 4:19 KD": an identifier, letters after the digits
    if _TOD_SUFFIX.match(after) or told_part_of_day(c.text, c.end) or _edit_stamp_or_record_clock(c):
        return "time of day"
    compared = "than" in before and _COMPARED_BEFORE.search(before)
    done_in = before.endswith("in ") and _DONE_IN_BEFORE.search(before)
    if compared or (done_in and not _INTO_AFTER.match(after) and not _IN_MEDIA_AFTER.match(after)) \
            or c.ends(_MISSION_CLOCK_BEFORE, MISSION_CLOCK_CHARS):
        return "duration"  # "boils a litre in 2:51, faster than last year's model (3:20)"; "T+2:33" elapsed
    if any(w in before[-NEAR_CHARS:] for w in ("took", "tak", "need", "last")) and c.ends(_TOOK_BEFORE) \
            and not (c.ends(_TAKE_NOUN_BEFORE) and _SPAN_OPENING.match(c.text, c.begin, c.end)) \
            and not _FULL_TIMECODE_RANGE.match(c.text, c.bare, c.end) or _time_cost(c) \
            or _shift_amount(c):
        return "duration"  # "The tent took 9:30 to pitch", "the flooded level costs a minimum of 3:10"
    if _INTERVAL_AFTER.match(after) and not c.ends(_FROM_ON_BEFORE):
        return "duration"  # "8 × 1:30 on / 0:30 off", "0:40 work, 0:20 rest": an interval's parts
    if (_DURATION_UNIT_AFTER.match(after) or _SET_LENGTH_AFTER.match(after)) and not c.ends(_POSITION_BEFORE) \
            and not (c.ends(_IN_BEFORE) and _NTH_MINUTE_AFTER.match(after)):
        # "2:30 hours of footage", "rest between sets, 1:30 max", "Cardio 20:00 on the bike" (a workout's parts);
        # but "at 1:30 min" is a position
        return "duration"
    cue_stamp = "stamp" in c.folded_before and c.ends(_CUE_STAMPED_BEFORE, 80)
    if (c.may_end(_ONSCREEN_STEMS) and _ONSCREEN_CLOCK.search(before) and not cue_stamp) or (
            c.may_end(_CLOCK_NEAR_STEMS) and (_CLOCK_NEAR.search(before) or c.ends(_STOPPED_CLOCK_BEFORE, 70)
                                           or c.ends(_CLOCK_READS_BEFORE, 80))
            and not _placed_reading(c) and not c.ends(_CLOCK_EXPIRES_BEFORE) and not _clock_read_before(c)
            and not cue_stamp) \
            or _CLOCK_AFTER.match(after) or (
            _HMS_CLOCK.fullmatch(c.text, c.bare, c.end) and c.ends(_READING_BEFORE)) or (
            # "Altitude read-out: 120 m, timestamp 17:22:05": a labelled clock of the day
            c.may_end(_ONSCREEN_STEMS) and c.ends(_STAMP_LABEL_BEFORE)
            and _DAY_HOUR_CLOCK.fullmatch(c.text, c.bare, c.end)):
        return "clock shown on screen"  # "the stamp reads 06:41:12", "shows 02:17:45 as the door opens"
    if ("time" in c.folded_before and c.ends(_TIME_ON_DEVICE_BEFORE, 80)) or _reading_again(c) or (
            # "The doorbell camera stamps it 03:26:51": a device's clock of the day
            c.may_end(_STAMP_VERB_STEMS) and c.ends(_STAMPS_BEFORE, 60) and not _IN_MEDIA_AFTER.match(after)
            and not cue_stamp):  # but "the cue … is stamped 00:41:03.000" places a subtitle in the footage
        return "clock shown on screen"  # "Time on the camera is showing 18:47", "says 4:10 at 12:33, and 9:25"
    if _GAME_AFTER.match(after) or (c.may_end(_GAME_STEMS) and _GAME_BEFORE.search(before)
                                    and not _clock_read_before(c)):
        return "game clock"
    measured = _sport_or_measure(c)
    if measured:
        return measured
    if not _CUE_TIME.match(c.text, c.bare, c.end) and ((c.may_end(_RACE_STEMS) and _RACE_BEFORE.search(before))
                                                       or _RACE_AFTER.match(after)) or (
            c.may_end(_DISTANCE_STEMS) and (_DISTANCE_IN_BEFORE.search(before) or (c.ends(_FINISHER_IN_BEFORE, 80)
                                                                                 or _covered_stretch_in(c))
                                                      and not _IN_MEDIA_AFTER.match(after))) \
            or _LAP_TIME.fullmatch(c.text, c.bare, c.end) or (c.may_end(_SPLIT_STEMS) and c.ends(_SPLIT_BEFORE, 60)) \
            or _listed_split(c) or _results_column(c):
        return "race time"  # "Leclerc's 1:42.331", "57 laps in 1:31:44.7", "through halfway in 1:09:50"
    # (a subtitle cue's time, "01:40:02,000", is no tally: "the vote result between 01:40:02,000 and ...")
    if not _ZERO_MINUTES.fullmatch(c.text, c.begin, c.end) and not ("scor" in before and c.ends(_SCORED_AT)) \
            and not _CUE_TIME.search(c.text, c.begin, c.end) and not _HMS_NO_TALLY.fullmatch(c.text, c.bare, c.end) \
            and (
            (c.may_end(_SCORE_STEMS) and _SCORE_BEFORE.search(before)) or _SCORE_AFTER.match(after)
            or (c.may_end(_RATIO_STEMS) and _RATIO_BEFORE.search(before)) or _listed_score_or_ratio(c)
            or (_RATIO_AFTER.match(after) and c.before.strip(_LIST_MARKS))):
        return "score or ratio"
    if (c.ends(_VERSE_BEFORE) or c.folded_before.rstrip().endswith(_CITED_TAILS) and (
            c.ends(_VERSE_BEFORE_I) or c.ends(_SECTION_BEFORE) or c.ends(_CITED_RANGE_END_BEFORE))) \
            and not _RANGE_OPENER_FROM.match(c.text, c.begin, c.end):
        # (but "replay the section from 1:20 to 1:41" is a stretch, not section 1:20)
        return "verse"
    if _PRICE_AFTER.match(after) or c.folded_before.rstrip().endswith(_PRICE_OR_VERSION_TAILS) and (
            c.ends(_PRICE_BEFORE) or c.ends(_VERSION_BEFORE)):
        return "price or version"
    return _rival_figure(c) or ("duration" if _answers_how_long(c) else None)


def _answers_how_long(c: _Clock) -> bool:
    """A time given in answer to a "how long ...?" asked just before, in its sentence or the one before: "The question
    was 'how long was the longest final?' Ross said 4:48:00" (a length guessed; not "how long into the video
    ...?", which asks for a position, nor a time said "at" or "into" the footage)."""
    lo = max(c.text.rfind("\n\n", max(0, c.begin - HOW_LONG_CHARS), c.begin) + 1, c.begin - HOW_LONG_CHARS, 0)
    asked = c.text.rfind("?", lo, c.bare)
    if asked < 0 or c.text.find("\n", asked, c.begin) >= 0:
        return False  # (a transcript's next turn, "ANNA (14:22): ...", answers on a line of its own)
    question = _HOW_LONG.search(c.text, lo, asked) if "how" in c.text[lo:asked].lower() else None
    return question is not None and not c.ends(_POSITION_BEFORE) and not _INTO_AFTER.match(c.after)


# How far before a time the "how long ...?" it answers may be asked.
HOW_LONG_CHARS = 160
_HOW_LONG = re.compile(r"\bhow\s+long\b(?!\s+(?:in|into|before|until|till|after)\b)(?![^?]*\b(?:in|into)\s+the\s+"
                       rf"(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b)", _I)


def _results_column(c: _Clock) -> bool:
    """A time in a pipe table's column headed "Time" (or "Winning time", "Result", "Finish") beside a column naming
    who won or when ("Year | Men | Time", "Pos | Driver | Time"): a results table's race times. A chapter table's
    Time column stands beside a Scene or Topic column instead."""
    text = c.text
    line = text.rfind("\n", 0, c.bare) + 1
    if "|" not in text[line:c.bare]:
        return False
    header = line
    for above, end in lines_above(text, line, RESULTS_ROWS):
        if "|" not in text[above:end]:
            break
        header = above
    if header == line:
        return False
    stop = text.find("\n", header)
    cells = [cell.strip(" \t*_") for cell in text[header:stop].split("|")]
    column = text.count("|", line, c.bare)
    if column >= len(cells) or TIMECODE.search(text, header, stop) or not _RESULT_TIME_HEADER.fullmatch(cells[column]):
        return False
    return any(_RESULT_WHO_HEADER.fullmatch(cell) for cell in cells) and not footage_word(text, header, stop)


# How many rows above a time its table's header is looked for.
RESULTS_ROWS = 40
_RESULT_TIME_HEADER = re.compile(
    r"(?:(?:winning|finish(?:ing)?|race|final|net|chip|gun)\s+)?(?:time|result|finish)s?", _I)
# (who raced: a compilation's table of goals or scenes may have a Year, a Team or a Rank column too)
_RESULT_WHO_HEADER = re.compile(
    r"(?:winners?|men|women|athletes?|runners?|riders?|drivers?|champions?|finishers?|swimmers?|cyclists?|"
    r"skaters?|jockeys?|horses?)(?:['’]s)?", _I)


def _timed_block(c: _Clock) -> bool:
    """A range opening a list line's block where the line before ends one, and so on back to a block from 0:00:
    "- Warm-up: 0:00–5:00\n- Circuit: 5:00–12:30\n- Core finisher: 12:30–21:00", a workout's or a
    programme's timed parts (a day's sessions from 09:00 start no chain at zero)."""
    block = _BLOCK_RANGE.match(c.text, c.bare, c.end)
    line = c.text.rfind("\n", 0, c.bare) + 1
    if block is None or line == 0 or not _BLOCK_LINE.match(c.text, line, c.bare):
        return False
    start = block.group("a")
    for previous, end in lines_above(c.text, line, MAX_BLOCKS_ABOVE):
        ranges = list(_BLOCK_RANGE.finditer(c.text, previous, end))
        if not ranges or ranges[-1].group("b") != start:
            return False
        start = ranges[-1].group("a")
        if _ZERO_START.fullmatch(start):
            return True
    return False


MAX_BLOCKS_ABOVE = 30


def _rota_chain(c: _Clock) -> bool:
    """A range of zero-padded quarter-hour clocks near the start of its line, which the line above ends or the line
    below starts with, in a paragraph holding no 00:00, slots named and no footage on the line or just before
    (an edit list "Cuts:\n- 05:00–07:30 the ridge" names none): a rota's or a day's sessions back to back
    ("Leg 1, 06:00–07:00: Priya\nLeg 2, 07:00–08:00: Tom"); a chain from 0:00 is a workout's or a programme's
    timed parts (:func:`_timed_block`)."""
    block = _QUARTER_RANGE.fullmatch(c.text, c.bare, c.end)
    line = c.text.rfind("\n", max(0, c.bare - NEAR_CHARS), c.bare) + 1
    if block is None or (line == 0 and c.bare > NEAR_CHARS) or TIMECODE.search(c.text, line, c.bare):
        return False
    stop = c.text.find("\n", c.end)
    told = max(0, c.begin - CONTEXT_CHARS), stop if stop >= 0 else len(c.text)
    if footage_word(c.text, *told) or not _ROTA_WORD.search(c.text, *told) \
            or _ZERO_START.search(c.text, _paragraph_start(c.text, c.begin), c.end):
        return False
    above = _QUARTER_RANGE.findall(c.text, c.text.rfind("\n", 0, line - 1) + 1, line) if line > 0 else []
    below = _QUARTER_RANGE.search(c.text, stop + 1, stop + 1 + NEAR_CHARS) if stop >= 0 else None
    below = None if below is None or "\n" in c.text[stop + 1:below.start()] else below
    return (above != [] and above[-1][1] == block.group("a")) \
        or (below is not None and below.group("a") == block.group("b"))


# What a day's slots are called, on their lines or just before: "the rota", "Shifts on the stall", "Leg 1".
_ROTA_WORD = re.compile(r"\b(?:rotas?|rosters?|shifts?|schedules?|timetables?|itinerary|agenda|programme|program|"
                        r"running\s+order|line-?up|watch(?:es)?|slots?|legs?|sessions?|day\s+\d)\b", _I)
_QUARTER_CLOCK = r"(?:[01]\d|2[0-3]):[0-5][05]"
_QUARTER_RANGE = re.compile(
    rf"(?<![\d:])(?P<a>{_QUARTER_CLOCK})(?:\s*[–—-]\s*|\s+to\s+)(?P<b>{_QUARTER_CLOCK})(?!\d|:\d)")
_BLOCK_RANGE = re.compile(r"(?<![\d:])(?P<a>\d{1,2}:[0-5]\d)\s*[–—-]\s*(?P<b>\d{1,2}:[0-5]\d)(?![\d:])")
# A list line up to its block's range: a mark or a label ("- Warm-up: ", "2. Circuit — ", "Cool-down ").
_BLOCK_LINE = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])?[^\n\d]{0,40}$")


def _edit_stamp_or_record_clock(c: _Clock) -> bool:
    """"Edit 14:02: fixed link", "(Transcript page 44, line 12; proceedings at 11:32.)", "· *Reporting by Conor
    Walsh, 14:05*"."""
    before = c.before
    return (len(before) < 40 and _EDIT_STAMP_BEFORE.search(before) is not None
            and _EDIT_STAMP_AFTER.match(c.after) is not None) or (
        before.endswith("at ") and c.ends(_RECORD_CLOCK_BEFORE, 60)) or (
        before.endswith(("(", "[")) and c.ends(_RECORD_LOG_BRACKET_BEFORE) and not _after_chapters_label(c)) or (
        c.may_end(_BYLINE_STEMS) and _BYLINE_END_AFTER.match(c.after) is not None and c.ends(_BYLINE_BEFORE, 80))


# A byline or credit closed by its clock, where a page sets it apart: "· *Reporting by Conor Walsh, 14:05*", "By
# Aisling Dunne · 09:40", "(Words: Priya Nair, 16:20)": when the piece was filed (not "the goal comes by 3:15").
_BYLINE_BEFORE = re.compile(
    r"(?:^|[\n(\[·•|]|[*_]{1,2})\s*(?:[*_]{1,2})?"
    r"(?:(?:(?:additional\s+)?reporting|reported|written|words|text|story|photos?|pictures?|compiled|edited|filed)\s+by"
    r"|by|(?:(?:additional\s+)?reporting|words|text|photos?|byline)\s*:)\s+"
    r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?:(?-i:[A-Z][\w'’.-]*)|de|van|von|da|al|bin|ni))*\s*[,·•|—–-]?\s*(?:at\s+)?$", _I)
_BYLINE_STEMS = any_stem(("by", "reporting", "words", "text", "photo"))
_BYLINE_END_AFTER = re.compile(
    r"^(?:\s*[ap]\.?\s?m\b\.?)?(?:\s+(?-i:[A-Z]{2,4})\b)?\s*(?:[*_]{1,2}|</\w+>)?\s*(?:[.;)\]|·•\n]|$)", _I)


def _after_chapters_label(c: _Clock) -> bool:
    """Whether the clock's line names its chapters before it ("Chapters: The motel (02:10) · The phone records
    (18:44)"): a bracketed time there closes a chapter's title, whatever its words."""
    line = max(c.text.rfind("\n", 0, c.begin) + 1, c.begin - CHAPTER_LINE_CHARS)
    return _CHAPTERS_LABEL.search(c.text, line, c.begin) is not None


_CHAPTERS_LABEL = re.compile(r"\b(?:chapters?|timestamps?)\s*:", _I)
# A log of the world's events with its clock in brackets: "does not match the dispatch log (17:09)".
_RECORD_LOG_BRACKET_BEFORE = re.compile(
    r"\b(?:dispatch|call|radio|police|incident|CAD|999|911|112|custody|control[\s-]room|emergency|phone|alarm|"
    r"access|door|GPS|flight|server|system)\s+(?:log|logs|logbook|record|records|timeline)\s*[(\[]$", _I)


def post_stamp(text: str, begin: int, end: int) -> bool:
    """A post's stamp heading its line ("Reply 14:31 by Siggi_R", "Edit 14:02: fixed link"): when the post was
    written, which tells nothing of the times in the post."""
    line = text.rfind("\n", max(0, begin - NEAR_CHARS), begin) + 1
    if begin - line >= NEAR_CHARS or not _EDIT_STAMP_BEFORE.search(text[line:begin]):
        return False
    line_end = text.find("\n", end, end + NEAR_CHARS)
    return _EDIT_STAMP_AFTER.match(text[end:line_end if line_end >= 0 else end + NEAR_CHARS]) is not None


def _covered_stretch_in(c: _Clock) -> bool:
    """"ran the 22-mile section from A to B, which includes the climb of C, in 3:51": a stretch of a course
    covered, the words that describe it, then "in" and the time it took (no footage named between)."""
    if not c.before.endswith(" in "):
        return False
    covered = _STRETCH_COVERED_BEFORE.search(c.text, max(c.b, c.begin - STRETCH_CHARS), c.bare)
    return covered is not None and not footage_word(c.text, covered.end("stretch"), c.bare)


# How far back the verb and the stretch it covered may stand before "in" and the time.
STRETCH_CHARS = 220
_STRETCH_COVERED_BEFORE = re.compile(
    r"\b(?:ran|run|runs|covered|covers|completed|completes|swam|swims|rode|rides|cycled|walked|climbed|raced|hiked)"
    r"\s+(?:the|her|his|their|its|a|this|that)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:\d[\d,.]*[-\s]?(?:mile|km|kilometre|kilometer|metre|meter|k)s?\b(?:\s+[\w'’-]+)?|sections?|legs?|stages?|"
    r"laps?|loops?|stretch|descent|climb|ascent|course)\b(?P<stretch>)[^.;!?]{0,160}\s+in\s+$", _I)


def _listed_split(c: _Clock) -> bool:
    """Any kind of listed split."""
    return _split_in_list(c) or _fraction_split(c) or _split_lines(c)


def _split_lines(c: _Clock) -> bool:
    """A time ending a "name time" line, in a run of such lines under a line that a split's label ends
    ("Splits:\nForest gate 3:12\nIce bridge 8:55"): a timer's splits, one a line (a chapter list puts the time
    first, and has no such label)."""
    text = c.text
    if not _LINE_END.match(text, c.end):
        return False
    line_start = text.rfind("\n", 0, c.bare) + 1
    if not _SPLIT_LINE_NAME.fullmatch(text, line_start, c.bare):
        return False
    for above, end in lines_above(text, line_start, SPLIT_LINES):
        line = text[above:end]
        if _SPLIT_LABEL_ENDS_LINE.search(line):
            return True
        if not _SPLIT_LINE.fullmatch(line):
            return False
    return False


# How many "name time" lines a list of splits may run above a time.
SPLIT_LINES = 30
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")
# A line's opening up to its time: a list mark, then a name that starts with a letter ("Keep 1 ").
_SPLIT_LINE_NAME = re.compile(r"[^\S\n]*(?:[-*•][^\S\n]+)?(?=[^\W\d])[\w'’#()-]+(?:[^\S\n]+[\w'’#()-]+){0,3}[^\S\n]+")
_SPLIT_LINE = re.compile(rf"{_SPLIT_LINE_NAME.pattern}\d{{1,2}}(?::\d\d){{1,2}}(?:\.\d+)?[^\S\n]*")
# A line that a label of splits, laps or sectors ends: "My PB is 27:41.3. Splits:", "**Lap times**:".
_SPLIT_LABEL_ENDS_LINE = re.compile(
    r"\b(?:splits?|sectors?|intermediates?|laps?)(?:\s+times)?(?:[*_]{1,2}|</(?:b|strong|em|i)>)?[^\S\n]*:"
    r"(?:[*_]{1,2}|</(?:b|strong|em|i)>)?[^\S\n]*$", _I)


def _split_in_list(c: _Clock) -> bool:
    """A time in a list of times that a split's label opens: "Her splits were 16:18, 16:14, 16:20 and 17:02"
    (the list may run past the words the rules read before each time)."""
    if not _AFTER_LISTED_TIME.search(c.before, max(0, len(c.before) - 16)):
        return False
    lo = max(c.b, c.begin - SPLIT_LIST_CHARS)
    listed = _TIME_LIST_TAIL.search(c.text, lo, c.begin)
    return listed is not None and _SPLIT_BEFORE.search(c.text, max(lo, listed.start() - 80), listed.start()) is not None


# How far back a list of splits may open.
SPLIT_LIST_CHARS = 300
_AFTER_LISTED_TIME = re.compile(r"\d:\d\d(?:\.\d+)?\s*(?:,|\band|&)\s*$", _I)
_TIME_LIST_TAIL = re.compile(r"(?<![\d:])(?:\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*))+$", _I)


def _fraction_split(c: _Clock) -> bool:
    """A time to the tenth or hundredth of a second listed under a label of splits, laps or sectors in its sentence,
    no footage named between: "Lap times: 1:02.3, 1:01.9", "Sector times: S1 0:31.22, S2 1:04.90",
    "Intermediates: Ruiz 14:02.5, Okafor 14:09.1" (but "at 01:17.4 in the 60 fps copy" is a position)."""
    if not any(w in c.folded_before for w in _SPLIT_WORDS):
        return False
    label = _SPLIT_LABEL.search(c.before)
    return label is not None and not _LIST_BREAK.search(c.before, label.end()) \
        and not footage_word(c.before[label.start():]) and not _IN_MEDIA_AFTER.match(c.after) \
        and (_FRACTION_TIME.fullmatch(c.text, c.bare, c.end) is not None
             or _LABELLED_SPLITS.fullmatch(c.before, label.end()) is not None)


# A time read to the tenth or hundredth of a second: "2:08.4", "4:01.80", "1:02:31.5".
_FRACTION_TIME = re.compile(r"(?:\d{1,2}:)?\d{1,2}:[0-5]\d[.,]\d{1,2}")
_SPLIT_WORDS = ("split", "sector", "intermediate", "lap")
# Or each time told with the stretch it splits, a list of "name time" items: "Splits: Forge 4:12, Ruins 11:58,
# Final Boss 24:09", "Sector times were Harbour 0:41 and Tunnel 1:22".
_SPLIT_ITEM_NAME = r"[\w'’#()-]+(?:[^\S\n]+[\w'’#()-]+){0,3}"
_LABELLED_SPLITS = re.compile(
    rf"[^\S\n]*(?:[*_]{{1,2}}[^\S\n]*)?(?:(?:{_SPLIT_ITEM_NAME}[^\S\n]+)?\d{{1,2}}(?::\d\d){{1,2}}(?:\.\d+)?"
    rf"(?:[^\S\n]+{_SPLIT_ITEM_NAME})?[^\S\n]*(?:[,/|·]|\band\b)[^\S\n]*(?:and[^\S\n]+)?)*"
    rf"(?:{_SPLIT_ITEM_NAME}[^\S\n]+)?", _I)
# (the lap's number or the race's place may follow: "Lap 2: ", "Fastest laps at Silverstone: ")
_SPLIT_LABEL = re.compile(r"\b(?:splits?|sectors?|intermediates?|laps?)(?:\s+#?\d{1,3}|\s+times)?\b"
                          r"(?:\s+(?:at|in)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
                          r"(?:[*_]{1,2}|</(?:b|strong|em|i)>)?\s*(?::|[—–]|were|are|was|of|read)", _I)
# What ends a list: a sentence's or clause's end, a position's preposition.
_LIST_BREAK = re.compile(r"[.;!?](?:\s|$)|\b(?:at|from|into|in\s+the)\s", _I)


def _listed_score_or_ratio(c: _Clock) -> bool:
    """"Export presets: 16:9, 9:16, 4:5": a pair listed with pairs no clock is written as (one digit after the
    colon) is a ratio or a score like them; "5–4 and 40:30 to Sørensen", "30:15 to Ito": tennis points, or a
    pair after a games score, given to a side (not "at 3:10 to Ito's answer")."""
    text = c.text
    if _ODD_PAIR_BEFORE.search(text, max(0, c.bare - 40), c.bare) or _ODD_PAIR_AFTER.match(text, c.end):
        return True
    if not _TO_SIDE_AFTER.match(c.after) or c.ends(_AT_OR_FROM_BEFORE):
        return False
    return _TENNIS_POINTS.fullmatch(text, c.bare, c.end) is not None or c.ends(_GAME_SCORE_BEFORE)


# Between listed pairs: a comma, slash, bar, dot, "and", "or", or a new bullet; a short gloss may follow a pair
# ("9:16 (Reels), 1:1 (feed)").
_PAIR_LIST_SEP = (r"(?:[^\S\n]*\([^()\n]{0,24}\))?[^\S\n]*(?:[,/|·&]|\b(?:and|or|but|plus)\b"
                  r"(?:[^\S\n]+(?:also|sometimes|occasionally|often|usually|mostly|even|then|maybe))?|\bas[^\S\n]+well[^\S\n]+as\b"
                  r"|\bvs\.?|\bversus\b|\n[^\S\n]*[-*•])[^\S\n]*")
_ODD_PAIR_BEFORE = re.compile(rf"(?<![\d:.])\d{{1,2}}:\d(?![\d:]){_PAIR_LIST_SEP}$", _I)
_ODD_PAIR_AFTER = re.compile(rf"{_PAIR_LIST_SEP}\d{{1,2}}:\d(?![\d:])", _I)
# Said at a place in the footage: "at 3:10 to Ito's answer", "cuts from 12:15 to Nadal's coach".
_AT_OR_FROM_BEFORE = re.compile(r"(?<![\w])(?:at|from)\s+(?:the\s+)?$", _I)
_TO_SIDE_AFTER = re.compile(r"\s+to\s+(?:(?-i:[A-Z])|the\s+(?:server|receiver|home|away|visitors|hosts)\b)", _I)
_TENNIS_POINTS = re.compile(r"(?:0|00|15|30|40):(?:00|15|30|40)")
_GAME_SCORE_BEFORE = re.compile(r"(?<![\d:.])\d{1,2}\s?[–-]\s?\d{1,2}(?![\d:])[^.;:!?\d]{0,12}$")


# A measured time, then how it changed: "boot time went from 1:10 to 0:48", "load times dropped from 0:41 to".
_CHANGED_BEFORE = re.compile(
    r"\b(?:times?|durations?|waits?|commutes?|pace|average|median|personal\s+best|PB)\s+"
    # where or what it was measured: "response times in the county fell from"
    r"(?:(?:in|at|for|across|on)\s+(?:the\s+|this\s+|that\s+|our\s+)?[\w'’-]+\s+(?:[\w'’-]+\s+)?)?"
    r"(?:(?:has|have|had|has\s+been|have\s+been|was|were)\s+)?(?:\w+ly\s+)?"
    r"(?:went|gone|goes|go|dropped|drops|fell|falls|fallen|rose|rises|risen|climbed|climbs|improved|improves|increased|"
    r"decreased|shrank|shrunk|grew|jumped|slipped|crept\s+up|came\s+down|went\s+down|went\s+up|cut|reduced|"
    rf"trimmed|slashed)\s+(?:from\s+(?:{TC_TEXT}\s+(?:down\s+|up\s+)?to\s+)?)?$"
    # "cut his 5K time from 24:10 to 22:45", "now 0:48, down from 1:10"
    r"|\b(?:cut|brought|got|lowered|reduced|trimmed|improved|slashed)\s+(?:my|his|her|their|its|our|the)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}(?:times?|pace|average|best|PB)\s+"
    # where or for whom it is measured: "the average dwell time at Tambaram from", "the wait for ferries from"
    rf"(?:(?:at|on|for|in|across|of|between|along)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+\s+)?"
    rf"(?:down\s+)?from\s+(?:{TC_TEXT}\s+(?:down\s+)?to\s+)?$"
    r"|,\s*(?:down|up)\s+from\s+$"
    # an average as it stands, maybe where it is measured: "the average dwell time at Tambaram is 2:45"
    r"|\b(?:average|mean|median|typical)\s+(?:[\w'’-]+\s+){0,2}?(?:times?|waits?|durations?|delays?|pace)\s+"
    r"(?:(?:at|on|for|in|across|of|between|along)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+)?"
    r"(?:is|are|was|were|stands\s+at|stood\s+at|of|:)\s+(?:now\s+|just\s+|only\s+|still\s+)?$"
    # the measured time as it stands: "boot time is now 0:48", "the wait was just 1:10"
    r"|\b(?:boot|load|loading|start-?up|wait|waiting|charge|charging|render|export|install|commute|travel|"
    r"response|queue|journey|lap|finish(?:ing)?)\s+times?\s+(?:is|are|was|were)\s+(?:now\s+|down\s+to\s+|up\s+to\s+|"
    r"only\s+|just\s+)?$",
    _I,
)
_CHANGED_STEMS = any_stem(("time", "duration", "wait", "commute", "pace", "average", "median", "best", "pb", "from",
                           "mean", "typical"))


def measure_changed(before: str) -> bool:
    """``before`` ends with a measured time and how it changed, "from": "response times had fallen from ", so the
    length after it ("from 40 minutes to 17") is that measure's old value, no position."""
    if before.endswith("to "):  # its new value: "reduced the average wait from 2 min 10 sec to 1 min 5 sec"
        old = _CHANGED_TO_TAIL.search(before, max(0, len(before) - 60))
        before = before[:old.start() + 5] if old else before
    return before.endswith("from ") and _CHANGED_BEFORE.search(before, max(0, len(before) - 70)) is not None


_CHANGED_TO_TAIL = re.compile(rf"\bfrom\s+{DURATION}\s+(?:down\s+|up\s+)?to\s+$", _I)


def _rival_figure(c: _Clock) -> str | None:
    """"I want to run it in under 4:30. Grace says 4:45.": a time that is all someone says, right after another
    time with no footage word between, is the same kind of figure as that one (a rival guess at it)."""
    compared = c.ends(_AGAINST_BEFORE, 16)  # "boils it in 3:55, against 4:20 for the old one", "12:31 vs 12:58"
    if not compared and (not c.ends(_GUESS_BEFORE, 16) or not _SENTENCE_END_AFTER.match(c.after)):
        return None
    priors = list(TIMECODE.finditer(c.text, max(0, c.begin - RIVAL_FIGURE_CHARS), c.b))
    prior = priors[-1] if priors else None
    if prior is None or footage_word(c.text, prior.end(), c.begin):
        return None
    return clock_exclusion(c.text, prior.start(), prior.end(), max(0, prior.start() - CONTEXT_CHARS), c.b) or None


# How far before a rival guess the time it answers may stand.
RIVAL_FIGURE_CHARS = 80
_GUESS_BEFORE = re.compile(
    r"\b(?:says|said|reckons|reckoned|thinks|predicts|predicted|guesses|guessed|bets|tips|counters|countered)\s+$",
    _I)
_AGAINST_BEFORE = re.compile(r"(?:\b(?:against|versus|vs\.?|compared\s+(?:with|to))|\bv\.)\s+$", _I)
_SENTENCE_END_AFTER = re.compile(r"\s*[.!?;\"”’']")


def _recording_limit(c: _Clock) -> bool:
    """A camera's or a platform's recording limit (not "at 29:59 the limit warning shows")."""
    return (c.may_end(_LIMIT_STEMS) and c.ends(_LIMIT_BEFORE, 70)) or (
        _LIMIT_AFTER.match(c.after) is not None and not c.ends(_POSITION_BEFORE))


def _footage_length(c: _Clock) -> str | None:
    """The length of a video or clip: "runs 48:12", "a 4:12 video", "The clip (1:12) was shared"."""
    before, after = c.before, c.after
    if (_LENGTH_BEFORE.search(before) and not c.opens_range) or _LENGTH_AFTER.match(after) or (
        _COMPARED_LENGTH_BEFORE.search(before)
    ) or (before.endswith(", ") and _LENGTH_LISTED_BEFORE.search(before)):
        return "footage length"
    if before.endswith((" a ", " an ", "A ", "An ")) and _QUOTED_TITLE_AFTER.match(after):
        return "footage length"  # "a 4:12 "how to fold a frog"": a video's length, then its title
    if c.may_end(_CHANGED_LENGTH_STEMS) and (
            c.ends(_RUNTIME_CHANGE_BEFORE, 60) or c.ends(_CUT_DOWN_BEFORE, 60) or c.ends(_TOTAL_BEFORE, 60)):
        return "footage length"  # "trims the runtime to 1:58:00 from 2:04:30", "cut down to 24:30", "Total video 12:48"
    if before.rstrip().endswith((",", ":")) and c.ends(_TITLED_MEDIA_BEFORE, 80) and (
            _ENDS_ITEM.match(c.after) or _CAPTION_META_AFTER.match(c.after)):
        return "footage length"  # "STILL WATERS (2025) — short film, 9:45": a title line's running time
    if _PER_MEDIA_AFTER.match(after) or (c.may_end(_KEPT_UNDER_STEMS) and c.ends(_KEPT_UNDER_BEFORE)) \
            or _recording_limit(c):
        return "footage length"  # a limit: "for up to 29:59 per clip", "Keep clips under 4:00"
    if _QUOTED_TITLE_PAREN.search(before) or _quoted_title_paren(before) or (
            before.endswith(("(", "[")) and c.ends(_LONG_ASIDE_BEFORE)):
        return "footage length"  # "The new trailer for 'Dune: Part Three' (2:54)", "'Blue Hour' (4:05) by"
    if before.endswith(_OPENED) and c.ends(_PAREN_AFTER_WORK) and not c.ends(_PART_IN_MEDIA_BEFORE, 60) and (
        _PAREN_LENGTH_AFTER.match(after) or _LATER_TIMECODE.search(c.text, c.end, c.e) or _PAREN_THEN_VERB.match(after)
    ):
        return "footage length"  # "The clip (1:12) shows smoke at 0:40"
    if _MEDIA_AFTER.match(after) and c.ends(_DETERMINER_BEFORE):  # the anchored test first: it rarely holds
        return "footage length"
    if (c.may_end(_COUNTED_PARTS_STEMS) and c.ends(_COUNTED_PARTS_BEFORE, 40)) or _COUNTED_PARTS_AFTER.match(after):
        return "footage length"  # "(Cormorant Records, 11 tracks, 44:03)": a release's count of parts, then its length
    if _metadata_item(c) or _subject_paren_length(c):
        return "footage length"  # "Episode 87 · 1:01:14 · Recorded ...", "The condensed game (9:58) has ... at 6:41"
    if c.text[c.b:c.begin].rstrip().endswith(_DASHES) and _TITLE_DASH.fullmatch(c.text, c.b, c.begin) \
            and _ENDS_ITEM.match(after):
        return "footage length"  # "Official teaser — 1:12." as a listing
    if _track_listing_item(c) or ("end" in c.folded_before and c.ends(END_OF_RECORDING_BEFORE, 60)
                                  and not _placed_at_end(c)) or _adds_up_to_total(c):
        return "footage length"  # "Track listing: 1. "Ash" – 3:41  2. "Coldwater" – 4:12", "[End of tape, 24:16]"
    return None


# A release's count of parts, then (or after) its total length: "11 tracks, 44:03", "44:03 / 8 songs".
_PARTS = r"(?:tracks|songs|episodes|chapters|movements|cuts|sides|discs|parts)"
_COUNTED_PARTS_BEFORE = re.compile(rf"\b\d{{1,3}}\s+{_PARTS}\s*[,;·•|/]\s*(?:(?:total|runtime|length)\s*:?\s*)?$", _I)
_COUNTED_PARTS_AFTER = re.compile(rf"\s*[,;·•|/]\s*\d{{1,3}}\s+{_PARTS}\b", _I)
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
    summed, held = 0, any_part
    for n, part in enumerate(parts, 1):
        summed += _whole_seconds(part)
        held = held or part.start() == begin
        if summed > wanted + n:
            return False
        if n >= 2 and held and abs(summed - wanted) <= n:
            return True
    return False


# How far from a listed part its list's total may stand.
TOTAL_LIST_CHARS = 800
# A total's label, then its time: "Total length: 25:58", "**Total running time** – 1:02:03", "| Total | 41:20 |".
_LIST_TOTAL = re.compile(r"\btotal\b[^\n\d]{0,40}?(?=\d)", _I)


def _placed_at_end(c: _Clock) -> bool:
    """"Full spec sheet at the end of the video (14:02)": a thing placed at the end, then where that is (but "[End
    of tape, 24:16]" tells the end itself, the length)."""
    end = END_OF_RECORDING_BEFORE.search(c.text, max(c.b, c.begin - 60), c.bare)
    return end is not None and _AT_END_BEFORE.search(c.text, max(c.b, end.start() - 24), end.start()) is not None


_AT_END_BEFORE = re.compile(r"\b(?:at|near|towards?)\s+(?:the\s+)?(?:very\s+)?$", _I)


def _track_listing_item(c: _Clock) -> bool:
    """A title, a dash and a time ending the item, in a paragraph a track listing's label opens ("Tracklist",
    "Side A", "Songs:"): the lengths of the tracks. The label decides: a chapter list is written the same way
    ("Intro" – 0:00; "The climb" – 1:45)."""
    if not c.before.rstrip().endswith(_DASHES) or not _TRACK_ITEM_BEFORE.search(c.before) \
            or not _TRACK_ITEM_END_AFTER.match(c.after):
        return False
    lo = max(0, c.begin - TRACK_LABEL_CHARS)
    paragraph = c.text.rfind("\n\n", lo, c.begin)
    lo = lo if paragraph < 0 else paragraph
    folded = c.text[lo:c.begin].casefold()  # every label holds one of these (a cheap test before the alternation)
    return any(w in folded for w in _TRACK_LABEL_STEMS) and _TRACK_LABEL.search(c.text, lo, c.begin) is not None


# How far before a listed track its listing's label may stand.
TRACK_LABEL_CHARS = 600
_TRACK_LABEL = re.compile(
    r"\b(?:track\s*list(?:ing)?s?|tracks|songs|set\s*list|side\s+(?:[ab12]|one|two)|dis[ck]\s+\d)\b\s*(?:[:\n]|</)"
    r"|\btrack\s*list(?:ing)?s?\.\s", _I)  # (a sentence of its own: "Track listing. All songs written by ...")
_TRACK_LABEL_STEMS = ("track", "song", "set", "side", "dis")
# The item: a quoted title or a short unquoted one opening the line, list number or item, then the dash.
_TRACK_ITEM_BEFORE = re.compile(
    r"(?:^|[\n;:|•·>]|\d[.)])[^\S\n]*(?:[-*•][^\S\n]+)?(?:[*_]{1,2}(?=[\"“\w]))?"
    r"(?:[\"“][^\"”\n]{1,60}[\"”][*_]{0,2}|(?![\"“])[^\W\d][^\n;|•·\"“”]{0,50}?)"
    r"(?:[^\S\n]*\([^()\n\d]{1,40}\))?[^\S\n]*(?:—|–|-|:)[^\S\n]*$")  # (writers' credits: '"Ash" (Valk, Odum) –')
_TRACK_ITEM_END_AFTER = re.compile(r"[^\S\n]*(?:[.;,|•·<\n]|\d{1,2}[.)](?:\s|$)|$)")


def _stated_world_time(c: _Clock) -> str | None:
    """Times the words around tie to the world: "on Monday at 10:45", "posted at 21:04", "the 6:30 train"."""
    if (c.may_end(_TOD_STEMS) and _TOD_BEFORE.search(c.before)) or (
            c.may_end(_PUBLISH_STEMS) and _PUBLISH_BEFORE.search(c.before)) or (
            c.may_end(_DATELINE_STEMS) and c.ends(_DATELINE_BEFORE)):
        return "time of day"
    if _chat_stamp(c) or _live_post_stamp(c) or _record_line_stamp(c) or _labelled_line_stamp(c) or _signed_stamp(c):
        # "[22:03] <moss> skip to 12:40", "19:52 GOAL! ...\n19:47 Yellow card": the chat's or the blog's clock
        return CHAT_CLOCK
    if _schedule_listed(c) or _schedule_label(c) \
            or _timetable_item(c) or _labelled_cell(c) or _schedule_list_item(c) or _timetable_column(c) \
            or _next_schedule_item(c) or _service_every(c) or _lineup_item(c) or _service_clock(c) \
            or _met_or_set_off(c) or _schedule_table_cell(c) or _clock_grid_row(c) or _correction_note(c) \
            or _deadline(c) or _back_after_break(c) or _rota_chain(c) or _travel_abbreviation(c):
        return "time of day"  # "Our timeline: 21:03 ...", "Kick-off 16:30"
    if (_RANGE_OPENER_FROM.match(c.text, c.begin) and c.may_end(_PUBLISH_STEMS) and c.ends(_MADE_RIGHT_BEFORE)) \
            or (c.may_end(_APPEAL_STEMS) and c.ends(_APPEAL_FOOTAGE_BEFORE, 90)):
        return "time of day"  # "filmed between 15:20 and 15:40": when the footage was made; an appeal for it
    if c.opens_range and c.ends(_WORK_OR_RECESS_BEFORE) and not footage_word(c.clause):
        return "time of day"  # "worked 9:30–17:00", "(Recess, 11:42 to 12:05.)": hours of a working day
    headed = _list_heading(c)
    if headed is not None:
        return headed  # "Race results\n1. K. Otieno 2:06:41", "Session plan\n| Drills | 09:15 | 40 min |"
    if c.before.rstrip().endswith((":", "-", "–", "—")) and c.ends(_WORLD_TIME_FIELD):
        return "time of day"  # "Ticket time: 14:52", "Call time - 21:47"
    if ("time" in c.folded_before and c.ends(_TIME_PUT_BEFORE, 60)) or _said_aloud(c):
        return "time of day"  # "Local reports put the time at 02:40.", "It's 11:14; be back at 11:30."
    if c.ends(_ROUTINE_BEFORE) and not _IN_MEDIA_ANYWHERE.search(c.text, c.b, c.e):
        return "time of day"  # "went to bed at 1:30", but "fell asleep at 4:20 in the video"
    if _reported_evening_clock(c) or _showing_or_local_clock(c):
        return "time of day"  # "The live captions fell 8 seconds behind at 22:14, the network said"
    if _TWO_DIGIT_CLOCK.fullmatch(c.text, c.bare, c.end) and c.ends(_EDITED_BEFORE, 60) \
            and not _ZERO_MINUTES.fullmatch(c.text, c.bare, c.end):
        return "time of day"  # "Subtitles were added at 14:00"
    if _SCHEDULED_AFTER.match(c.after) and not _LINE_OPENING.search(c.text, max(0, c.begin - 20), c.begin):
        return "time of day"  # "the 6:30 train"; but a line "01:12 News round-up" is a chapter
    if ((_SERVICE_TO_AFTER.match(c.after) or _SERVICE_STATE_AFTER.match(c.after)
         or _KIND_OF_SERVICE_AFTER.match(c.after)) and c.ends(_THE_BEFORE)) \
            or (c.may_end(_BILLED_STEMS) and c.ends(_BILLED_BEFORE, 60)) or _named_service(c):
        return "time of day"  # "has driven the 06:40 to Marsden", "billed as headliners from 20:45 to 22:15"
    if c.text[c.begin:c.end] in ("9:16", "16:10", "21:9", "18:9", "19:9") and (
            _RATIO_NEAR.search(c.text, c.b, c.e)
            or (_SCREEN_NEAR.search(c.text, c.b, c.e) and not c.ends(_AT_OR_FROM_BEFORE))):
        return "score or ratio"  # "Screen is lovely, 16:10 and 120Hz" (not "the screen flickers at 16:10")
    # "at 15:00 JST, which is 06:00 here"; "my partner on a 9:30 call"
    return "time of day" if c.ends(_CONVERTED_BEFORE, 80) or (
        c.ends(_OWN_SLOT_BEFORE) and _BOOKED_AFTER.match(c.after)) else None


# A screen's words near a shape of an aspect ratio: "16:10 and 120Hz", "a 21:9 OLED panel".
_SCREEN_NEAR = re.compile(r"\b(?:screens?|displays?|panels?|monitors?|OLED|LCD|IPS|\d+\s?Hz|resolution|bezels?)\b", _I)
# A clock told in another zone or place, then "which is" and the same time here: "at 15:00 JST, which is ".
_CONVERTED_BEFORE = re.compile(
    r"\d:[0-5]\d(?::[0-5]\d)?[^\S\n]*(?:[ap]\.?[^\S\n]?m\b\.?(?:\s+(?-i:[A-Z])[\w'’-]+)?|(?-i:[A-Z]{2,5})\b|local|"
    r"(?:(?:in|for)\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)(?:\s+time)?\s*[,(]?\s*"
    r"(?:which\s+is|which['’]s|that['’]s|that\s+is|i\.e\.,?|so|aka)\s+(?:just\s+|about\s+|around\s+|roughly\s+)?"
    r"(?:at\s+)?$", _I)
# A booking of one's own named by its clock: "on a 9:30 call", "my 10:15 lecture", "our 8:00 stand-up".
_OWN_SLOT_BEFORE = re.compile(r"\b(?:a|an|my|our|his|her|their|your|every|each)\s+$", _I)
_BOOKED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:calls?|class|classes|lectures?|lessons?|stand-?ups?|seminars?|tutorials?|check-?ins?|"
    r"reservations?|bookings?|dentist|doctor['’]s|off(?=\s+(?:for|in)\b))\b", _I)


def _schedule_label(c: _Clock) -> bool:
    """A schedule's label right before the time ("Kick-off 16:30", "Dinner starts at 19:00 and runs two hours"), not
    a thing in the footage told with its start ("In the director's cut the same dinner begins at 1:09:40 and runs
    for eleven minutes": a sentence naming footage, the time read from its verb) nor one said in the footage."""
    return (c.ends(_SCHEDULE_LABEL_BEFORE) or c.ends(_TIMETABLE_VERB_BEFORE, 16)) \
        and not _IN_MEDIA_AFTER.match(c.after) \
        and not (_STARTS_AT.match(c.text, c.begin, c.end) is not None and footage_word(c.text, c.b, c.e))


_STARTS_AT = re.compile(r"(?:starts|begins|starting|beginning|start|begin)\s+at\s", _I)


def _deadline(c: _Clock) -> bool:
    """A deadline's clock, in a sentence naming no footage besides: "the cut-off at the final checkpoint, Glen Ruadh,
    is 17:30", "The deadline for entries is 17:00", "last entry 16:15" (but "the cut-off is at 3:10 in the video")."""
    if not c.may_end(_DEADLINE_STEMS):
        return False
    m = _DEADLINE_BEFORE.search(c.before, max(0, len(c.before) - DEADLINE_CHARS))
    if m is None or _IN_MEDIA_AFTER.match(c.after):
        return False
    label = len(c.text[:c.bare]) - len(c.before) + m.start()  # the deadline's own word ("cut-off") is no cut of footage
    return not footage_word(c.text, c.b, label) and not footage_word(c.text, label + len(m.group("label")), c.e)


DEADLINE_CHARS = 80
_DEADLINE_BEFORE = re.compile(
    r"(?P<label>\b(?:cut-?offs?|deadlines?|closing\s+time|last\s+(?:entry|entries|admissions?|orders)))"
    r"(?:\s+(?:at|for|on|of|to)\s+[^.;:!?\d<>|]{1,50}?)?\s*,?\s*"
    r"(?:(?:is|was|are|were|will\s+be|falls?|fell|set)\s+)?(?:(?:at|by|for)\s+)?$", _I)
_DEADLINE_STEMS = any_stem(("cut", "deadline", "closing", "last"))


def _back_after_break(c: _Clock) -> bool:
    """A sentence that only says when people are back, right after one about a break: "We'll take our morning
    recess. Back at 10:45.", 'Ten-minute break, everyone. We resume at 3:15 sharp.' (a plan said aloud)."""
    if not any(w in c.folded_before[-NEAR_CHARS:] for w in _BACK_WORDS):
        return False
    opening = c.text.rfind("\n", c.b, c.bare) + 1 or c.b
    if not _BACK_AT.fullmatch(c.text, opening, c.bare) or not _ENDS_SAYING.match(c.after):
        return False
    low = c.text[max(0, c.b - BREAK_BEFORE_CHARS):c.b].casefold()
    return _BREAK_STEMS.search(low) is not None and not footage_word(c.text, c.b, c.e)


_BACK_WORDS = ("back", "resum", "reconven", "restart", "again")  # one is in every _BACK_AT match
# How far before the "Back at" sentence the break is looked for.
BREAK_BEFORE_CHARS = 120
_BACK_AT = re.compile(
    r"[^\S\n]*(?:[\w .'’-]{1,30}:\s*)?(?:(?:we|i|you|everyone)(?:['’]ll|\s+will|\s+shall|['’]re|\s+are)?\s+)?"
    r"(?:be\s+)?(?:back|resume|resuming|reconvene|reconvening|restart|start\s+again)\s+(?:here\s+)?(?:at|by)\s+$", _I)
_ENDS_SAYING = re.compile(r"\s*,?\s*(?:sharp|promptly|please|then|everyone)?\s*(?:[.!;]|$)", _I)
_BREAK_STEMS = any_stem(("break", "recess", "adjourn", "lunch", "interval", "pause", "stand down"))


def _showing_or_local_clock(c: _Clock) -> bool:
    """A two-digit clock a venue's runs start at, in a clause naming no footage ("screenings at 14:00, 17:15 and
    20:30"), or the local time named right before its clock ("shows the streamer's local time, 22:06")."""
    return (c.may_end(_SHOWINGS_STEMS) and c.ends(_SHOWINGS_BEFORE, 60) and _LINEUP_CLOCK.match(
        c.text, _opened_range(c)) is not None and not footage_word(c.clause)) \
        or (c.may_end(_LOCAL_STEMS) and c.ends(_LOCAL_TIME_BEFORE, 60))


def _opened_range(c: _Clock) -> int:
    """Where the first clock of text[bare:end] starts, past a range's opening word ("from 07:00 to 10:00")."""
    opener = _RANGE_OPENER_FROM.match(c.text, c.bare, c.end)
    if opener is None:
        return c.bare
    return opener.end() + len(c.text[opener.end():c.end]) - len(c.text[opener.end():c.end].lstrip())


# A venue's or a service's runs, then the clocks they start at: "screenings at 14:00", "Matinees daily at 14:30".
_SHOWINGS = r"screenings?|showings|show\s*times|showtimes|performances|matinees?"
_SHOWINGS_BEFORE = re.compile(
    rf"\b(?:{_SHOWINGS}|sittings|masses|tours|shows)\b"
    r"(?:\s+(?:are|run|start|begin|daily|nightly|today|tonight|each\s+day|every\s+day|on\s+\w+days?)){0,3}"
    r"\s*,?\s*(?:at|from)\s*:?\s*$"
    # a meal served at its clocks: "Dinner is served in two sittings, at 18:30", "breakfast was served from"
    r"|\b(?:breakfast|brunch|lunch|dinner|supper|meals?)\s+(?:is|are|was|were|will\s+be|gets)\s+served\b"
    r"(?:[^.;:!?\d]{0,40}?\s(?:at|from|between|until|till))?\s+$"
    # a label ("**Showtimes:** 13:45, 16:30"), not "the clip shows: 13:45"
    rf"|\b(?:{_SHOWINGS})(?:[*_]{{1,2}}|</?(?:b|strong)>)?\s*:(?:[*_]{{1,2}}|</?(?:b|strong)>)?\s*$", _I)
_SHOWINGS_STEMS = any_stem(("screening", "showing", "show", "performances", "matinee", "sittings", "masses", "tours",
                            "served"))
# The local time, named right before its clock: "the streamer's local time, 22:06", "local time was 03:10".
_LOCAL_TIME_BEFORE = re.compile(
    rf"\blocal\s+(?:time|clock)(?:[*_]{{1,2}}|</(?:b|strong|em|i|span)>)?\s*(?:(?:is|was|of|reads?|read|shows?|showed)\s+)?"
    rf"[,:–—-]?\s*(?:(?:{HEDGE})\s+)?$", _I)
_LOCAL_STEMS = any_stem(("local",))


def _met_or_set_off(c: _Clock) -> bool:
    """People meeting or setting off at a clock at a place, an appointment, a ride's arrival: "the group meets at
    5:45 at a petrol station", "starting at 08:10 from the car park", "My appointment is at 9:40", "the bus gets me
    there at 7:50" (not "the two meet at 2:10 in the clip")."""
    if not c.before[-6:].rstrip().lower().endswith("at") or footage_word(c.clause):
        return False
    if c.ends(_APPOINTMENT_BEFORE, 60):
        return True
    met = _MEET_BEFORE.search(c.before, max(0, len(c.before) - 60))
    m = _PLACE_AFTER.match(c.after) if met else None
    if met is None or m is None:
        return False
    return m.group("at") is not None or (
        met.group("off") is not None and _TWO_DIGIT.fullmatch(c.text, c.bare, c.end) is not None)


_MEET_BEFORE = re.compile(
    r"\b(?:meets?|met|meeting|gathers?|gathered|gathering|assembles?|assembled|convenes?|convened|musters?|mustered|"
    r"(?P<off>,\s*starting|set(?:s|ting)?\s+(?:off|out)|leav(?:es|ing)|left|depart(?:s|ed|ing)?))\s+at\s+$", _I)
# A place after the clock: "at a petrol station", "outside the church"; "from the car park" (after a two-digit clock).
_PLACE_AFTER = re.compile(
    r"\s+(?:(?P<at>at|outside|near|behind|by|in\s+front\s+of)|from)\s+(?:a|an|the|our|their|his|her|my)\s+"
    rf"(?!(?:[\w'’-]+\s+)?{MEDIA_NOUN}\b|(?:top|start|beginning|end|intro|outro|opening)\b)", _I)
_APPOINTMENT_BEFORE = re.compile(
    r"\b(?:appointment|booking|reservation|shift|check-?up|slot)\s+(?:is|was|['’]s)\s+at\s+$"
    r"|\b(?:gets?|got|getting|takes?|took)\s+(?:me|us|him|her|them|you)\s+(?:there|in|home|back|into\s+town)\s+"
    r"(?:by|at)\s+$", _I)


def never_a_clock(text: str, begin: int, end: int) -> bool:
    """Shapes no clock is written in: a lone zero hour ("0:58", a clock says 00:58) and a one-digit
    hour read to the second ("1:04:10", a clock with seconds says 01:04:10), and an hour past 23 ("38:20")."""
    return bool(_ZERO_HOUR.search(text, begin, end) or _ONE_DIGIT_HOUR_SECONDS.search(text, begin, end)
                or _NOT_A_CLOCK.search(text, begin, end))


def entry_stamp(text: str, begin: int, end: int) -> bool:
    """A time of day that heads its line as a live blog's entry stamp ("4:40 p.m. — The key sequence: ... at 3:02"),
    in an entry that names footage: the post's time, which tells nothing of the times in the entry."""
    if not _ENTRY_STAMP_AFTER.match(text, end) or not _LINE_OPENING.search(text, max(0, begin - 40), begin):
        return False
    line_end = text.find("\n", end, end + ENTRY_READ_CHARS)
    return footage_word(text, end, line_end if line_end >= 0 else min(len(text), end + ENTRY_READ_CHARS))


# How far a live blog's entry is read for a footage word.
ENTRY_READ_CHARS = 1500
_ENTRY_STAMP_AFTER = re.compile(r"(?:\s*[ap]\.?\s?m\b\.?)?(?:\s+(?-i:[A-Z]{2,4}))?(?:\*\*|__)?\s*[—–|:-]\s", _I)


def _zero_hour(c: _Clock) -> str | None:
    """"0:58": real clocks are written 00:58 or 12:58 a.m., so no wording makes it a time of day
    ("as the lip movements at 0:22 show", "the 0:45 cut")."""
    return "" if _ZERO_HOUR.search(c.text, c.begin, c.end) else None


def _frame_count(c: _Clock) -> str | None:
    """"a still taken at 00:07:02:15 on the exported file": no clock counts frames, so no wording makes a
    timecode with frames a time of day (a length of the footage is told before this rule)."""
    return "" if _FRAME_TIMECODE.fullmatch(c.text, c.bare, c.end) else None


# A part of the footage named by its time: "the 11:02 shot", "the 0:45 frame".
_SHOT_AFTER = re.compile(r"[^\S\n]+(?:shot|frame|take|close-?up|cutaway|scene)s?\b", _I)


def names_shot(text: str, begin: int, end: int) -> bool:
    """"the 11:02 shot", "the 0:45 frame": a part of the footage named by its time, a position however the sentence
    around it is told (the learned veto does not overrule it)."""
    return _SHOT_AFTER.match(text, end) is not None and _THE_BEFORE.search(text, max(0, begin - 5), begin) is not None


def _position_shape(c: _Clock) -> str | None:
    """Shapes no clock has, which the soft rules below must not override."""
    if _ONE_DIGIT_HOUR_SECONDS.search(c.text, c.begin, c.end):
        return ""  # "1:04:10": a clock read to the second is written 01:04:10
    if "," in c.before and c.folded_before.rstrip().endswith("at") and c.ends(_MEDIA_NAMED_BEFORE) \
            and not c.ends(_OFFSET_FROM_BEFORE, 80):
        return ""  # "The last clip in the compilation, at 11:02, ...": the footage names where
    if _SUBTITLE_TIME.search(c.text, c.begin, c.end):
        return ""  # "01:31:17,800", "00:07:45.300": subtitle and editing times; no clock is read to the millisecond
    if _FRAME_TIMECODE.fullmatch(c.text, c.bare, c.end):
        return ""  # "00:04:10:15": hours, minutes, seconds and frames; no clock counts frames
    if _NOT_A_CLOCK.match(c.text, c.begin, c.end):
        return ""  # "shown at 34:10": no clock reads 34 o'clock
    if _MARK_END.search(c.text, c.begin, c.end) or names_shot(c.text, c.begin, c.end):
        return ""  # "the 1:10 mark", "let me watch the 11:02 shot" name a position in the footage
    if c.ends(_PERCEIVED_BEFORE):
        return ""  # "the minaret visible at 01:12": something seen in the footage
    if bracketed(c.text, c.begin, c.end) and "hours" in c.folded_before and c.ends(_HOURS_PAREN_BEFORE):
        return "time of day"  # "- Item 7: library hours (9:30–17:00)": a place's opening hours
    if bracketed(c.text, c.begin, c.end) and not c.ends(_PAREN_AFTER_WORK):
        return ""  # "the hinge feels loose (4:22)", "caught on the boom mic [1:14:09]": a cited position
    if c.may_end(_PLAYBACK_STEMS) and (c.ends(_PLAYBACK_OBJECT_BEFORE, 60) or c.ends(_PLAYBACK_REQUEST_BEFORE, 80) or (
            c.ends(_PLAYBACK_BY_PERSON_BEFORE, 60) and _PLAYED_NEAR.search(c.text, max(0, c.begin - 300), c.begin))):
        return ""  # "Prosecutors paused it at 3:18"; "(Video played.) ... we stopped at 00:02:41"
    if c.may_end(_NAVIGATE_STEMS) and c.ends(_NAVIGATED_BEFORE, 60):
        return ""  # "counsel took the jury to 2:31", "when the tape reached 7:30": moving through the footage
    return None


# A verb that works the player, on the footage: "paused it at", "froze the video on", "rewound the tape to",
# "the footage, which was stopped at".
_PLAYBACK_VERB = (r"(?:paused|stopped|froze|frozen|rewound|resumed|restarted|replayed|played|cued|skipped|scrubbed|"
                  r"jumped|fast-forwarded|wound)")
_PLAYBACK_STEMS = any_stem(("paus", "stop", "froz", "freez", "wound", "wind", "resum", "start", "play", "cue", "skip",
                            "scrub", "jump", "forward"))
_PLAYBACK_OBJECT_BEFORE = re.compile(
    rf"(?:\b{_PLAYBACK_VERB}\s+(?:it|(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,2}}(?:{MEDIA_NOUN}|frame|playback))"
    rf"|\b{MEDIA_NOUN}(?:,?\s+(?:which|that))?\s+(?:was|were|is|had\s+been)\s+(?:then\s+|briefly\s+)?{_PLAYBACK_VERB})"
    r"\s+(?:(?:back|forward|ahead|again)\s+)?(?:at|from|to|on|until)\s+$", _I)
# Without an object, only a person working the player, after the footage was played nearby:
# "THE COURT: Play it from 00:02:15. (Video played.) ... we stopped at 00:02:41"; not "the bus stopped at".
# Markdown or HTML emphasis opening or closing right there: "took the court to <b>4:05</b>".
_TAG_OPEN = r"(?:<(?:b|strong|em|i|mark|code)>|[*_`]{1,2})?"
_TAG_CLOSE = r"(?:</(?:b|strong|em|i|mark|code)>|[*_`]{1,2})?"
# A request to work the player at a time, in any tense: "asked for it to be paused at", "wants the clip stopped
# at", "asked that the tape be rewound to", "asked the operator to pause at", "told the clerk to play it from".
_PLAYBACK_BASE = r"(?:pause|stop|freeze|rewind|resume|restart|replay|play|cue|skip|scrub|jump|fast-forward|wind)"
_PLAYBACK_THING = rf"(?:it|them|(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,2}}(?:{MEDIA_NOUN}|frame|playback))"
_PLAYBACK_REQUEST_BEFORE = re.compile(
    rf"(?:\b{_PLAYBACK_THING}\s+(?:to\s+)?be\s+(?:then\s+|briefly\s+|again\s+)?{_PLAYBACK_VERB}"
    rf"|\b(?:had|has|have|got|gets|get|wanted|wants|want|needed|needs|need)\s+{_PLAYBACK_THING}\s+{_PLAYBACK_VERB}"
    rf"|\bto\s+(?:then\s+|briefly\s+)?{_PLAYBACK_BASE}\s+{_PLAYBACK_THING}"
    rf"|\b(?:operator|clerk|usher|technician|projectionist|editor|staff)\s+to\s+{_PLAYBACK_BASE})"
    rf"\s+(?:(?:back|forward|ahead|again|on)\s+)?(?:at|from|to|on|until)\s+{_TAG_OPEN}$", _I)
# A transcript's line number may stand between the words: "we\n7   stopped at 13:15".
_LINE_BREAK_SPACE = r"(?:\s*\n\s*\d{1,3}\s+|\s+)"
_PLAYBACK_BY_PERSON_BEFORE = re.compile(
    rf"\b(?:we|i|you|they){_LINE_BREAK_SPACE}(?:(?:then|just|had){_LINE_BREAK_SPACE})?{_PLAYBACK_VERB}"
    rf"{_LINE_BREAK_SPACE}(?:(?:back|forward|again)\s+)?(?:at|on|to){_LINE_BREAK_SPACE}$", _I)
def moved_through_footage(text: str, begin: int) -> bool:
    """Whether the words right before text[begin] move through the footage to it ("the tape reached",
    "took the jury back to"): the rules' strongest tie of a time to the footage, which the learned veto
    (:mod:`annotate.moments.veto`) does not overrule."""
    before = text[max(0, begin - 60):begin]
    return _NAVIGATE_STEMS.search(before.casefold()) is not None and _NAVIGATED_BEFORE.search(before) is not None


# Moving through the footage: a person taking the court or viewers to a point ("took the jury back to"), or the
# footage itself reaching it ("when the tape reached", "as the clip hits", "once the stream got to").
_NAVIGATE_STEMS = any_stem(("took", "tak", "brought", "bring", "direct", "refer", "reach", "hit", "got", "gets"))
_NAVIGATED_BEFORE = re.compile(
    r"(?:\b(?:took|takes|taking|take|brought|brings|bringing|bring|directed|directs|directing|referred|refers|referring)"
    r"\s+(?:the\s+)?(?:court|jury|jurors|panel|tribunal|committee|inquiry|bench|magistrates?|judges?|witness|"
    r"viewers|audience|class|listeners)\s+(?:back\s+|forward\s+|on\s+)?to"
    rf"|\b{MEDIA_NOUN}\s+(?:(?:then|finally|eventually|just)\s+)?(?:reached|reaches|reaching|hit|hits|got\s+to|gets\s+to))"
    rf"\s+(?:(?:about|around|roughly|approximately)\s+)?{_TAG_OPEN}$", _I)
_PLAYED_NEAR = re.compile(
    rf"\((?:[\w-]+\s+){{1,3}}(?:played|playing|paused|stopped)\b[^()]{{0,20}}\)"
    rf"|\b(?:play|replay)\s+(?:it|the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN})\b", _I)


# The footage watched, then the stretch of it: "jurors watched the body-camera recording from 2:36 to 2:58 on
# Tuesday" (the day is when it was watched); a clock's stretch has a two-digit hour ("reviewed CCTV from 14:00").
# (or an hour no clock reads: "played that passage, from 47:05 to 49:30, during Thursday's hearing")
# (or a zero hour read to the second, as an exported file's positions are: "played the sequence from 00:42:05 to
# 00:43:30 four times on Wednesday"; a schedule's "from 00:30 to 01:00 on Sunday" has no seconds)
_ONE_DIGIT_START = re.compile(r"(?:(?:from|between)\s+)?(?:\d|2[4-9]|[3-9]\d|00(?=:[0-5]\d:[0-5]\d)):", _I)
_WATCHED_MEDIA_BEFORE = re.compile(
    r"\b(?:watched|watch|watching|viewed|view|shown|showed|show|played|play|replayed|saw|see|reviewed|screened)\s+"
    rf"(?:(?:the|this|that|its|their|a)\s+)?{_TAG_OPEN}(?:[\w'’-]+\s+){{0,2}}(?:{MEDIA_NOUN}|passage|portion|sequence)"
    rf"{_TAG_CLOSE},?\s+(?:from|between)?\s*{_TAG_OPEN}$", _I)


def _played_media(c: _Clock) -> bool:
    """A recording played or watched from a time no day's clock is told in: "played the sequence from 00:42:05 to
    00:43:30 four times on Wednesday" (the day words tell when it was played)."""
    return _ONE_DIGIT_START.match(c.text, c.begin) is not None and c.ends(_WATCHED_MEDIA_BEFORE, 80)


def _day_words(c: _Clock) -> str | None:
    """Day words near the clock ("at 10:45 that day"), a recording said to start at a clock time,
    and otherwise a footage word in the clause, which makes it a position."""
    after = c.after
    near_after = after[:_TOD_AFTER_LIMIT]
    if _TOD_AFTER_STEMS.search(near_after.casefold()) and _TOD_AFTER.match(near_after) \
            and not _IN_MEDIA_AFTER.match(after) \
            and not _played_media(c):
        return "time of day"
    if _TWO_DIGIT.match(c.text, c.bare) and _MEDIA_STARTED_BEFORE.search(c.before):
        return "time of day"  # "the live broadcast began at 19:00"
    if _ON_THE_HALF_HOUR.fullmatch(c.text, c.bare, c.end) and _RECORDING_STARTS_BEFORE.search(c.before) \
            and not _IN_RECORDING_AFTER.match(c.after):
        return RECORDING_START  # "because the archive starts at 05:00"
    if c.may_end(_STARTED_RECORDING_STEMS) and c.ends(_STARTED_RECORDING_BEFORE, 60) \
            and not _IN_RECORDING_AFTER.match(c.after):
        return RECORDING_START  # "Terence must have started recording at about 7:15": when the tape began
    if _recording_window(c):
        return "time of day"  # "Recorded 22:10–23:40 on 3 June.", "Filmed 07:10–08:30, 4K"
    if _event_verb_right_before(c) or _past_after_camera_reading(c) or _day_clock_again(c):
        return "time of day"
    if _TWO_DIGIT_CLOCK.match(c.text, c.bare, c.end) and not _IN_MEDIA_AFTER.match(after) \
            and not _INTO_AFTER.match(after) and _FIRST_PERSON_MOVED.search(c.text, max(c.b, c.bare - 80), c.bare):
        return "time of day"  # "We had reached the spot at 21:27 by the Shatabdi, video is of 48 mins": the day's
    if c.may_end(_WEATHER_STEMS) and c.ends(_WEATHER_BEFORE, 50) and not footage_word(c.clause):
        return "time of day"  # a forecast: "rain clearing by 15:00", "fog lifting around 10:30"
    if footage_word(c.clause):
        return ""
    text, b, e = c.text, c.b, c.e
    left = max(text.rfind(",", b, c.begin), text.rfind(";", b, c.begin), b - 1) + 1
    right = min((i for i in (text.find(",", c.end, e), text.find(";", c.end, e)) if i >= 0), default=e)
    other = TIMECODE.search(text, c.end, right)
    right = other.start() if other else right  # the next clock owns the words after it
    if _TOD_IN_CLAUSE_STEMS.search(text[left:right].casefold()) and _TOD_IN_CLAUSE.search(text, left, right) \
            and not _played_media(c):
        return "time of day"  # "sunset on that day was at 16:42"
    if _daily_routine(c):
        return "time of day"
    if c.ends(_LOGGED_COUNT_BEFORE, 60):
        return "time of day"  # "It records 14 transmissions between 20:20 and 20:30": a log's tally by the clock
    return None


# The weather in a forecast's clause before its clock: "rain clearing by 15:00", "fog lifting around 10:30".
_WEATHER_BEFORE = re.compile(
    r"\b(?:rain|showers|snow|sleet|drizzle|fog|mist|frost|thunderstorms?)\s+(?:(?:will|should|is|are)\s+)?"
    r"(?:clearing|clear|easing|ease|lifting|lift|spreading|spread|moving\s+in|arriving|setting\s+in|dying\s+out|"
    r"returning|expected|likely)\s+(?:by|from|until|till|after|before|around|at)\s+$", _I)
_WEATHER_STEMS = any_stem(("rain", "shower", "snow", "sleet", "drizzle", "fog", "mist", "frost", "thunder"))


# A log's or a counter's tally of things, then the clock: "the log records 14 transmissions between", "police
# received 40 calls from", "the gate counted 1,200 entries by" (no footage word in the clause: checked above).
_LOGGED_COUNT_BEFORE = re.compile(
    r"\b(?:records?|recorded|logs?|logged|lists?|listed|registers?|registered|counts?|counted|tallies|tallied|"
    r"received|receives?|handled|handles?)\s+(?:about\s+|some\s+|over\s+|"
    r"nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?\d[\d,]*\s+(?:[\w'’-]+\s+)?[\w'’-]+s\s+"
    r"(?:(?:between|from|at|by|before|after|until|till)\s+(?:about\s+|around\s+)?)?$", _I)


def _past_after_camera_reading(c: _Clock) -> bool:
    """A past-tense event at a clock time after a camera's clock was read in the same sentence: the
    footage words belong to the reading ("the camera reads 21:14:07 when ... and the ambulance arrived
    at 21:32")."""
    past = _PAST_BEFORE.search(c.before)
    if not past or past.group("aux") or _INTO_AFTER.match(c.after) or _IN_MEDIA_AFTER.match(c.after):
        return False
    priors = list(TIMECODE.finditer(c.text, c.b, c.begin))
    if not priors:
        return False
    prior = priors[-1].start()
    return _READING_BEFORE.search(c.text, max(c.b, prior - 40), prior) is not None


# A clock told as the day's: with a.m./p.m. or a zone after it ("4:12:37 a.m.", "14:40 local time"), or read to
# the second from a clock ("stamped 14:31:00", "the clock reads 21:04:10").
_DAY_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(:[0-5]\d)?(?![\d:]|[.,]\d)"
                        r"(?P<told>[^\S\n]?(?:[ap]\.?[^\S\n]?m\b|(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T|JST|IST|AEST|AEDT)\b|"
                        r"local\b))?", _I)
_READ_CLOCK_BEFORE = re.compile(
    r"\b(?:(?:time-?)?stamp(?:s|ed)?|reads?|read|showed|shows?|displays?|clock|timestamp)\s+(?:at\s+)?$", _I)
# How far back a day's clock stated with a.m./p.m. or a zone is taken up again by a bare clock in the same hour.
DAY_CLOCK_AGAIN_CHARS = 400


@lru_cache(maxsize=8)
def _day_clocks(text: str) -> tuple[dict[tuple[int, int], int], tuple[tuple[int, int, int], ...]]:
    """Read once per text: where each hour and minute is first told as the day's, and each clock with a.m./p.m. or
    a zone after it, as (where it starts, hour, minute). (Each colon is looked at from the string's own search:
    the clock pattern run over a whole 1 MB text costs a third of a second.)"""
    first: dict[tuple[int, int], int] = {}
    told = []
    colon = text.find(":")
    while colon >= 0:
        start = colon - 2 if colon >= 2 and text[colon - 2].isdigit() else colon - 1
        m = _DAY_CLOCK.match(text, max(0, start)) if colon > 0 else None
        colon = text.find(":", colon + 1 if m is None else m.end())
        if m is None:
            continue
        hour_minute = (int(m.group(1)), int(m.group(2)))
        if m.group("told") is not None:
            told.append((m.start(), *hour_minute))
        elif not (m.group(3) and _READ_CLOCK_BEFORE.search(text, max(0, m.start() - NEAR_CHARS), m.start())):
            continue
        first.setdefault(hour_minute, m.start())
    return first, tuple(told)


def _day_clock_again(c: _Clock) -> bool:
    """A bare clock that takes up a clock told before as the day's: the same hour and minute, in a sentence placing
    nothing in the footage ("the frame stamped 14:31:00 shows nothing ... the fire started between 14:31 and
    14:36"), or a later minute of the same hour soon after a clock with a.m./p.m., in a sentence naming no footage
    ("The camera's clock reads 4:12:37 a.m.; ... Firefighters arrived at 4:19", "Dispatch had it at 11:48 p.m. ...
    A. 11:53, 11:54")."""
    this = _HOUR_MINUTE.search(c.text, c.bare, c.end)
    said = _DAY_CLOCK.match(c.text, this.start()) if this is not None else None
    if this is None or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after) \
            or (said is not None and said.group("told")):
        return False
    first, told = _day_clocks(c.text)
    hour, minute = int(this.group(1)), int(this.group(2))
    if first.get((hour, minute), c.begin) < c.begin:
        return _IN_MEDIA_ANYWHERE.search(c.text, c.b, c.e) is None  # not "in the clip the car passes at 08:15"
    i = bisect_left(told, (c.begin,))
    if i == 0 or told[i - 1][0] < c.begin - DAY_CLOCK_AGAIN_CHARS:
        return False
    _, h, m = told[i - 1]
    return h == hour and m <= minute and not footage_word(c.text, c.b, c.e)


def _reading_again(c: _Clock) -> bool:
    """A clock joined by a bare "and" to an on-screen clock's reading earlier in the sentence, in another shot
    or at the clause's end, is that clock read again: "the clock on the wall says 4:10 at 12:33 in the episode,
    and 9:25 in the next shot" (a position would be said "at 9:25")."""
    if "and" not in c.folded_before[-8:] or not c.ends(_BARE_AND_BEFORE, 8) \
            or not _ANOTHER_SHOT_AFTER.match(c.after) or not c.may_end(_ONSCREEN_STEMS):
        return False
    return any(_ONSCREEN_CLOCK.search(c.text, max(c.b, t.start() - 60), t.start())
               for t in TIMECODE.finditer(c.text, c.b, c.begin))


_BARE_AND_BEFORE = re.compile(r",?\s*\band\s+$", _I)
_ANOTHER_SHOT_AFTER = re.compile(
    r"\s*(?:[.;!?]|$)|\s+in\s+the\s+(?:next|following|previous|last|same|other|later|earlier|final|opening)\s+"
    r"(?:shot|scene|frame|cut|angle|take)\b", _I)


def _placed_reading(c: _Clock) -> bool:
    """The clock places, in the footage, a reading just told: "The wall clock reads 3:05 at 14:10 in the film"
    (14:10 is where the film shows it), or restates it as a position: "at T+2:33 in the mission clock, which is
    31:10 in the stream VOD"."""
    return (c.ends(_READING_THEN_AT, 16) or c.ends(_RESTATED_AS_BEFORE, 24)) \
        and _IN_MEDIA_AFTER.match(c.after) is not None


def _clock_read_before(c: _Clock) -> bool:
    """The clock named before the time is the one an earlier time was read on, a clause before: "the block, with 0:19
    left on the game clock, comes at 3:58 in the video" (3:58 is no reading of that clock)."""
    if "clock" not in c.folded_before:
        return False
    priors = list(TIMECODE.finditer(c.text, max(c.b, c.begin - 80), c.bare))
    if not priors:
        return False
    prior = priors[-1]
    read_on = _READ_ON_CLOCK_AFTER.match(c.text, prior.end(), c.bare)
    return read_on is not None and "clock" not in c.text[read_on.end():c.bare].casefold()


_READ_ON_CLOCK_AFTER = re.compile(
    r"\s*(?:left|remaining|to\s+play|to\s+go|gone|elapsed)?\s*(?:on|by|per)\s+(?:the|its|his|her|their|a)\s+"
    r"(?:[\w'’-]+\s+){0,2}clock\b[^.;!?\d]*?[,;—–)]", _I)


# "T+2:33", "T-minus 10:00", "T minus 00:00:10", "L-2:00": a countdown's or a mission's clock.
_MISSION_CLOCK_BEFORE = re.compile(r"(?<![\w+-])(?:(?-i:T|L)\s?[+\-−‑]\s?|[TL][\s\-‑]?(?:minus|plus)[^\S\n]+)$", _I)
MISSION_CLOCK_CHARS = 10  # "T-minus " and a space
# A clock that runs out reads zero: the time after it is when that happens ("The clock runs out ~44:00").
_CLOCK_EXPIRES_BEFORE = re.compile(
    r"\bclock\s+(?:runs|ran|running)\s+out\s+(?:(?:at|around|about|roughly)\s+)*(?:[~≈]\s*)?$", _I)
_READING_THEN_AT = re.compile(r"\d:[0-5]\d\s+at\s+$")
_RESTATED_AS_BEFORE = re.compile(r"(?:,\s*(?:which|that)\s+(?:is|was|would\s+be)|\bi\.e\.,?)\s+(?:at\s+)?$", _I)


def _said_aloud(c: _Clock) -> bool:
    """A clock said aloud as the time now, alone in its clause: "It's 11:14; be back at 11:30.", "- It's 10:40
    now." (a cue's dialogue is speech; "it's 2:10 in the clip" places footage)."""
    if c.bare != c.begin or "it" not in c.folded_before[-24:] or not c.ends(_SAID_NOW_BEFORE, 24):
        return False
    now = _SAID_NOW_AFTER.match(c.after)  # a one-digit hour needs "now": "Which bit? It's 3:40." cites footage
    return now is not None and (now.group("now") is not None or _TWO_DIGIT_CLOCK.fullmatch(c.text, c.begin, c.end)
                                is not None or c.ends(_SPEAKER_SAYS_IT_BEFORE, 48))


# A transcript's speaker opening a turn with the time: "ANCHOR: It's 6:32.", "HOST 2: it is 8:05 now"
_SPEAKER_SAYS_IT_BEFORE = re.compile(
    r"(?:^|\n)[^\S\n]*(?-i:[A-Z][A-Z.'’ -]{1,30}\d?):[^\S\n]*it(?:['’]s|\s+is)\s+"
    r"(?:now\s+|just\s+(?:gone|past|after)\s+)?$", _I)


_SAID_NOW_BEFORE = re.compile(
    r"(?:^|[^\w'’])it(?:['’]s|\s+is)\s*(?:,\s*(?:uh|um|erm|er|ah)\s*,\s*)?"  # (a speaker's "It's, uh, 2:15")
    r"(?:now\s+|just\s+(?:gone|past|after)\s+|already\s+)?$", _I)
# After the clock: "now", or the speaker's own timepiece ("2:15 by my watch").
_SAID_NOW_AFTER = re.compile(
    r"\s*(?:(?P<now>now|already|by\s+(?:my|his|her|our|your|their)\s+(?:watch|clock|phone))\b|[.;!?\"”’]|$)", _I)
# "Local reports put the time at 02:40", "witnesses placed the time of the crash at 21:15"
_TIME_PUT_BEFORE = re.compile(
    r"\b(?:put|puts|putting|place[sd]?|placing|set|sets|fix(?:es|ed)?|estimated?|estimates)\s+the\s+time"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:at|as)\s+(?:(?:around|about|roughly|approximately)\s+)?$",
    _I)
# A device's clock said as "time on the camera": "Time on the camera is showing 18:47", "the time on the dashcam
# reads 21:04"
_TIME_ON_DEVICE_BEFORE = re.compile(
    r"\btime\s+(?:on|in|of)\s+(?:the\s+|this\s+|that\s+|my\s+|our\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:camera|cam|cctv|dashcam|dash-cam|bodycam|body-cam|recorder|dvr|nvr|footage|video|clip|screen|display)\s+"
    r"(?:is\s+|was\s+)?(?:showing|shows?|showed|reads?|reading|says|said|displays?|displaying)\s+$"
    # regional: "As per the CCTV, time is showing 18:47"
    r"|(?<![\w-])time\s+(?:is|was)\s+showing\s+$", _I)


def _paragraph_start(text: str, begin: int, after_break: int = 0) -> int:
    """``max(0, begin - CONTEXT_CHARS, text.rfind("\\n\\n", 0, begin) + after_break)``, the start of the
    words before ``begin`` that count, with the blank line looked for only where it can count (a text
    with none would otherwise be read back to its start for every clock)."""
    floor = max(0, begin - CONTEXT_CHARS)
    return max(floor, text.rfind("\n\n", max(0, floor - after_break), begin) + after_break)


def _correction_note(c: _Clock) -> bool:
    """A two-digit clock in a paragraph a correction's label opens, naming no footage: "Correction: An earlier
    version of this story said the fair opens at 11:00. It opens at 10:00." (the corrected and the right clocks
    alike)."""
    if not _LINEUP_CLOCK.match(c.text, c.bare) or _ZERO_MINUTES.fullmatch(c.text, c.bare, c.end) or (
            "orrect" not in c.text[max(0, c.begin - CONTEXT_CHARS):c.begin] and "larif" not in c.before):
        return False  # a clock of the day's shape only: "said the collision happens at 1:12" is the footage's
    start = _paragraph_start(c.text, c.begin)
    label = _CORRECTION_LABEL.match(c.text, _MARKUP_LEAD.match(c.text, start).end())  # type: ignore[union-attr]
    if label is None:
        return False
    # "an earlier version of this story" is the article's version, not a cut of footage
    said = _EARLIER_VERSION.search(c.text, label.end(), c.e)
    return not (footage_word(c.text, start, said.start()) or footage_word(c.text, said.end(), c.e)) if said \
        else not footage_word(c.text, start, c.e)


_CORRECTION_LABEL = re.compile(r"(?:corrections?|clarifications?|editor['’]?s\s+note)\b[*_]{0,2}\s*[:.—–-]", _I)
_EARLIER_VERSION = re.compile(
    r"\b(?:an?\s+)?(?:earlier|previous|original|prior)\s+version\s+of\s+(?:this|the|our)\s+"
    r"(?:story|article|report|post|piece|item|page|newsletter)\b", _I)


def _daily_routine(c: _Clock) -> bool:
    """A sentence opening with a clock in a paragraph that tells a routine of the day and names no footage:
    "At 4:15 every morning she unlocks the shutters. By 5:30 the first trays are out"."""
    if not _AT_OPENING.fullmatch(c.text, c.b, c.bare):
        return False
    start = _paragraph_start(c.text, c.begin)
    stop = c.text.find("\n\n", c.end, c.end + CONTEXT_CHARS + 2)  # one further would not count
    stop = min(c.end + CONTEXT_CHARS, len(c.text) if stop < 0 else stop)
    return _ROUTINE_DAY.search(c.text, start, c.begin) is not None and not footage_word(c.text, start, stop)


_ROUTINE_DAY = re.compile(
    r"\b(?:every|each)\s+(?:morning|evening|night|day|weekday|afternoon)|\b\w+\s+days\s+a\s+week|\bdaily\b", _I)


def _world_report(c: _Clock) -> str | None:
    """A clause that reports the world: an event, a past-tense verb, the future, an attribution."""
    text, b, e, begin = c.text, c.b, c.e, c.begin
    event = _EVENT.search(c.before)
    other = _NEW_SUBJECT.search(c.before, event.start(), event.end()) \
        if event and "," in c.before[event.start():] and footage_word(text, b, e) else None
    if other is not None:
        # "at the 1:50 mark the band appears on a rooftop, and the final chorus begins at": another subject
        # takes the verb, in a sentence that walks through footage
        event = _EVENT.search(c.before, other.end())
    if event and not _TOPIC_BEFORE.search(c.before, 0, event.start()) and not _setting(c.before, event):
        return "time of day"  # but "the best story, about the 1998 storm, starts at 23:10" is a topic
    if _programme_of_the_world(c):
        return "time of day"  # "the quiz at the Anchor begins at 8:30", "Bingo at the social club starts at 7:45"
    past = None if c.footage_context else _PAST_BEFORE.search(c.before)
    if past and _SAME_IN_PRESENT.match(past.group()) and not _PASSIVE_OR_PERFECT.search(c.before, 0, past.start()) \
            and footage_word(text, b, e):
        past = None  # "a few seconds of wobble hit at roughly 10:02", in a sentence about the video: present
    if past and not past.group("aux") and not _commented_on_at(c):
        return "time of day"
    if _FUTURE.search(c.clause) and _FUTURE.search(_QUOTED.sub("", _clause_to_stop(c))) and not _future_reported(c) \
            and not _future_in_aside(c) \
            and not _future_before_coordination(c):
        return "time of day"  # but not "said at 12:48 "we will not raise taxes"": the future is the quote's
    if (_PAST_OR_WAS.search(text, _after_coordination(c, max(b, begin - 120)), begin)
            or _PAST_OR_WAS.search(c.clause)) \
            and _may_attribute(text, b, e) and _ATTRIBUTION.search(text, b, e):
        return "time of day"  # "Police said the gunman opened fire at 9:41"
    if (_TWO_DIGIT_CLOCK.match(text, begin, c.end) or _own_journey_clock(c)) \
            and _FIRST_PERSON_MOVED.search(text, max(b, begin - 80), begin):
        return "time of day"  # "we left the car park at 06:10 and were back by 14:45": the writer's own day
    # Two-digit or zero-padded clocks ("11:00", "06:00") in a past-tense clause about the world.
    # A comma ends that clause: "watched this at 3am, can confirm the jumpscare at 11:11".
    if _TWO_DIGIT_CLOCK.match(text, begin, c.end) \
            and _past_outside_relative(text, _clause_start(text, b, _apposed_from(c), _COMMA_EDGE), begin,
                                       _PAST_IN_CLAUSE, _clause_start(text, b, begin)) \
            and not (c.footage_context and c.ends(_SAID_AT_BEFORE)) and not _commented_on_at(c):
        return "time of day"  # but "(the clip ...) What she said at 12:48 was" quotes the footage
    return None


def _programme_of_the_world(c: _Clock) -> bool:
    """A programme's item starting at a clock (:data:`_PROGRAMME`) at a venue named after its noun, or where neither
    the clock's paragraph so far nor the words after it name footage and no position was just placed."""
    if not c.may_end(_PROGRAMME_STEMS):
        return False
    m = _PROGRAMME.search(c.before)
    if m is None or _TOPIC_BEFORE.search(c.before, 0, m.start()):
        return False
    if _VENUE.search(m.group("gap")):
        return True
    return not c.footage_context and not footage_word(c.text, _paragraph_start(c.text, c.begin), c.e)


_PROGRAMME_STEMS = any_stem((
    "quiz", "bingo", "raffle", "tombola", "karaoke", "mic", "ceilidh", "disco", "fete", "fête", "fair", "sale",
    "boot", "morning", "barbecue", "bbq", "party", "screening", "fireworks", "club", "choir", "practice",
    "training", "worship", "matinee", "story", "signing", "tasting", "tour"))


def _apposed_from(c: _Clock) -> int:
    """Where the clause a clock is read with ends: before the comma of a clock apposed at the sentence's end ("The
    crew arrived 11 minutes after the first call, at 07:52."), else at the clock."""
    m = _APPOSED_AT_BEFORE.search(c.before, max(0, len(c.before) - NEAR_CHARS))
    if m is None or not _SENTENCE_END_AFTER.match(c.after) and c.after.strip():
        return c.begin
    return c.bare - len(c.before) + m.start()


_APPOSED_AT_BEFORE = re.compile(r",\s*(?:at|by|around|about|shortly\s+after|just\s+after|just\s+before)\s+$", _I)


# "the autofocus hunting I complained about at 3:20 is fixed", "the hiss you pointed out at 1:05 has gone": a
# relative clause in which the writer or reader remarked on a thing at a position, then the thing's own verb.
_COMMENTED_AT_BEFORE = re.compile(
    r"(?<=[a-z]\s)(?<!and\s)(?<!but\s)(?<!then\s)(?<!so\s)(?<!when\s)(?<!while\s)(?<!as\s)(?<!if\s)"
    r"(?:i|we|you|y'all)\s+(?:(?:also|already|briefly|just|once|originally|first)\s+)?"
    r"(?:mentioned|noted|flagged|highlighted|showed|showcased|demoed|critici[sz]ed|praised|covered|"
    r"(?:complained|moaned|griped|whined|ranted|raved|talked|asked|wondered|joked|warned)\s+about|"
    r"(?:pointed|called)\s+out)\s+(?:(?:at|around|about)\s+)+$", _I)
_COMMENTED_AT_AFTER = re.compile(
    r"^[^\S\n]*(?:\([^()]{0,40}\)[^\S\n]*)?(?:(?:in|of)\s+(?:my|our|your|the|that|this)\s+(?:[\w'’-]+\s+){0,2}?)?"
    r"(?:is|are|has|have|was|were|got|gets|still|now|finally|seems|looks|remains)\b", _I)


def _commented_on_at(c: _Clock) -> bool:
    """The past verb before the clock is a remark made on the footage at that position: a position."""
    return c.ends(_COMMENTED_AT_BEFORE, 60) and _COMMENTED_AT_AFTER.match(c.after) is not None


# Verbs whose past is their present plural ("the cymbals hit at 2:10"): a past tense only outside footage.
_SAME_IN_PRESENT = re.compile(r"(?:hit|burst|shut|cut|put|set\s+off|set\s+out|read\s+out)\s", _I)
# "the road was shut at 8:20", "had hit at": the past after all.
_PASSIVE_OR_PERFECT = re.compile(r"\b(?:was|were|had|has|have|been|got|get|gets)\s+(?:\w+ly\s+)?$", _I)


# A clause with its own subject coordinated after the event noun's: ", and the final chorus".
_NEW_SUBJECT = re.compile(r",\s+(?:and|but|while|whereas|then)\s+(?:the|a|an|its|his|her|their)\s+", _I)


def _after_coordination(c: _Clock, floor: int) -> int:
    """Where the clock's own clause starts in the text, after a clause with its own subject coordinated before it
    (", and the chap at the back stands up at"), else ``floor``."""
    ends = [m.end() for m in _NEW_SUBJECT.finditer(c.before)]
    return max(floor, c.bare - len(c.before) + ends[-1]) if ends else floor


def _future_before_coordination(c: _Clock) -> bool:
    """The future is in a clause coordinated before the clock's own: "says the bins will be collected from April, and
    the chap at the back stands up at 17:40" (the clock's clause, after ", and the", is in the present)."""
    own = _after_coordination(c, -1)
    if own < 0 or _FUTURE.search(c.text, own, c.bare):
        return False
    stop = _CLAUSE_STOP_AFTER.search(c.after)
    return _FUTURE.search(c.after, 0, stop.start() if stop else len(c.after)) is None


_CLAUSE_STOP_AFTER = re.compile(r"[.;!?]|,\s+(?:and|but)\s")


def _future_reported(c: _Clock) -> bool:
    """The future is only in what someone asks or says after the time, told in the present: "At 11:54, the
    contractor asks whether the committee will see it" narrates footage."""
    after = c.text[c.end:min(c.e, c.end + REPORTED_READ_CHARS)]  # "At 6:51, after ..., he looks up and says he will"
    told = _REPORTED_AFTER.search(after)
    return told is not None and not _FUTURE.search(c.before) and not _FUTURE.search(after, 0, told.start())


# How far after the clock the present reporting verb is looked for.
REPORTED_READ_CHARS = 160
# A present reporting verb and the reported question or statement: "asks whether", "tells her that", "says he".
_REPORTED_AFTER = re.compile(
    r"\b(?:asks|wonders|says|tells\s+[\w'’]+|promises|warns|insists|claims|explains|adds|replies|answers|"
    r"assures\s+[\w'’]+|(?:asking|telling)(?:\s+[\w'’]+){1,3}?|wondering|saying|promising|warning|explaining)\s+"
    r"(?:whether|if|that|when|how|why|what|he|she|they|we|it)\b", _I)


def _clause_to_stop(c: _Clock) -> str:
    """The clause, ended at a full stop after the clock that did not split the sentence ("yea at 3:33ish. will
    check tmrw": the lower-case reply after it is another sentence)."""
    stop = _FULL_STOP_AFTER.search(c.text, c.end, c.e)
    return c.clause if stop is None else _clause(c.text, c.begin, c.end, c.b, stop.start())


_FULL_STOP_AFTER = re.compile(r"[.!?]+\s")
# A relative clause set off by commas, whose tense is its own: "The penalty decision, which Aberdeen will feel
# hard done by, is from 1:55 to 2:30".
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whom|whose)\b[^,;.!?\d]*,", _I)


def _future_in_aside(c: _Clock) -> bool:
    """Every future word from a relative clause set off by commas before the clock to the clause's end after it
    stands in such an aside: the aside's tense, not the clock's."""
    asides = [m.span() for m in _RELATIVE_ASIDE.finditer(c.text, max(c.b, c.begin - CONTEXT_CHARS), c.bare)]
    if not asides:
        return False
    stop = _CLAUSE_END_AFTER.search(c.text, c.end, c.e)
    return all(any(a <= f.start() < b for a, b in asides)
               for f in _FUTURE.finditer(c.text, asides[0][0], c.e if stop is None else stop.start()))


_CLAUSE_END_AFTER = re.compile(r"[;.!?](?:\s|$)")
# Words in quotation marks, whose tense is the speaker's, not the clause's.
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’")
# A speech verb that the time follows, said while the text walks through footage.
_SAID_AT_BEFORE = re.compile(
    r"\b(?:said|says|asked|answered|replied|added|stated|announced|shouted|told\s+[\w'’]+)\s+"
    r"(?:(?:at|around|about|from|between)\s+)?$", _I)


def _past_narration(c: _Clock) -> str | None:
    """Any clock in a past-tense report with no footage word in the whole sentence: footage is
    described in the present ("the gunman enters at 9:05"), the world in the past ("entered").
    "paused for 10 seconds at 2:40" measures footage; "wailed for an hour starting at 9:15" the world."""
    text, b, e, begin, end = c.text, c.b, c.e, c.begin, c.end
    if (c.footage_context and not _later_the_same_morning(c)) or _INTO_AFTER.match(c.after) \
            or _PRESENT_CLAUSE_AFTER.match(c.after) or _PART_NAMED_AFTER.match(c.after) or _commented_on_at(c) \
            or _PRESENT_SPAN_OPENS.match(text, begin, end):
        return None
    world_span = not c.opens_range or (
        not _RANGE_OPENER_FROM.match(text, begin, end) and not _RANGE_SEP.search(text, begin, end)
        and not _SECONDS_SPAN.match(text, begin, end))
    if world_span and (
            _past_outside_relative(text, _after_inner_stop(text, _clause_start(text, b, begin), begin), begin)
            or _PAST_PERFECT_AFTER.match(c.after) or _past_after_opening(c)) and not footage_word(text, b, e) \
            and not _present_when_after(c):
        return "time of day"
    return None


def _after_inner_stop(text: str, start: int, begin: int) -> int:
    """Where the clause holding ``begin`` starts when a full stop the sentence splitter kept (a lower-case
    reply: "fez was CRAZY. at like 5:30 we meet Youssef") stands between ``start`` and it."""
    for m in _INNER_STOP.finditer(text, start, begin + 1):  # (one past ``begin``: the lower-case letter may open it)
        start = min(m.end(), begin)
    return start


# A full stop after a word, then a lower-case word: chat that does not capitalise its sentences.
_INNER_STOP = re.compile(r"(?<=[a-z]{3})[.!?]+\s+(?=[a-z])|(?<=[A-Z]{3})[.!?]+\s+(?=[a-z])")


# The clock named as a part of the footage, in the present: "then 9:12 is the mint tea bit", "4:10's where he
# slips" (the past of a clause before it is that clause's).
_PART_NAMED_AFTER = re.compile(
    r"\s*(?:is|['’]s)\s+(?:where\b|the\s+(?:[\w'’-]+\s+){0,3}?(?:bit|part|moment|scene|section|segment|shot)s?\b)", _I)
# A span whose own words open it in the present, as footage is told: "(which) begins at 31:20 and lasts ...".
_PRESENT_SPAN_OPENS = re.compile(r"(?:(?:which|that)\s+)?(?:begins|starts|opens|kicks\s+off)\s+(?:at|from)\s", _I)


def _later_the_same_morning(c: _Clock) -> bool:
    """A minutes clock a few hours after an am/pm clock told earlier in the paragraph: the story's timeline goes
    on, whatever footage was placed in between ("burst at around 5:15 a.m. ... at 0:38 the spray hits ... Crews
    arrived at 6:02 and had the water off by 7:30")."""
    clock = _HOUR_MINUTE.fullmatch(c.text, c.bare, c.end)
    if clock is None:
        return False
    minutes = int(clock.group(1)) * 60 + int(clock.group(2))
    for day in _AM_PM_CLOCK.finditer(c.text, _paragraph_start(c.text, c.begin), c.bare):
        told = (int(day.group(1)) % 12) * 60 + int(day.group(2) or 0)
        if told < minutes <= told + DAY_CLOCK_REACH:
            return True
    return False


# How long after an am/pm clock a bare clock still reads as the same stretch of the day (minutes).
DAY_CLOCK_REACH = 360
_AM_PM_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2})(?:[:.]([0-5]\d))?\s?[ap]\.?m\b", _I)


def _present_when_after(c: _Clock) -> bool:
    """"Asked for the key moment, the pathologist chose 5:31, when the officer's weight appears to shift": a
    report in the past of a time whose "when" clause tells, in the present, what the footage shows there."""
    m = _WHEN_CLAUSE_AFTER.match(c.after)
    return m is not None and _PRESENT_VERB.search(m.group(1)) is not None \
        and _PAST_IRREGULAR_OR_ED.search(m.group(1)) is None


_WHEN_CLAUSE_AFTER = re.compile(r"\s*,?\s+when\s+([^.;:!?,]{1,80})", _I)
_PRESENT_VERB = re.compile(r"\b(?:is|are|appears|seems|can\s+be|has|does|goes|comes|gets|[a-z]{2,}[^s\W'’]s)\b")


# "Critics highlighted the shot at 1:48 in which the lighthouse collapses": what happens at the time, told in the
# present, is what the footage shows (the world's events at a clock are told in the past).
_PRESENT_CLAUSE_AFTER = re.compile(
    r"^\s*,?\s*(?:in\s+which|during\s+which|where|when)\s+(?:(?:the|a|an|his|her|their|its|our|this|that)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:[a-z]{3,}(?<!ss)(?<!us)(?<!ed)(?<!ics)s|is|are)\b"
    r"(?![^.;,]{0,30}?\b(?:[a-z]{3,}ed|was|were|had|did|came|went|left|took|began|ran|said|told)\b)", _I)


# "the hunting that several of you asked about shows up at 9:14", "the glitch you mentioned appears at 2:10": a
# past verb in a relative clause, then the clause's own verb in the present right before the time.
_RELATIVE_THEN_PRESENT = re.compile(
    # a bare pronoun opens one only after its noun ("the glitch you mentioned"), not a clause ("and she told"); so
    # does a subject with its article ("the part the coroner's office has asked about runs from 7:40")
    r"(?<![\w])(?:that|which|who|whom|(?<=[a-z]\s)(?<!and\s)(?<!but\s)(?<!then\s)(?<!so\s)(?<!when\s)(?<!while\s)"
    r"(?<!as\s)(?<!if\s)(?<!said\s)(?:you|we|i|they|he|she|the|his|her|their|our|my|your))\s(?:[^.;!?,]{0,60}?\s)?(?P<past>(?!{p}\b)[a-z]{3,})"
    r"(?:\s+{p})?\s+(?:[a-z]{3,}(?<!ss)(?<!us)(?<!ed)s|is|are)"
    r"(?:\s+(?:up|in|out|on|off|back|again))?\s+(?:(?:at|around|about|from|by|near|after)\s+)?$"
    .replace("{p}", r"(?:about|of|for|on|to|up|in|with|over)"), _I)


def _past_outside_relative(text: str, start: int, begin: int, past: re.Pattern[str] = _PAST_IRREGULAR_OR_ED,
                           rel_from: int | None = None) -> bool:
    """A past verb in the clause before ``begin``, not only in a relative clause whose main verb is present
    (``rel_from``: where that relative clause may open, when the clause is read from after its pronoun)."""
    if not past.search(text, start, begin):
        return False
    rel = _RELATIVE_THEN_PRESENT.search(text, start if rel_from is None else rel_from, begin)
    if rel is None or not _PAST_IRREGULAR_OR_ED.fullmatch(text, rel.start("past"), rel.end("past")):
        return True
    return past.search(text, start, max(start, rel.start())) is not None


def bracketed(text: str, begin: int, end: int) -> bool:
    """The time stands alone in brackets or parentheses: "[31:40]", "(4:22)"."""
    return 0 < begin and end < len(text) and text[begin - 1] + text[end] in ("[]", "()")


def _quoted_title_paren(before: str) -> bool:
    """A quoted title in title case right before "(": "'Morning Rain' (3:12)" names a work and its length."""
    m = _QUOTED_TITLE_BEFORE.search(before)
    return m is not None and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS
                           for w in m.group("title").split())


def _setting(before: str, event: re.Match[str]) -> bool:
    """The event noun only sets the scene: "In the condensed game, the interception return starts at"."""
    noun_end = re.match(r"\w+", before[event.start():])
    after_noun = event.start() + (noun_end.end() if noun_end else 0)
    return bool(_SETTING_BEFORE.search(before, 0, event.start())) and before[after_noun:after_noun + 1] == ","


def _reported_evening_clock(c: _Clock) -> bool:
    """A clock with an hour 13-23, right after a past-tense verb, in a sentence someone is said to have
    reported: a time of day whatever footage the sentence names."""
    m = _HOUR_MINUTE.fullmatch(c.text, c.bare, c.end)
    if not m or not 13 <= int(m.group(1)) <= 23 or not _may_attribute(c.text, c.b, c.e):
        return False
    past = _PAST_IN_CLAUSE.search(c.text, _clause_start(c.text, c.b, c.begin), c.begin)
    return bool(past) and _may_attribute(c.text, c.b, c.e) and bool(_ATTRIBUTION.search(c.text, c.b, c.e))


def _timetable_item(c: _Clock) -> bool:
    """"Depot 07:15 | Bridge 07:29 | Market 07:41": names each followed by a two-digit clock, as items of
    one list (a chapter list puts the time first, or starts at 0:00)."""
    if "|" not in c.before and "·" not in c.before and "|" not in c.after[:3] and "·" not in c.after[:3]:
        return False
    if not (_HOUR_MINUTE.fullmatch(c.text, c.bare, c.end) and _ITEM_NAME_BEFORE.search(c.before)
            and _ITEM_END_AFTER.match(c.after)):
        return False
    return not _ZERO_START.search(c.text, c.b, c.e)


def _travel_abbreviation(c: _Clock) -> bool:
    """A journey's times written short: "arr. 09:15", and "dep. 07:42" when an arrival follows (alone, "Dep. 45:12"
    cites a deposition's page and line). Read past the sentence: the splitter ends one at "arr."."""
    before = c.text[max(0, c.bare - ABBREVIATION_CHARS):c.bare]
    if "arr" not in before.casefold() and "arr" not in c.after[:16].casefold():
        return False
    return _ARRIVAL_ABBR_BEFORE.search(before) is not None or (
        _DEPARTURE_ABBR_BEFORE.search(before) is not None and _ARRIVAL_ABBR_AFTER.match(c.after) is not None)


# How far before a time its journey's abbreviation is read.
ABBREVIATION_CHARS = 12
_ARRIVAL_ABBR_BEFORE = re.compile(r"\barr(?:iv|v)?\b\.?\s*:?\s*$", _I)
_DEPARTURE_ABBR_BEFORE = re.compile(r"\bdep(?:t)?\b\.?\s*:?\s*$", _I)
_ARRIVAL_ABBR_AFTER = re.compile(r"\s*[,;/|–—-]?\s*arr(?:iv|v)?\b\.?\s*:?\s*\d", _I)


_ITEM_NAME_BEFORE = re.compile(r"(?:^|[|•·;\n>])\s*(?-i:[A-Z])[\w'’ .&-]{1,30}?\s+$")
_ITEM_END_AFTER = re.compile(r"\s*(?:[|•·;.]|$)")
_ZERO_START = re.compile(r"(?<![\d:])0?0:00\b")


def _labelled_cell(c: _Clock) -> bool:
    """A time alone in a table cell after a schedule label's cell: "<td>Kick-off</td><td>19:45</td>"
    (each cell is a sentence of its own, so the label is read before it)."""
    return _OPENS_CELL.fullmatch(c.text, c.b, c.bare) is not None \
        and _SCHEDULE_LABEL_BEFORE.search(c.text, max(0, c.b - NEAR_CHARS), c.bare) is not None \
        and not _footage_log_table(c)


def _schedule_table_cell(c: _Clock) -> bool:
    """A time alone in a cell of a table an earlier row of which is a schedule label's time: "<tr><th>Doors</th>
    <td>19:00</td></tr><tr><th>Support</th><td>19:45</td></tr>": the other rows are the same evening's."""
    if _OPENS_CELL.fullmatch(c.text, c.b, c.bare) is None:
        return False
    table = c.text.rfind("<table", max(0, c.b - CONTEXT_CHARS), c.b)
    if table < 0 or c.text.find("</table", table, c.b) >= 0 or _NOT_A_CLOCK.fullmatch(c.text, c.bare, c.end):
        return False
    if footage_word(c.text, max(table, c.text.rfind("<tr", table, c.b)), c.bare):
        return False  # "<td>Goal (video)</td><td>34:12</td>": the row's label names footage
    return any(_SCHEDULE_LABEL_BEFORE.search(c.text, max(table, cell.start() - NEAR_CHARS), cell.start("t"))
               for cell in _TIME_CELL.finditer(c.text, table, c.b)) and not _footage_log_table(c)


# A cell a time opens: "<td>19:00".
_TIME_CELL = re.compile(r"<(?:td|th|dd)\b[^<>]{0,30}>\s*(?P<t>\d{1,2}:[0-5]\d)", _I)


def _next_schedule_item(c: _Clock) -> bool:
    """A clock after a short label that follows, past a comma, a clock a schedule label opens, maybe through
    other such items: "Doors 19:00, first act 19:45", "Gates 12:30; support 13:15; headliner 21:00" (but
    "Doors 19:00, the band walks on at 2:10" has no label)."""
    before = c.before[-NEAR_CHARS:]
    if ("," not in before and ";" not in before) or _IN_MEDIA_AFTER.match(c.after):
        return False
    text, at = c.text, c.bare
    for _ in range(SCHEDULE_ITEMS):
        item = _NEXT_ITEM_BEFORE.search(text, max(c.b, at - NEAR_CHARS), at)
        priors = list(TIMECODE.finditer(text, max(c.b, item.start() - NEAR_CHARS), item.start())) if item else []
        prior = priors[-1] if priors else None
        if item is None or prior is None or text[prior.end():item.start()].strip(" –—-0123456789:"):
            return False
        if _SCHEDULE_LABEL_BEFORE.search(text, max(c.b, prior.start() - NEAR_CHARS), prior.start()):
            return True
        at = prior.start()
    return False


# How many labelled items back a schedule's first label is looked for.
SCHEDULE_ITEMS = 6
# A comma or semicolon, then one to three words with no article, verb of being or place preposition, maybe a
# colon or "from"/"at": the next item's label ("talks from 09:15", but not "the band walks on at 2:10").
_NEXT_ITEM_BEFORE = re.compile(
    r"[,;]\s*(?!(?:[\w'’-]+\s+){0,2}(?:in|into|by|on|to|is|was|the)\b)[A-Za-z][\w'’-]*"
    r"(?:\s+[\w'’-]+){0,2}\s*:?\s*(?:(?:from|at|until|till)\s+)?$", _I)


def _service_every(c: _Clock) -> bool:
    """A service running every so many minutes until or from a clock: "Route 14 runs every 12 minutes until
    23:00", "trains every half hour from 06:00" (a sentence naming no footage)."""
    if "every" not in c.folded_before:
        return False
    every = _EVERY_BEFORE.search(c.before, max(0, len(c.before) - 60))
    if every is None or (every.group("to") is None and not c.opens_range):
        return False
    # (a spaced dash ends the timetable's clause: "every 15 mins between 8:30 and 18:00 — we're on it at 14:30 in
    # the video" names footage only after it)
    dash = _SPACED_DASH.search(c.text, c.end, c.e)
    return not footage_word(c.clause if dash is None else _clause(c.text, c.begin, c.end, c.b, dash.start()))


_SPACED_DASH = re.compile(r"\s(?:—|–|--?)\s")


_EVERY_BEFORE = re.compile(
    r"\bevery\s+(?:\d+|[a-z]+|half\s+an?|half)(?:\s|&nbsp;|-)*(?:minutes?|mins?|hours?|hrs?)\b[^.;!?\d]{0,30}?"
    r"(?:(?P<to>\b(?:until|till|from|after|before|between|to)\s+)|\s*)$", _I)


def _lineup_item(c: _Clock) -> bool:
    """A two-digit clock (or a range opening with one) after a line-up's or running order's label earlier in
    its paragraph, with no footage word between: "Sunday line-up\n• Big Top: Mara Quist 17:05–17:50, Delphine
    20:10–21:00", "Stage times, Arena: ... · headliner X 22:00–23:30", "Doors 19:30, on stage 20:45". A recap
    video's "the encore is at 4:44" names footage, and a one-digit hour is left to the other rules."""
    at = c.bare
    if _RANGE_OPENER_FROM.match(c.text, at):
        at = _FIRST_DIGIT.search(c.text, at, c.end).start()  # type: ignore[union-attr]  # "from 21:10 to 22:40"
    if not (_LINEUP_CLOCK.match(c.text, at) or (_WORLD_CLOCK.match(c.text, at) and _RANGE_SEP.search(
            c.text, c.begin, c.end))) or _IN_MEDIA_AFTER.match(c.after) or _MARK_END.search(c.text, c.begin, c.end):
        return False  # a one-digit hour only as a set's range: "Ada Moss 8:30–9:15"
    start = _paragraph_start(c.text, c.begin)
    if not _LINEUP_STEMS.search(c.text[start:at].casefold()):
        return False  # a C scan for the stems spares the label's alternation at every position
    labels = list(_LINEUP_LABEL.finditer(c.text, start, at))
    if not labels or _PROSE_BREAK.search(c.text, labels[-1].end(), at):
        return False  # "Starting line-up: Pope; Trippier. The goal at 12:40 ...": the list ended with its sentence
    if labels[-1].group("act") and footage_word(c.text, start, c.e):
        return False  # "Concert film, chapters: support act 00:40, headliners 21:10": a recording's acts
    return not footage_word(c.text, labels[-1].end(), at)


def _service_clock(c: _Clock) -> bool:
    """A clock that names or times a service in a paragraph about services and a sentence naming no footage:
    "Passengers on the 05:38 are ...", "The 21:30 sailing from Portsmouth", "the southbound, which leaves Wick at
    06:18" (or "at 6:18"), "The last train from Waterloo is 23:42", "I'll do the 05:38 as normal, arrive at 10:00".
    A one-digit hour only with a timetable's verb ("the 6:18" may name a moment of footage)."""
    if not _WORLD_CLOCK.match(c.text, c.bare) or _IN_MEDIA_AFTER.match(c.after):
        return False
    the = c.ends(_THE_BEFORE, 8) and _LINEUP_CLOCK.match(c.text, c.bare) is not None
    # "the Heathrow Express at 06:02", "caught the ferry at 14:30": the service, then its two-digit clock
    noun_at = c.ends(_SERVICE_AT_BEFORE, 24) and _LINEUP_CLOCK.match(c.text, c.bare) is not None \
        and not c.ends(_VIEWED_BEFORE, 60)  # (but "watch the tram at 06:48" points at the footage)
    if not (the or noun_at or c.ends(_SERVICE_VERB_BEFORE, 60)):
        return False
    if the and _SERVICE_NOUN_AFTER.match(c.after):
        return not footage_word(c.text, c.b, c.e)  # "The 21:30 sailing from Portsmouth"
    # Told by its stop or its timetable's verb, or said again: no footage named in the paragraph either.
    start = _paragraph_start(c.text, c.begin)
    window = c.text[start:c.bare] + c.after
    named = bool(_SERVICE_STEMS.search(window.casefold()) and _SERVICE_NOUN.search(window)) \
        or (the and _named_earlier(c))
    return named and not footage_word(c.text, start, c.e)


def _named_earlier(c: _Clock) -> bool:
    """The same clock named as a service earlier in the text, however far: "walks out to the 05:38 to Wick"
    (paragraphs later:) "Passengers on the 05:38 are a mix"."""
    clock = c.text[c.bare:c.end]
    prior = c.text.rfind(clock, max(0, c.begin - SERVICE_REACH), c.bare)
    if prior < 0:
        return False
    after = c.text[prior + len(clock):prior + len(clock) + NEAR_CHARS]
    return bool(_SERVICE_TO_AFTER.match(after) or _SCHEDULED_AFTER.match(after))


# How far back a service named by its clock is looked for.
SERVICE_REACH = 5000
_PLACE = r"(?:(?:at|in|into|from|to|for)\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
# A stop named by its kind: "leaving the island at 18:45", "departs the pier at".
_STOP = r"(?:island|mainland|harbou?r|pier|port|quay|jetty|dock|station|terminal|terminus|depot|airport|stop|" \
    r"platform)\b"
# A service's timetable verb, maybe its stop: "is due at Lairg at", "leaves Wick at", "arrive at", "is 23:42" after
# a first/last/next service: "The last bus from Market Square is".
_SERVICE_VERB_BEFORE = re.compile(
    r"(?:\b(?:due(?:\s+(?:out|in|off|back))?|leaves?|leaving|departs?|departing|arrives?|arriving|calls?|calling|"
    r"sails?|sailing|lands?|landing|"
    rf"gets?\s+in|pulls?\s+(?:in|out))(?:\s+{_PLACE}|\s+the\s+{_STOP})?"
    # how often: "departs hourly from 09:00", "leaves every 20 minutes from"
    r"(?:\s+(?:hourly|daily|nightly|half-hourly|every\s+(?:[\w-]+\s+)?(?:minutes|mins|hours?)))?\s+(?:at|by|from)"
    rf"|\b(?:first|last|next|early|late|night)\s+[\w-]+(?:\s+{_PLACE}|\s+home|\s+back)?\s+"
    r"(?:is|was|leaves|goes|returns|departs|arrives|runs|sails)"
    r"(?:\s+at)?"
    # a timetable's runs told in prose: "six sailings a day, the first at 07:20 and the last ..."
    r"|\bthe\s+(?:first|last|earliest|latest|next)(?:\s+(?:one|of\s+them|departure|run))?\s+(?:at|by)"
    # a travel list's legs: "train 07:52 from Euston", "change at Oxenholme 10:41", "return 16:15"
    rf"|\b(?:trains?|bus|coach|tram|ferry|flight|sailing|shuttle|change|changing|connection|return|returning|"
    rf"depart|departure|arrive|arrival|outbound|inbound"
    # a timetable's abbreviations: "Bolzano dep. 07:42 arr. 09:15"
    rf"|(?-i:dep|arr|dept|Dep|Arr)\.?(?=\s))"
    rf"(?:\s+(?:at|in)\s+{_PLACE})?\s*[:,–-]?"
    # a service's time told with its noun: "The train's 2:05, isn't it?", "the ferry is 09:40"
    r"|\b(?:train|bus|coach|tram|ferry|flight|sailing|crossing|shuttle|sleeper)(?:['’]s|\s+is|\s+was|\s+takes|"
    r"\s+took)(?:\s+(?:about|around|only|just|roughly))?)\s+$", _I)
_SERVICE_AT_BEFORE = re.compile(
    r"\b(?:trains?|bus|coach|tram|ferry|sailing|flight|shuttle|sleeper|boat|(?-i:Express))\s+at\s+$", _I)
_VIEWED_BEFORE = re.compile(
    r"\b(?:watch|watching|see|seeing|look\s+at|note|notice|spot|check(?:\s+out)?|pause\s+on)\s+(?:the|a|that|this)\s+"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+at\s+$", _I)
_SERVICE_NOUN_AFTER = re.compile(
    r"\s*(?:(?-i:[A-Z])[\w'’–-]*\s+){0,2}(?:trains?|bus|coach|tram|ferry|sailing|crossing|flight|plane|shuttle|"
    r"sleeper|service|departure|express|boat)\b", _I)
_SERVICE_STEMS = any_stem(("train", "bus", "coach", "tram", "ferr", "sailing", "crossing", "flight", "plane",
                           "shuttle", "bound", "sleeper", "timetable", "rail", "express"))
_SERVICE_NOUN = re.compile(
    r"\b(?:trains?|bus|buses|coach|coaches|trams?|ferry|ferries|sailings?|crossings?|flights?|planes?|shuttles?|"
    r"northbound|southbound|eastbound|westbound|sleeper|timetabled?|timetables|railway|rail\s+line|"
    r"(?-i:Express))\b", _I)
# A one-digit morning hour to an afternoon's or evening's, as opening hours are written: "open 9:00–17:00".
_MORNING_TO_DAY = re.compile(
    r"(?<![\d:.])[1-9]:[0-5][05]\s*(?:-|–|—|to|until|till|and)\s*(?:1[2-9]|2[0-3]):[0-5][05](?![\d:.])", _I)


def _opening_hours(c: _Clock) -> bool:
    """Opening hours from a one-digit morning hour, which :func:`_world_window`'s two-digit clocks leave out:
    "The visitor centre, open 9:30–17:30, has toilets" (a clause naming no footage)."""
    return _MORNING_TO_DAY.search(c.text, c.bare, c.end) is not None and not _IN_MEDIA_AFTER.match(c.after) \
        and not _INTO_AFTER.match(c.after) and c.ends(_WINDOW_GOVERNOR, 80) and not footage_word(c.before) \
        and not footage_word(c.clause)


def _paired_with_day_words(c: _Clock) -> bool:
    """A clock whose stretch ends or starts at a time said in the day's words: "The late show starts at 23:00 and
    finishes around 1:30am", "from 21:00 until midnight", "between 11am and 14:30"."""
    return _DAY_WORDS_END_AFTER.match(c.after) is not None or c.ends(_DAY_WORDS_START_BEFORE, 24)


_DAY_WORDS_TIME = r"(?:\d{1,2}(?:[:.][0-5]\d)?\s?[ap]\.?m\b\.?|noon|midday|midnight)"
_DAY_WORDS_END_AFTER = re.compile(
    r"\s*,?\s*(?:(?:and|then)\s+)?(?:(?:finishes|finished|ends|ended|closes|closed|wraps(?:\s+up)?|wrapped(?:\s+up)?|"
    r"runs|ran|goes\s+on|went\s+on|continues|continued|lasts|lasted)\s+(?:(?:at|around|about|by|until|till|to)\s+)+"
    rf"|(?:until|till|to|through)\s+|[-–—]\s*){_DAY_WORDS_TIME}", _I)
_DAY_WORDS_START_BEFORE = re.compile(rf"\b{_DAY_WORDS_TIME}\s*(?:[-–—]|to|until|till|and)\s*$", _I)


def _diary_leg(c: _Clock) -> bool:
    """A trip report's leg told in the past with its subject left out, opening the sentence, in a paragraph naming no
    footage: "Landed T3 at 05:10", "Arrived Kyoto at 10:53", "Checked in at 14:05" (footage is told in the present;
    a vlog's "Landed at 12:40 in the vid" names it)."""
    if c.bare - c.b > DIARY_LEG_CHARS or _DIARY_LEG_OPENING.fullmatch(c.text, c.b, c.bare) is None \
            or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after):
        return False
    stop = c.text.find("\n\n", c.end, c.end + DIARY_PARAGRAPH_CHARS)
    return not footage_word(c.text, _paragraph_start(c.text, c.begin),
                            c.end + DIARY_PARAGRAPH_CHARS if stop < 0 else stop)


DIARY_LEG_CHARS = 70
# How far after the leg its paragraph is read for footage.
DIARY_PARAGRAPH_CHARS = 600
_DIARY_LEG_OPENING = re.compile(
    r"[\s>*_•-]*(?:(?:then|finally|eventually)\s+)?(?:landed|arrived|departed|boarded|touched\s+down|took\s+off|"
    r"checked\s+(?:in|out)|cleared\s+(?:customs|immigration|security|passport\s+control)|reached|docked|"
    r"got\s+(?:in|to|back|off|on)|pulled\s+(?:in|into|out)|set\s+(?:off|out))\b[^.;!?:]{0,40}?\s"
    r"(?:at|by|around|about|just\s+after|shortly\s+after|just\s+before)\s+", _I)


def _act_on_at(c: _Clock) -> bool:
    """A performer's slot, in a clause naming no footage: "with the Big Band on at 15:45", "the headliners are on
    from 21:30" (a two-digit clock; "walks on at 2:10" narrates)."""
    return "on" in c.folded_before[-12:] and c.ends(_ACT_ON_BEFORE, 50) \
        and _LINEUP_CLOCK.match(c.text, c.bare) is not None and not _IN_MEDIA_AFTER.match(c.after) \
        and not footage_word(c.clause)


_ACT_ON_BEFORE = re.compile(
    r"\b(?:band|orchestra|quartet|quintet|trio|duo|choir|ensemble|DJ|act|headliners?|support|set)s?\s+"
    r"(?:(?:is|are)\s+)?on(?:\s+stage)?\s+(?:at|from)\s+$"
    r"|\b(?:band|orchestra|quartet|quintet|trio|duo|choir|ensemble|act|headliners?)['’](?:s|re)\s+on(?:\s+stage)?\s+"
    r"(?:at|from)\s+$", _I)


def _world_event(c: _Clock) -> str | None:
    """Events, sayings, stories and second clocks that place a clock in the world (the rule after
    ``_stated_world_time``)."""
    if _world_event_clock(c) or _world_clock_said(c) or _story_time(c) or _span_as_long_as_told(c) \
            or _parallel_to_day_clock(c) or _live_prose_clock(c) or _paired_with_day_words(c) or _act_on_at(c) \
            or _diary_leg(c):
        return "time of day"  # "Temperatures hit 24°C by 10:15", "(it was 04:00 there!)", "At 6:40 the ferry leaves"
    if _plan_clock(c):
        return "time of day"  # "Start 06:00, summit by 11:30.": a day's plan
    if _camera_clock_again(c):
        return "clock shown on screen"  # "whose clock runs 3 minutes fast, shows the same moment at 19:11:54"
    if c.may_end(_SHUT_STEMS) and c.ends(_SHUT_STATE_BEFORE) and c.opens_range and not footage_word(c.clause):
        return "time of day"  # "The road was closed from 06:10 until 09:45": how long a place stayed shut
    if _world_window(c) or _opening_hours(c):
        return "time of day"  # "Rally permit: 14:00–16:00", "opens ... from 10:00 to 16:00", "used to drink between"
    return None


# A clock opening its line, maybe after list or emphasis marks: "19:47 Yellow card", "- **19:40** Attendance".
_LINE_LEAD = re.compile(r"[^\S\n]*(?:[-*•>#]+[^\S\n]*)?(?:[*_]{1,2})?")
_LINE_CLOCK = re.compile(r"\n[^\S\n]*(?:[-*•>#]+[^\S\n]*)?(?:[*_]{1,2})?((?:[01]\d|2[0-3]):[0-5]\d)(?![\d:])")
# How far the neighbouring posts' stamps are looked for, and the longest marks before a stamp opening its line.
POST_REACH = 400
LINE_LEAD_CHARS = 12


def _live_post_stamp(c: _Clock) -> bool:
    """A two-digit clock opening its line next to a line opening with a clock that tells the two apart as a live
    blog's posts, newest first: the post above stamped later, or the one below earlier (chapters, line-ups and
    running orders go forward)."""
    if not _LINEUP_CLOCK.fullmatch(c.text, c.bare, c.end):
        return False
    line = c.text.rfind("\n", max(0, c.bare - LINE_LEAD_CHARS), c.bare) + 1  # a bounded look back: long lines
    if (line == 0 and c.bare > LINE_LEAD_CHARS) or not _LINE_LEAD.fullmatch(c.text, line, c.bare):
        return False
    stamp = c.text[c.bare:c.end]
    below = _LINE_CLOCK.search(c.text, c.end, c.end + POST_REACH)
    if below is not None and below.group(1) >= stamp:
        # going forward below: a list of positions ("12:40 the save\n15:02 the goal"), unless told as a live blog
        return _told_live(c.text, line, c.end) or _minutes_keep_pace(c.text, c.bare, below.start(1))
    above = list(_LINE_CLOCK.finditer(c.text, max(0, line - 1 - POST_REACH), line - 1))
    if above:
        return above[-1].group(1) > stamp or _told_live(c.text, line, c.end) \
            or _minutes_keep_pace(c.text, above[-1].start(1), c.bare)
    return below is not None


# A match's minute right after a live post's stamp: "15:09 8': Owuor hits the bar", "15:24 23 min: GOAL".
_MATCH_MINUTE_AFTER = re.compile(
    r"[^\S\n]*[—–:|-]?[^\S\n]*(?P<minute>\d{1,3})(?:\+\d{1,2})?(?:['’′]|[^\S\n]?mins?\b)")
# How far the day's clock may run ahead of the match's minutes between two posts (the half-time break, stoppages).
MATCH_BREAK_MINUTES = 25


def _minutes_keep_pace(text: str, first: int, second: int) -> bool:
    """Two stamps opening lines (at ``first``, then ``second``), each followed by a match's minute, whose clocks
    move on as the minutes do: a minute-by-minute report's posts by the day's clock ("15:09 8' ...\n15:24 23' ...",
    15 minutes both), not a highlights chapter list's positions ("03:12 12' ...\n05:40 41' ...")."""
    a, b = _MATCH_MINUTE_AFTER.match(text, first + 5), _MATCH_MINUTE_AFTER.match(text, second + 5)
    if a is None or b is None:
        return False
    clock = (int(text[second:second + 2]) - int(text[first:first + 2])) * 60 \
        + int(text[second + 3:second + 5]) - int(text[first + 3:first + 5])
    played = int(b.group("minute")) - int(a.group("minute"))
    return 0 <= played <= clock <= played + MATCH_BREAK_MINUTES


# A line after a live blog's posts that names the footage apart, with a position of its own ("Replay: the move is 24
# minutes into the replay").
_FOOTAGE_LINE = re.compile(
    r"\n[^\S\n]*(?:[#*>_]+[^\S\n]*)?(?:full[^\S\n]+)?(?:replay|re-?watch|watch|video|highlights|catch[\s-]?up|"
    r"footage|vod)\b[^\S\n]*[:—–-][^\n]*\d[^\n]*", _I)


# A label that makes the line stamps after it a document's clock of the world: a live blog's header or title
# ("LIVE: ...", "... — as it happened", "— minute by minute", "— every update", "Live updates"), its reload note
# ("Refresh for updates"); or a note on the clocks ("All times BST", "all times from the cameras' own clocks",
# "Timeline (camera clock):").
_CLOCK_DOC_LABEL = re.compile(
    r"(?:^|\n)[^\S\n]*(?:[#*>_]+[^\S\n]*)?(?:<[a-zA-Z][^<>\n]{0,30}>[^\S\n]*)*(?:(?-i:LIVE)\b|live[^\S\n]*[:—–]|live[^\S\n]+-[^\S\n]|"
    r"live[^\S\n]+(?:blog|updates?|coverage|text|commentary|report)\b|as[^\S\n]+it[^\S\n]+happen(?:ed|s)\b|"
    r"minute(?:[^\S\n]|-)+by(?:[^\S\n]|-)+minute\b)"
    r"|[—–:|,-][^\S\n]*(?:as[^\S\n]+it[^\S\n]+happen(?:ed|s)|minute(?:[^\S\n]|-)+by(?:[^\S\n]|-)+minute|every[^\S\n]+update|"
    r"(?:the[^\S\n]+)?latest[^\S\n]+updates|live(?:[^\S\n]+(?:blog|updates?|coverage|text|commentary))?)[^\S\n]*(?:[*_]+|</\w+>)?"
    r"[^\S\n]*(?=\n|$)"
    r"|\brefresh\s+(?:(?:the|this)\s+page\s+)?for\s+(?:the\s+latest\s+|live\s+|more\s+)?updates\b"
    r"|\ball\s+times\s+(?:are\s+|shown\s+|given\s+|below\s+|quoted\s+|here\s+)*"
    r"(?:(?:in|as)\s+)?(?:(?-i:[A-Z]{2,4})\b|local\b|UK\b|UTC\b)"
    # "(times in GMT)", "Times are local"
    r"|\btimes\s+(?:are\s+|shown\s+|given\s+|quoted\s+)?(?:(?:in|as)\s+)?(?:local\b|"
    r"(?-i:GMT|BST|UTC|CET|CEST|EET|IST|JST|AEST|AEDT|[ECMP][SD]?T)\b)"
    r"|\ball\s+times\s+(?:are\s+)?(?:from|by|per|according\s+to|taken\s+from|read\s+(?:off|from)|as\s+shown\s+(?:on|by))"
    r"\s+(?:the\s+)?[\w'’ -]{0,40}?\bclocks?\b"
    # a list's lead-in told in a clock: "Timeline (camera clock):", "Times by the dashcam's clock:"
    r"|\b(?:times?|timeline|log)\b[^\n:]{0,60}\bclocks?\b[^\n:]{0,40}:[^\S\n]*(?=\n)", _I)
# A stamp under a minute opening a line: a chapter list or a transcript walks through footage from its start.
_ZERO_LINE_STAMP = re.compile(r"\n[^\S\n]*(?:[-*•>#]+[^\S\n]*)?(?:[*_]{1,2})?[\[(]?0?0:[0-5]\d(?::[0-5]\d)?(?![\d:])")
# A two-digit clock opening its line, with its seconds or not: "16:45 KO ...", "- 02:14:37 — Car park camera".
_CLOCK_STAMP = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:]|[.,]\d)")
# How far from the stamps' first and last a clock told in the prose of a live document is taken for its day's.
LIVE_PROSE_MINUTES = 60


@lru_cache(maxsize=8)
def _clock_document(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, int] | None]:
    """Read once per text: where each label that makes the line stamps after it world clocks ends, where a line
    opens with a stamp under a minute, and the first and last minute of the day of the two-digit clocks opening
    lines after the first label."""
    labels = _label_ends(text)
    if not labels:
        return (), (), None
    zeros = tuple(m.start() for m in _ZERO_LINE_STAMP.finditer(text, labels[0]))
    minutes = [int(m.group(1)[:2]) * 60 + int(m.group(1)[3:5]) for m in _LINE_CLOCK.finditer(text, labels[0])]
    return labels, zeros, (min(minutes), max(minutes)) if minutes else None


# Every label holds one of these words (casefolded); the label pattern is run only around them, as scanning a
# whole 1 MB text with it costs over a second.
_LABEL_WORDS = ("live", "happen", "minute", "update", "times", "clock")
# A zone after "times" (casefolded): "times in gmt", "times are local".
_ZONE_NEAR = re.compile(r"\s+(?:(?:are|shown|given|quoted|in|as)\s+)*"
                        r"(?:local|gmt|bst|utc|cet|cest|eet|ist|jst|aest|aedt|[ecmp][sd]?t)\b")
# How far either side of such a word a label reaches.
LABEL_REACH = 120


def _label_ends(text: str) -> tuple[int, ...]:
    """Where each of ``_CLOCK_DOC_LABEL``'s matches in ``text`` ends, in order."""
    folded = text.casefold()
    if len(folded) != len(text):
        folded = text.lower()  # (a casefold that changed the length would shift the offsets)
    ends: set[int] = set()
    for word in _LABEL_WORDS:
        at = folded.find(word)
        while at >= 0:
            if _may_label(folded, word, at):
                # the word's line, from its break (a line's opening is part of some labels), within reach
                lo = max(0, at - LABEL_REACH)
                lo = max(lo, text.rfind("\n", lo, at))
                hi = text.find("\n", at, at + LABEL_REACH)
                hi = min(len(text), at + LABEL_REACH) if hi < 0 else hi + 1  # (the break: some labels end there)
                ends.update(m.end() for m in _CLOCK_DOC_LABEL.finditer(text, lo, hi))
            at = folded.find(word, at + len(word))
    return tuple(sorted(ends))


def _may_label(folded: str, word: str, at: int) -> bool:
    """Cheap tests that a label can hold ``word`` at ``at`` (of the casefolded text), before the label's pattern
    is run there: a clock's label has "time" or "log" before and a colon after; "minute" is "minute by minute";
    "live" and a live title's "happen" stand near a line's start or end; "update" follows a word that makes it a
    label's."""
    if word == "clock":
        return ("time" in folded[max(0, at - 70):at] or "log" in folded[max(0, at - 70):at]) \
            and (":" in folded[at:at + 50] or "all times" in folded[max(0, at - 70):at])
    if word == "times":
        return folded.startswith("all ", at - 4) or _ZONE_NEAR.match(folded, at + 5) is not None
    if word == "minute":
        return "by" in folded[at + 6:at + 11]
    if word == "update":
        return any(w in folded[max(0, at - 20):at] for w in ("every", "latest", "live", "for"))
    if word in ("live", "happen"):
        return folded.rfind("\n", max(0, at - 80), at) >= 0 or at < 80 or folded.find("\n", at, at + 30) >= 0 \
            or at + 30 >= len(folded)
    return True


def _document_label(text: str, line: int) -> bool:
    """A label above ``line`` makes its line stamps world clocks, and no stamp under a minute opens a line
    between them (a chapter list from 0:00)."""
    labels, zeros, _ = _clock_document(text)
    i = bisect_right(labels, line)
    if i == 0:
        return False
    j = bisect_left(zeros, labels[i - 1])
    return j == len(zeros) or zeros[j] >= line


def _labelled_line_stamp(c: _Clock) -> bool:
    """A two-digit clock opening its line (after list marks) under a label that makes the document's line stamps
    world clocks: a live blog's post ("LIVE: ... — as it happened", "— minute by minute"), told newest or oldest
    first; a timeline told in the cameras' clocks ("all times from the cameras' own clocks"). A chapter list that
    starts at 0:00 below such a label keeps its positions."""
    return _CLOCK_STAMP.fullmatch(c.text, c.bare, c.end) is not None \
        and _LINE_OPENING.search(c.text, max(0, c.bare - NEAR_CHARS), c.bare) is not None \
        and _document_label(c.text, c.bare)


def _live_prose_clock(c: _Clock) -> bool:
    """A two-digit clock told in the prose of a live document, within an hour of its posts' stamps, in a sentence
    naming no footage: "Kick-off is at 16:45", "speaking on the pitch at 18:31" (the day's clock, as the stamps)."""
    if not _LINEUP_CLOCK.fullmatch(c.text, c.bare, c.end) or footage_word(c.text, c.b, c.e) \
            or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after):
        return False
    labels, _, span = _clock_document(c.text)
    if span is None or labels[0] > c.begin or not _document_label(c.text, c.begin):
        return False
    minute = int(c.text[c.bare:c.bare + 2]) * 60 + int(c.text[c.bare + 3:c.bare + 5])
    return span[0] - LIVE_PROSE_MINUTES <= minute <= span[1] + LIVE_PROSE_MINUTES


def _told_live(text: str, line: int, end: int) -> bool:
    """Stamps going forward that are a live blog's posts told oldest first: a live header above them, or a line
    after them naming the footage apart with a position of its own (a chapter list's times are the positions)."""
    if _document_label(text, line):
        return True
    after = _FOOTAGE_LINE.search(text, end, end + POST_REACH)
    return after is not None and footage_word(after.group(0))


# A step of a day's plan before its two-digit clock: "Start 06:00", "summit by 11:30", "leave at 07:15", "camp: 17:00";
# the steps that only a plan has ("summit", "arrive", "camp"), apart from "start"/"finish" that a trim also has.
_PLAN_STEP_BEFORE = re.compile(
    r"\b(?:(?P<edge>start(?:ing)?|finish(?:ing)?)|set(?:ting)?\s+(?:off|out)|leave|leaving|depart(?:ure)?|"
    r"arrive|arrival|arriving|summit|reach|camp|lunch|breakfast|dinner|back|home|return|wake(?:\s+up)?|"
    r"lights\s+out|check[\s-]?in|check[\s-]?out)(?:(?:\s+(?:at|to|in|on))?\s+the\s+[\w'’-]+)?"
    r"\s*(?:(?:by|at|around|before|no\s+later\s+than)\s+)?[:\-–—]?\s*$", _I)
_PLAN_STEP_STEMS = any_stem(("start", "finish", "set", "leav", "depart", "arriv", "summit", "reach", "camp", "lunch",
                             "breakfast", "dinner", "back", "home", "return", "wake", "lights", "check"))
_PLAN_CLOCK = re.compile(r"(?<![\d:.,])(?:[01]\d|2[0-3]):[0-5]\d(?![\d:.,]\d)")
PLAN_REACH = 160


def _plan_clock(c: _Clock) -> bool:
    """A two-digit clock after a step of a plan, in a sentence naming no footage whose two-digit clocks all follow
    steps, one of them a step only a plan has: "Start 06:00, summit by 11:30." (a trim's "start 12:30, end 14:10"
    are positions)."""
    if not c.may_end(_PLAN_STEP_STEMS) or not c.ends(_PLAN_STEP_BEFORE, 40) \
            or not _PLAN_CLOCK.fullmatch(c.text, c.bare, c.end):
        return False
    lo, hi = max(c.b, c.begin - PLAN_REACH), min(c.e, c.end + PLAN_REACH)
    if footage_word(c.text, lo, hi):
        return False
    steps = [_PLAN_STEP_BEFORE.search(c.text, max(lo, m.start() - 40), m.start())
             for m in _PLAN_CLOCK.finditer(c.text, lo, hi)]
    return len(steps) > 1 and all(steps) and any(s is not None and s.group("edge") is None for s in steps)


# A window of the world's day: what a range of two clocks times ("Rally permit:", "load-shedding runs", "the
# exhibition opens ... from"), or a habit ("used to drink mainly between").
_WINDOW_GOVERNOR = re.compile(
    r"\b(?:permits?|outages?|load[\s-]?shedding|power\s+cuts?|blackouts?|shutdowns?|closures?|roadworks|curfews?|"
    r"(?:opening|visiting|office|business|trading|quiet|peak|off-peak|surgery|clinic)\s+hours|check-?in|check-?out|"
    r"deliver(?:y|ies)|collections?|registration|(?:hours|slots?|windows?|schedule|timetable|rota)\s*:|"
    r"(?:used\s+to|usually|normally|typically|tends?\s+to)\s+[\w'’-]+|"
    r"drink(?:s|ing)?|feed(?:s|ing)|graz(?:e|es|ing)|opens?|opening|closes?|closing)(?!\w)"
    r"(?:&#?\w+;|[^.;!?]){0,60}$", _I)  # an entity's ";" ends no clause: "14:00&ndash;16:00 and"
# Two-digit hours on the world's round minutes (a position in footage falls on any second).
_WINDOW_CLOCKS = re.compile(r"(?<![\d:.])(?:[01]\d|2[0-3]):[0-5][05](?![\d:.])")

def _world_window(c: _Clock) -> bool:
    """A range of two clocks with two-digit hours, in a clause naming no footage, that a world noun, an opening
    or a habit governs within the words just before it: "Rally permit: 14:00&ndash;16:00", "The pool opens on
    the same day, from 10:00 to 16:00", "load-shedding runs 06:00–08:30", "used to drink mainly between 10:00 and
    14:00"."""
    clocks = _WINDOW_CLOCKS.findall(c.text, c.bare, c.end)
    if len(clocks) != 2 or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after):
        return False
    governed = c.ends(_WINDOW_GOVERNOR, 80) or (
        all(_TRAVEL_HOURS.fullmatch(clock) for clock in clocks)
        and (c.ends(_TRAVEL_GOVERNOR, 80) or _TRAVEL_AFTER.match(c.after) is not None)
        and not _VIEWER_SENT.search(c.before))
    return governed and not footage_word(c.before) and not footage_word(c.clause)


# A journey's or a crowd's hours of the day: "watch for pickpockets on Tram 28 between 11:00 and 16:00", "the
# metro is packed 07:30–09:30", "avoid the ferry between 17:00 and 19:00" (travel advice, not a stretch of footage):
# only on the quarter hours of the day a service runs, since a chapter's "02:15–02:40" may name a tram too.
_TRAVEL_GOVERNOR = re.compile(
    r"\b(?:trams?|bus|buses|trains?|metro|tube|subway|underground|ferry|ferries|cable\s+cars?|funiculars?|"
    r"rush[\s-]hours?|pickpockets?|crowds?|crowded|busy|busiest|packed|queues?|traffic|congestion|tolls?|avoid)"
    r"(?!\w)[^.;!?]{0,60}$", _I)
# A service told right after the range: "Between 11:00 and 16:00 the trams are packed".
_TRAVEL_AFTER = re.compile(
    r"[^.;!?]{0,30}?\b(?:trams?|buses|trains?|metro|tube|subway|underground|ferry|ferries|rush[\s-]hours?|"
    r"pickpockets?)(?!\w)", _I)
# A reader sent to view the stretch ("Watch the crowd between 10:00 and 11:15"), not warned ("watch for", "watch out").
_VIEWER_SENT = re.compile(
    r"\b(?:watch(?!\s+(?:for|out)\b)|see|look\s+at|(?:skip|jump)\s+(?:to|ahead|forward)|rewind|replay|play)\b", _I)
_TRAVEL_HOURS = re.compile(r"(?:0[6-9]|1\d|2[0-3]):(?:00|15|30|45)")


# A place shut for a while: "was closed from", "remained blocked between", "were evacuated from"
_SHUT_STATE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being|remained|remains|stayed|stays)\s+(?:(?:temporarily|partly|fully)\s+)?"
    r"(?:closed|shut|blocked|cordoned\s+off|sealed\s+off|suspended|evacuated|closed\s+off|without\s+power)\s+$", _I)
_SHUT_STEMS = any_stem(("clos", "shut", "block", "cordon", "seal", "suspend", "evacuat", "power"))


# A stretch told with its length, then its two clocks: "failed for about 40 minutes between 8:10 and 8:50".
_FOR_LENGTH_BEFORE = re.compile(
    rf"\bfor\s+(?:(?:{HEDGE})\s+)?(?P<len>(?:[\w-]+\s+){{1,3}}?(?:minutes?|mins?|hours?|hrs?))\s*,?\s*"
    r"(?:(?:between|from)\s+)?$", _I)
_HOUR_MINUTE = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(?![\d:.])")


# A clause told the same way as the one before, whose clock said its half of the day: "By 4:30am the buses were
# unloading, and by 5:15 the queue stretched past the statue".
_PARALLEL_OPENS_BEFORE = re.compile(
    r"[,;]\s*(?:(?:and|then|but)\s+)?(?P<p>by|at|until|till|from|around|before|after)\s+$", _I)
_DAY_HALF_CLOCK = re.compile(
    r"\b(?P<p>by|at|until|till|from|around|before|after)\s+\d{1,2}(?:[:.][0-5]\d)?\s?(?:[ap]\.?m\b\.?)", _I)


def _parallel_to_day_clock(c: _Clock) -> bool:
    """The clock opens a clause with the preposition that opened the clause before it with an am/pm clock."""
    opens = _PARALLEL_OPENS_BEFORE.search(c.before, max(0, len(c.before) - 16))
    if opens is None:
        return False
    p = opens.group("p").lower()
    return any(m.group("p").lower() == p for m in _DAY_HALF_CLOCK.finditer(c.text, c.b, c.bare))


def _span_as_long_as_told(c: _Clock) -> bool:
    """A range whose clocks are as far apart, read as hours and minutes, as the length told just before it:
    "for about 40 minutes between 8:10 and 8:50" (read as minutes and seconds they would be 40 seconds apart)."""
    if "for " not in c.before[-60:]:
        return False
    told = _FOR_LENGTH_BEFORE.search(c.before, max(0, len(c.before) - 60))
    clocks = _HOUR_MINUTE.findall(c.text, c.begin, c.end)
    if not told or len(clocks) != 2:
        return False
    length = parse_duration(told.group("len"))
    (h1, m1), (h2, m2) = clocks
    return length is not None and length[0] >= 60 and (int(h2) - int(h1)) * 3600 + (int(m2) - int(m1)) * 60 == length[0]


def _world_event_clock(c: _Clock) -> bool:
    """A two-digit clock the words just before tie to an event in the world, in a clause naming no footage: a
    reading reached by then ("Temperatures hit 24°C by 10:15"), a state since then ("the lane is blocked since
    06:50"), a court's or meeting's break ("We'll take the afternoon break at 15:30"), a broadcast's slot ("It
    first aired on 14 May 2021 on ITV at 21:00")."""
    if not _WORLD_CLOCK.match(c.text, c.bare) or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after):
        return False
    if (c.may_end(_AIRED_STEMS) and c.ends(_AIRED_BEFORE, 80)) or (
            c.may_end(_RECESS_STEMS) and c.ends(_RECESS_BEFORE, 60)) or (
            c.may_end(_LIFE_STEMS) and c.ends(_LIFE_EVENT_BEFORE, 70)) or (
            c.may_end(_LISTED_STEMS) and c.ends(_LISTED_SLOT_BEFORE, 80)) or (
            "declar" in c.folded_before and c.ends(_DECLARED_BEFORE, 60)):
        return True  # a broadcast's slot, a court's break, a death: times of day whatever footage the sentence names
    measured = c.may_end(_MEASURE_STEMS) and c.ends(_MEASURE_BY_BEFORE) and _LINEUP_CLOCK.match(c.text, c.bare)
    if not (measured or ("since" in c.folded_before[-12:] and c.ends(_SINCE_BEFORE, 8))):
        return False
    return not footage_word(c.clause)


def _world_clock_said(c: _Clock) -> bool:
    """A clock said as the time somewhere ("it was 04:00 there!", "it's 9:40 in Lagos"), in real time ("would
    put the start at 02:25 in real time"), or a witness's answer opening its line after a question asking what
    time ("Q. You posted it at what time?\nA. Around 6:40, after work")."""
    after = c.after
    line = c.text.rfind("\n", max(0, c.begin - NEAR_CHARS), c.begin) + 1
    first_line = line == 0 and c.begin <= NEAR_CHARS  # the text's own first line opens near
    if ("time" not in after[:24] and "it" not in c.folded_before[-24:] and line == 0 and not first_line) \
            or _IN_MEDIA_AFTER.match(after):
        return False  # cheap tests first: no "time" after, no "it" before, no line start near
    if _REAL_TIME_AFTER.match(after) or (_ELSEWHERE_AFTER.match(after) and c.ends(_IT_WAS_BEFORE, 30)):
        return True
    if (line == 0 and not first_line) or not _ANSWER_OPENING.fullmatch(c.text, line, c.begin):
        return False
    said = _WORLD_CLOCK.match(c.text, c.bare, c.end)  # the span may hold a hedge after it: "21:10 or so"
    question = c.text[c.text.rfind("\n", max(0, line - 1 - CONTEXT_CHARS), line - 1) + 1:line] if line else ""
    if said is not None and _GUESSED_CLOCK_AFTER.match(c.text, said.end(), c.e) and not footage_word(c.clause) \
            and not footage_word(question):  # "Q. Is that you at 12:05 on the tape?\nA. About 12:10, I think."
        return True  # "WITNESS: 16:20, 16:25 maybe.": a speaker's guess at the clock of the day
    if line == 0:
        return False  # no question above the text's first line
    if "time" in question and _WHAT_TIME_QUESTION.search(question) is not None:
        return True
    # "Q. And the procedure began at 10:15 a.m.?\nA. About 10:20.": an answer about the question's clock of the day
    return question.rstrip().endswith("?") and any(_TOD_SUFFIX.match(question, m.end())
                                                   for m in _WORLD_CLOCK.finditer(question))


def _camera_clock_again(c: _Clock) -> bool:
    """A clock read to the second that a device "shows ... at" in a sentence about that device's clock: "The
    second camera, whose clock runs two minutes fast, shows the same moment at 19:11:54"."""
    if not _DEVICE_HMS.fullmatch(c.text, c.bare, c.end) or not c.may_end(_SHOWS_STEMS) \
            or not c.ends(_SHOWS_AT_BEFORE, 60) \
            or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after):
        return False
    return _DEVICE_CLOCK_WORD.search(c.text, c.b, c.bare) is not None


def _story_time(c: _Clock) -> bool:
    """A clock opening a sentence or clause ("At 6:40 the bus leaves without her; by 9:15 ...") in a paragraph
    that sets a story's time ("The episode is set over one night"), in a sentence naming no footage: a time in
    the story, not in the footage ("the title card follows at 2:40" is a position)."""
    opening = _clause_opening(c)
    lead = _MARKUP_LEAD.match(c.text, opening, c.bare)  # past "**", "<b>", "> "
    opening = lead.end() if lead else opening
    if not _AT_OPENING.fullmatch(c.text, opening, c.bare):
        return False
    start = _paragraph_start(c.text, c.begin)
    if not _STORY_STEMS.search(c.text[start:c.begin].casefold()) or not _STORY_SET.search(c.text, start, c.begin):
        return False
    return not footage_word(c.text, c.b, c.e)


# A reading with its unit, then "by"/"at": "hit 24°C by", "peaked at 38 degrees at", "gusts of 90 km/h at".
_MEASURE_BY_BEFORE = re.compile(
    r"\d(?:[.,]\d+)?\s*(?:[°º]\s*[CF]?|degrees(?:\s+(?:Celsius|Fahrenheit|C|F))?|mm|cm|km/h|kph|mph|knots|%|"
    # a gauge's or a meter's reading: "read 4.31 metres at", "1,002 hPa by"
    r"per\s*cent|percent|metres|meters|feet|ft|hPa|mbar|millibars|ppm)\s+(?:by|at|before)\s+$", _I)
_MEASURE_STEMS = any_stem(("°", "º", "degree", "mm", "cm", "km", "kph", "mph", "knot", "%", "cent", "metre", "meter",
                           "feet", "ft", "hpa", "mbar", "millibar", "ppm"))
_SINCE_BEFORE = re.compile(r"(?<![\w'’])since\s+$", _I)
_RECESS_BEFORE = re.compile(
    r"\b(?:take|taking|took|have|having|had)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,2}?(?:break|recess)\s+"
    r"(?:at|until|till)\s+$|\b(?:recess(?:es|ed)?|adjourn(?:s|ed)?|reconvene[sd]?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:at|until|till)\s+$"
    # "We'll break for lunch and resume at 1:30": the court's own day
    r"|\b(?:break|recess|adjourn)\w*\b[^.;!?]{0,40}?\b(?:resume|resuming|reconvene|return|come\s+back|be\s+back|sit\s+again)"
    r"\s+(?:(?:here|promptly|sharp)\s+)?(?:at|until|till|by)\s+$", _I)
_RECESS_STEMS = any_stem(("break", "recess", "adjourn", "reconven"))
# "He died in hospital at 23:50", "was pronounced dead at 21:58": a life's events are told in the world.
_LIFE_EVENT_BEFORE = re.compile(
    r"\b(?:died|was\s+(?:pronounced|declared|confirmed)\s+dead|passed\s+away|was\s+born|were\s+born)\b[^.;!?\d]{0,40}?"
    r"\s(?:at|around|about|shortly\s+after|just\s+after|just\s+before|before|after)\s+$", _I)
_LIFE_STEMS = any_stem(("died", "dead", "passed", "born"))
_AIRED_STEMS = any_stem(("aire", "airs", "premiere", "screened", "transmitted", "broadcast", "shown", "goes", "went"))
_AIRED_BEFORE = re.compile(
    r"\b(?:aired|airs|premiered|premieres|screened|transmitted|(?:was|first|is|be|been)\s+(?:broadcast|shown)|"
    r"(?:goes|went)\s+out(?=\s+(?:on|at)\b))\b"
    r"[^.;!?:]{0,50}?\s(?:at|from)\s+$", _I)
# A programme's slot as its listing tells it: "BBC Two listing says it begins at 8:30", "the TV guide has it on at
# 21:00", "the schedule says the keynote starts at 10:15" (not a chapter listing's or a timestamp list's).
_LISTED_SLOT_BEFORE = re.compile(
    r"(?<!chapter\s)(?<!timestamp\s)(?<!timestamps\s)\b(?:listings?|(?:tv|television|radio|programme|program)\s+guide|"
    r"EPG|radio\s+times|schedule)\b[^.;!?:\d]{0,40}?\b(?:begins?|beginning|starts?|starting|airs?|airing|is\s+on|goes\s+out|on)\s+"
    r"(?:at|from)\s+$", _I)
# A count's outcome declared: "after the result is declared at 18:05", "the declaration came at 02:40".
_DECLARED_BEFORE = re.compile(
    r"\b(?:results?|winners?|count)\s+(?:(?:is|was|are|were|has\s+been|had\s+been|gets|got)\s+)?(?:formally\s+)?"
    r"declared\s+(?:(?:at|around|about|by|shortly\s+after|just\s+after|just\s+before)\s+)+$"
    r"|\bdeclaration\s+(?:is|was|came|comes|is\s+made|was\s+made)\s+(?:(?:at|around|about|by)\s+)+$", _I)
_LISTED_STEMS = any_stem(("listing", "guide", "epg", "radio", "schedule"))
_REAL_TIME_AFTER = re.compile(r"\s+(?:in\s+)?(?:real|actual|wall[\s-]?clock)[\s-]time\b", _I)
_ELSEWHERE_AFTER = re.compile(r"\s+(?:there|here|locally|back\s+home|at\s+home|in\s+(?-i:[A-Z])[\w'’-]+)\b", _I)
_IT_WAS_BEFORE = re.compile(
    r"(?:^|[^\w'’])it(?:['’]s|\s+is|\s+was)\s+(?:already\s+|nearly\s+|almost\s+|just\s+(?:gone|past|after)\s+)?$",
    _I)
# A line opening with the clock, after a speaker's label or "A." and a hedge: "WITNESS: Around 6:40".
# A clock guessed: another after it, or a hedge: "16:20, 16:25 maybe", "6:40 or so", "quarter to: 7:45, I think".
_GUESSED_CLOCK_AFTER = re.compile(
    r"(?:\s*(?:,|or|-|–|/)\s*(?:or\s+)?\d{1,2}:[0-5]\d(?![\d:]))?[\s,]*(?:maybe|perhaps|probably|or\s+so|-?ish|"
    r"I\s+think|I\s+guess|I\s+reckon|I\s+believe|I\s+suppose|I['’]d\s+say|if\s+I\s+(?:recall|remember)|give\s+or\s+take|"
    r"roughly|about|approx(?:imately)?)\b", _I)
# A line's running stamp before its speaker: "[00:12:16] WITNESS: ", "00:12:16 WITNESS: ".
_ANSWER_OPENING = re.compile(
    rf"\s*(?:\[?\d{{1,2}}:\d\d(?::\d\d)?\]?\s+)?"
    rf"(?:(?-i:[A-Z])[\w .'’-]{{0,30}}:\s*|A\.\s*)?(?:(?:it\s+was|it['’]s|i\s+think|maybe|probably),?\s+)?"
    rf"(?:(?:{HEDGE})\s+)?", _I)
# "at what time?", but not "what time in the clip", "what timecode"
_WHAT_TIME_QUESTION = re.compile(r"\bwhat\s+time\b(?![\s-]*(?:stamp|code|in|into|of)\b)[^?\n]{0,60}\?", _I)
# A clock of the day, one or two hours' digits: "6:50", "21:00".
_WORLD_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(?![:\d])")
_DEVICE_HMS = re.compile(r"(?:0[1-9]|1\d|2[0-3]):[0-5]\d:[0-5]\d")
_SHOWS_AT_BEFORE = re.compile(
    r"\b(?:shows?|showed|reads?|says|displays?|displayed|stamps?|stamped)\s+(?:[\w'’-]+\s+){0,4}?(?:at|as)\s+$", _I)
_SHOWS_STEMS = any_stem(("show", "read", "says", "display", "stamp"))
_DEVICE_CLOCK_WORD = re.compile(r"\b(?:clock|timestamp|time\s*stamp|time\s+code)\b", _I)
_MARKUP_LEAD = re.compile(r"(?:\s|[*_>#]|<[^<>]{0,30}>)*")
_STORY_STEMS = any_stem(("set", "place", "unfold", "plot", "synopsis"))
_STORY_SET = re.compile(
    r"\b(?:is|are|was)\s+set\s+(?:over|during|across|on|in)\b|\btakes?\s+place\s+(?:over|during|across|on|in)\b"
    r"|\bunfolds?\s+(?:over|during|across|in)\b|\b(?:plot|synopsis)\b", _I)
_LINEUP_CLOCK = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d(?![:\d])")
_PROSE_BREAK = re.compile(r"[.!?](?:\s|$)")
_LINEUP_STEMS = re.compile(  # "line" only of a line-up
    r"line[\s-]?up|running|times|bill|stage|tent|arena|marquee|doors|support|headlin|opening|opener|closing|encore|dj"
    r"|curfew|warm")
_LINEUP_LABEL = re.compile(
    r"\b(?:line[\s-]?ups?|running[\s-]+orders?|(?:set|stage|performance)[\s-]+times|(?:the\s+)?bill\s*:|"
    r"(?:main|second|third|big|small|outdoor|indoor|north|south|east|west|other)\s+stage\b|"
    r"(?:stage|tent|arena|marquee)\s*(?:\d+\s*)?:|"
    # a named stage, then its times: "Pyramid Stage, 21:45–23:20" (not "falls off the stage, 12:40")
    r"(?-i:[A-Z])[\w'’-]*\s+(?:stage|tent|arena|marquee)\s*[,(](?=\s*$)|doors(?:\s+open)?[*_]{0,2}\s*:?[*_]{0,2}\s*(?=\d\d[:.]\d\d|$)|"
    # a line-up's act right before its set's clock: "Support act 19:15", "Headliners from 20:45 to 22:15"
    r"(?P<act>(?:support|opening|closing|warm[\s-]?up)(?:\s|&nbsp;)+(?:acts?|bands?|sets?|slots?)|support|openers?|"
    r"headliners?|headline\s+sets?|headlining\s+(?:acts?|sets?)|DJ\s+sets?|encores?|curfew)"
    r"(?:[\s*_|:,–-]|</?(?:td|th|dt|dd|b|strong)\b[^<>]{0,30}>){0,12}(?:(?:from|at|between|until|till)\s+)?"
    r"(?=\d\d[:.]\d\d|$))", _I)


def _timetable_column(c: _Clock) -> bool:
    """A clock alone in a cell of an HTML or pipe table, in a column whose header names a time in the world
    ("Dep.", "Arrives"; "Time" when a name opens the row): "<th>Stop</th><th>Dep.</th> ... <td>Depot</td>
    <td>07:15</td>", "| Stop | Time |\n|---|---|\n| Depot | 07:15 |". A table with a time under an hour
    ("00:12", "0:40") in a cell logs footage."""
    text = c.text
    after = _CELL_RANGE_AFTER.match(text, c.end)  # "<td>19:30&ndash;20:40</td>": a set's times
    end = after.end() if after else c.end
    if text[end:end + NEAR_CHARS].lstrip(" \t")[:1] not in ("<", "|", "\n", "") or c.bare != c.begin:
        return False  # (the clock's end is read before its start is looked back for, a costlier search)
    begin = c.begin if after else _cell_clock_span(text, c.begin, c.end)[0]
    if not _CELL_CLOCKS.fullmatch(text, begin, end):
        return False
    if _HTML_CELL_AFTER.match(text, end) and _HTML_CELL_BEFORE.search(text, max(0, begin - NEAR_CHARS), begin):
        table = text.rfind("<table", max(0, begin - TABLE_REACH), begin)
        row = text.rfind("<tr", max(0, table), begin)
        if table < 0 or row < 0:
            return False
        column = len(_HTML_CELL.findall(text, row, begin)) - 1
        header_row = _HTML_ROW.search(text, table, begin)
        header = [_TAG.sub("", cell) for cell in _HTML_CELL_TEXT.findall(header_row.group(0))] if header_row else []
        zero = _ZERO_CELL.search(text, table, min(len(text), end + TABLE_REACH))
    elif _PIPE_CELL_AFTER.match(text, end) and _PIPE_CELL_BEFORE.search(text, max(0, begin - NEAR_CHARS), begin):
        line = text.rfind("\n", 0, begin) + 1
        pipe = pipe_table_rule(text, line, TABLE_REACH)
        if pipe is None:
            return False
        rule, header_end = pipe
        column = text.count("|", line, begin) - (text[line:begin].lstrip().startswith("|"))
        header = text[text.rfind("\n", 0, header_end) + 1:header_end].strip().strip("|").split("|")
        zero = _ZERO_PIPE_CELL.search(text, rule.end(), min(len(text), end + TABLE_REACH))
    else:
        return False
    if zero is not None or not 0 <= column < len(header):
        return False
    named = _TIME_HEADER.fullmatch(header[column].strip())
    return named is not None and (named.group("world") is not None or column > 0)


def _cell_clock_span(text: str, begin: int, end: int) -> tuple[int, int]:
    """The clock text[begin:end] widened over the other end of a clock range it is one end of ("22:30&ndash;01:00",
    read as two points as it passes midnight)."""
    after = _CELL_RANGE_AFTER.match(text, end)
    if after is not None:
        return begin, after.end()
    before = _CELL_RANGE_BEFORE.search(text, max(0, begin - NEAR_CHARS), begin)
    return (before.start() if before is not None else begin), end


_CELL_RANGE_SEP = r"[ \t]*(?:-|–|—|&ndash;|&mdash;|&#8211;|&#8212;|to)[ \t]*"
_CELL_RANGE_AFTER = re.compile(rf"{_CELL_RANGE_SEP}(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
_CELL_RANGE_BEFORE = re.compile(rf"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d{_CELL_RANGE_SEP}$")
# How far back a table's header is looked for from one of its cells.
TABLE_REACH = 2000
# A cell's time may sit in inline markup: "<td><b>07:15</b></td>".
_HTML_CELL_BEFORE = re.compile(r"<t[dh]\b[^<>]{0,30}>\s*(?:<(?:time|span|b|strong|em)\b[^<>]{0,40}>\s*){0,2}$", _I)
_HTML_CELL_AFTER = re.compile(r"\s*(?:</(?:time|span|b|strong|em)>\s*){0,2}</t[dh]>", _I)
_HTML_CELL = re.compile(r"<t[dh]\b", _I)
_HTML_ROW = re.compile(r"<tr\b.*?</tr>", _I | re.DOTALL)
_HTML_CELL_TEXT = re.compile(r"<t[dh]\b[^<>]{0,30}>(.*?)</t[dh]>", _I | re.DOTALL)
_TAG = re.compile(r"<[^<>]*>")
_PIPE_CELL_BEFORE = re.compile(r"\|[ \t]*$")
_PIPE_CELL_AFTER = re.compile(r"[ \t]*(?:\||\n|$)")
_CELL_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")
_CELL_CLOCKS = re.compile(rf"{_CELL_CLOCK.pattern}(?:{_CELL_RANGE_SEP}{_CELL_CLOCK.pattern})?")
_PIPE_RULE_LINE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|[-|: \t]*$", re.MULTILINE)


def pipe_table_rule(text: str, line: int, reach: int) -> tuple[re.Match[str], int] | None:
    """The delimiter row (``|---|:--:|``) of the Markdown table holding the row that starts at ``line``, with the
    end of its header line: None when none stands within ``reach`` characters above or a blank line parts them."""
    rule = _PIPE_RULE_LINE.search(text, max(0, line - reach), line)
    header_end = text.rfind("\n", 0, rule.start()) if rule else -1
    if rule is None or header_end < 0 or text.find("\n\n", rule.end(), line) >= 0:
        return None
    return rule, header_end


def cell_column_header(text: str, pos: int) -> str | None:
    """The header of the column whose cell holds ``pos`` in an HTML or MediaWiki table ("<th>Duration</th>",
    "! No. !! Runtime" over "| 1 || 47:12"), tags and cell attributes stripped: None outside such a table, in
    its header row, or past its header's cells."""
    table = text.rfind("<table", max(0, pos - TABLE_REACH), pos)
    if table >= 0 and text.find("</table", table, pos) < 0:
        row = text.rfind("<tr", table, pos)
        header_row = _HTML_ROW.search(text, table, pos)
        if row < 0 or header_row is None or not _HTML_HEADER_CELL.search(header_row.group(0)):
            return None
        header = [_TAG.sub("", cell) for cell in _HTML_CELL_TEXT.findall(header_row.group(0))]
        column = len(_HTML_CELL.findall(text, row, pos)) - 1
    else:
        table = text.rfind("{|", max(0, pos - TABLE_REACH), pos)
        row = text.rfind("\n|-", table, pos)
        first = _WIKI_HEADER_LINE.search(text, table, row) if table >= 0 <= row else None
        if first is None or text.find("\n|}", table, pos) >= 0:
            return None
        header_end = text.find("\n|-", first.start(), row + 3)
        header = [_WIKI_CELL_ATTRIBUTES.sub("", cell) for line in text[first.start():header_end].split("\n")
                  if line.startswith("!") for cell in line[1:].replace("||", "!!").split("!!")]
        cells = text[text.find("\n", row + 1) + 1:pos]
        column = sum(1 + line.count("||") + line.count("!!") for line in cells.split("\n")
                     if line.startswith(("|", "!"))) - 1
    return _TAG.sub("", header[column]).replace("&nbsp;", " ").strip() if 0 <= column < len(header) else None


_HTML_HEADER_CELL = re.compile(r"<th\b", _I)
# A MediaWiki table's header line ("! No. !! Title"), and a cell's attributes before its text ('style="x" | 47:12').
_WIKI_HEADER_LINE = re.compile(r"^!", re.MULTILINE)
_WIKI_CELL_ATTRIBUTES = re.compile(r"^[^|]*\|(?!\|)")
_ZERO_PIPE_CELL = re.compile(r"\|[ \t]*0?0:[0-5]\d(?![\d:])")
# A column header naming when something leaves, arrives, opens or starts in the world ("Dep.", "Arr.",
# "Departs", "Doors"), or only a time ("Time", "Start", "End"), which a name opening each row makes a schedule's.
_TIME_HEADER = re.compile(
    r"(?P<world>dep(?:t|s)?\.?|departs?|departures?|departing|arr\.?|arrives?|arrivals?|arriving|leaves?|"
    r"opens?|closes?|doors|kick-?off|start\s+times?|set\s+times?|stage\s+times?|tee\s+times?)"
    r"|(?:(?:local\s+)?times?|when|starts?|start|ends?|end\s+times?|finish(?:es)?)",
    _I,
)


def _clock_grid_row(c: _Clock) -> bool:
    """A clock in a row of clocks set in columns, as a timetable's: "Pier 1\t07:10\t09:10\t11:10" (three
    or more side by side, or two with a row of the same shape next to it). A grid holding a time under an
    hour ("0:45", "00:12") or naming footage logs footage, and is left to the other rules."""
    text = c.text
    if not (_GRID_NEIGHBOUR_AFTER.match(text, c.end) or _GRID_NEIGHBOUR_BEFORE.search(
            text, max(0, c.begin - _GRID_GAP_CHARS), c.begin)):
        return False  # cheap: no clock right beside it
    line = text.rfind("\n", 0, c.begin) + 1
    width = _grid_width(text, line)
    if width < 2:
        return False
    above = _grid_width(text, text.rfind("\n", 0, line - 1) + 1) if line > 0 else 0
    stop = text.find("\n", c.end)
    below = _grid_width(text, stop + 1) if stop >= 0 else 0
    if above < 0 or below < 0:
        return False  # the row next to it logs footage
    return width >= 3 or above >= 2 or below >= 2


def _signed_stamp(c: _Clock) -> bool:
    """A post or quote signed with its author's handle and the clock it was written at, ending its line:
    "> Same here on 4.2.0 — @ravenmoor, 14:02"."""
    return c.before.endswith((",", ", ", "· ", "·", " ")) and _HANDLE_SIGNED_BEFORE.search(c.before) is not None \
        and _LINE_END_AFTER.match(c.after) is not None


_HANDLE_SIGNED_BEFORE = re.compile(r"(?:^|[\s(—–-])@[A-Za-z0-9_.]{2,30}[^\S\n]*[,·•|]?[^\S\n]*$")
_LINE_END_AFTER = re.compile(r"[^\S\n]*(?:[ap]\.?m\.?)?[^\S\n]*(?:\n|$)", _I)


def _chat_stamp(c: _Clock) -> bool:
    """The stamp opening a line of a chat log, "[09:41] pixelfox: the goal is at 3:12" or "[22:03] <moss> ...",
    next to a line that opens the same way: the chat's clock, when the log is a chat's (a handle, not a
    transcript's SPEAKER or Name, or the same stamp on both lines) and no stamp is under an hour ("[00:12:30]
    HOST:" cites the footage). The positions in the messages stay."""
    text = c.text
    if text[c.begin - 1:c.begin] != "[" and not c.after.lstrip(" \t").startswith("<"):
        return False  # cheap: only a bracketed stamp, or one before "<nick>"
    line = text.rfind("\n", 0, c.begin) + 1
    this = _CHAT_LINE.match(text, line)
    if this is None or this.span(_stamp_group(this)) != (c.begin, c.end):
        return False
    above = _CHAT_LINE.match(text, text.rfind("\n", 0, line - 1) + 1) if line > 0 else None
    stop = text.find("\n", c.end)
    below = _CHAT_LINE.match(text, stop + 1) if stop >= 0 else None
    stamp = this.group(_stamp_group(this))
    return any(other is not None and not _ZERO_HOUR_CLOCK.match(other.group(_stamp_group(other)))
               and not _ZERO_HOUR_CLOCK.match(stamp)
               and (other.group(_stamp_group(other)) == stamp or _chat_handle(this) or _chat_handle(other))
               for other in (above, below))


# A record's line stamp of the working day: "10:02:11 MS. PRATT: Let's play ...", "14:31:07 (Recess taken.)": a
# clock of hours, minutes and seconds opening its line, then a speaker named in capitals or a bracketed note
# (a recording's own transcript counts from 00:00:00: "00:01:12 OFFICER: ..." is a position).
_WORKDAY_HMS = re.compile(r"(?:0?[7-9]|1\d|2[0-3]):[0-5]\d:[0-5]\d")
_RECORD_LINE_AFTER = re.compile(
    r"[^\S\n]+(?:\((?-i:[A-Z])[^()\n]{0,60}\)|\[(?-i:[A-Z])[^\[\]\n]{0,60}\]|(?-i:[QA])[.:][^\S\n]|"
    r"(?-i:(?:[A-Z][A-Z0-9.'’-]*[^\S\n]+){0,3}[A-Z][A-Z0-9.'’-]*)[^\S\n]*:)")


def _record_line_stamp(c: _Clock) -> bool:
    """"10:02:40 (Video played.)": a working day's clock stamping a record's line; or any line of a record whose
    lines all open with one, the line above or below opening so too ("10:14:24  ask to publish the video,")."""
    return (c.bare == 0 or c.text[c.bare - 1] == "\n" or c.bare == c.b) \
        and _WORKDAY_HMS.fullmatch(c.text, c.bare, c.end) is not None \
        and (_RECORD_LINE_AFTER.match(c.text, c.end) is not None or _stamped_neighbour(c.text, c.bare, c.end))


# A line opening with a working day's clock to the second, then a gap: a realtime record's next or last line.
_STAMPED_LINE = re.compile(rf"[^\S\n]*{_WORKDAY_HMS.pattern}[^\S\n]")


def _stamped_neighbour(text: str, line: int, end: int) -> bool:
    """The line above or below the one at ``line`` (ending after ``end``) opens with a working day's clock."""
    above = text.rfind("\n", 0, line - 1) + 1 if line > 0 else -1
    below = text.find("\n", end)
    return (above >= 0 and _STAMPED_LINE.match(text, above) is not None) \
        or (below >= 0 and _STAMPED_LINE.match(text, below + 1) is not None)


def _stamp_group(line: re.Match[str]) -> str:
    """The name of the group holding a chat line's stamp: bracketed ("t") or bare ("bare")."""
    return "t" if line.group("t") is not None else "bare"


# The reason a chat log's stamp is no position: a time of day, but of no clock the footage shows.
CHAT_CLOCK = "chat clock"
# The clock at which a whole recording starts ("the archive starts at 05:00"): a clock time that explains the
# footage's own clock, not an event a following "12 minutes after that" counts from.
RECORDING_START = "recording start"


def _chat_handle(line: re.Match[str]) -> bool:
    """The line's speaker is a chat handle: "<moss>", "gr4ce:", "ana_b:", lower-case or with digits."""
    nick = line.group("nick")
    return nick is None or nick[0].islower() or _HANDLE_MARK.search(nick) is not None


# A chat line's opening: list or quote marks, a bracketed clock, then "<nick>" or "nick:"; or a bare clock, then
# "<nick>" (an IRC log's "21:14 <moss>").
_CHAT_LINE = re.compile(
    r"[ \t>*-]*(?:\[(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)\][ \t]*"
    r"(?:<[^<>\s]{1,30}>|(?P<nick>[^\s:\[\]<>]{1,30}):)"
    r"|(?P<bare>(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)[ \t]+<[^<>\s]{1,30}>)")
_HANDLE_MARK = re.compile(r"[\d_.@]")


def _grid_width(text: str, line: int) -> int:
    """The most clocks side by side (spaces or tabs between) on the line starting at ``line``; -1 when
    the line holds a time under an hour or names footage (a footage log), 0 for no such run."""
    stop = text.find("\n", line, line + _GRID_LINE_CHARS)
    stop = min(len(text), line + _GRID_LINE_CHARS) if stop < 0 else stop
    runs = [m.group(0) for m in _GRID_RUN.finditer(text, line, stop)]
    if not runs:
        return 0
    if _ZERO_HOUR_CLOCK.search(text, line, stop) or footage_word(text, line, stop):
        return -1
    return max(len(_GRID_CLOCK.findall(run)) for run in runs)


_GRID_GAP_CHARS = 12
_GRID_LINE_CHARS = 200
_GRID_CLOCK = re.compile(r"(?<![\d:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|[.,]\d)")
_GRID_RUN = re.compile(rf"{_GRID_CLOCK.pattern}(?:[ \t\u00a0\u202f]+{_GRID_CLOCK.pattern})+")
_GRID_NEIGHBOUR_AFTER = re.compile(r"[ \t\u00a0\u202f]+\d{1,2}:[0-5]\d")
_GRID_NEIGHBOUR_BEFORE = re.compile(r"\d:[0-5]\d[ \t\u00a0\u202f]+$")
_ZERO_HOUR_CLOCK = re.compile(r"(?<![\d:.])0?0:\d\d")


def _schedule_list_item(c: _Clock) -> bool:
    """A labelled clock in an HTML list item after an item of the same list that a schedule label opens:
    "<li>Doors: 19:00</li><li>Support act: 19:45&ndash;20:30</li>" is a line-up, not a footage log."""
    if not _TWO_DIGIT.match(c.text, c.bare) or not _LABELLED_ITEM.fullmatch(c.text, c.b, c.bare):
        return False
    floor = max(0, c.b - CONTEXT_CHARS)
    start = max(c.text.rfind("<ul", floor, c.b), c.text.rfind("<ol", floor, c.b))
    if start < 0 or _ZERO_START.search(c.text, start, c.b):
        return False  # no list, or a list that starts at 0:00 walks through footage
    return any(_SCHEDULE_LABEL_BEFORE.search(c.text, max(start, t.start() - NEAR_CHARS), t.start())
               for t in TIMECODE.finditer(c.text, start, c.b))


_LABELLED_ITEM = re.compile(r"\s*<li\b[^<>]{0,30}>\s*[^<>:\d]{1,40}:\s*", _I)


def _footage_log_table(c: _Clock) -> bool:
    """The table holding the cell logs footage: a cell in it so far holds a time under an hour written
    "0:12" or "00:12" ("<td>Arrival</td><td>0:12</td> ... <td>Departure</td><td>3:05</td>")."""
    table = c.text.rfind("<table", max(0, c.begin - CONTEXT_CHARS), c.begin)
    return table >= 0 and _ZERO_CELL.search(c.text, table, c.end) is not None


_OPENS_CELL = re.compile(r"\s*<(?:td|th|dd)\b[^<>]{0,30}>\s*", _I)
_ZERO_CELL = re.compile(r"<td\b[^<>]{0,30}>\s*0?0:[0-5]\d(?![\d:])", _I)


def _schedule_listed(c: _Clock) -> bool:
    """A clock listed under a schedule's heading in the same paragraph: "Our timeline: 21:03 first post;
    21:10 ...", "The timetable: Depot 07:15 | Bridge 07:29"."""
    if _ZERO_MINUTES.fullmatch(c.text, c.bare, c.end):
        return False
    start = _paragraph_start(c.text, c.begin)
    if c.text.find(": ", start, c.begin) < 0 and c.text.find(":\n", start, c.begin) < 0:
        return False  # every heading ends in ": " (a cheap test before the word alternation)
    if not _SCHEDULE_STEMS.search(c.text[start:c.begin].casefold()):
        return False  # nor any of the heading's words
    heading = _SCHEDULE_HEADING.search(c.text, start, c.begin)
    if heading is None or _MEDIA_HEADING.search(c.text, start, heading.end()):
        return False  # "Video timeline: 0:15 - convoy enters frame" lists positions
    if heading.end() < c.b and "\n" not in c.text[heading.end():c.begin]:
        return False  # the heading's sentence is over, no list line follows
    first = TIMECODE.search(c.text, heading.end(), c.end)
    # A list that starts at 0:00 or 00:15 walks through footage, not a day.
    return first is None or not _ZERO_MINUTES.fullmatch(first.group(0))


def _list_heading(c: _Clock) -> str | None:
    """A clock on a list or table line under a heading line that names a plan or a timetable (a time of
    day) or results (a race time), in the same paragraph, every line between being a list line:
    "Race results\n1. K. Otieno 2:06:41", "Session plan\n| Drills | 09:15 | 40 min |". A list line naming
    footage, or a list starting at 0:00, walks through footage."""
    line = c.text.rfind("\n", 0, c.begin) + 1
    if line == 0 or not _LIST_LINE.match(c.text, line) or _IN_MEDIA_ANYWHERE.search(c.text, line, c.e):
        return None
    start = _paragraph_start(c.text, c.begin, 2)
    start = 0 if start == 1 and c.text[0] != "\n" else start  # a heading that opens the text keeps its first letter
    end = line - 1  # the lines above, walked up to the paragraph's start
    while end > start:
        begin = max(start, c.text.rfind("\n", 0, end) + 1)
        heading = _LIST_HEADING.fullmatch(c.text, begin, end)
        if heading is not None:
            if _ZERO_START.search(c.text, end, c.begin):
                return None
            if heading.group("workout"):  # not "Drills from the video\n- Passing 5:40": a footage log
                # "Workout (total 24 min):\n- Warm-up 5:00": how long each part lasts
                return None if footage_word(c.text, begin, end) else "duration"
            return "race time" if heading.group("results") else "time of day"
        if not _LIST_LINE.match(c.text, begin, end):
            return None
        end = begin - 1
    return None


# Hours of a working day before a clock range.
_WORK_OR_RECESS_BEFORE = re.compile(
    r"\b(?:recess|adjournment|adjourned|worked|working|shifts?|office\s+hours|opening\s+hours)\s*,?\s*$", _I)
# A footage noun, maybe placed in another ("in the compilation"), then "at": "The second clip, at 0:40, ...".
# (but "arrived 11 minutes after the first 999 call, at 07:52": the time of a gap from the call, not in it)
_OFFSET_FROM_BEFORE = re.compile(
    r"\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+(?:after|before)\s+(?:the|a|an|his|her|their|its)\s+"
    r"(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*,\s*at\s+$", _I)
_MEDIA_NAMED_BEFORE = re.compile(
    rf"\b{MEDIA_NOUN}(?:\s+(?:in|of|from)\s+(?:the|this|that|our|my|his|her|their)\s+[\w'’-]+){{0,2}}\s*,\s*at\s+$", _I)
# A range of the clock right after the footage's making: "filmed between 15:20 and 15:40".
# An appeal for footage of a time: "asked anyone with dashcam footage from between 03:30 and 04:15 to get in touch".
_APPEAL_FOOTAGE_BEFORE = re.compile(
    r"\b(?:anyone|anybody|people|drivers|motorists|witnesses|residents|those|members\s+of\s+the\s+public)\s+"
    r"(?:with|who\s+(?:has|have|had|may\s+have|might\s+have|captured|filmed|recorded))\s+(?:any\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:footage|videos?|images|recordings?|dashcam|cctv|doorbell)(?:\s+footage)?\s+"
    r"(?:(?:from|between|around|at|of|taken|recorded|filmed|shot)\s+)*$", _I)
# One of these is in every _APPEAL_FOOTAGE_BEFORE match (tests/test_moments_gates.py).
_APPEAL_STEMS = any_stem(("footage", "video", "images", "recording", "dashcam", "cctv", "doorbell"))
# "shot" and "broadcast" after a determiner or an ordinal are nouns: "the shot between 1:02 and 1:05 is reversed".
_NOUN_BEFORE = r"(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\beach\s)(?<!\bevery\s)(?<!\bnext\s)" \
    r"(?<!\blast\s)(?<!\bfirst\s)(?<!\bfinal\s)(?<!\bopening\s)(?<!\bclosing\s)"
_MADE_RIGHT_BEFORE = re.compile(
    rf"\b(?:filmed|recorded|{_NOUN_BEFORE}(?:shot|broadcast)|taken|captured|streamed|uploaded|posted)\s+$", _I)
# A line of a list or a table: "| Drills | 09:15 |", "1. K. Otieno 2:06:41", "• 06:05 Depot", "- keep 0:00-0:08".
_LIST_LINE = re.compile(r"\s*(?:\||[-*•·]\s|\d{1,2}[.)]\s)")
_LIST_HEADING = re.compile(
    r"[#*\s]*[^\n\d:]{0,40}?\b(?:(?P<plan>time-?table|schedule|plan|programme|program|itinerary|agenda|running\s+order|"
    r"line-?up|rota)|(?P<results>results|standings|classification|leaderboard|finishers|finishing\s+times|split\s+times)"
    r"|(?P<workout>workouts?|training|circuits?|routine|intervals|drills|warm-?up|exercises))"
    # a total may follow: "Workout (total 24 min):"
    r"\b(?:[^\n\d:]|\d+\s?(?:min|mins|minutes|h|hrs?|hours?|s|secs?|seconds)\b){0,30}?[*:]*\s*",
    _I,
)
# A field naming a time in the world: "Ticket time: 14:52", "Incident time - 21:47".
_WORLD_TIME_FIELD = re.compile(
    r"\b(?:ticket|receipt|call|incident|arrival|departure|dispatch|entry|exit|booking|order|check-?in|check-?out)"
    r"\s+time\s*[:\-–—]\s*$",
    _I,
)


def _event_verb_right_before(c: _Clock) -> bool:
    """A world event and its verb right before the clock, whatever else the clause says:
    "my train was at 7:15 and I still watched the whole stream"."""
    m = _EVENT_TIGHT.search(c.before)
    if not m or _TOPIC_BEFORE.search(c.before, 0, m.start()) or _INTO_AFTER.match(c.after) \
            or _IN_MEDIA_AFTER.match(c.after):
        return False
    # "in the video, the sirens start at 5:12": the clause has said it is telling footage.
    return not footage_word(c.text, _clause_start(c.text, c.b, c.begin, _CLAUSE_EDGE), c.begin)


def _clause_start(text: str, b: int, begin: int, edge: re.Pattern[str] | None = None) -> int:
    """Where the clause holding ``begin`` starts, for reading its verb: "Viewers noticed that the
    captions drift: by 00:41:00 ..." reads only "by"."""
    start = max(b, begin - 120)
    for m in (edge or _NARRATION_EDGE).finditer(text, start, begin):
        start = m.end()
    return start


# "The Super Bowl spot (0:30)", "the clip (1:12)": a bracket after a work's noun may hold its length.
# A part of the footage told by where it is: "The menu demo in the video (3:47) undersells ...".
_PART_IN_MEDIA_BEFORE = re.compile(
    rf"\b(?!(?:everything|anything|nothing|something|all)\b)[a-z][\w'’-]*\s+in\s+(?:the|this|that|his|her|its|their|my|your|our)\s+(?:[\w'’-]+\s+){{0,2}}"
    rf"{LENGTH_MEDIA}\s*[(\[]$", _I)
# A place's opening hours, in brackets: "library hours (9:30–17:00)", "opening hours: (08:00-18:00)".
_HOURS_PAREN_BEFORE = re.compile(
    r"\b(?:opening|office|library|visiting|business|shop|store|surgery|trading|ticket|counter|school|working|pool|"
    r"gym|museum|gallery|cafe|café|reception|desk|clinic|pharmacy|bank)\s+hours\s*:?\s*[(\[]$", _I)
_PAREN_AFTER_WORK = re.compile(rf"\b(?:{LENGTH_MEDIA}|{_PLAYED_THING})\s*[(\[]$", _I)
_RUNTIME_CHANGE_BEFORE = re.compile(
    rf"\b(?:run\s*time|runtime|run-time|running\s+time|length|duration)\s+(?:(?:down|up|back)\s+)?(?:to|from)\s+"
    rf"(?:(?:{HEDGE})\s+)?(?:\d[\d:.,]*\s+(?:to|from)\s+)?$",
    _I,
)
# The footage edited to a length: "cut down to 24:30 for YouTube", "edited it down to 4:10".
_CUT_DOWN_BEFORE = re.compile(
    r"\b(?:edit(?:ed|s)?|cut(?:s|ting)?|trim(?:med|s)?|pared|chopped|whittled|condensed|boiled)\s+"
    r"(?:(?:it|this|that|them|everything|the\s+\w+)\s+)?down\s+to\s+$", _I)
# A total told as a label with its noun: "Total video 12:48", "total running time: 1:42:00", "Total time -".
_TOTAL_BEFORE = re.compile(r"\btotal\s+(?:[a-z-]+\s+){0,1}[a-z-]+\s*(?:[:–—-]|is|was|of)?\s*$", _I)
# One of these is in every match of the three patterns above (tests/test_moments_gates.py).
_CHANGED_LENGTH_STEMS = any_stem(("run", "length", "duration", "down", "total"))
# How the words before end where _PAREN_AFTER_WORK matches ("$" also matches before a last line break).
_OPENED = ("(", "[", "(\n", "[\n")
# A title line naming the work and its length after a dash or bar: "— short film, 9:45".
_TITLED_MEDIA_BEFORE = re.compile(
    rf"(?:^|[—–|·•]\s*)(?:[*_]{{1,2}}(?=\w))?(?:(?!(?:the|this|that|a|an|my|our|his|her|their|its|see|watch)\b)[\w'’-]+\s+){{0,3}}"
    rf"{LENGTH_MEDIA}\s*[,:]\s*$", _I)
# A caption's item after the length, or its Markdown emphasis closing: "_Video: 1:20, posted 4 Aug_".
_CAPTION_META_AFTER = re.compile(
    r"[*_]{1,2}\s*(?:[.;|•\n]|$)|[*_]{0,2}\s*[,·|–—]\s*(?:posted|uploaded|published|shared|filmed|recorded|shot|"
    r"released|added|via|source|credit|courtesy|(?:from|by)\s+@)", _I)
_PERCEIVED_BEFORE = re.compile(
    r"\b(?:visible|audible|legible|in\s+view|on\s+screen|on-screen|in\s+shot|in\s+frame)\s+"
    r"(?:(?:at|from|around|about|roughly)\s+)+$",
    _I,
)
# A line's opening, bullets included: "- ", "* ", "<li>", and a symbol or emoji as bullet ("🔧 27:15 First start").
_LINE_OPENING = re.compile(r"(?:^|\n|</[a-zA-Z0-9]{1,10}>)[ \t]*(?:[-*•>|]\s*|<[a-zA-Z][^<>]{0,30}>\s*"
                           r"|[\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*)*(?:\*\*|__)?$")
# "The director's cut (2:31:00) adds a prologue": a verb about the work, not one about what it shows
# ("The drone footage (0:45) shows smoke").
_PAREN_THEN_VERB = re.compile(
    r"^\)\s+(?!(?:shows?|showing|captures?|features?|depicts?|reveals?|appears?|seems?|begins?|starts?|opens?|"
    r"cuts?|pans?|zooms?|goes|turns?|is|are|has|have|can|may|might|could|would|will|then|also|again|and|but|"
    r"where|when|which|that|the|a|an|in|on|at|as|of|to|with)\b)[a-z]+s\b",
)
_COMPARED_BEFORE = re.compile(
    r"\b(?:faster|slower|quicker|longer|shorter|better|worse)\s+than\b[^.;:!?]{0,40}?(?:\(|\bin\s+|\bat\s+)?$", _I
)
# "boils a litre in 2:51", "did the climb in 12:40": a task done in a time (a clause's own "in", not "in 2:51 of").
_DONE_IN_BEFORE = re.compile(
    r"(?<![\w])[a-z]+(?:s|ed)\s+(?:(?:a|an|the|its|his|her|their)\s+)?[\w'’-]+\s+in\s+$"
    # a measured quantity: "boils a full 1.7 L in 3:55", "pumped 40 litres in 2:10"
    r"|(?<![\w])[a-z]+(?:s|ed)\s+(?:(?:a|an|the)\s+)?(?:(?:full|whole)\s+)?\d[\d.,]*\s?[a-zA-Z]{1,7}\.?(?:\s+of\s+[\w'’-]+)?\s+in\s+$"
    # with no object: "It boots in 0:41", "the app loads in 1:10"
    r"|(?<![\w])(?:boot|load|charge|install|render|compile|download|dri|boil|finish|complete)(?:s|es|ed)?\s+"
    r"(?:(?:up|fully)\s+)?in\s+$", _I)
_SUBTITLE_TIME = re.compile(r"\d\d:[0-5]\d:[0-5]\d[,.]\d{3}")
_FRAME_TIMECODE = re.compile(r"\d\d:[0-5]\d:[0-5]\d:\d\d")
# "the goal is scored at 2:35": when a goal came, not a score.
_SCORED_AT = re.compile(r"\bscor(?:ed|es|ing)\s+at\s+$", _I)
_TOOK_BEFORE = re.compile(
    # "Pitching took me 4:30", "it takes us about 2:10"
    rf"\b(?:took|takes|take|taking|needed|needs|lasted)\s+(?:(?:me|us|him|her|them|you|everyone)\s+)?"
    rf"(?:(?:just|only|a\s+mere)\s+)?(?:(?:{HEDGE})\s+)?$", _I
)
# "take" the noun, a shot of a film, before the span it runs: "an unbroken take from 4:10 to 6:55".
# Two whole timecodes as a range ("00:22:40:00–00:22:44:12", "00:14:03,120 --> 00:14:06,880"): a stretch of the
# footage, never a task's length ("sign translation needed 00:22:40:00–00:22:44:12").
_FULL_TIMECODE_RANGE = re.compile(
    r"\d\d:[0-5]\d:[0-5]\d(?::\d\d|[.,]\d{1,3})?\s*(?:-->|->|→|[–—-]|to|until|till)\s*\d\d:[0-5]\d:[0-5]\d", _I)
_TAKE_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|one|the|this|that|each|every|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}takes?\s+$", _I)
_SPAN_OPENING = re.compile(r"(?:from|between)\s", _I)
# What a stretch of a run or a task costs, saves or loses: "costs a minimum of 3:10", "the skip saves runners 0:12".
_COST_STEMS = any_stem(("cost", "sav", "los", "wast", "worth", "margin"))
_COST_BEFORE = re.compile(
    r"\b(?:winning\s+|victory\s+)?margin\s+(?:of\s+victory\s+)?(?:was|is|of|:)\s+$|"
    rf"\b(?:costs?|costing|saves?|saved|saving|loses|lost|losing|wastes?|wasted|wasting|worth)\s+"
    rf"(?:(?:me|us|him|her|them|you|everyone|runners?|players?|racers?|riders?|drivers?)\s+)?"
    rf"(?:(?:a\s+)?(?:minimum|maximum)\s+of\s+|at\s+(?:least|most)\s+|(?:no\s+)?(?:less|more)\s+than\s+|up\s+to\s+|"
    rf"(?:just|only|a\s+mere|an\s+extra|another|a\s+full|a\s+good)\s+)?(?:(?:{HEDGE})\s+)?$", _I
)


def _time_cost(c: _Clock) -> bool:
    """What a stretch costs, saves or loses: "the clip saves runners 0:12" (not "loses it 3:10 into the video")."""
    return (c.may_end(_COST_STEMS) and c.ends(_COST_BEFORE) or _OFF_A_RECORD_AFTER.match(c.after) is not None) \
        and not _INTO_AFTER.match(c.after)


# "knocked 0:48 off her best", "shaved 1:02 off the course record": a time taken off a measured time.
_OFF_A_RECORD_AFTER = re.compile(
    r"\s+off\s+(?:the|her|his|their|its|my|our|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:records?|best|PBs?|PRs?|times?|"
    r"target|pace)\b", _I)


_READING_BEFORE = re.compile(
    r"\b(?:reads?|reading|shows?|showed|showing|displays?|displayed|displaying)\s+(?:the\s+time\s+(?:as\s+)?)?$", _I
)
# A clock's label right before it, no verb: "timestamp 17:22:05", "OSD clock: 21:04:10".
# A device stamping something with its clock: "stamps it 03:26:51", "time-stamped the frame at 21:04".
_STAMPS_BEFORE = re.compile(
    r"\b(?:time-?|date-?)?stamp(?:s|ed)\s+(?:(?:it|this|that|them|each\s+\w+|the\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+)?"
    r"(?:(?:at|as|with)\s+)?$", _I)
_STAMP_VERB_STEMS = any_stem(("stamp",))
# (or in apposition: "The camera's own timestamp, 23:14:52, was read into the record")
_STAMP_LABEL_BEFORE = re.compile(r"\b(?:time\s?stamp|time-stamp|date\s?stamp|stamp|clock|osd|hud)\s*[:=,]?\s*$", _I)
# Hours 10 to 23 with minutes and seconds: a time of day rather than a position (ten hours into footage is rare).
_DAY_HOUR_CLOCK = re.compile(r"(?:1\d|2[0-3]):[0-5]\d:[0-5]\d")
# A clock reading: two-digit hours, minutes and seconds, no fraction (subtitle times carry one).
_HMS_CLOCK = re.compile(r"\d\d:[0-5]\d:[0-5]\d")
# A credit may name the artist between: "'Cold Water' by J. Ames (3:10)".
_QUOTED_TITLE_BEFORE = re.compile(
    r"[\"'‘“](?P<title>[A-Z0-9][^\"'’”.!?;:]{0,50})[\"'’”](?:[*_]{1,2}|</(?:em|i|b|strong)>)?"
    r"(?:,?\s+by\s+(?:(?-i:[A-Z])[\w'’-]*\.?\s+){0,3}(?-i:[A-Z])[\w'’-]*\.?)?\s*\($")
# The aside's subject is the work itself, told long or short: "it's long (3:04:50)", "The shorter cut (1:58)".
_LONG_ASIDE_BEFORE = re.compile(
    r"(?:\b(?:it['’]s|it\s+is|it\s+was|is|was)\s+(?:very\s+|quite\s+|really\s+|pretty\s+|so\s+)?"
    r"|\b(?:the|a|this|that)\s+)(?:long|short)(?:er|est)?"
    r"(?:\s+(?:one|version|cut|edit|take|upload|video|clip))?\s*[(\[]$", _I)
_TITLE_SMALL_WORDS = frozenset("a an and as at by for in of on or the to with".split())
# The words between a verb and the clock it is tied to: "at", "shortly after", "by".
_TO_CLOCK = r"(?:(?:at|around|about|by|before|after|until|till|shortly\s+after|just\s+after)\s+)+$"
_ROUTINE_BEFORE = re.compile(
    # "back by 14:00", "home before 18:30", "back at the hut by 15:00": when a day out ends
    r"\b(?:back|home)\s+(?:(?:at|in|to)\s+(?:the\s+)?[\w'’-]+\s+)?(?:by|before)\s+(?:(?:around|about)\s+)?$|"
    # a habit's hours: "train on the promenade, usually from 5:30 to 7:00", "normally around 6:15"
    r"\b(?:usually|normally|typically|generally|routinely|habitually)\s+"
    r"(?:(?:at|around|about|by|before|after|until|till|between|from)\s+)*$|"
    r"\b(?:(?:went|go|goes|going|got)\s+to\s+(?:bed|sleep|work)|in\s+bed|(?:woke|wake|wakes|waking|got|get|gets)\s+up|"
    # one's alarm clock ("my alarm goes off at 6:15"), not an alarm of something ("the car alarm goes off at 2:05")
    r"(?:(?:my|his|her|their|your|our|the|an?|\w+['’]s)\s+|(?<![\w'’-]\s))alarm\s+(?:went\s+off|goes\s+off|rang|rings)|"
    r"(?:lunch|dinner|breakfast|tea)\s+(?:was|is))\s+" + _TO_CLOCK,
    _I,
)
_SCHEDULE_LABEL_BEFORE = re.compile(
    r"(?:^|[\s(>|*_])(?:kick-?off|tip-?off|doors(?:\s+open)?|gates(?:\s+open)?|curtain|first\s+pitch|first\s+ball|start\s+time|departures?|"
    r"arrivals?|check-?in|check-?out|boarding|sailings?|services?|registration|lights\s+out|(?:high|low)\s+(?:tide|water)|"
    # a crew's or a venue's day: "Call time for crew: 06:30", "Wrap by 14:00", "lunch 12:15-12:45"
    r"call\s+time(?:\s+for\s+[\w-]+)?|wrap|lunch|load-?in|load-?out|soundcheck|curfew|"
    # meals and opening hours: "Breakfast 7:00–10:30", "opening hours of 07:00 to 23:00"
    r"breakfast|brunch|dinner|supper|visiting|(?:opening|open|visiting|office)\s+(?:hours|times)(?:\s+(?:of|are|were))?|"
    # a service's first or last run, a start order, a planned finish: "The last bus is 23:40", "last off at 16:45"
    r"(?:first|last|next)\s+(?:bus|train|tram|ferry|boat|flight|service|sailing|departure|shuttle|metro|entry|"
    # ... maybe from or to its stop: "Last bus from University 23:12"
    r"admission|orders|tour|screening|showing|sitting|session|mass|performance|lesson|class)"
    r"(?:\s+(?:out|back|home|in))?(?:\s+(?:from|to|for)\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?)?"
    r"|(?:first|last|next)\s+(?:[\w'’-]+\s+)?(?:off|away)|(?:expected|estimated|scheduled|planned|projected)\s+"
    r"(?:finish|arrival|start|departure|landing|end|close))\s*:?\s*"
    # a label and its time in neighbouring cells: "<td>Kick-off</td><td>19:45</td>"
    # or a Markdown cell's "| Doors | 19:30", or emphasis: "**Last train to St. Ives** 21:40"
    r"(?:(?:</?(?:td|th|tr|dt|dd|span|b|strong)\b[^<>]{0,30}>|\||[*_]{1,2})\s*)*"
    # "Boarding closes at 06:20", "gates opening at 13:30"
    r"(?:(?:opens?|closes?|opening|closing|starts?|begins?|ends?)\s+)?(?:is\s+|was\s+)?(?:at\s+|by\s+)?"
    r"(?:(?:around|about|approximately|roughly|circa)\s+)?$",
    _I,
)
# A timetable's verb standing as its label, no "at" between: "- Departs 23:45, 00:15", "Sailing 07:30", "returns 18:10"
# ("the car leaves at 2:10" may narrate footage).
_TIMETABLE_VERB_BEFORE = re.compile(
    r"(?:^|[\s(>|*_•-])(?:departs|departing|leaves|leaving|arrives|arriving|sails|sailing|returns|returning)"
    r"[*_]{0,2}\s*:?\s*$", _I)
_IN_MEDIA_ANYWHERE = re.compile(rf"\b(?:in|into)\s+the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b", _I)
_EDITED_BEFORE = re.compile(
    r"\b(?:was|were|been|got)\s+(?:added|fixed|corrected|changed|replaced|updated|amended|taken\s+down|pulled|"
    r"(?:switched|turned)\s+(?:on|off)|enabled|disabled)\s+" + _TO_CLOCK,
    _I,
)
_DATELINE_BEFORE = re.compile(
    r"(?:^|[>\n|]|\b)(?:posted|updated|last\s+updated|published|first\s+published|uploaded|filed|edited|amended|"
    r"corrected|correction|update)\s*[:,]?\s*"
    r"(?:(?:at|on)\s+)?$", _I
)
_DATELINE_STEMS = any_stem(("posted", "updat", "publish", "upload", "filed", "edited", "amended", "correct"))
_MEDIA_HEADING = re.compile(rf"\b{MEDIA_NOUN}\s+(?:time-?line|schedule|line-?up|running\s+order)\b", _I)
_SCHEDULE_HEADING = re.compile(
    r"\b(?:time-?line|timetable|schedule|line-?up|itinerary|running\s+order|agenda|departures|arrivals|set\s+times)"
    r"\s*:(?=\s)|\b(?:services?|bus|buses|trains?|trams?|ferry|ferries|flights?|shuttles?)\b[^:.\n\d]{0,30}:(?=\s)",
    _I,
)
# One of these is in every _SCHEDULE_HEADING match (tests/test_moments_gates.py).
_SCHEDULE_STEMS = any_stem(("line", "table", "schedule", "itinerary", "running", "agenda", "departure", "arrival",
                            "times", "service", "bus", "train", "tram", "ferr", "flight", "shuttle"))
_PROGRAMME = re.compile(
    rf"\b{_PROGRAMME_NOUNS}\b(?!-\w|\s+(?:{MEDIA_NOUN}|section|part|bit|portion|round)\b|['’]s\b|[\"”])(?P<gap>[^.;!?]{{0,50}})\b{_EVENT_VERBS}\s+"
    r"(?:(?:at|around|about|from|shortly\s+after|just\s+after)\s+)*$", _I)
# A venue after the programme's noun: "at the Anchor", "in the village hall", "at St Mary's", "at Dot's Bar".
_VENUE = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:village|church|community|parish|town|school|social|sports|"
    r"local|main)\b|(?:hall|club|pub|library|centre|center|park|square|bar|church)\b)", _I)
_EVENT_TIGHT = re.compile(_EVENT.pattern.replace("[^.;!?]{0,50}", "[^.;!?,]{0,12}"), _I)
assert _EVENT_TIGHT.pattern != _EVENT.pattern
# A topic, not an actor: "a story about the 1998 storm".
_SETTING_BEFORE = re.compile(
    r"\b(?:in|on|during|throughout|from)\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\w'’-]+\s+){0,2}$", _I
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:about|regarding|concerning"
    # a scene that shows the event: "the flashback to the mine strike runs from 24:30"
    r"|(?:flashbacks?|flash-forwards?|scenes?|sequences?|montages?|shots?|cutaways?|re-?enactments?|reconstructions?|"
    r"dramati[sz]ations?)\s+(?:to|of|from|at|showing|depicting)"
    # the subject of a relative clause about a part: "the part the coroner's office asked about runs from 7:40"
    r"|\b(?:parts?|bits?|sections?|segments?|passages?|stretch|exchanges?)(?:\s+(?:that|which))?"
    r"(?=\s+(?:the|this|that|his|her|their|its)\s))"
    r"\s+(?:(?:the|a|an|this|that|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}$", _I
)

def _own_journey_clock(c: _Clock) -> bool:
    """A one-digit hour after a speaker's own past journey, in a sentence naming no footage, even where a
    transcript's cue times set the footage context: "and I still only reached Ikeja at 8:40"."""
    return _ONE_DIGIT_CLOCK.fullmatch(c.text, c.bare, c.end) is not None and not _INTO_AFTER.match(c.after) \
        and not _IN_MEDIA_AFTER.match(c.after) and not footage_word(c.text, c.b, c.e)


_ONE_DIGIT_CLOCK = re.compile(r"[1-9]:[0-5]\d")
_FIRST_PERSON_MOVED = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:(?:then|finally|only|had|all|still|just|eventually)\s+){0,2}(?:left|arrived|got\s+(?:there|back|home|in|up)|went|"
    r"came\s+(?:back|home)|reached|set\s+off|set\s+out|headed|parked|(?:were|was)\s+back)\b[^.;!?\d]{0,50}$")
# (an HTML entity's ";" is no edge: "arrived 11&nbsp;minutes after")
_ENTITY_SEMICOLON = r"(?<!&nbsp)(?<!&thinsp)(?<!&amp)(?<!&ndash)(?<!&mdash)(?<!&#160)(?<!&#8239);"
_COMMA_EDGE = re.compile(rf"[,:—–(\[]|{_ENTITY_SEMICOLON}|\b(?:that|and|but|while|whereas)\b", _I)
_NARRATION_EDGE = re.compile(rf"[:—–(\[]|{_ENTITY_SEMICOLON}|\b(?:that|and|but|while|whereas)\b", _I)
def _past_after_opening(c: _Clock) -> bool:
    """A sentence that opens with the clock and goes on in the passive past, the voice of reports:
    "At 8:50 the station was evacuated" (but "At 2:40 he paused" may narrate footage)."""
    opening = _clause_opening(c)
    if not _AT_OPENING.fullmatch(c.text, opening, c.bare):
        # "the report came out at 9 a.m. and by 9:15 the stock was down": a clause coordinated after an am/pm clock
        coordinated = _COORDINATED_AT_BEFORE.search(c.before, max(0, len(c.before) - NEAR_CHARS))
        if coordinated is None or not _later_the_same_morning(c):
            return False
        opening = c.bare - len(c.before) + coordinated.start("at")
    stop = _CLAUSE_STOP.search(c.text, c.end, c.e)
    if (c.text[opening:opening + 3].lower() == "by " or _SOME_POINT.match(c.text, opening, c.bare)) \
            and _WAS_AFTER.search(c.text, c.end, stop.start() if stop else c.e):
        return True  # "By 23:20 it was all over", "At some point after 16:40 it was not": a state of the world
    clause_end = stop.start() if stop else c.e
    return _PASSIVE_PAST.search(c.text, c.end, clause_end) is not None \
        or _EVENT_AFTER.match(c.text, c.end, c.e) is not None \
        or (_TWO_DIGIT_CLOCK.fullmatch(c.text, c.bare, c.end) is not None
            and _FIRST_PERSON_MOVED_AFTER.match(c.text, c.end, clause_end) is not None) \
        or (_PAST_IN_CLAUSE.search(c.text[c.end:clause_end].lower()) is not None and _later_the_same_morning(c))
    # "At 21:15 we stopped at Kilbride Junction": the writer's own journey; "Crews were called at 3:12 a.m. ...
    # At 4:05 the roof collapsed": an active past told on the day's clock, a few hours after its am/pm time


_COORDINATED_AT_BEFORE = re.compile(
    r"(?:,|\band|\bbut|\bthen)\s+(?P<at>(?:by|at|around|about|shortly\s+after|just\s+after|just\s+before)\s+)$", _I)
# The writer's own party moving, right after an opening clock: "At 21:15 we stopped at", "At 06:40 I set off".
_FIRST_PERSON_MOVED_AFTER = re.compile(
    r"\s*,?\s*(?:we|I)\s+(?:(?:then|finally|only|all|still|just|eventually)\s+){0,2}(?:stopped|left|arrived|reached|"
    r"pulled\s+(?:in|into|out)|set\s+(?:off|out)|got\s+(?:in|into|to|there|back|off|on|home)|boarded|landed|docked|"
    r"departed|crossed|checked\s+(?:in|out)|headed|parked|turned\s+back|made\s+it)\b", _I)


def _clause_opening(c: _Clock) -> int:
    """Where the words opening the clock's clause start: the sentence's start, or past a semicolon ("Within 14
    minutes, nine volunteers had left their beds; by 03:40 the first of them were at the roadside")."""
    semi = c.text.rfind(";", c.b, c.bare)
    if semi < 0:
        return c.b
    return semi + 1 + len(c.text[semi + 1:c.bare]) - len(c.text[semi + 1:c.bare].lstrip())


_WAS_AFTER = re.compile(r"\b(?:was|were|had)\b", _I)
_SOME_POINT = re.compile(r"(?:at\s+)?some\s*(?:point|time)\s", _I)
_PASSIVE_PAST = re.compile(r"\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ght)\b", _I)
_AT_OPENING = re.compile(r"(?:at|by|around|about|shortly\s+after|just\s+after|just\s+before|"
                         r"(?:at\s+)?some\s*(?:point|time)\s+(?:after|before))\s+", _I)
_CLAUSE_STOP = re.compile(r"[,;:.!?]")
_TWO_DIGIT_CLOCK = re.compile(r"(?:\d\d|0\d):\d\d(?!:)")
def _into_recording(c: _Clock) -> str | None:
    """"26:40 into the race broadcast", "2:03:10 into the hearing": a position, whatever the words before; and
    "- Core finisher: 21:00–29:15" after blocks from 0:00 (:func:`_timed_block`): a stretch, whatever its label."""
    after = c.after
    into = _INTO_AFTER.match(after) and not _TOD_SUFFIX.match(after) and not _GAME_AFTER.match(after)
    return "" if into or _timed_block(c) else None


def _recording_clock(c: _Clock) -> str | None:
    """A recording's own running clock, named before or after the time: "the transcript's running clock starts at
    00:00:00", "shows the break as 00:58:00 to 01:02:00 on the tape counter", "at about 01:07:00 on the transcript's
    clock" count from the recording's start: positions (a camera's or a dashcam's clock shows the time of day)."""
    if not ("clock" in c.folded_before or "counter" in c.folded_before or "clock" in c.after.casefold()
            or "counter" in c.after.casefold()) or _TOD_SUFFIX.match(c.after):
        return None
    return "" if c.ends(_RECORDING_CLOCK_BEFORE, 80) or _RECORDING_CLOCK_AFTER.match(c.after) else None


# Whose clock counts from the recording's start: a transcript's margin, a tape's counter, a player's timeline.
_RECORDING = r"(?:transcript|recording|tape|playback|player|timeline|VOD|podcast|audio)"
_RECORDING_CLOCK = (rf"(?:\b{_RECORDING}(?:['’]s)?\s+(?:own\s+)?(?:(?:running|elapsed)(?:[\s-]+time)?\s+)?"
                    r"(?:clock|counter|timer)\b"
                    # "the running clock printed in the transcript's margin"
                    rf"|\b(?:running|elapsed)(?:[\s-]+time)?\s+(?:clock|counter|timer)\b[^.;!?\d]{{0,40}}\b{_RECORDING}\b)")
_RECORDING_CLOCK_BEFORE = re.compile(_RECORDING_CLOCK + r"[^.;!?\d]{0,60}$", _I)
_RECORDING_CLOCK_AFTER = re.compile(
    r"^\s*,?\s*(?:on|by|per|in|going\s+by|according\s+to)\s+(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+)?"
    + _RECORDING_CLOCK, _I)


def _chapter_entry(c: _Clock) -> str | None:
    """A time that opens a line and is followed by a title ("14:55 Would we do it again?") is a chapter
    entry; the soft rules about tense and the future must not read its title."""
    if (_LINE_OPENING.search(c.text, max(0, c.begin - 40), c.begin) or _labelled_entry(c)) \
            and _TITLE_AFTER.match(c.after):
        return ""
    return None


def _labelled_entry(c: _Clock) -> bool:
    """Only a label stands between the start of the line and the time (read only when the line starts near it)."""
    line = c.text.rfind("\n", max(0, c.begin - LABEL_CHARS), c.begin)
    return (line >= 0 or c.begin <= LABEL_CHARS) \
        and _LABELLED_ENTRY_OPENING.fullmatch(c.text, line + 1, c.begin) is not None


# A chapter entry's label before its time: "4. Part 4 — 21:15 — Shaping", "- Chapter 2: 14:05 – The lake".
LABEL_CHARS = 60
_LABELLED_ENTRY_OPENING = re.compile(
    r"[ \t]*(?:[-*•>|][ \t]*)?(?:\d{1,3}[.)][ \t]*)?(?:\*\*|__)?"
    r"(?:part|chapter|ch\.|section|segment|episode|ep\.?|track|scene|act|movement)[ \t]*\d{1,3}[a-z]?(?:\*\*|__)?"
    r"[ \t]*[-–—:|.)][ \t]*(?:\*\*|__)?$", _I)


_TITLE_AFTER = re.compile(r"\s*(?:[-–—:|]\s*)?(?:\*\*|__)?(?-i:[A-Z0-9])")


def in_chapter_title(text: str, begin: int, end: int) -> bool:
    """A time inside the title of a chapter-list entry, after the entry's own time: "9:12 Battery life –
    9h40m in my test", "6:05 Display (400 nits, 16:10 panel)" name figures of the topic, not positions.
    An entry is a line that opens with a time and a title, next to a line that opens with a time too.
    A time said at a position ("see the crash at 4:40", "from 4:40", "the 4:40 mark") or into the
    footage stays one."""
    floor = max(0, begin - CHAPTER_LINE_CHARS)
    mark, line = _entry_opening(text, floor, begin)
    if (line == 0 and floor > 0) or not _CHAPTER_ENTRY.match(text, line, begin):
        return False
    if _CHAT_LINE.match(text, line):
        return False  # "[09:42] gr4ce: yeah 3:20 lol": a chat message, no chapter's title
    stamp = _STAMPED_LINE.match(text, line)
    if stamp is not None and _stamped_neighbour(text, line, stamp.end()):
        return False  # "10:14:27  beginning at timestamp 00:01:45": a realtime record's line
    said_at = _AT_POSITION_BEFORE.search(text, max(line, begin - NEAR_CHARS), begin) is not None
    after = text[end:end + 80]  # both patterns open with "^": matched on a slice, not at a position of the text
    if _MARK_END.search(text, begin, end) or _INTO_AFTER.match(after) or _IN_MEDIA_AFTER.match(after) \
            or _IN_CLAUSE_END_AFTER.match(after) or _SAID_IN_QUOTE.search(text, begin, end):
        return False
    mark = _skip_blank_lines_back(text, mark)
    above = _entry_opening(text, max(0, mark - CHAPTER_LINE_CHARS), mark)[1] if line else -1
    listed = line > 0 and (above > 0 or mark <= CHAPTER_LINE_CHARS) \
        and _OPENS_WITH_TIME.match(text, above, mark) is not None
    below = _next_entry_opening(text, end)
    next_entry = _OPENS_WITH_TIME.match(text, below) if below > 0 else None
    if not listed and next_entry is None:
        return False
    if said_at:
        # "6:18 Camera samples (shot at 17:40 golden hour)\n10:02 ...": a time said at a position is one
        # ("2:40 The crash (replay at 3:05)\n5:15 ..."), unless it lies past the next entry's start.
        this = TIMECODE.match(text, begin)
        return this is not None and next_entry is not None \
            and _whole_seconds(this) > _whole_seconds(TIMECODE.search(text, below))
    # "0:12 Convoy enters; 0:40 truck stops\n1:05 ...": a second entry, in order between the line's and the next's
    this = TIMECODE.match(text, begin)
    if this and _NEXT_ENTRY_BEFORE.search(text, max(line, begin - 4), begin) \
            and text.count("(", line, begin) <= text.count(")", line, begin):
        lead = TIMECODE.search(text, line, begin)
        return not (lead and _whole_seconds(lead) < _whole_seconds(this)
                    and (next_entry is None or _whole_seconds(this) < _whole_seconds(TIMECODE.search(text, below))))
    return True


def _entry_opening(text: str, floor: int, pos: int) -> tuple[int, int]:
    """(where the mark that opens the entry holding ``pos`` begins, where its text begins): the last line
    break, or HTML list item or line break ("<li>33:10 &#8211; Listener question</li>"), in [floor, pos);
    (-1, 0) when there is none."""
    mark = text.rfind("\n", floor, pos)
    line = mark + 1
    tag = text.rfind("<", max(floor, line), pos)
    while tag >= line:
        opened = _ENTRY_TAG.match(text, tag, pos)
        if opened:
            return tag, opened.end()
        tag = text.rfind("<", max(floor, line), tag)
    return mark, line


def _next_entry_opening(text: str, end: int) -> int:
    """Where the text of the entry after the one ending past ``end`` begins (0 when none is near)."""
    below = text.find("\n", end, end + CHAPTER_LINE_CHARS) + 1
    tag = text.find("<", end, below - 1 if below > 0 else end + CHAPTER_LINE_CHARS)
    while tag >= 0:
        opened = _ENTRY_TAG.match(text, tag)
        if opened:
            return opened.end()
        tag = text.find("<", tag + 1, below - 1 if below > 0 else end + CHAPTER_LINE_CHARS)
    blank = _BLANK_LINES.match(text, below) if below > 0 else None
    return blank.end() if blank else below


def _skip_blank_lines_back(text: str, mark: int) -> int:
    """The line break that ends the entry above, past blank lines ("0:00 Intro\n\n2:15 ..." lists too)."""
    if mark <= 0 or text[mark - 1] not in "\n\r \t":
        return mark
    previous = text.rfind("\n", max(0, mark - MAX_BLANK_RUN), mark)
    return previous if previous > 0 and not text[previous:mark].strip() else mark


# Blank lines between entries: at most this many characters of them.
MAX_BLANK_RUN = 8
_BLANK_LINES = re.compile(r"(?:[ \t\r]*\n){1,3}")


_ENTRY_TAG = re.compile(r"<(?:li|br|p|dt|dd|tr|td)\b[^<>]{0,60}>", _I)


def _sport_or_measure(c: _Clock) -> str | None:
    """Play-by-play clocks and scores, results, margins, best and target times, measured times that changed."""
    after = c.after
    if _period_clock(c):
        return "game clock"
    played = _played_or_set(c)
    if played:
        return played
    if _PLAY_BY_PLAY_OPENING.match(c.text, c.b, c.begin) and not c.ends(_AT_POSITION_BEFORE):
        return "score or ratio"  # "Q2 1:48: Moreau steals and scores, 44:41": the line's clock came first
    if _ranked_result(c) or (c.ends(_BY_BEFORE, 4) and (_MARGIN_OVER_AFTER.match(after) or _won_by(c))) \
            or (c.may_end(_BEST_STEMS) and (_BEST_IS_BEFORE.search(c.before) or _own_best(c))):
        return "race time"  # "Results: 1. Otieno 2:06:41; 2. ...", "by 1:03 over Mori", "his best ... is 1:52:30"
    if c.folded_before.rstrip().endswith(_IN_UNDER_TAILS) and c.ends(_IN_UNDER_BEFORE) \
            and not _INTO_AFTER.match(after) and not _IN_MEDIA_AFTER.match(after) \
            and not _RANGE_OPENER_FROM.match(c.text, c.begin) and not _break_span(c):
        return "duration"  # "to run it in under 4:30"; but "the dance break from 3:02 to 3:20" is a stretch
    if _RUN_CATEGORY_AFTER.match(after) or (c.may_end(_RUN_LABEL_STEMS) and c.ends(_RUN_LABEL_BEFORE, 60)) or (
            "split" in c.folded_before and _SPLIT_AT_AFTER.match(after)):
        return "race time"  # "new PB!! 1:42:18 any%", "finally sub 1:43", "His splits: 14:52 at 5 km"
    if c.may_end(_CHANGED_STEMS) and c.ends(_CHANGED_BEFORE, 70):
        return "duration"  # "boot time went from 1:10 to 0:48": a measured time that changed
    return _thing_timed(c)


def _thing_timed(c: _Clock) -> str | None:
    """A length of something other than footage told like a timecode: a speedrun by its category or its runner, a
    timing, a measure that used to be another, a test's time for an amount, a product's time in its listing. (Each
    pattern runs only where a plain word test finds what it needs: this runs on most timecodes.)"""
    after = c.after
    word = _NEXT_WORD.match(after)
    next_word = word.group(1).lower() if word else ""
    fb = c.folded_before[-90:]
    if next_word == "after" and _EVENT_CLOCK_AFTER.match(after):
        return "duration"  # "separation at about 2:41 after liftoff": the launch's own clock, as "T+2:41" is
    if next_word in ("in", "into", "of") and (_INTO_AFTER.match(after) or _IN_MEDIA_AFTER.match(after)):
        return None
    if ("came" in fb or "com" in fb) and c.ends(_FINISHED_AT_BEFORE, 30) and c.text.count(":", c.bare, c.end) == 2:
        return "race time"  # "The oldest finisher came in at 2:51:09" (not "the call comes in at 1:52", a clock)
    if not (next_word in _MEASURE_NEXT_WORDS or fb.rstrip()[-1:] in _LABEL_ENDS or fb.endswith("in ")
            or _TIMED_THING_STEMS.search(fb)) or c.ends(_PLACED_BEFORE):
        return None  # the cheap test first: no rule below can apply, or the time is placed in footage
    if (("time" in fb or "split" in fb) and c.ends(_RACER_TIME_BEFORE, 70) and not footage_word(c.before[-70:])) \
            or ("through" in fb and c.ends(_THROUGH_HALF_BEFORE, 30)):
        return "race time"  # "His time up the final climb, 41:17", "Her split at the 80 km station was 9:58:02"
    if (_RUN_CATEGORY_STEMS.search(fb) and c.ends(_RUN_CATEGORY_BEFORE, 40)) \
            or (next_word == "by" and _CREDITED_RUN_AFTER.match(after)):
        return "race time"  # "Moth Valley 100% – 2:13:55", "fastest any% today was 41:07.3", "41:07.3 by kestrel"
    if (("timed" in fb or "clocked" in fb) and c.ends(_TIMED_BEFORE, 40)) \
            or ("used to" in fb and c.ends(_USED_TO_BEFORE, 90)) \
            or (next_word in ("for", "per") and _PER_AMOUNT_AFTER.match(after)) \
            or (next_word in ("by", "on", "with", "according") and _TIMER_AFTER.match(after)) \
            or (" time" in fb and c.ends(_TASK_TIME_BEFORE, 60)) or ("time" in fb and c.ends(_TIMER_SET_BEFORE, 50)) \
            or (fb.endswith("in ") and c.ends(_AMOUNT_IN_BEFORE, 30)) \
            or (next_word == "to" and _TASK_AFTER.match(after)) or _product_listing(c):
        return "duration"  # "(I timed it: 3:40)", "used to be 2:50 when new", "3:55 for a litre", "3:40 to boil"
    if _PLAYED_STEMS.search(fb) and c.ends(_PLAYED_IS_BEFORE, 80) \
            and not _IN_CLAUSE_END_AFTER.match(after) and not c.opens_range:
        return "footage length"  # "track 2 is 7:40", "The album closer is 7:40": a song's length
    if fb.rstrip()[-1:] in (":", "–", "—", "-") and c.ends(_DISTANCE_LABEL_BEFORE, 50):
        return "race time"  # "My 5K this morning: 24:10", "Half marathon: 1:42:10"
    if next_word == "on" and _ON_SETTING_AFTER.match(after):
        return "duration"  # "The bread machine cycle is 3:10 on the quick setting"
    return None


_NEXT_WORD = re.compile(r"[^\S\n]*([\w%]+)")
# What the rules of _thing_timed need one of: the next word, the last character, or a word before.
_MEASURE_NEXT_WORDS = frozenset({"by", "for", "per", "on", "with", "according", "to"})
_LABEL_ENDS = (":", "–", "—", "-")
_RUN_CATEGORY_WORDS = ("%", "glitchless", "rta", "igt")
_PLAYED_WORDS = ("song", "track", "single", "tune", "album", "ad", "advert", "commercial", "spot", "promo", "jingle",
                 "anthem", "closer", "opener")
_RUN_CATEGORY_STEMS = any_stem(_RUN_CATEGORY_WORDS)
_PLAYED_STEMS = any_stem(_PLAYED_WORDS)
_TIMED_THING_STEMS = any_stem(("time", "split", "through", "timed", "clocked", "used to", "came", "com")
                              + _RUN_CATEGORY_WORDS + _PLAYED_WORDS)


def _product_listing(c: _Clock) -> bool:
    """A time right after an item's name and a dash, in a line that gives a price after it: a product's measured
    time in a buyer's list ("3. Pellow Classic – 4:12, keeps warm for 30 min, £79"), not a chapter's start."""
    if c.folded_before.rstrip()[-1:] not in ("–", "—", "-"):
        return False  # the cheap test first: no dash after the item's name
    line_end = c.text.find("\n", c.end)
    line_end = len(c.text) if line_end < 0 else line_end
    if not any(c.text.find(mark, c.end, line_end) >= 0 for mark in _PRICE_MARKS):
        return False  # the cheap test first: most lines name no price
    line_start = c.text.rfind("\n", 0, c.bare) + 1
    if not _NAMED_ITEM_BEFORE.fullmatch(c.text, line_start, c.bare):
        return False
    return _PRICE_LATER.match(c.text, c.end, line_end) is not None and not footage_word(c.text, line_start, line_end)


# The event whose own clock a time is told on: "2:41 after liftoff", "12:05 after kick-off" (not "after the cut").
_EVENT_CLOCK_AFTER = re.compile(
    r"\s+after\s+(?:(?:the|its|her|his|their)\s+)?(?:lift-?off|launch|take-?off|ignition|kick-?off|tip-?off|"
    r"touchdown|start(?:ing)?\s+gun|gun|whistle|opening\s+bell|bell)\b", _I)
# A speedrun's category just before its time: "Moth Valley 100% – ", "fastest any% today was ", "glitchless – ".
_RUN_CATEGORY_BEFORE = re.compile(
    r"(?:(?<![\w])(?:any|low|all|\d{1,3})\s?%|\b(?:glitchless|RTA|IGT)\b)[^\n.;!?\d%]{0,25}$", _I)
# A time credited to who set it, ending its line: "41:07.3 by kestrel", "18:02.9 by ovi (world record!)".
_CREDITED_RUN_AFTER = re.compile(
    r"[^\S\n]+by[^\S\n]+(?!(?:the|a|an|this|that|then|now|which|its|his|her|their|our|my|your|me|us|him|them|"
    r"clicking|using|skipping|going|scrolling|default)\b)[\w.'’-]+[^\S\n]*(?:\(|$)", _I | re.MULTILINE)
# A timing: "my partner timed it: ", "I timed them at ", "clocked it at " (not a cue "timed 00:21:47,300 --> ...").
_TIMED_BEFORE = re.compile(
    r"\b(?:timed|clocked)\s+(?:it|them|this|him|her|me|us|(?:the|my|our|his|her)\s+[\w'’-]+)"
    r"\s*(?::|,|\s+at|\s+in)?\s*(?:(?:about|around|roughly|just\s+over|just\s+under)\s+)?$", _I)
# A measure as it used to be, and as it is now: "used to be 2:50 when new", "used to be 1:10 for one, now it's ".
_USED_TO_BEFORE = re.compile(
    r"\bused\s+to\s+(?:be|take)\s+(?:[^.;!?\n]{0,50}\bnow\s+(?:it['’]s|it\s+is|it\s+takes|takes)\s+)?"
    r"(?:(?:about|around|roughly|just|only)\s+)?$", _I)
# A test's time for an amount: "3:55 for a litre", "4:30 for a full jug", "1:32 per 100 m".
_PER_AMOUNT_AFTER = re.compile(
    r"\s+(?:for|per)\s+(?:a|an|one|half\s+a|\d+(?:[.,]\d+)?)\s*(?:(?:full|whole|single)\s+)?"
    r"(?:litres?|liters?|l|ml|kg|kilos?|cups?|mugs?|jugs?|pots?|kettles?|pints?|gallons?|km|kilomet(?:re|er)s?|m|"
    r"metres?|meters?|miles?|laps?|lengths?|reps?|loads?|batch(?:es)?)\b", _I)
# A racer's time or split told before it: "His time up the final climb, ", "Her split at the 80 km aid station was ".
_RACER_TIME_BEFORE = re.compile(
    r"\b(?:(?i:his|her|their|my|our)|[A-Z][\w-]*['’]s)\s+(?i:(?:winning|finishing|fastest|best|final|race)\s+)?"
    r"(?i:time|split)\b(?![\s-]+(?:stamp|code|zone|line|of\s+day))[^.;!?\n:]{0,50}?(?:,|\b(?:was|is|of|in))\s+$")
# A finisher coming in, with a time to the second: "came in at ", "came home in ".
_FINISHED_AT_BEFORE = re.compile(r"\b(?:came|comes|come|coming)\s+(?:home|in)\s+(?:at|in)\s+$", _I)
# A race's half passed: "pulls the leaders through halfway in ", "through the half in ".
_THROUGH_HALF_BEFORE = re.compile(r"\bthrough\s+(?:halfway|half-way|the\s+half(?:way)?(?:\s+mark)?)\s+in\s+$", _I)
# A position's preposition before a time, maybe hedged: "at about ", "from ", "and " (a bare hedge is no position:
# "Brew time is about 4:30").
_PLACED_BEFORE = re.compile(
    r"(?<![\w])(?:at|from|to|until|till|between|and|or|then|@)\s+(?:the\s+)?(?:(?:about|around|roughly)\s+)?$|&\s*$",
    _I)
# What timed it: "3:40 by my stopwatch", "2:10 on the kitchen timer".
_TIMER_AFTER = re.compile(
    r"\s+(?:by|on|with|according\s+to)\s+(?:my|the|a|his|her|our|their)\s+(?:[\w'’-]+\s+)?(?:stop-?watch|timer)\b", _I)
# A task's time named as such: "Boil time from cold was ", "charging time: ", "render time is about ".
_TASK_TIME_BEFORE = re.compile(
    r"\b(?:boil(?:ing)?|brew(?:ing)?|charg(?:e|ing)|load(?:ing)?|render(?:ing)?|cook(?:ing)?|heat-?up|boot|"
    r"download|export|install|build|compile)\s+times?\b[^.;!?\n\d]{0,30}?(?:\b(?:was|is|were|are|of)\s+|:\s*)"
    r"(?:(?:about|around|roughly|just\s+over|just\s+under)\s+)?$", _I)
# A timer's or a limit's setting: "the fight timer is 3:00", "time limit of 10:00", "the round timer set to 5:00".
_TIMER_SET_BEFORE = re.compile(
    r"\b(?:timer|time\s+(?:limit|cap|allowance))\b[^.;!?\n\d]{0,20}?(?:\b(?:is|was|of|set\s+to)\s+|['’]s\s+|:\s*)"
    r"(?:(?:only|just)\s+)?$", _I)
# The task the time is what it takes: "3:40 to boil", "1:10 to load" (not "from 2:10 to 3:40", a range).
_TASK_AFTER = re.compile(
    r"\s+to\s+(?:boil|brew|charge|heat\s+up|heat|cook|bake|load|render|export|finish|complete|pitch|build|install|"
    r"download|upload|dry|cool|defrost|reboot|boot|start\s+up|fill|empty|pump)\b", _I)
# A song's length told with "is": "track 2 is ", "The album closer was ", "the closer, "Ash", is ".
_PLAYED_IS_BEFORE = re.compile(
    rf"\b(?:{PLAYED_THING}|closer|opener)s?(?:\s+(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten))?"
    rf"(?:\s*,\s*[\"“'‘][^\"”’\n]{{1,40}}[\"”’]\s*,)?\s+"
    rf"(?:is|was|runs|ran|lasts|lasted|clocks\s+in\s+at)\s+(?:(?:about|around|roughly|nearly|almost|just\s+over|"
    rf"just\s+under)\s+)?$", _I)
# A run's distance as the label of its time: "My 5K this morning: ", "Half marathon: ", "parkrun - ".
_DISTANCE_LABEL_BEFORE = re.compile(
    r"(?:\b\d{1,3}(?:[.,]\d)?\s?(?:k|km|mi|miles?)\b|\b(?:half[\s-])?marathon\b|\bparkrun\b)"
    r"(?:\s+(?!(?:at|in|into|of|video|clip|footage|stream)\b)[\w'’-]+){0,3}\s*(?::|[–—-])\s*$", _I)
# A setting the time is on: "3:10 on the quick setting", "2:30 on high mode".
_ON_SETTING_AFTER = re.compile(r"\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:setting|mode|program(?:me)?|cycle)\b", _I)
# An amount done in the time: "0.8 l in ", "two cups in ".
_AMOUNT_IN_BEFORE = re.compile(
    r"\b(?:\d[\d.,]*|one|two|three|four|a)\s?(?:l|litres?|liters?|ml|cups?|mugs?|pints?|kg|lbs?)\s+in\s+$", _I)
# An item's name and a dash before its time, at the start of a list line: "3. Pellow Classic – ".
_NAMED_ITEM_BEFORE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+[^\n:]{1,40}?[ \t][–—-][ \t]*")
_PRICE_MARKS = ("£", "$", "€", "EUR", "USD", "GBP", "eur", "usd", "gbp")
# A price later in the line, after a comma: "4:12, but keeps warm for 30 min, £79".
_PRICE_LATER = re.compile(r"[^\n]*?,[^\n]*?(?:[£$€]\s?\d|\d\s?(?:EUR|USD|GBP)\b)", _I)


def _played_or_set(c: _Clock) -> str | None:
    """Time spent playing or at a setting, and a record with the date it was set."""
    if _PLAYING_TIME_AFTER.match(c.after) or (
            c.folded_before.endswith("for ") and _SETTING_FOR_BEFORE.search(c.before)):
        # (and "Low for 8 h or high for 4:30", "microwave on full power for 2:30": how long at a setting)
        return "duration"  # "24 points in 31:12 of playing time", "3:40 of ice time": time a player was on
    if _RECORD_SET_AFTER.match(c.after):
        return "race time"  # "Kaskade's world-record run (41:09.33, set 2 June 2026)": a record and when it was set
    return None


# A speedrun's category after its time: "1:42:18 any%", "58:10 glitchless".
_RUN_CATEGORY_AFTER = re.compile(r"\s*(?:(?:any|low|all|\d{1,3})\s?%|(?:RTA|IGT|glitchless)\b)", _I)
# A personal or world best, a "sub" target, a split's label just before: "new PB!! 1:42:18", "finally sub 1:43",
# "gold split on the last level, 12:31" (not "the split screen, 12:31").
_RUN_LABEL_BEFORE = re.compile(
    r"\b(?:PBs?|PRs?|WRs?)\s*[!?.:]*\s*$|\b(?:finally|a|go|went|going|got|get|gets|run|ran|runs)\s+sub\s*$"
    r"|\b(?:gold\s+|best\s+)?splits?\b(?!\s*-?screen)[^.;:!?\d\n]{0,40},\s*$", _I)
# One of these is in every _RUN_LABEL_BEFORE match (tests/test_moments_gates.py).
_RUN_LABEL_STEMS = any_stem(("pb", "pr", "wr", "sub", "split"))
# A time at a distance, after a splits label: "His splits: 14:52 at 5 km and 1:02:40 at halfway".
_SPLIT_AT_AFTER = re.compile(
    r"\s+at\s+(?:the\s+)?(?:\d[\d,.]*\s?(?:km|k|mi|miles?|m)\b|halfway|half-way|half\b|(?:\d+(?:st|nd|rd|th)\s+)?"
    r"(?:km|kilomet(?:re|er)|mile)\b)", _I)


def _period_clock(c: _Clock) -> bool:
    """"Q4 0:04: Holt at the line, 88:87": a game clock after a period's label, in play-by-play (a score
    follows in the sentence)."""
    return c.ends(_PERIOD_LABEL_BEFORE, 12) and _SCORE_PAIR.search(c.text, c.end, c.e) is not None


_PERIOD_LABEL = re.compile(
    r"(?<![\w-])(?:Q[1-4]|OT\d?|[1-4](?:st|nd|rd|th)\s+(?:[Qq]uarter|[Hh]alf|[Pp]eriod))(?![\w-])")
_PERIOD_LABEL_BEFORE = re.compile(_PERIOD_LABEL.pattern + r"[ \t]*[,:–-]?[ \t]*$")
_PLAY_BY_PLAY_OPENING = re.compile(rf"\s*{_PERIOD_LABEL.pattern}[ \t]+{TC_TEXT}(?!\s*(?:-|–|to)\s*\d)\D[^\n]*$")
_SCORE_PAIR = re.compile(r"(?<![\d:])(?:\d{2,3}\s?:\s?\d{2,3}|\d{1,3}\s?[–-]\s?\d{1,3})(?![\d:])")


def _ranked_result(c: _Clock) -> bool:
    """"Results, Dublin Marathon: 1. Kiplagat 2:08:41; 2. Murphy 2:09:05": a time after a rank and a name, in a
    paragraph that names results before them (a numbered chapter list, "1. Intro 0:00; 2. Setup 1:30", names
    none). The ranks may split the sentence ("1." ends one), so the words before it are read."""
    rank = _RANKED_NAME_BEFORE.search(c.text, max(0, c.bare - NEAR_CHARS), c.bare)
    return rank is not None and _RESULTS_WORD.search(c.text, _paragraph_start(c.text, rank.start()),
                                                     rank.start()) is not None


# "1. Kiplagat 2:08:41", "2. Murphy (IRL) +0:24": a rank, a name (a team or a country after it), a time or a gap.
_RANKED_NAME_BEFORE = re.compile(
    r"(?:^|[\s;,:(])\d{1,2}[.)]\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+\([\w .'’-]{2,30}\))?,?\s+\+?$")
_RESULTS_WORD = re.compile(
    r"\b(?:results?|standings|classification|leaderboard|finishers|finishing\s+order|podium|placings)\b", _I)
_BY_BEFORE = re.compile(r"\bby\s+$", _I)
# "(leads) by 1:03 over Kenji Mori": a margin over a named rival.
_MARGIN_OVER_AFTER = re.compile(r"\s+(?:over|from|on|ahead\s+of)\s+(?-i:[A-Z])", _I)
# "his personal best to the summit, set in a hill race in 2004, is 1:52:30": a best time, then the time.
_BEST_IS_BEFORE = re.compile(
    r"\b(?:personal\s+best|PB|PR|(?:course|world|national|club|age-group|track)\s+record|"
    # a person's best time, not "the best time to watch is 2:40"
    r"(?:(?:his|her|their|my|our|your|\w+['’]s)\s+(?:best|fastest)|finishing|winning)\s+time)\b"
    r"(?:[^.;!?]{0,70}?\b(?:is|was|stands\s+at|remains|of)\s+|\s*:\s*)$", _I)
_BEST_STEMS = any_stem(("best", "pb", "pr", "record", "time"))
# A margin of a result: "a course record by 0:48", "won the stage by 1:07", "lowered her own best by 0:21" (but "by
# 3:15 the riders ..." is a position, and so is "breaks the record by 2:40 in the broadcast").
_WON_BY_BEFORE = re.compile(
    r"\b(?:records?|PBs?|PRs?|best|won|wins?|winning|beat|beats|beaten|lowered|lowers|broke|breaks|broken|improved|"
    r"improves|bettered|missed|misses|lost|loses|faster|slower|quicker|ahead|behind|clear)"
    r"(?:\s+(?:the|a|an|his|her|their|its|my|our|own|old|previous|personal|course|world|national|meet|stage|race|"
    r"field|time|cut-?off|mark|(?-i:[A-Z])[\w'’.-]*)){0,3}\s+by\s+$", _I)
# One's own best on a route, then its time: "My Strava best on the canal loop is 41:07", "Her PB for the 5K stands
# at 19:04" (not "my best guess is 4:10", nor "the best part is 2:40").
_OWN_BEST_BEFORE = re.compile(
    r"\b(?:his|her|their|my|our|your|\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:best|PB|PR|record)"
    r"(?:\s+(?:time\s+)?(?:on|over|for|up|down|around|across|from|to|in|at)\s+[^.;:!?\d]{0,50}?)?"
    r"\s*(?:(?:is|was|stands\s+at|stood\s+at|remains|of)\s+|:\s*)$", _I)


def _won_by(c: _Clock) -> bool:
    """A result's margin after "by"."""
    return c.ends(_WON_BY_BEFORE, 70) and not _IN_MEDIA_AFTER.match(c.after) and not _INTO_AFTER.match(c.after)


def _own_best(c: _Clock) -> bool:
    """Someone's best time on a route or a distance."""
    return c.ends(_OWN_BEST_BEFORE, 80) and not _IN_MEDIA_AFTER.match(c.after) and not _INTO_AFTER.match(c.after)
# "to run Sydney in under 4:30": done within a time.
_IN_UNDER_BEFORE = re.compile(
    r"(?<![\w])(?:in\s+(?:just\s+)?(?:under|less\s+than|below|sub-?|more\s+than)"
    # a target: "wants to go under 2:30", "can break 2:28", "a sub-3:00", "her target time of 3:15"
    r"|(?:go|get|dip|run|finish|come\s+in)\s+under|break(?:s|ing)?|sub-|(?:target|goal)(?:\s+time)?\s+(?:of|is|was|:)"
    # a place and its time: "Murphy was second in 2:09:05"
    r"|(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)|runner-up|last)\s+(?:place\s+)?in"
    # a win and its result, then how long it took: "won 6–3, 7–6(4) in 1:58", "beat Leeds 3-1 in 1:41:10"
    r"|(?:won|wins|beat|beats|defeated|edged|clinched|sealed|closed\s+out)\b[^.;!?\n]{0,30}?\d[^.;!?\n]{0,20}?\s+in)"
    r"\s*$", _I)
# How every _IN_UNDER_BEFORE match ends, casefolded, without the spaces after (tests/test_moments_gates.py).
_IN_UNDER_TAILS = ("under", "than", "below", "sub-", "sub", "break", "breaks", "breaking", "of", "is", "was", ":", "in")


def _break_span(c: _Clock) -> bool:
    """"[AD BREAK 00:07:20–00:09:05]", "the ad break 1:12-2:05": a range told right after "break" is the break's
    stretch, not a target a runner breaks (that is one time: "can break 2:28")."""
    return c.folded_before.rstrip().endswith("break") and _RANGE_SEP.search(c.text, c.bare, c.end) is not None


def _metadata_item(c: _Clock) -> bool:
    """"Episode 87 · 1:01:14 · Recorded 14 Nov 2026": a time standing alone as an item of a line of items set
    apart by middle dots, bullets or bars (not a table row, no other time on the line) is the running time
    the line lists."""
    text = c.text
    if not _ITEM_SEP_AFTER.match(text, c.end):
        return False
    line = max(c.b, text.rfind("\n", c.b, c.begin) + 1)  # the line, within the sentence
    stop = text.find("\n", c.end, c.e)
    stop = c.e if stop < 0 else stop
    if text[line:c.begin].lstrip().startswith("|") or len(TIMECODE.findall(text, line, stop)) != 1:
        return False
    if _chapter_column(text, c.begin, c.end):
        return False
    if _ITEM_SEP_BEFORE.search(text, max(c.b, c.begin - 12), c.begin):
        return True
    # The first item: "48:12 · 1.2M views · 3 days ago", of three items or more, in no list of timed lines.
    listed, _, next_entry = _time_lines_around(text, line, c.end)
    return not text[line:c.begin].strip() and len(_ITEM_SEP_ANY.findall(text, c.end, stop)) >= 2 \
        and not listed and next_entry is None


# How many lines above a listed time, and how far into each, are read for the column it stands in.
_COLUMN_LINES = 60
_COLUMN_LINE_CHARS = 200


def _chapter_column(text: str, begin: int, end: int) -> bool:
    """"Part 1 | 00:00:00 | Welcome" then "Part 2 | 00:06:45 | ..." on the lines below: the time is zero, or the
    lines above this one each set a time apart by separators, from zero upward to this one, so they list
    chapters, not one line's running time ("Ep 3 · 47:10 · Nov" over "Ep 4 · 51:02 · Dec" lists lengths: no
    zero opens it)."""
    last = _whole_seconds(TIMECODE.match(text, begin))
    if last == 0:
        return True  # no running time is zero: the column's first chapter
    for above, end in lines_above(text, text.rfind("\n", 0, begin) + 1, _COLUMN_LINES):
        found = next((m for m in TIMECODE.finditer(text, above, min(end, above + _COLUMN_LINE_CHARS))
                      if _ITEM_SEP_BEFORE.search(text, max(above, m.start() - 12), m.start())
                      and _ITEM_SEP_AFTER.match(text, m.end())), None)
        if found is None:
            return False
        seconds = _whole_seconds(found)
        if seconds >= last:
            return False
        if seconds == 0:
            return True
        last = seconds
    return False


_ITEM_SEP = r"(?:[·•|]|&middot;|&bull;|&#183;)"
_ITEM_SEP_ANY = re.compile(_ITEM_SEP)
_ITEM_SEP_BEFORE = re.compile(rf"{_ITEM_SEP}[ \t]*$")
_ITEM_SEP_AFTER = re.compile(rf"[ \t]*{_ITEM_SEP}")


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


_CONTAINS_AFTER = re.compile(r"\s+(?:has|have|holds|contains|includes|features|packs|puts|shows)\b", _I)
_SUBJECT_BEFORE = re.compile(
    r"\s*(?:(?:The|A|An|This|That|Our|Their|Its|His|Her)\s+|[A-Z][\w’'-]*['’]s?\s+)(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*")


def _time_lines_around(text: str, line: int, end: int) -> tuple[bool, int, re.Match[str] | None]:
    """Around the line starting at ``line`` (and holding ``end``): whether the line above opens with a time,
    where the line below starts (0 if not near) and its opening time's match (None if it opens with none)."""
    above = text.rfind("\n", max(0, line - 1 - CHAPTER_LINE_CHARS), line - 1) + 1 if line else -1
    listed = line > 0 and (above > 0 or line - 1 <= CHAPTER_LINE_CHARS) \
        and _OPENS_WITH_TIME.match(text, above, line) is not None
    below = text.find("\n", end, end + CHAPTER_LINE_CHARS) + 1
    return listed, below, _OPENS_WITH_TIME.match(text, below) if below > 0 else None


def _whole_seconds(m: re.Match[str] | None) -> int:
    """Whole seconds of a TIMECODE match (for putting times in order)."""
    if m is None:
        return 0
    if m.group("h") is not None:
        return int(m.group("h")) * 3600 + int(m.group("hm")) * 60 + int(m.group("hs"))
    return int(m.group("m")) * 60 + int(m.group("s"))


# How long a chapter entry's line may be (a title is short; a longer line is prose).
CHAPTER_LINE_CHARS = 160
# The entry's time may be wrapped: "**2:15**", "`2:15`", "[2:15]", "<strong>2:15</strong>", '<a href="?t=135">2:15</a>'.
_INLINE_TAGS = r"(?:strong|b|em|i|a|time|code|span)"
_OPENS_WITH_TIME = re.compile(
    rf"[ \t]*(?:[-*•>|][ \t]*)*(?:\*\*|__|`|\[|\(|<{_INLINE_TAGS}\b[^<>]{{0,80}}>){{0,2}}{TIMECODE.pattern}"
    rf"(?:\*\*|__|`|\]|\)|</{_INLINE_TAGS}>){{0,2}}[ \t\u00a0\u202f]")
# The title may open in lower case ("12:02 wireless pack battery: ...") or after an HTML dash entity.
_CHAPTER_ENTRY = re.compile(
    _OPENS_WITH_TIME.pattern + r"[ \t\u00a0\u202f]*(?:(?:[-–—:|]|&[nm]dash;|&#82(?:11|12);)[ \t\u00a0\u202f]*)?"
    r"[^\W_][^\n]*$")
# A second entry on the line: "0:12 Convoy enters; 0:40 truck stops" (not "(400 nits, 16:10 panel)").
_NEXT_ENTRY_BEFORE = re.compile(r"[;|·•–—,][ \t]*$")
_AT_POSITION_BEFORE = re.compile(
    r"(?<![\w])(?:at|from|to|until|till|between|around|about|roughly|and|or|then|@)\s+(?:the\s+)?$|&\s*$", _I)
# "2:10 in, you can see": an offset said with a bare "in" that ends the clause (not "9h40m in my test").
_IN_CLAUSE_END_AFTER = re.compile(r"\s+in\s*(?:[,;.:!?)]|$)", _I)
# An offset whose quote says it is into the footage: "00:31:02 MODERATOR: ... three minutes and eight seconds in,".
_SAID_IN_QUOTE = re.compile(r"\s(?:in|into)(?:\s[^\n]*)?$", _I)
_RULES = (_cue_time_in_cues, _into_recording, _recording_clock,
          _not_a_time, _footage_length, _zero_hour, _frame_count, _stated_world_time,
          _world_event, _position_shape, _chapter_entry, _day_words, _world_report, _past_narration)


# Every pattern run only when ``_Clock.may_end`` finds one of its stems (tests/test_moments_gates.py).
GATED_BEFORE = (
    (_COST_BEFORE, _COST_STEMS), (_OWN_BEST_BEFORE, _BEST_STEMS), (_LIMIT_BEFORE, _LIMIT_STEMS),
    (_ONSCREEN_CLOCK, _ONSCREEN_STEMS), (_CLOCK_NEAR, _CLOCK_NEAR_STEMS), (_GAME_BEFORE, _GAME_STEMS),
    (_RACE_BEFORE, _RACE_STEMS), (_DISTANCE_IN_BEFORE, _DISTANCE_STEMS), (_SCORE_BEFORE, _SCORE_STEMS),
    (_FINISHER_IN_BEFORE, _DISTANCE_STEMS),
    (_RATIO_BEFORE, _RATIO_STEMS), (_TOD_BEFORE, _TOD_STEMS), (_PUBLISH_BEFORE, _PUBLISH_STEMS),
    (_DATELINE_BEFORE, _DATELINE_STEMS), (_SPLIT_BEFORE, _SPLIT_STEMS), (_KEPT_UNDER_BEFORE, _KEPT_UNDER_STEMS),
    (_BEST_IS_BEFORE, _BEST_STEMS),
    (_CHANGED_BEFORE, _CHANGED_STEMS), (_LISTED_SLOT_BEFORE, _LISTED_STEMS),
    (_BILLED_BEFORE, _BILLED_STEMS), (_PLAYBACK_OBJECT_BEFORE, _PLAYBACK_STEMS),
    (_PLAYBACK_REQUEST_BEFORE, _PLAYBACK_STEMS),
    (_PLAYBACK_BY_PERSON_BEFORE, _PLAYBACK_STEMS), (_NAVIGATED_BEFORE, _NAVIGATE_STEMS),
    (_AIRED_BEFORE, _AIRED_STEMS), (_RECESS_BEFORE, _RECESS_STEMS), (_LIFE_EVENT_BEFORE, _LIFE_STEMS),
    (_MEASURE_BY_BEFORE, _MEASURE_STEMS),
    (_SHOWS_AT_BEFORE, _SHOWS_STEMS), (_SHUT_STATE_BEFORE, _SHUT_STEMS),
    (_SHOWINGS_BEFORE, _SHOWINGS_STEMS), (_LOCAL_TIME_BEFORE, _LOCAL_STEMS), (_STAMPS_BEFORE, _STAMP_VERB_STEMS),
    (_DEADLINE_BEFORE, _DEADLINE_STEMS), (_SHIFT_BY_BEFORE, _SHIFT_STEMS),
    (_STARTED_RECORDING_BEFORE, _STARTED_RECORDING_STEMS), (_BYLINE_BEFORE, _BYLINE_STEMS),
    (_PROGRAMME, _PROGRAMME_STEMS),
)
