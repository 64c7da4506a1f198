"""Spoken offsets that are positions only with "at" or a compact form ("at 2 min 27 s", "2m27s"),
and the lengths, hours in a place and measured times that look like them."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.exclusions import (
    END_OF_RECORDING_BEFORE,
    EXHIBIT_LABEL,
    ON_A_TIMER_AFTER,
    footage_word,
    measure_changed,
    told_part_of_day,
)
from annotate.moments.forms.candidate import Candidate, _Spoken, timecode_value
from annotate.moments.patterns import COMPACT, HEDGE, INFORMAL_HEDGE, MEDIA_NOUN, NUMBER, TIMECODE, any_stem
from annotate.timecode import ARTICLE_TIMECODE_FPS

_DETERMINER_END = regex(r"(?<![\w])(?:an?|the|this|that|its|his|her|their)\s+$", re.IGNORECASE)

# "later" and "after" as they are also written, misspelt or in dialect and non-native usage: "ten seconds efter"
# (Scots, Scandinavian), "latter", "layter", "afta" (Caribbean, Pidgin), "arter", "l8r"; and code-mixed posts' own
# word after an English amount: Hindi-Urdu "Uske 15 second baad" (rounds 198, 199), Swahili "baadaye", Malay
# "kemudian".
LATER = r"(?:later|latter|layter|lata|l8e?r|baadaye|baad|kemudian)"

_BEFORE_AT = regex(
    r"(?<![\w])(?:at|from|until|till|til|(?:skip|jump|fast[\s-]forward|go|scroll|rewind|seek|advance|cue|forward)"
    r"(?:\s+(?:ahead|forward|back))?\s+to)\s+"
    # (a precise restatement too: "at 00:01:42:30 in the file — that is, at exactly 1 minute 42.5 seconds" (round 94))
    r"(?:(?:exactly|precisely)\s+)?$",
    re.IGNORECASE,
)

_AFTER_LENGTHY = regex(
    r"^(?:\s+|-)(?:long|in\s+length|in\s+total|in\s+duration|per|each|apiece|a\s+piece|of\s+(?:footage|video)|"
    r"intervals?|increments?|clip|video|footage|film|recording|segment|of\s+silence"
    # an amount of material, no determiner before its noun: "cut from roughly three hours of recordings", "from
    # about forty minutes of CCTV" (round 94; not "of the clip", a position in it)
    r"|of\s+(?!(?:the|this|that|these|those|its|his|her|their|our|my|your|an?)\b)(?:[\w'’-]+\s+){0,2}?"
    rf"{MEDIA_NOUN}s?)\b",
    re.IGNORECASE,
)
# A length as an adjective ("20-minute") and the noun it describes after it (not "mark", "point": a position's).
_HYPHEN_UNIT_END = regex(r"\d-(?:hours?|minutes?|seconds?|mins?|secs?|hr|h)$", re.IGNORECASE)
_NOUN_AFTER_UNIT = regex(r"^\s+(?!(?:mark|point|spot|stage|juncture|in|into|and|or|of|to|later|earlier|before|"
                              r"after|ago|past|from|by|the|a|an|it|this|that)\b)[a-z][\w'’-]*", re.IGNORECASE)
_BEFORE_LENGTHY = regex(
    # (not a place in a race or a queue: "Taft is still last about six seconds in", "was dead last 40 seconds in")
    r"(?<![\w])(?:for|lasted|lasting|lasts|(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bstill\s)"
    r"(?<!\bdead\s)(?<!['’]s\s)last|within|spent|spend|took|takes|take|waited|wait|"
    r"runs|(?:(?:to|will|would|can|could|should|might|may|must|they|we|you|i|u|[a-z]+s)\s+)run|running|ran|is|was|"
    r"are|were|be|only|just)\s+$",  # "the corrugation run about 15 minutes in": a run, the noun, tells no length
    re.IGNORECASE,
)

# Spoken offsets with only "at" before them are not trusted beyond this (``at 48 hours``).
MAX_WEAK_OFFSET_SECONDS = 12 * 3600.0

# A reader returns a candidate, _SKIP (the phrase is not a moment: stop), or None (not this form).
_SKIP = Candidate("point", 0, 0)


def _weak(s: _Spoken) -> Candidate | None:
    """"at 2 min 27 s", "2m27s": a position only with "at" before it or in compact form, and not
    a length ("a 2m27s clip", "9h40m of screen-on time") or a world time ("the ref blew it at 87 mins")."""
    if s.ordinal_risk or _AFTER_LENGTHY.match(s.after) or s.after.startswith("-") or _METRES.fullmatch(s.phrase) \
            or _race_metres(s) or _AFTER_UNPLACED_EVENT.match(s.after) or _COUNTDOWN_AFTER.match(s.after) \
            or _INTERVAL_PAIR_AFTER.match(s.after) or _COUNTED_NOUN_AFTER.match(s.after) or _second_part_after_at(s):
        # (and "not activated until roughly 40 seconds after Hartigan reached the door": counted from an event; "a
        # bell rings at 30 seconds to go": a countdown's, the footage unnamed; "3x12 reps at 45 sec on / 15 sec off"
        # (round 110): an interval's parts, as "1:30 on / 0:30 off"); "at roughly 2M views a week" (round 118): a count;
        # "tumagal ng mga 2 minutes at 40 seconds": Tagalog's "at" ("and") joining one length's parts (round 174)
        return _SKIP
    if (_HYPHEN_UNIT_END.search(s.phrase) and _NOUN_AFTER_UNIT.match(s.after)) \
            or (s.gran >= 3600.0 and told_part_of_day(s.text, s.end)):
        # "at 20-minute feeds", "at 30-second intervals": a length describing the noun after it; "on the flood plain
        # from 6 hours in the morning" (round 201): the day's clock told in hours
        return _SKIP
    if s.before.endswith("(") and _between_clocks(s):
        return _SKIP  # "departs 10:15, arrives 11:50 (1 h 35 min)": the time between two clocks of the world
    compact = s.compact
    show_note = _show_note(s)
    if not (_BEFORE_AT.search(s.before) or compact or _hedged_start(s) or show_note or _near_about(s)
            or _bracketed_restatement(s)):
        return _SKIP
    if _JUDGED_LENGTH_AFTER.match(s.after) or ON_A_TIMER_AFTER.match(s.after):
        # "At ninety minutes it could lose fifteen": the work's length, judged; "golden at 12 minutes on the fryer's
        # own timer": read on a device's timer, not the footage's
        return _SKIP
    if _JUDGED_AT_BEFORE.search(s.before) or _SCORE_AT_BEFORE.search(s.before) or _match_event_at(s) \
            or _MEASURE_AT_BEFORE.search(s.before):
        # "too short at 1.88s, extend to 2 s": a cue's length, judged; "We were 2-0 up at 71 minutes", "led 3-1 at
        # 60 minutes", "with the winning goal at 113 minutes": the match's clock
        return _SKIP
    if _CAP_STEM.search(s.before.lower()) and _CAPPED_AT_BEFORE.search(s.before):
        return _SKIP  # "agreed to cap closures at six hours", "sessions are limited at 90 minutes": a limit
    if (_RATED_AT_BEFORE.search(s.before) and not _INTO_AFTER.match(s.after)) or _ACCELERATION_BEFORE.search(s.before):
        # "Battery is rated at 8.5 hours", "claimed at 30 hours", "timed the ovation at nine minutes": a stated
        # figure, not "... in"; "I timed 0–25 km/h
        # at about 6 seconds": a sprint from rest, timed
        return _SKIP
    if _PLAN_START_BEFORE.search(s.before) and _PLAN_GROWTH_AFTER.match(s.after):
        return _SKIP  # "a walk every day, starting at ten minutes and adding two a week": a plan's lengths
    if measure_changed(s.text[max(s.b, s.begin - 120):s.begin]) or (
            _CHANGED_FROM_BEFORE.search(s.before) and _CHANGED_TO_AFTER.match(s.after)) \
            or _EDITED_FROM_BEFORE.search(s.before, max(0, len(s.before) - 60)):
        # "average response time had fallen from 40 minutes to 17", "battery went from ~11h to 7h"; "17 minutes, cut
        # down from about 5 hours on the ridge" (round 169): the material a work was edited from, its length
        return _SKIP
    if compact and (_COORDINATED_MEASURE_BEFORE.search(s.before) or _TITLE_YEAR_DASH_BEFORE.search(s.before)):
        # "Runtime was 2h 10m on Eco and 1h 25m on Max": listed with a measure, a measure too; "*Fathom* (2017) —
        # 2h 09m, the one with ...": a ranked work's runtime after its title and year (round 110)
        return _SKIP
    if END_OF_RECORDING_BEFORE.search(s.before) or (compact and _STEP_VERB_BEFORE.search(s.before)) \
            or (not compact and _taught_clock(s)):
        # "[End of transcript, 24 min 16 s]": the whole length; "Simmer 1 h 30 min": a step's length; "Our lessons
        # are 50 minutes, so I did the exit ticket at 45 minutes": the lesson's clock
        return _SKIP
    if compact and ((_BEFORE_LENGTHY.search(s.before) and not _restated_on_media(s) and not _sought_part(s))
                    or (_CALLED_LONG_BEFORE.search(s.before) and not _INTO_AFTER.match(s.after))
                    or (_IT_IS_BEFORE.search(s.before) and not _sought_part(s))
                    or _of_thing(s) or _DONE_IN.search(s.before)
                    or _hours_in_a_place(s) or _unplaced_hours(s)
                    or _MEASURED_BEFORE.search(s.before)) \
            or (s.value > MAX_WEAK_OFFSET_SECONDS and not _long_stream_stamp(s)) \
            or (_DETERMINER_END.search(s.before) and not _on_the_offset(s)):
        return _SKIP
    if not compact and not show_note and _PAST_VERB_BEFORE.search(s.before) \
            and not _PRESENT_PASSIVE_BEFORE.search(s.before) \
            and not footage_word(s.before, max(s.before.rfind(c) for c in ",;:") + 1):
        return _SKIP
    return s.point(s.end)


# A larger unit's amount right before "at": "2 minutes at", "1 oras at" (Tagalog's "hour").
_LARGER_UNIT_AT_BEFORE = regex(
    r"(?<![\w.,])\d{1,3}[^\S\n]*(?:(?P<h>hours?|hrs?|oras)|minutes?|mins?|minuto)[^\S\n]+at[^\S\n]+$", re.IGNORECASE)
_SECONDS_UNIT = regex(r"\b(?:seconds?|secs?|segundo)\b", re.IGNORECASE)
_MINUTES_UNIT = regex(r"\b(?:minutes?|mins?|minuto)\b", re.IGNORECASE)


def _second_part_after_at(s: _Spoken) -> bool:
    """The smaller unit's part of one length, joined to the larger by "at", as Tagalog says "and": "ang video ... na
    tumagal ng mga 2 minutes at 40 seconds" (round 174, a barangay notice) is a length of 2:40, not a position at 40
    seconds after a length of two minutes; the same with hours and minutes ("1 oras at 20 minuto")."""
    if "at" not in s.before[-4:]:
        return False
    m = _LARGER_UNIT_AT_BEFORE.search(s.before, max(0, len(s.before) - 24))
    if m is None:
        return False
    return (_MINUTES_UNIT if m.group("h") else _SECONDS_UNIT).search(s.phrase) is not None


def _bracketed_restatement(s: _Spoken) -> bool:
    """A position's timecode restated in seconds in brackets right after it: "its timecode 00:01:12:05 (= 72.2 s)
    shows the jeepney swerving" (round 129), "at 2:05 (i.e. 125 s)": a second mention of the same position, as "(72.2
    s in)" is (not a length's: "runs 1:12 (= 72 s)")."""
    if not _CLOSES_BRACKET.match(s.after):
        return False
    m = _RESTATED_TC_BEFORE.search(s.before)
    return m is not None and _LENGTH_VERB_BEFORE.search(s.text, max(s.b, s.begin - len(s.before) + m.start() - 30),
                                                         s.begin - len(s.before) + m.start()) is None


