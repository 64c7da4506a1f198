"""Marks and spans named by a unit ("the minute mark", "in the first minute", "twenty-seven seconds
past the two-minute mark"), and a match's result that makes its "final minute" the match's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotate.moments.compiled import regex
from annotate.moments.exclusions import footage_word
from annotate.moments.forms.candidate import (
    _FOOTAGE_FILE,
    LEADING_UNIT,
    Candidate,
    _of_media,
    length_said_after,
    parse_timecode_text,
)
from annotate.moments.hedges import hedge_before
from annotate.moments.numbers import parse_duration, word_number
from annotate.moments.patterns import (
    DRONE,
    DRONE_FLIGHT,
    DURATION,
    LENGTH_MEDIA,
    NUMBER,
    RECORDED_TALK,
    TC_TEXT,
    TIMECODE,
)
from annotate.timecode import ARTICLE_TIMECODE_FPS

# After "the first N seconds": "of the video" keeps it footage; "after the storm" makes it an event.
_AFTER_OTHER_EVENT = regex(
    # (a length's first unit ahead of the words: "of the 2 hour 40 minute programme")
    rf"^\s+(?:after|following|since|before|of\s+(?!(?:(?:the|this|that|its|his|her|their)\s+)?{LEADING_UNIT}"
    # (a person's recording named with their rank and name: "of Deputy Karl Engstrom's body camera" (round 77))
    rf"(?:[\w'’:.-]+[\s-]+){{0,2}}(?:(?-i:[A-Z])[\w'’.-]*['’]s[\s-]+)?"
    # (or a copy of one, or a work by its quoted title: "of the Cam 7 export", "of ‘Owambe’")
    # (or its length named as such: "of its 47-minute running time")
    # (and one cut of highlights: "in the final two minutes of the 14-minute highlight" (round 92))
    # (a Scottish court's numbered exhibit: "in the final 40 seconds of Production 3" (round 109))
    # (a restored film named as such: "In the last minute of the restoration" (round 59))
    rf"(?:{_FOOTAGE_FILE}|{RECORDED_TALK}|{LENGTH_MEDIA}|package|bulletin|show|special|exports?|exhibit|copy|highlight|"
    r"restorations?|remasters?|"
    # (and said again as "the production", ending its phrase: "The critical passage is in the last 40 seconds of the
    # production." after "lodged the harbour CCTV as Production 7/3, a single file of 11 minutes 40 seconds" (round
    # 112); not "of the production team")
    r"production(?=[\s-]+(?:no\.?\s*)?\d)|(?<=the\s)production(?=\s*[.,;:)!?]|\s+(?:is|was|shows?|showed)\b)|"
    rf"running\s+time(?!\s+of\b)|run-?\s?time(?!\s+of\b)|cam(?:era)?[\s-]*#?\d{{1,2}}"
    # (the original of a copy, said alone: "within the first twenty seconds of the original", not "original plan")
    # (its clause may end there, the next opening with a determiner or a pronoun: "In the final 20 seconds of the
    # original the uploader's own voice can be heard" (round 174))
    r"|original(?![\s-]+(?!(?:and|or|but|is|was|where|which|while|when|so|as|the|an?|his|her|its|their|this|these|"
    r"those|he|she|it|they|we|you|one|someone|there)\b)[a-z]))\b"
    # (or what a video holds before its content: "skip the first 3 minutes of sponsor stuff", "of ads")
    r"|(?:sponsor\w*|ads|adverts?|advertising|promos?|intros?|preamble|rambling|waffle|waffling|filler|"
    r"dead\s+air|buffering|loading\s+screens?|black\s+screen)\b"
    r"|[\"“‘][^\"“”‘’\n]{1,40}[\"”’](?![\w'’])"
    # (or a media file by its name, maybe as code: "In the first 10 minutes of `ep41.mp3` the timestamps are fine"
    # (round 178), "the last 30 seconds of IMG_2207.MOV")
    r"|`?[\w-]+(?:\.[\w-]+)*\.(?:mp4|mov|mkv|avi|m4v|webm|wmv|mts|wav|mp3|m4a|aac|flac|ogg)(?![\w.-])))",
    re.IGNORECASE,
)

def other_event_after(after: str, first: bool) -> bool:
    """Whether the words ``after`` a first or last stretch tie it to another event ("the first 10 seconds after the
    storm", "the final minute before kick-off"); not the watcher's own act after a first stretch: "she had only looked
    at the first two minutes before deciding" (round 137), the first minutes of the footage, watched before she did
    something (no event's first minutes lie before it)."""
    return _AFTER_OTHER_EVENT.match(after) is not None and not (first and _BEFORE_DOING.match(after) is not None)


# "before" and a gerund, the watcher's act: "before deciding", "before switching off" (not "before morning").
_BEFORE_DOING = regex(r"\s+before\s+(?!(?:morning|evening|spring|wedding|nothing|anything|something|everything)\b)"
                      r"[a-z]+ing\b", re.IGNORECASE)

# "the final minute of it": the footage named in the sentence or the one before, by a pronoun ("A nine-minute
# highlights package is out. The proposal is in the final minute of it.").
_OF_IT = regex(r"\s+of\s+(?:it|this\s+one|that\s+one)(?![\w'’])", re.IGNORECASE)
# ... or "it" said just before as a thing filmed or posted: "I asked Declan why he filmed it ... He has never posted
# it. He played me the last ten minutes of it" (round 51: the recording named a paragraph back).
_RECORDED_IT = regex(r"\b(?:filmed|recorded|videoed|posted|uploaded|streamed|livestreamed|edited|screened|"
                     r"rewatched|re-watched)\s+(?:it|this\s+one|that\s+one)\b", re.IGNORECASE)
# How far before its sentence the footage "it" stands for may be named.
REFERRED_FOOTAGE_CHARS = 200


def it_recorded_before(text: str, b: int) -> bool:
    """Whether "it" was said as a thing filmed or posted just before ``b`` (the sentence of a form "of it"): the
    pronoun stands for the recording last talked of ("He has never posted it. He played me the last ten minutes of
    it")."""
    return _RECORDED_IT.search(text, max(0, b - REFERRED_FOOTAGE_CHARS), b) is not None


def of_footage_named(text: str, b: int, e: int, at: int) -> bool:
    """Whether text[at:] opens "of it" (or "of this one") with footage named in the sentence [b, e) or just before
    it, or "of the sample" with footage named by that word just before ("My sample clip ... The final 30 seconds of
    the sample"): the span is that footage's, not another event's."""
    if _OF_IT.match(text, at, e) is not None:
        return footage_word(text, max(0, b - REFERRED_FOOTAGE_CHARS), e) or it_recorded_before(text, b)
    if _of_titled_work(text, at, e):
        return True
    if _OF_DRONE_FLIGHT.match(text, at, e) is not None:
        # "In the final 20 seconds of the flight", a drone named before: its flight is its recording (round 156)
        return _DRONE_NAMED.search(text, max(0, at - DRONE_FLIGHT_CHARS), at) is not None
    named = _OF_THE_WORD.match(text, at, e)
    return named is not None and _modifies_footage_before(text, named.group(1).casefold(), named.start())


# "of the flight", "of her second survey flight" (not "of the flight to Lagos").
_OF_DRONE_FLIGHT = regex(rf"\s+of\s+(?:the|this|that|its|his|her|their|our|my)\s+(?:[\w'’-]+\s+){{0,2}}?"
                         rf"{DRONE_FLIGHT}\b(?!\s+(?:to|from)\b)", re.IGNORECASE)
_DRONE_NAMED = regex(DRONE, re.IGNORECASE)
# How far before the flight the drone may be named.
DRONE_FLIGHT_CHARS = 1500


# "of" and a name in title case: "of The Salt Line", "of Brightwater" (small words inside: "of Return of the Tide").
_OF_TITLE = regex(r"\s+of\s+(?P<name>(?-i:[A-Z])[\w'’-]*(?:[^\S\n]+(?:(?:of|the|a|an|and|in|on|at)[^\S\n]+)*"
                  r"(?-i:[A-Z])[\w'’-]*){0,4})(?![\w'’-])")
# What a work's name is told with, right after it: its bracket ("Signal (47 min)", "The Salt Line (2004)") or its
# verb of running ("Brightwater runs 1 hr 20 min").
_TOLD_AS_WORK = regex(r"[^\S\n]*\((?=[^()\n]{0,30}\d)|[^.;!?\n]{0,30}?\b(?:runs|lasts|clocks\s+in)\b", re.IGNORECASE)


def _of_titled_work(text: str, at: int, e: int) -> bool:
    """Whether text[at:] opens "of" and a title ("the last three minutes of The Salt Line") that the text named
    before as a work, with its bracket or its verb of running: the span is that work's, not a day's or a match's."""
    m = _OF_TITLE.match(text, at, e)
    if m is None:
        return False
    name = m.group("name")
    found = text.rfind(name, 0, m.start("name"))
    while found >= 0:
        if _TOLD_AS_WORK.match(text, found + len(name)):
            return True
        found = text.rfind(name, 0, found)
    return False


def _modifies_footage_before(text: str, word: str, at: int) -> bool:
    """Whether ``word`` stands right before a footage noun within MODIFIER_CHARS before ``at`` ("sample clip",
    "drone footage"): the footage the word alone names later."""
    lo = max(0, at - MODIFIER_CHARS)
    low = text[lo:at].casefold()
    found = low.find(word)
    while found >= 0:
        if (found == 0 or not low[found - 1].isalnum()) and _FOOTAGE_NOUN_AFTER.match(text, lo + found + len(word)):
            return True
        found = low.find(word, found + 1)
    return False


# "of the sample": a work called by one word, maybe a word that named footage before.
_OF_THE_WORD = regex(r"\s+of\s+the\s+([a-z][\w'’-]*)(?![\w'’-])", re.IGNORECASE)
_FOOTAGE_NOUN_AFTER = regex(rf"[ \t-]+{LENGTH_MEDIA}\b", re.IGNORECASE)
# How far before its sentence footage called by one of its words may be named.
MODIFIER_CHARS = 600


_THE_UNIT = regex(
    r"(?<![\w])(?:the|its|(?:the\s+)?[\w-]+['’]s)\s+(?:very\s+)?(?P<which>first|opening|last|final|closing)\s+"
    # (and a share of one more: "the last minute and a half", "In the last minute and a quarter of the clip" (round
    # 99), "the final hour and three quarters")
    r"(?P<u>minute|hour|half[\s-]minute|second|half[\s-]hour)\b"
    r"(?P<half>\s+and\s+(?:a\s+(?:half|quarter)|three[\s-]quarters))?",
    re.IGNORECASE,
)
# What a unit's share after "and" adds to it: "and a half" 0.5, "and a quarter" 0.25, "and three quarters" 0.75.
_AND_SHARE = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}
# "at the minute mark", "the hour mark": one unit; "the hour-and-a-half mark", "the minute and a half mark": one and
# a half.
_UNIT_MARK = regex(r"(?<![\w-])(?P<u>minute|hour|half[\s-]hour)(?P<half>[\s-]+and[\s-]+a[\s-]+half)?[\s-]+mark\b",
                   re.IGNORECASE)
# "twenty-seven seconds past the two-minute mark": the mark plus (or minus) an offset.
_PAST_MARK = regex(
    rf"(?<![\w-])(?P<d>{DURATION})\s+(?P<dir>past|after|beyond|before|short\s+of|shy\s+of)\s+the\s+"
    rf"(?P<x>{TC_TEXT}|{DURATION}|minute|hour)[\s-]+mark\b",
    re.IGNORECASE,
)

_UNIT_SECONDS = {"minute": 60.0, "hour": 3600.0, "half hour": 1800.0}

# A match result: a score ("27-24", "2–1") or a verb of winning or scoring (a whole word: "won't spoil" wins nothing).
_GAME_RESULT = regex(
    r"(?<![\w:.-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\w:.-])|(?<![\w])"
    # (not its participle as an adjective after a determiner: "the final 20 seconds show the sealed nest", "a scored
    # line" (round 170))
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bthis\s)(?<!\btheir\s)"
    r"(?:won|beat|beating|clinched|sealed|scored|equali[sz]ed|snatched|grabbed)(?![\w'’])"
    # (and a side's score given away: "Our defence gave away two points in the last minute" (round 101), "they
    # conceded twice in the final ten minutes"; not a witness who "conceded that he ... scrubbed through only the
    # first ten minutes")
    r"|(?<![\w])(?:conceded|conceding|concedes|leaked|gave\s+away|giving\s+away|gives\s+away)\s+"
    r"(?:twice|three\s+times|(?:[\w-]+\s+){0,2}?(?:points?|goals?|tries|try|runs|penalt(?:y|ies)|baskets?|"
    r"touchdowns?|wickets?|free\s+kicks?))\b", re.IGNORECASE)


