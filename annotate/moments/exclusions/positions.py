"""Shapes and words that make a number a footage position whatever else is said (a subtitle cue's
time, frames, a bracketed citation, "26:40 into the broadcast", "paused it at"): these run first or
stop the softer world-time rules from overriding them."""

from __future__ import annotations

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import (
    _FIRST_DIGIT,
    _I,
    _INTO_AFTER,
    _MARK_END,
    _TOD_SUFFIX,
    _Clock,
    bracketed,
    footage_word,
)
from annotate.moments.exclusions.sport import _GAME_AFTER
from annotate.moments.exclusions.stamps import LOG_CLOCK, RECORDING_TURN, WHERE_IN_QUESTION
from annotate.moments.exclusions.stated_lengths import _PAREN_AFTER_WORK
from annotate.moments.patterns import MEDIA_NOUN, MONTH, TIMECODE, WEEKDAY, any_stem
from annotate.moments.scan import lines_above

# "loses it at 0:31": no score or ratio is written with a zero and two digits.
_ZERO_MINUTES = regex(r"0?0:\d\d(?:\.\d+)?")
# A time said as a mark ("and leads by the 0:20 mark", "was ahead by the 1:45 mark"): no tally or lead is so written.
_TOLD_AS_MARK = regex(r"\d{1,2}(?::[0-5]\d){1,2}(?:\.\d+)?[\s-]*marks?", _I)
# Hours, minutes and seconds, zero-padded: no tally, vote or ratio is written so ("The vote is at 2:02:10").
_HMS_NO_TALLY = regex(r"\d{1,2}:[0-5]\d:[0-5]\d(?:[.,]\d+)?")
_ZERO_HOUR = regex(r"(?<![\d:])0:\d\d")
_ONE_DIGIT_HOUR_SECONDS = regex(r"(?<![\d:])[1-9]:[0-5]\d:[0-5]\d(?![\d:,.])")
_ONE_DIGIT_HOUR_CLOCK = regex(r"\d:[0-5]\d:[0-5]\d")
# A full date right after a clock: " on 12 March 2024", " on 2024-03-12", " on 12.03.2024", ", 2024-03-12".
_FULL_DATE_AFTER = regex(
    rf"(?:[^\S\n]+on|[^\S\n]*,)[^\S\n]+(?:\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+{MONTH}[^\S\n]+\d{{4}}"
    rf"|{MONTH}[^\S\n]+\d{{1,2}}(?:st|nd|rd|th)?,?[^\S\n]+\d{{4}}|\d{{4}}-[01]\d-[0-3]\d|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})"
    r"(?![\d/.-]\d)", _I)
# (ISO 8601's end of the day, "24:00:00", is a clock's: recorders and transit logs write it)
_NOT_A_CLOCK = regex(r"(?!24:00:00(?![:\d.,]))(?:2[4-9]|[3-9]\d|\d{3}):\d\d(?::\d\d)?(?![:\d])")

# Aspect ratios with two-digit parts: "cropped to 9:16 for vertical video".
# A service named by its departure and destination: "the 06:40 to Marsden", "caught the 7.15 from Leeds".
_THE_BEFORE = regex(r"\bthe\s+$", _I)

# A subtitle cue's time, two-digit hours and milliseconds ("is timed 00:21:47,300 --> 00:21:49,120"): no race's.
_CUE_TIME = regex(r"\d\d:[0-5]\d:[0-5]\d(?:,\d{3}(?!\d)|\.\d{3}\s*-->)")
# A WebVTT cue's time, padded minutes and milliseconds, hours or not ("00:21.000", "00:01:02.500").
_VTT_TIME = regex(r"(?:\d\d:)?\d\d:[0-5]\d[.,]\d{3}")


def _cue_time_in_cues(c: _Clock) -> str | None:
    """A time written as a cue's time, padded minutes and milliseconds, in a text of subtitle cues ("-->"): a
    position ("the client wants it moved to 00:21.000"), whatever the words around it."""
    return "" if _VTT_TIME.fullmatch(c.text, c.bare, c.end) is not None and "-->" in c.text else None


def cue_time_in_cues(text: str, begin: int, end: int) -> bool:
    """text[begin:end] ends with a time written as a cue's in a text of subtitle cues ("The last cue was shifted to
    00:01:12,250 yesterday"): a position by the rules, which the learned veto is not asked to overrule."""
    m = _VTT_TIME.search(text, max(begin, end - 12), end)
    return m is not None and m.end() == end and (m.start() == begin or not text[m.start() - 1].isdigit()) \
        and "-->" in text


def _turn_stamp(c: _Clock) -> str | None:
    """The stamp opening a transcript's turn ("00:20:05  A.  At 7:30, as usual.", "[00:01:40] MARTA: ..."): its place
    in the recording, whatever the turn goes on to say about the time of day."""
    line = c.text.rfind("\n", max(0, c.begin - STAMP_INDENT_CHARS), c.begin) + 1
    if line == 0 and c.begin > STAMP_INDENT_CHARS:
        return None
    turn = RECORDING_TURN.match(c.text, line)
    return "" if turn is not None and c.end <= turn.end() else None


# How far into its line a turn's stamp may begin (indent and an opening bracket).
STAMP_INDENT_CHARS = 8


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

_BLOCK_RANGE = regex(r"(?<![\d:])(?P<a>\d{1,2}:[0-5]\d)\s*[–—-]\s*(?P<b>\d{1,2}:[0-5]\d)(?![\d:])")
# A list line up to its block's range: a mark or a label ("- Warm-up: ", "2. Circuit — ", "Cool-down ").
_BLOCK_LINE = regex(r"[ \t]*(?:[-*•]|\d{1,2}[.)])?[^\n\d]{0,40}$")


