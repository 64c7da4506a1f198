"""Clocks read off a screen or a device in the footage ("the stamp reads 06:41:12", "the scoreboard
shows"): what a clock in the picture says is the time in the world, not where the footage is."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import _I, _IN_MEDIA_AFTER, _INTO_AFTER, NOT_ED_NOUN, _Clock, footage_word
from annotate.moments.patterns import HEDGE, MEDIA_NOUN, TIMECODE, any_stem

# A past-tense report right before the clock ("the bomb exploded at 8:46", "was posted at
# 10:45") describes the world; footage is described in the present ("the officer fires at 3:14").
_PAST_BEFORE = regex(
    rf"(?<![\w])(?:(?P<aux>is|are|can\s+be|gets|get|being)\s+)?(?:{NOT_ED_NOUN}\w+ed|began|rose|struck|hit|fell|came|went|"
    r"left|took|broke|met|spoke|rang|ran|drew|gave|got|held|sat|stood|woke|wrote|flew|blew|sank|burst|"
    r"lit|led|fled|sent|saw|heard|told|found|made|said|began|stopped|shut|set\s+off|set\s+out|"
    r"took\s+off|read\s+out)\s+(?:(?:at|around|about|by|until|till|shortly\s+after|just\s+after|just\s+before|"
    r"sometime\s+after|after|before|roughly|approximately|exactly|precisely)\s+)+$",
    _I,
)

# A clock shown on screen: "the camera's clock reads 03:51:22", "the timestamp reads 10:02".
_ONSCREEN_CLOCK = regex(
    r"\b(?:clocks?|countdown|timer|stopwatch|wristwatch|watch|time\s?stamp|time-stamp|date\s?stamp|time\s+code|timecode|time\s+display|"
    r"on-?screen\s+time|overlay|display|dashboard|screen|counter|readout|caption|chyron|banner|"
    # a recording device's own time: "dashcam time says 17:14:52" (round 189)
    r"(?:dash-?\s?cam(?:era)?|camera|cctv|body-?\s?cam(?:era)?|doorbell)(?:['’]s)?\s+(?:own\s+)?time|"
    # a sign or a board in the picture: "the bank's sign shows 11:58 and 31°C"
    r"watermark|stamp|metadata|exif|log|telemetry|hud|osd|signs?|signboard|billboard|board|"
    # a tape's time-of-day timecode track: "the burnt-in VITC on the tape reads 10:42:17:03"
    r"vitc|ltc)\b[^.;!?]{0,30}\b(?:reads?|read|reading|shows?|showed|showing|displays?|displayed|"
    # (the bare verb after "see" or in Singlish: "can see the timer on screen say 5:00" (round 92))
    r"displaying|says?|said|indicates?|indicated|stamped|set\s+to|of"
    # "By the overlay that is 04:13:41": a gap in the footage read on its clock
    r"|(?:that|this|it)\s+(?:is|was|would\s+be)"
    # ... or several: "On the burnt-in clocks those are 02:14:40 and 02:17:12" (round 77)
    r"|(?:those|these|they)\s+(?:are|were|would\s+be))\s+(?:(?:{h})\s+)?(?:the\s+time\s+(?:as\s+)?)?"
    # other readings before the clock: "the telemetry reads ALT 120M 14:03:55"
    r"(?:(?-i:[A-Z0-9][A-Z0-9./°%-]*)\s+){0,3}"
    r"(?:[\"'‘“][^\"'’”]{0,30}?)?$"
    .replace("{h}", HEDGE),
    _I,
)
# A screen clock named, an aside between commas, then its verb of reading: "The phone's own clock, visible when the
# user pulls down the notification bar at 00:01:35:00, shows 16:52" (round 50); read back at most ASIDE_CLOCK_CHARS,
# only where the verb after a comma ends the words before (_ASIDE_VERB_BEFORE).
ASIDE_CLOCK_CHARS = 160
_ASIDE_VERB_BEFORE = regex(r",[^\S\n]*(?:reads?|shows?|showed|displays?|displayed|says|said)[^\S\n]+$", _I)
_CLOCK_ASIDE_BEFORE = regex(
    r"\b(?:clocks?|time\s?stamp|time-stamp|date\s?stamp|overlay|display|readout|osd|hud)\b(?:['’]s)?"
    r"[^\S\n]*,[^.;!?,\n]{1,100},[^\S\n]*(?:reads?|shows?|showed|displays?|displayed|says|said)[^\S\n]+$", _I)


def clock_read_past_aside(c: _Clock) -> bool:
    """A clock in the picture named, an aside between commas, then what it reads: the reading is the day's."""
    return c.ends(_ASIDE_VERB_BEFORE, 20) and \
        _CLOCK_ASIDE_BEFORE.search(c.text, max(c.b, c.bare - ASIDE_CLOCK_CHARS), c.bare) is not None