def game_span(text: str, b: int, e: int) -> bool:
    """The sentence tells a match's result and names no footage: its "final minute" is the match's, not the
    video's ("won 27-24 with a penalty in the final minute")."""
    return _GAME_RESULT.search(text, b, e) is not None and not footage_word(text, b, e)


def played_span(text: str, b: int, e: int, value: float) -> bool:
    """"The opening hour is a grim march through a burned monastery", "a swamp you'd seen in the first hour": in a
    game review, hours of a stretch are hours of play, not of any footage (the sentence names no footage and its
    paragraph names the game's play)."""
    if value < PLAYED_SPAN_MIN_SECONDS or footage_word(text, b, e):
        return False
    lo = max(text.rfind("\n\n", max(0, b - PLAYED_PARAGRAPH_CHARS), b), b - PLAYED_PARAGRAPH_CHARS, 0)
    hi = text.find("\n\n", e, e + PLAYED_PARAGRAPH_CHARS)
    return _PLAY_WORDS.search(text, lo, min(len(text), e + PLAYED_PARAGRAPH_CHARS) if hi < 0 else hi) is not None


# How long a stretch of play is (half an hour and more: "the first ten minutes" of a game stays open), and how far
# either side of it its paragraph's words are read.
PLAYED_SPAN_MIN_SECONDS = 1800.0
PLAYED_PARAGRAPH_CHARS = 600
# A video game's play: "the first boss", "forty minutes of play", "gameplay", "in-game", "checkpoints".
_PLAY_WORDS = regex(
    r"\b(?:(?:video\s*)?games?|gameplay|in-game|gamers?|playtime|(?:hours?|minutes?)\s+of\s+play|bosses|"
    # (a game's boss, not a gang's: "the first boss", "boss fights")
    r"(?:first|final|last|next|optional|secret|hidden|mini)[\s-]?boss|boss\s+(?:fights?|battles?|rush)|"
    r"quests?|checkpoints?|checkpointing|respawns?|NPCs?|side-?quests?|difficulty|"
    # a run through the game and the console it runs on: "my no-commentary playthrough", "(PS5, v1.02)"
    r"playthroughs?|play-throughs?|let['’]s\s+plays?|PS[2-5]|PlayStation\s*[2-5]?|Xbox(?:\s+Series\s+[XS])?|"
    r"Nintendo\s+Switch)\b", re.IGNORECASE)


