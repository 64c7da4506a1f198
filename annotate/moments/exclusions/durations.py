"""Clocks that measure how long something takes ("took 9:30 to pitch", "2:30 hours", "shift by
-00:00:02", an interval's parts, a measured time and how it changed, time played or a product's
measured time): a length of time in the world is no position in the footage."""

from __future__ import annotations

import re

from annotate.errors import AnnotateError
from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import _I, _IN_MEDIA_AFTER, _INTO_AFTER, NEAR_CHARS, _Clock, footage_word
from annotate.moments.numbers import parse_duration
from annotate.moments.patterns import DURATION, HEDGE, MEDIA_NOUN, MONTH, PLAYED_THING, TC_TEXT, any_stem
from annotate.moments.scan import lines_above
from annotate.timecode import ARTICLE_TIMECODE_FPS, parse_time


def _shift_amount(c: _Clock) -> bool:
    """"shift by -00:00:02.000", "an offset of +0:03", "delay the subs by 00:00:01.500": an amount."""
    if c.before.endswith(_SIGNS):  # and a zone's: "2025-10-03T08:15:00+01:00"
        return c.ends(_SIGNED_BEFORE, 3) or c.ends(_ZONE_OFFSET_BEFORE) or (
            c.ends(_SECONDS_CLOCK_SIGN_BEFORE, 16) and _ZONE_OFFSET.fullmatch(c.text, c.bare, c.end) is not None)
    return (c.before.endswith("by ") and c.may_end(_SHIFT_STEMS) and c.ends(_SHIFT_BY_BEFORE, 60)) or (
        ("add" in c.folded_before or "subtract" in c.folded_before or "deduct" in c.folded_before)
        and c.ends(_ADD_BEFORE) and _TO_ALL_AFTER.match(c.after) is not None)


# An amount added to every time of a list: "for the video add roughly 5:30 to everything", "add 1:05 to each
# timestamp" (a shift, not a position; "add the clip at 2:10 to the playlist" has no amount); or to one recording's
# times, or taken from them: "runs 52 seconds ahead of A, so add 0:52 to A's times", "subtract 1:10 from the
# doorbell clip's timestamps" (round 134).
_ADD_BEFORE = regex(r"\b(?:add|subtract|deduct)(?:s|ed|ing)?\s+"
                    r"(?:(?:roughly|about|around|approximately|another|an\s+extra)\s+)?$", _I)
_TO_ALL_AFTER = regex(
    r"\s+(?:(?:on\s+)?to|from)\s+(?:everything|anything|all\b|each\b|every\b|"
    r"(?:the\s+(?:other\s+)?|(?:its|their|his|her|my|our|your)\s+|(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+['’]s?\s+)"
    r"(?:[\w-]+\s+)?(?:times|timestamps|timecodes|chapters|stamps|positions)\b)", _I)


# A signed time is an amount, a shift or an offset ("shift by -00:00:02.000", "(+0:03)"), never a position;
# but not the second time of a range ("2:10 -2:40") or a list's bullet.
_SIGNED_BEFORE = regex(r"(?:(?<![\d:.,])[^\S\n]|[(\[=])[+\-−]$")
# A time zone's offset after an ISO 8601 time or a zone ("T08:15:00+01:00", "2025-10-03 08:15-04:00", "UTC+05:30").
_ZONE_OFFSET_BEFORE = regex(
    r"(?:(?:\d{4}-\d\d-\d\d)?(?-i:T)|\d{4}-\d\d-\d\d[ ])\d\d:?\d\d(?::?\d\d(?:[.,]\d+)?)?[+\-−]$"
    r"|\b(?:UTC|GMT)[ ]?[+\-−]$", _I)
# A clock of the day to the second, a space, then a sign and a zone's hours and minutes: "created 06:19:10 +06:00 by
# its metadata" (round 129), "14:22:05 -05:00" (not a range's end, "00:01:10 -00:01:40", which has seconds).
_SECONDS_CLOCK_SIGN_BEFORE = regex(r"(?<![\d:])(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:[.,]\d+)?[ ][+\-−]$")
_ZONE_OFFSET = regex(r"(?:0\d|1[0-4]):(?:00|30|45)")
_SIGNS = ("+", "-", "−")
# A shift's amount: "shift the subs by 00:00:02.000", "offset everything by 0:03", "delayed it by 1:30".
_SHIFT_BY_BEFORE = regex(
    r"\b(?:shift|offset|delay|advance|nudge|retim|resync|re-sync|sync)\w*(?:\s+(?!by\b)[\w'’-]+){0,4}\s+by\s+$", _I)
_SHIFT_STEMS = any_stem(("shift", "offset", "delay", "advance", "nudge", "retim", "sync"))

_POSITION_BEFORE = regex(r"(?<![\w])(?:at|from|to|until|till|til)\s+$", _I)
_INTERVAL_AFTER = regex(r"^\s*(?:on|off|work|rest|recovery)\b(?!\s+(?:the|a|an|this|that|screen|camera|air)\b)"
                             r"(?=\s*(?:[/,;)|]|and\b|then\b|x\b|×|$))", _I)
# A period something recurs at: "drops a frame every 1:00:00", "saves every 2:00" (no one place in the footage).
EVERY_BEFORE = regex(r"(?<![\w-])every\s+(?:(?:single|other)\s+)?$", _I)
# "includes it from 8:02 on,": where the footage is played from, not an interval's "on" part.
_FROM_ON_BEFORE = regex(r"\b(?:from|starting\s+at)\s+(?:the\s+)?$", _I)

_SET_LENGTH_AFTER = regex(
    r"^(?:\s|&nbsp;)*(?:max(?:imum)?|min(?:imum)?|tops|at\s+most|or\s+less|or\s+under)\b(?!\s+(?:in|into)\b)"
    # a timer's or a countdown's setting: "rope climbs on a 2:30 timer", "a 10:00 countdown"
    # ... a word or two naming what it times between: "a 3:00 deployment timer", "a 1:30 rest countdown" (round 105;
    # not "at 3:00 the timer", "at 2:10 her countdown": a place in the footage, then the clause's subject)
    r"|^\s*(?:(?!(?:the|a|an|this|that|his|her|its|my|our|your|their|and|as|when|while|then)\b)[a-z]+(?:-[a-z]+)?\s+)"
    r"{0,2}(?:timers?|countdowns?|time\s+limit)\b"
    r"|^\s*on\s+the\s+(?:(?:exercise|stationary|spin|assault|air)\s+)?(?:bike|treadmill|rower|rowing\s+machine|erg|"
    r"elliptical|cross-?trainer|stepper|stair\s?master|ski\s?erg)\b", _I)
# "In 2:48 minute you see the trunk": the minute of the footage, as "in minute 2:48" (a length says "minutes").
_IN_BEFORE = regex(r"(?<![\w])(?:in|on)\s+$", _I)
_NTH_MINUTE_AFTER = regex(r"^\s*minute\b(?!\s+(?:video|clip|film|walk|drive|ride|wait|read|break)\b)", _I)
_PLAYING_TIME_AFTER = regex(
    r"^\s+of\s+(?:[\w'’-]+\s+)?(?:playing|game|ice|court|pitch|floor|match|mat|ring|screen|air|flight)\s+time\b", _I)
_SETTING_FOR_BEFORE = regex(
    r"\b(?:high|low|medium|full|half|max|min)(?:\s+(?:power|heat|pressure|speed|setting))?\s+for\s+$", _I)
_RECORD_SET_AFTER = regex(
    rf"^\s*,\s*(?:set|achieved|run|swum|recorded)\s+(?:on\s+|in\s+)?(?:\d{{1,2}}\s+)?{MONTH}", _I)
# (and a game's save time: "My save says 41:17 played", "62:05 playtime so far"; not "played out", "played back")
# (not a stamp's singular "minute" label, a new clause right after it: Burmese English "Around 2:15 minute the train
# is going away", "see 0:38 minute, the vendor" (round 202); "a 2:15 minute video" stays a length)
_DURATION_UNIT_AFTER = regex(r"^\s*(?:hours?|hrs?|minutes|mins?|h|minute(?![^\S\n]*,|[^\S\n]+"
                             r"(?:the|a|an|she|he|they|it|we|you|i|this|that|there|di|de|dem)\b))\b(?!\s+(?:in|into)\b)"
                             r"|^\s*(?:played|playtime|play\s+time)\b(?!\s+(?:out|on|back|over|in|into)\b)", _I)
# A stretch told by its length and what fills it: "3:12 of pure chaos", "1:40 of dead air", "2:05 of sheer noise"
# (round 86; not "1:05 of episode 3" nor "3:12 of the video", a place in a work).
_STRETCH_OF_AFTER = regex(
    r"^[^\S\n]+of[^\S\n]+(?:(?:pure|sheer|utter|absolute|total|complete|solid|non-?stop|unbroken|uninterrupted|"
    r"glorious|relentless|nothing\s+but)[^\S\n]+[a-z]+"
    r"|(?:chaos|silence|madness|mayhem|carnage|dead\s+air|static|screaming|shouting|applause|bliss|filler|"
    r"buffering|black\s+screen|awkward\s+silence)\b)", _I)