def never_a_clock(text: str, begin: int, end: int) -> bool:
    """Shapes no clock is written in: a lone zero hour ("0:58", a clock says 00:58) and a one-digit
    hour read to the second ("1:04:10", a clock with seconds says 01:04:10), and an hour past 23 ("38:20")."""
    return bool(_ZERO_HOUR.search(text, begin, end) or _ONE_DIGIT_HOUR_SECONDS.search(text, begin, end)
                or _NOT_A_CLOCK.search(text, begin, end))


def _zero_hour(c: _Clock) -> str | None:
    """"0:58": real clocks are written 00:58 or 12:58 a.m., so no wording makes it a time of day
    ("as the lip movements at 0:22 show", "the 0:45 cut")."""
    if _ZERO_HOUR.search(c.text, c.begin, c.end) is None:
        return None
    return "time of day" if _dated_to_the_second(c) else ""  # (but "0:15:14 on 2024-03-12" is a camera's clock)


def _dated_to_the_second(c: _Clock) -> bool:
    """A clock read to the second, its hour one digit, a full date right after it: "at 9:15:14 on 12 March 2024",
    "0:15:14 on 2024-03-12" (a camera's clock that does not pad its hour): the day's, as no position carries a date."""
    return _ONE_DIGIT_HOUR_CLOCK.fullmatch(c.text, c.bare, c.end) is not None \
        and _FULL_DATE_AFTER.match(c.after) is not None


def _frame_count(c: _Clock) -> str | None:
    """"a still taken at 00:07:02:15 on the exported file": no clock counts frames, so no wording makes a
    timecode with frames a time of day (a length of the footage is told before this rule)."""
    return "" if _FRAME_TIMECODE.fullmatch(c.text, c.bare, c.end) else None


# A part of the footage named by its time: "the 11:02 shot", "the 0:45 frame", "on the 12:30:10 bit".
_SHOT_AFTER = regex(r"[^\S\n]+(?:shot|frame|take|close-?up|cutaway|scene|bit|extract|excerpt)s?\b", _I)
# Times named together before their plural part: "the 1:35 and 14:05 extracts", "the 0:40, 1:10 and 2:05 shots".
_LISTED_TIME = r"\d{1,2}:[0-5]\d(?::[0-5]\d)?"
_LISTED_BEFORE = regex(rf"\bthe\s+(?:{_LISTED_TIME}\s*,\s*)*{_LISTED_TIME}\s*,?\s*(?:and|&)\s+$", _I)
_LISTED_AFTER = regex(rf"(?:\s*,\s*{_LISTED_TIME})*\s*,?\s*(?:and|&)\s+{_LISTED_TIME}(?=[^\S\n]+\w+s\b)", _I)


def names_shot(text: str, begin: int, end: int) -> bool:
    """"the 11:02 shot", "the 0:45 frame", "the 1:35 and 14:05 extracts": a part of the footage named by its time, a
    position however the sentence around it is told (the learned veto does not overrule it)."""
    if _SHOT_AFTER.match(text, end) is not None:
        return _THE_BEFORE.search(text, max(0, begin - 5), begin) is not None \
            or _LISTED_BEFORE.search(text, max(0, begin - 60), begin) is not None
    listed = _LISTED_AFTER.match(text, end, end + 60)
    return listed is not None and _SHOT_AFTER.match(text, listed.end()) is not None \
        and _THE_BEFORE.search(text, max(0, begin - 5), begin) is not None


def trim_point(text: str, begin: int) -> bool:
    """The time at ``begin`` is an edit's point under its label at the line's head: "Trim: start 12:30, end 14:10",
    "Clip - in 03:15, out 04:02": a place in the footage by the rules (a plan's "start 06:00, summit by 11:30" has
    no such label), which the learned veto is not asked to overrule."""
    return _TRIM_POINT_BEFORE.search(text, max(0, begin - TRIM_POINT_CHARS), begin) is not None


# How far before a time its edit label's line is read.
TRIM_POINT_CHARS = 60
# An edit's label opening its line, then its points: "Trim: start ", "Clip - in 03:15, out ", "**Cut:** from ".
_TRIM_POINT_BEFORE = regex(
    r"(?:^|\n)[ \t>*_-]*(?:trim|cut|clip|edit|export|excerpt|sub-?clip)(?:\s+points?)?[*_]{0,2}[ \t]*[:–—-][*_]{0,2}"
    r"[^\n.;!?]{0,40}?\b(?:start|end|in|out|from|to)[ \t]*[:=]?[ \t]*$", _I)


def after_sent_sibling(text: str, begin: int, b: int) -> bool:
    """An earlier time of the sentence [b, ...) that the reader is sent to ("Watch from 12:30 for “Songs at Dawn”
    played on a rooftop; around 15:05 the power cuts out", "Skip to 14:10 ...") places the times after it in the
    same footage: a position by the rules, which the learned veto is not asked to overrule."""
    lo = max(b, begin - SENT_SIBLING_CHARS)
    last = None
    for m in TIMECODE.finditer(text, lo, begin):
        last = m
    if last is not None and reader_sent_to(text, last.start()):
        return True
    # (or a mark of the footage placed earlier in it: "At the 17-minute mark poler Kagiso Mmolai (64) explains how he
    # reads hippo wake, and around 23:40 a bull surfaces ..., which had my whole lounge in Maun shouting" (round 186))
    return "mark" in text[lo:begin].lower() and _MARK_SIBLING.search(text, lo, begin) is not None


