"""Events, sayings, plans and stories that place a clock in the world ("the rally began at 10:45",
"it was 04:00 there"), and second clocks that run parallel to a day's clock."""

from __future__ import annotations

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import (
    _HOUR_MINUTE,
    _I,
    _IN_MEDIA_AFTER,
    _INTO_AFTER,
    _TOD_SUFFIX,
    CONTEXT_CHARS,
    NEAR_CHARS,
    _Clock,
    _paragraph_start,
    _whole_seconds,
    footage_word,
)
from annotate.moments.exclusions.live import _LINEUP_CLOCK, _live_prose_clock
from annotate.moments.exclusions.narration import _AT_OPENING, _clause_opening, _later_the_same_morning
from annotate.moments.exclusions.schedules import (
    _WINDOW_GOVERNOR,
    _WORLD_CLOCK,
    _act_on_at,
    _diary_leg,
    _opening_hours,
    _paired_with_day_words,
)
from annotate.moments.exclusions.screen_clocks import _camera_clock_again
from annotate.moments.exclusions.stamps import WHERE_IN_QUESTION
from annotate.moments.exclusions.world_times import _MARKUP_LEAD, OWN_BREAK
from annotate.moments.numbers import parse_duration
from annotate.moments.patterns import HEDGE, TIMECODE, any_stem


def _world_event(c: _Clock) -> str | None:
    """Events, sayings, stories and second clocks that place a clock in the world (the rule after
    ``_stated_world_time``)."""
    if _world_event_clock(c) or _world_clock_said(c) or _story_time(c) or _span_as_long_as_told(c) \
            or _parallel_to_day_clock(c) or _live_prose_clock(c) or _paired_with_day_words(c) or _act_on_at(c) \
            or _diary_leg(c):
        return "time of day"  # "Temperatures hit 24°C by 10:15", "(it was 04:00 there!)", "At 6:40 the ferry leaves"
    if _plan_clock(c) or _unrecorded_clock(c):
        # "Start 06:00, summit by 11:30.": a day's plan; "No recording (fire alarm at 10:52)": nothing was recorded
        return "time of day"
    if _camera_clock_again(c):
        return "clock shown on screen"  # "whose clock runs 3 minutes fast, shows the same moment at 19:11:54"
    if _shut_until(c):
        return "time of day"  # "The road was closed from 06:10 until 09:45": how long a place stayed shut
    if _world_window(c) or _opening_hours(c):
        return "time of day"  # "Rally permit: 14:00–16:00", "opens ... from 10:00 to 16:00", "used to drink between"
    return None


def _unrecorded_clock(c: _Clock) -> bool:
    """A clock in the note saying a sitting has no recording: "No recording (fire alarm at 10:52; we lost the rest)",
    "No video this week: the stream failed at 19:05" (what was not recorded has no positions; a later sentence may
    send the reader to another recording's)."""
    return "no " in c.folded_before and c.ends(_NO_RECORDING_BEFORE, 90)


# A line or an item opened by "No recording" (or video, stream), then a bracket, colon or dash and the words of the
# same clause: "<li>No recording (fire alarm at ", "- No stream today: the encoder crashed at ".
_NO_RECORDING_BEFORE = regex(
    r"(?:^|\n|<li>|<p>|[.!?]\s)[ \t]*(?:[-*•][ \t]+)?(?:[*_]{1,2})?(?-i:No)\s+"
    r"(?:recording|video|footage|stream|livestream|webcast|VOD)s?\b(?:\s+(?:this\s+week|today|tonight|for\s+(?:this|that|the)\s+\w+))?(?:[*_]{1,2})?\s*[(:–—-]"
    r"[^.;!?()\n]{0,70}$", _I)


# A step of a day's plan before its two-digit clock: "Start 06:00", "summit by 11:30", "leave at 07:15", "camp: 17:00";
# the steps that only a plan has ("summit", "arrive", "camp"), apart from "start"/"finish" that a trim also has.
_PLAN_STEP_BEFORE = regex(
    r"\b(?:(?P<edge>start(?:ing)?|finish(?:ing)?)|set(?:ting)?\s+(?:off|out)|leave|leaving|depart(?:ure)?|"
    r"arrive|arrival|arriving|summit|reach|camp|lunch|breakfast|dinner|back|home|return|wake(?:[\s-]+up)?|"
    r"lights\s+out|check[\s-]?in|check[\s-]?out)(?:(?:\s+(?:at|to|in|on))?\s+the\s+[\w'’-]+)?"
    r"\s*(?:(?:by|at|around|before|no\s+later\s+than)\s+)?[:\-–—]?\s*$", _I)