# A timecode, then a bracket opened on an equals sign or "i.e." (the seconds restating it follow).
_RESTATED_TC_BEFORE = regex(
    r"(?<![\d:.])\d{1,2}(?::\d\d){1,3}(?:[.,]\d{1,3})?[^\S\n]*[(\[][^\S\n]*(?:=|≈|i\.\s?e\.,?|ie,?|that\s+is,?)[^\S\n]*$",
    re.IGNORECASE)
_CLOSES_BRACKET = regex(r"[^\S\n]*[)\]]")
# A verb or noun of length right before that timecode: "runs 1:12 (= 72 s)", "a length of 1:12 (= 72 s)".
_LENGTH_VERB_BEFORE = regex(
    r"\b(?:runs?|ran|running|lasts?|lasted|lasting|length|duration|runtime|long|total|of|is|was)[^\S\n]+$",
    re.IGNORECASE)


def _restated_on_media(s: _Spoken) -> bool:
    """A position restated on another recording in a relative clause: "2m14s into the track, which is around 18m20s
    on my video", "…, which was 1h02m in the stream" (not "the clip is 4m10s long")."""
    return _WHICH_IS_BEFORE.search(s.before) is not None and _ON_MEDIA_AFTER.match(s.after) is not None


_WHICH_IS_BEFORE = regex(rf"\bwhich\s+(?:is|was|['’]s)\s+(?:(?:{HEDGE})\s+)?$", re.IGNORECASE)
_ON_MEDIA_AFTER = regex(
    rf"\s+(?:on|in|of|into)\s+(?:my|the|this|our|your|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?{MEDIA_NOUN}\b",
    re.IGNORECASE)


