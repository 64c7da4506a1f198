"""Day words around a clock ("at 10:45 that day", "on Monday", "the next morning"), a day's clock
told again, a routine, a recording said to start at a clock time: the day's clock."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import (
    _CLAUSE_EDGE,
    _HOUR_MINUTE,
    _I,
    _IN_MEDIA_AFTER,
    _INTO_AFTER,
    CONTEXT_CHARS,
    NEAR_CHARS,
    RECORDED_CLASS,
    TWO_DIGIT_HOUR,
    _clause_start,
    _Clock,
    _paragraph_start,
    footage_word,
    hour_said_in_words,
)
from annotate.moments.exclusions.narration import (
    _AT_OPENING,
    _EVENT,
    _FIRST_PERSON_MOVED,
    _QUOTED,
    _TOPIC_BEFORE,
    FOOTAGE_OF_BEFORE,
    compound_event_noun,
)
from annotate.moments.exclusions.positions import _TAG_OPEN
from annotate.moments.exclusions.schedules import _IN_MEDIA_ANYWHERE, _TWO_DIGIT
from annotate.moments.exclusions.screen_clocks import _past_after_camera_reading
from annotate.moments.exclusions.stamps import RECORDING_START, caption_line_stamp
from annotate.moments.exclusions.tables import footage_header_table
from annotate.moments.exclusions.world_times import _TWO_DIGIT_CLOCK, TIME_NOW_WORDS, time_check_hedge
from annotate.moments.patterns import MEDIA_NOUN, MONTH, RECORDED_TALK, TIMECODE, WEEKDAY, any_stem

# A day word naming what a shot shows, not the hour (round 114: "the sunset timelapse from 21:10 to 21:40", "the
# sunrise shot at 3:05", "the golden-hour drone footage").
_SHOT_OF_AFTER = (r"(?![\s-]+(?:time-?lapses?|shots?|views?|footage|clips?|sequences?|scenes?|montages?|panoramas?|"
                  r"drone|b-roll|pans?|segments?)\b)")
_TOD_WORDS = (
    rf"(?:that|this|dis|dat|the\s+next|the\s+following|the\s+previous|the\s+same|last|next|on\s+that"
    # "at 02:00 on the second night", "by 06:40 on the final morning"
    rf"|on\s+the\s+(?:first|second|third|fourth|fifth|final|last|same|previous))\s+(?:day|morning|afternoon|evening|night)"
    # (not a thing of that day, the possessive's: "at 1:48 a boy holds up that morning's newspaper" (round 80))
    rf"(?!['’]s?\s)"
    # "at 06:00 on the morning of broadcast", "by 21:00 on the night of the final"
    rf"|on\s+the\s+(?:morning|afternoon|evening|night|day)\s+(?:of|before|after)\b"
    rf"|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|local\s+time|(?:on\s+)?{WEEKDAY}\b"
    # a named day: "at 10:15 on launch day", "by 9:00 on race day" (not "on day 3" of a multi-day stream)
    rf"|on\s+[\w'’-]+\s+day\b(?!\s*\d)"
    rf"|(?:on\s+)?{MONTH}\s+\d{{1,2}}\b|(?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?!\w)|yesterday|today|tonight|tomorrow|overnight|on\s+the\s+dot"
    # "at 9:00 sharp", but not the picture's "at 1:52 is sharp enough", "looks really sharp"
    rf"|(?<!is\s)(?<!are\s)(?<!looks\s)(?<!very\s)(?<!really\s)(?<!pretty\s)(?<!quite\s)(?<!so\s)sharp\b(?!\s+enough)"
    rf"|before\s+(?:noon|midnight|dawn|dusk|sunrise|sunset)|after\s+(?:noon|midnight|dawn|dusk|sunrise|sunset)"
    rf"|(?:noon|midnight|dawn|sunrise|sunset|golden\s+hour|blue\s+hour){_SHOT_OF_AFTER}"
    # a habit or a week: "starts at 9:00 as usual", "at 18:30 next week"
    rf"|as\s+(?:usual|always|normal)\b|(?:next|last|this|that)\s+week(?:end)?\b"
    # days on: "back on at 22:40 two days later", "at 06:00 three nights after"
    rf"|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:days?|nights?|weeks?)\s+"
    rf"(?:later|earlier|after|before|on)\b"
    # "19:22:03 on 03/05/2021" (a dashcam's clock), "from 20:45 to 22:15 on the main stage" (a line-up)
    rf"|(?:on\s+)?\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|on\s+(?:the\s+)?(?:[\w'’-]+\s+)?stage\b"
    # a day and month alone, after "on": "Exam is 9:30 on 14/11" (not a speed or a share: "on 1/2 speed")
    rf"|on\s+\d{{1,2}}/\d{{1,2}}\b(?!/|\s*(?:speed|x\b|of\b|the\b))"
)
# Shortly after the clock, with no footage word in between: "at 10:45 that day", "9:15 on Monday".
# Another clock in between owns the day words: "shadows at 1:12 indicate a time around 10:30 local time".
# (Not inside a quotation that follows: "said at 1:12 “I will be back tomorrow”" dates the speaker's words.)
# (a footage noun before the day word stops the scan, a recorded talk's too: "of the recorded lecture before Tuesday's
# tutorial" (round 152))
# (not past a colon: what follows tells what the stretch shows, "The best sequence runs from 21:30 to 24:05: two boys
# paddle out at dawn" (round 194), not the hour the clock is)
_TOD_AFTER = regex(rf"^(?:(?!\b{MEDIA_NOUN}\b|\b{RECORDED_CLASS}\b|\d:\d\d)[^.;:!?“\"])*?\b(?:{_TOD_WORDS})", _I)
_TOD_AFTER_LIMIT = 45
# The clock told as the world's, right after it: "in real life", "IRL", "in the real world" (set against the
# recording's own positions: "start at 1:51:30 on the recording, though they went off at about 10.20 in real life").
_REAL_WORLD_AFTER = regex(
    r"[^\S\n]*,?[^\S\n]*(?:in[^\S\n]+real[^\S\n]+life|(?-i:IRL)|in[^\S\n]+the[^\S\n]+real[^\S\n]+world)\b", _I)
# A clock of the day glossed in brackets by its position in the recording, in words: "(about 47 minutes into the
# broadcast)", "(31 minutes into the stream)" (not another cut's timecode: "At 5:50 (5:52 in the longer version)").
_GLOSSED_BY_POSITION_AFTER = regex(
    rf"\s*\(\s*(?:(?:about|around|roughly|approximately|some|nearly|almost|just\s+over|just\s+under)\s+)?"
    rf"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:minutes?|mins?|seconds?|secs?|hours?)"
    rf"\s+into\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}?{MEDIA_NOUN}\b", _I)
# One of these is in every _TOD_AFTER match (tests/test_moments_gates.py).
_TOD_AFTER_STEMS = any_stem((
    "day", "morning", "noon", "evening", "night", "local", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan",
    "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "/", "stage", "tomorrow", "sharp",
    "dot", "dawn", "dusk", "golden", "blue", "usual", "always", "normal", "week"))

_MEDIA_STARTED_BEFORE = regex(
    rf"\b(?:{MEDIA_NOUN}|{RECORDED_TALK})(?:,?\s+(?:which|that))?\s+"
    # (or inferred: "so the recording likely started near 23:56", "the stream must have begun around 20:10" (round
    # 134's chronolocation))
    r"(?:(?:likely|probably|possibly|presumably|(?:must|would|may|might)\s+have)\s+)?"
    r"(?:began|begun|started|ended|finished|went\s+(?:live|out|off\s+air)|resumed|aired)"
    # "the stream started late (like 20:15"
    r"(?:(?:\s+(?:late|early|promptly|on\s+time))?\s*\(\s*|\s+)"
    r"(?:(?:at|around|about|like|near|roughly|approximately|shortly\s+after|just\s+after|just\s+before|before|"
    r"after)\s+)*$",
    _I,
)
# A whole recording said to start at a clock on the hour or half hour, in the present: "the archive starts at 05:00"
# (a clip or scene that "starts at 12:00" may be a position in a longer video: not these nouns).
_RECORDING_STARTS_BEFORE = regex(
    r"\b(?:archive|archived\s+(?:stream|footage|recording)|recording|stream|livestream|live\s?stream|webcast|"
    r"broadcast|feed|coverage|cam)(?:\s+(?:file|footage|video|recording))?\s+"
    r"(?:begins|starts|opens|ends|finishes|goes\s+live|kicks\s+off)\s+"
    r"(?:(?:at|from|around|about)\s+)+$"
    # a stretch of recording hours long, then the clock it starts at: "(it's a 12-hour block starting at 04:00)"
    r"|\b(?:an?|the)\s+(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)[\s-]hours?[\s-]+(?:long\s+)?[a-z][\w'’-]*,?\s+"
    r"(?:starting|beginning|which\s+starts|that\s+starts|running\s+from|from)\s+(?:(?:at|around|about)\s+)?$", _I)
# A recording told its own length, then the clock it starts at, in one breath: "The file we were given runs 38
# minutes and starts at 9:40", "the feed lasts about two hours and begins at 18:15", "is 41 minutes long and starts
# at 21:07" (a thing that runs N minutes starts at its 0:00: the clock is the day's).
# (the recording itself the subject: "the duel runs four minutes and starts at 1:52" is a part of a film, placed)
_LENGTH_THEN_START_BEFORE = regex(
    r"\b(?:file|recording|footage|feed|stream|livestream|tape|video|camera|cam|archive|broadcast|webcast)\b"
    r"(?:[^.;!?\n]{0,50}?\s)?(?:runs|lasts|is|was|ran|lasted)\s+(?:for\s+)?(?:(?:about|around|roughly|nearly|almost|some|just\s+over|"
    r"just\s+under|over|under)\s+)?(?:\d{1,3}|an?|[a-z]+(?:-[a-z]+)?)(?:\s+and\s+a\s+half)?[\s-]+"
    r"(?:hours?|minutes?|mins?|hrs?)(?:,?\s+(?:and\s+)?(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)[\s-]+(?:minutes?|seconds?|mins?|secs?))?"
    r"(?:\s+long)?,?\s+and\s+(?:starts|begins|opens|started|began|opened)\s+(?:(?:at|around|about)\s+)+$", _I)
# A clock of the day's shape with an hour told (not "0:40", "00:12", a position's).
_DAY_HOUR_MINUTE = regex(r"(?:[1-9]|0[1-9]|1\d|2[0-3]):[0-5]\d")
# A line or sentence opening with the recording's verb, then the clock: when it was recorded ("Filmed 07:10–08:30").
_RECORDING_WINDOW_OPENING = regex(
    r"(?:\s|<[^<>\n]{0,40}>|[-*•>#|])*(?:(?:the\s+)?(?:footage|video|clip|stream|audio|recording)\s+(?:was\s+)?)?"
    r"(?:recorded|filmed|shot|captured|taped|streamed)(?:\s+live)?\s+(?:(?:from|between|at)\s+)?", _I)


def _recording_window(c: _Clock) -> bool:
    """The clock follows only a recording verb opening its line or sentence: when the footage was made."""
    opening = max(c.b, c.text.rfind("\n", 0, c.begin) + 1)
    return c.begin - opening <= RECORDING_WINDOW_OPENING_CHARS \
        and _RECORDING_WINDOW_OPENING.fullmatch(c.text, opening, c.bare) is not None


RECORDING_WINDOW_OPENING_CHARS = 60
# A way to reach someone, then hours: an extension, a phone number, a desk or a line named (round 134's "Questions to
# the subtitling desk, ext. 4410, 9:30-17:30.", "call 030 255 0142 (9:30-17:30)").
_CONTACT_BEFORE = regex(
    # (the word right before its separator or its hours: "the helpline, 9:00-17:00", not "The part the coroner's office
    # has asked about runs from 7:40 to 8:05", a stretch of footage (round 28))
    r"(?:(?:\bext(?:ension)?\.?\s*\d{2,6}|\+?\d[\d ]{6,14}\d)\s*[,:;(–—-]?|\b(?:phone|telephone|tel|helpline|hotline|"
    r"desk|office|enquiries|inquiries|support|reception|switchboard)(?:\s+(?:lines?|hours|team|number))?"
    r"(?:\s*[,:;(–—-]|\s+(?=(?:open|hours|staffed)\b)))"
    r"\s*(?:(?:open|hours|staffed|from|between|weekdays|Mon(?:day)?s?\s*[–-]\s*Fri(?:day)?s?)[\s:,]+)*$",
    _I)
CONTACT_BEFORE_CHARS = 80


def _contact_hours(c: _Clock) -> bool:
    """A stretch of the day's hours told right after a way to reach someone (read across the stop of "ext."): when
    they answer, no stretch of footage."""
    if not c.opens_range or c.footage_context or footage_word(c.text, c.b, c.e):
        return False
    reach = max(0, c.bare - CONTACT_BEFORE_CHARS)
    opening = max(c.text.rfind("\n", reach, c.bare) + 1, reach)
    return _CONTACT_BEFORE.search(c.text, opening, c.bare) is not None
# "starts at 02:30 in the VOD": said in the recording (not "at 05:00 in the morning").
_IN_RECORDING_AFTER = regex(
    r"\s+(?:in|into|of)\s+(?:the|this|that|its|my|our)\s+(?!(?:[\w-]+\s+)?(?:morning|afternoon|evening|night|day)\b)",
    _I)
# Someone setting a recording going, then the clock: "started recording at about", "hit record at", "began
# filming around" (the recording's own start, so no position in it).
_STARTED_RECORDING_BEFORE = regex(
    r"\b(?:start(?:s|ed|ing)?|began|begins?|begun|hit|hits|pressed|presses|pushed)\s+"
    r"(?:(?:the\s+)?(?:recording|record|filming|taping|rolling|recorder|tape|camera)\b)\s*"
    r"(?:(?:at|around|about|from|shortly\s+after|just\s+after|just\s+before|some\s+time\s+after)\s+)+$", _I)
_STARTED_RECORDING_STEMS = any_stem(("recording", "record", "filming", "taping", "rolling", "recorder", "tape",
                                     "camera"))
_ON_THE_HALF_HOUR = regex(r"(?:[01]\d|2[0-3]):[03]0")
# A clock of the day read to the second, past the hours a recording's own position is told in: "14:01:50".
_DAYTIME_HMS = regex(r"(?:1\d|2[0-3]):[0-5]\d:[0-5]\d")
_TOD_IN_CLAUSE = regex(
    rf"\b(?:(?:sunset|sunrise|dawn|dusk|noon|midnight|daybreak|nightfall){_SHOT_OF_AFTER}|sun\s+(?:sets|set|rises|rose)|"
    rf"weeknights?|weekdays|mornings|evenings|"
    rf"nightly|daily|(?:every|each)\s+(?:day|morning|evening|night)|(?:that|this|the\s+next|the\s+following)\s+"
    # a daily schedule: "goes out twice a day at 10:00 and 14:30", "three times per day"
    # (not a thing of that day: "that morning's newspaper" (round 80))
    rf"(?:day|morning|afternoon|evening|night)(?!['’]s?\s)|(?:once|twice|(?:two|three|four|five|six|\d+)\s+times)\s+(?:a|per)\s+"
    rf"(?:day|morning|afternoon|evening|night)|{WEEKDAY}s?|local\s+time|time\s+zone|UTC|GMT)\b",
    _I,
)
# One of these is in every _TOD_IN_CLAUSE match (tests/test_moments_gates.py).
_TOD_IN_CLAUSE_STEMS = any_stem(("sun", "dawn", "dusk", "noon", "night", "day", "morning", "evening", "daily", "mon",
                                 "tue", "wed", "thu", "fri", "sat", "local", "zone", "utc", "gmt"))

_TAG_CLOSE = r"(?:</(?:b|strong|em|i|mark|code)>|[*_`]{1,2})?"

# The footage watched, then the stretch of it: "jurors watched the body-camera recording from 2:36 to 2:58 on
# Tuesday" (the day is when it was watched); a clock's stretch has a two-digit hour ("reviewed CCTV from 14:00").
# (or an hour no clock reads: "played that passage, from 47:05 to 49:30, during Thursday's hearing")
# (or a zero hour read to the second, as an exported file's positions are: "played the sequence from 00:42:05 to
# 00:43:30 four times on Wednesday"; a schedule's "from 00:30 to 01:00 on Sunday" has no seconds)
_ONE_DIGIT_START = regex(r"(?:(?:from|between)\s+)?(?:\d|2[4-9]|[3-9]\d|00(?=:[0-5]\d:[0-5]\d)):", _I)
_WATCHED_MEDIA_BEFORE = regex(
    r"\b(?:watched|watch|watching|viewed|view|shown|showed|show|played|play|replayed|saw|see|reviewed|screened)\s+"
    rf"(?:(?:the|this|that|its|their|a)\s+)?{_TAG_OPEN}(?:[\w'’-]+\s+){{0,2}}(?:{MEDIA_NOUN}|passage|portion|sequence)"
    rf"{_TAG_CLOSE},?\s+(?:from|between)?\s*{_TAG_OPEN}$", _I)


def _played_media(c: _Clock) -> bool:
    """A recording played or watched from a time no day's clock is told in: "played the sequence from 00:42:05 to
    00:43:30 four times on Wednesday" (the day words tell when it was played)."""
    return _ONE_DIGIT_START.match(c.text, c.begin) is not None and c.ends(_WATCHED_MEDIA_BEFORE, 80)