# A mark of the footage, placed: "at the 17-minute mark", "At the two-minute mark", "at the 4:10 mark" (not "the
# 17:00 mark on Friday", a clock; nor a course's "the 30 km mark").
_MARK_SIBLING = regex(
    r"\b(?:at|by|around|about|near|past|after)\s+the\s+(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[\s-]+(?:minute|min|second|sec)"
    r"|(?:\d{1,2}:)?[0-5]?\d:[0-5]\d)[\s-]+mark\b(?!\s+on\s+(?-i:[A-Z]))", _I)


def reader_sent_to(text: str, begin: int) -> bool:
    """The reader is sent to the time at ``begin`` ("Watch from 2:10 for the storm", "skip ahead to 14:10"): a place
    in the footage, even in a sentence that goes on to tell a time of the day ("; the shop closes at 17:00")."""
    return _SENT_TO_BEFORE.search(text, max(0, begin - 30), begin) is not None or sends_reader(text, begin)


# How far back in its sentence a time's sibling, the one the reader is sent to, is looked for.
SENT_SIBLING_CHARS = 120
# The reader sent to a time: "Watch from ", "skip ahead to ", "Rewind to about ", "jump straight to ".
_SENT_TO_BEFORE = regex(
    r"\b(?:watch|skip|jump|fast-?forward|rewind|scrub|go)(?:\s+(?:ahead|forward|back|straight))?\s+(?:from|to)\s+"
    r"(?:(?:about|around|roughly)\s+)?$", _I)


def answers_footage_question(text: str, begin: int) -> bool:
    """"Q. Is that you at 12:05 on the tape?\nA. About 12:10, I believe.": a witness's time opening the answer to
    a question about a recording is a place in that recording, as the question's was (the learned veto does not
    overrule it; an answer to a question about the clock of the day is one too, by the rules)."""
    line = text.rfind("\n", max(0, begin - ANSWER_LEAD_CHARS), begin)
    if line <= 0 or _ANSWER_LEAD.fullmatch(text, line + 1, begin) is None:
        return False
    above = text.rfind("\n", max(0, line - 1 - QUESTION_CHARS), line - 1) + 1
    question = text[above:line].rstrip()
    return question.endswith("?") and _QUESTION_LABEL.match(question) is not None \
        and (footage_word(question) or WHERE_IN_QUESTION.search(question) is not None)


# How far an answer's time may stand from its line's start, and how long the question above may be.
ANSWER_LEAD_CHARS = 40
QUESTION_CHARS = 300
# An answer's label, a first word of assent and a hedge before its time: "A. ", "A: Yes, about ", "ANSWER: Roughly ".
_ANSWER_LEAD = regex(r"[ \t]*(?:A[.:]|ANSWER:|Answer:)[ \t]*(?:(?:yes|no|well|um|er|uh)[,.]?[ \t]+)?"
                     r"(?:(?:about|around|roughly|approximately|maybe|probably|I\s+think|I\s+believe)[,]?[ \t]+)?",
                     _I)
_QUESTION_LABEL = regex(r"[ \t]*(?:Q[.:]|QUESTION:|Question:)[ \t]", _I)


def log_line_stamp(c: _Clock) -> str | None:
    """A log line's stamp, when the machine wrote the line: "14:02:31.118 W/Decoder: late frame" (its milliseconds
    are no subtitle's time, which :func:`_position_shape` reads as a position)."""
    if _LOG_LINE_AFTER.match(c.text, c.end) and _LOG_LINE_BEFORE.search(c.text, max(0, c.begin - 40), c.begin):
        return LOG_CLOCK
    return None


