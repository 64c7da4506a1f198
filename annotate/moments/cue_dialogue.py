"""Clock times said in a recording's dialogue: a subtitle cue's text ("The night train leaves at 21:27.", "We'll be
in Tromsø by 06:40.") or a transcript's turn stamped with its place in the recording ("[00:14:19] VOSS: He wrote it
down at 3:45"). Speech in the footage, not positions in it; the cue's timing and the turn's stamp are the
positions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotate.moments.clock_lists import day_clock_shape
from annotate.moments.compiled import regex
from annotate.moments.exclusions import footage_word
from annotate.moments.exclusions.stamps import RECORDING_TURN, WHERE_IN_QUESTION

CUE_ARROW = "-->"
# How far back a cue's timing line may stand from a line of its text.
CUE_BLOCK_CHARS = 400


def in_cue_dialogue(text: str, begin: int, end: int) -> bool:
    """Whether the clock text[begin:end] is in the text lines of an SRT or WebVTT cue (after its "-->" timing line,
    before the blank line that ends the cue) or in an ASS event's Text field, has a clock of the day's shape and names
    no footage on its line; or is in a cue's words quoted in prose (:func:`_quoted_cue_text`)."""
    line_start = text.rfind("\n", 0, begin) + 1
    if not day_clock_shape(text, begin, end):
        return False
    if _quoted_cue_text(text, line_start, begin):
        return True
    if not _in_cue_text(text, line_start, begin):
        return False
    line_end = text.find("\n", end)
    return not footage_word(text, line_start, len(text) if line_end < 0 else line_end)


def relative_in_cue_text(text: str, begin: int) -> bool:
    """Whether the relative offset at ``begin`` is said in the text lines of an SRT or WebVTT cue or an ASS event's
    Text field ("00:19.400 --> 00:23.000\n<v Ana>Three hours later the roof was gone."): the story's time in the
    dialogue (round 50), not counted from the cue's timing. An SRT or WebVTT cue opens a block of its own (a blank
    line or the text's start before it and its number): not one pasted into a sentence ("In the .srt the cue\n48\n
    00:02:47,120 --> 00:02:50,010\n[door slams]\nis correct, but cue 49 five seconds later is missing")."""
    line_start = text.rfind("\n", 0, begin) + 1
    if _in_ass_event_text(text, line_start, begin):
        return True
    arrow = text.rfind(CUE_ARROW, max(0, line_start - CUE_BLOCK_CHARS), line_start)
    if arrow < 0 or "\n\n" in text[arrow:line_start] or _arrow_in_prose(text, arrow):
        return False
    timing = text.rfind("\n", 0, arrow) + 1
    return _CUE_BLOCK_OPENS.search(text, max(0, timing - CUE_ID_CHARS - 4), timing) is not None


# The longest cue number or identifier line before a cue's timing line.
CUE_ID_CHARS = 40
# A cue block's start before its timing line: the text's start or a blank line, then maybe the cue's number.
_CUE_BLOCK_OPENS = regex(r"(?:\A|\n[^\S\n]*\n)(?:[^\n]{1,40}\n)?\Z")


def _in_cue_text(text: str, line_start: int, begin: int) -> bool:
    """Whether the line from ``line_start`` is a text line of an SRT or WebVTT cue (after its "-->" timing line,
    before the blank line that ends the cue), or ``begin`` is in an ASS event's Text field."""
    arrow = text.rfind(CUE_ARROW, max(0, line_start - CUE_BLOCK_CHARS), line_start)
    return (arrow >= 0 and "\n\n" not in text[arrow:line_start] and not _arrow_in_prose(text, arrow)) \
        or _in_ass_event_text(text, line_start, begin)


def _arrow_in_prose(text: str, arrow: int) -> bool:
    """Whether the cue arrow at ``arrow`` is a timing quoted inside a sentence, not a cue's timing line: words before
    it on its line and words after its end stamp ("Expected: the cue (was 00:00:07,000 --> 00:00:09,500) starts at
    0:02." (round 151)); the line under it is more prose, no cue's text. A timing line may have a cue's number or label
    before it ("Cue 12: 00:01:02,000 --> ...") or settings after it ("line:85% align:start"), not both words."""
    line_start = text.rfind("\n", 0, arrow) + 1
    line_end = text.find("\n", arrow)
    after = _CUE_END_STAMP.match(text, arrow + len(CUE_ARROW))
    if after is None:
        return False
    tail = _CUE_SETTING.sub("", text[after.end():len(text) if line_end < 0 else line_end])
    return _PROSE_WORD.search(text, line_start, arrow) is not None and _PROSE_WORD.search(tail) is not None


