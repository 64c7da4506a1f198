"""Clock times said in a subtitle cue's dialogue ("The night train leaves at 21:27.", "We'll be in Tromsø by
06:40."): speech in the footage, not positions in it. The cue's own timing line is the position."""

from __future__ import annotations

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