def _position_shape(c: _Clock) -> str | None:
    """Shapes no clock has, which the soft rules below must not override."""
    if _ONE_DIGIT_HOUR_SECONDS.search(c.text, c.begin, c.end):
        # "1:04:10": a clock read to the second is written 01:04:10; unless a date beside it says it is the day's:
        # "gets out at 9:15:14 on 12 March 2024" (a position carries no date)
        return "time of day" if _dated_to_the_second(c) else ""
    if "," in c.before and c.folded_before.rstrip().endswith("at") and c.ends(_MEDIA_NAMED_BEFORE) \
            and not c.ends(_OFFSET_FROM_BEFORE, 80):
        return ""  # "The last clip in the compilation, at 11:02, ...": the footage names where
    if _SUBTITLE_TIME.search(c.text, c.begin, c.end):
        return ""  # "01:31:17,800", "00:07:45.300": subtitle and editing times; no clock is read to the millisecond
    if _FRAME_TIMECODE.fullmatch(c.text, c.bare, c.end):
        return ""  # "00:04:10:15": hours, minutes, seconds and frames; no clock counts frames
    digit = _FIRST_DIGIT.search(c.text, c.begin, c.end)
    if digit is not None and _NOT_A_CLOCK.match(c.text, digit.start(), c.end):
        return ""  # "shown at 34:10", "from like 27:05:00 onward": no clock reads 34 o'clock
    if _MARK_END.search(c.text, c.begin, c.end) or names_shot(c.text, c.begin, c.end) \
            or of_recording(c.text, c.end, c.e) or c.ends(_EXHIBIT_AT_BEFORE, 40):
        # "the 1:10 mark", "let me watch the 11:02 shot", "at 12:30:10 of part one": in the footage; "directed the
        # Court to Gov't Ex. 4 at 02:10": a pinpoint in a court's exhibit (round 85)
        return ""
    if c.ends(_PERCEIVED_BEFORE):
        return ""  # "the minaret visible at 01:12": something seen in the footage
    if c.ends(_EDIT_PLACED_AT_BEFORE, 90):
        return ""  # "I also added a translator's note at 00:47:30": an edit put at the file's position
    if bracketed(c.text, c.begin, c.end) and "hours" in c.folded_before and c.ends(_HOURS_PAREN_BEFORE):
        return "time of day"  # "- Item 7: library hours (9:30–17:00)": a place's opening hours
    if bracketed(c.text, c.begin, c.end) and not c.ends(_PAREN_AFTER_WORK):
        return ""  # "the hinge feels loose (4:22)", "caught on the boom mic [1:14:09]": a cited position
    if c.may_end(_PLAYBACK_STEMS) and (c.ends(_PLAYBACK_OBJECT_BEFORE, 60) or c.ends(_PLAYBACK_REQUEST_BEFORE, 80) or (
            c.ends(_PLAYBACK_BY_PERSON_BEFORE, 60) and not _BREAK_AFTER.match(c.after)
            and (_PLAYED_NEAR.search(c.text, max(0, c.begin - 300), c.begin)
                 or _TIMED_PART_BEFORE.search(c.text, c.b, c.begin)))):
        return ""  # "Prosecutors paused it at 3:18"; "(Video played.) ... we stopped at 00:02:41"
    if c.may_end(_PLAYBACK_STEMS) and c.ends(_PLAYBACK_IMPERATIVE_BEFORE, 50) and not _ON_DAY_AFTER.match(c.after):
        return ""  # "Skip ahead to 7:45–9:20 for the Saturday evening": the reader sent through the footage
    if (c.may_end(_NAVIGATE_STEMS) and c.ends(_NAVIGATED_BEFORE, 60)) or _went_back_to(c):
        # "counsel took the jury to 2:31", "when the tape reached 7:30", "She went back to 2:41 and played it again"
        # (round 120): moving through the footage
        return ""
    if _played_part(c):
        return ""  # "the government would play excerpts at 00:42:10 to 00:51:30, 01:58:00 to 02:06:45"
    return None


def _went_back_to(c: _Clock) -> bool:
    """A person goes back (or forward) through the player to the time: "She went back to 2:41", not to a schedule's
    "6:30 alarms"."""
    return _BACK_OR_FORWARD.search(c.folded_before, max(0, len(c.folded_before) - 30)) is not None \
        and c.ends(_WENT_BACK_TO_BEFORE, 80) and not _PLURAL_NOUN_AFTER.match(c.after)


def _played_part(c: _Clock) -> bool:
    """Parts of the footage played or shown, in any tense, then their times read to the second: "would play
    excerpts at 00:42:10 to 00:51:30, 01:58:00 to 02:06:45" (each range of the list); no clock of the day is told
    so (an orchestra's "will play excerpts from 19:30" is not read to the second)."""
    return c.may_end(_PLAYED_PART_STEMS) and c.ends(_PLAYED_PART_BEFORE, 160) \
        and _READ_TO_SECOND.search(c.text, c.begin, c.end) is not None


_LISTED_SPAN = r"\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\s*(?:to|[-–—])\s*\d{1,2}:[0-5]\d(?::[0-5]\d)?)?"
_PLAYED_PART_BEFORE = regex(
    r"\b(?:play|plays|played|playing|replay|replays|replayed|show|shows|showed|shown|showing|screen|screens|"
    r"screened|screening)\s+(?:(?:the|these|those|two|three|four|several|short|brief|further|more|some|its|his|her|"
    r"their|selected|key)\s+){0,2}(?:excerpts?|extracts?|portions?|sections?|passages?|segments?)\s+"
    rf"(?:(?:at|from|between)\s+)?(?:{_LISTED_SPAN}\s*(?:,|,?\s*and)\s*)*$", _I)
_PLAYED_PART_STEMS = any_stem(("play", "show", "screen"))
_READ_TO_SECOND = regex(r"(?<![\d:])\d{1,2}:[0-5]\d:[0-5]\d(?![\d:])")


# A verb that works the player, on the footage: "paused it at", "froze the video on", "rewound the tape to",
# "the footage, which was stopped at".
_PLAYBACK_VERB = (r"(?:paused|stopped|froze|frozen|rewound|resumed|restarted|replayed|played|cued|skipped|scrubbed|"
                  r"jumped|fast-forwarded|wound)")
_PLAYBACK_STEMS = any_stem(("paus", "stop", "froz", "freez", "wound", "wind", "resum", "start", "play", "cue", "skip",
                            "scrub", "jump", "forward", "see", "watch", "view"))
# A court's exhibit named by its label, which is the footage played: "Exhibit 14", "Exhibit JB/4", "Ex. D-9" (the label
# opens with a capital or a digit: "exhibit the" is no label).
EXHIBIT_LABEL = r"(?:exhibit|exh?\.)\s*(?:no\.\s*)?(?-i:[A-Z0-9])[\w/-]*"
# An exhibit's label, then "at" its position: "Gov't Ex. 4 at 02:10", "Exhibit JB/2 at 00:01:12" (round 85).
_EXHIBIT_AT_BEFORE = regex(rf"\b{EXHIBIT_LABEL}\s+at\s+$", _I)
_PLAYBACK_OBJECT_BEFORE = regex(
    # (a court's footage played as "the exhibit": "The prosecutor paused the exhibit at 2:38")
    rf"(?:\b{_PLAYBACK_VERB}\s+(?:it|(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,2}}(?:{MEDIA_NOUN}|frame|playback|exhibit)"
    rf"|{EXHIBIT_LABEL})"
    rf"|\b{MEDIA_NOUN}(?:,?\s+(?:which|that))?\s+(?:was|were|is|had\s+been)\s+(?:then\s+|briefly\s+)?{_PLAYBACK_VERB})"
    r"\s+(?:(?:back|forward|ahead|again)\s+)?(?:at|from|to|on|until)\s+$", _I)