# A measured time, then how it changed: "boot time went from 1:10 to 0:48", "load times dropped from 0:41 to"; a
# race's lead or gap told the same way: "the break's lead drops from 3:40 to 2:05" (round 178).
_CHANGED_BEFORE = regex(
    r"\b(?:times?|durations?|waits?|commutes?|pace|average|median|personal\s+best|PB|leads?|gaps?|advantages?|"
    r"margins?|deficits?)\s+"
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
    # a setting's length changed, as release notes tell it: "Buffer raised from 8 s to 20 s", "Rewind step cut from 30
    # seconds to 10 seconds" (round 197)
    r"|\b(?:buffers?|steps?|intervals?|delays?|time-?outs?|latency|presets?|defaults?)\s+"
    r"(?:(?:has|have|had|is|are|was|were)\s+(?:been\s+)?)?(?:raised|lowered|increased|decreased|reduced|cut|"
    rf"extended|shortened|changed|bumped(?:\s+up)?|upped|dropped|trimmed)\s+from\s+(?:{TC_TEXT}\s+to\s+)?$"
    # a process timed, of the file it works on: "The render of a 5-minute file drops from 3:40 to 2:10"
    r"|\b(?:render|export|encod|transcod|upload|download|build|install|boot|sync|backup)(?:e|ing)?\s+"
    r"(?:of\s+[^.;:\n]{1,40}?\s+)?(?:dropped|drops|fell|falls|went|goes|rose|rises|shrank|jumped|improved|"
    r"improves)\s+(?:down\s+|up\s+)?from\s+$"
    # one's own measured time, told against another's: "anyone else's renders slow? -- mine went from 3:40 to
    # 6:10", "ours dropped from 1:10 to 0:48" (a possessive pronoun stands for the thing timed, no footage)
    r"|\b(?:mine|ours|yours|hers|theirs)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:went|gone|dropped|fell|rose|"
    r"climbed|jumped|shrank|grew|improved|increased|decreased|crept\s+up|slipped)\s+(?:down\s+|up\s+)?(?:from\s+)?$"
    # an average as it stands, maybe where it is measured: "the average dwell time at Tambaram is 2:45"
    r"|\b(?:average|mean|median|typical)\s+(?:[\w'’-]+\s+){0,2}?(?:times?|waits?|durations?|delays?|pace)\s+"
    r"(?:(?:at|on|for|in|across|of|between|along)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+)?"
    r"(?:is|are|was|were|stands\s+at|stood\s+at|of|:)\s+(?:now\s+|just\s+|only\s+|still\s+)?$"
    # the measured time as it stands: "boot time is now 0:48", "the wait was just 1:10"
    r"|\b(?:boot|load|loading|start-?up|wait|waiting|charge|charging|render|export|install|commute|travel|"
    r"response|queue|journey|lap|finish(?:ing)?)\s+times?\s+(?:is|are|was|were)\s+(?:now\s+|down\s+to\s+|up\s+to\s+|"
    r"only\s+|just\s+)?$"
    # a machine's or a session's time up, maybe as it stood when: "Uptime before the last attempt was 3:14:07",
    # "system uptime: 41:22:05", "the session's elapsed time was 1:02:40"
    r"|\b(?:up|elapsed|session|connection|server|system|process|cpu)[\s-]?times?\b"
    r"(?:\s+(?:before|after|at|on|of|since|when)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
    r"\s*(?:is|are|was|were|:|of|reads|read|showed|shows)\s+(?:now\s+|only\s+|just\s+)?$",
    _I,
)

# The last word of every match of _CHANGED_BEFORE (casefolded), before its trailing whitespace: a gate
# (``may_end_with``).
_CHANGED_TAILS = (
    "went", "gone", "goes", "go", "dropped", "drops", "fell", "falls", "fallen", "rose", "rises", "risen", "climbed",
    "climbs", "improved", "improves", "increased", "decreased", "shrank", "shrunk", "grew", "jumped", "slipped", "up",
    "down", "cut", "reduced", "trimmed", "slashed", "from", "to", "is", "are", "was", "were", "at", "of", ":", "now",
    "just", "only", "still", "reads", "read", "showed", "shows")


def measure_changed(before: str) -> bool:
    """``before`` ends with a measured time and how it changed, "from": "response times had fallen from ", so the
    length after it ("from 40 minutes to 17") is that measure's old value, no position."""
    if before.endswith("to "):  # its new value: "reduced the average wait from 2 min 10 sec to 1 min 5 sec"
        old = _CHANGED_TO_TAIL.search(before, max(0, len(before) - 60))
        before = before[:old.start() + 5] if old else before
    return before.endswith("from ") and _CHANGED_BEFORE.search(before, max(0, len(before) - 70)) is not None


_CHANGED_TO_TAIL = regex(rf"\bfrom\s+{DURATION}\s+(?:down\s+|up\s+)?to\s+$", _I)

# "T+2:33", "T-minus 10:00", "T minus 00:00:10", "L-2:00": a countdown's or a mission's clock; and a timer said to
# count down from it: "a third device counts down from 60:00".
_MISSION_CLOCK_BEFORE = regex(r"(?<![\w+-])(?:(?-i:T|L)\s?[+\-−‑]\s?|[TL][\s\-‑]?(?:minus|plus)[^\S\n]+)$"
                                   r"|\bcount(?:s|ed|ing)?\s+down\s+from\s+$", _I)
MISSION_CLOCK_CHARS = 20  # "counting down from " and a space
# The last word or sign of every match of _MISSION_CLOCK_BEFORE (casefolded): a gate (``may_end_with``).
MISSION_CLOCK_TAILS = ("+", "-", "−", "‑", "minus", "plus", "from")

_COMPARED_BEFORE = regex(
    r"\b(?:faster|slower|quicker|longer|shorter|better|worse)\s+than\b[^.;:!?]{0,40}?(?:\(|\bin\s+|\bat\s+)?$", _I
)
# Times said to be under or over a bound: "the top 10 are all under 31:40", "his best is still over 9:58" (a measure
# against a bound; a position is never said to "be under" a time).
_BOUND_BEFORE = regex(
    r"\b(?:are|were|is|was|['’]s|['’]re)\s+(?:all\s+|both\s+|still\s+|now\s+|well\s+|just\s+)?"
    r"(?:under|below|over|above|sub-?)\s*$", _I)
_BOUND_STEMS = any_stem(("under", "below", "over", "above", "sub"))
# A superlative of length right before a bare time: "five songs, the longest 5:40", "three clips — the shortest
# 0:52", "the longest of them 12:10" (not "The longest shot, at 5:40": "at" says where the shot sits).
# (or named, then "at": "16 tracks, the longest being \"Myfanwy\" at 5:48", "the shortest is 'Intro' at 0:52" (round
# 170): a title, quoted or in capitals, between the superlative and "at" says which work is that long)
_SUPERLATIVE_BEFORE = regex(
    r"\bthe\s+(?:longest|shortest)(?:\s+(?:one|of\s+(?:them|these|those|the\s+[\w'’-]+|all)))?"
    r"(?:\s*[,:]?|(?:\s+[\w'’-]+)?\s*,?\s+(?:being|is|was|(?=[\"“‘']))\s*,?\s*"
    r"(?:[\"“‘'][^\"”’\n]{1,50}[\"”’']|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s*,?\s+at)\s*$", _I)
# How far before the time the superlative is read.
SUPERLATIVE_CHARS = 80


def superlative_length(c: _Clock) -> bool:
    """The longest or shortest of several works told by its time alone, or by its title and "at": a length, not a
    position."""
    tail = c.folded_before[-SUPERLATIVE_CHARS:]
    return ("longest" in tail or "shortest" in tail) and c.ends(_SUPERLATIVE_BEFORE, SUPERLATIVE_CHARS)


# A time a performance aims to come in under, or to break: "Maybe I'll be under 3:30 by then", "hopes to go sub 2:10",
# "to break 3:30" (not "it's just under 3:30 into the video": an "is" places footage, and "into" is read after).
_TARGET_BEFORE = regex(
    r"\b(?:be|been|being|get|gets|getting|got|go|goes|going|went|come|comes|came|finish|finished|run|runs|ran|dip|"
    r"dips|dipped|duck|ducks|ducked|"
    # a length wanted of an edit: "the client wants under 14:00", "we need it under 3:30", "keep the cut below 2:00"
    r"(?:wants?|wanted|needs?|needed|keeps?|kept|brings?|brought)(?:\s+(?:it|this|that|us|them|the\s+[\w'’-]+))?)"
    r"\s+(?:in\s+)?(?:(?:just|well|comfortably|safely|finally)\s+)?"
    r"(?:under|below|sub|inside)[\s-]*$", _I)
# "to break 3:30" right before the digits, lower-case (not "the dance break from 3:02", "AD BREAK 00:07:20").
_BREAK_TARGET_BEFORE = regex(r"\b(?:to|can|could|will|would|might|finally|never|'ll|’ll)\s+"
                                  r"(?-i:break|broken)\s+$", _I)
_TARGET_WORDS = ("under", "below", "sub", "inside", "break", "broken")


def _target_time(c: _Clock) -> bool:
    """A target's words before the time, nothing after placing it in footage; or a time named as a goal to beat by
    the noun after it: "going for the 4:59:00 achievement", "a sub-2:10:00 trophy", "the 45:00 cutoff"."""
    if _GOAL_NOUN_AFTER.match(c.after) and c.ends(_GOAL_DETERMINER_BEFORE, 12):
        return True
    return any(w in c.folded_before[-24:] for w in _TARGET_WORDS) \
        and (c.ends(_TARGET_BEFORE, 40) or (c.text[c.begin].isdigit() and c.ends(_BREAK_TARGET_BEFORE, 40))) \
        and not _INTO_AFTER.match(c.after) and not _IN_MEDIA_AFTER.match(c.after)


