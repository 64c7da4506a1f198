"""Times told in words: fractions of the footage ("halfway through the six-minute clip"), colloquial
minutes and seconds ("a minute twenty in") and clocks read aloud ("at fourteen thirty-one")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotate.moments.compiled import regex
from annotate.moments.exclusions import footage_word
from annotate.moments.forms.candidate import Candidate, _anchor_object, _hedge
from annotate.moments.forms.ranges import _STRONG_ANCHOR_AFTER
from annotate.moments.forms.spoken import _IN_THEN_CLAUSE, _MEDIA_LENGTH_WORDS, _REAL_WORLD_SPAN
from annotate.moments.forms.weak import _BEFORE_AT, _PAST_VERB_BEFORE, _PRESENT_PASSIVE_BEFORE, LATER
from annotate.moments.hedges import hedge_before
from annotate.moments.numbers import ONES, parse_duration, word_number
from annotate.moments.patterns import DURATION, HEDGE, MEDIA_NOUN

_FRACTION_WORDS = ("half", "mid", "quarter", "third", "way")

_FRACTION = regex(
    r"(?<![\w])(?:(?P<half>half[\s-]?way|mid[\s-]?way)(?:\s+(?:point|mark))?"
    r"|(?P<q>a|one)[\s-]+quarter\s+of\s+the\s+way|(?P<tq>three)[\s-]+quarters\s+of\s+the\s+way"
    r"|(?P<t>a|one)[\s-]+third\s+of\s+the\s+way|(?P<tt>two)[\s-]+thirds\s+of\s+the\s+way"
    # (a note's clipped opening, its article dropped: "Quarter of the way into the two-minute video", round 123)
    r"|(?P<q0>(?-i:Q)uarter)\s+of\s+the\s+way|(?P<t0>(?-i:T)hird)\s+of\s+the\s+way"
    r"|(?P<fn>a|one|two|three|four)[\s-]+(?P<fd>fifth|tenth)s?\s+of\s+the\s+way"
    r"|(?P<pct>\d{1,2})\s?(?:%|percent|per\s+cent)\s+of\s+the\s+way"
    r"|(?:the|its|(?:the\s+)?[\w-]+['’]s)\s+(?P<mid>mid-?point|halfway\s+point|halfway\s+mark))"
    r"(?P<rel>\s+(?:through|into|in|of|point\s+of|mark\s+of|point\s+in|mark\s+in))?",
    re.IGNORECASE,
)

# A period of play after the fraction: "two tries midway through the second half", "halfway into the third
# quarter", "halfway in the 19th minute" (the match's time, not the footage's).
_PERIOD_OF_PLAY_AFTER = regex(
    r"\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last|opening|closing|extra)\s+(?:half|quarter|period|"
    r"innings|inning|set|frame|lap|round|leg|session)|\d{1,3}(?:st|nd|rd|th)\s+(?:minute|min|lap|over|round))\b",
    re.IGNORECASE)
# A place on the pitch said "halfway": "a penalty from halfway", "kicked it from inside halfway".
_FIELD_PLACE_BEFORE = regex(r"\b(?:from|inside|behind|across)\s+(?:their\s+own\s+)?$",
                                 re.IGNORECASE)
# A place something moves into, after the fraction: "already halfway into my lane", "halfway into the water",
# "halfway through the doorway" (a thing's position in space, not a fraction of the footage; "halfway into his
# speech" and "halfway through the clip" name a recording).
_PLACE_AFTER = regex(
    rf"\s+(?:(?:my|his|her|their|our|your)\s+(?!(?:[\w'’-]+[\s-]+){{0,2}}?(?:{MEDIA_NOUN}|set|song|show|talk|lecture|"
    # (or a judged programme: "three-quarters of the way through their rhythm dance", round 158)
    rf"sermon|speech|performance|routine|dance|skate|programme|program|game|match|stream)\b)"
    r"|(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+)?(?=(?:lane|road|street|junction|intersection|crossing|roundabout|"
    r"carriageway|motorway|highway|pavement|sidewalk|kerb|curb|driveway|room|doorway|door|gate|window|tunnel|river|"
    r"water|sea|pool|lake|field|pitch|crowd|car|bus|van|truck|lorry|building|house|yard|garden|hole|nest|box|tree|"
    r"wall|fence|hedge|bush|burrow|cage|pen|ditch|bridge)s?\b"
    # (the place noun as the next clause's subject is no place: "A third of the way through the bus pulls out")
    r"(?!\s+(?:(?:just|then|suddenly|slowly)\s+)?(?:(?!(?:as|this|thus|his|its|across|towards|unless|whereas|plus)\b)[a-z]+s|is|was|are|were|has|"
    r"had|went|came|stopped|started|"
    r"pulled|turned|moved)\b)))",
    re.IGNORECASE)
# A try at something after the fraction: "the oven died halfway through the first attempt", "halfway into his
# second try" (the attempt's own time, not the footage's; round 81).
_ATTEMPT_AFTER = regex(
    r"\s+(?:the|a|an|his|her|their|its|my|our|your)\s+(?:[\w'’-]+\s+)?(?:attempts?|tries|try)\b", re.IGNORECASE)
# A time of day said of the fraction's moment in its clause: "Halfway through the band's set, at about 10.20pm, the
# lights went" (the evening's time: a fraction of an event in the world, not of the footage; round 81).
_DAY_TIME_AFTER = regex(
    r"[^.;:!?\n]{0,60}?,\s+(?:at\s+)?(?:(?:about|around|roughly|nearly|almost|just\s+(?:after|before))\s+)?"
    r"\d{1,2}(?:[.:][0-5]\d)?\s?(?:[ap]\.?m\b\.?|o['’]clock\b)", re.IGNORECASE)
# The time it took to get halfway: "through halfway in 1:08:47", "reached the halfway mark in 31 minutes".
# (the point an apposition to a place of the course: "went through Drummond, the halfway point, in 2:41:09" (round
# 186); a comma then the bare time stays an apposition of the footage: "the clip's halfway point, 1:30, ...")
_SPLIT_TIME_AFTER = regex(
    rf"(?:,?\s+in)?\s+(?:(?:{HEDGE})\s+)?(?:\d{{1,2}}:\d\d|\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?)\b)",
    re.IGNORECASE)


# A stretch of the world with its length, as the object of a fraction: "through the six-minute flight".
_FILMED_STRETCH = regex(rf"\s+the\s+(?P<d>{DURATION})(?:[\s-]+long)?[\s-]+[a-z]+\b", re.IGNORECASE)
# The work a clip was cut from, named by its adjective with its length: "three-quarters of the way through the
# 12-minute original" (round 129): footage, its own length whatever other lengths were stated.
_SOURCE_WORK = regex(rf"\s+the\s+(?P<d>{DURATION})(?:[\s-]+long)?[\s-]+(?:original|source|uncut|unedited|raw)\b",
                     re.IGNORECASE)


# How long the thing seen at a fraction stays, said right after it: "halfway through the clip and stays out for
# maybe 30 seconds" is the spec's start plus length (rounds 44/46).
_STAYS_FOR_AFTER = regex(
    rf"\s+and\s+(?:stays|remains|lasts|lingers|hangs\s+around)(?:\s+(?:out|there|up|on\s+screen|in\s+view))?\s+for\s+"
    rf"(?:(?:{HEDGE}|like|maybe|perhaps)\s+)?(?P<d>{DURATION})\b", re.IGNORECASE)


# A fraction told of a point or a mark ("the halfway point"), and the work it is of, after it: "through the
# eight-minute clip", "through Wanjiru's 12-minute shaping video" (compiled once here: built in the loop, they were
# compiled again on every run's first fraction).
_POINT_OR_MARK_END = regex(r"(point|mark)$", re.I)
_FRACTION_OBJECT = regex(rf"\s+(?:the|this|that|its|his|her|their|a|an|[\w-]+['’]s)\s+(?:[\w'’-]+[\s-]+){{0,3}}?"
                         rf"{MEDIA_NOUN}\b", re.IGNORECASE)


def find_fractions(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``halfway through the six-minute clip``, ``a quarter of the way into the video``."""
    low = text[b:e].lower()
    if not any(w in low for w in _FRACTION_WORDS):
        return
    for m in _FRACTION.finditer(text, b, e):
        if m.group("half") or m.group("mid"):
            frac = 0.5
        elif m.group("q") or m.group("q0"):
            frac = 0.25
        elif m.group("tq"):
            frac = 0.75
        elif m.group("t") or m.group("t0"):
            frac = 1 / 3
        elif m.group("tt"):
            frac = 2 / 3
        elif m.group("fn"):  # "a fifth of the way", "three tenths of the way"
            frac = (1 if m.group("fn").lower() in ("a", "one") else ONES[m.group("fn").lower()]) \
                / (5 if m.group("fd").lower() == "fifth" else 10)
        else:
            frac = int(m.group("pct")) / 100
        if not m.group("rel") and not (m.group("mid") or _POINT_OR_MARK_END.search(m.group(0))):
            continue
        if _of_the_world(text, m, b, e):
            continue
        end = m.end()
        # Take the object into the quote: "through the eight-minute clip".
        # (or its maker's: "Halfway through Wanjiru's 12-minute shaping video", round 110)
        obj = _FRACTION_OBJECT.match(text[end:e])
        own_length, own_footage = None, False
        if obj:
            # "about halfway into the 104-minute film": the footage's own length, whatever other lengths were stated
            said = _MEDIA_LENGTH_WORDS.search(text, end, end + obj.end())
            parsed = parse_duration(said.group(0)) if said else None
            own_length, own_footage = (parsed[0], True) if parsed and parsed[0] > 0 else (None, False)
            end += obj.end()
        elif (source := _SOURCE_WORK.match(text, end, e)) is not None \
                and (parsed := parse_duration(source.group("d"))) and parsed[0] > 0:
            end, own_length, own_footage = source.end(), parsed[0], True
        else:
            filmed = _FILMED_STRETCH.match(text, end, e)
            parsed = parse_duration(filmed.group("d")) if filmed else None
            if filmed and parsed and footage_word(text, b, e):
                # "A drone video shows ... the roof halfway through the six-minute flight": the filmed stretch
                end, own_length = filmed.end(), parsed[0]
        end, stretch = _stays_for(text, end, e)
        begin = m.start()
        hb = hedge_before(text, begin, b)
        if hb is not None:
            begin = hb
        yield Candidate("fraction", begin, end, fraction=frac, approximate=True,
                        granularity=10.0, own_length=own_length, own_footage=own_footage,
                        stretch=stretch)