# Without an object, only a person working the player, after the footage was played nearby:
# "THE COURT: Play it from 00:02:15. (Video played.) ... we stopped at 00:02:41"; not "the bus stopped at".
# Markdown or HTML emphasis opening or closing right there: "took the court to <b>4:05</b>".
_TAG_OPEN = r"(?:<(?:b|strong|em|i|mark|code)>|[*_`]{1,2})?"

# The reader told to move through the player, opening the clause: "Skip ahead to", "then jump straight to",
# "Fast-forward to", "Rewind to" (not "the bus skipped ahead to": a subject before the verb).
_PLAYBACK_IMPERATIVE_BEFORE = regex(
    rf"(?:^|[.!?;:(\n—–-]\s*|\b(?:then|now|just|and|so|first|finally|or)\s+)"
    rf"(?:skip|jump|fast-?forward|scrub|rewind|wind)(?:\s+(?:straight|right|back|forward|ahead|on|over|through))*"
    rf"\s+(?:to|until)\s+{_TAG_OPEN}$", _I)
# The day a clock is on, right after it: "Then jump to 9:15 on Saturday" is an itinerary's, not the player's.
_ON_DAY_AFTER = regex(
    rf"\s*(?:on|this|next|last|that)\s+(?:{WEEKDAY}|day|morning|afternoon|evening|night|weekend)\b", _I)
# A request to work the player at a time, in any tense: "asked for it to be paused at", "wants the clip stopped
# at", "asked that the tape be rewound to", "asked the operator to pause at", "told the clerk to play it from".
_PLAYBACK_BASE = r"(?:pause|stop|freeze|rewind|resume|restart|replay|play|cue|skip|scrub|jump|fast-forward|wind)"
_PLAYBACK_THING = (rf"(?:it|them|(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,2}}(?:{MEDIA_NOUN}|frame|playback)"
                   rf"|{EXHIBIT_LABEL})")
_PLAYBACK_REQUEST_BEFORE = regex(
    rf"(?:\b{_PLAYBACK_THING}\s+(?:to\s+)?be\s+(?:then\s+|briefly\s+|again\s+)?{_PLAYBACK_VERB}"
    rf"|\b(?:had|has|have|got|gets|get|wanted|wants|want|needed|needs|need)\s+{_PLAYBACK_THING}\s+{_PLAYBACK_VERB}"
    rf"|\bto\s+(?:then\s+|briefly\s+)?{_PLAYBACK_BASE}\s+{_PLAYBACK_THING}"
    rf"|\b(?:operator|clerk|usher|technician|projectionist|editor|staff)\s+to\s+{_PLAYBACK_BASE}"
    # asked to watch the footage or an exhibit by its label: "asked to see JP/14 again from", "to view Exhibit 22 at"
    rf"|\bto\s+(?:see|watch|view|re-?watch)\s+(?:{_PLAYBACK_THING}|(?:exhibit\s+)?(?-i:[A-Z]{{1,4}})[/-]?\d{{1,4}}|"
    r"exhibit\s+[\w/-]+)"
    # people asked to watch, the footage left unsaid: "asked jurors to watch closely from", "told us to watch from";
    # or to work the player by a verb that does nothing else: "asked me to pause at", "told us to rewind to" (not
    # "asked us to stop at 12:30 for lunch")
    r"|\b(?:asked|urged|invited|told|directed|instructed|begged|wanted)\s+(?:[\w'’-]+\s+){0,2}?to\s+"
    r"(?:(?:watch|view|re-?watch)(?:\s+(?:closely|carefully|again|particularly|especially))?"
    r"|pause|freeze|rewind|replay|skip|scrub|cue|fast-forward))"
    rf"\s+(?:(?:back|forward|ahead|again|on)\s+)?(?:at|from|to|on|until)\s+{_TAG_OPEN}$", _I)
# A transcript's line number may stand between the words: "we\n7   stopped at 13:15".
_LINE_BREAK_SPACE = r"(?:\s*\n\s*\d{1,3}\s+|\s+)"
# (a named person or "he"/"she" too, as a courtroom report tells counsel working the player, by a verb that does
# nothing else: "Whitcombe first paused at 3:12", after "played it twice"; not "Kim stopped at 9:15", nor one
# "paused at 11:00 for a break")
_PLAYBACK_BY_PERSON_BEFORE = regex(
    rf"(?:\b(?:we|i|you|they){_LINE_BREAK_SPACE}(?:(?:then|just|had){_LINE_BREAK_SPACE})?{_PLAYBACK_VERB}"
    rf"|(?:\b(?:he|she)|(?<![\w'’-])(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?))\s+"
    r"(?:(?:then|just|had|first|again|briefly|finally)\s+)?"
    r"(?:paused|froze|rewound|cued|scrubbed|skipped|fast-forwarded)(?=\s+(?:back\s+|forward\s+|again\s+)?at\s))"
    rf"{_LINE_BREAK_SPACE}(?:(?:back|forward|again)\s+)?(?:at|on|to){_LINE_BREAK_SPACE}$", _I)