# A screen clock named, then its reading set beside it in brackets or after a comma: "The port camera's overlay
# (06:31:44) runs ahead", "these match the cam's own overlay, 05:42 and 06:58 local time".
# (or a device's own time so named: "The car-park gantry time (23:16:40) and the upload time ...", round 127)
# (or its reading said as the clock's own: "the overlay's 02:11:30 corresponds to roughly 02:15 that morning" (round
# 151), "the OSD's 19:42:10"; not the footage's: "the CCTV's 5:43" is where the recording is)
_CLOCK_APPOSED_BEFORE = regex(
    r"\b(?:overlay|osd|hud|clock|(?:gantry|barrier|camera|cam|dash-?cam|doorbell|cctv|device|phone|server|system|"
    r"kiosk|terminal|receipt|ticket|meter|upload|posting|local)(?:['’]s)?\s+time)(?:\s*(?:\(|,)\s*|['’]s\s+)$", _I)
_CLOCK_NEAR = regex(
    r"\b(?:(?<!\bon\sthe\s)clock|o['’]clock|wristwatch|time\s+of\s+day|stamped|time-?stamped|date-?stamped)\b"
    r"[^.;!?]{0,25}$",
    _I,
)
# A subtitle cue's stamp is where the cue sits in the footage: "the cue 'Main engine start' is stamped 00:41:03.000".
_CUE_STAMPED_BEFORE = regex(
    r"\b(?:cues?|captions?|subtitles?|subtitle\s+lines?)\b[^.;!?]{0,50}\b(?:time-?)?stamped\s+(?:at\s+|as\s+)?$", _I)
# A frame of the footage stamped with a timecode that counts frames: "the frame stamped 00:07:02:15", "a still
# frame, time-stamped 00:01:12:05" (round 193): the frame's place in the footage, as a cue's stamp is (a clock of
# the day counts no frames; "the frame stamped 14:07:33" stays the camera's clock).
_FRAME_STAMPED_BEFORE = regex(r"\bframes?\b[^.;!?\d]{0,40}\b(?:time-?)?stamped\s+(?:at\s+|as\s+|with\s+)?$", _I)
_FRAMES_COUNTED = regex(r"\d{1,2}:[0-5]\d:[0-5]\d[:;]\d\d")


def frame_stamp(c: _Clock) -> bool:
    """The clock is a frame's own timecode, frames counted, told as what the frame is stamped with."""
    return "stamp" in c.folded_before and c.ends(_FRAME_STAMPED_BEFORE, 80) \
        and _FRAMES_COUNTED.fullmatch(c.text, c.bare, c.end) is not None


# A clock in the scene stopped at a time: "a clock on the kitchen wall stopped at 4:10 throughout".
# (a watch told as a thing, not the verb: "Watch top left at 0:47"; nor a corner of the picture: "top left at")
_STOPPED_CLOCK_BEFORE = regex(
    r"\b(?:clock|wristwatch|(?:(?:a|the|his|her|my|their|your|our|its|\w+['’]s)\s+)watch)\b[^.;!?\d]{0,40}\b"
    r"(?:stopped|stuck|frozen|froze|set|fixed|(?<!top\s)(?<!bottom\s)(?<!upper\s)(?<!lower\s)(?<!far\s)left"
    # or moved on to another reading: "the clock in the final scene does move, to 4:11", "the clock jumps to 9:05"
    r"|(?:move[sd]?|moving|jump(?:s|ed)?|change[sd]?|tick(?:s|ed)?|flip(?:s|ped)?|goes|went|advance[sd]?)"
    r"(?:\s+(?:on|forward|over|ahead|back|along))?,?)"
    r"\s+(?:at|to)\s+$", _I)
# For each pattern above and below searched in the words before a clock, substrings (casefolded) one of
# which every match holds (``_Clock.may_end``; ``GATED_BEFORE`` pairs them for the tests).
# A clock in the scene, told where it hangs, then its reading: "The clock on the wall behind her, visible in the
# first frame, shows 21:52".
# A clock that strikes or chimes the time in the story: "the clock above the quay striking 11:59 and stopping".
# (or where the footage shows it, a position in between: "a wall clock visible at 22:40 in the episode that reads
# 3:15", round 109)
_CLOCK_READS_BEFORE = regex(
    r"\b(?<!o['’])(?:clock|wristwatch)\b[^.;!?\d]{0,60}"
    rf"(?:\d{{1,2}}:[0-5]\d(?::[0-5]\d)?\s+(?:in|into|of)\s+(?:the|that|this)\s+{MEDIA_NOUN}\b[^.;!?\d]{{0,20}})?"
    r"\b(?:reads?|shows?|showed|showing|says|said|displays?|"
    r"displayed|strikes|striking|struck|chimes|chiming|chimed)\s+$", _I)
