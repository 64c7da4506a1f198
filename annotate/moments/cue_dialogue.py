"""Clock times said in a recording's dialogue: a subtitle cue's text ("The night train leaves at 21:27.", "We'll be
in Tromsø by 06:40.") or a transcript's turn stamped with its place in the recording ("[00:14:19] VOSS: He wrote it
down at 3:45"). Speech in the footage, not positions in it; the cue's timing and the turn's stamp are the
positions."""

from __future__ import annotations

import re

from annotate.moments.clock_lists import day_clock_shape
from annotate.moments.exclusions import footage_word

CUE_ARROW = "-->"
# How far back a cue's timing line may stand from a line of its text.
CUE_BLOCK_CHARS = 400


def in_cue_dialogue(text: str, begin: int, end: int) -> bool:
    """Whether the clock text[begin:end] is in the text lines of an SRT or WebVTT cue (after its "-->" timing line,
    before the blank line that ends the cue), has a clock of the day's shape and names no footage on its line."""
    line_start = text.rfind("\n", 0, begin) + 1
    lo = max(0, line_start - CUE_BLOCK_CHARS)
    arrow = text.rfind(CUE_ARROW, lo, line_start)
    if arrow < 0 or "\n\n" in text[arrow:line_start] or not day_clock_shape(text, begin, end):
        return False
    line_end = text.find("\n", end)
    return not footage_word(text, line_start, len(text) if line_end < 0 else line_end)


# A word that points the listener to a place in the footage: "look at 3:20", "skip to", "watch from".
_VIEWING = re.compile(r"\b(?:look|see|watch|play|view|skip|jump|check|listen|rewind|go\s+to|back\s+to)\w*",
                      re.IGNORECASE)
# How far back a turn may restate a time said before it (the position asked about, answered).
RESTATED_CHARS = 400
# A transcript's turn stamped with its place in a recording (hours 00 to 02, as a day's realtime court record's
# "10:14:22" is not), then the speaker's name and a colon: "[00:14:19] VOSS: ", "00:05:30 ANNA: ".
_RECORDING_TURN = re.compile(
    r"[ \t]*[\[(]?0[0-2]:[0-5]\d:[0-5]\d[\])]?[ \t]+[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}[ \t]*:[ \t]")


def in_turn_dialogue(text: str, begin: int, end: int) -> bool:
    """Whether the clock text[begin:end] is said in a turn of a recording's transcript, after the speaker's name,
    has a clock of the day's shape, is not said in the turns just before, and its line names no footage ("at roughly
    3:40 in the video" cites one)."""
    line_start = text.rfind("\n", 0, begin) + 1
    turn = _RECORDING_TURN.match(text, line_start, begin)
    if turn is None or not day_clock_shape(text, begin, end) or _VIEWING.search(text, turn.end(), begin):
        return False  # ("Look at 3:20, the train is moving": a position the speaker points to)
    if text.rfind(text[begin:end].strip(), max(0, line_start - RESTATED_CHARS), line_start) >= 0:
        return False  # "...the video, at roughly 3:40 ...\n01:02:31 CHIEF: At 3:40 he is still in the vehicle"
    line_end = text.find("\n", end)
    return not footage_word(text, line_start, len(text) if line_end < 0 else line_end)