# A break the person stopped for, after the clock: "paused at 11:00 for a break", "stopped at 12:30 for lunch".
_BREAK_AFTER = regex(r"\s*,?\s*for\s+(?:a\s+|the\s+|an\s+)?(?:short\s+|brief\s+|quick\s+)?"
                     r"(?:lunch|coffee|tea|break|recess|rest|prayers?|breakfast|dinner|the\s+(?:day|night))\b", _I)
# A part of the footage named by its times earlier in the sentence: "The 7:45–9:20 section was powerful but I
# stopped at 8:25", "the 2:10 clip" (then a person working the player is working it).
_TIMED_PART_BEFORE = regex(
    r"(?<![\d:])\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\s*(?:[-–—]|to)\s*\d{1,2}:[0-5]\d(?::[0-5]\d)?)?\s+"
    r"(?:section|part|bit|clip|extract|excerpt|segment|passage|sequence|scene|stretch)s?\b", _I)


def moved_through_footage(text: str, begin: int) -> bool:
    """Whether the words right before text[begin] move through the footage to it ("the tape reached",
    "took the jury back to"): the rules' strongest tie of a time to the footage, which the learned veto
    (:mod:`annotate.moments.veto`) does not overrule."""
    before = text[max(0, begin - 60):begin]
    return (_NAVIGATE_STEMS.search(before.casefold()) is not None and _NAVIGATED_BEFORE.search(before) is not None) \
        or (_BACK_OR_FORWARD.search(before.casefold(), max(0, len(before) - 30)) is not None
            and _WENT_BACK_TO_BEFORE.search(text, max(0, begin - 80), begin) is not None)


# Moving through the footage: a person taking the court or viewers to a point ("took the jury back to"), or the
# footage itself reaching it ("when the tape reached", "as the clip hits", "once the stream got to").
_NAVIGATE_STEMS = any_stem(("took", "tak", "brought", "bring", "direct", "refer", "reach", "hit", "got", "gets"))
_NAVIGATED_BEFORE = regex(
    r"(?:\b(?:took|takes|taking|take|brought|brings|bringing|bring|directed|directs|directing|referred|refers|referring)"
    r"\s+(?:the\s+)?(?:court|jury|jurors|panel|tribunal|committee|inquiry|bench|magistrates?|judges?|witness|"
    r"viewers|audience|class|listeners)\s+(?:back\s+|forward\s+|on\s+)?to"
    rf"|\b{MEDIA_NOUN}\s+(?:(?:then|finally|eventually|just)\s+)?(?:reached|reaches|reaching|hit|hits|got\s+to|gets\s+to))"
    rf"\s+(?:(?:about|around|roughly|approximately)\s+)?{_TAG_OPEN}$", _I)


# A person going back (or forward) through the player to a time, in any tense: "She went back to 2:41", "we skipped
# straight back to", "Okafor scrolls forward to", "He dragged the slider back to", "she took it back to" (no clock of
# the day is gone back to; "the school went back to 8:45 starts" has no person, "we went back to the hotel at" no
# time right after "to"; a verb that moves anything takes the player's part as its object).
_PLAYER_PART = (rf"(?:it|(?:the|this|that|his|her|their|my|our)\s+(?:[\w'’-]+\s+)?(?:slider|playhead|cursor|scrubber|"
                rf"progress\s+bar|timeline|{MEDIA_NOUN}|file|film|reel))")
_WENT_BACK_TO_BEFORE = regex(
    r"(?:\b(?:i|we|you|they|he|she)|(?<![\w'’-])(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?))\s+"
    r"(?:(?:then|just|again|quickly|finally|immediately)\s+)?"
    r"(?:(?:went|goes|go|skipped|skips|skip|jumped|jumps|jump|scrolled|scrolls|scroll|flicked|flicks|flick|rewound|"
    rf"rewinds|rewind|wound|winds|dragged|drags|drag|clicked|clicks|click)(?:\s+{_PLAYER_PART})?"
    rf"|(?:took|takes|take|moved|moves|move|pulled|pulls|pull|slid|slides|slide|ran|runs|run)\s+{_PLAYER_PART})"
    rf"\s+(?:(?:straight|right|all\s+the\s+way)\s+)?(?:back|forward|ahead)\s+to\s+{_TAG_OPEN}$", _I)


_BACK_OR_FORWARD = any_stem(("back", "forward", "ahead"))
# A clock used as a plural noun's modifier: "went back to 6:30 alarms", "8:45 starts" (a schedule, not a position).
_PLURAL_NOUN_AFTER = regex(r"[^\S\n]+[a-z][a-z-]{2,}(?<!ss)s\b")


def sends_reader(text: str, begin: int) -> bool:
    """Whether the words right before text[begin] send the reader through the player to it ("Skip to", "points
    viewers to", "fast-forward to"): in a text already walking through a long recording, its position."""
    if _SENT_READER_BEFORE.search(text, max(0, begin - 40), begin) is not None:
        return True
    # "Do watch the last over from 7:48:10 to 7:55:40": the part to watch, then where it is from (round 121)
    watch = _WATCH_PART_BEFORE.search(text, max(0, begin - 40), begin) if "atch" in text[max(0, begin - 40):begin] \
        else None
    return watch is not None and (watch.group("from") is not None or text.startswith(("from ", "From "), begin))


# "watch the last over ", "rewatch the penalty from ": a part of the footage to watch, maybe "from" after it.
_WATCH_PART_BEFORE = regex(r"\b(?:watch|rewatch|re-watch)(?:\s+(?!from\b)[\w'’-]+){1,4}\s+(?P<from>from\s+)?$", _I)