def _of_the_world(text: str, m: re.Match[str], b: int, e: int) -> bool:
    """The fraction ``m`` is of something other than the footage: a race's split, a match's period or pitch, a place
    in the picture."""
    if _SPLIT_TIME_AFTER.match(text, m.end(), e):
        return True  # "had gone through halfway in 1:08:47": a split time of a race, not a fraction of footage
    if _ATTEMPT_AFTER.match(text, m.end(), e) or _DAY_TIME_AFTER.match(text, m.end(), e):
        return True  # "halfway through the first attempt", "Halfway through the set, at about 10.20pm"
    if _PERIOD_OF_PLAY_AFTER.match(text, m.end(), e) or (
            m.group("half") and _FIELD_PLACE_BEFORE.search(text, max(b, m.start() - 20), m.start())):
        return True  # "midway through the second half", "a penalty from halfway": the match's time or pitch
    # "signals only when it's already halfway into my lane": a place in the picture, no fraction
    return bool(m.group("rel")) and m.group("rel").split()[0].lower() in ("into", "through", "in") \
        and _PLACE_AFTER.match(text, m.end(), e) is not None


def _stays_for(text: str, end: int, e: int) -> tuple[int, float | None]:
    """Where a fraction's quote ends and how long its moment lasts, when said right after it (else ``end``, None)."""
    stays = _STAYS_FOR_AFTER.match(text, end, e)
    length = parse_duration(stays.group("d")) if stays else None
    if stays is None or length is None or length[0] <= 0:
        return end, None
    return stays.end(), length[0]