# A burnt-in timecode said to start at a clock: "a burnt-in timecode starting at 10:00:00:00" (a broadcast's
# convention, the clock the picture carries, not a position in the film).
BURNT_IN_START_BEFORE = regex(
    r"\b(?:burnt|burned|baked)[\s-]in\s+(?:time\s?code|tc|clock|time\s?stamp|counter)\s+(?:that\s+|which\s+)?"
    r"(?:starting|beginning|starts|begins|started|began|running)\s+(?:at|from)\s+$", _I)
# A delivery or QC sheet's labelled start (or end) of programme: "SOM 10:00:00:00", "Start of Message: 01:00:00:00",
# "EOM 10:58:47:12", "start timecode 09:59:30:00" (the clock the tape carries, not a position in the programme);
# or in brackets after its label: "never offset by the programme's SOM (10:00:00:00)" (round 93).
CARRIED_START_BEFORE = regex(
    r"(?:(?<![\w-])(?:SOM|EOM)|\b(?i:(?:start|end)\s+of\s+message|(?:start|first)\s+time\s?code))"
    r"[ \t]*(?:[:=@(\[]|\bat\b|\bis\b)?[ \t]*$")
# A timecode set equal to the first frame, the base the sheet counts from: "(00:00:00:00 = first frame of
# programme)", "10:00:00:00 is the first frame of picture".
COUNTS_FROM_AFTER = regex(r"^[ \t]*(?:=|==|is|equals|marks)[ \t]+(?:the[ \t]+)?(?:first|1st)[ \t]+frame\b", _I)
_APPOSED_STEMS = any_stem(("overlay", "osd", "hud", "clock", "time"))
_ONSCREEN_STEMS = any_stem(("clock", "countdown", "timer", "watch", "stamp", "code", "display", "screen", "overlay",
                   "dashboard", "counter", "readout", "caption", "chyron", "banner", "watermark", "metadata", "exif",
                   "xmp", "log", "telemetry", "hud", "osd", "sign", "board", "vitc", "ltc", "cam",
                   "cctv", "doorbell"))
_CLOCK_NEAR_STEMS = any_stem(("clock", "watch", "day", "stamp"))

# (a speaker's own watch too: "It's 2:15 by my watch"; a clock just named, pointed back to: "the system's clock was 7
# minutes fast and the footage ran from 20:14 to 20:31 by that clock", round 129)
_CLOCK_AFTER = regex(
    r"^\s*(?:(?:on|by|per|going\s+by)\s+(?:the|its|his|her|their|a|an|my|our|your|that|this|those|these)\s+"
    r"(?:[\w'’-]+\s+){0,2}"
    r"(?:clock|timestamp|time\s?stamp|watch|wristwatch)\b|"
    # a clock of the day read "by the camera" (not "at 24:04 by the counter", the recording's own)
    r"(?:by|per|going\s+by)\s+(?:the|its|that|this)\s+(?:[\w'’-]+\s+){0,2}(?:camera|cam|cctv|dashcam|doorbell)"
    r"(?![\w'’-])|"
    # a clock told slow or fast, then read "by its own reckoning" (its own clock's time, not the footage's)
    r"(?:by|on|according\s+to)\s+(?:its|their|the\s+camera['’]s|the\s+clock['’]s)\s+(?:own\s+)?reckoning\b|"
    r",?\s*according\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:clock|timestamp|time\s?stamp|metadata|exif|file\s+data|GPS\s+data|phone\s+records|logs?|records)|"
    # a clock named by its reading: "not the 16:42 clock shown on each camera", "the 07:10 timestamp visible in"
    r"\s+(?:(?:camera|cam|on-?screen|burnt-?in|dashboard|dash)\s+)?(?:clock|timestamp|time\s?stamp)\s+"
    r"(?:shown|displayed|visible|burnt|burned|printed|reading)\b|"
    # the device's own time said after it: "the owl lands at 02:10 cam time", "23:14 camera time"
    r"\s+(?:camera|cam|webcam|cctv|dashcam|dash-cam|doorbell|bodycam|body-cam)\s+time\b)",
    _I,
)


