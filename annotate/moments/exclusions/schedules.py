"""Schedules, timetables, line-ups, services, rotas and appointments ("the 6:30 train", "Kick-off
16:30", "doors 19:00"): times in the world a programme or a service keeps."""

from __future__ import annotations

import re
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import (
    _FIRST_DIGIT,
    _HOUR_MINUTE,
    _I,
    _IN_MEDIA_AFTER,
    _INTO_AFTER,
    _MARK_END,
    _RANGE_SEP,
    CONTEXT_CHARS,
    NEAR_CHARS,
    _clause,
    _Clock,
    _paragraph_start,
    footage_word,
)
from annotate.moments.exclusions.live import _LINEUP_CLOCK
from annotate.moments.exclusions.positions import _THE_BEFORE, _ZERO_HOUR, _ZERO_MINUTES, _ZERO_START
from annotate.moments.exclusions.sport import _RANGE_OPENER_FROM
from annotate.moments.exclusions.stamps import paired_position
from annotate.moments.exclusions.tables import _SCHEDULE_LABEL_BEFORE, footage_header_table
from annotate.moments.patterns import HEDGE, MEDIA_NOUN, MONTH, TIMECODE, WEEKDAY, any_stem

# What people reported at a time of day: "matches the 13:58 report from local residents", or a report named by its
# kind: "the 14:00 situation report describes", "the 06:00 sitrep" (round 71).
_REPORT_NOUN = (
    r"(?:(?:police|witness|eyewitness|news|radio|press|incident|fire|traffic|weather|first|initial|official|"
    r"situation|status|progress|damage|casualty|flood|storm)\s+)?"
    r"(?:reports?|alerts?|warnings?|statement|announcement|dispatch|sightings?|tweets?|sitreps?|posts?(?![\w-]))")
# Things that run to a timetable or take time: "the 6:30 train", "the 2:30 drive".
_SCHEDULED_AFTER = regex(
    # (a vehicle's run, a noun whatever follows: "left on the 6:40 train the night before")
    # (or more than one, of a kind: "The 9:05 and 9:35 Kildare commuter trains ran 10 minutes late" (round 55))
    r"^\s*(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?:(?:(?:commuter|intercity|inter-city|regional|stopping|school|airport|"
    r"night)\s+)?(?:trains?|bus(?:es)?|ferry|ferries|trams?|coach(?:es)?|sleepers?|shuttles?)\b|"
    r"(?:train|flight|bus|ferry|service|freight|express|sleeper|shuttle|tram|coach|sailing|shift|news|bulletin|mass|appointment|deadline|curfew|meeting|"
    r"briefing|press\s+conference|kickoff|kick-off|show|departure|arrival|start|tee\s+time|"
    # a match's start named by its clock: "shortly after the 14:00 throw-in", "the 19:30 tip-off"
    r"throw-?in|tip-?off|face-?off|puck\s+drop|first\s+pitch|bully-?off|"
    r"drive|walk|ride|trip|journey|wait|delay|commute|flight\s+time|run|showing|screening|matinee|performance|"
    # a visit's or a booking's fixtures: "the 12:00 bugle call from St Mary's", "our 19:30 sitting"
    r"bugle\s+call|call\s+to\s+prayer|ceremony|parade|guided\s+tour|tour|concert|gig|lecture|class|keynote|"
    r"reservation|booking|sitting|boarding|check-?in|"
    # what people reported at a time of day: "matches the 13:58 report from local residents"
    rf"{_REPORT_NOUN}|emergency\s+call|(?:999|911|112)\s+call)\b"
    # "00:01:06:00 show the muzzle flash": a verb with its object, not "the 6:30 show".
    # ("the real 4:10 train that was cancelled": a relative clause after the noun, not an object)
    r"(?!\s+(?:the|a|an|his|her|their|its|this|that(?!\s+(?:was|is|were|had|has|never|used|would|will|left|leaves|"
    r"ran|runs|went|goes|no\s+longer)\b)|these|those|him|them|it|how|what|where|who)\b))",
    _I,
)

# The other clocks a service's clock is coordinated with before their noun: " and 9:35" of "The 9:05 and 9:35 trains".
MORE_CLOCKS_AFTER = regex(r"(?:\s*(?:,|and|or|&)\s*(?:the\s+)?\d{1,2}[:.][0-5]\d(?![\d:]))+", _I)

# (Scots too: "the 14:05 fae Ardrossan", "the 8:10 tae Glesga" (round 95))
_SERVICE_TO_AFTER = regex(
    r"\s+(?:to|from|into|fae|frae|tae)\s+(?:(?-i:[A-Z])[a-z]|(?:nowhere|somewhere|anywhere|home|town)\b)")


def _named_service(c: _Clock) -> bool:
    """A clock that names a scheduled thing told just before: "the 3:15 meeting or the 4:00?" (the 4:00 meeting),
    and the same clock said again ("... The 3:15."; not a stretch's end said again as the next chapter's stamp:
    "00:52:10 - 01:09:45 Rain delay\n01:09:45 Band 2 on stage" (round 201): a range's end names no service)."""
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
    if prior < 0 or (prior > 0 and (c.text[prior - 1].isdigit() or c.text[prior - 1] == ":")) \
            or _RANGE_END_BEFORE.search(c.text, max(0, prior - RANGE_END_CHARS), prior) is not None:
        return False
    return _SCHEDULED_AFTER.match(c.text[prior + len(clock):prior + len(clock) + NEAR_CHARS]) is not None


# A stretch's first end and its separator right before a clock: "00:52:10 - ", "19:00 to ", "6:30–".
_RANGE_END_BEFORE = regex(r"\d[ \t]*(?:[-–—]|to|till|until)[ \t]*$", _I)
RANGE_END_CHARS = 12


# The service named alone in a reply or a correction, the clause ending after it: "No, the 4:15.", "or the 9:10?".
_ELLIPTIC_ANSWER_BEFORE = regex(
    r"(?:^|[,;:!?.(—–-]|\b(?:no|nope|not|or|rather|actually|instead|take|catch|get|book|want|need|prefer))\s*the\s+$",
    _I)
_ELLIPTIC_ANSWER_AFTER = regex(r"\s*(?:[.?!,;)—–]|$|(?:one|instead|then|though|please|if|unless)\b)", _I)
_THE_CLOCK = regex(r"\bthe\s+\d{1,2}[:.]\d\d(?![\d:])", _I)
_ELLIPTIC_BEFORE = regex(
    r"(?<![\d:])\d{1,2}[:.]\d\d(?P<noun>\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:or|and|not|then|than)\s+the\s+$", _I)

_TWO_DIGIT = regex(r"(?:\d\d|0\d):\d\d(?!:)")


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
_ROTA_WORD = regex(r"\b(?:rotas?|rosters?|shifts?|schedules?|timetables?|itinerary|agenda|programme|program|"
                        r"running\s+order|line-?up|watch(?:es)?|slots?|legs?|sessions?|day\s+\d)\b", _I)
_QUARTER_CLOCK = r"(?:[01]\d|2[0-3]):[0-5][05]"
_QUARTER_RANGE = regex(
    rf"(?<![\d:])(?P<a>{_QUARTER_CLOCK})(?:\s*[–—-]\s*|\s+to\s+)(?P<b>{_QUARTER_CLOCK})(?!\d|:\d)")


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