# A verbless sentence that only names a stretch ("Finally, the last minute."), then the times that place it.
_HEADING_FRAGMENT = regex(r"\s*(?:(?:first|second|third|next|then|finally|lastly|last|now|and)\s*[,:]?\s*)?",
                               re.IGNORECASE)
_FRAGMENT_END = regex(r"\s*[.:!]?\s*$")
FRAGMENT_TIMES_CHARS = 120


def _unit_name(unit: str) -> str:
    """A unit as its table names it: "Half-hour" and "half\u2009hour" (any white space ``\\s`` took) are "half hour",
    "ſecond" (a long s, which IGNORECASE matches as "s") is "second"."""
    return " ".join(unit.casefold().replace("-", " ").split())


# A verdict on the pace of the opening stretch, ending its clause: "(for its first hour) it feels it", "(the first
# act's 40 minutes) drag a bit", "(the game's first hour) is a slog", "(the first three hours) are routine:". A
# reviewer's judgment of how the work's length is spent, no stretch anyone is sent to (not "the first ten
# seconds are slow motion", "the first minute is dark": what the footage shows there).
_PACE_JUDGED_AFTER = regex(
    r"(?:\s+of\s+(?:it|the\s+[\w'’-]+))?,?\s+(?:(?:it|this|that|the\s+[\w'’-]+)\s+)?"
    r"(?:(?:really|truly|definitely|honestly|frankly|rather|pretty|quite|kind\s+of|sort\s+of|mostly|largely)\s+)?"
    r"(?:(?:is|are|was|were|feels?|felt|seems?|seemed)\s+(?:(?:a|an|so|very|really|pretty|rather|quite|too|"
    r"painfully|deadly|incredibly|real|total|bit\s+of\s+a|something\s+of\s+a|largely|mostly|pure|just)\s+)*"
    r"(?:slog|slow|sluggish|plodding|boring|dull|tedious|routine|padding|filler|a\s+chore|chore|grind|drag|it|long|"
    r"overlong|interminable|endless)"
    r"|(?:drags?|dragged|plods?|plodded|crawls?|crawled|sags?|sagged)(?:\s+(?:a\s+bit|a\s+little|badly|on))?)"
    r"(?=\s*(?:[,.;:!?)\n—–]|$|(?:and|but|before|until|though)\b))",
    re.IGNORECASE)