def clock_named_after(text: str, end: int) -> bool:
    """The time ending at ``end`` is told by the words right after it as a clock's reading: "The relevant footage
    begins at 01:14:05 by the camera's clock" (round 100), "the owl lands at 02:10 cam time": the clock's, however
    much the words before it speak of footage (the learned veto does not overrule it; "at 24:04 by the counter" is
    the recording's own)."""
    return _CLOCK_AFTER.match(text[end:end + CLOCK_NAMED_AFTER_CHARS]) is not None


# How far after a time its clock's name is read.
CLOCK_NAMED_AFTER_CHARS = 80


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


def _reading_again(c: _Clock) -> bool:
    """A clock joined by a bare "and" to an on-screen clock's reading earlier in the sentence, in another shot
    or at the clause's end, is that clock read again: "the clock on the wall says 4:10 at 12:33 in the episode,
    and 9:25 in the next shot" (a position would be said "at 9:25")."""
    if "and" not in c.folded_before[-8:] or not c.ends(_BARE_AND_BEFORE, 8) \
            or not _ANOTHER_SHOT_AFTER.match(c.after) or not c.may_end(_ONSCREEN_STEMS):
        return False
    return any(_ONSCREEN_CLOCK.search(c.text, max(c.b, t.start() - 60), t.start())
               for t in TIMECODE.finditer(c.text, c.b, c.begin))


def later_on_read_clock(c: _Clock) -> bool:
    """A day's clock in two-digit hours told in a later clause of a sentence that reads a clock in the picture, a
    little after that reading and with no footage word between: the same day's clock going on, "The cam clock said
    05:47 when Mum came back, and by 06:10 all three chicks were fed", "the camera's own clock reads 23:41 when the
    first punch is thrown, and the victim was taken to the RVI at 00:15" (round 92); not "the clock reads 23:41 at
    00:15", a position told beside the reading, nor a time "into" or "in the video"."""
    own = _DAY_CLOCK.fullmatch(c.text, c.bare, c.end)
    if own is None or "clock" not in c.text[c.b:c.bare].lower() or _IN_MEDIA_AFTER.match(c.after) \
            or _INTO_AFTER.match(c.after):
        return False
    for t in _READ_DAY_CLOCK.finditer(c.text, c.b, c.bare):
        gap = (_day_minutes(own) - _day_minutes(t)) % (24 * 60)
        # (or a little before a reading to the second, set beside it: "The camera's clock reads 22:41:07, which
        # doesn't match the 911 call at 22:39" (round 100))
        if (0 < gap <= LATER_CLOCK_MINUTES or (t.group("s") and 24 * 60 - gap <= LATER_CLOCK_MINUTES)) \
                and read_on_clock(c.text, t.start(), c.b) \
                and _CLAUSE_BREAK.search(c.text, t.end(), c.bare) and not footage_word(c.text, t.end(), c.bare):
            return True
    return False


def pronoun_reading(c: _Clock) -> bool:
    """A time that "it" reads, a timer or a clock in the picture named earlier in the sentence: "the timer pops up
    showing 8:00 and counts down; the video cuts back to it at 0:34 when it reads 2:15" (round 92), "the stopwatch
    is on screen, and by the end it says 0:58"; a video does not "read" a time."""
    return c.may_end_with(_IT_READS_TAILS) and c.ends(_IT_READS_BEFORE, 30) \
        and _SHOWN_TIMER.search(c.text, c.b, c.bare) is not None


# "it reads ", "when it shows ", "it's showing ", "it hits " (a counter reaching a value).
# The last word of every match of _IT_READS_BEFORE (casefolded): a gate (``may_end_with``).
_IT_READS_TAILS = ("read", "reads", "reading", "show", "shows", "showing", "says", "said", "display", "displays",
                   "displaying", "hits", "hit", "reaches", "reached")
_IT_READS_BEFORE = regex(
    r"\b(?:it|they)(?:['’]s|\s+(?:is|was|now))?\s+(?:reads?|reading|shows?|showing|says|said|displays?|displaying|"
    r"hits|hit|reaches|reached)\s+$", _I)
# A timer or a clock named in the sentence, that "it" can be.
_SHOWN_TIMER = regex(r"\b(?:timer|clock|stopwatch|countdown|counter|display|readout)s?\b", _I)


def _day_minutes(m: re.Match[str]) -> int:
    return int(m.group("h")) * 60 + int(m.group("m"))