# The end stamp of a cue's timing after its arrow: "00:00:09,500", "01:02.250".
_CUE_END_STAMP = regex(r"[ \t]*\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?")
# A WebVTT cue setting after the timing: "line:85%", "align:start", "position:10%,line-left".
_CUE_SETTING = regex(r"\b[a-z-]+:\S+")
# A word of prose: two letters or more.
_PROSE_WORD = regex(r"[^\W\d_]{2,}")


def _in_ass_event_text(text: str, line_start: int, begin: int) -> bool:
    """Whether ``begin`` is in the Text field of an ASS ``Dialogue:`` line (after its nine other fields: "Dialogue:
    0,0:01:05.30,0:01:08.02,Default,Ren,0,0,0,,It's 2:45."): the line's timing is its position, its text is speech
    or a sign's words."""
    event = _ASS_EVENT_LINE.match(text, line_start, begin)
    return event is not None and text.count(",", event.end(), begin) >= ASS_FIELDS_BEFORE_TEXT


def _quoted_cue_text(text: str, line_start: int, begin: int) -> bool:
    """Whether ``begin`` is inside the quoted words of a cue, a subtitle or a caption named just before the quote:
    "Cue 87 reads "I'll be there at 6:30"" (round 131), "subtitle 56 reads “Meet me at 9:15”": the line's text, speech
    or a sign's words, not a place in the footage (not "Cue 87 reads "Watch this" at 6:30", its time outside)."""
    # (the quote still open at the clock: an odd count of straight quotes on the line before it, or a curly one
    # opened after the last one closed; not '<p class="caption">The clip ... (1:35)', a closed attribute)
    curly = text.rfind("“", line_start, begin)
    if curly > text.rfind("”", line_start, begin):
        opened = curly
    elif text.count('"', line_start, begin) % 2:
        opened = text.rfind('"', line_start, begin)
    else:
        return False
    label = _CUE_TEXT_QUOTED_BEFORE.search(text, max(line_start, opened - CUE_TEXT_LABEL_CHARS), opened + 1)
    return label is not None and _SENT_IN_QUOTE.search(text, opened, begin) is None


# A cue, subtitle or caption named, maybe numbered or placed, its verb of showing, then the opening quote of its
# text: "Cue 87 reads "", "subtitle 56 reads “", "the caption at 14:02 says "", "Line 412: "".
# (numbered, or said to read its words: not a caption written for a still, "a still with the caption "brake lights at
# 0:38, impact at 0:41"", whose times place the still)
# Or a sign, notice or banner in the picture, its words quoted after it is said to read them or after its translation or
# text is named: 'the sign translation ("CLOSED ON MONDAYS 10:00–18:00")' (round 151), 'the shop sign reads "OPEN
# 9:00–17:30"' (the sign's hours, no stretch of the footage).
_CUE_TEXT_QUOTED_BEFORE = regex(
    r"\b(?:cue|subtitle|sub|caption|line|event|dialogue)s?\b"
    r"(?:\s+(?:no\.\s*|#)?\d{1,5}(?:[^\"“”\n.;!?]{0,30}?\b(?:reads?|says?|said|shows?|showed|displays?|displayed|has|had|"
    r"text)\b)?|[^\"“”\n.;!?]{0,30}?\b(?:reads?|says?|said|shows?|showed|displays?|displayed|text)\b)"
    r"[ \t]*:?[ \t]*[\"“]$"
    r"|\b(?:sign|signage|signboard|notice|noticeboard|placard|banner|poster)s?\b"
    r"(?:[ \t]+(?:translation|text|wording|reading|reads?|says?|said|shows?|showed))?[ \t]*[:(]?[ \t]*[\"“]$",
    re.IGNORECASE)
# A viewer sent to a place inside the quoted words: a post's caption "skip to 0:42" cites the footage.
_SENT_IN_QUOTE = regex(r"\b(?:skip|skips|jump|jumps|rewind|fast-?forward|scrub|watch|look|go\s+to)\b", re.IGNORECASE)
# How far before the quote its cue may be named.
CUE_TEXT_LABEL_CHARS = 60