_SENT_READER_BEFORE = regex(
    r"(?:\b(?:skip|skips|skipping|jump|jumps|jumping|fast-?forward|fast-?forwards|fast-?forwarding)\s+"
    r"(?:ahead\s+|forward\s+|straight\s+)?to"
    r"|\b(?:points?|pointing|sends?|sending|sent)\s+(?:viewers|you|people|readers|watchers|us)\s+(?:straight\s+)?to)"
    r"\s+$", _I)
_PLAYED_NEAR = regex(
    rf"\((?:[\w-]+\s+){{1,3}}(?:played|playing|paused|stopped)\b[^()]{{0,20}}\)"
    rf"|\b(?:play|replay|played|replayed)\s+(?:it|the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN})\b"
    # (or watched over and over: "watched it more than a hundred times. “I stopped at 6:48 and I just sat there”"
    # (round 50))
    rf"|\b(?:watched|rewatched|replayed|played)\s+(?:it|the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN})\s+"
    r"(?:(?:more\s+than|over|about|nearly|almost|at\s+least)\s+)?(?:\d+|a\s+(?:hundred|dozen|thousand)|ten|twenty|"
    r"fifty|dozens\s+of|hundreds\s+of)\s+times\b", _I)

_ZERO_START = regex(r"(?<![\d:])0?0:00\b")

# A footage noun, maybe placed in another ("in the compilation"), then "at": "The second clip, at 0:40, ...".
# (but "arrived 11 minutes after the first 999 call, at 07:52": the time of a gap from the call, not in it)
_OFFSET_FROM_BEFORE = regex(
    r"\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+(?:after|before)\s+(?:the|a|an|his|her|their|its)\s+"
    r"(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*,\s*at\s+$", _I)
_MEDIA_NAMED_BEFORE = regex(
    rf"\b{MEDIA_NOUN}(?:\s+(?:in|of|from)\s+(?:the|this|that|our|my|his|her|their)\s+[\w'’-]+){{0,2}}\s*,\s*at\s+$", _I)

# A place's opening hours, in brackets: "library hours (9:30–17:00)", "opening hours: (08:00-18:00)".
_HOURS_PAREN_BEFORE = regex(
    r"\b(?:opening|office|library|visiting|business|shop|store|surgery|trading|ticket|counter|school|working|pool|"
    r"gym|museum|gallery|cafe|café|reception|desk|clinic|pharmacy|bank)\s+hours\s*:?\s*[(\[]$", _I)

_PERCEIVED_BEFORE = regex(
    r"\b(?:visible|audible|legible|in\s+view|on\s+screen|on-screen|in\s+shot|in\s+frame)\s+"
    r"(?:(?:at|from|around|about|roughly)\s+)+$",
    _I,
)

# A program's log line: its stamp opens the line (after its date maybe), then the level and the tag, as Android's
# logcat ("14:02:31.118 W/Decoder: late frame", round 197) and most loggers ("09:14:02.551 [INFO] ...",
# "09:14:02,551 ERROR db: ...") write them.
_LOG_LINE_BEFORE = regex(r"(?:^|\n)[ \t]*(?:\[?\d{4}-\d\d-\d\d[ T]|\d\d-\d\d[ \t]+)?\[?$")
_LOG_LINE_AFTER = regex(
    r"\]?[ \t]+(?:\d+[ \t]+\d+[ \t]+)?(?:[VDIWEF]/[\w.$-]+(?:\(\s*\d+\))?:"
    r"|\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\]?[ \t:])")
_SUBTITLE_TIME = regex(r"\d\d:[0-5]\d:[0-5]\d[,.]\d{3}")
_FRAME_TIMECODE = regex(r"\d\d:[0-5]\d:[0-5]\d:\d\d")


def _into_recording(c: _Clock) -> str | None:
    """"26:40 into the race broadcast", "2:03:10 into the hearing": a position, whatever the words before; and
    "- Core finisher: 21:00–29:15" after blocks from 0:00 (:func:`_timed_block`): a stretch, whatever its label."""
    after = c.after
    into = (_INTO_AFTER.match(after) or _IN_EXTRACT_AFTER.match(after)) and not _TOD_SUFFIX.match(after) \
        and not _GAME_AFTER.match(after)
    return "" if into or _timed_block(c) or _SCRUBBING_AFTER.match(after) or _framed_sibling(c) else None


def _framed_sibling(c: _Clock) -> bool:
    """A time said the same way as the one before it ("... at 1:20 and the doors close at 1:35"), in a sentence that
    opens by naming the footage it tells ("In the video, "), neither time read as a clock of the afternoon: a position,
    as its sibling is, whatever the verb before it ("the doors close at" tells a venue's day elsewhere)."""
    if " and " not in c.before[-SIBLING_CHARS:] or _TOD_SUFFIX.match(c.after) \
            or not _POSITION_LIKE.fullmatch(c.text, c.bare, c.end):
        return False  # cheap: only a time coordinated with one before it
    m = _SAID_LIKE_SIBLING_BEFORE.search(c.text, max(c.b, c.bare - SIBLING_CHARS), c.bare)
    return m is not None and _FOOTAGE_FRAME_OPENING.match(c.text, c.b, m.start()) is not None


# How far back a time said the same way as the one after it may start.
SIBLING_CHARS = 80
# Minutes and seconds, or a small hour: no clock of the afternoon written without its half of the day.
_POSITION_LIKE = regex(r"(?:\d|2[4-9]|[3-5]\d):[0-5]\d(?::[0-5]\d)?")
# A subject's verb at a time, then "and" and another subject's verb at the next: "leaves at 1:20 and the doors close
# at ".
_SAID_LIKE_SIBLING_BEFORE = regex(
    r"\b[a-z]{2,}\s+at\s+(?<![\d:])(?:\d|2[4-9]|[3-5]\d):[0-5]\d(?::[0-5]\d)?(?![\d:])\s*,?\s+and\s+"
    r"(?:(?:the|a|an|his|her|their|its|my)\s+)?[a-z'’-]+(?:\s+[a-z'’-]+)?\s+[a-z]{2,}\s+at\s+$")