# A clock of the day in two-digit hours, as a camera's clock shows it: "05:47", "23:41", "00:15".
_DAY_CLOCK = regex(r"(?<![\d:.])(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:.])")
# A clock's reading, to the minute or the second: "reads 23:41", "reads 22:41:07".
_READ_DAY_CLOCK = regex(r"(?<![\d:.])(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:.])")
# How long after a clock's reading a later time told in its sentence is read as that clock going on.
LATER_CLOCK_MINUTES = 180
_CLAUSE_BREAK = regex(r"[,;]|\b(?:when|and|then|by)\b", _I)
_BARE_AND_BEFORE = regex(r",?\s*\band\s+$", _I)
_ANOTHER_SHOT_AFTER = regex(
    r"\s*(?:[.;!?]|$)|\s+in\s+the\s+(?:next|following|previous|last|same|other|later|earlier|final|opening)\s+"
    r"(?:shot|scene|frame|cut|angle|take)\b", _I)


def reads_a_clock(text: str, b: int, e: int) -> bool:
    """The sentence [b, e) reads a clock in the picture ("At 1:20, when the doorbell's own clock reads 9:17 p.m., a
    car's headlights can be seen"): it walks through the footage, so its time of day says nothing of its other times."""
    return "clock" in text[b:e].lower() \
        and any(read_on_clock(text, t.start(), b) for t in TIMECODE.finditer(text, b, e))


def read_on_clock(text: str, begin: int, floor: int) -> bool:
    """The time at ``begin`` is what a named clock reads ("the doorbell's own clock reads 9:17 p.m."), its name and
    verb after ``floor``."""
    return _CLOCK_READS_BEFORE.search(text, max(floor, begin - CLOCK_READ_CHARS), begin) is not None


# How far before a time a clock's name and its reading verb are looked for.
CLOCK_READ_CHARS = 80


def stuck_clock(c: _Clock) -> bool:
    """"There's a clock over the bar in nearly every scene, and it's always stuck at 11:59": a clock named earlier
    in the sentence, then said (by a pronoun) to be stuck at a time: its reading, not a position."""
    folded = c.folded_before
    return ("stuck" in folded or "frozen" in folded or "stopped" in folded) and c.ends(_STUCK_BEFORE, 60) \
        and _CLOCK_NOUN.search(c.text, c.b, c.bare) is not None


_STUCK_BEFORE = regex(
    r"\b(?:it|it['’]s|it\s+is|it\s+was|which\s+is|which\s+was|that\s+is|its\s+hands\s+(?:are|were)|hands\s+"
    r"(?:are|were))\s+(?:(?:always|still|forever|permanently|perpetually|just|seemingly)\s+)*"
    r"(?:stuck|frozen|stopped)\s+at\s+$", _I)
_CLOCK_NOUN = regex(
    r"\b(?:clock|wristwatch|stopwatch)\b(?!\s+(?:the|it|this|that|them|him|her)\b)|\b(?:my|his|her|their|your|a|the)\s+watch\b",
    _I)


def clock_runs(c: _Clock) -> bool:
    """"the timestamp on the dashboard camera in the corner runs from 16:02:11 to 16:11:40", "the overlay agrees,
    running from 11:22:05 to 11:25:55": a clock in the picture said to run (go, tick) from one reading to another,
    read to the second: the time of day it shows, not a stretch of the footage (a recording's own counter is told
    apart before this, and "00:" hours are a recording's)."""
    return c.may_end(_CLOCK_RUNS_STEMS) and c.ends(_CLOCK_RUNS_BEFORE, 80) \
        and _DAY_CLOCK_READ.search(c.text, c.begin, c.end) is not None


_CLOCK_RUNS_BEFORE = regex(
    r"\b(?:clock|time\s?stamp|time-stamp|date\s?stamp|time\s+display|dashboard|watermark|overlay|osd|hud)\b[^.;!?]{0,50}"
    r"\b(?:runs|ran|goes|went|ticks|ticked|moves|moved|advances|advanced|jumps|jumped|rolls|rolled|counts|counted|"
    # or said running beside what it agrees with: "the overlay agrees, running from 11:22:05 to 11:25:55"
    r"running|going|ticking|moving|advancing|rolling|counting)"
    r"(?:\s+(?:on|over|up|forward))?\s+(?:from\s+)?$", _I)
_CLOCK_RUNS_STEMS = any_stem(("clock", "stamp", "dashboard", "overlay", "osd", "hud", "display", "watermark"))
# A reading to the second with an hour other than 00 (a recording's own clock starts at 00:00:00).
_DAY_CLOCK_READ = regex(r"(?<![\d:])(?!00:)\d\d:[0-5]\d:[0-5]\d(?![\d:,.])")


def clocks_listed(c: _Clock) -> bool:
    """"The cameras' own clocks disagree by up to four minutes (22:46:05, 22:49:51 and 22:47:30 at those points)":
    clocks of the day to the second, listed in brackets after the clocks or timestamps they were read on, are
    those devices' readings, not positions (a recording's own counter starts at 00:00:00)."""
    return c.may_end(_CLOCK_NEAR_STEMS) and _DEVICE_HMS.fullmatch(c.text, c.bare, c.end) is not None \
        and c.ends(_CLOCKS_LISTED_BEFORE, 120)


