"""Finders for each form of the spec table, producing unresolved candidates.

Each finder reads one sentence and yields ``Candidate`` objects whose values
may still depend on the previous moment (relative forms) or on the footage
length (relative-to-end and fraction forms); ``extract`` resolves them.

One module per form or family of forms (see each module's docstring).
This package re-exports the names the rest of annotate imports."""

from __future__ import annotations

from annotate.moments.forms.candidate import Candidate, has_unit, has_unit_stem, parse_timecode_text, timecode_value
from annotate.moments.forms.marks import FRAGMENT_TIMES_CHARS, game_span
from annotate.moments.forms.ranges import (
    TABLE_RANGE_REACH,
    find_ass_events,
    find_cut_options,
    find_from_start_spoken,
    find_in_out_pairs,
    find_loose_srt_cues,
    find_mark_pairs,
    find_ranges,
    find_sbv_cues,
    find_start_untils,
    find_table_ranges,
    find_ttml_cues,
)
from annotate.moments.forms.spoken import AFTER, LONG_FROM_START_SECONDS, MAX_EVENT_OFFSET_SECONDS, find_spoken
from annotate.moments.forms.start_lengths import find_start_lengths
from annotate.moments.forms.timecodes import find_frame_numbers, find_links, find_timecodes
from annotate.moments.forms.weak import LATER, MAX_WEAK_OFFSET_SECONDS
from annotate.moments.forms.words import CLOCK_READING_WORDS, find_colloquial, find_fractions, find_read_aloud

__all__ = [
    "AFTER",
    "CLOCK_READING_WORDS",
    "FRAGMENT_TIMES_CHARS",
    "LATER",
    "LONG_FROM_START_SECONDS",
    "MAX_EVENT_OFFSET_SECONDS",
    "MAX_WEAK_OFFSET_SECONDS",
    "TABLE_RANGE_REACH",
    "Candidate",
    "find_ass_events",
    "find_ttml_cues",
    "find_colloquial",
    "find_cut_options",
    "find_fractions",
    "find_from_start_spoken",
    "find_in_out_pairs",
    "find_links",
    "find_mark_pairs",
    "find_ranges",
    "find_read_aloud",
    "find_loose_srt_cues",
    "find_sbv_cues",
    "find_spoken",
    "find_start_lengths",
    "find_start_untils",
    "find_table_ranges",
    "find_frame_numbers",
    "find_timecodes",
    "game_span",
    "has_unit",
    "has_unit_stem",
    "parse_timecode_text",
    "timecode_value",
]