def charged_time(text: str, pos: int, b: int, e: int, begin: int | None = None) -> bool:
    """Whether the span of time ending at ``pos`` (beginning at ``begin``, if given) is charged for, as a car park or
    a hire prices its first hour ("the first hour at the Station Road car park rises to £1.80", "first 30 minutes
    free", "£1.20 for the first hour"), in a sentence naming no footage: a tariff, not a stretch of the video."""
    return (_TARIFF_AFTER.match(text, pos, e) is not None
            or begin is not None and _PRICE_FOR_BEFORE.search(text, max(b, begin - 24), begin) is not None) \
        and not _OF_A_WORK_AFTER.match(text, pos, e) and not footage_word(text, b, e)


# A price, then "for" or "per", right before the span: "£1.20 for the first hour", "$5 for the first 30 minutes".
_PRICE_FOR_BEFORE = regex(r"(?:[£$€]\s?\d[\d.,]*|\b\d+p)\s+(?:(?:for|per)\s+)?$", re.IGNORECASE)


# The span said "of" a work ("the first 30 seconds of the advert"): a stretch of that work, whatever is priced in it.
_OF_A_WORK_AFTER = regex(r"\s+of\s+(?:the|this|that|its|an?|their|his|her)\s", re.IGNORECASE)
# A charge right after the span: a price, parking, a fee, or its being free (not a price by the month, week or year:
# "Skip the first 4 minutes — it's a sponsor read for a VPN at $3.49 a month" prices a subscription, not the span).
# (a car park or a parking lot named as a place is no charge: "The first 30 seconds are the approach over the car
# park" of a drone's footage (round 88); its price or its being free is)
_TARIFF_AFTER = regex(
    r"[^.;!?\n]{0,60}?(?:[£$€]\s?\d(?![\d.,]*\s*(?:a|an|per|/)\s*(?:month|year|week|mo|yr)\b)"
    r"|\b(?:parking(?!\s+(?:lot|area|garage|bay|space|structure|deck)s?\b)|costs?|charged?|fee|tariff|free)\b)",
    re.IGNORECASE)