# A plan's step labelled by the part of the day or the day of the trip it falls in: "Summit night start: ", "Morning
# departure: ", "Day 3 wake-up: " (round 98's packing list; not "Night scene start: ", a scene of footage).
_DAY_PART_STEP_BEFORE = regex(
    r"\b(?:night|morning|evening|afternoon|dawn|pre-?dawn|overnight|day\s+(?:\d{1,2}|one|two|three|four|five|six|seven))"
    r"\s+(?:start|departure|depart|set[\s-]+(?:off|out)|wake[\s-]?up|leave|check[\s-]?in)"
    r"\s*(?:(?:at|by)\s+)?[:\-–—]?\s*$", _I)
_PLAN_STEP_STEMS = any_stem(("start", "finish", "set", "leav", "depart", "arriv", "summit", "reach", "camp", "lunch",
                             "breakfast", "dinner", "back", "home", "return", "wake", "lights", "check"))
_PLAN_CLOCK = regex(r"(?<![\d:.,])(?:[01]\d|2[0-3]):[0-5]\d(?![\d:.,]\d)")
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
    if c.ends(_DAY_PART_STEP_BEFORE, 40):
        return True  # "Summit night start: 23:30", "Day 3 wake-up: 05:30": a step its part of the day or trip labels
    steps = [_PLAN_STEP_BEFORE.search(c.text, max(lo, m.start() - 40), m.start())
             for m in _PLAN_CLOCK.finditer(c.text, lo, hi)]
    return len(steps) > 1 and all(steps) and any(s is not None and s.group("edge") is None for s in steps)


# Two-digit hours on the world's round minutes (a position in footage falls on any second).
_WINDOW_CLOCKS = regex(r"(?<![\d:.])(?:[01]\d|2[0-3]):[0-5][05](?![\d:.])")

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
_TRAVEL_GOVERNOR = regex(
    r"\b(?:trams?|bus|buses|trains?|metro|tube|subway|underground|ferry|ferries|cable\s+cars?|funiculars?|"
    r"rush[\s-]hours?|pickpockets?|crowds?|crowded|busy|busiest|packed|queues?|traffic|congestion|tolls?|avoid)"
    r"(?!\w)[^.;!?]{0,60}$", _I)
# A service told right after the range: "Between 11:00 and 16:00 the trams are packed".
_TRAVEL_AFTER = regex(
    r"[^.;!?]{0,30}?\b(?:trams?|buses|trains?|metro|tube|subway|underground|ferry|ferries|rush[\s-]hours?|"
    r"pickpockets?)(?!\w)", _I)
# A reader sent to view the stretch ("Watch the crowd between 10:00 and 11:15"), not warned ("watch for", "watch out").
_VIEWER_SENT = regex(
    r"\b(?:watch(?!\s+(?:for|out)\b)|see|look\s+at|(?:skip|jump)\s+(?:to|ahead|forward)|rewind|replay|play)\b", _I)
_TRAVEL_HOURS = regex(r"(?:0[6-9]|1\d|2[0-3]):(?:00|15|30|45)")


def _shut_until(c: _Clock) -> bool:
    """"The road was closed from 06:10 until 09:45", "The bridge is closed until 21:00", "Yellow wind warning until
    21:00", "an amber warning from 06:00 to 18:00": a place shut or a warning in force for a stretch of the day, up
    to the clock or over the range it opens (not where the clause names footage: "the view stays blocked until 0:45
    in the clip")."""
    shut = c.may_end(_SHUT_STEMS) and c.ends(_SHUT_STATE_BEFORE) \
        and (c.opens_range or c.folded_before.rstrip().endswith(("until", "till")))
    in_force = not shut and c.may_end(_IN_FORCE_STEMS) and (
        c.ends(_IN_FORCE_UNTIL_BEFORE) or (c.opens_range and c.ends(_IN_FORCE_FROM_BEFORE)))
    return (shut or in_force) and not footage_word(c.clause)


# A place shut for a while: "was closed from", "remained blocked between", "were evacuated from", "is closed until"
_SHUT_STATE_BEFORE = regex(
    r"\b(?:is|are|was|were|been|being|remained|remains|stayed|stays)\s+(?:(?:temporarily|partly|fully)\s+)?"
    r"(?:closed|shut|blocked|cordoned\s+off|sealed\s+off|suspended|evacuated|closed\s+off|without\s+power)\s+"
    r"(?:(?:until|till)\s+)?$", _I)
_SHUT_STEMS = any_stem(("clos", "shut", "block", "cordon", "seal", "suspend", "evacuat", "power"))
# A warning or a ban in force up to a clock: "Yellow wind warning until 21:00", "the curfew is in force till 06:00";
# a power or water cut so too, at its stage: "Load shedding is stage 4 till 22:00", "the water outage continues until
# 18:30" (round 98).
_OUTAGE = r"load[\s-]?shedding|outages?|power\s+cuts?|blackouts?|water\s+cuts?|(?:power|water|supply)\s+interruptions?"
_IN_FORCE_UNTIL_BEFORE = regex(
    rf"\b(?:warnings?|alerts?|curfews?|bans?|advisory|advisories|restrictions?|closures?|diversions?|{_OUTAGE})\s+"
    r"(?:(?:in|across|for|on)\s+(?:[\w'’-]+\s+){1,3}?)?"  # (where: "the water outage in Ward 12 continues until")
    r"(?:(?:is|are|remains?|stays?|was|were|continues?|continued|runs?|ran|lasts?|lasted|will\s+(?:be|run|last|stay))"
    r"\s+)?(?:(?:at\s+)?(?:stage|level|phase)\s+\w+\s+)?(?:in\s+(?:force|place|effect)\s+)?(?:until|till)\s+$", _I)