def _recording_starts_at(c: _Clock) -> bool:
    """A whole recording said to start at the clock: "because the archive starts at 05:00", "The archive file starts
    at 14:01:50", or told its own length first: "The file runs 38 minutes and starts at 9:40"."""
    if _IN_RECORDING_AFTER.match(c.after):
        return False
    if (_ON_THE_HALF_HOUR.fullmatch(c.text, c.bare, c.end) or _DAYTIME_HMS.fullmatch(c.text, c.bare, c.end)) \
            and _RECORDING_STARTS_BEFORE.search(c.before):
        return True
    return c.ends(_LENGTH_THEN_START_BEFORE, 160) and _DAY_HOUR_MINUTE.fullmatch(c.text, c.bare, c.end) is not None


# The time told as the time, a presenter's or a poster's (round 92): "It's 3:35, and the line is open", "it is now
# 7:50." (not "It's 1:45 where the dog jumps", "it's 2:10 into the video": a position said of the work).
# (or told with a time check's words: "It's just gone 6:50 and the crowd is still outside", "it's coming up to 7:15")
_TIME_TOLD_BEFORE = regex(rf"(?:^|[:,.!?]\s*|\n\s*)(?:it['’]s|it\s+is)\s+{TIME_NOW_WORDS}?$", re.IGNORECASE)
_TIME_TOLD_AFTER = regex(r"\s*(?:[,.!]|and\b|$)", re.IGNORECASE)
# ... or told with its date: "It's 10:15 on the 3rd, interview with Mrs Ng ... reel two" (round 71), "it's 9:40 on
# Tuesday 4 May": the day's time, whatever footage the sentence names.
_TIME_TOLD_DATED_AFTER = regex(
    rf"\s+on\s+(?:the\s+\d{{1,2}}(?:st|nd|rd|th)|{WEEKDAY}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}})"
    rf"(?:(?:\s+of)?\s+{MONTH}|\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+{MONTH})?)?\s*(?:[,.!]|and\b|$)",
    re.IGNORECASE)