def _long_stream_stamp(s: _Spoken) -> bool:
    """A compact stamp past twelve hours, hours and minutes both told, under a day, opening its line or said at, from
    or to: a marathon stream's VOD note ("13h20m  Calling it", "from 9h58m to about 12h41m"), not "at 48 hours"."""
    if s.value >= 24 * 3600.0 or not _HOURS_AND_MINUTES.fullmatch(s.phrase):
        return False
    line = s.text.rfind("\n", 0, s.begin) + 1
    return not s.text[line:s.begin].strip(" \t-*•~[(") or _BEFORE_AT.search(s.before) is not None \
        or _TO_BEFORE.search(s.before) is not None


_HOURS_AND_MINUTES = regex(r"~?\s*\d{1,2}\s?h\s?\d{1,2}\s?m(?:\s?\d{1,2}\s?s)?", re.IGNORECASE)
_TO_BEFORE = regex(r"(?<![\w])(?:to|through|thru)\s+(?:(?:about|around|roughly|approximately)\s+)?$", re.IGNORECASE)


# "after" or "before" and the event an amount counts from, one the footage's start or end is not: "until roughly 40
# seconds after Hartigan reached the driver's door".
# What a count in millions or thousands counts, right after its letter: "sitting at 5M views", "at roughly 2M views a
# week" (round 118): an audience, not minutes ("roughly 2m in" and "at 3m 10s" are the footage's).
_COUNTED_NOUN_AFTER = regex(
    r"\s+(?:views|viewers|plays|streams|listens|downloads|subscribers|subs|followers|likes|shares|hits|impressions|"
    r"watches|visits|users|fans|copies|sales)\b", re.IGNORECASE)
_AFTER_UNPLACED_EVENT = regex(
    r"\s+(?:after|before)\s+(?!(?:the|its|this|that)\s+(?:very\s+)?(?:start|beginning|end|top)\b)"
    r"(?!(?:that|this|it)\b)[\w'’]", re.IGNORECASE)
# A countdown's reading after the amount ("at 30 seconds to go", "at two minutes remaining", "at ten seconds left on
# the clock"): what is left of a speech, a round or a game; one left of the footage ("left in the clip") is an end form.
_COUNTDOWN_AFTER = regex(
    r"\s+(?:to\s+(?:go|play|spare)|left|remaining)\b"
    rf"(?!\s+(?:in|of|on)\s+(?:the|this|that|his|her|its|their)\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b)",
    re.IGNORECASE)
# A score, then "at": the time is the match's ("We were 2-0 up at 71 minutes", "led 3–1 at 60 minutes").
# And a lead told without a score, as esports and chess recaps tell it: "4k gold ahead at 20 minutes", "were ahead at",
# "led at", "trailing at", "two kills up at".
_SCORE_AT_BEFORE = regex(
    r"(?<![\w.:-])\d{1,3}\s?[-–]\s?\d{1,3}(?:\s+(?:up|down|ahead|behind|in\s+front))?\s+at\s+$"
    r"|\b(?:ahead|behind|in\s+front|led|leading|trailed|trailing)\s+at\s+$"
    r"|(?:(?<![\w.,])\d+(?:[.,]\d+)?\s?k?|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten))\s+"
    r"(?:gold|points?|kills?|goals?|runs?|shots?|towers?)\s+(?:up|down)\s+at\s+$",
    re.IGNORECASE)


def _match_event_at(s: _Spoken) -> bool:
    """"with the winning goal at 113 minutes", "a penalty came at 78 minutes": a match's event at its minute, in a
    clause that names no footage, shows nothing ("The recap shows the goal at 12 minutes 5 seconds") and says
    nothing is "in" it."""
    if _MATCH_EVENT_AT_BEFORE.search(s.before) is None or _INTO_AFTER.match(s.after):
        return False
    clause = max(s.before.rfind(c) for c in ",;:") + 1
    return not footage_word(s.before, clause) and _SHOWN_BEFORE.search(s.before, clause) is None


# A verb of showing or watching in the clause: the event is seen in footage ("The recap shows the goal at").
_SHOWN_BEFORE = regex(r"\b(?:shows?|showing|shown|see|sees|seen|watch(?:es|ed)?|replays?|replayed)\b", re.IGNORECASE)


# A match's event told at its minute: "the winning goal at", "a penalty came at", "his header at about" (a clause that
# names footage is checked apart: "the video shows the goal at 3 minutes").
_MATCH_EVENT_AT_BEFORE = regex(
    r"\b(?:goals?|winner|equali[sz]er|header|penalty|penalties|try|touchdown|red\s+card|yellow\s+card|free[\s-]kick|"
    r"strike|substitution|scored|netted|equali[sz]ed|sent\s+off)\s+(?:(?:came|coming|arrived|arriving|was|went\s+in)\s+)?"
    r"at\s+(?:(?:about|around|roughly|approximately|just\s+(?:over|under))\s+)?$", re.IGNORECASE)
# A sprint from rest to a speed, then the time it took: "0–25 km/h at ", "0 to 60 mph at roughly ", "0-100kph, at ".
_ACCELERATION_BEFORE = regex(
    r"(?<![\w.,])0\s*(?:[-–—]|to)\s*\d{2,3}\s*(?:km/h|kmh|kph|km/hr|mph|km\s+per\s+hour|miles\s+per\s+hour)"
    r"(?![\w/])[^.;!?\d]{0,40}$", re.IGNORECASE)


def _taught_clock(s: _Spoken) -> bool:
    """Minutes said after a taught session's length in the same sentence: that session's time."""
    return "min" in s.phrase.lower() and _TAUGHT_LENGTH_BEFORE.search(s.text, s.b, s.begin) is not None


# A taught session's length told earlier in the sentence ("Our lessons are 50 minutes", "in a 60-minute class"): its
# minutes after it count the session's time, not the footage's.
_TAUGHT_LENGTH_BEFORE = regex(
    r"\b(?:(?:lessons?|class(?:es)?|periods?|seminars?|tutorials?|workshops?|lectures?)\s+(?:are|is|was|were|last|"
    r"lasts|lasted|run|runs|ran)\s+(?:only\s+|just\s+|about\s+|roughly\s+)?[\w-]+\s+min(?:ute)?s?\b"
    r"|[\w-]+-min(?:ute)?\s+(?:lessons?|class(?:es)?|periods?|seminars?|tutorials?|workshops?))", re.IGNORECASE)
# "which is close (it's 4 h 57 min, ...)", "that's 1h 10m all told": a measure said as what a thing is (a position
# is said "at" it or "in": "it's 2m30s in").
# A work called long, its length set off after it: "it is a long one — 3hrs 12mins —", "a long one: 5h 40m" (not
# "long, 1h 05m in and ...": a position).
_CALLED_LONG_BEFORE = regex(r"(?<![\w])(?:long|lengthy|longish|short)(?:\s+one)?[^\S\n]*[—–:,(-][^\S\n]*$",
                            re.IGNORECASE)