# A venue's or a service's runs, then the clocks they start at: "screenings at 14:00", "Matinees daily at 14:30",
# "The festival screening is at 18:15".
_SHOWINGS = r"screenings?|showings|show\s*times|showtimes|performances|matinees?"
_SHOWINGS_BEFORE = regex(
    # (a listing's repeats, the label opening its sentence: "Repeats at 01:10." (round 135); not a loop in the
    # picture: "the clip repeats at 0:45")
    rf"\b(?:{_SHOWINGS}|sittings|masses|tours|shows|(?<![^\n.;:!?][ \t])(?-i:Repeats?|Reruns?|Re-runs?)"
    r"|repeat\s+(?:showings?|screenings?|broadcasts?))\b"
    r"(?:\s+(?:are|is|was|will\s+be|run|start|begin|daily|nightly|today|tonight|each\s+day|every\s+day|on\s+\w+days?)){0,3}"
    r"\s*,?\s*(?:at|from)\s*:?\s*$"
    # a meal served at its clocks: "Dinner is served in two sittings, at 18:30", "breakfast was served from"
    r"|\b(?:breakfast|brunch|lunch|dinner|supper|meals?)\s+(?:is|are|was|were|will\s+be|gets)\s+served\b"
    r"(?:[^.;:!?\d]{0,40}?\s(?:at|from|between|until|till))?\s+$"
    # a label ("**Showtimes:** 13:45, 16:30"), not "the clip shows: 13:45"
    rf"|\b(?:{_SHOWINGS})(?:[*_]{{1,2}}|</?(?:b|strong)>)?\s*:(?:[*_]{{1,2}}|</?(?:b|strong)>)?\s*$", _I)
_SHOWINGS_STEMS = any_stem(("screening", "showing", "show", "performances", "matinee", "sittings", "masses", "tours",
                            "served", "repeat", "rerun", "re-run"))
# The local time, named right before its clock: "the streamer's local time, 22:06", "local time was 03:10".
# (and the sun's time, told from shadows: "we estimate local solar time between 11:00 and 12:30" (round 120), "a
# solar time of about 08:20")
_LOCAL_TIME_BEFORE = regex(
    rf"\b(?:local\s+(?:(?:solar|sun|mean\s+solar|apparent\s+solar)\s+)?|(?:(?:true|mean|apparent)\s+)?solar\s+)"
    rf"(?:time|clock)(?:[*_]{{1,2}}|</(?:b|strong|em|i|span)>)?\s*(?:(?:is|was|of|reads?|read|shows?|showed)\s+)?"
    rf"[,:–—-]?\s*(?:(?:{HEDGE})\s+)?$", _I)
_LOCAL_STEMS = any_stem(("local", "solar"))


def _met_or_set_off(c: _Clock) -> bool:
    """People meeting or setting off at a clock at a place, an appointment, a ride's arrival: "the group meets at
    5:45 at a petrol station", "starting at 08:10 from the car park", "My appointment is at 9:40", "I've the doctor
    at 11:30", a bulletin's "Next report at 7:40", "the bus gets me there at 7:50" (not "the two meet at 2:10 in the
    clip")."""
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


_MEET_BEFORE = regex(
    r"\b(?:meets?|met|meeting|gathers?|gathered|gathering|assembles?|assembled|convenes?|convened|musters?|mustered|"
    r"(?P<off>,\s*starting|set(?:s|ting)?\s+(?:off|out)|leav(?:es|ing)|left|depart(?:s|ed|ing)?))\s+at\s+$", _I)
# A place after the clock: "at a petrol station", "outside the church"; "from the car park" (after a two-digit clock).
_PLACE_AFTER = regex(
    r"\s+(?:(?P<at>at|outside|near|behind|by|in\s+front\s+of)|from)\s+(?:a|an|the|our|their|his|her|my)\s+"
    rf"(?!(?:[\w'’-]+\s+)?{MEDIA_NOUN}\b|(?:top|start|beginning|end|intro|outro|opening)\b)", _I)
_APPOINTMENT_BEFORE = regex(
    r"\b(?:appointment|booking|reservation|shift|check-?up|slot)\s+(?:is|was|['’]s)\s+at\s+$"
    # one's own appointment by whom it is with: "I've the doctor at 11:30", "I have the dentist at 9:40"
    r"|\b(?:I['’]ve|I\s+have|I['’]ve\s+got|I\s+had|we['’]ve|we\s+have)\s+(?:the|a|an|my|our)\s+(?:[\w'’-]+\s+)?"
    r"(?:doctor|dentist|GP|physio|nurse|vet|optician|hairdresser|barber|appointment|interview|meeting|class)\s+at\s+$"
    # someone's own booking, by its owner: "my daughter's online class at 8:30", "our shift at 6:00" (round 170)
    r"|\b(?:my|our|his|her|their|your|[\w-]+['’]s|[\w-]+s['’])\s+(?:[\w'’-]+\s+){0,2}?(?:class|classes|lessons?|"
    r"tuition|appointment|shift|meeting|check-?up|exams?|practice|training)\s+at\s+$"
    # a broadcast's next slot: "Next report at 7:40", "the next bulletin is at 8:00"
    r"|\bnext\s+(?:report|bulletin|update|news|forecast|headlines|weather|traffic|check|edition)\s+(?:is\s+|comes\s+)?at\s+$"
    # or named by what comes before or after it: "We'll put that to the MCE after the news at 8:30" (round 193)
    r"|\b(?:after|before|until|till|during|following)\s+the\s+(?:news|headlines|bulletin|weather|traffic|travel|"
    r"sports?\s+(?:news|bulletin)|(?:traffic|travel)\s+and\s+weather)\s+at\s+$"
    r"|\b(?:gets?|got|getting|takes?|took)\s+(?:me|us|him|her|them|you)\s+(?:there|in|home|back|into\s+town)\s+"
    r"(?:by|at)\s+$", _I)


def _timetable_item(c: _Clock) -> bool:
    """"Depot 07:15 | Bridge 07:29 | Market 07:41": names each followed by a two-digit clock, as items of
    one list (a chapter list puts the time first, or starts at 0:00)."""
    if "|" not in c.before and "·" not in c.before and "|" not in c.after[:3] and "·" not in c.after[:3]:
        return False
    if not (_HOUR_MINUTE.fullmatch(c.text, c.bare, c.end) and _ITEM_NAME_BEFORE.search(c.before)
            and _ITEM_END_AFTER.match(c.after)):
        return False
    # (not in a table headed by the footage it compares: "| Detail | Viral clip | 2018 original |" over "| Ending |
    # ... | Bus stops at 1:48 |")
    return not _ZERO_START.search(c.text, c.b, c.e) and not footage_header_table(c.text, c.bare)


def _stops_listed(c: _Clock) -> bool:
    """A journey's stops told by their clocks, a sentence of places each "at" a clock and nothing else, a service named
    around it and no footage: "Udine at 7:14, Treviso at 8:21. The train was running 17 minutes late by then" (round
    30): a timetable, whatever recording the page mentions elsewhere (not "Kane at 12:30, Saka at 48:10" in the
    highlights)."""
    if " at " not in c.before[-8:] or _STOPS_LISTED.fullmatch(c.text, c.b, c.e) is None:
        return False
    low, high = max(0, c.b - STOPS_SERVICE_CHARS), min(len(c.text), c.e + STOPS_SERVICE_CHARS)
    low = max(low, c.text.rfind("\n\n", low, c.b))  # (its own paragraph: the page may film the trip elsewhere)
    high = c.text.find("\n\n", c.e, high) if c.text.find("\n\n", c.e, high) >= 0 else high
    return _SERVICE_NOUN.search(c.text, low, high) is not None and not footage_word(c.text, low, high)


