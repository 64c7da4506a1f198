"""The dispatcher: the rules in order (``_RULES``), the numbers-that-only-look-like-times rule that calls
each family's tests, and the gates every stem-gated pattern is checked against (``GATED_BEFORE``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.exclusions.chapters import _chapter_entry, entry_of_list_from_zero, inline_entry
from annotate.moments.exclusions.citations import (
    _CITED_RANGE_END_BEFORE,
    _CITED_TAILS,
    _DOCKET,
    _DOCKET_BEFORE,
    _DOCKET_TAILS,
    _IDENTIFIER_BEFORE,
    _LETTERS_AFTER,
    _LIST_MARKS,
    _NAMED_LAW_AFTER,
    _NAMED_LAW_BEFORE,
    _PART_SECTION_BEFORE,
    _PRICE_AFTER,
    _PRICE_BEFORE,
    _PRICE_OR_VERSION_TAILS,
    _RATIO_AFTER,
    _RATIO_BEFORE,
    _RATIO_STEMS,
    _SAID_AT_BEFORE,
    _SCORE_AFTER,
    _SCORE_BEFORE,
    _SCORE_STEMS,
    _SCORED_AT,
    _SECTION_BEFORE,
    _VERSE_BEFORE,
    _VERSE_BEFORE_I,
    _VERSION_BEFORE,
    _listed_score_or_ratio,
    _page_line_cite,
    placed_in_stated_work,
)
from annotate.moments.exclusions.context import (
    _FIRST_DIGIT,
    _I,
    _IN_MEDIA_AFTER,
    _INTO_AFTER,
    _LEADING_HEDGE,
    _TOD_SUFFIX,
    CONTEXT_CHARS,
    NEAR_CHARS,
    _Clock,
    footage_word,
    told_part_of_day,
)
from annotate.moments.exclusions.durations import (
    _BOUND_BEFORE,
    _BOUND_STEMS,
    _CHANGED_BEFORE,
    _COMPARED_BEFORE,
    _COST_BEFORE,
    _COST_STEMS,
    _DELAY_OF_BEFORE,
    _DELAY_STEMS,
    _DONE_IN_BEFORE,
    _DURATION_UNIT_AFTER,
    _FROM_ON_BEFORE,
    _FULL_TIMECODE_RANGE,
    _GAME_TIMER_BEFORE,
    _GAME_TIMER_STEMS,
    _IN_BEFORE,
    _INTERVAL_AFTER,
    _MISSION_CLOCK_BEFORE,
    _NTH_MINUTE_AFTER,
    _POSITION_BEFORE,
    _SET_LENGTH_AFTER,
    _SHIFT_BY_BEFORE,
    _SHIFT_STEMS,
    _SPAN_OPENING,
    _SPENT_LABEL_BEFORE,
    _SPENT_STEMS,
    _STRETCH_OF_AFTER,
    _TAKE_NOUN_BEFORE,
    _TOOK_BEFORE,
    EVERY_BEFORE,
    MISSION_CLOCK_CHARS,
    MISSION_CLOCK_TAILS,
    _shift_amount,
    _target_time,
    _time_cost,
    amount_of_doing,
    battery_result,
    file_comes_out_at,
    game_timer,
    held_for,
    measure_row,
    option_value,
    range_of_values,
    read_on_a_timer,
    restated_length,
    superlative_length,
    time_played,
    time_spent,
)
from annotate.moments.exclusions.narration import (
    _PROGRAMME,
    _PROGRAMME_STEMS,
    _SENTENCE_END_AFTER,
    _YOU_CAN_SEE_BEFORE,
    _YOU_CAN_STEMS,
    _past_narration,
    _world_report,
)
from annotate.moments.exclusions.positions import (
    _CUE_TIME,
    _HMS_NO_TALLY,
    _NAVIGATE_STEMS,
    _NAVIGATED_BEFORE,
    _PLAYBACK_BY_PERSON_BEFORE,
    _PLAYBACK_IMPERATIVE_BEFORE,
    _PLAYBACK_OBJECT_BEFORE,
    _PLAYBACK_REQUEST_BEFORE,
    _PLAYBACK_STEMS,
    _PLAYED_PART_BEFORE,
    _PLAYED_PART_STEMS,
    _TOLD_AS_MARK,
    _ZERO_MINUTES,
    _cue_time_in_cues,
    _frame_count,
    _into_recording,
    _position_shape,
    _recording_clock,
    _turn_stamp,
    _zero_hour,
    log_line_stamp,
)
from annotate.moments.exclusions.release_notes import release_example
from annotate.moments.exclusions.schedules import (
    _LOCAL_STEMS,
    _LOCAL_TIME_BEFORE,
    _SHOWINGS_BEFORE,
    _SHOWINGS_STEMS,
    workout_zero_hour_part,
)
from annotate.moments.exclusions.screen_clocks import (
    _APPOSED_STEMS,
    _CLOCK_AFTER,
    _CLOCK_APPOSED_BEFORE,
    _CLOCK_EXPIRES_BEFORE,
    _CLOCK_NEAR,
    _CLOCK_NEAR_STEMS,
    _CLOCK_PUTS_AT_BEFORE,
    _CLOCK_READS_BEFORE,
    _CLOCK_RUNS_BEFORE,
    _CLOCK_RUNS_STEMS,
    _CUE_STAMPED_BEFORE,
    _DAY_HOUR_CLOCK,
    _HMS_CLOCK,
    _ONSCREEN_CLOCK,
    _ONSCREEN_STEMS,
    _READING_BEFORE,
    _SHOWS_AT_BEFORE,
    _SHOWS_STEMS,
    _STAMP_IS_BEFORE,
    _STAMP_LABEL_BEFORE,
    _STAMP_VERB_STEMS,
    _STAMPS_BEFORE,
    _STOPPED_CLOCK_BEFORE,
    _TIME_ON_DEVICE_BEFORE,
    BURNT_IN_START_BEFORE,
    CARRIED_START_BEFORE,
    COUNTS_FROM_AFTER,
    _clock_read_before,
    _placed_reading,
    _reading_again,
    clock_puts_at,
    clock_read_past_aside,
    clock_runs,
    clocks_listed,
    corner_reading,
    frame_stamp,
    later_on_read_clock,
    pronoun_reading,
    reading_listed,
    stuck_clock,
)
from annotate.moments.exclusions.sport import (
    _BEST_IS_BEFORE,
    _BEST_STEMS,
    _CHANGED_STEMS,
    _DISTANCE_IN_BEFORE,
    _DISTANCE_STEMS,
    _FINISHER_IN_BEFORE,
    _FRACTION_TIME,
    _GAME_AFTER,
    _GAME_BEFORE,
    _GAME_STEMS,
    _LAP_TIME,
    _OWN_BEST_BEFORE,
    _PASSED_AT_BEFORE,
    _RACE_AFTER,
    _RACE_BEFORE,
    _RACE_STEMS,
    _SPLIT_BEFORE,
    _SPLIT_STEMS,
    _WON_IN_BEFORE,
    GAME_MOMENT_IN_MEDIA_AFTER,
    _covered_stretch_in,
    _listed_split,
    _sport_or_measure,
    game_clock_before,
    margin_pair,
    race_before,
)
from annotate.moments.exclusions.stamps import (
    _BYLINE_BEFORE,
    _BYLINE_STEMS,
    CHAT_CLOCK,
    _chat_stamp,
    _edit_stamp_or_record_clock,
)
from annotate.moments.exclusions.stated_lengths import (
    _BARE_BOUND_BEFORE,
    _KEPT_UNDER_BEFORE,
    _KEPT_UNDER_STEMS,
    _LIMIT_BEFORE,
    _LIMIT_STEMS,
    _SETTING_BOUND_BEFORE,
    _SETTING_BOUND_STEMS,
    _footage_length,
)
from annotate.moments.exclusions.tables import cell_column_headers, footage_position_column
from annotate.moments.exclusions.world_clocks import (
    _SHADOW_STEMS,
    _SHADOW_TIME_BEFORE,
    _SKY_LIGHT_BEFORE,
    _SKY_STEMS,
    _STARTED_RECORDING_BEFORE,
    _STARTED_RECORDING_STEMS,
    _SUN_EVENT_BEFORE,
    _SUN_STEMS,
    _day_words,
)
from annotate.moments.exclusions.world_events import (
    _AIRED_BEFORE,
    _AIRED_STEMS,
    _CAME_UPON_FOOTAGE_BEFORE,
    _CAME_UPON_STEMS,
    _IN_FORCE_FROM_BEFORE,
    _IN_FORCE_STEMS,
    _IN_FORCE_UNTIL_BEFORE,
    _LIFE_EVENT_BEFORE,
    _LIFE_STEMS,
    _LISTED_SLOT_BEFORE,
    _LISTED_STEMS,
    _MEASURE_BY_BEFORE,
    _MEASURE_STEMS,
    _RECESS_BEFORE,
    _RECESS_STEMS,
    _SHUT_STATE_BEFORE,
    _SHUT_STEMS,
    _world_event,
)
from annotate.moments.exclusions.world_times import (
    _BILLED_BEFORE,
    _BILLED_STEMS,
    _BROADCAST_HOURS_BEFORE,
    _BROADCAST_STEMS,
    _DATELINE_BEFORE,
    _DATELINE_STEMS,
    _DEADLINE_BEFORE,
    _DEADLINE_STEMS,
    _PUBLISH_BEFORE,
    _PUBLISH_STEMS,
    _TOD_BEFORE,
    _TOD_STEMS,
    _stated_world_time,
)
from annotate.moments.patterns import MEDIA_NOUN, TIMECODE
from annotate.moments.scan import lines_above

# A stretch run to the end is no tally nor score (round 114): "the voting from 2:10:00 to the end", "the scoring from
# 41:30 till the end" (but "the vote went from 5:4 to 6:3" stays a tally).
# A phrase that opens with a word, not its number: "from 1:20 to 1:41", "starts at the 2:05 mark".
_OPENS_WITH_WORD = regex(r"[^\W\d_]")
_TO_THE_END = regex(r"\b(?:to|till|until|through)\s+the\s+(?:very\s+)?end\b", _I)


def clock_exclusion(text: str, begin: int, end: int, b: int, e: int, footage_context: bool = False,
                    tense: bool = True) -> str:
    """Why the timecode-like phrase text[begin:end] (inside sentence [b, e)) is
    not a position in the footage, or "" if nothing says so.  ``footage_context``:
    the sentences just before placed moments in the footage (a past-tense verb
    alone then does not make a clock a time of day). Without ``tense``, the last
    rule (``_past_narration``, the sentence's tense) is not asked.

    The rules run in order, each a named step returning a reason, "" (it is a
    position: stop) or None (no opinion: go on)."""
    # Only nearby words count; this also keeps run-on sentences linear.
    b, e = max(b, begin - CONTEXT_CHARS), min(e, end + CONTEXT_CHARS)
    digits = _FIRST_DIGIT.search(text, begin, end)
    # The rules read the words before the number itself, a hedge included ("recorded around 17:40").
    bare = digits.start() if digits and _LEADING_HEDGE.fullmatch(text, begin, digits.start()) else begin
    clock = _Clock(text, begin, end, b, e, bare, footage_context)
    no_hour = digits is not None and _NO_DAY_HOUR.match(text, digits.start()) is not None \
        and (_PLACED_BEFORE.search(text, max(b, bare - 12), bare) is not None
             or _PLACED_OPENING.match(text, bare, digits.start()) is not None
             or _bracketed_alone(text, begin, end))
    for rule in _RULES if tense else _RULES[:-1]:
        verdict = rule(clock)
        if verdict is not None:
            if no_hour and verdict == "time of day":
                continue  # "a caption was added at 47:05" (round 55): no hour of any day, minutes and seconds
            return verdict
    return ""


# A first number no clock of the day reaches, even a broadcaster's past-midnight "25:30": minutes and seconds, where
# a word places something at it ("added at 47:05", "switched off by 47:00"; not a length: "(usually about 40:00)").
_NO_DAY_HOUR = regex(r"(?:[3-9]\d|\d{3,}):[0-5]\d")
_PLACED_BEFORE = regex(r"\b(?:at|by|from|until|till)\s+$", _I)
# ... or the phrase opening with the word itself, a range told from it: "staged as one shot from 31:40 to 35:05"
# (round 137).
_PLACED_OPENING = regex(r"(?:from|between)\s+$", _I)


def _bracketed_alone(text: str, begin: int, end: int) -> bool:
    """The phrase alone in its brackets after a noun phrase ending on a part of the day, as a review places a scene:
    "the walk home at dawn (48:20) is lovely" (round 199: the dawn is the scene's, the bracket no hour of it; not a
    date's bracket, "press conference video, November 22, 2026 (36:14)", a length)."""
    return text[begin - 1:begin] in ("(", "[") and text[end:end + 1] in (")", "]") \
        and _DAY_PART_BEFORE.search(text, max(0, begin - 16), begin - 1) is not None


_DAY_PART_BEFORE = regex(r"\b(?:dawn|dusk|sunrise|sunset|morning|afternoon|evening|night|midnight|noon)\s*$", _I)


def _chapter_title_after(c: _Clock) -> bool:
    """The time opens its line and a capitalised title follows: a chapter list's entry ("0:00:00 Countdown & pre-service
    music"), not a timer's setting ("rope climbs on a 2:30 timer")."""
    line = c.text.rfind("\n", 0, c.bare) + 1
    return not c.text[line:c.bare].strip(" \t-*•[(") and _CAPITALISED_AFTER.match(c.after) is not None


_CAPITALISED_AFTER = regex(r"[^\S\n]*[)\]]?[^\S\n]*(?:[-–—:][^\S\n]*)?[A-Z]")


def _unit_word_title(c: _Clock) -> bool:
    """A chapter's title that opens with a unit's word, capitalised, in a list of entries from zero: "0:03:40 Minutes
    of the meeting held 6 February" (round 92), "0:04:05 Minutes and matters arising" (not "2:30 hours of footage")."""
    return _chapter_title_after(c) and entry_of_list_from_zero(c)


def _where_in_media(c: _Clock) -> str | None:
    """A time said to be where something is in the footage: "PB is 58:41 IGT, 1:02:15 is just where the skip is on
    the vod" (the run's talk before it makes it no measure)."""
    head = c.after[:32]
    return "" if ("where" in head or "when" in head) and WHERE_IN_MEDIA_AFTER.match(c.after) else None


# A timecode shown as a format's pattern, no place in any footage: "Timecodes in SRT use a comma: 00:00:00,000
# format." (round 110), "write stamps in the format 00:00:00.000", "the `00:00:00:00` notation".
FORMAT_EXAMPLE = "format example"
_FORMAT_AFTER = regex(r"[`*_\"”’']{0,2}[^\S\n]+(?:format|notation|syntax)\b", _I)
_FORMAT_BEFORE = regex(
    r"\b(?:in\s+(?:the|this|a)\s+(?:[\w-]+\s+)?(?:format|form|notation|syntax)|formatted\s+(?:as|like)|"
    r"(?:format|notation|syntax)\s*(?:is|was|should\s+be|must\s+be|:|=)|(?:format|notation|syntax)\s+(?:like|of))"
    r"[^\S\n]*[`*_\"“‘']{0,2}$", _I)
_ALL_ZERO = regex(r"0{1,2}(?::00){1,3}(?:[,.]0{1,3})?")


def _format_template(c: _Clock) -> str | None:
    """A timecode given as a format's pattern: followed by "format" or "notation", or, all zeros, after "in the
    format" ("in the format 00:00:00,000"); not a cue told in a format ("formatted as 00:01:02,500", a position)."""
    if _FORMAT_AFTER.match(c.after) or (_ALL_ZERO.fullmatch(c.text, c.bare, c.end) and c.ends(_FORMAT_BEFORE, 60)) \
            or release_example(c):
        return FORMAT_EXAMPLE  # (and a release's notes' stamp set in code: the software's example or setting)
    if "writ" in c.folded_before[-60:] and c.ends(_WRITTEN_AS_BEFORE, 60):
        return FORMAT_EXAMPLE  # "Never write times of day as `18:30` in a caption" (round 67): a style rule's example
    return None


# A kind of time a style rule says how to write, then its example: "Never write times of day as `18:30`", "positions
# over an hour are written as 1:02:03", "we write durations like 4:10" (not one time written down: "I wrote the time
# down as 2:30").
_WRITTEN_AS_BEFORE = regex(
    r"\b(?:write|writes|wrote|written|writing)\s+(?:(?:all|any|our|your|the)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:times|times\s+of\s+day|clock\s+times|timecodes|timestamps|positions|durations|lengths|running\s+times|"
    r"runtimes|hours)\s+(?:as|like|in\s+the\s+form)[^\S\n]*[`*_\"“‘']{0,2}$"
    r"|\b(?:times|times\s+of\s+day|clock\s+times|timecodes|timestamps|positions|durations|lengths|runtimes)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:are|is|should\s+be|must\s+be)\s+written\s+(?:as|like)[^\S\n]*[`*_\"“‘']{0,2}$", _I)


def _footage_told(c: _Clock) -> bool:
    """The clock's sentence names the footage, or the text is walking through it: "the bunker review ... takes from
    1:31:05 to 1:33:50" after "1:12:40 into the broadcast" is where the review is, not how long a task takes (round
    107; "The whole job took from 9:10 to 11:00" names none)."""
    return c.footage_context or footage_word(c.text, c.b, c.e)


def _not_a_time(c: _Clock) -> str | None:
    """Numbers that only look like times: dockets, suffixed clocks, durations, on-screen and game clocks,
    race times, scores, verses, prices and versions."""
    before, after = c.before, c.after
    if _DOCKET.match(after) or (c.folded_before.rstrip().rstrip("#").rstrip().endswith(_DOCKET_TAILS) and c.ends(
            _DOCKET_BEFORE)) or (_LETTERS_AFTER.match(after) and c.ends(_IDENTIFIER_BEFORE)):
        return "docket number"  # and "the licence plate reads 4:19 KD": an identifier, letters after the digits
    if _TOD_SUFFIX.match(after) or told_part_of_day(c.text, c.end) or _edit_stamp_or_record_clock(c):
        # (a chat line's "[2:14 PM] Ana:" is the chat's clock: a verdict the learned veto leaves alone)
        return CHAT_CLOCK if _chat_stamp(c) else "time of day"
    compared = ("than" in before and _COMPARED_BEFORE.search(before)) or (
        c.may_end(_BOUND_STEMS) and c.ends(_BOUND_BEFORE, 40)
        and not _INTO_AFTER.match(after) and not _IN_MEDIA_AFTER.match(after))  # "the top 10 are all under 31:40"
    done_in = before.endswith("in ") and _DONE_IN_BEFORE.search(before)
    if compared or (done_in and not _INTO_AFTER.match(after) and not _IN_MEDIA_AFTER.match(after)) \
            or (c.may_end_with(MISSION_CLOCK_TAILS) and c.ends(_MISSION_CLOCK_BEFORE, MISSION_CLOCK_CHARS)) \
            or _target_time(c) or superlative_length(c) \
            or (c.may_end(_DELAY_STEMS) and c.ends(_DELAY_OF_BEFORE, 40)):
        return "duration"  # "boils a litre in 2:51, faster than last year's model (3:20)"; "T+2:33" elapsed
    if any(w in before[-NEAR_CHARS:] for w in ("took", "tak", "need", "last")) and c.ends(_TOOK_BEFORE) \
            and not ((c.ends(_TAKE_NOUN_BEFORE) or _footage_told(c)) and _SPAN_OPENING.match(c.text, c.begin, c.end)) \
            and not _FULL_TIMECODE_RANGE.match(c.text, c.bare, c.end) or _time_cost(c) \
            or _shift_amount(c) or (("|" in c.before or "<t" in c.before) and measure_row(c)) or battery_result(c) \
            or held_for(c) or amount_of_doing(c) or option_value(c) or restated_length(c) or time_played(c) \
            or time_spent(c) or game_timer(c) or read_on_a_timer(c) or range_of_values(c) or file_comes_out_at(c):
        return "duration"  # "The tent took 9:30 to pitch", "the flooded level costs a minimum of 3:10"
    if (_INTERVAL_AFTER.match(after) and not c.ends(_FROM_ON_BEFORE)) or ("every" in before and c.ends(EVERY_BEFORE)):
        return "duration"  # "8 × 1:30 on / 0:30 off", "0:40 work, 0:20 rest": an interval's parts; "every 1:00:00"
    if ((_DURATION_UNIT_AFTER.match(after) and not _unit_word_title(c))
            or (_SET_LENGTH_AFTER.match(after) and not _chapter_title_after(c))
            or _STRETCH_OF_AFTER.match(after)) \
            and not c.ends(_POSITION_BEFORE) \
            and not (c.ends(_IN_BEFORE) and _NTH_MINUTE_AFTER.match(after)):
        # "2:30 hours of footage", "rest between sets, 1:30 max", "Cardio 20:00 on the bike" (a workout's parts);
        # but "at 1:30 min" is a position
        return "duration"
    cue_stamp = "stamp" in c.folded_before and (c.ends(_CUE_STAMPED_BEFORE, 80) or frame_stamp(c))
    if (((c.may_end(_ONSCREEN_STEMS) and _ONSCREEN_CLOCK.search(before))
          or (c.may_end(_APPOSED_STEMS) and c.ends(_CLOCK_APPOSED_BEFORE, 20)) or clock_read_past_aside(c))
            and not cue_stamp) or (
            c.may_end(_CLOCK_NEAR_STEMS) and (_CLOCK_NEAR.search(before) or c.ends(_STOPPED_CLOCK_BEFORE, 70)
                                           or c.ends(_CLOCK_READS_BEFORE, 80))
            and not _placed_reading(c) and not c.ends(_CLOCK_EXPIRES_BEFORE) and not _clock_read_before(c)
            and not cue_stamp) \
            or _CLOCK_AFTER.match(after) or (
            _HMS_CLOCK.fullmatch(c.text, c.bare, c.end) and c.ends(_READING_BEFORE)) or (
            # "Altitude read-out: 120 m, timestamp 17:22:05": a labelled clock of the day
            c.may_end(_ONSCREEN_STEMS) and (c.ends(_STAMP_LABEL_BEFORE) or (
                c.ends(_STAMP_IS_BEFORE, 70) and not _IN_MEDIA_AFTER.match(after) and not _INTO_AFTER.match(after)))
            and _DAY_HOUR_CLOCK.fullmatch(c.text, c.bare, c.end)) or (
            "in" in c.folded_before and c.ends(BURNT_IN_START_BEFORE, 60)) or (
            # "SOM 10:00:00:00", "(00:00:00:00 = first frame of programme)": a sheet's carried clock or its base
            ("om" in c.folded_before[-30:] or "code" in c.folded_before[-30:] or "message" in c.folded_before[-30:])
            and c.ends(CARRIED_START_BEFORE, 30)) or COUNTS_FROM_AFTER.match(after) or stuck_clock(c) or clock_runs(c) \
            or clocks_listed(c) or reading_listed(c) or clock_puts_at(c) or corner_reading(c):
        return "clock shown on screen"  # "the stamp reads 06:41:12", "shows 02:17:45 as the door opens"
    if ("time" in c.folded_before and c.ends(_TIME_ON_DEVICE_BEFORE, 80)) or _reading_again(c) \
            or later_on_read_clock(c) or pronoun_reading(c) or (
            # "The doorbell camera stamps it 03:26:51": a device's clock of the day
            c.may_end(_STAMP_VERB_STEMS) and c.ends(_STAMPS_BEFORE, 60) and not _IN_MEDIA_AFTER.match(after)
            and not cue_stamp):  # but "the cue … is stamped 00:41:03.000" places a subtitle in the footage
        return "clock shown on screen"  # "Time on the camera is showing 18:47", "says 4:10 at 12:33, and 9:25"
    if (_GAME_AFTER.match(after) or (c.may_end(_GAME_STEMS) and game_clock_before(c)
                                     and not _clock_read_before(c) and not GAME_MOMENT_IN_MEDIA_AFTER.match(after))) \
            and not footage_position_column(c.text, c.bare):
        # (but not a clip's place in a table of the recording's clips: "| Half-time talk | `30:00` |" under "| Clip |
        # Time |" (round 189))
        return "game clock"
    measured = _sport_or_measure(c)  # (a time said where it is in the footage: the rule _where_in_media, before)
    if measured:
        return measured
    if not _CUE_TIME.match(c.text, c.bare, c.end) and not _BARE_IN_AFTER.match(after) \
            and ((c.may_end(_RACE_STEMS) and race_before(before)
                                                        and not c.ends(_ON_THE_RECORD_BEFORE)
                                                        and not _winning_goal_stretch(c))
                                                       or (_RACE_AFTER.match(after)
                                                           and not entry_of_list_from_zero(c))) or (
            c.may_end(_DISTANCE_STEMS) and (_DISTANCE_IN_BEFORE.search(before) or (c.ends(_FINISHER_IN_BEFORE, 80)
                                                                                 or _covered_stretch_in(c))
                                                      and not _IN_MEDIA_AFTER.match(after))) \
            or _LAP_TIME.fullmatch(c.text, c.bare, c.end) or (
            c.folded_before.endswith(" in ") and _FRACTION_TIME.fullmatch(c.text, c.bare, c.end)
            and c.ends(_WON_IN_BEFORE, 80)) or (c.may_end(_SPLIT_STEMS) and c.ends(_SPLIT_BEFORE, 60)) \
            or _listed_split(c) or _results_column(c) or margin_pair(c):
        return "race time"  # "Leclerc's 1:42.331", "57 laps in 1:31:44.7", "through halfway in 1:09:50"
    # (a subtitle cue's time, "01:40:02,000", is no tally: "the vote result between 01:40:02,000 and ...")
    if not _ZERO_MINUTES.fullmatch(c.text, c.begin, c.end) and not _TOLD_AS_MARK.fullmatch(c.text, c.bare, c.end) \
            and not ("scor" in before and c.ends(_SCORED_AT)) \
            and not _CUE_TIME.search(c.text, c.begin, c.end) and not _HMS_NO_TALLY.fullmatch(c.text, c.bare, c.end) \
            and not _TO_THE_END.search(c.text, c.begin, c.end) and (
            (c.may_end(_SCORE_STEMS) and _SCORE_BEFORE.search(before) and not placed_in_stated_work(c))
            or _SCORE_AFTER.match(after)
            or (c.may_end(_RATIO_STEMS) and _RATIO_BEFORE.search(before) and not c.ends(_SAID_AT_BEFORE))
            or _listed_score_or_ratio(c)
            or (_RATIO_AFTER.match(after) and c.before.strip(_LIST_MARKS) and not inline_entry(c))
            or (_NAMED_LAW_AFTER.match(after) and c.ends(_NAMED_LAW_BEFORE, 12))):
        return "score or ratio"
    if (c.ends(_VERSE_BEFORE) or c.folded_before.rstrip().endswith(_CITED_TAILS) and (
            c.ends(_VERSE_BEFORE_I) or (c.ends(_SECTION_BEFORE) and not c.ends(_PART_SECTION_BEFORE))
            or c.ends(_CITED_RANGE_END_BEFORE))
            or _page_line_cite(c)) \
            and not _OPENS_WITH_WORD.match(c.text, c.begin, c.end) and not _HOURS_TIMECODE.match(c.text, c.bare):
        # (but a phrase that opens with words is not the number the word before it cites: "replay the section from
        # 1:20 to 1:41" is a stretch, not section 1:20, and "the brawl on the halfway line starts at the 2:05 mark" is
        # no line 2:05; and a verse or a page's line has two numbers: "Chapter 2:10:02 should be 2:09:40" is a
        # video's chapter at a timecode)
        return "verse"
    if _PRICE_AFTER.match(after) or c.folded_before.rstrip().endswith(_PRICE_OR_VERSION_TAILS) and (
            c.ends(_PRICE_BEFORE) or c.ends(_VERSION_BEFORE)):
        return "price or version"
    return _rival_figure(c) or ("duration" if _answers_how_long(c) else None)


# The time said to be where something is in the footage, however much a race is talked of before it: "PB is 58:41
# IGT, 1:02:15 is just where the skip is on the vod", "1:02:15 is when he falls in the video".
WHERE_IN_MEDIA_AFTER = regex(
    rf"\s+(?:is|was|['’]s)\s+(?:(?:just|only|exactly|right|roughly|about|around|also|precisely)\s+){{0,2}}(?:where|when)\b"
    rf"[^.;!?\n\d]{{0,50}}?\b(?:on|in|of)\s+(?:the|that|this|his|her|their|my|our|your|tonight['’]s)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b", _I)
# A log's line going on or off the record just before ("Off the record (break)\n00:20:00:00 ..."): a deposition's
# record, not a race's.
# A bare "in" closing the clause after the time: "the finish is 2:34:15 in." (how far into the broadcast; no runner's
# time reads "in" with nothing after it) (round 88).
_BARE_IN_AFTER = regex(r"^\s+in(?=\s*(?:[,;:!?)—–]|\.(?!\d)|$))", _I)
# A winner named by its scorer, then a stretch: "Duffy's winner from 3:31 to 3:50" (round 134): the winning goal,
# placed in the clip; a results line's bare label gives one time, never a stretch ("winner 3:32.41").
# (a scorer's, not "the winner", whose lap times may run "from 1:31.2 to 1:33.5")
_SCORER_WINNER_BEFORE = regex(r"(?:\b[\w-]+['’]s?|\b(?:his|her|their))\s+"
                              r"(?:late\s+|stoppage-time\s+|injury-time\s+|added-time\s+|extra-time\s+)?winner\s+$", _I)


# A lap named with a determiner, a stretch after it (round 126): "the replay shows the bell lap from 7:42 to 8:45"
# (a lap's time is one number: "a lap of 63.1"; not "lap times from 1:04 to 1:01", which ranged).
_NAMED_LAP_BEFORE = regex(r"\b(?:the|a|that|this|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}lap\s+$", _I)


def _winning_goal_stretch(c: _Clock) -> bool:
    """A stretch ("from 3:31 to 3:50", "between ...") told of a winner named as a goal, or of a lap named with a
    determiner ("the bell lap from 7:42 to 8:45"): where it is in the clip."""
    return _RANGE_OPENER_WORD.match(c.text, c.begin) is not None and (
        c.ends(_SCORER_WINNER_BEFORE, 60) or c.ends(_NAMED_LAP_BEFORE, 60))


_RANGE_OPENER_WORD = regex(r"(?:from|between)\s", _I)
_ON_THE_RECORD_BEFORE = regex(r"\b(?:on|off)\s+the\s+record\b[^\S\n]*(?:\([^()\n]{0,40}\)[^\S\n]*)?[.,]?\s*$", _I)


def _answers_how_long(c: _Clock) -> bool:
    """A time given in answer to a "how long ...?" asked just before, in its sentence or the one before: "The question
    was 'how long was the longest final?' Ross said 4:48:00" (a length guessed; not "how long into the video
    ...?", which asks for a position, nor a time said "at" or "into" the footage)."""
    lo = max(c.text.rfind("\n\n", max(0, c.begin - HOW_LONG_CHARS), c.begin) + 1, c.begin - HOW_LONG_CHARS, 0)
    asked = c.text.rfind("?", lo, c.bare)
    if asked < 0 or c.text.find("\n", asked, c.begin) >= 0:
        return False  # (a transcript's next turn, "ANNA (14:22): ...", answers on a line of its own)
    question = _HOW_LONG.search(c.text, lo, asked) if "how" in c.text[lo:asked].lower() else None
    return question is not None and not c.ends(_POSITION_BEFORE) and not _INTO_AFTER.match(c.after)


# How far before a time the "how long ...?" it answers may be asked.
HOW_LONG_CHARS = 160
_HOW_LONG = regex(r"\bhow\s+long\b(?!\s+(?:in|into|before|until|till|after)\b)(?![^?]*\b(?:in|into)\s+the\s+"
                       rf"(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b)", _I)


@lru_cache(maxsize=8)
def _newlines(text: str) -> list[int]:
    """Where each newline of ``text`` stands, read once per text."""
    return [m.start() for m in _NEWLINE.finditer(text)]


_NEWLINE = regex(r"\n")


@lru_cache(maxsize=64)
def _marks_of_line(text: str, line: int) -> tuple[int, int, int, int]:
    """Where the line starting at ``line`` first holds "|", "<t", two spaces and a tab (-1 where it holds none),
    read once per line: a long line's clocks each searched it from its start (quadratic)."""
    stop = text.find("\n", line)
    stop = len(text) if stop < 0 else stop
    return (text.find("|", line, stop), text.find("<t", line, stop), text.find("  ", line, stop),
            text.find("\t", line, stop))


def _line_marks(text: str, pos: int) -> tuple[int, int, int, int, int]:
    """The start of the line holding ``pos``, then :func:`_marks_of_line` of that line."""
    newlines = _newlines(text)
    at = bisect_left(newlines, pos)
    line = newlines[at - 1] + 1 if at else 0
    return (line, *_marks_of_line(text, line))


def _results_column(c: _Clock) -> bool:
    """A time in a table's column headed "Time" (or "Winning time", "Result", "Finish", "Time/Gap") beside a column
    naming who won or when ("Year | Men | Time", "Pos | Driver | Time"): a results table's race times, its columns
    drawn with pipes or lined up with spaces. A chapter table's Time column stands beside a Scene or Topic column
    instead. A column headed as splits, laps or sectors ("WR split", "Lap time") holds race times by itself."""
    text = c.text
    line, cell, html, gap, tab = _line_marks(text, c.bare)
    if text.startswith(("|", "!"), line) or 0 <= html <= c.bare - 2:
        # a MediaWiki or HTML table: "! Split !! WR !! Best" over "| Crypt || 4:55.2 || 4:51.9" (round 89)
        headers = cell_column_headers(text, c.bare)
        if headers is not None:
            return _run_record_column(*headers) or _result_time_column(*headers)
    if 0 <= cell < c.bare:
        header = _table_header(text, line, lambda row: "|" in row)
        if header is None:
            return False
        stop = text.find("\n", header)
        cells = [cell.strip(" \t*_") for cell in text[header:stop].split("|")]
        column = text.count("|", line, c.bare)
        heading = cells[column] if column < len(cells) else ""
    elif 0 <= gap <= c.bare - 2 or 0 <= tab < c.bare:
        header = _table_header(text, line, lambda row: len(_ALIGNED_GAP.findall(row)) >= 2)
        if header is None:
            return False
        stop = text.find("\n", header)
        cells = [m.group(0) for m in _ALIGNED_CELL.finditer(text, header, stop)]
        heading = _heading_above(text, header, stop, c.bare - line, c.end - line)
    else:
        return False
    if TIMECODE.search(text, header, stop) or footage_word(text, header, stop):
        return False
    if _SPLIT_HEADER.fullmatch(heading):
        return True  # "| Split | WR split | Notes |" over "| Courtyard | 1:42.8 |": a run's splits, by themselves
    if not _RESULT_TIME_HEADER.fullmatch(heading):
        return False
    return any(_RESULT_WHO_HEADER.fullmatch(cell) for cell in cells) and not footage_word(text, header, stop)


def _result_time_column(heading: str, headers: list[str]) -> bool:
    """A column headed "Time" (or "Result", "Finish") of a MediaWiki or HTML table with a column naming who raced or
    the distance run ("! Distance !! Time !! Venue !! Date", a runner's personal records, round 162): race times (a
    header naming footage or holding a time is some other table's)."""
    if not _RESULT_TIME_HEADER.fullmatch(heading.strip(" \t*_'")):
        return False
    cells = [cell.strip(" \t*_'") for cell in headers]
    return not any(TIMECODE.search(cell) or footage_word(cell) for cell in cells) \
        and any(_RESULT_WHO_HEADER.fullmatch(cell) for cell in cells)


def _run_record_column(heading: str, headers: list[str]) -> bool:
    """A column headed as splits, or as a run's record or best ("WR", "PB", "Best", "Gold") beside a column
    naming the splits, laps or segments it times ("! Split !! WR !! Best"): a run's splits, no footage's (a header
    naming footage or holding a time is some other table's)."""
    cells = [cell.strip(" \t*_'") for cell in headers]
    # (a run's "Segment" is no news segment)
    if any(TIMECODE.search(cell) or (footage_word(cell) and not _SEGMENT_HEADER.fullmatch(cell)) for cell in cells):
        return False
    if _SPLIT_HEADER.fullmatch(heading):
        return True
    return _RUN_RECORD_HEADER.fullmatch(heading) is not None \
        and any(_SPLIT_HEADER.fullmatch(cell) or _SEGMENT_HEADER.fullmatch(cell) for cell in cells)


def _table_header(text: str, line: int, is_row: Callable[[str], bool]) -> int | None:
    """Where the topmost of the rows (lines ``is_row`` accepts) right above the line at ``line`` starts: the table's
    header, or None if the line above is no row."""
    header = line
    for above, end in lines_above(text, line, RESULTS_ROWS):
        if not is_row(text[above:end]):
            break
        header = above
    return None if header == line else header


def _heading_above(text: str, header: int, stop: int, left: int, right: int) -> str:
    """The cell of a space-aligned header line [header, stop) over the columns [left, right) of a row below it
    (the one overlapping them most), or ""."""
    best, heading = 0, ""
    for cell in _ALIGNED_CELL.finditer(text, header, stop):
        overlap = min(right, cell.end() - header) - max(left, cell.start() - header)
        if overlap > best:
            best, heading = overlap, cell.group(0)
    return heading


# Columns lined up with spaces: two or more spaces (or a tab) between cells, single spaces inside one.
_ALIGNED_GAP = regex(r"[ ]{2,}|\t")
_ALIGNED_CELL = regex(r"[^\s|]+(?:[ ][^\s|]+)*")


# How many rows above a time its table's header is looked for.
RESULTS_ROWS = 40
# A column of splits, laps or sectors, whoever ran them: "WR split", "Splits", "Lap time", "Sector 2", "PB split".
_SPLIT_HEADER = regex(
    r"(?:(?:wr|pb|pr|best|gold|record|world\s+record|sum\s+of\s+best|cumulative|avg\.?|average)\s+)?"
    r"(?:splits?|laps?|sectors?|intermediates?)(?:\s+\d{1,2})?(?:\s+times?)?", _I)
# A run's record or best over a column of its splits' times: "WR", "PB", "Best", "Gold", "Sum of best" (not a bare
# "Time": "! Segment !! Time" may be a video's chapters).
_RUN_RECORD_HEADER = regex(
    r"(?:wr|pb|pr|best|gold|record|world\s+record|personal\s+best|sum\s+of\s+best|best\s+segments?|"
    r"(?:wr|pb|pr|best|split|run)\s+times?)(?:\s*\(\s*(?:rta|igt)\s*\))?", _I)
# A column naming what each split times: "Segment", "Level", "Stage", "Checkpoint".
_SEGMENT_HEADER = regex(r"(?:segments?|levels?|stages?|checkpoints?|sections?)", _I)
_RESULT_TIME_HEADER = regex(
    r"(?:(?:winning|finish(?:ing)?|race|final|net|chip|gun)\s+)?(?:time|result|finish)s?"
    r"(?:\s*/\s*(?:gap|diff|behind|retired|status|interval))?", _I)
# (who raced: a compilation's table of goals or scenes may have a Year, a Team or a Rank column too)
_RESULT_WHO_HEADER = regex(
    r"(?:winners?|men|women|athletes?|runners?|riders?|drivers?|champions?|finishers?|swimmers?|cyclists?|"
    r"skaters?|jockeys?|horses?)(?:['’]s)?"
    # (or the distance each time was run over: "Distance | Time | Venue | Date", a runner's records)
    r"|distances?", _I)


# A timecode with hours, which no verse or page-and-line citation has: "2:10:02".
_HOURS_TIMECODE = regex(r"\d{1,2}:[0-5]\d:[0-5]\d(?![\d:])")


def _rival_figure(c: _Clock) -> str | None:
    """"I want to run it in under 4:30. Grace says 4:45.": a time that is all someone says, right after another
    time with no footage word between, is the same kind of figure as that one (a rival guess at it)."""
    # "boils it in 3:55, against 4:20 for the old one", "12:31 vs 12:58"
    compared = c.may_end_with(_AGAINST_TAILS) and c.ends(_AGAINST_BEFORE, 16)
    # (or the rival named and its figure in brackets: "finished in 4:31, beating last year's model (6:12)" (round 139))
    compared = compared or (c.before.endswith("(") and c.ends(_AGAINST_NAMED_PAREN_BEFORE, RIVAL_NAME_CHARS))
    if not compared and (not c.may_end_with(_GUESS_TAILS) or not c.ends(_GUESS_BEFORE, 16)
                         or not _SENTENCE_END_AFTER.match(c.after)):
        return None
    # (a figure set against another may follow it in its own sentence: "splits the record 23:10 / 22:50")
    priors = list(TIMECODE.finditer(c.text, max(0, c.begin - RIVAL_FIGURE_CHARS), c.begin if compared else c.b))
    prior = priors[-1] if priors else None
    if prior is None or footage_word(c.text, prior.end(), c.begin):
        return None
    return clock_exclusion(c.text, prior.start(), prior.end(), max(0, prior.start() - CONTEXT_CHARS), c.b) or None


# How far before a rival guess the time it answers may stand, and how long a rival named before its bracket may be.
RIVAL_FIGURE_CHARS = 80
RIVAL_NAME_CHARS = 60
# A rival named after a word of comparing, then the bracket holding its figure: "beating last year's model (",
# "against the M3 Air (", "well ahead of the old one (".
_AGAINST_NAMED_PAREN_BEFORE = regex(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|beating|beats|beat|ahead\s+of|behind|slower\s+than|"
    r"faster\s+than|quicker\s+than)\s+[^()\d\n.;:!?]{1,40}?\s*\($", _I)
# The last word of every match of _GUESS_BEFORE (casefolded): a gate (``may_end_with``).
_GUESS_TAILS = ("says", "said", "reckons", "reckoned", "thinks", "predicts", "predicted", "guesses", "guessed", "bets",
                "tips", "counters", "countered")
_GUESS_BEFORE = regex(
    r"\b(?:says|said|reckons|reckoned|thinks|predicts|predicted|guesses|guessed|bets|tips|counters|countered)\s+$",
    _I)
# The last word or mark of every match of _AGAINST_BEFORE (casefolded): a gate (``may_end_with``).
_AGAINST_TAILS = ("against", "versus", "vs", ".", "with", "to", "/")
# (or a slash between the two: "splits the record 23:10 / 22:50", "lap times 1:31.2/1:30.9")
_AGAINST_BEFORE = regex(
    r"(?:\b(?:against|versus|vs\.?|compared\s+(?:with|to))|\bv\.)\s+$|\d[^\S\n]?/[^\S\n]?$", _I)

def _position_column(c: _Clock) -> str | None:
    """"| Aerial platform deployed | ~23:40 | 21:29:04 |" under "Position in upload": a cell of a column headed as a
    place in the footage is a position, whatever tense the row's event is told in."""
    return "" if footage_position_column(c.text, c.bare) else None


_RULES = (_cue_time_in_cues, _turn_stamp, _into_recording, _recording_clock,
          _where_in_media, _format_template, _not_a_time, _footage_length, workout_zero_hour_part, _zero_hour,
          _frame_count, _position_column,
          _stated_world_time, _world_event, log_line_stamp, _position_shape, _chapter_entry, _day_words, _world_report,
          _past_narration)  # (last: ``clock_exclusion(tense=False)`` leaves it out)


# Every pattern run only when ``_Clock.may_end`` finds one of its stems (tests/test_moments_gates.py).
GATED_BEFORE = (
    (_COST_BEFORE, _COST_STEMS), (_OWN_BEST_BEFORE, _BEST_STEMS), (_LIMIT_BEFORE, _LIMIT_STEMS),
    (_SETTING_BOUND_BEFORE, _SETTING_BOUND_STEMS), (_BARE_BOUND_BEFORE, _SETTING_BOUND_STEMS),
    (_ONSCREEN_CLOCK, _ONSCREEN_STEMS), (_CLOCK_APPOSED_BEFORE, _APPOSED_STEMS), (_SHADOW_TIME_BEFORE, _SHADOW_STEMS),
    (_CLOCK_NEAR, _CLOCK_NEAR_STEMS),
    (_GAME_BEFORE, _GAME_STEMS),
    (_RACE_BEFORE, _RACE_STEMS), (_DISTANCE_IN_BEFORE, _DISTANCE_STEMS), (_SCORE_BEFORE, _SCORE_STEMS),
    (_FINISHER_IN_BEFORE, _DISTANCE_STEMS),
    (_RATIO_BEFORE, _RATIO_STEMS), (_TOD_BEFORE, _TOD_STEMS), (_PUBLISH_BEFORE, _PUBLISH_STEMS),
    (_DATELINE_BEFORE, _DATELINE_STEMS), (_SPLIT_BEFORE, _SPLIT_STEMS), (_KEPT_UNDER_BEFORE, _KEPT_UNDER_STEMS),
    (_PASSED_AT_BEFORE, _SPLIT_STEMS),
    (_BEST_IS_BEFORE, _BEST_STEMS), (_GAME_TIMER_BEFORE, _GAME_TIMER_STEMS),
    (_CHANGED_BEFORE, _CHANGED_STEMS), (_LISTED_SLOT_BEFORE, _LISTED_STEMS),
    (_BILLED_BEFORE, _BILLED_STEMS), (_PLAYBACK_OBJECT_BEFORE, _PLAYBACK_STEMS),
    (_PLAYBACK_REQUEST_BEFORE, _PLAYBACK_STEMS), (_PLAYBACK_IMPERATIVE_BEFORE, _PLAYBACK_STEMS),
    (_PLAYBACK_BY_PERSON_BEFORE, _PLAYBACK_STEMS), (_NAVIGATED_BEFORE, _NAVIGATE_STEMS),
    (_AIRED_BEFORE, _AIRED_STEMS), (_RECESS_BEFORE, _RECESS_STEMS), (_LIFE_EVENT_BEFORE, _LIFE_STEMS),
    (_CAME_UPON_FOOTAGE_BEFORE, _CAME_UPON_STEMS),
    (_MEASURE_BY_BEFORE, _MEASURE_STEMS), (_DELAY_OF_BEFORE, _DELAY_STEMS), (_SPENT_LABEL_BEFORE, _SPENT_STEMS),
    (_SHOWS_AT_BEFORE, _SHOWS_STEMS), (_SHUT_STATE_BEFORE, _SHUT_STEMS), (_IN_FORCE_UNTIL_BEFORE, _IN_FORCE_STEMS),
    (_IN_FORCE_FROM_BEFORE, _IN_FORCE_STEMS),
    (_STAMP_IS_BEFORE, _ONSCREEN_STEMS),
    (_SHOWINGS_BEFORE, _SHOWINGS_STEMS), (_LOCAL_TIME_BEFORE, _LOCAL_STEMS), (_STAMPS_BEFORE, _STAMP_VERB_STEMS),
    (_DEADLINE_BEFORE, _DEADLINE_STEMS), (_SHIFT_BY_BEFORE, _SHIFT_STEMS),
    (_STARTED_RECORDING_BEFORE, _STARTED_RECORDING_STEMS), (_BYLINE_BEFORE, _BYLINE_STEMS),
    (_PROGRAMME, _PROGRAMME_STEMS), (_SUN_EVENT_BEFORE, _SUN_STEMS), (_CLOCK_RUNS_BEFORE, _CLOCK_RUNS_STEMS),
    (_CLOCK_PUTS_AT_BEFORE, _CLOCK_NEAR_STEMS),
    (_PLAYED_PART_BEFORE, _PLAYED_PART_STEMS),
    (_SKY_LIGHT_BEFORE, _SKY_STEMS), (_BROADCAST_HOURS_BEFORE, _BROADCAST_STEMS), (_YOU_CAN_SEE_BEFORE, _YOU_CAN_STEMS),
    (_BOUND_BEFORE, _BOUND_STEMS),
)