# ... or over both its clocks: "had issued an amber warning from 06:00 to 18:00", "a ban was in force between".
_IN_FORCE_FROM_BEFORE = regex(
    r"\b(?:warnings?|alerts?|curfews?|bans?|advisory|advisories|restrictions?|closures?|diversions?)\s+"
    r"(?:(?:is|are|remains?|stays?|was|were|runs?|ran|lasts?|lasted)\s+)?(?:in\s+(?:force|place|effect)\s+)?"
    r"(?:(?:from|between)\s+)?$", _I)
_IN_FORCE_STEMS = any_stem(("warn", "alert", "curfew", "ban", "advisor", "restrict", "closure", "diversion", "shedding",
                             "outage", "cut", "blackout", "interruption"))


# A stretch told with its length, then its two clocks: "failed for about 40 minutes between 8:10 and 8:50".
_FOR_LENGTH_BEFORE = regex(
    rf"\bfor\s+(?:(?:{HEDGE})\s+)?(?P<len>(?:[\w-]+\s+){{1,3}}?(?:minutes?|mins?|hours?|hrs?))\s*,?\s*"
    r"(?:(?:between|from)\s+)?$", _I)

# A clause told the same way as the one before, whose clock said its half of the day: "By 4:30am the buses were
# unloading, and by 5:15 the queue stretched past the statue".
_PARALLEL_OPENS_BEFORE = regex(
    r"[,;]\s*(?:(?:and|then|but)\s+)?(?P<p>by|at|until|till|from|around|before|after)\s+$", _I)
_DAY_HALF_CLOCK = regex(
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
    06:50"), an arrival due or late then ("a ship due at 14:00"), a court's or meeting's break ("We'll take the
    afternoon break at 15:30"), a broadcast's slot ("It first aired on 14 May 2021 on ITV at 21:00")."""
    if not _WORLD_CLOCK.match(c.text, c.bare) or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after):
        return False
    if (c.may_end(_AIRED_STEMS) and c.ends(_AIRED_BEFORE, 80) and not c.ends(_SHOWN_TO_AUDIENCE_BEFORE, 80)
            and not c.ends(_SHOWN_IN_PICTURE_BEFORE, 90)) or (
            c.may_end(_RECESS_STEMS) and c.ends(_RECESS_BEFORE, 60)) or (
            c.may_end(_LIFE_STEMS) and c.ends(_LIFE_EVENT_BEFORE, 70)) or (
            c.may_end(_LISTED_STEMS) and c.ends(_LISTED_SLOT_BEFORE, 80)) or (
            "declar" in c.folded_before and c.ends(_DECLARED_BEFORE, 60)) or _clocked_in_or_out(c) or (
            c.may_end(_CAME_UPON_STEMS) and c.ends(_CAME_UPON_FOOTAGE_BEFORE, 70)):
        return True  # a broadcast's slot, a court's break, a death: times of day whatever footage the sentence names
    measured = (c.may_end(_MEASURE_STEMS) and (c.ends(_MEASURE_BY_BEFORE) or c.ends(_MEASURE_PER_READING_BEFORE, 90))
                or _MEASURE_AFTER.match(c.after)) and _LINEUP_CLOCK.match(c.text, c.bare)
    happened = ("happen" in c.folded_before or "occur" in c.folded_before or "took" in c.folded_before) \
        and c.ends(_HAPPENED_AT_BEFORE, 80) and _LINEUP_CLOCK.match(c.text, c.bare) is not None \
        and not c.text.startswith("00", c.bare)
    if not (measured or happened or _timetabled_clock(c)
            or ("since" in c.folded_before[-12:] and c.ends(_SINCE_BEFORE, 8))
            or ("break" in c.folded_before[-NEAR_CHARS:] and c.ends(_BREAK_PLANNED_BEFORE))):
        return False
    return not footage_word(c.clause)


def _timetabled_clock(c: _Clock) -> bool:
    """A two-digit clock something is due at, or reaches hours or minutes late at: "a ship due at 14:00", "arrives
    three hours late, at 17:00" (a timetable's clock; footage is not late by minutes)."""
    near = c.folded_before[-DUE_CHARS:]
    return ("due" in near or "late" in near) and c.ends(_DUE_OR_LATE_BEFORE, DUE_CHARS) \
        and _LINEUP_CLOCK.match(c.text, c.bare) is not None