# The noun a time to beat is the name of, right after it: "the 4:59:00 achievement", "the 2:30:00 badge".
_GOAL_NOUN_AFTER = regex(
    r"^[^\S\n]*(?:speedrun[^\S\n]+|run[^\S\n]+)?(?:achievements?|trophy|trophies|badges?|cut-?offs?|qualifying\s+times?|"
    r"qualifiers?|standards?)\b", _I)
_GOAL_DETERMINER_BEFORE = regex(r"\b(?:the|a|an|that)\s+(?:sub-?)?$", _I)


# "boils a litre in 2:51", "did the climb in 12:40": a task done in a time (a clause's own "in", not "in 2:51 of").
_DONE_IN_BEFORE = regex(
    # (no object but an adverb of place: "The player lands somewhere in `00:07:00`–`00:07:30`" (round 185), "it
    # ends up right in 2:10", where in the footage)
    r"(?<![\w])[a-z]+(?:s|ed)\s+(?:(?:a|an|the|its|his|her|their)\s+)?"
    r"(?!(?:somewhere|anywhere|everywhere|nowhere|exactly|right|back|up|down)\s)[\w'’-]+\s+in\s+$"
    # a measured quantity: "boils a full 1.7 L in 3:55", "pumped 40 litres in 2:10"
    r"|(?<![\w])[a-z]+(?:s|ed)\s+(?:(?:a|an|the)\s+)?(?:(?:full|whole)\s+)?\d[\d.,]*\s?[a-zA-Z]{1,7}\.?(?:\s+of\s+[\w'’-]+)?\s+in\s+$"
    # with no object: "It boots in 0:41", "the app loads in 1:10"
    # (a file processed: "the timeline exported in 3:12", "it uploaded in 0:48" (round 85))
    r"|(?<![\w])(?:boot|load|charge|install|render|compile|download|dri|boil|finish|complete|export|upload|import|"
    r"process|sync|bounce)(?:s|es|ed)?\s+"
    r"(?:(?:up|fully)\s+)?in\s+$"
    # a count of things done within it: "Three key changes in 3:00, which must be a record" (round 137), "four
    # fouls in 0:50" (not "the two players in 1:20", picked out where they are)
    r"|(?<![\w])(?<!the\s)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|\d{1,3})\s+"
    r"(?:[a-z'’-]+\s+){0,2}[a-z][a-z'’-]*s\s+in\s+$", _I)

# A hold-up's size: "Delays of up to 1:30 are possible", "queues of about 0:45", "waits of over 2:00" (how long
# people wait, not where in any footage).
_DELAY_OF_BEFORE = regex(
    r"\b(?:delays?|waits?|waiting\s+times?|queues?|queuing\s+times?|hold-?ups?)\s+of\s+"
    r"(?:(?:up\s+to|about|around|roughly|approximately|over|under|at\s+least|nearly|almost|as\s+much\s+as|"
    r"more\s+than|less\s+than)\s+)?$", _I)
_DELAY_STEMS = any_stem(("delay", "wait", "queu", "hold"))
_TOOK_BEFORE = regex(
    # "Pitching took me 4:30", "it takes us about 2:10"
    rf"\b(?:took|takes|take|taking|needed|needs|lasted)\s+(?:(?:me|us|him|her|them|you|everyone)\s+)?"
    rf"(?:(?:just|only|a\s+mere)\s+)?(?:(?:{HEDGE})\s+)?"
    # (whole rounds or periods first, the last one's clock after: "the main event lasted 8 rounds plus 2:14" (round 61))
    rf"(?:(?:\d{{1,3}}|[a-z]+)\s+(?:full\s+)?(?:rounds?|periods?|innings|sets?|laps?|quarters?|overs?|hours?)\s+"
    rf"(?:plus|and)\s+)?$", _I
)
# "take" the noun, a shot of a film, before the span it runs: "an unbroken take from 4:10 to 6:55".
# Two whole timecodes as a range ("00:22:40:00–00:22:44:12", "00:14:03,120 --> 00:14:06,880"): a stretch of the
# footage, never a task's length ("sign translation needed 00:22:40:00–00:22:44:12").
_FULL_TIMECODE_RANGE = regex(
    r"\d\d:[0-5]\d:[0-5]\d(?::\d\d|[.,]\d{1,3})?\s*(?:-->|->|→|[–—-]|to|until|till)\s*\d\d:[0-5]\d:[0-5]\d", _I)
_TAKE_NOUN_BEFORE = regex(
    # (the noun only: "the bus takes from 1:10 to 1:25" is the verb; a thing in named footage that "takes" a stretch
    # is told by the footage, round 107)
    r"\b(?:a|an|one|the|this|that|each|every|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}take\s+$", _I)
# (or its start, then its length: "a single take beginning at 1:02:40 and lasting four minutes", "a take that starts
# at 1:12:05 and runs for two minutes")
_SPAN_OPENING = regex(r"(?:from|between)\s|(?:(?:that|which)\s+)?(?:begin(?:s|ning)?|start(?:s|ing)?|open(?:s|ing)?)"
                      r"\s+(?:at|from)\s", _I)
# What a stretch of a run or a task costs, saves or loses: "costs a minimum of 3:10", "the skip saves runners 0:12".
_COST_STEMS = any_stem(("cost", "sav", "los", "wast", "worth", "margin"))
_COST_BEFORE = regex(
    r"\b(?:winning\s+|victory\s+)?margin\s+(?:of\s+victory\s+)?(?:was|is|of|:)\s+$|"
    rf"\b(?P<verb>costs?|costing|saves?|saved|saving|loses|lost|losing|wastes?|wasted|wasting|worth)\s+"
    rf"(?:(?:me|us|him|her|them|you|everyone|runners?|players?|racers?|riders?|drivers?)\s+)?"
    rf"(?:(?:a\s+)?(?:minimum|maximum)\s+of\s+|at\s+(?:least|most)\s+|(?:no\s+)?(?:less|more)\s+than\s+|up\s+to\s+|"
    rf"(?:just|only|a\s+mere|an\s+extra|another|a\s+full|a\s+good)\s+)?(?:(?:{HEDGE})\s+)?$", _I
)


def _time_cost(c: _Clock) -> bool:
    """What a stretch costs, saves or loses: "the clip saves runners 0:12" (not "loses it 3:10 into the video")."""
    if _OFF_A_RECORD_AFTER.match(c.after) is None:
        m = _COST_BEFORE.search(c.before, max(0, len(c.before) - NEAR_CHARS)) if c.may_end(_COST_STEMS) else None
        if m is None or _save_as_noun(c.before, m):
            return False
    return not _INTO_AFTER.match(c.after)


def _save_as_noun(before: str, m: re.Match[str]) -> bool:
    """The cost's word is "save" the noun, a keeper's or a goalie's, not the verb: "Stick save around 3:50", "the
    glove save at about 1:12" (round 153). A bare "save" is a verb only after its subject, a modal, "to" or "and", or
    opening its sentence as a command ("you save around 0:40", "to save about 3:10", "Save around 2:05 by ...")."""
    verb = m.group("verb")
    return verb is not None and verb.casefold() == "save" \
        and _SAVE_VERB_BEFORE.search(before, max(0, m.start("verb") - 20), m.start("verb")) is None


# What may stand before "save" the verb: its subject, a modal, "to", "and", a helping word; or nothing.
_SAVE_VERB_BEFORE = regex(
    r"(?:^|(?<![\w'’])(?:i|you|u|we|they|people|runners?|players?|to|can|could|will|would|should|might|may|must|and|or|"
    r"also|just|only|help|helps|helped|does|do|did|let|lets|then|it|this|that)|['’]ll|n['’]t)[^\S\n]*$", _I)


def restated_length(c: _Clock) -> bool:
    """A length told in words, then the same again as a timecode in brackets: "a minimum of 1 second
    (00:00:01:00)", "7 seconds (0:07)" (not "at 2 minutes (2:00)", a position restated, nor "simmer for 5 minutes
    (3:30)", a step's length and then where it is in the video)."""
    if not c.before.endswith(("(", "( ")) or not c.after.lstrip().startswith(")"):
        return False
    said = _RESTATED_LENGTH_BEFORE.search(c.before, max(0, len(c.before) - 40))
    length = parse_duration(said.group("d")) if said else None
    if length is None:
        return False
    try:
        restated = parse_time(c.text[c.bare:c.end], fps=ARTICLE_TIMECODE_FPS)
    except AnnotateError:
        return False
    return abs(restated - length[0]) <= RESTATED_SLACK_SECONDS


# How far a bracketed timecode may be from the length in words and still restate it.
RESTATED_SLACK_SECONDS = 0.5
# A number of seconds, minutes or hours in words or digits, then the bracket, with no "at" before it.
_RESTATED_LENGTH_BEFORE = regex(
    r"(?<!\bat\s)(?<![\w.:])(?P<d>(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|ninety)[\s-]+(?:seconds?|secs?|minutes?|mins?|hours?))"
    r"[^\S\n]*\([^\S\n]*$", _I)