def reading_listed(c: _Clock) -> bool:
    """"The video's overlay shows a speed of 74 km/h at that point and the time 21:26:03": a clock of the day to the
    second, listed after another reading of the overlay (a speed, a date), is the overlay's reading too (round 182),
    not a position (a recording's own counter starts at 00:00:00)."""
    return "time" in c.folded_before[-LISTED_TIME_TAIL:] and _DEVICE_HMS.fullmatch(c.text, c.bare, c.end) is not None \
        and c.ends(_READING_LISTED_BEFORE, 140)


# How far before the clock "the time" may end (its list's word and a few spaces).
LISTED_TIME_TAIL = 16
# A device's reading verb, a first reading, then "and the time" (or "time of day") before the clock.
_READING_LISTED_BEFORE = regex(
    r"\b(?:overlay|display|dashboard|screen|readout|osd|hud|telemetry|data\s+bar|banner|caption|timestamp|stamp)\b"
    r"[^.;!?]{0,30}\b(?:reads?|read|shows?|showed|displays?|displayed|gives|gave)\b[^.;!?\d:]{0,20}\d[^.;!?:]{0,60}?"
    r"(?:,|\band)\s+(?:the\s+|a\s+)?(?:time(?:\s+of\s+day)?|clock)(?:\s+(?:as|of))?\s+$", _I)


# Clocks or timestamps named, then a bracket opening a list of readings the clock is on.
_CLOCKS_LISTED_BEFORE = regex(
    r"\b(?:clocks?|time\s?stamps?|time-stamps?)\b[^.;!?()\d]{0,60}\("
    r"(?:\d\d:[0-5]\d:[0-5]\d(?:\s*[,;/]\s*|\s*,?\s+(?:and|or|to|against|vs\.?)\s+))*$", _I)


def clock_puts_at(c: _Clock) -> bool:
    """"The camera's clock records the first pass at 19:02": a clock in the picture that records, logs or puts an
    event at a time tells the time of day it reads, not where the footage is (unless the time is said into it:
    "records the pass at 3:12 in the video"); so does one told off by a figure first ("whose clock runs 3 minutes
    fast, recorded the first flames at 21:07:33", round 30), though not past another time ("clock shows 21:04:10
    and ... at 0:45")."""
    return c.may_end(_CLOCK_NEAR_STEMS) and c.ends(_CLOCK_PUTS_AT_BEFORE, 90) \
        and not _IN_MEDIA_AFTER.match(c.after) and not _INTO_AFTER.match(c.after)


_CLOCK_PUTS_AT_BEFORE = regex(
    r"\b(?<!o['’])(?:clock|wristwatch|time\s?stamp|time-stamp)\b[^.;!?:]{0,40}\b(?:records?|recorded|logs?|logged|"
    r"captures?|captured|caught|"
    r"puts?|places?|placed|registers?|registered|times?|timed)\s+(?:[\w'’-]+\s+){1,4}?(?:at|as)\s+$", _I)


def corner_reading(c: _Clock) -> bool:
    """"ignore the 09:15 in the corner", "the 18:42 in the top-right corner is the camera's": a time named as a thing
    printed in a corner of the picture is the device's clock (not "at 0:47 in the corner of the frame", a position
    where something is seen); so is a clock named by its reading, "clock" right after the time: "consistent with the
    7:40ish clock" (round 129), "the 16:05 dashboard clock" (not "the 2:27 mark", "at 0:47 the clock stops")."""
    return c.may_end_with(_THING_NAMED_TAILS) and c.ends(_THING_NAMED_BEFORE, 12) and (
        ("corner" in c.after[:40].casefold() and _CORNER_AFTER.match(c.after) is not None)
        or ("clock" in c.after[:30].casefold() and _CLOCK_NOUN_AFTER.match(c.after) is not None))


# The last word of every match of _THING_NAMED_BEFORE (casefolded): a gate (``may_end_with``).
_THING_NAMED_TAILS = ("the", "that", "this", "a")
_THING_NAMED_BEFORE = regex(r"\b(?:the|that|this|a)\s+$", _I)
# "clock" (a word naming which may sit between) right after the time: "the 7:40ish clock", "the 16:05 dashboard clock".
_CLOCK_NOUN_AFTER = regex(
    r"[^\S\n]+(?:(?:camera|cam|on-?screen|burnt-?in|burned-?in|dashboard|dash|wall|overlay|phone|tower|station|"
    r"street|church|cctv|dvr|in-?car)[^\S\n]+)?clocks?\b", _I)