def _world_clock_said(c: _Clock) -> bool:
    """A clock said as the time somewhere ("it was 04:00 there!", "it's 9:40 in Lagos", a conversion's "That's 13:30 in
    London"), in real time ("would
    put the start at 02:25 in real time"), or a witness's answer opening its line after a question asking what
    time ("Q. You posted it at what time?\nA. Around 6:40, after work")."""
    after = c.after
    line = c.text.rfind("\n", max(0, c.begin - NEAR_CHARS), c.begin) + 1
    first_line = line == 0 and c.begin <= NEAR_CHARS  # the text's own first line opens near
    if ("time" not in after[:24] and "it" not in c.folded_before[-24:] and "that" not in c.folded_before[-24:]
            and line == 0 and not first_line) \
            or _IN_MEDIA_AFTER.match(after):
        return False  # cheap tests first: no "time" after, no "it" nor "that" before, no line start near
    if _REAL_TIME_AFTER.match(after) or (_ELSEWHERE_AFTER.match(after) and c.ends(_IT_WAS_BEFORE, 30)
                                         and not _TO_THE_SECOND.match(c.text, c.bare)):
        return True  # (a place's time is told to the minute: "it's 9:01:50 there" is the copy just named)
    if (line == 0 and not first_line) or not _ANSWER_OPENING.fullmatch(c.text, line, c.begin):
        return False
    said = _WORLD_CLOCK.match(c.text, c.bare, c.end)  # the span may hold a hedge after it: "21:10 or so"
    question = c.text[c.text.rfind("\n", max(0, line - 1 - CONTEXT_CHARS), line - 1) + 1:line] if line else ""
    if said is not None and _GUESSED_CLOCK_AFTER.match(c.text, said.end(), c.e) and not footage_word(c.clause) \
            and not footage_word(question) and not WHERE_IN_QUESTION.search(question):
        # ("Q. Is that you at 12:05 on the tape?\nA. About 12:10, I think."; "Q. Where on Exhibit 4 does the door
        # open?\nA. Roughly 2:10, I think.": a place in a recording asked for)
        return True  # "WITNESS: 16:20, 16:25 maybe.": a speaker's guess at the clock of the day
    if line == 0:
        return False  # no question above the text's first line
    if "time" in question and _WHAT_TIME_QUESTION.search(question) is not None:
        return True
    # "Q. And the procedure began at 10:15 a.m.?\nA. About 10:20.": an answer about the question's clock of the day
    return question.rstrip().endswith("?") and any(_TOD_SUFFIX.match(question, m.end())
                                                   for m in _WORLD_CLOCK.finditer(question))


def _story_time(c: _Clock) -> bool:
    """A clock opening a sentence or clause ("At 6:40 the bus leaves without her; by 9:15 ...") in a paragraph that
    sets a story's time ("The episode is set over one night"), or anywhere in its sentence under a plot's heading a
    few hours after an am/pm clock its paragraph told ("== Plot ==\nAt 3:00 a.m. ... the guard shift changing at
    6:15"), in a sentence naming no footage: a time in the story, not in the footage ("the title card follows at
    2:40" is a position)."""
    opening = _clause_opening(c)
    lead = _MARKUP_LEAD.match(c.text, opening, c.bare)  # past "**", "<b>", "> "
    opening = lead.end() if lead else opening
    start = _paragraph_start(c.text, c.begin)
    if _AT_OPENING.fullmatch(c.text, opening, c.bare):
        told = _STORY_SET.search(c.text, start, c.begin) if _STORY_STEMS.search(c.text[start:c.begin].casefold()) \
            else None
        if told is None or (told.group("heading") and _within_runtime_field(c)):
            return False
    elif not (_later_the_same_morning(c) and _story_heading_above(c.text, start, c.begin)):
        # (or anywhere in its sentence under a plot's heading, a few hours after an am/pm clock the story told: "==
        # Plot ==\nAt 3:00 a.m. Oye is woken ... with the guard shift changing at 6:15" (round 89); not a review's
        # "The plot is simple: at 3 a.m. a man wakes. Jump to 4:10 to see the dog.")
        return False
    return not footage_word(c.text, c.b, c.e) and not _PICTURE_GRAMMAR.search(c.text, c.end, c.e)


def _story_heading_above(text: str, start: int, begin: int) -> bool:
    """Whether the section holding ``begin`` is headed as a story's telling ("== Plot ==", "## Synopsis", a "Plot"
    line opening the paragraph that starts at ``start``)."""
    if _STORY_HEADING.match(text, start + (text[start:start + 2] == "\n\n") * 2):
        return True
    floor = max(0, begin - STORY_HEADING_CHARS)
    at = max(text.rfind("\n=", floor, begin), text.rfind("\n#", floor, begin))
    at = at + 1 if at >= 0 else 0 if floor == 0 and text[:1] in ("=", "#") else -1
    return at >= 0 and _STORY_HEADING.match(text, at) is not None