# A clock given as an example of a booked or opening time: "start at the booked time (e.g. 09:00)" (round 92; not
# "skip to a later point (e.g. 2:30)", a position).
_EXAMPLE_OF_TIME_BEFORE = regex(
    r"\b(?:booked|booking|scheduled|timetabled|start(?:ing)?|opening|closing|appointed|agreed|usual|local|departure|"
    r"arrival|meeting|class|lecture|lesson|session|slot)\s+times?\s*[(,–—-]\s*(?:e\.\s?g\.?|eg|say|such\s+as|"
    r"for\s+(?:example|instance))[,:]?\s*$", re.IGNORECASE)
# A programme's return after its break: "We go to a short break, back at 3:45", "we'll be back at 10:15".
_BACK_AFTER_BREAK_BEFORE = regex(r"\b(?:break|be|['’]re|are)\b,?\s+(?:right\s+)?back\s+(?:at|by)\s+$",
                                 re.IGNORECASE)


def _time_told_or_booked(c: _Clock) -> bool:
    """The time told as the time, a return after a break, or an example of a booked time, in a sentence naming no
    footage, nor just after another time ("not 1:05, it's 1:12": a correction), nor a range ("it's from 6:30 to
    7:50") (:data:`_TIME_TOLD_BEFORE`, :data:`_BACK_AFTER_BREAK_BEFORE`, :data:`_EXAMPLE_OF_TIME_BEFORE`)."""
    said = c.ends(_TIME_TOLD_BEFORE, 40)
    told = said and _TIME_TOLD_AFTER.match(c.after) is not None \
        and _only_turn_stamps_before(c) and not _answers_question_of_no_time(c) and not _points_into_clip(c)
    if said and _TIME_TOLD_DATED_AFTER.match(c.after) is not None and c.text[c.begin:c.begin + 1].isdigit():
        # told with its date, the time is the day's, whatever stamps stand before it (an Otter export's "Speaker 2
        # 0:03" label) and whatever footage is named beside it (what is being recorded)
        return True
    # (a stamped transcript's turns make every sentence one just after a position: "[00:01:39] HOST: Lovely. We'll
    # take a break, it's 9:02, and after the news ..." (round 108) tells the studio clock all the same)
    return (told or c.ends(_BACK_AFTER_BREAK_BEFORE, 40) or c.ends(_EXAMPLE_OF_TIME_BEFORE, 60)) \
        and (not c.footage_context or (told and _in_stamped_turn(c))) and c.text[c.bare:c.bare + 1].isdigit() \
        and time_check_hedge(c) and not footage_word(c.text, c.b, c.e)