def held_for(c: _Clock) -> bool:
    """How long something went on, told after "for" and a verb in the past or a lasting verb: "VAR checked it for
    1:40", "play was stopped for 4:30", "the camera lingers for 0:12" (not "watch for 1:40", "thanks for 2:10", nor
    a place in the footage: "waited for 3:20 in the video")."""
    return "for " in c.folded_before[-30:] and c.ends(_HELD_FOR_BEFORE, 90) and not c.ends(_SOUGHT_FOR_BEFORE, 50) \
        and not c.opens_range and not _INTO_AFTER.match(c.after) and not _IN_MEDIA_AFTER.match(c.after)


def amount_of_doing(c: _Clock) -> bool:
    """A clock told as an amount of something going on, a bare noun after "of": "enrages after 4:00 of combat",
    "3:12 of pure chaos", "1:30 of silence" (not a place in a work: "at 2:27 of the video", "0:45 of clip 3", "at
    12:30 of Game 3")."""
    return c.after.startswith(" of ") and _AMOUNT_OF_AFTER.match(c.after) is not None and not c.opens_range


# "of", maybe a word that weighs the amount, then a bare lower-case noun that is no work, part or number.
_AMOUNT_OF_AFTER = regex(
    # (the weighing word taken whole, as an atomic group would: "at 2:40 of pure footage" is no amount of "pure")
    r" of\s+(?=(?P<weigh>(?:(?:pure|sheer|solid|non-?stop|constant|continuous|uninterrupted|straight|total|near-total|"
    r"dead|frantic|intense|relentless|glorious|awkward)\s+)?))(?P=weigh)"
    rf"(?!(?:the|a|an|this|that|these|those|its|it|his|her|their|our|my|your|each|every|both|either|which|what|"
    rf"part|parts|side|disc|track|reel|cam|camera|take|day|night|round|game|match|half|period|quarter|set|"
    # (a court's exhibit or an annexure, round 152: "At 00:02:31 of exhibit "B" the accused is seen")
    rf"exhibits?|annexures?|annex|appendix|attachments?|enclosures?|"
    rf"{MEDIA_NOUN})\b)(?-i:[a-z])[a-z]{{3,}}\b(?![^\S\n]*\d)"
    # (a thing told by its letter is a recording named, no amount: "at 4:10 of tape "C"", "0:45 of camera B")
    r"(?![^\S\n]+[\"“'‘]?(?-i:[A-Z])[\"”'’]?(?!\w))", _I)


def time_played(c: _Clock) -> bool:
    """A player's time on the ice or the pitch, said after a name and "played" or "logged": "Auston Matthews played
    24:31 and finished minus-2", "Makar logged 26:10" (not a recording that played to a point: "the clip played
    1:20 into the stream")."""
    tail = c.folded_before[-30:]
    return c.text[c.bare:c.bare + 1].isdigit() and ("played" in tail or "logged" in tail or "skated" in tail) \
        and c.ends(_PLAYED_BY_NAME_BEFORE, 60) \
        and _PLAYED_TIME_AFTER.match(c.after) is not None


def file_comes_out_at(c: _Clock) -> bool:
    """The length recorded files come out at: "Loop recording is meant to be 3-minute files but mine come out at 2:58
    every time" (round 52), "the segments end up at 9:58"; each file's length, no position (not a thing in the
    picture: "the car comes out at 2:58", nor one said in the video: "... come out at 2:58 in the video")."""
    return c.folded_before.rstrip().endswith((" out at", " up at")) and c.ends(_FILES_COME_OUT_BEFORE, 60) \
        and _IN_MEDIA_AFTER.match(c.after) is None and _INTO_AFTER.match(c.after) is None


_FILES_COME_OUT_BEFORE = regex(
    r"\b(?:files|clips|segments|chunks|renders|exports|recordings|mine|ours|theirs)\s+(?:(?:all|always|usually|"
    r"only|each|still)\s+)?(?:come|came|end\s+up|ended\s+up)\s+(?:out\s+)?at\s+$", _I)


def time_spent(c: _Clock) -> bool:
    """A player's own time in a game or a session, not the clip's: "Playtime on this save is 41:17", "time played:
    12:40:03", "at 1:12:00 into my session", "2:10:00 into our shift" (but "1:12:00 into the stream")."""
    if c.may_end(_SPENT_STEMS) and c.ends(_SPENT_LABEL_BEFORE, 60):
        return True
    if "possession" in c.folded_before[-POSSESSION_CHARS:] or "TOP" in c.before[-POSSESSION_CHARS:]:
        # a team's time on the ball, its stat's label before the teams and their times: "Time of possession: Calgary
        # 31:42, Saskatchewan 28:18" (round 182); not a position named after it ("... which the broadcast shows at")
        label = _POSSESSION_LABEL_BEFORE.search(c.text, max(c.b, c.bare - POSSESSION_CHARS), c.bare)
        if label is not None and not footage_word(c.text, label.start(), c.bare):
            return True
    return "into" in c.after[:8] and _INTO_OWN_SESSION_AFTER.match(c.after) is not None


def range_of_values(c: _Clock) -> bool:
    """A range of two times called a range of values, a target's or a forecast's, in a sentence naming no footage:
    "We think 2:45 to 3:00 is the right range through Q4", "a target band of 1:50–2:05" (not "1:10 to 1:20 is the
    bit to watch")."""
    if "range" not in c.after[:40].casefold() and "band" not in c.after[:40].casefold() \
            and "range" not in c.folded_before[-30:] and "band" not in c.folded_before[-30:]:
        return False
    if len(_TWO_CLOCKS.findall(c.text, c.begin, c.end)) < 2 or footage_word(c.text, c.b, c.e):
        return False
    return _RANGE_OF_VALUES_AFTER.match(c.after) is not None or c.ends(_RANGE_OF_VALUES_BEFORE, 40)


_TWO_CLOCKS = regex(r"\d:[0-5]\d")
_RANGE_WORD = r"(?:range|band|corridor|bracket|window)"
_RANGE_QUALITY = (r"(?:right|target|normal|expected|realistic|sustainable|comfortable|usual|typical|healthy|ideal|"
                  r"sensible|reasonable|guidance|guided|planning|working|acceptable|safe)")
_RANGE_OF_VALUES_AFTER = regex(
    rf"\s+(?:is|are|was|were|seems|looks\s+like|sounds\s+like|feels\s+like|would\s+be|will\s+be|should\s+be|remains)\s+"
    rf"(?:still\s+)?(?:the|a|our|their|your|my)\s+(?:{_RANGE_QUALITY}\s+)?{_RANGE_WORD}\b", _I)
_RANGE_OF_VALUES_BEFORE = regex(
    rf"\b(?:{_RANGE_QUALITY}\s+)?{_RANGE_WORD}\s+(?:of|is|was|at|:)\s+(?:(?:between|from)\s+)?$", _I)


# A total of time played, labelled: "Playtime on this save is ", "total play time: ", "Time played - ".
_SPENT_LABEL_BEFORE = regex(
    r"\b(?:play\s?time|play-time|time\s+played|hours\s+played|session\s+(?:time|length))"
    r"(?:\s+(?:on|in|for)\s+(?:this|that|the|my|his|her|our|their)\s+[\w'’-]+)?"
    r"\s*(?:(?:is|was|are|were)\s+(?:now\s+|only\s+|just\s+|at\s+)?|[:=–-]\s*)$", _I)
_SPENT_STEMS = any_stem(("play", "played", "session"))
# A team's time on the ball, a game's statistic, labelled, then its teams and their times in its line or sentence:
# "Time of possession: Calgary 31:42, Saskatchewan 28:18", "TOP — Bills 34:05" (the label at most this far back).
_POSSESSION_LABEL_BEFORE = regex(
    r"\b(?:time\s+of\s+possession|possession\s+time|(?-i:TOP))\s*(?:[:=–—-]|\b(?:was|were|is|are|read|reads)\b)?"
    # (each team by its name, capitalised, its time after it: no verb between the label and the time)
    r"(?:\s*(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s*"
    r"(?:\d{1,2}:[0-5]\d\s*(?:,|;|and|vs\.?|v\.?|to|–|—|-)\s*)?){1,2}$", _I)
POSSESSION_CHARS = 90
# Into one's own session, save or shift: how long one has been at it, not where in a recording.
_INTO_OWN_SESSION_AFTER = regex(
    r"\s+into\s+(?:my|our)\s+(?:[\w'’-]+\s+)?(?:session|save|shift|workout|commute|playtime|game)\b", _I)


# A name, then its verb of time spent in a game: "Matthews played ", "Makar logged a team-high ".
_PLAYED_BY_NAME_BEFORE = regex(
    r"(?<![\w'’.-])(?!(?:It|This|That|Video|Clip|Footage|Audio|Tape|Exhibit|Recording)\b)(?-i:[A-Z])[\w'’.-]+"
    # (a relative clause after the name: "Then Hughes, who'd played 28:40 by that point, took it" (round 55))
    r"(?:,[^\S\n]+who(?:['’]d|[^\S\n]+had|[^\S\n]+has)?)?"
    r"[^\S\n]+(?:played|logged|skated)(?:[^\S\n]+a[^\S\n]+(?:team|game|career)[\s-]high)?[^\S\n]+$", _I)
# The clause going on or ending after the time (or the time named: "of ice time"; or how far into the game: "by that
# point", "so far").
_PLAYED_TIME_AFTER = regex(r"\s*(?:[,.;)]|and\b|but\b|of\s+ice\s+time\b|on\s+the\s+ice\b|$|"
                           r"by\s+(?:that\s+(?:point|stage)|then|the\s+end)\b|so\s+far\b)", _I)