_CORNER_AFTER = regex(
    r"\s+(?:(?:shown|printed|displayed|burnt|burned|stamped)\s+)?(?:in|on|at)\s+the\s+(?:(?:top|bottom|upper|lower)"
    r"[\s-]*)?(?:(?:left|right)[\s-]*(?:hand[\s-]*)?)?corner\b", _I)


def _placed_reading(c: _Clock) -> bool:
    """The clock places, in the footage, a reading just told: "The wall clock reads 3:05 at 14:10 in the film"
    (14:10 is where the film shows it), or restates it as a position: "at T+2:33 in the mission clock, which is
    31:10 in the stream VOD"."""
    return ((c.ends(_READING_THEN_AT, 16) or c.ends(_RESTATED_AS_BEFORE, 24) or c.ends(_SEEN_AT_BEFORE, 24))
            and _IN_MEDIA_AFTER.match(c.after) is not None) or _seconds_reading_placed(c) or _clock_at_then_reading(c)


# A clock named, then "at" a time, then the clock's reading told right after it: "the wall clock at 3:58:40,
# 4:41 p.m. by my count", "the clock at 1:02:30 (9:14 a.m.)", "the kitchen clock at 12:05 reads 7:15", "the clock on
# the wall at 22:10 in the episode" (round 51): the first time is where the footage shows the clock. A reading after
# a comma or in brackets is a time of day only with a.m./p.m. or o'clock ("the wall clock at 4:41, then 4:43" stays
# the clock's).
_CLOCK_AT_BEFORE = regex(r"\b(?:clock|wristwatch)\b[^.;!?\d]{0,30}\bat\s+$", _I)
_READING_TOLD_AFTER = regex(
    r"(?:,[^\S\n]*|[^\S\n]*\([^\S\n]*)(?:(?:about|around|roughly|nearly|just\s+after|just\s+before)\s+)?"
    r"\d{1,2}[:.][0-5]\d(?::[0-5]\d)?[^\S\n]*(?:[ap]\.?[^\S\n]?m\b\.?|o['’]clock)"
    r"|[^\S\n]+(?:(?:it|which)\s+)?(?:reads?|shows?|showed|showing|says|said|reading)\s+(?:about\s+)?\d", _I)


def _clock_at_then_reading(c: _Clock) -> bool:
    """The clock is placed "at" this time and its reading is told right after: this time is where it is seen."""
    return c.ends(_CLOCK_AT_BEFORE, 50) and (
        _READING_TOLD_AFTER.match(c.after) is not None or _IN_MEDIA_AFTER.match(c.after) is not None)


# Where the clock is seen, then "in the episode": "a wall clock visible at 22:40 in the episode that reads 3:15"
# (round 109): 22:40 is where the footage shows the clock, its reading comes after.
_SEEN_AT_BEFORE = regex(
    r"\b(?:visible|seen|shown|glimpsed|spotted|in\s+shot|on\s+screen|in\s+view)\s+(?:(?:at|around|about)\s+)+$", _I)


def _seconds_reading_placed(c: _Clock) -> bool:
    """A clock's reading to the second, then "at" a time in minutes and seconds: "The camera's clock reads 11:22:05
    at 1:47" (round 93): the shorter time is where the footage shows the reading, said without "in the video"."""
    return c.ends(_HMS_READING_THEN_AT, 20) and _MINUTES_SECONDS.fullmatch(c.text, c.bare, c.end) is not None


_HMS_READING_THEN_AT = regex(r"\d(?<![\d:]\d)\d?:[0-5]\d:[0-5]\d\s+at\s+$")
_MINUTES_SECONDS = regex(r"\d{1,2}:[0-5]\d")


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
    if read_on is not None and "clock" not in c.text[read_on.end():c.bare].casefold():
        return True
    # the clock's reading told right after it, then this time said in the recording: "badger visit, cam clock 23:41,
    # about 1:58:00 in the archive"
    clock = c.bare - len(c.before) + c.folded_before.rfind("clock")
    return clock < prior.start() and _IN_MEDIA_AFTER.match(c.after) is not None


_READ_ON_CLOCK_AFTER = regex(
    r"\s*(?:left|remaining|to\s+play|to\s+go|gone|elapsed)?\s*(?:on|by|per)\s+(?:the|its|his|her|their|a)\s+"
    r"(?:[\w'’-]+\s+){0,2}clock\b[^.;!?\d]*?[,;—–)]", _I)