# How far back a section's heading is looked for; a heading line naming a story's telling.
STORY_HEADING_CHARS = 3000
_STORY_HEADING = regex(r"[ \t=#*_]*(?:plot(?:\s+summary)?|synopsis|story|premise|summary)[ \t=#*_:]*(?:\n|$)", _I)


# A reading with its unit, then "by"/"at"/"from": "hit 24°C by", "peaked at 38 degrees at", "gusts of 90 km/h at".
_MEASURE_BY_BEFORE = regex(
    r"\d(?:[.,]\d+)?\s*(?:[°º]\s*[CF]?|degrees(?:\s+(?:Celsius|Fahrenheit|C|F))?|mm|cm|km/h|kph|mph|knots|%|"
    # a gauge's or a meter's reading: "read 4.31 metres at", "1,002 hPa by"
    r"per\s*cent|percent|metres|meters|feet|ft|hPa|mbar|millibars|ppm)\s+"
    # where it was read, or the weather that set in with it: "2°C at the pad at", "6°C and raining steadily from"
    r"(?:(?:at|on|in|near)\s+the\s+(?:[\w'’-]+\s+){1,2}|and\s+(?:raining|snowing|drizzling|sleeting|hailing|pouring|foggy|"
    r"overcast)\s+(?:(?:steadily|lightly|heavily|hard)\s+)?)?(?:by|at|before|from|since)\s+$", _I)
# A reading with its unit, then the source it is credited to and that source's hour: "Wind was 12 km/h from the south
# per the BMD reading at 15:00" (round 143), "38°C according to the airport's observation at 14:00".
_MEASURE_PER_READING_BEFORE = regex(
    r"\d(?:[.,]\d+)?\s*(?:[°º]\s*[CF]?|degrees(?:\s+(?:Celsius|Fahrenheit|C|F))?|mm|cm|km/h|kph|mph|knots|%|per\s*cent|"
    r"percent|hPa|mbar|millibars|ppm)\b[^.;!?\d]{0,40}?\b(?:per|according\s+to|from|in|on|by)\s+the\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:readings?|observations?|obs|measurements?|soundings?|bulletin|report|records?|data)\s+"
    r"(?:(?:taken|issued|recorded|made|logged|filed)\s+)?(?:at|for)\s+$", _I)
# A reading told right after a two-digit clock: "Temperature at the start (06:00) was 11°C", "humidity at 14:00 stood at
# 80%" (round 88).
_MEASURE_AFTER = regex(
    r"^\s*\)?\s*,?\s*(?:was|were|is|stood\s+at|read|reached|hit)\s+(?:(?:about|around|roughly|only|just)\s+)?[-−]?\d+"
    r"(?:[.,]\d+)?\s*(?:[°º]\s*[CF]?|degrees|km/h|kph|mph|knots|%|per\s*cent|percent|hPa|mbar|mm\b)", _I)
_MEASURE_STEMS = any_stem(("°", "º", "degree", "mm", "cm", "km", "kph", "mph", "knot", "%", "cent", "metre", "meter",
                           "feet", "ft", "hpa", "mbar", "millibar", "ppm"))
# An event told in the past as happening somewhere at a clock of the day: "Happened at the robots by Century City
# around 07:40" (round 93), "It occurred on the bypass at about 18:20" (a clause naming no footage).
_HAPPENED_AT_BEFORE = regex(
    rf"\b(?:happened|occurred|took\s+place)\b[^.;!?\n\d]{{0,60}}?\b(?:at|around|about|by)\s+(?:(?:{HEDGE})\s+)?$", _I)
_SINCE_BEFORE = regex(r"(?<![\w'’])since\s+$", _I)
# What is due or late at a two-digit clock: "a ship due at 14:00", "the ferry is due to dock at 16:40", "landed
# forty minutes late, at 23:10".
DUE_CHARS = 30
_DUE_OR_LATE_BEFORE = regex(
    r"(?:(?<![\w'’])due\s+(?:(?:in|back|to\s+(?:arrive|land|dock|leave|depart|sail|open|close|start|finish))\s+)?"
    r"|\b(?:hours?|minutes?|mins)\s+(?:late|early|behind\s+schedule)\s*,?\s*)(?:at|by)\s+$", _I)