# What happens at the time, joined to it by "and": "It's 1:20 and he falls", "it's 0:48, and the truck swerves", "and
# you can see the car float off" (an act of the footage's people or things, not a state now: "and the crowd is still
# outside", "and I'm still up", "and here's Jim").
_EVENT_AT_IT_AFTER = regex(
    r"[^\S\n]*,?[^\S\n]+and[^\S\n]+(?:then[^\S\n]+)?(?:"
    r"(?:he|she|it|(?:the|a|an|his|her|their|its)[^\S\n]+[\w'’-]+)[^\S\n]+"
    r"(?:(?:just|suddenly|finally|then|already)[^\S\n]+)?(?!(?:is|was|has|does|needs|seems|looks)\b)[a-z]+s\b"
    r"|they[^\S\n]+(?:(?:just|suddenly|finally|then|all)[^\S\n]+)?(?!(?:are|were|have|had|will|would)\b)[a-z]+\b"
    r"|you[^\S\n]+(?:can[^\S\n]+)?(?:see|hear|watch)\b)", re.IGNORECASE)
# How far before the time the clip it points into may be named (a phone-in's turn or two before the caller's).
CLIP_TALKED_ABOUT_CHARS = 400


def _points_into_clip(c: _Clock) -> bool:
    """"CALLER: It's 1:20 and he falls" (the clip talked about named before it): what happens at the time, said as
    round 92's "It's 1:45 where the dog jumps" is, points into the footage, as callers' "At about 1:15 in it" do
    (rounds 145, 169); not with a clock's two-digit hour ("It's 18:20 and he falls asleep on the bus")."""
    return _EVENT_AT_IT_AFTER.match(c.after) is not None and _TWO_DIGIT.match(c.text, c.bare) is None \
        and footage_word(c.text, max(0, c.begin - CLIP_TALKED_ABOUT_CHARS), c.begin)


def _only_turn_stamps_before(c: _Clock) -> bool:
    """No time stands in the :data:`TIME_TOLD_CLEAR_CHARS` before the clock but the stamps opening a transcript's
    turns ("[00:01:39] HOST: ...", "Kwame Asante (03:12):"): a time said in the talk is one "it's" may correct."""
    for m in TIMECODE.finditer(c.text, max(0, c.begin - TIME_TOLD_CLEAR_CHARS), c.begin):
        stamp = _TURN_STAMP_OPENING.match(c.text, c.text.rfind("\n", 0, m.start()) + 1)
        if stamp is None or m.end() not in (stamp.end("t"), stamp.end("t2"), stamp.end("t3")):
            return False
    return True


def _in_stamped_turn(c: _Clock) -> bool:
    """The clock's line, or the label line just above it, opens with a turn's stamp."""
    line = c.text.rfind("\n", 0, c.begin) + 1
    label = c.text.rfind("\n", 0, max(0, line - 1)) + 1
    return _TURN_STAMP_OPENING.match(c.text, line) is not None \
        or (line > 0 and _TURN_STAMP_OPENING.match(c.text, label, line) is not None)