# A timer, a stopwatch or an appliance's clock the amount (in words or digits) is read on: "done at 12 minutes on the
# fryer's own timer", "at 35 minutes by the oven clock", "at 4:30 on my stopwatch" (not the footage's own counter: "at
# 3 minutes on the video's timer", "at 2:10 on the player's timer").
ON_A_TIMER_AFTER = regex(
    rf"\s+(?:on|by|according\s+to)\s+(?:the|my|our|his|her|their|its|your|a)\s+"
    rf"(?!(?:[\w'’-]+\s+){{0,2}}?(?:{MEDIA_NOUN}|player|playback|editor|timeline|scrub\w*)\b)"
    r"(?:[\w'’-]+\s+){0,3}?(?:timer|stopwatch|kitchen\s+clock|oven\s+clock|microwave(?:\s+clock)?|egg\s+timer)"
    # the timer closing its phrase (not "on the timer screen", a screen the footage shows)
    r"(?=\s*(?:[,.;:!?)\n—–]|$|(?:and|but|so|which|that|when|while|as|than|because)\b))",
    _I)


# A cook's timer or a stopwatch set to the time: "Set your timer to 04:00 and flip" (round 101), "put the egg timer
# on 06:30", "set a stopwatch for 3:00" (not the footage's own: "set the video's timer to 2:10"; nor a position the
# setting is done at: "she sets her timer at 1:45 in the video").
_SET_TIMER_BEFORE = regex(
    rf"\b(?:set|sets|setting|put|puts|putting|start|starts|starting)\s+"
    rf"(?:the|your|my|our|his|her|their|a|an)\s+(?!(?:[\w'’-]+\s+){{0,2}}?(?:{MEDIA_NOUN}|player|playback)\b)"
    r"(?:[\w'’-]+\s+){0,2}?(?:timer|stopwatch)\s+(?:to|for|on)\s+$", _I)
_SET_TIMER_STEMS = any_stem(("timer", "stopwatch"))


def read_on_a_timer(c: _Clock) -> bool:
    """A time read on a kitchen timer or a stopwatch, not the footage's counter: "golden at 12:00 on the fryer's
    own timer", "at 4:30 by my stopwatch"; or one a timer is set to: "Set your timer to 04:00"; or a timer's zero,
    the end it counts down to (:func:`timer_runs_out`)."""
    if c.after[:1].isspace() and ON_A_TIMER_AFTER.match(c.after) is not None:
        return True
    if timer_runs_out(c):
        return True
    return c.may_end(_SET_TIMER_STEMS) and c.ends(_SET_TIMER_BEFORE, 80) and not _IN_MEDIA_AFTER.match(c.after) \
        and not _INTO_AFTER.match(c.after)


def timer_runs_out(c: _Clock) -> bool:
    """A timer's or a countdown's zero, the moment it runs out, told in a sentence about the timer (round 110: "the
    interval timer is good ..., and it buzzes at 0:00", "set it for 25 minutes and it dims at 0:00", "the on-screen
    timer hits 00:00"): the device's reading, not the first frame of the footage (but "the countdown appears at 0:00
    in the video" is placed in it)."""
    return _ZERO_READING.fullmatch(c.text, c.bare, c.end) is not None and c.may_end(_TIMER_ZERO_STEMS) \
        and c.ends(_TIMER_ZERO_BEFORE, 120) and not _IN_MEDIA_AFTER.match(c.after) and not _INTO_AFTER.match(c.after)


# A reading of zero: "0:00", "00:00", "0:00:00", "00:00:00.000".
_ZERO_READING = regex(r"0?0:00(?::00)?(?:[.,]0+)?")
# A timer named in the sentence, then (maybe as "it") reaching or sounding at its zero: "timer hits ", "the countdown
# reaches ", "timer ... and it buzzes at ", "the Pomodoro clock rings at ".
_TIMER_ZERO_BEFORE = regex(
    r"\b(?:timers?|countdowns?|stop-?watch(?:es)?|pomodoro)\b[^.;!?\n]{0,100}?\b"
    r"(?:hits?|hitting|reach(?:es|ed|ing)?|gets?\s+to|got\s+to|counts?\s+down\s+to|counted\s+down\s+to|"
    r"(?:runs?|ran|ticks?|ticked)\s+(?:down|out)\s+(?:to|at)|"
    r"(?:buzz|beep|ping|ring|chime|vibrate|dim|flash|blink|alarm)(?:s|es|ed|d|ing)?(?:\s+(?:off|out))?\s+at|"
    r"rang\s+at|goes\s+off\s+at|went\s+off\s+at|(?:ends?|ended|stops?|stopped)\s+at)\s+$", _I)
_TIMER_ZERO_STEMS = any_stem(("timer", "countdown", "watch", "pomodoro"))


def game_timer(c: _Clock) -> bool:
    """A game mechanic's timer, as patch notes, stat tables and players give it: "cooldown 3:00 → 3:30", "build
    time 0:20 → 0:16", "| Ability cooldown | 0:35 |", "Warden's cooldown should be 0:45?", "respawn timer is now
    0:12": a length the game counts, in no footage. The timer is said to be the value or to change; a timer word
    alone before a time is a chapter's title ("Cooldown 24:45", "Cool-down from 17:15 to 20:00"), and a time said
    into the footage after it a position ("the cooldown ends at 1:12 into the VOD")."""
    if not c.may_end(_GAME_TIMER_STEMS) or _INTO_AFTER.match(c.after) or _IN_MEDIA_AFTER.match(c.after):
        return False
    if _TO_THE_END.search(c.text, c.begin, c.end):
        return False  # "the cooldown is from 16:50 to the end": a workout's stretch of the video, no game's value
    return (c.may_end_with(_GAME_TIMER_TAILS, _MARKDOWN_MARKS) and c.ends(_GAME_TIMER_BEFORE, 70)) or (
        c.may_end_with(_GAME_TIMER_BARE_TAILS, _MARKDOWN_MARKS) and c.ends(_GAME_TIMER_BARE_BEFORE, 40) and (
        _CHANGE_ARROW_AFTER.match(c.after) is not None or _CHANGE_ARROW.search(c.text, c.bare, c.end) is not None))


_GAME_TIMER = (
    r"\b(?:cool-?downs?|build(?:ing)?\s+times?|cast(?:ing)?\s+times?|channel(?:l?ing)?\s+times?|re-?spawn(?:\s+time[rs]?)?|"
    r"spawn\s+time[rs]?|reload(?:ing)?\s+times?|research\s+times?|training\s+times?|upgrade\s+times?|recharge(?:\s+times?)?|"
    r"craft(?:ing)?\s+times?|call-?in\s+times?|deploy(?:ment)?\s+times?|capture\s+times?|"
    # a match's or a round's own clock as a setting: "Ranked match timer reduced from 25:00 to" (round 86)
    r"(?:match|round|game|lobby|queue|turn|shot|storm|zone|bomb|fuse)\s+(?:timers?|clocks?|time\s+limits?)|"
    r"time\s+limits?)(?:['’]s)?(?:[*_`]{1,2})?[^\S\n]*")
# A game's timer said to be its value or to change, maybe with its old value and an arrow: "cooldown: ", "| Respawn
# timer | ", "cooldown should be ", "reload time reduced from 0:04 to ", "build time 0:20 → ".
_GAME_TIMER_BEFORE = regex(
    _GAME_TIMER + r"(?:(?:(?:[:=|]|is|was|are|were|now|still|should\s+be|would\s+be|must\s+be|"
    r"(?:increased|reduced|decreased|lowered|raised|changed|nerfed|buffed|goes\s+(?:up|down)|went\s+(?:up|down)|cut)"
    r"(?:\s+(?:to|from))?)[^\S\n]*)+"
    rf"|(?:[*_`]{{1,2}})?(?:{TC_TEXT})(?:[*_`]{{1,2}})?[^\S\n]*(?:→|->|=>|⇒|\bto\b)[^\S\n]*)(?:[*_`]{{1,2}})?$", _I)
# The timer word alone before its old value, the arrow to the new one after it: "cooldown 3:00 → 3:30".
_GAME_TIMER_BARE_BEFORE = regex(_GAME_TIMER + r"$", _I)
# The last word or mark of every match of _GAME_TIMER_BEFORE and of _GAME_TIMER_BARE_BEFORE (casefolded), before
# the whitespace and Markdown marks after it: gates (``may_end_with``).
_GAME_TIMER_TAILS = (":", "=", "|", "is", "was", "are", "were", "now", "still", "be", "increased", "reduced",
                     "decreased", "lowered", "raised", "changed", "nerfed", "buffed", "up", "down", "cut", "to", "from",
                     "→", ">", "⇒")
_GAME_TIMER_BARE_TAILS = ("down", "downs", "time", "times", "timer", "timers", "spawn", "recharge", "clock", "clocks",
                          "limit", "limits", "'s", "’s")
_MARKDOWN_MARKS = "*_`"
_CHANGE_ARROW_AFTER = regex(r"(?:[*_`]{1,2})?[^\S\n]*(?:→|->|=>|⇒)")
_CHANGE_ARROW = regex(r"→|->|=>|⇒")  # (inside the phrase read as a range: "3:00 → 3:30")
_TO_THE_END = regex(r"\bend$", _I)
_GAME_TIMER_STEMS = any_stem(("cool", "time", "spawn", "reload", "recharge", "clock"))