# The seconds of "two-ten", "a minute twenty" are one of these words (or contain them).
CLOCK_READING_WORDS = ("ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty")
_MINUTE_WORD = "|".join(w for w, v in ONES.items() if 1 <= v <= 12)
_TEENS = "|".join(w for w, v in ONES.items() if v >= 10)
_UNITS = "|".join(w for w, v in ONES.items() if 1 <= v <= 9)
_SECOND_WORDS = rf"(?:(?:twenty|thirty|forty|fifty)(?:[\s-](?:{_UNITS}))?|{_TEENS})"
# Minutes and seconds said the way people read a clock: "a minute twenty in", "two-ten into the
# stream", "one minute forty-five in".  The minutes are 1-12 in words, so "twenty-five in" stays 25.
_COLLOQUIAL = regex(
    rf"(?<![\w-])(?:(?P<m1>an?|{_MINUTE_WORD})[\s-]+minutes?|(?P<m2>{_MINUTE_WORD}))[\s-]+(?P<s>{_SECOND_WORDS})(?![\w-])",
    re.IGNORECASE,
)

# "a minute ten later the cat jumps in": a clock reading as a gap from the moment before.
_LATER_OR_EARLIER_AFTER = regex(rf"\s+(?P<dir>{LATER}|earlier)\b", re.IGNORECASE)