_RECESS_BEFORE = regex(
    r"\b(?:take|taking|took|have|having|had)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,2}?(?:break|recess)\s+"
    r"(?:at|until|till)\s+$"
    # "Break at 10:45, 15 minutes.", "their lunch break was at 13:10" (round 137)
    rf"|{OWN_BREAK}\s+(?:(?:is|was|will\s+be)\s+)?(?:at|until|till)\s+$"
    r"|\b(?:recess(?:es|ed)?|adjourn(?:s|ed)?|reconvene[sd]?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:at|until|till)\s+$"
    # "We'll break for lunch and resume at 1:30": the court's own day
    r"|\b(?:break|recess|adjourn)\w*\b[^.;!?]{0,40}?\b(?:resume|resuming|reconvene|return|come\s+back|be\s+back|sit\s+again)"
    r"\s+(?:(?:here|promptly|sharp)\s+)?(?:at|until|till|by)\s+$"
    # an interview record's or a sitting's own clock: "Interview suspended at 14:31", "The hearing resumed at 10:02"
    r"|\b(?:interview|hearing|session|sitting|meeting|proceedings|questioning)\s+(?:was\s+|were\s+|is\s+)?"
    r"(?:formally\s+)?(?:suspended|resumed|concluded|terminated|commenced|reconvened|halted|closed|ended|reopened)"
    r"\s+(?:at\s+)?$"
    # a record's heading names the interview and the clock it started at: "Record of interview with J. Mensah,
    # commenced 10:02", "Interview with the witness - concluded at 11:40"
    r"|\binterview\s+with\s+[^\n;!?]{1,30}?(?:,|\s-)\s+(?:suspended|resumed|concluded|terminated|commenced|"
    r"reconvened|ended)\s+(?:at\s+)?$", _I)
# The chair's plan for the room, in a clause naming no footage: "We'll break at 12:30 for lunch", "we will now break
# until 2:15".
_BREAK_PLANNED_BEFORE = regex(
    r"\b(?:we|we['’]ll|we\s+will|we\s+shall|let['’]s)\s+(?:now\s+)?break\s+(?:(?:here|now)\s+)?"
    r"(?:at|until|till)\s+$", _I)
_RECESS_STEMS = any_stem(("break", "recess", "adjourn", "reconven", "interview", "hearing", "session", "sitting",
                          "meeting", "proceeding", "questioning"))
# Someone coming upon the footage at a clock, a past act of the world: "Mulkerrin ... saw the video at 12:05 and was
# at the slipway by 12:40" (round 112), "she was sent the clip at 07:15", "first watched the footage around 22:40"
# (not "you see the car at 1:12", the footage no object; nor "saw the video at 0:45 in", read first).
_CAME_UPON_FOOTAGE_BEFORE = regex(
    r"\b(?:saw|spotted|noticed|found|received|got|(?:was|were)\s+sent|came\s+across|first\s+(?:saw|watched|viewed))"
    r"\s+(?:the|this|that|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:video|clip|footage|recording|post)\s+"
    r"(?:at|around|about|shortly\s+after|just\s+after)\s+$", _I)
_CAME_UPON_STEMS = any_stem(("saw", "spotted", "noticed", "found", "received", "got", "sent", "came", "watched",
                             "viewed"))
# "He died in hospital at 23:50", "was pronounced dead at 21:58": a life's events are told in the world (not past a
# bracket: "The second try I did in that VOD (I died the first time) is at 16:40").
_LIFE_EVENT_BEFORE = regex(
    r"\b(?:died|was\s+(?:pronounced|declared|confirmed)\s+dead|passed\s+away|was\s+born|were\s+born)\b[^.;!?\d()]{0,40}?"
    r"\s(?:at|around|about|shortly\s+after|just\s+after|just\s+before|before|after)\s+$", _I)
_LIFE_STEMS = any_stem(("died", "dead", "passed", "born"))


def _clocked_in_or_out(c: _Clock) -> bool:
    """"shows the claimant clocking out at 17:02" (round 123), "badged in at 06:41": a worker's punch of a time clock
    or a sign-in, done at a two-digit clock of the day, whatever footage shows it."""
    return c.may_end(_CLOCKED_STEMS) and c.ends(_CLOCKED_BEFORE, 50) and _LINEUP_CLOCK.match(c.text, c.bare) is not None


_CLOCKED_STEMS = any_stem(("clock", "sign", "badg", "swip", "punch"))
_CLOCKED_BEFORE = regex(
    rf"\b(?:clock|sign|badg|swip|punch)(?:s|es|e|ed|d|ing)?\s+(?:in|out|on|off)\b[^.;!?\d()]{{0,30}}?"
    rf"\s(?:at|around|about|shortly\s+after|just\s+after|just\s+before|before|after)\s+(?:(?:{HEDGE})\s+)?$", _I)
_AIRED_STEMS = any_stem(("aire", "airs", "premiere", "screened", "transmitted", "broadcast", "shown", "goes", "went"))
_AIRED_BEFORE = regex(
    r"\b(?:aired|airs|premiered|premieres|screened|transmitted|(?:was|first|is|be|been)\s+(?:broadcast|shown)|"
    r"(?:goes|went)\s+out(?=\s+(?:on|at)\b))\b"
    r"[^.;!?:]{0,50}?\s(?:at|from)\s+$", _I)