# "for", maybe hedged, right before the time: "for ", "for about ", "for just over ".
_FOR_TAIL = r"[^\S\n]+for[^\S\n]+(?:(?:about|around|roughly|nearly|almost|(?:just\s+)?(?:over|under))[^\S\n]+)?$"
# A verb in the past (or one that lasts, in the present), up to three words of object, then "for": "checked it for ",
# "looked at the monitor for ", "lingers for " (English inflection: Pidgin's "push the lady for 0:58" places).
_HELD_FOR_BEFORE = regex(
    r"(?<![\w'’-])(?:[a-z]{2,}ed|held|kept|stood|sat|ran|spoke|fought|hung|lay|slept|sang|went\s+on|(?:lasts|lingers|hovers|holds|runs|plays|continues|pauses|stops|freezes|stays|"
    r"sits|goes\s+on|drags\s+on|talks|speaks|argues|checks|reviews|"
    # a camera kept recording: "It'll record 4K60 for 1:12:00 before the overheating warning" (round 85)
    # (not "shoot" or "film": Pidgin's "di police no start to shoot for 1:20" places a moment)
    r"record|records|recording))(?:[^\S\n]+(?!for\b)[\w'’-]+){0,3}"
    + _FOR_TAIL, _I)
# What seeks a place, or fixes a time of day, right before "for": "looked for ", "stay tuned for ", "booked for ".
_SOUGHT_FOR_BEFORE = regex(
    r"(?<![\w'’-])(?:look|watch|listen|wait|search|scroll|tun|excit|prepar|warn|ask|call|schedul|slat|plann|book|"
    r"pencill|timed|set|reserv)\w*" + _FOR_TAIL, _I)


def option_value(c: _Clock) -> bool:
    """The value of a program's long option ("`--max-clip 10:00`", "--timeout=5:00"): a setting, a length or a
    limit, not a position (an option naming a place in the input, "--start 1:30", "--seek=0:45", is left alone)."""
    return "--" in c.before[-60:] and (c.ends(_OPTION_BEFORE, 40) or c.ends(_OPTION_DEFAULT_BEFORE, 60) or (
        c.ends(_ANY_OPTION_BEFORE, 40) and _SYNTAX_TOLD_AFTER.match(c.after) is not None))


# A long option, then what its value now is: "`--max-length` now defaults to 10:00", "--timeout's default is 5:00".
_OPTION_DEFAULT_BEFORE = regex(
    r"(?<![\w-])--[a-z][a-z\d]*(?:[-_][a-z\d]+){0,4}`?(?:['’]s)?[^\S\n]+(?:(?:now|still|also)[^\S\n]+)?"
    r"(?:defaults?[^\S\n]+to|default[^\S\n]+(?:is|of)|(?:is|was)[^\S\n]+(?:now[^\S\n]+)?set[^\S\n]+to)[^\S\n]+`?$", _I)


# A long option and its value's separator, the option not naming a place in the input: "--max-clip ", "--timeout=".
_OPTION_BEFORE = regex(
    r"(?<![\w-])--(?!(?:start|end|from|to|seek|ss|at|in|out|begin|position|pos|time|timestamp|t|inpoint|outpoint)"
    r"(?:=|[^\S\n]))[a-z][a-z\d]*(?:[-_][a-z\d]+){0,4}(?:=|[^\S\n]+)$", _I)


# Any long option and its separator: "--start ", "--seek=".
_ANY_OPTION_BEFORE = regex(r"(?<![\w-])--[a-z][a-z\d]*(?:[-_][a-z\d]+){0,4}(?:=|[^\S\n]+)$", _I)
# What a release note says of an option's syntax after the example value: "`--start 0:30` now accepts `1h2m3s`":
# an example of the syntax, in no footage (not "--start 1:30 skips the intro of the clip"); or how the value itself
# was read: "Fixed: `--start 1:30` was parsed as 1h30m in some locales" (round 51), "`--seek=0:45` is now rejected".
_SYNTAX_TOLD_AFTER = regex(
    r"^`?[^\S\n]+(?:(?:now[^\S\n]+|also[^\S\n]+)?(?:accepts?|supports?|takes|parses|understands|allows)\b"
    r"|(?:was|were|is|are|gets?|got)[^\S\n]+(?:(?:now|no[^\S\n]+longer|wrongly|incorrectly|still)[^\S\n]+)?"
    r"(?:parsed|read|interpreted|treated|rejected|accepted|misread|misparsed)\b)", _I)


def battery_result(c: _Clock) -> bool:
    """A battery's endurance: "Battery life: 9:45 (video loop), 12:10 (web browsing)", "In the looping video test the
    phone managed 21:34", "screen-on time was 8:20": hours and minutes of a charge, not a position (unless the
    time is said where the footage is: "battery life is covered at 7:02", "skip to 8:40")."""
    folded = c.folded_before
    said = (("batter" in folded or "screen" in folded or "sot" in folded or "test" in folded)
            and c.ends(_BATTERY_BEFORE, 80)) or _RUNDOWN_AFTER.match(c.after) is not None
    # how long it recorded or ran till it stopped, said after the time: a chapter list's neighbour lines say
    # nothing against it, and the list's next lines in its shape are the other modes' (round 55: "4K/30: 1:58
    # continuous before shutdown\n4K/60: 1:22")
    endured = not said and (_ENDURANCE_AFTER.match(c.after) is not None or _endurance_list_line(c))
    return (said or endured) and not c.ends(_POSITION_BEFORE) and not c.ends(_SENT_TO_BEFORE) \
        and not _INTO_AFTER.match(c.after) and (endured or not _timed_neighbour_line(c.text, c.begin))


# A device's endurance said after its time: "1:58 continuous before shutdown", "1:42 of continuous 1080p recording",
# "2:05 of recording before it overheated" (not "at 1:58 the continuous shot begins": "at" sets it aside).
_SHUT_DOWN = r"(?:(?:thermal\s+)?shut-?down|shutting\s+(?:down|off)|cut-?off|overheating|" \
    r"(?:it|the\s+(?:battery|camera|phone|unit|device))\s+(?:died|dies|shut\s+(?:down|off)|shuts\s+(?:down|off)|" \
    r"overheated|overheats|ran\s+out|runs\s+out|gave\s+out|cut\s+out))\b"
_TILL = r"(?:before|until|till)"
_ENDURANCE_AFTER = regex(
    r"[^\S\n]+(?:of[^\S\n]+)?(?:continuous|non-?stop|uninterrupted)[^\S\n]+(?:[\w/.-]+[^\S\n]+){0,3}?"
    rf"(?:recording|shooting|filming|playback|capture|record(?:ing)?\s+time|use|{_TILL}\s+{_SHUT_DOWN})\b"
    rf"|[^\S\n]+of[^\S\n]+(?:[\w/.-]+[^\S\n]+){{0,2}}?(?:recording|shooting|filming|playback)[^\S\n]+{_TILL}\s+"
    rf"{_SHUT_DOWN}", _I)


def _endurance_list_line(c: _Clock) -> bool:
    """A line "4K/60: 1:22", a label then the time closing it, under lines of the same shape the first of which
    tells its time as an endurance ("4K/30: 1:58 continuous before shutdown"): the same list's measures."""
    text = c.text
    line = text.rfind("\n", max(0, c.bare - ENDURANCE_LABEL_CHARS), c.bare) + 1
    if (line == 0 and c.bare > ENDURANCE_LABEL_CHARS) or not _LINE_END_AFTER.match(text, c.end) \
            or not _LABEL_COLON_LINE.fullmatch(text, line, c.bare):
        return False
    for above, end in lines_above(text, line, ENDURANCE_LIST_LINES):
        listed = _LABELLED_TIME_LINE.match(text, above, end)
        if listed is None:
            return False
        if _ENDURANCE_AFTER.match(text, listed.end(), end):
            return True
    return False


# How long a listed measure's label may be, and how many of the list's lines above it are read.
ENDURANCE_LABEL_CHARS = 40
ENDURANCE_LIST_LINES = 8
_LINE_END_AFTER = regex(r"[ \t]*(?:\n|$)")
_LABEL_COLON_LINE = regex(r"[ \t]*(?:[-*•][ \t]*)?[^\s:|][^\n:|]{0,38}:[ \t]*")
_LABELLED_TIME_LINE = regex(r"[ \t]*(?:[-*•][ \t]*)?[^\s:|][^\n:|]{0,38}:[ \t]*\d{1,2}:[0-5]\d(?![\d:])")


# The battery test named after its result: "I got 26:40 in my rundown test", "9:12 on the video-loop test".
_RUNDOWN_AFTER = regex(
    r"\s+(?:in|on|from)\s+(?:my|our|the|a|an|his|her|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rundown|battery|drain|looping[-\s]video|video[-\s]?(?:loop|looping|playback)|(?:web[-\s])?browsing|streaming|"
    r"playback|endurance)\s+tests?\b", _I)


def _timed_neighbour_line(text: str, begin: int) -> bool:
    """Whether the line before or after the one holding ``begin`` opens or closes with a bare time: a list of
    chapters ("Battery life – 6:20\nCamera – 9:15"), whose times are positions."""
    start = text.rfind("\n", 0, begin)
    end = text.find("\n", begin)
    lines = []
    if start > 0:
        lines.append((text.rfind("\n", 0, start) + 1, start))
    if end >= 0:
        after = text.find("\n", end + 1)
        lines.append((end + 1, len(text) if after < 0 else after))
    return any(_TIMED_LINE.fullmatch(text, lb, le) for lb, le in lines)