def _unit_spans(text: str, b: int, e: int) -> Iterator[Candidate]:
    """"in the first minute", "in the final minute" (no number: one unit)."""
    for m in _THE_UNIT.finditer(text, b, e):
        unit = _unit_name(m.group("u"))
        value = {"minute": 60.0, "hour": 3600.0, "second": 1.0, "half minute": 30.0, "half hour": 1800.0}[unit]
        if m.group("half"):
            value *= 1.0 + _AND_SHARE[m.group("half").split()[-1].split("-")[-1].casefold()]
        first = m.group("which").lower() in ("first", "opening")
        if (other_event_after(text[m.end():e], first) and not of_footage_named(text, b, e, m.end())) or (
                first and (_PACE_JUDGED_AFTER.match(text, m.end(), e) or charged_time(text, m.end(), b, e, m.start()))):
            continue  # (and "for its first hour it feels it": the work's pace judged; the first hour's parking fee)
        span_begin = m.start()
        span_end = m.end() + _of_media(text[m.end():e])
        if span_end == m.end() and (game_span(text, b, e) or played_span(text, b, e, value)):
            continue  # "beating Millau 27-24 with a penalty in the final minute": the match's; or a game's hours
        if span_end == m.end() and _HEADING_FRAGMENT.fullmatch(text, b, m.start()) \
                and _FRAGMENT_END.match(text, m.end(), e) and TIMECODE.search(text, e, e + FRAGMENT_TIMES_CHARS):
            continue  # "Finally, the last minute. Watch it from 58:50 to 59:55": a heading the times after place
        hb = hedge_before(text, span_begin, b)  # "for roughly the first minute"
        if hb is not None and text[hb:span_begin].split()[0].lower() in ("over", "under"):
            hb = None  # "Over the first minute and a half": a preposition, not a hedge
        approx = hb is not None
        span_begin = hb if hb is not None else span_begin
        if m.group("which").lower() in ("first", "opening"):
            yield Candidate("range", span_begin, span_end, start=0.0, stop=value, granularity=value,
                            approximate=approx)
        else:
            own = length_said_after(text[m.end():e], span_end - m.end()) if span_end > m.end() else None
            yield Candidate("end_range", span_begin, span_end, tail=value, granularity=value, approximate=approx,
                            own_length=own[0] if own else None)  # "of the BBC clip, which runs 4:30"