def _colloquial_gap(text: str, b: int, e: int, m: re.Match[str], rel: re.Match[str]) -> Iterator[Candidate]:
    """``a minute ten later`` -> a relative moment 70 s after the one before."""
    minutes = word_number(m.group("m1") or m.group("m2"))
    seconds = word_number(m.group("s"))
    if minutes is None or seconds is None or not 10 <= seconds < 60:
        return
    approx, begin, end = _hedge(text, m.start(), m.end() + rel.end(), b, e)
    sign = -1.0 if rel.group("dir").lower() == "earlier" else 1.0
    yield Candidate("relative", begin, end, delta=sign * (minutes * 60 + seconds), granularity=1.0,
                    approximate=approx)


def _colloquial_at(text: str, b: int, e: int, m: re.Match[str]) -> Iterator[Candidate]:
    """``at about a minute fifty, we hear ...`` -> 110: "at" a reading that says "minute" (no clock time of day),
    not told in the past ("went through at a minute fifty")."""
    minutes, seconds = word_number(m.group("m1")), word_number(m.group("s"))
    if minutes is None or seconds is None or not 10 <= seconds < 60:
        return
    approx, begin, end = _hedge(text, m.start(), m.end(), b, e)
    before = text[max(b, begin - 60):begin]
    if _BEFORE_AT.search(before) and not (_PAST_VERB_BEFORE.search(before)
                                          and not _PRESENT_PASSIVE_BEFORE.search(before)):
        yield Candidate("point", begin, end, start=minutes * 60 + seconds, approximate=approx)


# "the mark at a minute twenty in is unreal": "at" a clock reading, "in", then the sentence's verb.
_AT_BEFORE = regex(r"\bat\s+$", re.IGNORECASE)
_IN_THEN_VERB = regex(r"\s+in(?=\s+(?:is|was|has\s+been)\s+[a-z])", re.IGNORECASE)


def find_colloquial(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``a minute twenty in`` -> 80, ``two-ten into the stream`` -> 130: minutes and seconds with
    the seconds' unit left out, read as a position only with "in"/"into" after."""
    low = text[b:e].lower()
    if not (" in" in low or "la" in low or "l8" in low or "earlier" in low or "at" in low) \
            or not any(w in low for w in CLOCK_READING_WORDS):
        return
    for m in _COLLOQUIAL.finditer(text, b, e):
        after = text[m.end():e]
        rel = _LATER_OR_EARLIER_AFTER.match(after)
        if rel:
            yield from _colloquial_gap(text, b, e, m, rel)
            continue
        strong = _STRONG_ANCHOR_AFTER.match(after) or _IN_THEN_CLAUSE.match(after) or (
            _IN_THEN_VERB.match(after) and _AT_BEFORE.search(text, max(b, m.start() - 4), m.start()))
        if not strong and m.group("m1"):
            yield from _colloquial_at(text, b, e, m)
            continue
        if not strong or _REAL_WORLD_SPAN.match(after) or strong.group(0).strip().lower() in ("mark", "point"):
            continue
        minutes = word_number(m.group("m1") or m.group("m2"))
        seconds = word_number(m.group("s"))
        if minutes is None or seconds is None or not 10 <= seconds < 60:
            continue
        approx, begin, end = _hedge(text, m.start(), m.end() + _anchor_object(after), b, e)
        yield Candidate("point", begin, end, start=minutes * 60 + seconds, approximate=approx)


# A position read aloud as a clock is read: "at fourteen thirty-one", "at two forty" (minutes, then seconds).
_READ_ALOUD = regex(
    rf"(?<![\w-])at\s+(?P<m>(?:twenty|thirty|forty|fifty)(?:[\s-](?:{_UNITS}))?|{_TEENS}|{_MINUTE_WORD})[\s-]+"
    rf"(?P<s>{_SECOND_WORDS})(?![\w-])",
    re.IGNORECASE,
)


def find_read_aloud(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``And at fourteen thirty-one?`` -> 871: minutes and seconds in words after "at". The same words read a
    time of day ("at nine thirty"), so the extractor keeps one only close to the position just walked through."""
    for m in _READ_ALOUD.finditer(text, b, e):
        minutes = word_number(m.group("m"))
        seconds = word_number(m.group("s"))
        before = text[max(b, m.start("m") - 60):m.start("m")]
        if minutes is None or seconds is None or not 10 <= seconds < 60 or (
                _PAST_VERB_BEFORE.search(before) and not _PRESENT_PASSIVE_BEFORE.search(before)):
            continue  # "She left at nine thirty": told in the past, a time of her day
        yield Candidate("point", m.start("m"), m.end(), start=minutes * 60 + seconds)