# A stamp opening a transcript's turn: "[00:01:39] HOST:", "00:14:02 HOST:", "Kwame Asante (03:12):" (its own line).
_TURN_STAMP_OPENING = regex(
    r"[ \t]*(?:[\[(][ \t]*(?P<t>(?:\d{1,2}:)?\d{1,2}:[0-5]\d)[ \t]*[\])]|(?P<t2>(?:\d{1,2}:)?\d{1,2}:[0-5]\d))"
    r"[ \t]+(?-i:[A-Z])[^\n:]{0,40}:"
    r"|[ \t]*(?-i:[A-Z])[\w.'’-]*(?:[ \t]+[\w.'’-]+){0,3}[ \t]*"
    r"\([ \t]*(?P<t3>(?:\d{1,2}:)?\d{1,2}:[0-5]\d)[ \t]*\)[ \t]*:",
    re.IGNORECASE)


# How far before "it's 3:35" no other time may stand: after one, "it's 1:12" corrects a position (round 88).
TIME_TOLD_CLEAR_CHARS = 300


def _answers_question_of_no_time(c: _Clock) -> bool:
    """"Which bit? It's 3:40.": "it's" answering the question just before it, one that does not ask the time
    ("What time is it? It's 7:50" does), points to where in the footage (rounds 22, 53 and 89 keep it a position)."""
    question_end = len(c.text[:c.b].rstrip())
    if not c.text.startswith("?", question_end - 1):
        return False
    question = c.text[max(0, question_end - QUESTION_REACH_CHARS):question_end]
    return _ASKS_THE_TIME.search(question) is None


# How far back the question before "it's" is read for the time it asks.
QUESTION_REACH_CHARS = 80
_ASKS_THE_TIME = regex(r"\btime\b|\bo['’]clock\b|\bhour\b", re.IGNORECASE)


# A relative clause of a person's or a thing's past act, set off by commas, up to the clock, and its close after it:
# "The race officials, who started the boats at 8:15, only learned of it when the video went up" (round 173).
_WORLD_RELATIVE_BEFORE = regex(
    r",[^\S\n]*(?:who|which)[^\S\n]+(?:had[^\S\n]+)?(?:[a-z]+ed|began|ran|set|sent|left|rang|blew|went|came|took)\b"
    r"[^,;:.!?\n\d]{0,50}?[^\S\n](?:at|around|about|by|from)[^\S\n]+$", re.IGNORECASE)
_RELATIVE_CLOSE_AFTER = regex(r"[^,;:.!?\n\d]{0,30},")


def _world_relative_clause(c: _Clock) -> bool:
    """The clock is inside a relative clause set off by commas that tells a past act of the world
    (:data:`_WORLD_RELATIVE_BEFORE`), no footage named in the clause: footage named elsewhere in the sentence ("when
    the video went up") does not make it a position."""
    if c.footage_context or ("who" not in c.folded_before[-80:] and "which" not in c.folded_before[-80:]):
        return False  # (not in a paragraph walking through footage: "The keeper, who dived at 1:12, ...")
    m = _WORLD_RELATIVE_BEFORE.search(c.before, max(0, len(c.before) - 80))
    close = _RELATIVE_CLOSE_AFTER.match(c.text, c.end) if m is not None else None
    return m is not None and close is not None and not footage_word(m.group(0) + c.text[c.end:close.end()])


def _told_as_real_world(c: _Clock) -> bool:
    """"though they went off at about 10.20 in real life" (round 193): the world's clock, right after it."""
    near = c.after[:24].casefold()
    return ("real" in near or "irl" in near) and _REAL_WORLD_AFTER.match(c.after) is not None


def _day_words(c: _Clock) -> str | None:
    """Day words near the clock ("at 10:45 that day"), a recording said to start at a clock time,
    and otherwise a footage word in the clause, which makes it a position."""
    after = c.after
    near_after = after[:_TOD_AFTER_LIMIT]
    # (the stems scanned once, the caption line's stamp read last: it only ever turns this test off)
    if (_TOD_AFTER_STEMS.search(near_after.casefold()) and _TOD_AFTER.match(near_after)
            and not _IN_MEDIA_AFTER.match(after)
            and not _played_media(c) and not caption_line_stamp(c)) or _told_as_real_world(c):
        # (not "13:10 now I told you last week ...": a caption line's day is the speaker's)
        return "time of day"
    if _TWO_DIGIT.match(c.text, c.bare) and _MEDIA_STARTED_BEFORE.search(c.before):
        return "time of day"  # "the live broadcast began at 19:00"
    if _recording_starts_at(c):
        return RECORDING_START  # "because the archive starts at 05:00", "The file runs 38 minutes and starts at 9:40"
    if c.may_end(_STARTED_RECORDING_STEMS) and c.ends(_STARTED_RECORDING_BEFORE, 60) \
            and not _IN_RECORDING_AFTER.match(c.after):
        return RECORDING_START  # "Terence must have started recording at about 7:15": when the tape began
    if _recording_window(c) or _contact_hours(c):
        # "Recorded 22:10–23:40 on 3 June.", "Filmed 07:10–08:30, 4K"; "Questions to the subtitling desk, ext. 4410,
        # 9:30-17:30.": when the desk answers
        return "time of day"
    # (and a presenter's time check: "It's 3:35, and the line is open", "back at 3:45")
    if _event_verb_right_before(c) or _past_after_camera_reading(c) or _day_clock_again(c) or _time_told_or_booked(c) \
            or (_TWO_DIGIT.match(c.text, c.bare) and _GLOSSED_BY_POSITION_AFTER.match(after)) \
            or hour_said_in_words(c.text, c.b, c.bare, c.end) or _world_relative_clause(c):
        # (and "At 21:47 (about 47 minutes into the broadcast)": the bracket gives its position; "the church clock
        # reads six o'clock and the bells ring at 6:00": the hour said in words, told again; "The race officials, who
        # started the boats at 8:15, only learned of it when the video went up": a past act in a relative clause)
        return "time of day"
    if _TWO_DIGIT_CLOCK.match(c.text, c.bare, c.end) and not _IN_MEDIA_AFTER.match(after) \
            and not _INTO_AFTER.match(after) and _FIRST_PERSON_MOVED.search(c.text, max(c.b, c.bare - 80), c.bare):
        return "time of day"  # "We had reached the spot at 21:27 by the Shatabdi, video is of 48 mins": the day's
    if c.may_end(_WEATHER_STEMS) and c.ends(_WEATHER_BEFORE, 50) and not footage_word(c.clause):
        return "time of day"  # a forecast: "rain clearing by 15:00", "fog lifting around 10:30"
    if (c.may_end(_SUN_STEMS) and c.ends(_SUN_EVENT_BEFORE, 60)) or _time_from_shadows(c):
        # "The drone video, shot at first light — sunrise that day was 08:21 — shows": an aside; and a time worked
        # out from the sun: "sun azimuth from the jeepney's shadow puts it at 17:45 give or take 10 minutes"
        return "time of day"
    if c.may_end(_SKY_STEMS) and c.ends(_SKY_LIGHT_BEFORE, 50) and not footage_word(c.clause) \
            and not _IN_MEDIA_AFTER.match(after):
        return "time of day"  # "bring lights as it gets dark by 4:30"
    if footage_word(c.clause):
        return ""
    text, b, e = c.text, c.b, c.e
    left = max(text.rfind(",", b, c.begin), text.rfind(";", b, c.begin), b - 1) + 1
    # (a colon after the clock ends its clause as well, as in _TOD_AFTER)
    right = min((i for i in (text.find(",", c.end, e), text.find(";", c.end, e), text.find(":", c.end, e)) if i >= 0),
                default=e)
    other = TIMECODE.search(text, c.end, right)
    right = other.start() if other else right  # the next clock owns the words after it
    if _TOD_IN_CLAUSE_STEMS.search(text[left:right].casefold()) and _day_word_unquoted(c, *_own_cell(c, left, right)) \
            and not _played_media(c) and not caption_line_stamp(c):
        return "time of day"  # "sunset on that day was at 16:42"
    if _daily_routine(c):
        return "time of day"
    if c.ends(_LOGGED_COUNT_BEFORE, 60):
        return "time of day"  # "It records 14 transmissions between 20:20 and 20:30": a log's tally by the clock
    return None