def _unit_marks(text: str, b: int, e: int) -> Iterator[Candidate]:
    """"at the minute mark", "the hour mark"."""
    for m in _UNIT_MARK.finditer(text, b, e):
        value = _UNIT_SECONDS[_unit_name(m.group("u"))]
        granularity = value
        if m.group("half"):
            if value == _UNIT_SECONDS["half hour"]:
                continue  # "the half-hour and a half mark": no such mark
            value *= 1.5
        begin, approx = m.start(), False
        hb = hedge_before(text, begin, b)
        if hb is not None:
            approx, begin = True, hb
        yield Candidate("point", begin, m.end(), start=value, granularity=granularity, approximate=approx)


def _past_marks(text: str, b: int, e: int) -> Iterator[Candidate]:
    """"twenty-seven seconds past the two-minute mark": the mark plus (or minus) an offset."""
    for m in _PAST_MARK.finditer(text, b, e):
        offset = parse_duration(m.group("d"))
        x = m.group("x")
        base = parse_timecode_text(x, ARTICLE_TIMECODE_FPS) or parse_duration(x) or (
            (_UNIT_SECONDS[x.lower()], 1.0) if x.lower() in _UNIT_SECONDS else None)
        if offset is None or base is None:
            continue
        sign = 1.0 if m.group("dir").lower() in ("past", "after", "beyond") else -1.0
        value = base[0] + sign * offset[0]
        if value < 0:
            continue
        begin, approx = m.start(), False
        hb = hedge_before(text, begin, b)
        if hb is not None:
            approx, begin = True, hb
        yield Candidate("point", begin, m.end(), start=value, granularity=min(offset[1], base[1]),
                        approximate=approx, timecode=bool(parse_timecode_text(x, ARTICLE_TIMECODE_FPS)))


# "from the 1-minute-20 mark", "the two-minute-thirty mark", "the 1-hour-14 mark": the smaller unit said with
# no word of its own.
_MINUTE_SECOND_MARK = regex(
    rf"(?<![\w-])(?P<m>{NUMBER})[\s-]+(?:(?P<hour>hours?|hrs?)|min(?:ute)?s?)[\s-]+(?P<s>{NUMBER})[\s-]+mark\b",
    re.IGNORECASE)


def _minute_second_marks(text: str, b: int, e: int) -> Iterator[Candidate]:
    for m in _MINUTE_SECOND_MARK.finditer(text, b, e):
        big, small = word_number(m.group("m")), word_number(m.group("s"))
        if big is None or small is None or not 0 < small < 60:
            continue
        unit = 3600.0 if m.group("hour") else 60.0  # (the small number counts the next unit down)
        begin, approx = m.start(), False
        hb = hedge_before(text, begin, b)
        if hb is not None:
            approx, begin = True, hb
        yield Candidate("point", begin, m.end(), start=big * unit + small * unit / 60, granularity=unit / 60,
                        approximate=approx)