_TIMED_LINE = regex(
    r"[ \t]*(?:[-*•]\s*)?(?:\d{1,2}:[0-5]\d(?::[0-5]\d)?\b.*|.*[\s–—:-]\d{1,2}:[0-5]\d(?::[0-5]\d)?[ \t]*)")


_BATTERY_BEFORE = regex(
    # (not a newsroom script's sound on tape, "[SOT — Capt. Ruiz, IN at 1:02 ...", "SOT: Mayor Ng, IN at ...")
    r"\b(?:battery\s+life|screen[-\s]on(?:\s+time)?|(?<!\[)SoT(?![ \t]*(?:[—–]|-[ \t]|:[ \t]*(?-i:[A-Z])))|"
    r"battery\s+endurance)\b[^.;!?\n]{0,40}$"
    r"|\b(?:rundown|battery|looping[-\s]video|video[-\s]?(?:loop|looping|playback|rundown)|(?:web[-\s])?browsing|"
    r"streaming|playback)\s+tests?\b[^.;!?\n]{0,40}?\b(?:lasted|lasts|managed|got|gave|achieved|scored|returned|"
    r"clocked(?:\s+in\s+at)?|ran|recorded|came\s+in\s+at|hit|reached|was|is|of|result\s+(?:was|is|of))\s+"
    rf"(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+|over\s+|under\s+)?$"
    # the battery's endurance set against an older one: "Battery lasts about 2 hrs of 4K now vs 1:40 before"
    r"|\bbattery\s+(?:lasts|lasted|gets|got|gives|gave|runs|ran|does|did)\b[^.;!?\n]{0,50}?"
    r"\b(?:vs\.?|versus|against|compared\s+(?:to|with)|(?:up|down)\s+from)\s+$", _I)
# Words sending the reader to a time in the footage: "skip to", "see", "watch", "jump to".
_SENT_TO_BEFORE = regex(r"\b(?:see|watch|skip\s+to|jump\s+to|go\s+to|head\s+to|check)\s+$", _I)


# "knocked 0:48 off her best", "shaved 1:02 off the course record": a time taken off a measured time (not a
# deposition index's "00:47:10:00    Off the record", a cell of its own).
_OFF_A_RECORD_AFTER = regex(
    r"\s+(?-i:off)\s+(?:the|her|his|their|its|my|our|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:records?|best|PBs?|PRs?|times?|"
    r"target|pace)\b", _I)


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
    if ("came" in fb or "com" in fb) and c.ends(_FINISHED_AT_BEFORE, 30) and (
            c.text.count(":", c.bare, c.end) == 2 or (c.ends(_CAME_IN_BEFORE, 16) and not footage_word(c.clause))):
        # "The oldest finisher came in at 2:51:09", "Tail walkers came in at 58:30" (not "the call comes in at 1:52",
        # a clock, nor "the bass comes in at 1:12", a position: told in the present)
        return "race time"
    if not (next_word in _MEASURE_NEXT_WORDS or fb.rstrip()[-1:] in _LABEL_ENDS or fb.endswith("in ")
            or _TIMED_THING_STEMS.search(fb)) or c.ends(_PLACED_BEFORE):
        return None  # the cheap test first: no rule below can apply, or the time is placed in footage
    if (("time" in fb or "split" in fb) and c.may_end_with(_RACER_TIME_TAILS) and c.ends(_RACER_TIME_BEFORE, 70)
            and not footage_word(c.before[-70:])) \
            or ("through" in fb and c.ends(_THROUGH_HALF_BEFORE, 30)):
        return "race time"  # "His time up the final climb, 41:17", "Her split at the 80 km station was 9:58:02"
    if (_RUN_CATEGORY_STEMS.search(fb) and c.ends(_RUN_CATEGORY_BEFORE, 40)) \
            or (next_word == "by" and _CREDITED_RUN_AFTER.match(after)) \
            or ("speedrun" in fb and c.ends(_SPEEDRUNNERS_IN_BEFORE, 60)):
        # "Moth Valley 100% – 2:13:55", "fastest any% today was 41:07.3", "41:07.3 by kestrel", "27:41.3 by the
        # runner Kestrel,", "the speedrunners do it in 2:35:10"
        return "race time"
    if (("timed" in fb or "clocked" in fb) and c.ends(_TIMED_BEFORE, 40)) \
            or ("used" in fb and c.ends(_USED_TO_BEFORE, 90)) \
            or (next_word in ("for", "per") and _PER_AMOUNT_AFTER.match(after)) \
            or (next_word in ("by", "on", "with", "according") and _TIMER_AFTER.match(after)) \
            or (" time" in fb and c.may_end_with(_TASK_TIME_TAILS) and c.ends(_TASK_TIME_BEFORE, 60)) \
            or ("time" in fb and c.ends(_TIMER_SET_BEFORE, 50)) \
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


_NEXT_WORD = regex(r"[^\S\n]*([\w%]+)")
# What the rules of _thing_timed need one of: the next word, the last character, or a word before.
_MEASURE_NEXT_WORDS = frozenset({"by", "for", "per", "on", "with", "according", "to"})
_LABEL_ENDS = (":", "–", "—", "-")
_RUN_CATEGORY_WORDS = ("%", "glitchless", "rta", "igt")
_PLAYED_WORDS = ("song", "track", "single", "tune", "album", "ad", "advert", "commercial", "spot", "promo", "jingle",
                 "anthem", "closer", "opener", "piece")