# A clock that runs out reads zero: the time after it is when that happens ("The clock runs out ~44:00").
_CLOCK_EXPIRES_BEFORE = regex(
    r"\bclock\s+(?:runs|ran|running)\s+out\s+(?:(?:at|around|about|roughly)\s+)*(?:[~≈]\s*)?$", _I)
_READING_THEN_AT = regex(r"\d:[0-5]\d\s+at\s+$")
_RESTATED_AS_BEFORE = regex(r"(?:,\s*(?:which|that)\s+(?:is|was|would\s+be)|\bi\.e\.,?)\s+(?:at\s+)?$", _I)

# A device's clock said as "time on the camera": "Time on the camera is showing 18:47", "the time on the dashcam
# reads 21:04"
_TIME_ON_DEVICE_BEFORE = regex(
    r"\btime\s+(?:on|in|of)\s+(?:the\s+|this\s+|that\s+|my\s+|our\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:camera|cam|cctv|dashcam|dash-cam|bodycam|body-cam|recorder|dvr|nvr|footage|video|clip|screen|display)\s+"
    r"(?:is\s+|was\s+)?(?:showing|shows?|showed|reads?|reading|says|said|displays?|displaying)\s+$"
    # regional: "As per the CCTV, time is showing 18:47"
    r"|(?<![\w-])time\s+(?:is|was)\s+showing\s+$", _I)


def _camera_clock_again(c: _Clock) -> bool:
    """A clock read to the second that a device "shows ... at" in a sentence about that device's clock: "The
    second camera, whose clock runs two minutes fast, shows the same moment at 19:11:54"."""
    if not _DEVICE_HMS.fullmatch(c.text, c.bare, c.end) or not c.may_end(_SHOWS_STEMS) \
            or not c.ends(_SHOWS_AT_BEFORE, 60) \
            or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after):
        return False
    return _DEVICE_CLOCK_WORD.search(c.text, c.b, c.bare) is not None


_DEVICE_HMS = regex(r"(?:0[1-9]|1\d|2[0-3]):[0-5]\d:[0-5]\d")
_SHOWS_AT_BEFORE = regex(
    r"\b(?:shows?|showed|reads?|says|displays?|displayed|stamps?|stamped)\s+(?:[\w'’-]+\s+){0,4}?(?:at|as)\s+$", _I)
_SHOWS_STEMS = any_stem(("show", "read", "says", "display", "stamp"))
_DEVICE_CLOCK_WORD = regex(r"\b(?:clock|timestamp|time\s*stamp|time\s+code)\b", _I)

_READING_BEFORE = regex(
    r"\b(?:reads?|reading|shows?|showed|showing|displays?|displayed|displaying)\s+(?:the\s+time\s+(?:as\s+)?)?$", _I
)
# A clock's label right before it, no verb: "timestamp 17:22:05", "OSD clock: 21:04:10".
# A device stamping something with its clock: "stamps it 03:26:51", "time-stamped the frame at 21:04".
_STAMPS_BEFORE = regex(
    r"\b(?:time-?|date-?)?stamp(?:s|ed)\s+(?:(?:it|this|that|them|each\s+\w+|the\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+)?"
    r"(?:(?:at|as|with)\s+)?$", _I)
_STAMP_VERB_STEMS = any_stem(("stamp",))
# (or in apposition: "The camera's own timestamp, 23:14:52, was read into the record")
# The stamp or the clock in the picture said to be a time of day: "the camera's timestamp on the first frame is
# 22:31:04", "the overlay clock was 19:02:45" (read only before hours 10 to 23 with seconds: "the timestamp for the
# goal is 3:40" cites footage).
# (or the file's metadata said to hold it: "Its creation date in the metadata is 13:52:40", "the EXIF time was
# 07:58:12", round 123)
_STAMP_IS_BEFORE = regex(
    r"\b(?:time\s?stamp|time-stamp|date\s?stamp|clock|overlay|osd|hud|metadata|exif|xmp)\b[^.;!?\d]{0,40}\b"
    r"(?:is|was|reads\s+as)\s+$", _I)
_STAMP_LABEL_BEFORE = regex(r"\b(?:time\s?stamp|time-stamp|date\s?stamp|stamp|clock|osd|hud)\s*[:=,]?\s*$", _I)
# Hours 10 to 23 with minutes and seconds: a time of day rather than a position (ten hours into footage is rare).
_DAY_HOUR_CLOCK = regex(r"(?:1\d|2[0-3]):[0-5]\d:[0-5]\d")
# A clock reading: two-digit hours, minutes and seconds, no fraction (subtitle times carry one).
_HMS_CLOCK = regex(r"\d\d:[0-5]\d:[0-5]\d")