# A sentence opened by the footage it tells, then a comma: "In the video, ", "On the livestream, ".
_FOOTAGE_FRAME_OPENING = regex(
    rf"[\s\"“(*_]*(?:in|on|throughout)\s+(?:the|this|that|my|our|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{MEDIA_NOUN}\s*,", _I)


def of_recording(text: str, end: int, e: int) -> bool:
    """"the boss fight at 12:30:10 of part one", "at 21:40:00 and 27:02:30 of my capture": a time said to be *of* a
    recording (or of a numbered part of one), past any further times listed with it, is a position in it; no
    clock of the day is "of my capture" ("at 14:00 of that day" names no recording)."""
    listed = _LISTED_TIMES.match(text, end, e)
    return _OF_RECORDING.match(text, listed.end() if listed else end, e) is not None


# Further times listed after the first: ", 3:10:05 and 4:02:00".
_LISTED_TIMES = regex(r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)\d{1,3}(?::[0-5]\d){1,2})+")
# "of part one", "of Part 2", "of my capture", "of the reviewer's VOD", "of our full playthrough" (not "of the
# hearing's second day": a recording's own thing).
_OF_RECORDING = regex(
    r"\s+of\s+(?:(?:part|disc|reel|tape|episode|ep\.?|vol\.?|volume)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|[ivx]{1,4})\b"
    r"|(?:my|our|your|his|her|their|this|that|the)\s+(?:[\w'’-]+\s+){0,2}"
    rf"(?:{MEDIA_NOUN}|captures?|footage)\b(?!['’]s\b))"
    # "which the commission timed to 15:50 on the tape", "at 2:05 on my recording": on a recording kept (not "at 9:00
    # on the livestream", when it went out); "the outro starts 23:10 on the replay" (not "19:45 on the replay night",
    # a match played again)
    r"|\s+on\s+(?:my|our|your|his|her|their|this|that|the)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:tapes?|recordings?|footage|files?|clips?|videos?|vods?|captures?"
    r"|replays?(?!\s+(?:date|day|night|fixture|tie|game|match|kick-?off)\b))\b(?!['’]s\b)"
    # "At 4:55 on Exhibit 14", "at 00:01:45 of Exhibit D-9", "at 2:10 in Exhibit JB/4": a position in a court's exhibit
    rf"|\s+(?:of|on|in)\s+{EXHIBIT_LABEL}", _I)


# A cut of a longer recording named right after the time, as a court or an inquiry calls it: "his head dropped at 3:48
# in the extract" (round 137: the finding's past tense read it as the night's clock), "at 0:41 of this excerpt".
_IN_EXTRACT_AFTER = regex(
    r"\s+(?:in|into|of)\s+(?:the|this|that|its|each|either)\s+(?:[\w'’-]+\s+){0,2}?(?:extract|excerpt)\b", _I)
# A time told for those moving through the footage: "right after the siren, 1:14:05 if you're scrubbing", "32:10 (for
# anyone skipping ahead)", "2:41:05 if you want to jump ahead": a position, whatever game or clock the words before
# name.
_SCRUBBING_AFTER = regex(
    r"\s*[,(—–-]?\s*(?:if\s+(?:you['’]?re|you\s+are|ur|u\s+r|you\s+want\s+to|you\s+wanna|u\s+wanna|you\s+need\s+to)\s+"
    r"|for\s+(?:anyone|those|people|anybody)\s+(?:who\s+(?:is|are|wants?\s+to|needs?\s+to)\s+)?)"
    r"(?:scrubbing|scrub|seeking|fast[\s-]?forwarding|fast[\s-]?forward|(?:skipping|skip|jumping|jump)\s+"
    r"(?:ahead|forward|through))\b", _I)


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
_RECORDING_CLOCK_BEFORE = regex(_RECORDING_CLOCK + r"[^.;!?\d]{0,60}$", _I)
_RECORDING_CLOCK_AFTER = regex(
    r"^\s*,?\s*(?:on|by|per|in|going\s+by|according\s+to)\s+(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+)?"
    + _RECORDING_CLOCK, _I)


# An edit placed at a position of the work being subtitled or cut, told in the past: "I also added a translator's note
# at 00:47:30", "we inserted a chapter marker at 12:04", "moved the first cue at 0:03:10" (the time is the file's,
# not when the edit was made).
_EDIT_PLACED_AT_BEFORE = regex(
    r"\b(?:added|inserted|placed|dropped|put|moved|shifted|nudged|split|merged|retimed|re-timed|burned|burnt|"
    r"deleted|removed|set)\s+(?:(?:a|an|the|my|our|one|another|two|three|some|extra|new|first|last|second|short|"
    r"small|single|chapter|forced|sign)\s+){0,3}"
    r"(?:(?:translator|translation|editor|subtitler|typesetter)['’]?s?\s+notes?|TL\s+notes?|cues?|captions?|"
    r"subtitles?|subs|markers?|bookmarks?|keyframes?|title\s+cards?|overlays?|chapter\s+breaks?|fades?)"
    r"\s+(?:at|to)\s+(?:about\s+|around\s+|roughly\s+)?$", _I)