# Footage played to people in the room, who are the subject: "The jury was shown JD/3 from 2:14", "the inquest was
# shown the clip from 0:40" (a position in what was played, not a broadcast's slot).
_SHOWN_TO_AUDIENCE_BEFORE = regex(
    r"\b(?:jury|jurors|court|courtroom|panel|committee|inquest|inquiry|tribunal|hearing|councillors|members|"
    r"magistrates?|judge|witness|we|they|he|she|I)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:then\s+|also\s+|again\s+)?shown\b[^.;!?:]{0,50}?\s(?:at|from)\s+$", _I)
# A thing in the picture shown at a place in the footage, not a programme aired at a slot: "the board is shown at
# 1:10", "the map is briefly shown at 2:05", "the scoreboards were shown from 4:20".
_SHOWN_IN_PICTURE_BEFORE = regex(
    r"\b(?:board|sign|clock|map|chart|graph|graphic|screen|slide|logo|caption|title|banner|scoreboard|plate|poster|"
    r"photo|picture|diagram|label|note|letter|message|text|receipt|ticket|badge|number|face|wound|scar|tattoo|"
    # a program's screen in a demo or tutorial: "the speed menu is shown at 1:45" (round 92)
    r"menu|button|icon|toolbar|dialog|dialogue\s+box|window|tab|cursor|pointer|setting|option|field|checkbox|"
    # a moment of play in a highlights package: "the first wicket is shown at 13:05" (round 160), "the second goal is
    # shown from 4:10", "the try is shown at 2:40"
    r"wicket|goal|try|six|boundary|catch|dismissal|run-?out|stumping|tackle|save|penalty|foul|touchdown|"
    r"interception|knockout|knockdown|dunk|ace|crash|incident)s?\s+"
    r"(?:is|are|was|were|gets|get|got)\s+(?:(?:then|first|briefly|clearly|again|also|only|finally)\s+)?shown\s+"
    r"(?:at|from)\s+$"
    # (or anything said to be shown inside a work just named: "a 26-minute documentary on Astro Arena, in which the
    # final match point is shown at 21:40" (round 169))
    r"|\b(?:in|during)\s+which\s+[^.;!?:]{1,60}?\s(?:is|are|was|were|gets|get|got)\s+"
    r"(?:(?:then|first|briefly|clearly|again|also|only|finally)\s+)?shown\s+(?:at|from)\s+$", _I)
# A programme's slot as its listing tells it: "BBC Two listing says it begins at 8:30", "the TV guide has it on at
# 21:00", "the schedule says the keynote starts at 10:15" (not a chapter listing's or a timestamp list's).
_LISTED_SLOT_BEFORE = regex(
    r"(?<!chapter\s)(?<!timestamp\s)(?<!timestamps\s)\b(?:listings?|(?:tv|television|radio|programme|program)\s+guide|"
    r"EPG|radio\s+times|schedule)\b[^.;!?:\d]{0,40}?\b(?:begins?|beginning|starts?|starting|airs?|airing|is\s+on|goes\s+out|on)\s+"
    r"(?:at|from)\s+$", _I)
# A count's outcome declared: "after the result is declared at 18:05", "the declaration came at 02:40".
_DECLARED_BEFORE = regex(
    r"\b(?:results?|winners?|count)\s+(?:(?:is|was|are|were|has\s+been|had\s+been|gets|got)\s+)?(?:formally\s+)?"
    r"declared\s+(?:(?:at|around|about|by|shortly\s+after|just\s+after|just\s+before)\s+)+$"
    r"|\bdeclaration\s+(?:is|was|came|comes|is\s+made|was\s+made)\s+(?:(?:at|around|about|by)\s+)+$", _I)
_LISTED_STEMS = any_stem(("listing", "guide", "epg", "radio", "schedule"))
_REAL_TIME_AFTER = regex(r"\s+(?:in\s+)?(?:real|actual|wall[\s-]?clock)[\s-]time\b", _I)
# (a capitalised word and a number after "in" name a part of a work, not a place: "in Part 2", "in Game 3")
_ELSEWHERE_AFTER = regex(
    r"\s+(?:there|here|locally|back\s+home|at\s+home|in\s+(?-i:[A-Z])[\w'’-]+\b(?!\s+\d))", _I)
# A clock told to the second: a position in a copy of the footage ("on the YouTube upload, it's 9:01:50 there").
_TO_THE_SECOND = regex(r"\d{1,2}:[0-5]\d:[0-5]\d(?![\d:])")
_IT_WAS_BEFORE = regex(
    r"(?:^|[^\w'’])(?:it|that)(?:['’]s|\s+is|\s+was)\s+(?:already\s+|nearly\s+|almost\s+|just\s+(?:gone|past|after)\s+)?$",
    _I)
# A line opening with the clock, after a speaker's label or "A." and a hedge: "WITNESS: Around 6:40".
# A clock guessed: another after it, or a hedge: "16:20, 16:25 maybe", "6:40 or so", "quarter to: 7:45, I think".
_GUESSED_CLOCK_AFTER = regex(
    r"(?:\s*(?:,|or|-|–|/)\s*(?:or\s+)?\d{1,2}:[0-5]\d(?![\d:]))?[\s,]*(?:maybe|perhaps|probably|or\s+so|-?ish|"
    r"I\s+think|I\s+guess|I\s+reckon|I\s+believe|I\s+suppose|I['’]d\s+say|if\s+I\s+(?:recall|remember)|give\s+or\s+take|"
    r"roughly|about|approx(?:imately)?)\b", _I)