_RUN_CATEGORY_STEMS = any_stem(_RUN_CATEGORY_WORDS)
_PLAYED_STEMS = any_stem(_PLAYED_WORDS)
_TIMED_THING_STEMS = any_stem(("time", "split", "through", "timed", "clocked", "used", "came", "com")
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
_EVENT_CLOCK_AFTER = regex(
    r"\s+after\s+(?:(?:the|its|her|his|their)\s+)?(?:lift-?off|launch|take-?off|ignition|kick-?off|tip-?off|"
    r"touchdown|start(?:ing)?\s+gun|gun|whistle|opening\s+bell|bell)\b", _I)
# A speedrun's category just before its time: "Moth Valley 100% – ", "fastest any% today was ", "glitchless – ".
# (a percentage a speed changes by is no category: "a PAL DVD plays 4% fast: 1:12:40 ... lands at 1:09:46")
_RUN_CATEGORY_BEFORE = regex(
    r"(?:(?<![\w])(?:any|low|all|\d{1,3})\s?%(?!\s*(?:fast|faster|slow|slower|quicker|speed|longer|shorter)\b)"
    r"|\b(?:glitchless|RTA|IGT)\b)[^\n.;!?\d%]{0,25}$", _I)
# A time credited to who set it, ending its line: "41:07.3 by kestrel", "18:02.9 by ovi (world record!)".
_CREDITED_RUN_AFTER = regex(
    r"[^\S\n]+by[^\S\n]+(?:(?!(?:the|a|an|this|that|then|now|which|its|his|her|their|our|my|your|me|us|him|them|"
    r"clicking|using|skipping|going|scrolling|default)\b)[\w.'’-]+[^\S\n]*(?:\(|$)"
    # (or named as the runner, in an aside: "27:41.3 by the runner Kestrel, was set on ...")
    r"|the[^\S\n]+(?:speed)?runner[^\S\n]+[\w.'’-]+[^\S\n]*[,(])", _I | re.MULTILINE)
# Speedrunners finishing a game in a time: "the speedrunners do it in ", "speedruns finish in under ".
_SPEEDRUNNERS_IN_BEFORE = regex(
    r"\bspeedrun(?:ner)?s?\b[^\n.;!?\d]{0,40}\bin\s+(?:(?:just\s+)?(?:under|about|around)\s+)?$", _I)
# A timing: "my partner timed it: ", "I timed them at ", "clocked it at " (not a cue "timed 00:21:47,300 --> ...").
_TIMED_BEFORE = regex(
    r"\b(?:timed|clocked)\s+(?:it|them|this|him|her|me|us|(?:the|my|our|his|her)\s+[\w'’-]+)"
    r"\s*(?::|,|\s+at|\s+in)?\s*(?:(?:about|around|roughly|just\s+over|just\s+under)\s+)?$", _I)
# A measure as it used to be, and as it is now: "used to be 2:50 when new", "used to be 1:10 for one, now it's ".
_USED_TO_BEFORE = regex(
    r"\bused\s+to\s+(?:be|take)\s+(?:[^.;!?\n]{0,50}\bnow\s+(?:it['’]s|it\s+is|it\s+takes|takes)\s+)?"
    r"(?:(?:about|around|roughly|just|only)\s+)?$", _I)
# A test's time for an amount: "3:55 for a litre", "4:30 for a full jug", "1:32 per 100 m".
_PER_AMOUNT_AFTER = regex(
    r"\s+(?:for|per)\s+(?:a|an|one|half\s+a|\d+(?:[.,]\d+)?)\s*(?:(?:full|whole|single)\s+)?"
    r"(?:litres?|liters?|l|ml|kg|kilos?|cups?|mugs?|jugs?|pots?|kettles?|pints?|gallons?|km|kilomet(?:re|er)s?|m|"
    r"metres?|meters?|miles?|laps?|lengths?|reps?|loads?|batch(?:es)?)\b", _I)
# A racer's time or split told before it: "His time up the final climb, ", "Her split at the 80 km aid station was ".
# The last word or comma of every match of _RACER_TIME_BEFORE (casefolded): a gate (``may_end_with``).
_RACER_TIME_TAILS = (",", "was", "is", "of", "in")
_RACER_TIME_BEFORE = regex(
    r"\b(?:(?i:his|her|their|my|our)|[A-Z][\w-]*['’]s)\s+(?i:(?:winning|finishing|fastest|best|final|race)\s+)?"
    r"(?i:time|split)\b(?![\s-]+(?:stamp|code|zone|line|of\s+day))[^.;!?\n:]{0,50}?(?:,|\b(?:was|is|of|in))\s+$")
# A finisher coming in, with a time to the second: "came in at ", "came home in ".
_FINISHED_AT_BEFORE = regex(r"\b(?:came|comes|come|coming)\s+(?:home|in)\s+(?:at|in)\s+$", _I)
_CAME_IN_BEFORE = regex(r"\bcame\s+(?:home|in)\s+(?:at|in)\s+$", _I)
# A race's half passed: "pulls the leaders through halfway in ", "through the half in ".
_THROUGH_HALF_BEFORE = regex(r"\bthrough\s+(?:halfway|half-way|the\s+half(?:way)?(?:\s+mark)?)\s+in\s+$", _I)
# A position's preposition before a time, maybe hedged: "at about ", "from ", "and " (a bare hedge is no position:
# "Brew time is about 4:30").
_PLACED_BEFORE = regex(
    r"(?<![\w])(?:at|from|to|until|till|between|and|or|then|@)\s+(?:the\s+)?(?:(?:about|around|roughly)\s+)?$|&\s*$",
    _I)
# What timed it: "3:40 by my stopwatch", "2:10 on the kitchen timer".
_TIMER_AFTER = regex(
    r"\s+(?:by|on|with|according\s+to)\s+(?:my|the|a|his|her|our|their)\s+(?:[\w'’-]+\s+)?(?:stop-?watch|timer)\b", _I)
# A task's time named as such: "Boil time from cold was ", "charging time: ", "render time is about ".
# The last word of every match of _TASK_TIME_BEFORE (casefolded): a gate (``may_end_with``).
_TASK_TIME_TAILS = ("was", "is", "were", "are", "of", ":", "about", "around", "roughly", "over", "under")
_TASK_TIME_BEFORE = regex(
    r"\b(?:boil(?:ing)?|brew(?:ing)?|charg(?:e|ing)|load(?:ing)?|render(?:ing)?|cook(?:ing)?|heat-?up|boot|"
    r"download|export|install|build|compile)\s+times?\b[^.;!?\n\d]{0,30}?(?:\b(?:was|is|were|are|of)\s+|:\s*)"
    r"(?:(?:about|around|roughly|just\s+over|just\s+under)\s+)?$", _I)
# A timer's or a limit's setting: "the fight timer is 3:00", "time limit of 10:00", "the round timer set to 5:00".
_TIMER_SET_BEFORE = regex(
    r"\b(?:timer|time\s+(?:limit|cap|allowance))\b[^.;!?\n\d]{0,20}?(?:\b(?:is|was|of|set\s+to)\s+|['’]s\s+|:\s*)"
    r"(?:(?:only|just)\s+)?$", _I)
# The task the time is what it takes: "3:40 to boil", "1:10 to load" (not "from 2:10 to 3:40", a range).
_TASK_AFTER = regex(
    r"\s+to\s+(?:boil|brew|charge|heat\s+up|heat|cook|bake|load|render|export|finish|complete|pitch|build|install|"
    r"download|upload|dry|cool|defrost|reboot|boot|start\s+up|fill|empty|pump)\b", _I)
# A song's length told with "is": "track 2 is ", "The album closer was ", "the closer, "Ash", is ".
# (or "of": "the score, a string quartet piece of about 6:40, is overused", "a jingle of 0:30" (round 92))
_PLAYED_IS_BEFORE = regex(
    rf"\b(?:{PLAYED_THING}|closer|opener|piece)s?(?:\s+(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten))?"
    rf"(?:\s*,\s*[\"“'‘][^\"”’\n]{{1,40}}[\"”’]\s*,)?\s+"
    rf"(?:is|was|runs|ran|lasts|lasted|clocks\s+in\s+at|of)\s+(?:(?:about|around|roughly|nearly|almost|just\s+over|"
    rf"just\s+under)\s+)?$", _I)
# A run's distance as the label of its time: "My 5K this morning: ", "Half marathon: ", "parkrun - ".
_DISTANCE_LABEL_BEFORE = regex(
    r"(?:\b\d{1,3}(?:[.,]\d)?\s?(?:k|km|mi|miles?)\b|\b(?:half[\s-])?marathon\b|\bparkrun\b)"
    r"(?:\s+(?!(?:at|in|into|of|video|clip|footage|stream)\b)[\w'’-]+){0,3}\s*(?::|[–—-])\s*$", _I)
# A setting the time is on: "3:10 on the quick setting", "2:30 on high mode".
_ON_SETTING_AFTER = regex(r"\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:setting|mode|program(?:me)?|cycle)\b", _I)
# An amount done in the time: "0.8 l in ", "two cups in ".
_AMOUNT_IN_BEFORE = regex(
    r"\b(?:\d[\d.,]*|one|two|three|four|a)\s?(?:l|litres?|liters?|ml|cups?|mugs?|pints?|kg|lbs?)\s+in\s+$", _I)
# An item's name and a dash before its time, at the start of a list line: "3. Pellow Classic – ".
_NAMED_ITEM_BEFORE = regex(r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+[^\n:]{1,40}?[ \t][–—-][ \t]*")
_PRICE_MARKS = ("£", "$", "€", "EUR", "USD", "GBP", "eur", "usd", "gbp")
# A price later in the line, after a comma: "4:12, but keeps warm for 30 min, £79".
_PRICE_LATER = regex(r"[^\n]*?,[^\n]*?(?:[£$€]\s?\d|\d\s?(?:EUR|USD|GBP)\b)", _I)


def _played_or_set(c: _Clock) -> str | None:
    """Time spent playing or at a setting, and a record with the date it was set."""
    if _PLAYING_TIME_AFTER.match(c.after) or (
            c.folded_before.endswith("for ") and _SETTING_FOR_BEFORE.search(c.before)):
        # (and "Low for 8 h or high for 4:30", "microwave on full power for 2:30": how long at a setting)
        return "duration"  # "24 points in 31:12 of playing time", "3:40 of ice time": time a player was on
    if _EACH_AFTER.match(c.after):
        return "duration"  # "after two minors (2:00 each)", "two clips (0:45 apiece)": a length had by every one
    if _RECORD_SET_AFTER.match(c.after):
        return "race time"  # "Kaskade's world-record run (41:09.33, set 2 June 2026)": a record and when it was set
    return None


# "each" or "apiece" closing its clause after a time: every one of the things counted lasts it (round 93: "two
# minors (2:00 each)"), no position ("at 0:42 each time", "at 1:12, each player" are not this).
_EACH_AFTER = regex(r"\s*(?:each|apiece)\b(?=\s*(?:[),.;:!?\]]|$))", _I)
# "2:10 in, you can see": an offset said with a bare "in" that ends the clause (not "9h40m in my test").
_IN_CLAUSE_END_AFTER = regex(r"\s+in\s*(?:[,;.:!?)]|$)", _I)


def measure_row(c: _Clock) -> bool:
    """A time in a table row whose first cell names a measure of a device, not a place in a video: "| Battery (our
    test) | 1:22 | 1:04 |", "| Charge time | 2:05 |", "<tr><th>Talk time</th><td>9:30</td>": lengths."""
    text = c.text
    line = text.rfind("\n", max(0, c.bare - MEASURE_ROW_CHARS), c.bare) + 1
    row = text[line:c.bare]
    if "|" in row:
        cells = row.lstrip().removeprefix("|").split("|")
        label = cells[0] if len(cells) > 1 else ""  # (the last is the time's own cell)
    else:
        opened = text.rfind("<tr", max(0, c.bare - MEASURE_ROW_CHARS), c.bare)
        if opened < 0:
            return False
        first = _HTML_FIRST_CELL.search(text, opened, c.bare)
        label = _TAGS.sub("", first.group(1)) if first else ""
    return _MEASURE_LABEL.fullmatch(label.strip(" \t*_")) is not None


# How far back on its line a measure row's label is read.
MEASURE_ROW_CHARS = 200
_MEASURE_LABEL = regex(
    r"(?:(?:claimed|rated|tested|measured|real[\s-]world)\s+)?"
    r"(?:battery(?:\s+life)?|(?:re)?charg(?:e|ing)(?:\s+time)?|(?:full|fast|quick)\s+charge|talk\s+time|standby|"
    r"playback(?:\s+time)?|recording\s+time|record\s+time|run[\s-]?time\s+on\s+battery|endurance|boot(?:\s+time)?|"
    r"load(?:ing)?\s+time|cook(?:ing)?\s+time|prep(?:aration)?\s+time|bake\s+time|brew\s+time|heat[\s-]?up(?:\s+time)?|"
    r"warm[\s-]?up(?:\s+time)?)"
    r"(?:\s*\([^()|]{0,30}\))?(?:\s*[:(]?\s*(?:h|hrs?|hours?|h:mm|hh:mm|mins?|m:ss)\)?)?", _I)
_HTML_FIRST_CELL = regex(r"<t[dh]\b[^<>]{0,30}>(.*?)</t[dh]>", _I | re.DOTALL)
_TAGS = regex(r"<[^<>]*>")