def _own_cell(c: _Clock, left: int, right: int) -> tuple[int, int]:
    """The clause [left, right) narrowed to the clock's own cell in a table whose header names footage: "| 1 |
    Kariakor paint yard at dawn | 00:00 | 4:10 |" under "| # | Segment (Nairobi matatu art doc) | Starts | Length |"
    (round 142): another cell's dawn is the segment's title, not the hour the clock is."""
    text = c.text
    opened = max(text.rfind("|", left, c.bare), text.rfind("<td", left, c.bare), text.rfind("<th", left, c.bare))
    if opened < 0 or not footage_header_table(text, c.bare):
        return left, right
    closed = [i for i in (text.find("|", c.end, right), text.find("</t", c.end, right)) if i >= 0]
    return opened + 1, min(closed, default=right)


def _day_word_unquoted(c: _Clock, left: int, right: int) -> bool:
    """A day word in the clause [left, right) outside the titles and words quoted on either side of the clock: "Watch
    from 12:30 for “Okada at Dawn” played on a rooftop" names a song, not the hour it is."""
    after = _QUOTED.sub(" ", c.text[c.end:right])
    opened = _SPEECH_OPENS.search(after)  # 'At 17:52 she says: "We will pilot car-free Sundays': her words, not its day
    after = after[:opened.start()] if opened else after
    return any(_TOD_IN_CLAUSE.search(part) for part in (_QUOTED.sub(" ", c.text[left:c.begin]), after))


# A quotation opened after the clock and not closed before the clause ends (a comma inside it ended the clause).
_SPEECH_OPENS = regex(r"[\"“‘]")


# The sun's or the moon's time told right before the clock, even in a sentence about footage: "sunrise that day was
# 08:21", "sunset on 6 Oct was at 17:37" (not "the video shows first light at 1:02").
_SUN_STEMS = any_stem(("sun", "dawn", "dusk", "moon", "light", "daybreak", "nightfall"))
_SUN_EVENT_BEFORE = regex(
    r"\b(?:sun\s?rise|sun\s?set|dawn|dusk|moon\s?rise|moon\s?set|first\s+light|daybreak|nightfall)"
    r"(?:\s+(?:that|on|in)\s+[\w'’. ]{1,20}?)?\s+(?:was|is|came|comes|fell|falls)\s+(?:(?:at|around|about)\s+)?$",
    re.IGNORECASE)


def _time_from_shadows(c: _Clock) -> bool:
    """Chronolocation: a time of day worked out from the sun or the shadows ("sun azimuth from the jeepney's
    shadow puts it at 17:45 give or take 10 minutes", round 127) is when the scene was filmed, not a position
    (unless the time is said into the footage: "the shadow analysis places the clip's key frame at 0:41 in")."""
    return c.may_end(_SHADOW_STEMS) and c.ends(_SHADOW_TIME_BEFORE, 90) \
        and not _IN_MEDIA_AFTER.match(c.after) and not _INTO_AFTER.match(c.after)


_SHADOW_STEMS = any_stem(("sun", "solar", "shadow", "azimuth", "elevation"))
# The sun or a shadow named, then a verb that puts a time on it: "shadow angles suggest roughly 09:40", "the
# solar elevation gives about 14:10", "sun position pins the frame to 16:05"; its angle in degrees may stand between:
# "with a sun azimuth of about 262° puts filming near 17:40" (round 136).
_SHADOW_TIME_BEFORE = regex(
    r"\b(?:sun|solar|shadows?|azimuth|sun\s+elevation)\b(?:[^.;!?\d]|\d{1,3}(?:\.\d+)?\s?°){0,60}\b(?:puts?|places?|placed|gives?|gave|"
    r"suggests?|suggested|indicates?|indicated|points?\s+to|pointed\s+to|means?|meant|dates?|dated|fix(?:es|ed)?|"
    r"pins?|pinned|estimates?|estimated)\s+(?:(?!at\b|to\b|as\b)[\w'’-]+\s+){0,4}?"
    r"(?:(?:at|to|as|around|about|roughly|approximately|circa|c\.|near|nearly)\s+)*$",
    re.IGNORECASE)
# The day's light as the sky has it, in a clause naming no footage: "bring lights as it gets dark by 4:30", "it's
# light from 6:10" (not "it gets dark at 2:10 in the timelapse").
_SKY_STEMS = any_stem(("dark", "light"))
_SKY_LIGHT_BEFORE = regex(
    r"\b(?:it|the\s+sky)(?:['’]s|\s+(?:gets|got|is|was|goes|went|turns|turned|will\s+be|should\s+be))\s+"
    r"(?:(?:pitch|fully|properly|really|quite|too)\s+)?(?:dark|light)\s+"
    r"(?:(?:by|at|around|about|from|before|after|until|till)\s+)+$",
    re.IGNORECASE)