_IT_IS_BEFORE = regex(r"(?<![\w])(?:it|that|this)['’]s\s+(?:(?:only|just|about|roughly|nearly)\s+)?$",
                           re.IGNORECASE)


def _sought_part(s: _Spoken) -> bool:
    """The reader told where the part they want is: "If you just want the log drum solo, it's around 1h 12m", "if
    you're only here for the keynote, it's 2h05m" (the part's place in the footage, not how long a thing is)."""
    return _SOUGHT_PART_BEFORE.search(s.text, max(s.b, s.begin - SOUGHT_PART_CHARS), s.begin) is not None


SOUGHT_PART_CHARS = 140
# "If you (just) want / need / are here for X, it's": a condition naming the part sought, then the pronoun.
_SOUGHT_PART_BEFORE = regex(
    r"\bif\s+(?:you|u|ya)(?:\s+|(?=['’]))(?:just\s+|only\s+|really\s+|mainly\s+)?(?:want|wanna|need|(?:are|['’]re|r)\s+"
    r"(?:(?:just|only|mainly)\s+)?(?:after|here\s+for|looking\s+for|skipping\s+to)|came\s+for|care\s+about)\b"
    r"(?!\s+to\s+(?:know|check|see\s+how|work\s+out))"
    r"[^.;!?\n]{1,100}?[,—–-]\s*(?:it|that)['’]s\s+(?:(?:only|just|about|roughly|nearly)\s+)?$"
    # (or the part named by its topic as the subject: "the bit about the fog signal is roughly 1h 05m" (round 56),
    # "the part where he tunes the harp's at 1h 12m")
    r"|\b(?:the|that)\s+(?:bit|part|segment|section|chunk|discussion|story)\s+(?:about|on|where|when|with)\s+"
    r"[^.;!?\n]{1,60}?\s+(?:is|['’]s|comes|starts|begins)\s+(?:(?:at|around|about|roughly|nearly|only|just)\s+)?$",
    re.IGNORECASE)


def _unplaced_hours(s: _Spoken) -> bool:
    """A compact measure in hours said with nothing that places it in footage: no "at", "to", "from" before it, no
    list line opened by it, no "onward" or title dash after it and no clause told at it ("around 2h5m he rage
    quits"). Minutes alone ("2m27s") are the spec's bare offset; hours and minutes so told are what a stream, a
    hearing or a charge lasted ("the VOD, 3 hrs 2 mins, though ...", "(on the record 5 h 12 min)")."""
    if _HOURS_MINUTES.match(s.phrase) is None or _BEFORE_AT.search(s.before) or _hedged_start(s) or _sought_part(s) \
            or _near_about(s):
        return False  # (nor "the boss fight kicks off about 1 hr 10 min": a hedged start)
    if s.before.endswith("(") and s.after.startswith(")") and not _WORK_BEFORE_PAREN.search(s.before):
        return False  # "the ferry (1 h 35 min) docking": a position cited in brackets, not "Full stream (3h 05m)"
    line = s.text.rfind("\n", 0, s.begin) + 1
    if _LIST_LINE_OPENING.fullmatch(s.text, line, s.begin) or _placed_list_sibling(s.text, line):
        return False
    return _PLACED_AFTER.match(s.after) is None


def _placed_list_sibling(text: str, line: int) -> bool:
    """The line at ``line`` is an item of a bulleted or numbered list another item of which places a position in units
    ("at 1h02m10s", "38 min 05 s in"): the items are spots in one work, so a compact stamp closing this
    one is a position too ("- Lake Mackenzie swim, 1h25m" under "- Harris Saddle at 1h02m10s", round 153), not a
    runtime as in a list of films ("- Dune, 2h35m\n- Arrival, 1h56m")."""
    if _LIST_ITEM_START.match(text, line) is None:
        return False
    siblings = []
    start = line
    for _ in range(MAX_SIBLING_ITEMS):  # the items above, up to a line that is no item
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
        if _LIST_ITEM_START.match(text, start) is None:
            break
        siblings.append(start)
    end = text.find("\n", line)
    for _ in range(MAX_SIBLING_ITEMS):  # and below
        if end < 0 or _LIST_ITEM_START.match(text, end + 1) is None:
            break
        siblings.append(end + 1)
        end = text.find("\n", end + 1)
    return any(_PLACED_IN_LINE.search(text, at, (text.find("\n", at) + 1 or len(text) + 1) - 1) is not None
               for at in siblings)


