"""Non-moments that look like timecodes: times of day, on-screen clocks, game
clocks, race times, dockets, votes and scores, verses, prices, versions, and
footage lengths.  Each rule reads only the words around the number.

One module per family (see each module's docstring); ``rules.clock_exclusion`` runs them in order.
This package re-exports the names the rest of annotate imports."""

from __future__ import annotations

from annotate.moments.exclusions.chapters import LABEL_CHARS, MAX_BLANK_RUN, in_chapter_title
from annotate.moments.exclusions.citations import RATIO_SAID_CHARS, ratio_said_at
from annotate.moments.exclusions.context import (
    CHAPTER_LINE_CHARS,
    CONTEXT_CHARS,
    FOOTAGE_STEMS,
    FOOTAGE_WORD,
    NEAR_CHARS,
    bracketed,
    footage_word,
    hour_said_in_words,
    told_day_after,
    told_part_of_day,
)
from annotate.moments.exclusions.durations import MISSION_CLOCK_CHARS, ON_A_TIMER_AFTER, measure_changed
from annotate.moments.exclusions.live import (
    LABEL_REACH,
    LINE_LEAD_CHARS,
    LIVE_PROSE_MINUTES,
    MATCH_BREAK_MINUTES,
    POST_REACH,
)
from annotate.moments.exclusions.narration import DAY_CLOCK_REACH, REPORTED_READ_CHARS
from annotate.moments.exclusions.positions import (
    EXHIBIT_LABEL,
    MAX_BLOCKS_ABOVE,
    SENT_SIBLING_CHARS,
    after_sent_sibling,
    answers_footage_question,
    cue_time_in_cues,
    moved_through_footage,
    names_shot,
    never_a_clock,
    of_recording,
    reader_sent_to,
    sends_reader,
    trim_point,
)
from annotate.moments.exclusions.rules import (
    GATED_BEFORE,
    HOW_LONG_CHARS,
    RESULTS_ROWS,
    RIVAL_FIGURE_CHARS,
    clock_exclusion,
)
from annotate.moments.exclusions.schedules import (
    ABBREVIATION_CHARS,
    DIARY_LEG_CHARS,
    DIARY_PARAGRAPH_CHARS,
    SCHEDULE_ITEMS,
    SERVICE_REACH,
    names_report,
)
from annotate.moments.exclusions.screen_clocks import (
    CLOCK_NAMED_AFTER_CHARS,
    CLOCK_READ_CHARS,
    clock_named_after,
    read_on_clock,
    reads_a_clock,
)
from annotate.moments.exclusions.sport import SPLIT_LINES, SPLIT_LIST_CHARS, STRETCH_CHARS, named_game_clock
from annotate.moments.exclusions.stamps import (
    CHAT_CLOCK,
    ENTRY_READ_CHARS,
    LOG_CLOCK,
    RECORDING_START,
    entry_stamp,
    half_day_header_stamp,
    half_day_stamp,
    named_post_stamp,
    paired_position,
    post_stamp,
    under_half_day_header,
)
from annotate.moments.exclusions.stated_lengths import (
    END_OF_RECORDING_BEFORE,
    TOTAL_LIST_CHARS,
    TRACK_LABEL_CHARS,
    labelled_item_length,
    quoted_title_paren,
)
from annotate.moments.exclusions.tables import (
    TABLE_REACH,
    cell_column_header,
    cell_column_headers,
    footage_position_column,
    frame_column,
    pipe_table_rule,
)
from annotate.moments.exclusions.world_clocks import DAY_CLOCK_AGAIN_CHARS, RECORDING_WINDOW_OPENING_CHARS
from annotate.moments.exclusions.world_events import PLAN_REACH
from annotate.moments.exclusions.world_times import BREAK_BEFORE_CHARS, DEADLINE_CHARS, logged_clock

__all__ = [
    "names_report",
    "ABBREVIATION_CHARS",
    "BREAK_BEFORE_CHARS",
    "CHAPTER_LINE_CHARS",
    "CHAT_CLOCK",
    "LOG_CLOCK",
    "CLOCK_NAMED_AFTER_CHARS",
    "CLOCK_READ_CHARS",
    "CONTEXT_CHARS",
    "DAY_CLOCK_AGAIN_CHARS",
    "DAY_CLOCK_REACH",
    "DEADLINE_CHARS",
    "DIARY_LEG_CHARS",
    "DIARY_PARAGRAPH_CHARS",
    "END_OF_RECORDING_BEFORE",
    "EXHIBIT_LABEL",
    "ENTRY_READ_CHARS",
    "FOOTAGE_STEMS",
    "FOOTAGE_WORD",
    "GATED_BEFORE",
    "HOW_LONG_CHARS",
    "LABEL_CHARS",
    "LABEL_REACH",
    "LINE_LEAD_CHARS",
    "LIVE_PROSE_MINUTES",
    "MATCH_BREAK_MINUTES",
    "MAX_BLANK_RUN",
    "MAX_BLOCKS_ABOVE",
    "MISSION_CLOCK_CHARS",
    "NEAR_CHARS",
    "ON_A_TIMER_AFTER",
    "PLAN_REACH",
    "POST_REACH",
    "RECORDING_START",
    "RECORDING_WINDOW_OPENING_CHARS",
    "REPORTED_READ_CHARS",
    "RESULTS_ROWS",
    "RIVAL_FIGURE_CHARS",
    "SCHEDULE_ITEMS",
    "SERVICE_REACH",
    "SPLIT_LINES",
    "SPLIT_LIST_CHARS",
    "STRETCH_CHARS",
    "TABLE_REACH",
    "TOTAL_LIST_CHARS",
    "TRACK_LABEL_CHARS",
    "after_sent_sibling",
    "reader_sent_to",
    "answers_footage_question",
    "SENT_SIBLING_CHARS",
    "bracketed",
    "cell_column_header",
    "cell_column_headers",
    "clock_exclusion",
    "clock_named_after",
    "cue_time_in_cues",
    "entry_stamp",
    "footage_position_column",
    "footage_word",
    "half_day_header_stamp",
    "half_day_stamp",
    "named_game_clock",
    "named_post_stamp",
    "logged_clock",
    "paired_position",
    "under_half_day_header",
    "in_chapter_title",
    "labelled_item_length",
    "measure_changed",
    "moved_through_footage",
    "sends_reader",
    "names_shot",
    "never_a_clock",
    "of_recording",
    "pipe_table_rule",
    "frame_column",
    "quoted_title_paren",
    "RATIO_SAID_CHARS",
    "ratio_said_at",
    "post_stamp",
    "read_on_clock",
    "reads_a_clock",
    "hour_said_in_words",
    "told_part_of_day",
    "told_day_after",
    "trim_point",
]