# The weather in a forecast's clause before its clock: "rain clearing by 15:00", "fog lifting around 10:30".
_WEATHER_BEFORE = regex(
    r"\b(?:rain|showers|snow|sleet|drizzle|fog|mist|frost|thunderstorms?)\s+(?:(?:will|should|is|are)\s+)?"
    r"(?:clearing|clear|easing|ease|lifting|lift|spreading|spread|moving\s+in|arriving|setting\s+in|dying\s+out|"
    r"returning|expected|likely)\s+(?:by|from|until|till|after|before|around|at)\s+$", _I)
_WEATHER_STEMS = any_stem(("rain", "shower", "snow", "sleet", "drizzle", "fog", "mist", "frost", "thunder"))


# A log's or a counter's tally of things, then the clock: "the log records 14 transmissions between", "police
# received 40 calls from", "the gate counted 1,200 entries by" (no footage word in the clause: checked above).
_LOGGED_COUNT_BEFORE = regex(
    r"\b(?:records?|recorded|logs?|logged|lists?|listed|registers?|registered|counts?|counted|tallies|tallied|"
    r"received|receives?|handled|handles?)\s+(?:about\s+|some\s+|over\s+|"
    r"nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?\d[\d,]*\s+(?:[\w'’-]+\s+)?[\w'’-]+s\s+"
    r"(?:(?:between|from|at|by|before|after|until|till)\s+(?:about\s+|around\s+)?)?$", _I)

# A clock told as the day's: with a.m./p.m. or a zone after it ("4:12:37 a.m.", "14:40 local time"), or read to
# the second from a clock ("stamped 14:31:00", "the clock reads 21:04:10").
_DAY_CLOCK = regex(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(:[0-5]\d)?(?![\d:]|[.,]\d)"
                        # (every zone the day's suffix knows: "leaving the anchorage at 04:12 AWST ... At 04:51 its
                        # speed drops" (round 120); Africa's three-letter zones only in capitals)
                        r"(?P<told>[^\S\n]?(?:[ap]\.?[^\S\n]?m\b|(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|[ECMP][SD]T|JST|"
                        r"KST|IST|AEST|AEDT|WIB|PKT|SGT|HKT|PHT)\b|(?-i:AWST|ACST|ACDT|NZST|NZDT|SAST|WAT|EAT|CAT)\b|"
                        r"local\b))?", _I)