# An ASS event line's opening (the event's fields are joined by commas, Text last).
_ASS_EVENT_LINE = regex(r"[ \t]*(?:Dialogue|Comment):")
ASS_FIELDS_BEFORE_TEXT = 9


# A word that points the listener to a place in the footage: "look at 3:20", "skip to", "watch from".
_VIEWING = regex(r"\b(?:look|see|watch|play|view|skip|jump|check|listen|rewind|go\s+to|back\s+to)\w*",
                      re.IGNORECASE)
# How far back a turn may restate a time said before it (the position asked about, answered).
RESTATED_CHARS = 400
RESTATED_SPANS = 12  # (the positions placed last, read back for the one restated)


def in_turn_dialogue(text: str, begin: int, end: int, placed: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the clock text[begin:end] is said in a turn of a recording's transcript, after the speaker's name,
    has a clock of the day's shape, does not restate a position placed in the turns just before (``placed``: the
    spans of the positions placed so far, in order), and neither its line nor the turns just before name footage
    the speakers walk through ("at roughly 3:40 in the video" cites one)."""
    line_start = text.rfind("\n", 0, begin) + 1
    turn = RECORDING_TURN.match(text, line_start, begin)
    if turn is None or not day_clock_shape(text, begin, end) or _VIEWING.search(text, turn.end(), begin):
        return False  # ("Look at 3:20, the train is moving": a position the speaker points to)
    told = text.rfind(text[begin:end].strip(), max(0, line_start - RESTATED_CHARS), line_start)
    if told >= 0:
        # "...the video, at roughly 3:40 ...\n01:02:31 CHIEF: At 3:40 he is still in the vehicle" restates a
        # position; "that comes in at 1:52.\n[00:14:26] OKAFOR: 1:52, yeah." restates a clock
        return not any(b <= told < e for b, e in reversed(placed[-RESTATED_SPANS:]))
    line_end = text.find("\n", end)
    if _WALKED_FOOTAGE.search(text, max(0, line_start - WALKED_TURNS_CHARS), begin) is not None \
            or _asked_where(text, line_start) or _placed_in_turns_before(text, line_start, placed):
        # "[00:00:41] FRY: ... Officer A's body camera ...\n[00:01:32] FRY: The stop begins at 0:45"; "Q.  Where on
        # Exhibit 4 does the door open?\nA.  Roughly 2:10": the turn just before asks for a place in a recording
        return False
    return not footage_word(text, line_start, len(text) if line_end < 0 else line_end)


def _placed_in_turns_before(text: str, line_start: int, placed: Sequence[tuple[int, int]]) -> bool:
    """A position said in a turn just before (not a turn's own stamp) walks the speakers through a recording:
    "[00:00:49] NADIA: The first one is at the fifty-second mark.\n...\n[00:01:17] NADIA: another at 1:04"."""
    lo = max(0, line_start - WALKED_TURNS_CHARS)
    for b, _e in reversed(placed[-RESTATED_SPANS:]):
        if b >= line_start:
            continue
        if b < lo:
            break
        turn = RECORDING_TURN.match(text, text.rfind("\n", 0, b) + 1)
        if turn is not None and b >= turn.end():
            return True
    return False


def _asked_where(text: str, line_start: int) -> bool:
    """The line just above the turn at ``line_start`` asks where in something a thing happens."""
    if line_start == 0:
        return False
    above = text.rfind("\n", max(0, line_start - WALKED_TURNS_CHARS), line_start - 1) + 1
    return WHERE_IN_QUESTION.search(text, above, line_start) is not None


# Footage a meeting or a hearing plays and walks through, named in the turn or the turns just before: its clocks
# are positions in that footage ("It's holstered at 4:30"), not times the speakers lived through.
_WALKED_FOOTAGE = regex(
    r"\b(?:videos?|footage|clips?|trailers?|teasers?|bodycams?|body[\s-]+(?:worn[\s-]+)?cam(?:era)?s?|dash[\s-]*cam(?:era)?s?|cctv|"
    r"(?:video|clip)\s+plays)\b", re.IGNORECASE)
# How far back from a turn's line its footage may be named.
WALKED_TURNS_CHARS = 600