# A line's running stamp before its speaker: "[00:12:16] WITNESS: ", "00:12:16 WITNESS: ".
_ANSWER_OPENING = regex(
    rf"\s*(?:\[?\d{{1,2}}:\d\d(?::\d\d)?\]?\s+)?"
    rf"(?:(?-i:[A-Z])[\w .'’-]{{0,30}}:\s*|A\.\s*)?(?:(?:it\s+was|it['’]s|i\s+think|maybe|probably),?\s+)?"
    rf"(?:(?:{HEDGE})\s+)?", _I)
# "at what time?", but not "what time in the clip", "what timecode"
_WHAT_TIME_QUESTION = regex(r"\bwhat\s+time\b(?![\s-]*(?:stamp|code|in|into|of)\b)[^?\n]{0,60}\?", _I)

# What the camera or the picture does after a synopsis's clock: the footage's own grammar, so the clock is a
# position ("At 2:58 the camera pulls back", "At 3:05 the picture fades to white", not "she pulls back the curtain").
_PICTURE_GRAMMAR = regex(
    r"\b(?:camera|lens|picture|image|screen|shot)\s+(?:(?:slowly|suddenly|then|briefly)\s+)?(?:pulls?\s+(?:back|out|away)|"
    r"pans?|zooms?|tilts?|tracks?|cranes?|cuts?\s+(?:to|away)|fades?\s+(?:to|out|in)|dissolves?|freezes?|goes\s+black)\b",
    _I)
_STORY_STEMS = any_stem(("set", "place", "unfold", "plot", "synopsis"))
_STORY_SET = regex(
    r"\b(?:is|are|was)\s+set\s+(?:over|during|across|on|in)\b|\btakes?\s+place\s+(?:over|during|across|on|in)\b"
    r"|\bunfolds?\s+(?:over|during|across|in)\b|\b(?P<heading>plot|synopsis)\b"
    # (not a piece of land by its number: "neighbours of Plot 14 to 30", "plot no. 7", "Plot #22" (round 201))
    r"(?!\s+(?:no\.?\s*|number\s+|#\s*)?\d)", _I)


def _within_runtime_field(c: _Clock) -> bool:
    """A page that heads a plot with the work's runtime as a field above it, the clock inside that runtime: "Runtime:
    24:10 | Aired 9 March 2024, 8pm GMT\n\nPlot\nKojo ... At 11:05 the power goes off mid-argument" (round 163) tells
    where in the episode, not when in the story (a story told as set over a night still sets the time)."""
    fields = list(_RUNTIME_FIELD.finditer(c.text, max(0, c.begin - STORY_HEADING_CHARS), c.begin))
    field = fields[-1] if fields else None
    if field is None:
        # (or the runtime told in the page's prose above the plot: '"Hawker Wars" is the fourteenth episode ... It
        # aired on 22 April 2025 at 9:30 pm and runs 44 minutes." over "Plot", then
        # "At 8:15 his stall's licence letter arrives" (round 181))
        told = list(_RUNTIME_TOLD.finditer(c.text, max(0, c.begin - STORY_HEADING_CHARS), c.begin))
        runtime = parse_duration(told[-1].group("d")) if told else None
        return runtime is not None and _whole_seconds(TIMECODE.match(c.text, c.bare)) < runtime[0]
    return _whole_seconds(TIMECODE.match(c.text, c.bare)) < _whole_seconds(TIMECODE.match(field.group("d")))


# A work's runtime told in a sentence of the page, in minutes or hours and minutes: "It runs 44 minutes", "the film
# lasts 1 hour 52 minutes", "has a running time of 95 minutes".
_RUNTIME_TOLD = regex(
    r"\b(?:runs|lasts|running\s+time\s+(?:of|is))\s+(?:for\s+)?(?:just\s+(?:over|under)\s+|about\s+|roughly\s+)?"
    r"(?P<d>\d{1,3}\s*(?:minutes|mins?)|\d{1,2}\s*(?:hours?|hrs?)(?:,?\s+(?:and\s+)?\d{1,2}\s*(?:minutes|mins?))?)\b",
    _I)
# A page's runtime field opening its line: "Runtime: 24:10 |", "**Running time:** 48:55", "| runtime = 1:02:30".
_RUNTIME_FIELD = regex(
    r"(?m)^[ \t|*_]*(?:run(?:ning|-)?\s?time|length|duration)[ \t*_]*[:=|][ \t*_]*"
    r"(?P<d>(?<![\d:])\d{1,2}:[0-5]\d(?::[0-5]\d)?(?![\d:]))", _I)