# How far either side of a sentence of stops the service it names is looked for.
STOPS_SERVICE_CHARS = 240
_STOP_AT = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+at\s+(?:[01]?\d|2[0-3])[:.][0-5]\d"
_STOPS_LISTED = regex(rf"\s*{_STOP_AT}(?:\s*(?:,|;|,?\s+and|,?\s+then)\s+{_STOP_AT})+\s*[.;!]?\s*", _I)


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
_ARRIVAL_ABBR_BEFORE = regex(r"\barr(?:iv|v)?\b\.?\s*:?\s*$", _I)
_DEPARTURE_ABBR_BEFORE = regex(r"\bdep(?:t)?\b\.?\s*:?\s*$", _I)
_ARRIVAL_ABBR_AFTER = regex(r"\s*[,;/|–—-]?\s*arr(?:iv|v)?\b\.?\s*:?\s*\d", _I)


_ITEM_NAME_BEFORE = regex(r"(?:^|[|•·;\n>])\s*(?-i:[A-Z])[\w'’ .&-]{1,30}?\s+$")
_ITEM_END_AFTER = regex(r"\s*(?:[|•·;.]|$)")


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
# (not a conjunction alone, the clause going on: "It shows the accused boarding at 0:12, and from 1:05 until 1:29 he
# is standing over the driver's cab", round 129)
_NEXT_ITEM_BEFORE = regex(
    r"[,;]\s*(?!(?:[\w'’-]+\s+){0,2}(?:in|into|by|on|to|is|was|the)\b)"
    r"(?!(?:and|then|but|or|while|so|and\s+then)\s+(?:(?:from|at|until|till)\s+)?$)[A-Za-z][\w'’-]*"
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


_SPACED_DASH = regex(r"\s(?:—|–|--?)\s")


_EVERY_BEFORE = regex(
    r"\bevery\s+(?:\d+|[a-z]+|half\s+an?|half)(?:\s|&nbsp;|-)*(?:minutes?|mins?|hours?|hrs?)\b[^.;!?\d]{0,30}?"
    r"(?:(?P<to>\b(?:until|till|from|after|before|between|to)\s+)|\s*)$", _I)


def _lineup_item(c: _Clock) -> bool:
    """A two-digit clock (or a range opening with one) after a line-up's or running order's label earlier in
    its paragraph, with no footage word between: "Sunday line-up\n• Big Top: Mara Quist 17:05–17:50, Delphine
    20:10–21:00", "Stage times, Arena: ... · headliner X 22:00–23:30", "Doors 19:30, on stage 20:45". A recap
    video's "the encore is at 4:44" names footage, and a one-digit hour is left to the other rules but in a set's
    range or after a label's time in the day's words ("doors 7:30pm, on stage 9:15")."""
    at = c.bare
    if _RANGE_OPENER_FROM.match(c.text, at):
        at = _FIRST_DIGIT.search(c.text, at, c.end).start()  # type: ignore[union-attr]  # "from 21:10 to 22:40"
    # (a label's colon may follow the clock: "Encore at 10:20: Red Dirt (4:55)")
    two_digit = _LINEUP_AT.match(c.text, at) is not None
    if not (two_digit or _ONE_DIGIT_AT.match(c.text, at)) or _IN_MEDIA_AFTER.match(c.after) \
            or _MARK_END.search(c.text, c.begin, c.end):
        return False
    start = _paragraph_start(c.text, c.begin)
    if not _LINEUP_STEMS.search(c.text[start:at].casefold()):
        return False  # a C scan for the stems spares the label's alternation at every position
    labels = list(_LINEUP_LABEL.finditer(c.text, start, at))
    if not labels or _PROSE_BREAK.search(c.text, labels[-1].end(), at):
        return False  # "Starting line-up: Pope; Trippier. The goal at 12:40 ...": the list ended with its sentence
    if not two_digit and not _RANGE_SEP.search(c.text, c.begin, c.end) \
            and not any(_DAY_TIME_AT.match(c.text, label.end()) for label in labels[:-1]):
        # a one-digit hour only as a set's range ("Ada Moss 8:30–9:15") or after a label's time told in the day's
        # words (round 118: "doors 7:30pm, on stage 9:15": the evening's clock, not 9 minutes into a video)
        return False
    if labels[-1].group("act") and footage_word(c.text, start, c.e):
        return False  # "Concert film, chapters: support act 00:40, headliners 21:10": a recording's acts
    return not footage_word(c.text, labels[-1].end(), at)


# Footage told with its length, "The cab-ride video is 40 minutes long", "a 40-minute cab-ride video": what the
# sentences after it tell happens in it, trains and buses included.
_FOOTAGE_OF_LENGTH = regex(
    rf"\b{MEDIA_NOUN}\W+(?:\w+\W+){{0,3}}?(?:is|runs|lasts)\s+(?:just\s+|about\s+|over\s+|under\s+|nearly\s+)?"
    r"(?:\d+|an?|one|two|three|four|five|ten|twenty|thirty|forty|fifty|sixty|ninety)\s*(?:minutes?|mins?|hours?|hrs?)\b"
    rf"|\b\d+-(?:minute|hour)\s+(?:[\w-]+\s+)?{MEDIA_NOUN}\b", re.IGNORECASE)


def _service_clock(c: _Clock) -> bool:
    """A clock that names or times a service in a paragraph about services and a sentence naming no footage:
    "Passengers on the 05:38 are ...", "The 21:30 sailing from Portsmouth", "the southbound, which leaves Wick at
    06:18" (or "at 6:18"), "The last train from Waterloo is 23:42", "I'll do the 05:38 as normal, arrive at 10:00".
    A one-digit hour only with a timetable's verb ("the 6:18" may name a moment of footage)."""
    if not _WORLD_CLOCK.match(c.text, c.bare) or _IN_MEDIA_AFTER.match(c.after):
        return False
    if c.before.rstrip().endswith(("at", "from")) and c.ends(_RUNS_ITS_SERVICES_BEFORE, 80):
        return not footage_word(c.clause)  # "Whale Watch Kaikōura runs its boats at 7:15, 10:00 and 12:45"
    the = c.ends(_THE_BEFORE, 8) and _LINEUP_CLOCK.match(c.text, c.bare) is not None
    # "the Heathrow Express at 06:02", "caught the ferry at 14:30": the service, then its two-digit clock
    noun_at = c.ends(_SERVICE_AT_BEFORE, 24) and _LINEUP_CLOCK.match(c.text, c.bare) is not None \
        and not c.ends(_VIEWED_BEFORE, 60)  # (but "watch the tram at 06:48" points at the footage)
    if c.ends(_THE_BEFORE, 8) and _ROUTED_SERVICE_AFTER.match(c.after):
        return not footage_word(c.text, c.b, c.e)  # "the 7:45 crossing from Harlingen": any hour, with its route
    if c.ends(_SERVICE_PAREN_BEFORE, 60) and _LINEUP_CLOCK.match(c.text, c.bare) is not None:
        return not footage_word(c.clause)  # "the last 7B bus to Wexford (22:40)": the service's clock in brackets
    if _ROUTE_AFTER.match(c.after) and _LINEUP_CLOCK.match(c.text, c.bare) is not None:
        # a service notice's list: "• 07:05 Oban – Craignure: on time", "13:30, 15.30 and 17:20 from Oban"
        start = _paragraph_start(c.text, c.begin)
        return (_SERVICE_NOUN.search(c.text, start, c.e) is not None or _services_talked_of(c, start)) \
            and not footage_word(c.text, start, c.e)
    if not (the or noun_at or c.ends(_SERVICE_VERB_BEFORE, 60)):
        return False
    if noun_at and not footage_word(c.text, c.b, c.e):
        return True  # "18:30 Day 3, flight at 23:50" (round 135): the service's clock, its sentence naming no footage
    if _ARRIVES_NEXT_DAY_AFTER.match(c.after):
        return True  # "the crossing, which departs at 17:00 and arrives at 09:45 the following morning": a timetable
    if the and _SERVICE_NOUN_AFTER.match(c.after):
        return not footage_word(c.text, c.b, c.e)  # "The 21:30 sailing from Portsmouth"
    if c.ends(_SERVICE_VERB_BEFORE, 60) and _TIMETABLE_BEFORE.search(c.text, c.b, c.bare):
        return True  # "The bus timetable on the shelter shows the 18 leaving at 14:22": read off a timetable
    if c.ends(_SERVICE_VERB_BEFORE, 60) and _LINEUP_CLOCK.match(c.text, c.bare) is not None \
            and _SERVICE_NOUN.search(c.text, c.b, c.bare) \
            and not _FOOTAGE_OF_LENGTH.search(c.text, _paragraph_start(c.text, c.begin), c.b):
        # "The last bus to Knocknacarra leaves Eyre Square at 23:15": the service its sentence's own, so only that
        # sentence need name no footage (an event page's trailer link above does not make it a position); a
        # paragraph that told the footage's length first ("The cab-ride video is 40 minutes long.") is about it
        return not footage_word(c.text, c.b, c.e)
    # Told by its stop or its timetable's verb, or said again: no footage named in the paragraph either.
    start = _paragraph_start(c.text, c.begin)
    window = c.text[start:c.bare] + c.after
    named = bool(_SERVICE_STEMS.search(window.casefold()) and _SERVICE_NOUN.search(window)) \
        or (the and _named_earlier(c))
    if named:
        return not footage_word(c.text, start, c.e)
    return c.ends(_SERVICE_VERB_BEFORE, 60) and _services_talked_of(c, start)


# An operator running its trips at the day's clocks, whatever the hour's digits: "runs its boats at", "operates two
# sailings daily at", "puts on three tours a day, at" (round 55).
_RUNS_ITS_SERVICES_BEFORE = regex(
    r"\b(?:runs?|ran|operates?|operated|schedules?|scheduled|puts?\s+on|lays?\s+on|laid\s+on)\s+"
    r"(?:its|their|the|our|his|her|two|three|four|five|six|\d)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:boats|trips|tours|sailings|cruises|excursions|departures|buses|trains|ferries|flights|shuttles|services|"
    r"crossings|rides)(?:\s+(?:daily|a\s+day|each\s+day|every\s+day|today|tomorrow|on\s+\w+days?))?\s*,?\s+"
    r"(?:at|from)\s*$", _I)


def _services_talked_of(c: _Clock, start: int) -> bool:
    """Services named in the paragraphs just before the clock's (from ``start``), and no footage named from there to
    the end of its sentence: a phone-in's caller says "the 236 used to leave Skib at 6:55" after the host asked
    about "the new bus timetable"."""
    topic = max(0, start - SERVICE_TOPIC_CHARS)
    return _SERVICE_NOUN.search(c.text, topic, start) is not None and not footage_word(c.text, topic, c.e)


# Where a listed departure runs, maybe past the list's other clocks: " Oban – Craignure", ", 15.30 and 17:20 from
# Oban", " to Galway" (a capitalised stop right after, not "07:05 Intro – Setup" in a paragraph naming no service).
_ROUTE_AFTER = regex(
    r"(?:\s*(?:,|and|&)\s*(?:[01]\d|2[0-3])[:.][0-5]\d(?![:\d]))*\s+(?:(?:from|to|for|via)\s+|"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*(?:–|—|-|→|>|to)\s*)(?-i:[A-Z])", _I)
# How far before a clock's paragraph the services it is timed by may be named.
SERVICE_TOPIC_CHARS = 1500


# A timetable named earlier in the clock's sentence: its times are the day's, even in a sentence about footage.
_TIMETABLE_BEFORE = regex(r"\b(?:timetables?|time\s+tables?|departure\s+boards?)\b", re.IGNORECASE)


def names_report(text: str, begin: int, end: int) -> bool:
    """The clock at [begin, end) names a report after "the": "the 14:00 situation report", "the 13:58 police report".
    It says when the report was made, not when what its sentence tells happens: "at 3:05 you can see the flare-ups
    that the 14:00 situation report describes" is no account of a day (round 71; a service or an event named so, "the
    12:00 bugle call", "the 05:10 to Wick", is one: the sentence's day runs by it)."""
    return _THE_BEFORE.search(text, max(0, begin - 8), begin) is not None \
        and _REPORT_AFTER.match(text, end) is not None


_REPORT_AFTER = regex(rf"\s*{_REPORT_NOUN}\b", _I)


def _named_earlier(c: _Clock) -> bool:
    """The same clock named as a service earlier in the text, however far: "walks out to the 05:38 to Wick"
    (paragraphs later:) "Passengers on the 05:38 are a mix"."""
    clock = c.text[c.bare:c.end]
    prior = c.text.rfind(clock, max(0, c.begin - SERVICE_REACH), c.bare)
    if prior < 0:
        return False
    after = c.text[prior + len(clock):prior + len(clock) + NEAR_CHARS]
    return bool(_SERVICE_TO_AFTER.match(after) or _SCHEDULED_AFTER.match(after))


# A departure's clock, then the arrival's told with its day, even where footage is named: "departs at 17:00 and
# arrives at 09:45 the following morning" (a film about a crossing tells its timetable).
_ARRIVES_NEXT_DAY_AFTER = regex(
    r"\s*,?\s+and\s+(?:arrives|arrived|gets\s+in|got\s+in|docks|docked|lands|landed)\s+(?:in\s+[\w'’-]+\s+)?at\s+"
    r"\d{1,2}[:.][0-5]\d\s+(?:on\s+)?(?:the\s+(?:following|next)\s+(?:morning|day|afternoon|evening)|that\s+"
    r"(?:evening|night|afternoon)|the\s+same\s+(?:day|evening|night)|local\s+time)\b", re.IGNORECASE)
# How far back a service named by its clock is looked for.
SERVICE_REACH = 5000
_PLACE = r"(?:(?:at|in|into|from|to|for)\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
# A stop named by its kind: "leaving the island at 18:45", "departs the pier at".
_STOP = r"(?:island|mainland|harbou?r|pier|port|quay|jetty|dock|station|terminal|terminus|depot|airport|stop|" \
    r"platform|village|town|square)\b"
# A service's timetable verb, maybe its stop: "is due at Lairg at", "leaves Wick at", "arrive at", "is 23:42" after
# a first/last/next service: "The last bus from Market Square is".
_SERVICE_VERB_BEFORE = regex(
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
    # (or where it goes, a note's "Last bus to town 23:40", "ferry back to the mainland 17:10" (round 110))
    rf"(?:\s+(?:at|in)\s+{_PLACE}|\s+(?:back\s+)?(?:to|from|into)\s+(?:the\s+)?[^\W\d_][\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*)?)?\s*[:,–-]?"
    # a service's time told with its noun: "The train's 2:05, isn't it?", "the ferry is 09:40"
    r"|\b(?:train|bus|coach|tram|ferry|flight|sailing|crossing|shuttle|sleeper)(?:['’]s|\s+is|\s+was|\s+takes|"
    r"\s+took)(?:\s+(?:about|around|only|just|roughly))?)\s+$", _I)
# A service named with where it goes, its clock opening the brackets after: "the last 7B bus to Wexford (22:40)".
_SERVICE_PAREN_BEFORE = regex(
    rf"\b(?:trains?|bus|coach|tram|ferry|sailing|flight|shuttle|sleeper)\s+(?:to|from)\s+{_PLACE}\s*\(\s*$", _I)
_SERVICE_AT_BEFORE = regex(
    r"\b(?:trains?|bus|coach|tram|ferry|sailing|flight|shuttle|sleeper|boat|(?-i:Express))\s+at\s+$", _I)
_VIEWED_BEFORE = regex(
    r"\b(?:watch|watching|see|seeing|look\s+at|note|notice|spot|check(?:\s+out)?|pause\s+on)\s+(?:the|a|that|this)\s+"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+at\s+$", _I)
_SERVICE_NOUN_AFTER = regex(
    r"\s*(?:(?-i:[A-Z])[\w'’–-]*\s+){0,2}(?:trains?|bus|coach|tram|ferry|sailing|crossing|flight|plane|shuttle|"
    r"sleeper|service|departure|express|boat)\b", _I)
# A service, then where it runs from or to: "the 7:45 crossing from Harlingen", "the 6:10 train to Wick".
_ROUTED_SERVICE_AFTER = regex(rf"{_SERVICE_NOUN_AFTER.pattern}\s+(?:from|to|for|out\s+of|into)\s+(?-i:[A-Z])", _I)
_SERVICE_STEMS = any_stem(("train", "bus", "coach", "tram", "ferr", "sailing", "crossing", "flight", "plane",
                           "shuttle", "bound", "sleeper", "timetable", "rail", "express"))
_SERVICE_NOUN = regex(
    r"\b(?:trains?|bus|buses|coach|coaches|trams?|ferry|ferries|sailings?|crossings?|flights?|planes?|shuttles?|"
    r"northbound|southbound|eastbound|westbound|sleeper|timetabled?|timetables|railway|rail\s+line|"
    r"(?-i:Express))\b", _I)
# A one-digit morning hour to an afternoon's or evening's, as opening hours are written: "open 9:00–17:00".
_MORNING_TO_DAY = regex(
    r"(?<![\d:.])[1-9]:[0-5][05]\s*(?:-|–|—|to|until|till|and)\s*(?:1[2-9]|2[0-3]):[0-5][05](?![\d:.])", _I)


def _opening_hours(c: _Clock) -> bool:
    """Opening hours from a one-digit morning hour, which :func:`_world_window`'s two-digit clocks leave out:
    "The visitor centre, open 9:30–17:30, has toilets" (a clause naming no footage)."""
    return _MORNING_TO_DAY.search(c.text, c.bare, c.end) is not None and not _IN_MEDIA_AFTER.match(c.after) \
        and not _INTO_AFTER.match(c.after) and c.ends(_WINDOW_GOVERNOR, 80) and not footage_word(c.before) \
        and not footage_word(c.clause)


def _paired_with_day_words(c: _Clock) -> bool:
    """A clock whose stretch ends or starts at a time said in the day's words: "The late show starts at 23:00 and
    finishes around 1:30am", "from 21:00 until midnight", "between 11am and 14:30"; or a clock set ahead of an event
    at such a time, as a plan, a recipe or an invitation keeps it: "serve at 7:30 for an 8 p.m. dinner", "gates
    open 18:15 ahead of a 7pm kick-off", "arrive by 6:40 in time for the 7 o'clock curtain"."""
    return _DAY_WORDS_END_AFTER.match(c.after) is not None or c.ends(_DAY_WORDS_START_BEFORE, DAY_WORDS_START_CHARS)


# (a space as pasted HTML writes it too: "an 8&nbsp;p.m. start")
_DAY_WORDS_TIME = r"(?:\d{1,2}(?:[:.][0-5]\d)?(?:\s|&nbsp;|&#160;)?[ap]\.?m\b\.?|noon|midday|midnight)"
_DAY_WORDS_END_AFTER = regex(
    r"\s*,?\s*(?:(?:and|then)\s+)?(?:(?:finishes|finished|ends|ended|closes|closed|wraps(?:\s+up)?|wrapped(?:\s+up)?|"
    r"runs|ran|goes\s+on|went\s+on|continues|continued|lasts|lasted)\s+(?:(?:at|around|about|by|until|till|to)\s+)+"
    rf"|(?:until|till|to|through)\s+|[-–—]\s*"
    r"|(?:for|ahead\s+of|in\s+time\s+for|before)\s+(?:an?|the|our|their|its|his|her|my|your)\s+)"
    rf"(?:{_DAY_WORDS_TIME}|\d{{1,2}}\s?o['’]clock\b)", _I)
# (the clock end may be hedged: "from 7 p.m. until about 9:15", "from 6pm to nearly 9:30"; or told with a verb of
# going on: "starts at 9 p.m. and runs past 10:45")
_DAY_WORDS_START_BEFORE = regex(
    rf"\b{_DAY_WORDS_TIME}\s*(?:[-–—]|to|until|till|and(?:\s+(?:finishes|ends|closes|runs|goes\s+on|continues|lasts|"
    rf"wraps\s+up)\s+(?:past|beyond|until|till|to|at|around|by))?)\s*(?:(?:{HEDGE})\s+)?$", _I)
# How far before the clock its start in the day's words may stand.
DAY_WORDS_START_CHARS = 48


def _diary_leg(c: _Clock) -> bool:
    """A trip report's leg told in the past with its subject left out, opening the sentence, in a paragraph naming no
    footage: "Landed T3 at 05:10", "Arrived Kyoto at 10:53", "Checked in at 14:05" (footage is told in the present;
    a vlog's "Landed at 12:40 in the vid" names it); or a guide's leg told as an instruction: "Depart Te Anau by
    7:30"."""
    if c.bare - c.b > DIARY_LEG_CHARS or _DIARY_LEG_OPENING.fullmatch(c.text, c.b, c.bare) is None \
            or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after):
        return False
    stop = c.text.find("\n\n", c.end, c.end + DIARY_PARAGRAPH_CHARS)
    return not footage_word(c.text, _paragraph_start(c.text, c.begin),
                            c.end + DIARY_PARAGRAPH_CHARS if stop < 0 else stop)


DIARY_LEG_CHARS = 70
# How far after the leg its paragraph is read for footage.
DIARY_PARAGRAPH_CHARS = 600
_DIARY_LEG_OPENING = regex(
    r"[\s>*_•-]*(?:(?:then|finally|eventually)\s+)?(?:landed|arrived|departed|boarded|touched\s+down|took\s+off|"
    r"checked\s+(?:in|out)|cleared\s+(?:customs|immigration|security|passport\s+control)|reached|docked|"
    r"got\s+(?:in|to|back|off|on)|pulled\s+(?:in|into|out)|set\s+(?:off|out)|"
    # (or the leg as an instruction: "Depart Te Anau by 7:30 to beat the sandflies" (round 163), "Leave Nadi at 6:15")
    r"depart|head\s+(?:off|out)|hit\s+the\s+(?:road|trail|track)|leave(?=\s+(?-i:[A-Z])))"
    r"\b[^.;!?:]{0,40}?\s"
    r"(?:at|by|around|about|just\s+after|shortly\s+after|just\s+before)\s+", _I)


def _act_on_at(c: _Clock) -> bool:
    """A performer's slot, in a clause naming no footage: "with the Big Band on at 15:45", "the headliners are on
    from 21:30" (a two-digit clock; "walks on at 2:10" narrates)."""
    return "on" in c.folded_before[-12:] and c.ends(_ACT_ON_BEFORE, 50) \
        and _LINEUP_CLOCK.match(c.text, c.bare) is not None and not _IN_MEDIA_AFTER.match(c.after) \
        and not footage_word(c.clause)


_ACT_ON_BEFORE = regex(
    r"\b(?:band|orchestra|quartet|quintet|trio|duo|choir|ensemble|DJ|act|headliners?|support|set)s?\s+"
    r"(?:(?:is|are)\s+)?on(?:\s+stage)?\s+(?:at|from)\s+$"
    r"|\b(?:band|orchestra|quartet|quintet|trio|duo|choir|ensemble|act|headliners?)['’](?:s|re)\s+on(?:\s+stage)?\s+"
    r"(?:at|from)\s+$", _I)

# A window of the world's day: what a range of two clocks times ("Rally permit:", "load-shedding runs", "the
# exhibition opens ... from"), or a habit ("used to drink mainly between").
_WINDOW_GOVERNOR = regex(
    r"\b(?:permits?|outages?|load[\s-]?shedding|power\s+cuts?|blackouts?|shutdowns?|closures?|roadworks|curfews?|"
    r"(?:opening|visiting|office|business|trading|quiet|peak|off-peak|surgery|clinic)\s+hours|check-?in|check-?out|"
    r"deliver(?:y|ies)|collections?|registration|(?:hours|slots?|windows?|schedule|timetable|rota)\s*:|"
    # a place's hours told: "Pool hours are 07:00 to 20:00", "library hours will be" (not "the last two hours are")
    r"(?<![\w'’-])(?!(?:two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|many|first|last|final|"
    r"opening|closing|these|those|the|its|their|our|my|your|his|her|\d+)\s)[^\W\d][\w'’-]*\s+hours\s+"
    r"(?:are|were|run|will\s+be)\s|"
    r"(?:used\s+to|usually|normally|typically|tends?\s+to)\s+[\w'’-]+|"
    # a working day's hours: "Shift: 06:00–18:00", "her shift ran 07:00 to 19:00"
    r"shifts?|"
    r"drink(?:s|ing)?|feed(?:s|ing)|graz(?:e|es|ing)|opens?|opening|closes?|closing)(?!\w)"
    r"(?:&#?\w+;|[^.;!?]){0,60}$", _I)  # an entity's ";" ends no clause: "14:00&ndash;16:00 and"

# A clock of the day, one or two hours' digits: "6:50", "21:00".
_WORLD_CLOCK = regex(r"(?:[01]?\d|2[0-3]):[0-5]\d(?![:\d])")

_PROSE_BREAK = regex(r"[.!?](?:\s|$)")
# A line-up's clock, two hours' digits or one, a label's colon allowed after it ("Encore at 10:20: Red Dirt") but no
# timecode's seconds ("1:02:15").
_LINEUP_AT = regex(r"(?:[01]\d|2[0-3]):[0-5]\d(?!\d|:\d)")
_ONE_DIGIT_AT = regex(r"\d:[0-5]\d(?!\d|:\d)")
# A label's time told in the day's words: "doors 7:30pm", "doors 7 p.m.".
_DAY_TIME_AT = regex(r"\d{1,2}(?:[:.][0-5]\d)?[^\S\n]?[ap]\.?m\b", _I)
# Each stem is what one or more of _LINEUP_LABEL's alternatives must hold, with the words after it where a bare stem
# is a common word: "running" only of a running order, "times" only of set or performance times (stage times hold
# "stage"), "bill" only before its colon, "tent" only before a number, a colon, a comma, a bracket or the clock,
# "opening" and "closing" only of an act, "dj" only of a set (not "the L.A. Times", "soldiers running", "adjust").
# Grouped by first letter, each branch opening on its letter: ``re`` then tries one branch a position, not all twenty
# (a paragraph holding none was a 30 us scan, now a few).
_LINEUP_STEMS = regex(  # "line" only of a line-up
    r"a(?:rena|cts?\s+on|rtists?\s+on)|b(?:ill\s*:|ands?\s+on)|c(?:losing(?:\s|&nbsp;)+(?:act|band|set|slot)|urfew)"
    r"|d(?:oors|j\s+set)|encore|headlin|line[\s-]?up|m(?:arquee|usic)|o(?:pening(?:\s|&nbsp;)+(?:act|band|set|slot)|pener)"
    r"|performance[\s-]+times|running[\s-]+order|s(?:tage|upport|et(?:[\s-]+times|\s+time)|how)|tent\s*(?:[\d:,(]|$)"
    r"|warm")
_LINEUP_LABEL = regex(
    r"\b(?:line[\s-]?ups?|running[\s-]+orders?|(?:set|stage|performance)[\s-]+times|(?:the\s+)?bill\s*:|"
    r"(?:main|second|third|big|small|outdoor|indoor|north|south|east|west|other)\s+stage\b|"
    r"(?:stage|tent|arena|marquee)\s*(?:\d+\s*)?:|"
    # a named stage, then its times: "Pyramid Stage, 21:45–23:20", a schedule's line "Pyramid Stage 21:45–23:15:
    # Marsh Lanterns" (round 135; not "falls off the stage, 12:40")
    r"(?-i:[A-Z])[\w'’-]*\s+(?-i:Stage|Tent|Arena|Marquee)\s*(?=$)|"
    r"(?-i:[A-Z])[\w'’-]*\s+(?:stage|tent|arena|marquee)\s*[,(](?=\s*$)|doors(?:\s+open)?[*_]{0,2}\s*:?[*_]{0,2}\s*"
    r"(?=\d\d[:.]\d\d|\d{1,2}(?:[:.][0-5]\d)?[^\S\n]?[ap]\.?m\b|$)|"
    # a line-up's act right before its set's clock: "Support act 19:15", "Headliners from 20:45 to 22:15"; the band's
    # start as a gig's listing gives it, opening its field (round 118: "(doors 7:30pm, on stage 9:15)")
    r"(?P<act>(?:support|opening|closing|warm[\s-]?up)(?:\s|&nbsp;)+(?:acts?|bands?|sets?|slots?)|support|openers?|"
    r"headliners?|headline\s+sets?|headlining\s+(?:acts?|sets?)|DJ\s+sets?|encores?|curfew|"
    r"(?:(?<=[(,;|•·/\n])|(?<=[(,;|•·/\n][ \t]))(?:on[\s-]?stage|(?:band|bands|act|acts|artist)\s+on|music|show|"
    r"live\s+music)|(?:stage|set)\s+time)"
    r"(?:[\s*_|:,–-]|</?(?:td|th|dt|dd|b|strong)\b[^<>]{0,30}>){0,12}(?:(?:from|at|between|until|till)\s+)?"
    r"(?=\d\d[:.]\d\d|\d{1,2}(?:[:.][0-5]\d)?[^\S\n]?[ap]\.?m\b|$))", _I)


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


def planned_day_lines(c: _Clock) -> bool:
    """A clock opening its line in a run of at least ``PLAN_LINES`` lines each opened by a clock and a task, under a
    plan's words: "Sunday batch-cook plan\n\n09:30 Drain the chickpeas\n10:00 Oven on\n10:15 ...". The run is a day's
    plan when its clocks climb from a clock of the morning or later (never 0:00, as a chapter list opens), every one on
    a quarter hour ("09:30", "10:15"), as a chapter list's stamps seldom all are."""
    line = c.text.rfind("\n", 0, c.begin) + 1
    if c.text[line:c.bare].strip(_PLAN_MARKS) or c.bare != c.begin or not _PLAN_LINE.match(c.text, line):
        return False
    # Every line of a run has its run's first line and its verdict: each is found once per text, not walked again
    # for each clock of the run (a run of thousands of clock-led lines was walked up and down for each: quadratic).
    firsts, verdicts = _line_runs(c.text, "plan")
    walked, first = [], line  # the run's first line, walked up
    while first not in firsts and first > 0:
        above = c.text.rfind("\n", 0, first - 1) + 1
        if not _PLAN_LINE.match(c.text, above):
            break
        walked.append(first)
        first = above
    first = firsts.get(first, first)
    firsts.update(dict.fromkeys(walked, first))
    if first not in verdicts:
        verdicts[first] = _planned_day(c.text, first)
    return verdicts[first]


def _planned_day(text: str, first: int) -> bool:
    """The run of clock-led lines from ``first`` is a day's plan (:func:`planned_day_lines`)."""
    values, at = [], first
    for m in _PLAN_LINE.finditer(text, first):
        if m.start() != at:
            break
        values.append(int(m.group("h")) * 60 + int(m.group("m")))
        at = m.end()
    return len(values) >= GUIDE_LINES and values[0] >= PLAN_EARLIEST and all(v % 15 == 0 for v in values) \
        and all(a < b for a, b in zip(values, values[1:])) and values[-1] < 24 * 60 \
        and (len(values) >= PLAN_LINES and _told_as_plan(text, first) or _told_as_guide(text, first))


def _told_as_guide(text: str, first: int) -> bool:
    """The heading line right above the run starting at ``first`` names a channel's listings (round 124: "TONIGHT ON
    SUPERSPORT\n18:00 Blitzboks recap\n19:30 Stormers v Bulls build-up"): when each programme goes out, a day's
    clock."""
    lo = max(0, first - PLAN_HEADING_CHARS)  # (only the text within reach is cut: a page of runs)
    above = lo + len(text[lo:first].rstrip())
    heading = max(lo, text.rfind("\n", lo, max(lo, above - 1)) + 1)
    return _GUIDE_WORDS.search(text, heading, above) is not None


def _told_as_plan(text: str, first: int) -> bool:
    """A plan's words stand above the run starting at ``first``; a day's or a trip's ("day trip", "our first day",
    "timings", "route") only on the heading line right above it, naming no footage (round 118: "Oor Skye day trip, for
    anyone asking:\n- 07:45 leave Inverness" is the day's itinerary; "Highlights from our Skye trip video:\n- 06:15
    the Storr summit" lists positions)."""
    lo = max(0, first - PLAN_HEADING_CHARS)  # (only the text within reach is cut and searched: a page of runs)
    above = lo + len(text[lo:first].rstrip())
    heading = max(lo, text.rfind("\n", lo, max(lo, above - 1)) + 1)
    for m in _PLAN_WORDS.finditer(text, lo, first):
        if m.group("trip") is None or (m.start() >= heading and not footage_word(text, heading, first)
                                       and not _CHAPTERS_WORD.search(text, heading, first)):
            return True
    return False


# A heading naming the lines as a work's chapters: "It was a long day. Here are the chapters:".
_CHAPTERS_WORD = regex(r"\b(?:chapters?|timestamps?|time\s?codes?|track\s?list(?:ing)?|contents)\b", _I)


@lru_cache(maxsize=4)
def _line_runs(text: str, kind: str) -> tuple[dict[int, int], dict[int, bool]]:
    """Two memos for one text (filled by the caller, ``kind`` telling whose): a line's start -> where the walk up
    from it ends, and that place -> the verdict."""
    return {}, {}


# How many clock-led lines a day's plan holds at least, the earliest clock it may open on (5:00, in minutes), and how
# far above it its plan's words may stand.
PLAN_LINES = 4
GUIDE_LINES = 2  # (a channel's listings, named as such, may be shorter: :func:`_told_as_guide`)
PLAN_EARLIEST = 5 * 60
PLAN_HEADING_CHARS = 300
# A line opened by a clock of the day and a task in words: "09:30 Drain the chickpeas, check the soak".
# (a list's mark may open it: "- 07:45 leave Inverness", "* 10:00 Bibury, tea and scones")
_PLAN_MARKS = " \t-*•·"
_PLAN_LINE = regex(r"[ \t]*(?:[-*•·][ \t]+)?(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])[ \t]+[^\W\d][^\n]*(?:\n|$)")
_PLAN_WORDS = regex(
    r"\b(?:plan|plans|planner|schedule|timetable|programme|program|agenda|itinerary|rota|run[\s-]?sheet|"
    r"running\s+order|order\s+of\s+(?:the\s+)?day|prep\s+day|batch[\s-]?cook(?:ing)?|meal\s+prep|"
    # a trip's day told line by line (round 118: "Oor Skye day trip, for anyone asking:")
    r"(?P<trip>(?:day|road|coach|walking|bike|cycling|weekend|school|family)[\s-]?trips?|trips?|days?\s+out|outings?|"
    r"excursions?|getaway|holiday|honeymoon|weekend|timings?|route|day(?![^\S\n]*\d)|"
    # a stage's or a festival's acts told line by line, read as a trip's words are (round 128: "Riverbend Folk
    # Festival — Saturday stage times (Main Stage)\n\n12:30 The Tallow Sisters\n14:00 ..."; not "Set times in the
    # festival stream:")
    r"(?:set|stage|performance|show)[\s-]?times|line[\s-]?ups?|billing)\b)", _I)


# A heading naming a channel's or a station's listings: "Tonight on BBC Two", "On Channel 4 tonight", "TV guide",
# "What's on this weekend", "Coming up on Sky Sports", "Radio listings".
_GUIDE_WORDS = regex(
    r"\b(?:(?:tonight|today|this\s+(?:evening|afternoon|morning|weekend|week)|tomorrow|coming\s+up|next|later)"
    r"\s+on\s+(?-i:[A-Z])|\bon\s+(?-i:[A-Z])[^\n]{0,30}?\s(?:tonight|this\s+evening)\b|"
    r"(?:tv|television|radio|channel|programme|program)\s+(?:guide|listings?|schedule)|listings\b|"
    r"what['’]s\s+on\b|on\s+air\s+(?:today|tonight)|epg\b)", _I)


_LABELLED_ITEM = regex(r"\s*<li\b[^<>]{0,30}>\s*[^<>:\d]{1,40}:\s*", _I)


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
    if heading is None or _MEDIA_HEADING.search(c.text, start, heading.end()) \
            or _chapter_title_heading(c.text, heading):
        return False  # "Video timeline: 0:15 - convoy enters frame" lists positions
    if heading.end() < c.b and "\n" not in c.text[heading.end():c.begin]:
        return False  # the heading's sentence is over, no list line follows
    first = TIMECODE.search(c.text, heading.end(), c.end)
    # A list that starts at 0:00 or 00:15 walks through footage, not a day.
    return first is None or not _ZERO_MINUTES.fullmatch(first.group(0))


# A heading line that names a time zone in brackets: "Timeline (BST)", "Key events (all times UTC)", "Log (local time)".
_ZONE_HEADING = regex(
    r"[#*\s]*[^\n\d:()]{1,40}\((?:all\s+times\s+(?:are\s+)?(?:in\s+)?)?"
    r"(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T|JST|IST|AEST|AEDT|local(?:\s+time)?)\)[*:]*\s*", _I)
# A line that opens with a clock: "14:02 – first alarm raised".
_CLOCK_LED_LINE = regex(r"[ \t]*\d{1,2}:[0-5]\d(?![\d:])")


def _under_zone_heading(c: _Clock) -> bool:
    """A clock opening its line under a heading that names a time zone, every line between opening with a clock:
    "Timeline (BST)\n14:02 – first alarm raised\n14:11 – first fire engine on scene" lists times of day."""
    line = c.text.rfind("\n", 0, c.begin) + 1
    if line == 0 or not c.text[line:c.begin].strip() == "":
        return False
    # The walk up from a line ends as the walk from the clock-led line above it does: each line's is read once
    # per text (a run of thousands of clock-led lines was walked up for each clock: quadratic).
    _, known = _line_runs(c.text, "zone")
    walked, end, found = [], line - 1, False
    while end > 0:
        if end + 1 in known:
            found = known[end + 1]
            break
        walked.append(end + 1)
        begin = c.text.rfind("\n", 0, end) + 1
        if _ZONE_HEADING.fullmatch(c.text, begin, end):
            found = True
            break
        if not _CLOCK_LED_LINE.match(c.text, begin, end):
            break
        end = begin - 1
    known.update(dict.fromkeys(walked, found))
    return found


def _list_heading(c: _Clock) -> str | None:
    """A clock on a list or table line under a heading line that names a plan or a timetable (a time of
    day) or results (a race time), in the same paragraph, every line between being a list line:
    "Race results\n1. K. Otieno 2:06:41", "Session plan\n| Drills | 09:15 | 40 min |". A list line naming
    footage, or a list starting at 0:00, walks through footage."""
    line = c.text.rfind("\n", 0, c.begin) + 1
    if _under_zone_heading(c):
        return "time of day"
    if line == 0 or not _LIST_LINE.match(c.text, line) or _IN_MEDIA_ANYWHERE.search(c.text, line, c.e) \
            or paired_position(c.text, c.bare):
        return None  # (nor the footage's own position on a line its clock opens: "- 16:00 Carol service livestream
        # (1h 15m) — ... from 1:02:30 to 1:09:00", round 118)
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


def workout_zero_hour_part(c: _Clock) -> str | None:
    """A zero-hour time on a list line under a workout's heading is a part's length like its siblings, before the rule
    that makes every "0:30" a position: "WORKOUT STRUCTURE\n• Warm-up walk — 5:00 at 5.5 km/h\n• Pickups — 4 × (0:30
    at 10.0 km/h / 1:30 at 8.0 km/h)" (round 141, chapters). Not a stretch, nor the list's 0:00: "STRETCH
    ROUTINE\n- Neck rolls: 0:00 – 2:30" walks through the footage from its start."""
    if _ZERO_HOUR.search(c.text, c.begin, c.end) is None or c.opens_range \
            or _ZERO_START.search(c.text, c.begin, c.end) is not None:
        return None
    return "duration" if _list_heading(c) == "duration" else None


# A line of a list or a table: "| Drills | 09:15 |", "1. K. Otieno 2:06:41", "• 06:05 Depot", "- keep 0:00-0:08".
_LIST_LINE = regex(r"\s*(?:\||[-*•·]\s|\d{1,2}[.)]\s)")
_LIST_HEADING = regex(
    r"[#*\s]*[^\n\d:]{0,40}?\b(?:(?P<plan>time-?table|schedule|plan|programme|program|itinerary|agenda|running\s+order|"
    # (not a check's results, which walk through the footage checked: "QC results from our side:", "Playback test
    # results", "Review results" (round 199))
    r"line-?up|rota)|(?<!\bQC\s)(?<!\bQA\s)(?<!\btest\s)(?<!\btesting\s)(?<!\bcheck\s)(?<!\breview\s)"
    r"(?<!\bscreening\s)(?<!\baudit\s)"
    r"(?P<results>results|standings|classification|leaderboard|finishers|finishing\s+times|split\s+times)"
    r"|(?P<workout>workouts?|training|circuits?|routine|intervals|drills|warm-?up|exercises))"
    # a total may follow: "Workout (total 24 min):"
    r"\b(?:[^\n\d:]|\d+\s?(?:min|mins|minutes|h|hrs?|hours?|s|secs?|seconds)\b){0,30}?[*:]*\s*",
    _I,
)

_IN_MEDIA_ANYWHERE = regex(rf"\b(?:in|into)\s+the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b", _I)

_MEDIA_HEADING = regex(rf"\b{MEDIA_NOUN}\s+(?:time-?line|schedule|line-?up|running\s+order)\b", _I)
_SCHEDULE_HEADING = regex(
    r"\b(?:time-?line|timetable|schedule|line-?up|itinerary|running\s+order|agenda|departures|arrivals|set\s+times)"
    # the day it plans may follow: "Schedule for Day 4:", "Agenda for Friday:"
    rf"(?:\s+(?:for|on)\s+(?:day\s+\d{{1,2}}|today|tonight|tomorrow|{WEEKDAY}|\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}}))?"
    r"\s*:(?=\s)|\b(?:services?|bus|buses|trains?|trams?|ferry|ferries|flights?|shuttles?)\b[^:.\n\d]{0,30}:(?=\s)",
    _I,
)
# A line opened by a stamp, a list's mark or a bracket before it: "(31:20) ", "- 0:41:08 ", "**12:05** ".
_STAMP_LED_LINE = regex(
    r"[^\S\n]*(?:[-*•·>#]+[^\S\n]*)?[*_]{0,2}[\[(]?\d{1,2}:[0-5]\d(?::[0-5]\d)?[\])]?[*_]{0,2}[^\S\n]")


def _chapter_title_heading(text: str, heading: re.Match[str]) -> bool:
    """A schedule's word in a chapter's title, on a line its own stamp opens (round 131: "(31:20) Bus Carousel: did
    it work?" in a show's chapter list): the title names a topic, not a timetable for the stamps after it."""
    line = text.rfind("\n", 0, heading.start()) + 1
    return _STAMP_LED_LINE.match(text, line, heading.start()) is not None


# One of these is in every _SCHEDULE_HEADING match (tests/test_moments_gates.py).
_SCHEDULE_STEMS = any_stem(("line", "table", "schedule", "itinerary", "running", "agenda", "departure", "arrival",
                            "times", "service", "bus", "train", "tram", "ferr", "flight", "shuttle"))


def room_slot(c: _Clock) -> bool:
    """A clock of the day's shape told with the room it is kept in ("Hearing of the committee, 14:00, Room 3A",
    "opens at 10:00 in Court 4"), or the hours it is kept there ("Lecture was 9:00–10:00 in Room 1.14" (round 56)): a
    sitting's slot in a building, not a position in footage."""
    return _ROOM_SLOT_CLOCK.fullmatch(c.text, c.bare, c.end) is not None and _ROOM_AFTER.match(c.after) is not None


# A clock of the day's shape, or two as a span of hours: "14:00", "9:00–10:00", "09:30 to 11:00".
_ROOM_SLOT_CLOCK = regex(r"(?:(?:[01]?\d|2[0-3]):[0-5]\d[^\S\n]*(?:-|–|—|to)[^\S\n]*(?:[01]?\d|2[0-3])"
                         r"|(?:[01]\d|2[0-3])):[0-5]\d(?![:\d])")


# A room named after the clock, its noun capitalised and numbered or lettered: ", Room 3A", " in Council Chamber 2".
_ROOM_AFTER = regex(
    r"[^\S\n]*(?:,|\bin|\bat)[^\S\n]+(?:the[^\S\n]+)?(?:(?-i:[A-Z])[\w'’-]*[^\S\n]+){0,2}"
    r"(?-i:Room|Rooms|Court|Courtroom|Chamber|Hall|Suite|Auditorium|Studio|Theatre|Lecture\s+Theatre)"
    r"[^\S\n]+(?-i:[A-Z0-9])[\w.-]{0,4}\b", _I)