_READ_CLOCK_BEFORE = regex(
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
        if _on_dateline(text, m.start()):
            continue  # "By Kwame Asante | Accra | 22 August 2026, 2:15pm": when the page went up, no clock said again
        if m.group("told") is not None:
            told.append((m.start(), *hour_minute))
        elif not (m.group(3) and _READ_CLOCK_BEFORE.search(text, max(0, m.start() - NEAR_CHARS), m.start())):
            continue
        first.setdefault(hour_minute, m.start())
    # an hour told as the day's with no minutes: "just after 7 this morning?", "at about 9pm", "around 10 last night"
    told.extend((h.start(), int(h.group(1)), 0) for h in _DAY_HOUR.finditer(text) if not _on_dateline(text, h.start()))
    return first, tuple(sorted(told))


# A whole hour told as the day's: "7 this morning", "9pm", "6 o'clock", "10 last night" (round 100: "And this was
# just after 7 this morning?" then "07:10, ja.", the same hour to the minute).
# (searched over the whole text: the hour's first digit opens each alternative, "1[0-2]", "0[1-9]", then "1" to "9" as
# "[1-9]" would try them, with the look-behind read past it, "(?<![\w:.,£$€]1)" for "(?<![\w:.,£$€])" before it, so
# that re scans for a digit instead of trying the look-behind at every position of the text)
_NOT_AFTER = r"[\w:.,£$€]"
_HOUR_DIGITS = "|".join([rf"1(?<!{_NOT_AFTER}1)[0-2]", rf"0(?<!{_NOT_AFTER}0)[1-9]",
                         *(rf"{d}(?<!{_NOT_AFTER}{d})" for d in "123456789")])
_DAY_HOUR = regex(
    rf"({_HOUR_DIGITS})(?:[^\S\n]?(?:[ap]\.?[^\S\n]?m\b|o['’]clock\b)|\s+(?:(?:this|that|last|yesterday|"
    r"tomorrow)\s+(?:morning|afternoon|evening|night)|tonight)\b)", _I)


def _on_dateline(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a page's dateline or byline: a short line telling who wrote it or when it went up, with a
    date and its year ("By Kwame Asante | Accra | 22 August 2026, 2:15pm", "Published: 19th November 2026 08:45 AM")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return end - start <= DATELINE_CHARS and _DATED.search(text, start, end) is not None \
        and _DATELINE_WORD.search(text, start, end) is not None


# How long a dateline's line may be, and a date with its year on it ("22 August 2026", "Nov. 19, 2026", "19.11.2026").
DATELINE_CHARS = 200
_DATED = regex(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\s+(?:19|20)\d\d\b|\b{MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d\b"
               r"|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b")
# A word a dateline or byline has: who wrote it, when it went up.
_DATELINE_WORD = regex(r"\b(?:by|published|updated|posted|dated|filed|edited|last\s+modified)\b", re.IGNORECASE)


def _day_clock_again(c: _Clock) -> bool:
    """A bare clock that takes up a clock told before as the day's: the same hour and minute, in a sentence placing
    nothing in the footage ("the frame stamped 14:31:00 shows nothing ... the fire started between 14:31 and
    14:36"), or a later minute of the same hour soon after a clock with a.m./p.m., in a sentence naming no footage
    ("The camera's clock reads 4:12:37 a.m.; ... Firefighters arrived at 4:19", "Dispatch had it at 11:48 p.m. ...
    A. 11:53, 11:54"), or a clock with a two-digit hour told again in the same hour as the day's soon after, naming
    no footage up to there ("the collision happened at 14:05. Port records show it was 14:50 local time")."""
    this = _HOUR_MINUTE.search(c.text, c.bare, c.end)
    said = _DAY_CLOCK.match(c.text, this.start()) if this is not None else None
    if this is None or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after) \
            or (said is not None and said.group("told")):
        return False
    first, told = _day_clocks(c.text)
    hour, minute = int(this.group(1)), int(this.group(2))
    if first.get((hour, minute), c.begin) < c.begin:
        # not "in the clip the car passes at 08:15", nor the next of a series whose clock before it is no day's
        # ("becomes visible at 9:02, and by 9:30 the unit is alight", after "Updated 09:30 GMT")
        series = _SERIES_BEFORE.search(c.text, max(c.b, c.bare - SERIES_CHARS), c.bare)
        return _IN_MEDIA_ANYWHERE.search(c.text, c.b, c.e) is None and (
            series is None or first.get((int(series.group("h")), int(series.group("m"))), c.begin) < c.begin)
    i = bisect_left(told, (c.begin,))
    if i < len(told) and told[i][0] - c.end <= DAY_CLOCK_AGAIN_CHARS and told[i][1] == hour \
            and TWO_DIGIT_HOUR.match(c.text, this.start()) and c.ends(_HAPPENED_AT_BEFORE, 40) \
            and not footage_word(_WRITTEN_VERSION.sub(" ", c.text[c.b:told[i][0]])):
        # corrected or restated soon after as the day's, in the same hour: "stated that the ferry collision happened
        # at 14:05. Port records show it was 14:50 local time" (round 88)
        return True
    if i == 0 or told[i - 1][0] < c.begin - DAY_CLOCK_AGAIN_CHARS:
        return False
    _, h, m = told[i - 1]
    paragraph = c.text.rfind("\n\n", told[i - 1][0], c.b)
    if paragraph >= 0 and footage_word(c.text, paragraph, c.b):
        return False  # "Kick-off was 3pm ...\n\nThe BBC Sportscene highlights are 6:12 long. ... clearest from 3:05 to
        # 3:20": a new paragraph on the footage walks through it, not the day again (round 121)
    if c.footage_context and footage_word(c.text, told[i - 1][0], c.b) and not c.ends(_HAPPENED_AT_BEFORE, 40):
        return False  # "an incident shortly after 3am ... The eight-minute video was played in full. About a minute and
        # a half in, ... played the section 3:10 to 3:52": footage named since, its positions placed, walks through it
        # (round 194; not an event's "Firefighters arrived at 4:19", the day's again)
    # (an earlier minute too when the clock has two-digit hours, as the day's are told: "posted 11:41 pm AEDT ... Back
    # up at 11:20", what happened before the post went up (round 100); not "posted 1:05 PM ... goes down at 1:02")
    return h == hour and (m <= minute or TWO_DIGIT_HOUR.match(c.text, this.start()) is not None) \
        and not footage_word(c.text, c.b, c.e) and not _chapters_between(c.text, told[i - 1][0], c.begin)


def _chapters_between(text: str, start: int, stop: int) -> bool:
    """A chapter list stands between the day's clock and this one: "We ate from 7am to 10pm ... 0:00 Intro\n1:45
    Matatu ride ...\n12:25 Mutura verdict\n\nSorry the wind noise is bad from 10:05 to 10:40" (round 105) is a note
    on the chapters' video, not the evening again."""
    return len(_CHAPTER_LINE.findall(text, start, stop)) >= MIN_CHAPTER_LINES


# A chapter line: a stamp opening the line, then its title ("1:45 Matatu ride", "(12:25) Verdict", "~9:00 Nyama").
_CHAPTER_LINE = regex(r"^[ \t]*[-*•]?[ \t]*[~(\[]?\d{1,2}:[0-5]\d(?::[0-5]\d)?[)\]]?[ \t]+[^\W\d]", re.MULTILINE)
MIN_CHAPTER_LINES = 3


# An event said to have happened at the clock, in the past: "the collision happened at", "the fire started around".
_HAPPENED_AT_BEFORE = regex(
    r"\b(?:happened|occurred|took\s+place|began|started|struck|broke\s+out|was|were|arrived|collided|sank|landed)\s+"
    r"(?:(?:at|around|about|shortly\s+after|just\s+after|just\s+before)\s+)+$", _I)
# A version of a written piece, no footage: a correction box's "A previous version of this fact check stated that".
_WRITTEN_VERSION = regex(
    r"\bversions?\s+of\s+(?:this|the|that|our|an?)\s+(?:[\w'’-]+\s+)?(?:article|story|fact[\s-]?check|factcheck|"
    r"report|piece|post|page|column|blog|statement|document|release|text|correction)s?\b", _I)


# A clock just before, in the same series: "at 9:02, and by 9:30", "at 9:02, then at 9:30".
_SERIES_BEFORE = regex(r"(?<![\d:])(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?![\d:])\s*,?\s+(?:and\s+|then\s+)+"
                            r"(?:(?:by|at|until|till|from)\s+)?$")
SERIES_CHARS = 40


def _daily_routine(c: _Clock) -> bool:
    """A sentence opening with a clock in a paragraph that tells a routine of the day and names no footage:
    "At 4:15 every morning she unlocks the shutters. By 5:30 the first trays are out"."""
    if not _AT_OPENING.fullmatch(c.text, c.b, c.bare):
        return False
    start = _paragraph_start(c.text, c.begin)
    stop = c.text.find("\n\n", c.end, c.end + CONTEXT_CHARS + 2)  # one further would not count
    stop = min(c.end + CONTEXT_CHARS, len(c.text) if stop < 0 else stop)
    return _ROUTINE_DAY.search(c.text, start, c.begin) is not None and not footage_word(c.text, start, stop)


_ROUTINE_DAY = regex(
    r"\b(?:every|each)\s+(?:morning|evening|night|day|weekday|afternoon)|\b\w+\s+days\s+a\s+week|\bdaily\b", _I)


def _event_verb_right_before(c: _Clock) -> bool:
    """A world event and its verb right before the clock, whatever else the clause says:
    "my train was at 7:15 and I still watched the whole stream"."""
    m = _EVENT_TIGHT.search(c.before)
    if not m or _TOPIC_BEFORE.search(c.before, 0, m.start()) or _INTO_AFTER.match(c.after) \
            or _IN_MEDIA_AFTER.match(c.after) or FOOTAGE_OF_BEFORE.search(c.before, max(0, m.start() - 60), m.start()) \
            or compound_event_noun(c, m):
        return False  # (nor footage of the place: "B-roll of the clinic opens at 08:02", round 127)
    # "in the video, the sirens start at 5:12": the clause has said it is telling footage.
    return not footage_word(c.text, _clause_start(c.text, c.b, c.begin, _CLAUSE_EDGE), c.begin)


_EVENT_TIGHT = regex(_EVENT.pattern.replace("[^.;!?]{0,50}", "[^.;!?,]{0,12}"), _I)
assert _EVENT_TIGHT.pattern != _EVENT.pattern