# How many items on each side of a list item are read for one that places a position.
MAX_SIBLING_ITEMS = 12
_LIST_ITEM_START = regex(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")
# A position placed in a list item in units, as the compact stamp is told: "at 1h02m10s", "from ~2h 05m", "38 min 05
# s in", "90 seconds into" (a bare clock placed is no footage's for sure: "- Descent from the hut at 7:00").
_PLACED_IN_LINE = regex(
    rf"\b(?:at|from|starting\s+at|skip\s+to|jump\s+to)\s+(?:(?:{HEDGE})\s+)?(?:the\s+)?"
    r"(?:\d{1,2}\s?h\s?\d|\d{1,3}\s?m\s?\d)"
    r"|\d\s*(?:s|secs?|seconds?|m|mins?|minutes?)\s+(?:in|into)\b", re.IGNORECASE)


# A work named right before a bracketed measure, whose length it is: "Full stream (", "the VOD (".
_WORK_BEFORE_PAREN = regex(
    rf"(?:{MEDIA_NOUN}|VOD|stream|session|livestream|replay|episode|podcast|film|movie)s?\s*\($", re.IGNORECASE)
# What may open a line before a listed position: "• 1h02m — the question on rents", "- **1h15m30s**".
_LIST_LINE_OPENING = regex(r"[ \t]*(?:[-*•>]|\d{1,2}[.)])?[ \t]*(?:[*_]{1,2}|<[a-z]+>)?")
# After a position in hours: "onward", "mark", a title after a dash or colon, a clause told at it ("he rage quits").
_PLACED_AFTER = regex(
    r"(?:[*_]{1,2}|</[a-z]+>)?\s*(?:onwards?\b|mark\b|[—–:-]\s|(?:,\s*)?(?:when|where|he|she|they|we|you|i|it|"
    r"the|a|an|this|that|there|someone|everyone|his|her|their|our|my|u)\s)", re.IGNORECASE)


def _near_about(s: _Spoken) -> bool:
    """Indian English's "near about" for "at about": "near about 48 min he says sections 3-5" (not a length: "the
    lecture is near about 48 min", "for near about 20 minutes")."""
    return s.approx and s.before[-5:].lower() == "near " \
        and _NEAR_ABOUT_BEFORE.search(s.before, max(0, len(s.before) - 30)) is not None


_NEAR_ABOUT_BEFORE = regex(
    r"(?<![\w])(?<!\bis\s)(?<!\bwas\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bruns\s)(?<!\btakes\s)(?<!\blasts\s)"
    r"(?<!\bbe\s)(?<!\bare\s)near\s+$", re.IGNORECASE)


def _hedged_start(s: _Spoken) -> bool:
    """A hedged offset a part starts at, ending its clause: "it starts around 47 mins" (no "at", "in"); or one that
    corrects a position told before it: "no its way later, more like 1hr 5 or so", "earlier - closer to 40 min",
    "it doesn't start at 45 mins like someone said, it's more like an hour five".
    Unhedged, "starts 10 minutes" is said of a delay ("starts 10 minutes late")."""
    if not s.approx:
        return False
    if _PART_PLACED_BEFORE.search(s.text, s.b, s.begin) is not None:
        # a part of the footage placed near a time: "Don't skip the bit near 28 min where he ...", "The part wey
        # Kelechi take mic dey around 1hr 12mins" (round 73)
        return _CLAUSE_END_AFTER.match(s.after) is not None or _RELATIVE_AFTER.match(s.after) is not None
    if (part := _PART_WHERE_IS_BEFORE.search(s.text, max(s.b, s.begin - PART_WHERE_CHARS), s.begin)) is not None:
        # the same told with "is", after a time placed earlier in the sentence: "the part about CRDTs starts at 18:22,
        # and the Q&A bit where someone asks about Postgres is around 44 min" (round 30); alone, "the bit where they
        # drive is about 20 min" may say how long the part is
        return _CLAUSE_END_AFTER.match(s.after) is not None \
            and _PLACED_TIME.search(s.text, max(s.b, part.start() - PART_WHERE_CHARS), part.start()) is not None
    if _OPENS_LINE_BEFORE.search(s.before) and _SUBJECT_VERB_AFTER.match(s.after):
        # a hedged offset opening its sentence, then what happens there: "Around 27 minutes Kelechi explains the
        # retry storm" (round 86), in a text that has named its recording
        return footage_word(s.text, max(0, s.begin - NAMED_RECORDING_CHARS), s.e)
    return (_START_VERB_BEFORE.search(s.before) is not None
            or _CORRECTED_BEFORE.search(s.before) is not None
            or _NEGATED_CLAIM_BEFORE.search(s.before) is not None) \
        and _CLAUSE_END_AFTER.match(s.after) is not None


# Nothing before the offset on its line or in its sentence.
_OPENS_LINE_BEFORE = regex(r"(?:^|[\n.!?]\s*)$")
# A new clause's subject (a name, a noun phrase, a pronoun) and its verb in the present: " Kelechi explains", ", the
# host admits", " she finally gets", or a name's "'s" and where it is now: " Jimmy's in up to his knees", " the
# drone's up" (not "later", "of", "long", nor a verb with no subject: "passes").
_SUBJECT_VERB_AFTER = regex(
    r",?[^\S\n]+(?:(?-i:[A-Z][\w'’-]+)(?:[^\S\n]+(?-i:[A-Z][\w'’-]+))?|(?:the|his|her|their|our|my)[^\S\n]+[\w'’-]+|"
    r"he|she|they|we|you|i)(?:['’]s[^\S\n]+(?:in|on|up|out|down|off|back|over|under)\b|"
    r"[^\S\n]+(?:(?:just|then|finally|suddenly|really|actually|[a-z]{3,}ly)[^\S\n]+)?(?!(?:is|was|has)\b)[a-z]{2,}s\b)")
# How far before a sentence-opening offset its recording may be named (a show note's title and chapters).
NAMED_RECORDING_CHARS = 1500


# A part of the footage, then the hedged time where it is: right after its noun ("the bit near ", "that funny part
# around "), or after a clause saying what it holds and a verb of being somewhere ("The part wey Kelechi take mic
# dey ", "the scene where the roof goes comes ", "the best bit comes ") (not "is": "the scene where they argue is
# about four minutes" may be its length).
_PART_NOUN = r"(?:part|bit|scene|moment|section|portion)"
_PART_PLACED_BEFORE = regex(
    rf"(?:(?<![\w'’-])(?:the|that|this|dat|di)\s+(?:[\w'’-]+\s+)?{_PART_NOUN}\s+"
    rf"|(?<![\w'’-]){_PART_NOUN}\s+(?:(?:(?:wey|where|when|with|in\s+which)\s+)?[^.;:!?\n]{{1,60}}?\s+)?"
    r"(?:dey|comes?|came|happens?|happened|shows?\s+up|appears?|kicks\s+in)\s+)$", re.IGNORECASE)
# A part named by a relative clause, then "is" and the hedge: "the Q&A bit where someone asks about Postgres is".
PART_WHERE_CHARS = 100
_PART_WHERE_IS_BEFORE = regex(
    rf"(?<![\w'’-]){_PART_NOUN}\s+(?:where|when|in\s+which)\s+[^.;:!?\n]{{1,60}}?(?:\s+is|['’]s)\s+$", re.IGNORECASE)
# A part placed at a timecode earlier in the sentence: "starts at 18:22, ", "the slide is at 31:05", "skip to 2:30"
# (not "I got there at 10:15": the day's).
_PLACED_TIME = regex(r"\b(?:(?:starts|begins|comes|is|['’]s)\s+(?:at|around|about)|(?:skip|jump|go|fast-forward)\s+to)"
                     r"\s+(?:the\s+)?\d{1,2}:[0-5]\d\b", re.IGNORECASE)
# A relative clause after a part's time, telling what happens there: " where he cannot find parking".
_RELATIVE_AFTER = regex(r"\s+(?:where|when|wey|as|in\s+which)\b", re.IGNORECASE)


def _show_note(s: _Spoken) -> bool:
    """A show note's label, then where in the episode the thing it lists comes up: "Mentioned around 38 min: the
    book", "Discussed at 1 hr 5 min: the inquiry" (a past participle, but no event of the world)."""
    return s.after.startswith(":") and _SHOW_NOTE_BEFORE.search(s.before) is not None


_SHOW_NOTE_BEFORE = regex(
    r"(?:^|\n)[ \t*_>•-]*(?:also\s+)?(?:mentioned|discussed|referenced|covered|recommended|plugged|quoted|cited|"
    r"namechecked|name-checked)(?:\s+at)?\s+$", re.IGNORECASE)
_START_VERB_BEFORE = regex(r"(?<![\w])(?:starts|begins|kicks\s+off)\s+$", re.IGNORECASE)
# "later" or "earlier" said of the position asked about, then the corrected one: "(way) later, more like",
# "a bit earlier – closer to", "later. its more like" (the hedge itself ends the quote's side: "like", "around").
# Only a reply's words may come before "later" ("The bus came later, more like 40 minutes" is the world's).
_REPLY_WORDS = (r"(?:no|nah|nope|not\s+really|it['’]?s|its|it\s+is|that['’]?s|thats|way|much|a\s+bit|a\s+little|"
                r"a\s+lot|bit|slightly|even|actually|prob(?:ably)?|i\s+think|i\s+reckon)")
_CORRECTED_BEFORE = regex(
    rf"(?:^|[\n.!?>]|(?<![\w])(?:no|nah|nope)\b)[\s,]*(?:{_REPLY_WORDS}[\s,]+)*(?:{LATER}|earlier|sooner)[\s,;:—–-]+"
    r"(?:(?:it['’]?s|its|more|prob(?:ably)?|actually|lol|tbh|imo|ngl)[\s,]+)*$", re.IGNORECASE)
# A position denied ("doesn't start at 45 mins like someone said", "isn't at the 20 min mark"), then the corrected one
# said as what it is: "it's more like", "it's closer to".
_NEGATED_CLAIM_BEFORE = regex(
    r"(?:\b(?:does|do|did|is|was|are|were|has|have|had|ca|wo)n['’]?t|\bnot|\bnever)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:at|in|around|until|till|from|by)\s+[^.!?\n]{1,40}?[,;—–-]\s*(?:but\s+)?"
    r"(?:it['’]?s|its|it\s+is|that['’]?s|thats)[\s,]+(?:(?:more|actually|prob(?:ably)?|really|lol|tbh|imo|ngl)[\s,]+)*$",
    re.IGNORECASE)
_CLAUSE_END_AFTER = regex(r"\s*(?:[.,;!?)\n]|$)")


# A compact measure not said as a position (no "at", "to", "from" before it), maybe what it was measured on, then
# a coordination: "was 2h 10m on Eco and ", "runs 2h 41m and the theatrical ", "9h 40m in my test, and ".
_COORDINATED_MEASURE_BEFORE = regex(
    rf"(?<!\bat\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bby\s)(?<!\buntil\s){COMPACT}"
    r"(?:\s+(?:on|in|at|for|with|under|over)\s+(?:(?:the|my|our|a|its)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"\s*(?:,\s*(?:and\s+|or\s+|but\s+)?|\s+(?:and|or|vs\.?|versus|against)\s+)(?:(?:the|a|an|its)\s+)?"
    r"(?:[\w'’-]+\s+)?$", re.IGNORECASE)


# An interval's working part, then its resting part: " on / 15 sec off", " work, 10 s rest", " on and 30 off" (not
# "at 2m10s on, you can see", a position from which the footage goes on).
_INTERVAL_PAIR_AFTER = regex(
    r"\s*(?:on|work)\s*(?:/|,|and|then|\+)?\s*\d[^.;!?\n]{0,12}?\b(?:off|rest|recovery)\b", re.IGNORECASE)


# A work's title and its year, then a dash: "*Fathom* (2017) — ", "Salt Road (2011) - ", "**Kestrel**, 2019 – " (a
# ranking's or a filmography's entry: the compact measure after it is the work's runtime).
_TITLE_YEAR_DASH_BEFORE = regex(
    r"(?:\((?:19|20)\d\d\)|[*_\"”’],?[^\S\n]+(?:19|20)\d\d)[^\S\n]*[—–-][^\S\n]*$", re.IGNORECASE)


# Two clocks, then an opening bracket: "departs 10:15, arrives 11:50 (", "from 9.05 to 11.20 (".
_CLOCK_PAIR_BEFORE = regex(
    r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d:])[^()\n]{1,40}?(?<![\d:.])(\d{1,2})[:.](\d\d)\s*\(\s*$")


def _between_clocks(s: _Spoken) -> bool:
    """A length in brackets after two clocks that is exactly the time between them: a journey's or a shift's
    length, told after its clocks of the world ("departs 10:15, arrives 11:50 (1 h 35 min)"); or a stretch's
    length after its two positions ("cut `0:41:15`–`0:44:30` (3 min 15 s)")."""
    if not s.after.lstrip().startswith(")"):
        return False
    m = _CLOCK_PAIR_BEFORE.search(s.before)
    if m is not None:
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        if ((h2 * 60 + m2) - (h1 * 60 + m1)) % (24 * 60) * 60.0 == s.value:
            return True
    ends = [timecode_value(t, ARTICLE_TIMECODE_FPS)[0] for t in TIMECODE.finditer(s.before)][-2:]
    return len(ends) == 2 and abs(ends[1] - ends[0] - s.value) < 1.0 \
        and _STRETCH_THEN_PAREN.search(s.before) is not None


# Two times, then an opening bracket: "`0:41:15`–`0:44:30` (", "from 2:10 to 5:25 (".
_STRETCH_THEN_PAREN = regex(
    r"\d[`*_]{0,2}\s*(?:[-–—]|to|until|till|through|and)\s*[`*_]{0,2}[\d:.,]+[`*_]{0,2}\s*\(\s*$")


def _hours_in_a_place(s: _Spoken) -> bool:
    """"landing 09:40, 2 h 15 min in the air": hours spent somewhere, not "1h02m in the stream", nor a position to
    the second in a game's place ("around 15m10s in the swamp area")."""
    return _HOURS_MINUTES.fullmatch(s.phrase) is not None and not _BEFORE_AT.search(s.before) \
        and _IN_PLACE_AFTER.match(s.after) is not None


def _on_the_offset(s: _Spoken) -> bool:
    """"on the 2 min 50 sec the low light noise", "At the 1m20s you hear the fan": a learner's "on/at the" before
    an offset, then a new clause (not "in the 2 min 50 sec clip", "on the 3m walk")."""
    return _ON_THE_BEFORE.search(s.before) is not None and _NEW_CLAUSE_AFTER.match(s.after) is not None


_ON_THE_BEFORE = regex(r"(?<![\w])(?:on|at)\s+the\s+$", re.IGNORECASE)
_NEW_CLAUSE_AFTER = regex(
    r"\s*(?:,|\s(?:the|a|an|you|u|we|i|he|she|it|it['’]s|its|they|there|there['’]s|this|his|her|their|my|our|your)\s)",
    re.IGNORECASE)


_JUDGED_LENGTH_AFTER = regex(
    # (or contracted, the amount it is too long by said: "At over two hours, it's at least 20 minutes too long" (round
    # 96); "At 95 minutes, the film is lean", "it never outstays its welcome"; not "At two minutes, it's clear the
    # driver has seen him", a position)
    r",?\s+(?:it|the\s+(?:film|movie|video|episode|documentary|cut|show|series|game))(?:\s+|(?=['’]s\s))(?:could|"
    r"would|should|might|feels|seems|drags|never\s+outstays|(?:is|was|feels|felt|seems|runs|['’]s)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:too|overlong|lean|brisk|taut|trim|bloated|baggy))\b",  # "it is perhaps ten too long"
    re.IGNORECASE,
)
# A measure that changed, told by its verb and its old and new values: "went from ~11h to like 7h", "slow from 22
# minutes to 27" (not "skip from 2 min to 5 min", a stretch of the footage); a margin that moved: "the leader's margin
# swung from 14.2 seconds to 48.9" (round 142), "her lead widened from 8 seconds to 21".
_CHANGED_FROM_BEFORE = regex(
    r"\b(?:went|goes|gone|dropped|drops|fell|falls|fallen|rose|rises|risen|climbed|climbs|grew|grows|shrank|shrinks|"
    r"slow(?:s|ed)?|improved|improves|increased|increases|decreased|decreases|doubled|halved|"
    r"swung|swings|widened|widens|narrowed|narrows|ballooned|balloons|dipped|dips|soared|soars|plunged|plunges|"
    r"tumbled|tumbles|slashed|trimmed|blew\s+out|blown\s+out)\s+"
    r"(?:(?:all\s+the\s+way|down|up)\s+)?from\s+$", re.IGNORECASE)
# A work made shorter from the material it was edited out of, right before the material's amount: "cut down from",
# "edited down from", "trimmed from", "condensed from".
_EDITED_FROM_BEFORE = regex(
    rf"\b(?:cut|edited|trimmed|condensed|whittled|pared|boiled|shortened|distilled|compressed|chopped)\s+"
    rf"(?:(?:it|them|this|that)\s+)?(?:down\s+)?from\s+(?:(?:{HEDGE})\s+)?$", re.IGNORECASE)
_CHANGED_TO_AFTER = regex(
    rf"\s*(?:all\s+the\s+way\s+|down\s+|up\s+)?to\s+(?:(?:{HEDGE}|{INFORMAL_HEDGE})\s+|~\s*)?(?:\d|{NUMBER}\b)",
    re.IGNORECASE)  # (the new value in words: "from 20 seconds to nearly two minutes")
# A step of a recipe or a workout, its verb then its length: "Simmer 1 h 30 min", "- Rest the dough 1h".
_STEP_VERB_BEFORE = regex(
    r"\b(?:simmer|boil|bake|roast|braise|stew|fry|steam|grill|cook|chill|rest|marinate|knead|prove|proof|soak|stir|"
    r"whisk|blend|microwave|reduce|cool|freeze|jog|walk|cycle|row|plank|hold|stretch)\b"
    r"(?:\s+(?:for|another|a\s+further|(?!(?:at|in|into|from|to|until|till)\b)[\w'’-]+)){0,3}\s*,?\s*$",
    re.IGNORECASE)
# A length judged or compared just before "at": "too short at 1.88s", "far too brief at", "is shorter, at" (a QC
# note's cue length; "grows longer at 2 minutes" narrates footage).
_JUDGED_AT_BEFORE = regex(
    r"(?:\b(?:too|overly|very|rather|quite|only|just)\s+(?:short|long|brief)"
    r"|\b(?:is|are|was|were|['’]s)\s+(?:(?:much|a\s+bit|slightly|far)\s+)?(?:shorter|longer|short|long|brief)"
    r"|\b(?:shorter|longer|short|long|brief)\s*,"
    # a work judged to hold up at its length or not: "a ballad that should not work at six minutes"
    r"|\b(?:should|shouldn['’]t|would|wouldn['’]t|could|couldn['’]t|can['’]t|cannot|doesn['’]t|does|has\s+no\s+right\s+to)"
    r"(?:\s+not)?(?:\s+(?:really|possibly|still|even))?\s+(?:work|hold\s+up|hold\s+together|land|sustain\s+itself))"
    r"\s*(?:at|with)\s+$", re.IGNORECASE)
# A measure right before "at", the seconds its period: "The swell forecast had it at 12 feet at 16 seconds" (round
# 94), "a 2.5 m swell at 14 s", "gusts of 40 knots at 10 seconds": a wave's or a signal's period, no position.
# (the height spelled, as surfers say it: "Forecast's six foot at 14 seconds" (round 156))
_MEASURE_AT_BEFORE = regex(
    r"(?<![\w.])(?:\d+(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r"(?:[\s-]and[\s-]a[\s-]half)?)[\s-]?(?:feet|foot|ft|metres?|meters?|m|cm|knots?|kts?|kn|mph|km/h|kph|hz|"
    r"(?:-|\s)?(?:foot|feet|metre|meter|m)\s+(?:swell|waves?|sets?))\s+at\s+$", re.IGNORECASE)
# A limit set on a length: "cap closures at six hours", "capped at 90 minutes", "maxes out at 30 minutes".
_CAPPED_AT_BEFORE = regex(
    r"(?<![\w])(?:(?:cap|caps|capped|capping|limit|limits|limited|limiting)"
    r"(?:\s+(?!(?:at|is|are|was|were|appears?|shows?|comes?|starts?|begins?|happens?)\b)[\w'’-]+){0,3}"
    r"|(?:max(?:es|ed)?|tops?|topped)\s+out)\s+at\s+$", re.IGNORECASE)
_CAP_STEM = any_stem(("cap", "limit", "out"))
# A figure stated for a thing: "rated at 8.5 hours", "quoted for 30 hours", "is claimed at".
# And a length as a work "clocks in at" it: "the highlights cut clocks in at just under 18 minutes".
_RATED_AT_BEFORE = regex(
    r"(?<![\w])(?:rated|quoted|claimed|advertised|listed|spec(?:ced|['’]d)|promised|billed|certified|estimated|"
    r"clocks\s+in|clocked\s+in|clocking\s+in|clock\s+in"
    # a thing timed: "Critics timed the ovation at nine minutes", "we clocked it at"; or a record's entry for it:
    # "the 1949 catalogue lists it at 52 minutes", "the festival guide logs the film at 88 minutes" (round 73)
    r"|(?:timed|clocked|lists|list|listing|logs|logged|logging)\s+"
    r"(?:it|them|(?:the|their|his|her|its|my|our|that|this)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+))"
    r"\s+(?:at|for)\s+$"
    # a thing one timed, then its measure: "I timed startup at 0.8 s", "timed the shutter lag at 0.2 seconds"
    r"|(?<![\w])timed\s+(?:(?:the|its|my|our|a|an)\s+)?[\w-]+(?:\s+[\w-]+)?\s+at\s+$"
    # a thing told before the verb a source puts it at: "the struggle, which a defense exhibit puts at some 40
    # seconds", "The pause, which one analyst put at" (with its object after the verb, "puts the first shot at 40
    # seconds" may place an event)
    r"|(?<![\w])(?:puts|put|putting|pegs|pegged|pegging|estimates|reckons)\s+at\s+$", re.IGNORECASE)
_INTO_AFTER = regex(r"\s+(?:in|into)\b", re.IGNORECASE)
# A plan that starts at a length and grows it, or repeats it: "starting at ten minutes and adding two minutes a
# week", "beginning at five minutes a day" (but "Starting at ten minutes, the drone climbs" is a position).
_PLAN_START_BEFORE = regex(r"(?<![\w])(?:start|starts|starting|started|begin|begins|beginning|began)\s+at\s+$",
                                re.IGNORECASE)
_PLAN_GROWTH_AFTER = regex(
    r",?\s+(?:(?:and|then)\s+)*(?:add|adding|adds|added|increas\w*|build\w*|work\w*\s+up|ris\w*|go\w*\s+up|"
    r"mov\w*\s+up|step\w*\s+up|extend\w*|lengthen\w*)\b"
    r"|\s+(?:a|per|each|every)\s+(?:day|week|session|night|morning|run|walk)\b|\s+(?:daily|weekly)\b",
    re.IGNORECASE,
)
# "a second drop, from 1.5 m": a lone "m" after a number with a space or a decimal is metres.
_METRES = regex(r"\d+\s+m|\d+\.\d+\s?m", re.IGNORECASE)
# A bare "300m" and a race's distance written the same way before it ("Men's 1500m freestyle: ... splits 58.9 /
# 1:59.7 / 3:01.2 at 300m"): metres, as the race's own are.
_BARE_M = regex(r"\d{2,5}m", re.IGNORECASE)
_RACE_DISTANCE = regex(
    r"(?<![\w.])(?:\d\s?x\s?)?\d{2,5}m\s+(?:freestyle|free|backstroke|breaststroke|butterfly|fly|medley|IM|relay|"
    r"hurdles|steeplechase|sprint|dash|race|run|swim|final|heats?|splits?|event|walk|individual)\b", re.IGNORECASE)
# How far back a race's distance is looked for.
RACE_DISTANCE_CHARS = 400


def _race_metres(s: _Spoken) -> bool:
    """A bare "Nm" after a race's distance written the same way in its paragraph: metres, not minutes."""
    if _BARE_M.fullmatch(s.phrase) is None:
        return False
    start = max(0, s.begin - RACE_DISTANCE_CHARS)
    paragraph = s.text.rfind("\n\n", start, s.begin)
    return _RACE_DISTANCE.search(s.text, start if paragraph < 0 else paragraph, s.begin) is not None


# "It mowed 400 m² in 1 hr 40 min": a task's duration.
_DONE_IN = regex(r"\bin\s+$", re.IGNORECASE)

# A compact length measured, claimed or compared, or after a total's label: "took me 3h20m", "we got 7h50m",
# "Battery life came out at 11h 40m",
# "claims of 3 hrs", "closer to 2 hrs 10 mins", "not 1h45m", "Total time 1 hr 15 mins", "Actual: 3h20m".
_MEASURED_BEFORE = regex(
    r"(?<![\w])(?:(?:took|takes|take|taking|needed|needs|need|lasted|spent|averaged?|managed|got|gets|clocked|"
    r"logged|measured|rated|claimed|claims|promised|quoted|advertised|came\s+(?:out|in))"
    r"(?:\s+(?:at|for|of)|\s+(?:the\s+)?(?!(?:at|in|into|until|till|from|by|to|when|where)\b)[\w'’]+)?"
    r"(?:\s+(?:only|just))?"
    r"|claims?\s+of|closer\s+to|nearer(?:\s+to)?|more\s+like|rather\s+than|instead\s+of|versus|vs\.?|"
    r"compared\s+(?:to|with)|than|(?:total|prep(?:aration)?|cook(?:ing)?|bak(?:e|ing)|rest(?:ing)?|active|charg(?:e|ing)|"
    # (and a total of what was picked, its label in bold: "**Total selected:** 5 min 10 s" (round 92))
    r"travel|journey|drive|driving|flight|walking|screen-on|battery)(?:\s+(?:time|life|length|duration)"
    r"|(?<=total)\s+[a-z]+ed)?\s*:?(?:[*_]{1,2})?"
    r"|total\s*:|(?:claimed|actual|real|estimated|expected|official|measured|average|typical|listed)\s*:|not)\s+$",
    re.IGNORECASE,
)
_HOURS_MINUTES = regex(r"\d+\s?(?:h|hrs?)\s?\d+\s?(?:m|mins?)", re.IGNORECASE)
# "2 h 15 min in the air", "3 h 10 min in the car": a place, not a footage's name in its next three words.
_IN_PLACE_AFTER = regex(
    rf"\s+in\s+(?:the|a|an|my|our|his|her|their)\s+(?!(?:[\w'’-]+\s+){{0,2}}?{MEDIA_NOUN}\b)[\w'’-]+", re.IGNORECASE)
# "9h40m of screen-on time": an amount of something, unless it is "of the video" or of a court's exhibit by its label
# ("at 1 min 40 s of Exhibit P8").
_AFTER_OF_THING = regex(
    rf"\s+of\s+(?!(?:(?:the|this|that|its|his|her|their)\s+)?(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}|{EXHIBIT_LABEL})",
    re.IGNORECASE
)
# A bare label after "of": "at 1 min 40 s of P8", "at 2m05s of JB/4".
_OF_LABEL_AFTER = regex(r"\s+of\s+(?P<label>[A-Z]{1,4}[/-]?\d{1,4})\b")


def _of_thing(s: _Spoken) -> bool:
    """"9h40m of screen-on time": an amount of a thing after "of"; not a position "of" a court's exhibit told by its
    bare label, the label the text names as an exhibit ("The CCTV footage (Exhibit P8) ... at 1 min 40 s of P8",
    round 81; "at 2 min of P2" in a hockey report stays a period's)."""
    if _AFTER_OF_THING.match(s.after) is None:
        return False
    label = _OF_LABEL_AFTER.match(s.after)
    return label is None or re.search(rf"\b(?:exhibit|exh?\.)\s*(?:no\.\s*)?{re.escape(label.group('label'))}\b",
                                      s.text, re.IGNORECASE) is None
_PAST_VERB_BEFORE = regex(
    r"(?<![\w])(?:[a-z]{3,}ed|was|were|blew|came|went|sent|left|took|broke|fell|rose|ran|won|lost|hit|struck|"
    r"got|made|threw|caught|"
    # irregular pasts of things that stop, start or move: "my watch froze at 47 minutes"
    r"froze|began|stood|sat|spoke|fled|drove|flew|rang|sank|woke|gave|held|met|quit|led|slid|swam|stuck|tore|"
    r"shook|sang|rode|grew|hung|bit|fought|bought|sold|lay|died|kept|felt|told|wrote|drew|stole)"
    # (its object may be named: "poked in the winner at 67 minutes", "headed home the opener at")
    r"(?:\s+(?:it|him|her|them|up|off|out|in|on|down|home))?(?:\s+(?:the|a|an|his|her|their|its)\s+[\w'’-]+)?"
    r"\s+at\s+$",
    re.IGNORECASE,
)
# A present passive tells what the footage shows, not a past report: "the question is asked at four minutes".
_PRESENT_PASSIVE_BEFORE = regex(
    r"(?<![\w])(?:is|are|gets|get)\s+(?:(?:first|then|finally|also|only|briefly|clearly)\s+)?[a-z]{3,}ed\s+at\s+$",
    re.IGNORECASE,
)
