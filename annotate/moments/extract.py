"""Article text in, moments out: runs every finder over each sentence, drops
non-moments, resolves relative and length-based forms in document order."""

from __future__ import annotations

import bisect
import functools
import math
import re
import string
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from annotate.model import Moment
from annotate.moments import forms, informal
from annotate.moments.caption import caption
from annotate.moments.clock_lists import (
    continues_day_list,
    day_clock_shape,
    names_clock_times,
    resumes_day_list,
    spans_told_hours,
)
from annotate.moments.compiled import regex
from annotate.moments.cue_dialogue import RESTATED_SPANS, in_cue_dialogue, in_turn_dialogue, relative_in_cue_text
from annotate.moments.event_clocks import event_clocks, restated_clocks
from annotate.moments.exclusions import (
    CHAT_CLOCK,
    RECORDING_START,
    bracketed,
    entry_stamp,
    footage_position_column,
    footage_word,
    half_day_stamp,
    in_chapter_title,
    measure_changed,
    names_report,
    names_shot,
    never_a_clock,
    of_recording,
    paired_position,
    post_stamp,
    read_on_clock,
    reader_sent_to,
    reads_a_clock,
    sends_reader,
    told_day_after,
    under_half_day_header,
)
from annotate.moments.exclusions.rules import WHERE_IN_MEDIA_AFTER, clock_exclusion
from annotate.moments.forms import Candidate
from annotate.moments.forms.marks import it_recorded_before
from annotate.moments.hedges import hedge_after, hedge_before
from annotate.moments.lengths import (
    INTRODUCED_WORK_PAREN,
    RESTATED_SLACK,
    SENTENCE_STOP,
    SUBJECT_WORK_PAREN,
    WORK_NAMED_REACH,
    StatedLength,
    find_lengths,
    named_work_length,
    nearest_length,
    other_work_spans,
    quoted_title_length,
    stated_runtimes,
    title_paren_spans,
    told_of_same_kind,
    whole_lengths,
    whole_work_length,
)
from annotate.moments.patterns import (
    FRAME_RATE,
    HEDGE,
    LINK,
    MEDIA_NOUN,
    MONTH,
    PLAYED_THING,
    PRONOUN_CLAUSE,
    TIMECODE,
    any_stem,
)
from annotate.moments.scan import as_shown, lowered, reading_copy, sentences_holding, sentences_with
from annotate.moments.sentences import said, split, unquoted
from annotate.moments.speech import attach
from annotate.moments.veto import VETOED, clock_verdict
from annotate.moments.window import window
from annotate.textio import Article, read_article
from annotate.timecode import ARTICLE_TIMECODE_FPS
from annotate.validate import MAX_SECONDS, number


def extract_moments(text: str, duration: float | None = None) -> list[Moment]:
    """Every position in the footage that ``text`` states, in document order.

    ``duration`` (footage length in seconds) wins over any length stated in the
    text for "in the final 30 seconds" and "halfway through" forms.
    A position whose sentence quotes what is said there has ``said`` set
    (:mod:`annotate.moments.speech`); quotes with no position are in
    :func:`~annotate.moments.references.extract_references`.
    """
    return list(attach(text, _extract(text, duration, None)).moments)


def _extract(text: str, duration: float | None, clocks: list[ClockMention] | None) -> list[Moment]:
    """The moments; when ``clocks`` is a list, the phrases excluded as clock times
    (a time of day, a clock shown on screen) are added to it as they are met."""
    if duration is not None:
        duration = number(duration, subject="duration", low=0)  # (10**400, which no float holds, included)
    if not text or not text.strip():
        return []
    written, text = text, reading_copy(text)  # (the finders read the copy; quotes and captions are cut from the text)
    fps = _frame_rate(text)
    rates = stated_frame_rates(text)
    lengths = _Lengths(text)
    moments: list[Moment] = []
    previous: Moment | None = None
    footage_before_clock: Moment | None = None  # the last moment, when a world clock has reset ``previous``
    previous_granularity = 1.0
    reached: float | None = None  # the furthest position placed so far: the footage runs at least that long
    last_day_clock: tuple[int, int, float] | None = None  # the last time of day set aside, if no position since
    day_listed: list[tuple[int, int, float]] = []  # the last clock-led line's clock set aside (positions or not)
    previous_sentence = 0
    told_length: tuple[int, int] | None = None  # the sentence and the end of the last whole work's bracketed length
    day_clock_end: int | None = None  # where the last time of day set aside ends
    readings: list[tuple[int, float, str]] = []  # clocks read to the second set aside: (end, seconds, reason)
    measures: dict[str, str] = {}  # timecodes set aside as a race time or a duration: their digits -> the reason
    cuts: list[tuple[int, int, list[tuple[int, int]]]] = []  # each moment's sentence and the times in it
    told: set[str] = set()  # the bare timecodes placed so far where footage is named ("5:41"), for the same said again
    sentences = split(text)
    may_hold_time = _TimeGate(text, sentences)
    for sentence_index in may_hold_time.to_read():
        if not may_hold_time(sentence_index) and (previous is None or not may_hold_time.reads_aloud(sentence_index)):
            continue
        b, e = sentences[sentence_index]
        stated = lengths.read(b, e)
        told_length = next(((sentence_index, s.end) for s in stated if SUBJECT_WORK_PAREN.search(text, b, e)
                            or INTRODUCED_WORK_PAREN.search(text, b, e)),
                           None) if stated and text.find("(", b, e) >= 0 else told_length
        blocked = title_paren_spans(text, b, e) + other_work_spans(text, b, e) + [(s.begin, s.end) for s in stated]
        # A moment in this paragraph within the last two sentences: the text is walking through footage.
        # (sentences of words quoted whole between are not counted: a remark made while watching)
        footage_context = previous is not None and previous.span is not None \
            and sentence_index - previous_sentence \
            - _quoted_between(text, sentences, previous_sentence, sentence_index) <= 2 \
            and "\n\n" not in text[previous.span[1]:b]
        # ... as does a whole work's length told in brackets just before: "Our highlights package (4:50) is above.
        # Okonjo's opener is at 1:12" (round 73: the bracket a length, no longer a position that set the context)
        footage_context = footage_context or (
            told_length is not None and sentence_index - told_length[0] == 1 and "\n\n" not in text[told_length[1]:b])
        near = previous.start if footage_context and previous is not None else None
        chosen = _choose(_candidates(text, b, e, fps, rates) + _read_aloud(text, b, e, near)
                         + (_dotted_chapter_stamps(text, b, e, lengths) or _dotted_in_clip(
                             text, b, e, lengths, _walked_from(previous) if footage_context else None))
                         + _dotted_items_among_colon_stamps(text, b, e),
                         text, b, e, blocked,
                         footage_context, duration, near, lengths, reached, _placed_in_paragraph(text, b, moments),
                         told)
        _ranges_inside_length(chosen, duration, lengths)
        _day_clock_ranges(chosen, text, b, e, None if previous is not None else day_clock_end)
        _past_stated_length(chosen, text, stated or _paragraph_length(lengths, text, b), prose_only=not stated)
        _past_one_length(chosen, text, lengths, b, e)
        _hedged_past_every_length(chosen, text, lengths, b, e, reached)
        _same_clock_as_before(chosen, text, b, e, readings)
        _restated_measure(chosen, text, e, measures, moments)
        _retracted_restatement(chosen, text, e, moments)
        last_day_clock = _day_clock_lines(chosen, text, b, e, last_day_clock, moments, day_listed)
        event_clocks(chosen, text, e)
        restated_clocks(chosen, text)
        day_clock_end = max((c.end for c in chosen if c.excluded == "time of day"), default=day_clock_end)
        live = [c for c in chosen if not c.excluded]
        sentence = unquoted(text, b, e)  # (what its captions are cut from)
        spans_in_sentence = [(c.begin - b, c.end - b) for c in live]
        for c in chosen:
            if c.excluded and clocks is not None and c.excluded in CLOCK_TIME_REASONS and c.kind in ("point", "range"):
                clocks.append(ClockMention(c.begin, c.end, c.approximate, c.excluded, b, e, c.kind))
            if c.excluded:
                if c.excluded in _WORLD_CLOCKS and text.count("(", b, c.begin) <= text.count(")", b, c.begin) and not (
                        c.excluded == "clock shown on screen" and _at_that_frame(text, c, b, e)) \
                        and not _in_timed_turn(text, c.begin) and not _reading_alone(text, c, e) \
                        and not _read_at_position(text, c, b, previous) and not _post_header_stamp(text, c):
                    # "The rally began at 10:45. Ten minutes later, ...": counts from the clock, not footage;
                    # a clock in an aside ("the radar (timestamp 15:30 UTC) shows ...") does not interrupt.
                    footage_before_clock = previous or footage_before_clock
                    previous = None
                continue
            # "... just after the 1:10 mark ... The alarm was triggered at 4.12am and police arrived nine minutes
            # later": counts from the day's time, as from an excluded clock above.
            previous, footage_before_clock = _past_day_time(text, c, b, previous, footage_before_clock)
            c = _counted_into_part(c, previous, text)
            if c.kind == "relative" and previous is not None and previous.span is not None \
                    and not _OWN_CLAUSE_AFTER.match(text, c.end) \
                    and (_APPOSITION.fullmatch(text, previous.span[1], c.begin) or (
                        _EVENT_ANCHORED.search(text, c.begin, c.end)
                        and _LOOSE_APPOSITION.fullmatch(text, previous.span[1], c.begin))):
                continue  # "closes at 1:45, 45 seconds later": restates the gap, not a new moment
            if c.kind == "relative" and previous is not None and (
                    _unplaced_event(text, c, previous) or _FROM_AFTER_NOUN.search(text, max(b, c.begin - 40), c.begin)
                    or relative_in_cue_text(text, c.begin)):
                # "You can see it at 2:35. He went over 12 seconds after the break began": not 2:35's; "a replay of a
                # pit stop from an hour earlier": when the replayed thing happened; "<v Ana>Three hours later the roof
                # was gone" in a subtitle cue: the story's time
                continue
            if c.kind == "fraction" and previous is not None and previous.span is not None:
                compared = _COMPARED_FRACTION.match(text, previous.span[1], c.end)
                if compared and c.begin < compared.end():
                    continue  # "at the 11-minute mark, well over halfway through": a comparison, not a position
            # "... examined the file frame by frame and say a second report is audible about four seconds
            # later": a sentence that names footage counts from the footage, past a world clock.
            # So does one said to be later "in the press conference": the recording named right after it.
            counted_from = footage_before_clock if previous is None and c.kind == "relative" \
                and _LATER_OR_EARLIER.search(text, c.begin, c.end) and (
                    footage_word(text, b, e) or _IN_RECORDING_AFTER.match(text, c.end, e)
                    or _seconds_past_post_clock(text, c, b)) else previous
            resolved = _resolve(c, counted_from, previous_granularity, duration, lengths)
            if resolved is None:
                continue
            start, end, approx, gran, length = resolved
            if max(start, end or 0.0) > MAX_SECONDS:
                continue  # "at the 1000000000000000 minute mark": no footage runs that long
            begin, stop = c.begin, c.end
            moment = Moment(
                start=round(start, 3),
                end=None if end is None else round(end, 3),
                approximate=approx,
                quote=text[begin:stop],
                span=(begin, stop),
                sentence=said(text, b, e),
                caption=caption(sentence, spans_in_sentence, (begin - b, stop - b)),
                window=window(start, gran, approx, length=length, fraction=c.kind == "fraction",
                              duration=duration),
            )
            moments.append(moment)
            cuts.append((b, e, spans_in_sentence))
            told.update(_told_quote(text, c, moment.quote, b, e))
            previous, previous_granularity, previous_sentence = moment, gran, sentence_index
            reached = start if reached is None else max(reached, start)
            footage_before_clock = None
    return moments if written is text else [_as_written(m, written, text, *cut) for m, cut in zip(moments, cuts)]


def _as_written(m: Moment, written: str, read: str, b: int, e: int, spans: list[tuple[int, int]]) -> Moment:
    """``m``, found in the copy the finders ``read`` (:func:`reading_copy`), with its quote and sentence cut from the
    text as ``written`` (the same offsets: "２：２７" stays so), and its caption too, without the quote marks the copy
    left out of a quoted list's rows."""
    assert m.span is not None
    begin, stop = m.span
    return replace(m, quote=written[begin:stop], sentence=said(written, b, e),
                   caption=caption(unquoted(written, b, e, as_shown(written, read, b, e)), spans,
                                   (begin - b, stop - b)))


@dataclass(frozen=True)
class ClockMention:
    """A phrase text[begin:end] the extractor set aside as a clock time, in the sentence [b, e);
    ``kind`` "range" for a clock range ("from 06:31:08 to 06:33:40 by the camera clock")."""

    begin: int
    end: int
    hedged: bool
    reason: str
    b: int
    e: int
    kind: str = "point"


# Set-aside reasons that still name a time of day a footage clock may show (not a game clock or a lap time).
CLOCK_TIME_REASONS = frozenset({"time of day", "clock shown on screen", RECORDING_START})


def extract_file(source: str, duration: float | None = None) -> tuple[Article, list[Moment]]:
    """Read an article (path or "-" for stdin; text, Markdown or HTML) and extract its moments."""
    article = read_article(source)
    return article, extract_moments(article.text, duration)


# (or the writer's own, or one named before: "see the frame-rate overlay at 6.45 in my video" (round 139), "at 2.10 in
# our review", "at 3.05 in this clip"; or "of" it, as South Asian letters and judgments write it: "At 3.15 of the
# documentary the painter is shown" (round 156), "At 1.42 of the recording, the ASI is seen" (round 152))
_IN_RECORDING_AFTER = regex(rf"\s+(?:in|into|of)\s+(?:the|my|our|this|that)\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b",
                            re.IGNORECASE)
# A dotted position said to be in the digitised file of the footage: "At about 6.40 in the file", "from 21.15 to
# 24.50 in the digitised file" (round 94; "file" names footage only after a position said in it).
_IN_FILE_AFTER = regex(r"\s+(?:in|into)\s+the\s+(?:[\w'’-]+\s+){0,2}file\b", re.IGNORECASE)
# A few seconds later, after a line that only told when the footage was posted: "The 00:01:04:20 timecode ... is
# where the flash appears. Upload to Telegram: 04:12 Kyiv time. Some 3 seconds later the shockwave hits" (round 123):
# seconds after a post's clock are the footage's (the post is no event to count seconds from). So are seconds after a
# line of the file's own metadata clocks: "The EXIF says 16:19:02, but the camera was set to UTC+1 and the upload was
# at 17:02 CET. Two seconds later the clock is out of shot." (round 134: a file's stamp is no event either).
_SECONDS_RELATIVE = regex(
    r"(?:(?:some|about|around|roughly|nearly|almost|just|barely)\s+)?(?:\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)\s+"
    r"seconds?\s+(?:later|afterwards?|on)", re.IGNORECASE)
_POST_CLOCK_LINE = regex(
    r"(?:^|[.!?]\s+|\n)(?:[^.!?\n]{0,40}\b(?:upload(?:ed)?|post(?:ed)?|publish(?:ed)?|shared|tweeted|"
    r"reposted)|[^.!?\n]{0,20}\b(?:EXIF|metadata|file['’]s\s+(?:creation|modified)\s+time)\b[^.!?\n]{0,80}"
    r"\b(?:upload(?:ed)?|post(?:ed)?|says|reads|shows|gives))\b[^.!?\n]{0,60}[.!?]?\s*$", re.IGNORECASE)


def _seconds_past_post_clock(text: str, c: Candidate, b: int) -> bool:
    """A relative in seconds whose sentence follows one telling only when the footage was posted: counted from
    the footage's moment before that line."""
    return _SECONDS_RELATIVE.fullmatch(text, c.begin, c.end) is not None \
        and _POST_CLOCK_LINE.search(text, max(0, b - 120), b) is not None


_LATER_OR_EARLIER = regex(
    r"\b(?:later|earlier|afterwards?|thereafter|on|after\s+(?:that|this)|before\s+(?:that|this)|previously)$",
    re.IGNORECASE)
# "at 0:38.4 in the uploaded clip, roughly 1.2 seconds after the light changes": the footage named between
# the time and the gap it restates.
_APPOSITION = regex(
    rf"(?:\s+(?:in|into|of)\s+(?:the|this|that|its|his|her|their|our)\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN})?"
    r"\s*[,(—–-]\s*", re.IGNORECASE)
# "the flash appears at 01:17.4 in the 60 fps copy we obtained, 0.3 seconds before the window shatters": a gap
# to another event, apposed to the time just told, places that event, not a new moment.
_EVENT_ANCHORED = regex(r"\s(?:before|after)\s+(?:the|that|this|his|her|its|their)\s", re.IGNORECASE)
_LOOSE_APPOSITION = regex(r"(?:\s+(?:in|into|of|on)\s+(?:[^,;.!?()&]|&#?\w+;){0,40}?)?\s*[,(—–-]\s*",
                               re.IGNORECASE)
# A gap that opens a clause of its own, its subject and verb right after it: "The ace is at 2:14:05 in the VOD, about
# 10 seconds earlier you see him rotate B" (round 118): a comma splice, a new moment counted from the time (not "closes
# at 1:45, 45 seconds later.", the gap restated).
_OWN_CLAUSE_AFTER = regex(
    r",?\s+(?:(?:you|we|he|she|they|i|it)\s+(?:can\s+|could\s+|will\s+|['’]ll\s+)?(?!(?:is|was|are|were)\s+(?:at|in)\b)"
    r"[a-z]+"
    # ... or a noun's: "roughly 20 seconds later the stadium goes dark"
    r"|(?:the|his|her|their|its|our|my|your)\s+(?:[\w'’-]+\s+){0,2}?[a-z]+(?:s|ed)(?=\s+[a-z]|[.!?]))\b", re.IGNORECASE)
_COMPARED_FRACTION = regex(
    r"\s*[,(—–-]\s*(?:(?:well|just|only|a\s+little|slightly|far|comfortably)\s+)?"
    r"(?:over|past|beyond|more\s+than|less\s+than|under|short\s+of|before|after)\s+",
    re.IGNORECASE,
)
# A clock read on screen at the frame just placed ("The overlay reads 21:47:33 at that frame. About 35 seconds
# later ..."): the next gap still counts from that frame.
# ("The dashcam's clock overlay reads 17:54:12 there.": "there" is that frame too)
_AT_THAT_FRAME = regex(
    r"\s+(?:(?:at|in|on)\s+(?:that|this|the\s+same)\s+(?:frame|point|moment|instant|second)\b|there\b)", re.IGNORECASE)
# "the dashcam's clock at that frame reads 19:22:03": the frame named before the reading.
_AT_THAT_FRAME_BEFORE = regex(
    r"\b(?:at|in|on)\s+(?:that|this|the\s+same)\s+(?:frame|point|moment|instant|second)\b[^.;:!?\d]{0,30}$",
    re.IGNORECASE)
# How far before a clock's reading the frame it is read at may be named.
AT_THAT_FRAME_CHARS = 60


# "from" right after a noun phrase, before a relative: "a replay of a pit stop from an hour earlier" (not "From ten
# seconds later, the picture is black", a stretch from there; nor "please play from about ten seconds before that").
_FROM_AFTER_NOUN = regex(r"\b(?:an?|the)\s+(?:[\w'’-]+\s+)?[\w'’-]+\s+from\s+$", re.IGNORECASE)


# A time of day that no clock candidate covers: "at 4.12am", "at 11.05pm", "at 6 o'clock", "at 0615 hrs".
_DAY_TIME_TOLD = regex(
    r"(?<![\w:.])(?:\d{1,2}(?:[:.][0-5]\d)?[^\S\n]?(?:[ap]\.?[^\S\n]?m\b\.?|o['’]clock\b)"
    r"|(?:[01]\d|2[0-3])[:.]?[0-5]\d[^\S\n]?(?:hrs|hours)\b)", re.IGNORECASE)
_DAY_TIME_READ_BEFORE = regex(r"\b(?:reads?|read|shows?|showed|displays?|displayed)\s+$", re.IGNORECASE)


def _past_day_time(text: str, c: Candidate, b: int, previous: Moment | None,
                   footage_before_clock: Moment | None) -> tuple[Moment | None, Moment | None]:
    """``previous`` and ``footage_before_clock`` for a relative gap told after a time of day in its sentence, as an
    excluded world clock leaves them: no previous moment, the footage's last one kept; else unchanged."""
    if c.kind == "relative" and previous is not None and _day_time_between(text, previous, c, b):
        return None, previous
    return previous, footage_before_clock


def _day_time_between(text: str, previous: Moment, c: Candidate, b: int) -> bool:
    """A time of day told in a relative gap's sentence (``b`` its start), after the last moment, outside brackets and
    not read off a clock in the picture: the gap counts from that time ("at 1:10 ... The alarm was triggered at 4.12am
    and police arrived nine minutes later", round 100), not from the footage. (A time of day in an earlier sentence or
    line does not stop it: a stamp above a walk-through is no event the gap counts from.)"""
    if previous.span is None:
        return False
    floor = max(previous.span[1], b)
    for t in _DAY_TIME_TOLD.finditer(text, floor, c.begin):
        if text.count("(", floor, t.start()) <= text.count(")", floor, t.start()) \
                and not _DAY_TIME_READ_BEFORE.search(text, max(0, t.start() - 12), t.start()):
            return True
    return False


def _read_at_position(text: str, c: Candidate, b: int, previous: Moment | None) -> bool:
    """A clock's reading told in the sentence that just placed a position ("At 1:20, when the doorbell's own clock
    reads 9:17 p.m., ..."): read at that position, so "Five seconds earlier" still counts from 1:20. So is the day's
    time a sentence right after equates with that moment (round 139: "Q. At 00:03:22 the water is over the lip ...
    A. Yes. That would be about 2:17 in the morning, by the dam log. Q. And roughly thirty seconds after that?"). So
    is the game's clock told of the moment that sentence placed (round 190: "Go to the 1:47:20 mark on the replay: the
    defender clearly holds the ball with 4:10 left in the third quarter. Eight seconds later ..." counts from
    1:47:20)."""
    if previous is None or previous.span is None:
        return False
    if b <= previous.span[0] < c.begin and (c.excluded == "game clock" or read_on_clock(text, c.begin, b)):
        return True
    return b - EQUATED_DAY_TIME_CHARS <= previous.span[1] <= b \
        and _EQUATED_DAY_TIME.fullmatch(text, b, c.begin) is not None


# The words opening a sentence that tells the day's time of the moment just placed: "That would be about ", "That was
# ", "Which is roughly ", "That's ", "That would have been ".
_EQUATED_DAY_TIME = regex(
    rf"\s*(?:that|this|which|it)\s*(?:would(?:\s+have)?\s+be(?:en)?|was|is|['’]s|must\s+(?:be|have\s+been)|"
    rf"would\s+make\s+it|makes\s+it|made\s+it)\s+(?:(?:{HEDGE})\s+)?", re.IGNORECASE)
# How far before the sentence the moment it equates with may end.
EQUATED_DAY_TIME_CHARS = 120


def _unplaced_event(text: str, c: Candidate, previous: Moment) -> bool:
    """A gap counted from an event ("12 seconds after the break began", "about 40 seconds after the first") that the
    previous moment's sentence does not name: counted from something the text never placed, no moment. "The first
    shot is audible at 0:58. Twenty seconds after the first shot, ..." names it, and counts from 0:58."""
    m = _EVENT_OFFSET.search(text, c.begin, c.end)
    if m is None:
        who = _PRONOUN_OFFSET.search(text, c.begin, c.end)
        # "At 2:02 he walks out of shot. ... some eight seconds after he leaves": the pronoun's act, counted from the
        # moment whose sentence names it (not "At 0:40 the lorry turns. ... ten seconds after she sits down")
        return who is not None and re.search(rf"(?<![\w'’]){who.group('who')}(?![\w'’])", previous.sentence,
                                             re.IGNORECASE) is None
    told = _told_before(text, c, previous, m.group("event")).lower()
    return not any(re.search(rf"(?<![\w]){re.escape(w)}", told) for w in m.group("event").lower().split())


def _told_before(text: str, c: Candidate, previous: Moment, event: str) -> str:
    """The previous moment's sentence, up to the gap when the gap is in it and its event is a clause: "It's at 22:10
    on the replay; the whistle is heard about two seconds before the ball crosses" does not name the ball before its
    own gap does (but "At 0:05 the sound arrives, and 2 seconds after the flash the tree falls" counts from 0:05)."""
    if previous.span is None or not _EVENT_CLAUSE.fullmatch(event):
        return previous.sentence
    start = previous.span[0] - max(0, previous.sentence.find(previous.quote))
    return text[start:c.begin] if start <= c.begin < start + len(previous.sentence) else previous.sentence


# An event told as a clause, its subject then a present verb: "ball crosses", "barrier lifts"; or a plural subject
# and its verb: "leaders arrive", "horses break".
_EVENT_CLAUSE = regex(r"(?:[\w'’-]+\s+){1,2}[a-z]+(?<!s)(?<!u)(?<!i)s|(?:[\w'’-]+\s+)?[a-z'’-]+[^\Wsu]s\s+[a-z]+(?<!s)",
                      re.IGNORECASE)
# A pronoun's act a relative moment's gap is counted from, closing its quote: "... after he leaves".
_PRONOUN_OFFSET = regex(rf"\s(?:before|after)\s+{PRONOUN_CLAUSE}$", re.IGNORECASE)
# The event a relative moment's gap is counted from, closing its quote: "... after the first shot".
# (not the start of the stretch just placed: "ten seconds after the start of that bit"; and "later than the clunk
# Sparky mentioned" as "after" it, round 150)
_EVENT_OFFSET = regex(
    r"\s(?:before|after|(?:later|earlier)\s+than)\s+(?:the|that|this|his|her|its|their)\s+"
    r"(?!(?:very\s+)?(?:start|beginning)\s+(?:of|o)\s+(?:that|this|it)\b)(?P<event>[\w'’-]+(?:\s+[\w'’-]+){0,2})$",
    re.IGNORECASE)


def _at_that_frame(text: str, c: Candidate, b: int, e: int) -> bool:
    """A clock shown on screen read at the frame just placed ("at 0:14 ...; the clock at that frame reads
    19:22:03", "reads 19:22:03 at that frame"): what follows counts from the frame, not from the clock."""
    return _AT_THAT_FRAME.match(text, c.end, e) is not None \
        or _AT_THAT_FRAME_BEFORE.search(text, max(b, c.begin - AT_THAT_FRAME_CHARS), c.begin) is not None


# A transcript's turn whose speaker label is timed in the footage: "MS. KHAN (at 9:30 on the recording): I left at
# 9:30 that night." -- a clock the speaker says is speech there, and "ten seconds later" still counts from 9:30.
_TIMED_TURN = regex(r"[^\S\n]*(?-i:[A-Z][A-Z.'’ -]{1,30})\s*\([^()\n]{0,40}\d:[0-5]\d[^()\n]{0,40}\):\s")


def _in_timed_turn(text: str, begin: int) -> bool:
    return _TIMED_TURN.match(text, text.rfind("\n", 0, begin) + 1, begin) is not None


def _post_header_stamp(text: str, c: Candidate) -> bool:
    """A clock closing a thread's post header, the poster's handle then the post's date and clock: "**SparkyMurph**
    · 11-01-2026 20:03", "> **tam_b** · Sun 9 Feb, 9:14 pm" (round 150). When the post went up is no event a reply's
    "about 10 seconds later than the clunk" counts from: that counts from the footage's moment before it."""
    line = text.rfind("\n", max(0, c.begin - POST_HEADER_CHARS - 1), c.begin) + 1  # (read back a bounded way)
    return c.begin - line <= POST_HEADER_CHARS and _POST_HEADER_BEFORE.fullmatch(text, line, c.begin) is not None \
        and _POST_HEADER_END.match(text, c.end) is not None


# How far into its line a post header's clock may stand.
POST_HEADER_CHARS = 80
# The handle (bold, or a word joined by "_" or holding digits), a separator, then the date at most: "**deco** · ",
# "> u/kettle_king | 12 Jan, ".
_POST_HEADER_BEFORE = regex(
    r"[^\S\n]*(?:>[^\S\n]*)*(?:\*{1,2}[^*\n]{1,40}?\*{1,2}|_{1,2}[^_\n]{1,40}?_{1,2}|(?:u/|@)[\w.-]+)[^\S\n]*[·•|»—–-][^\S\n]*"
    r"[\w,./-]*(?:[^\S\n]+[\w,./-]+){0,3}?[^\S\n]*")
_POST_HEADER_END = regex(r"[^\S\n]*(?:[ap]\.?[^\S\n]?m\b\.?)?[^\S\n]*(?:\n|$)", re.IGNORECASE)


# A clock's reading told alone in its sentence, right after a position: "... shows the convoy at 1m45s. The overlay
# reads 14:05:22 UTC. Roughly a minute later ..." reads the clock at that position, and "later" counts from it; so
# does a reading whose sentence goes on about the clock: "the overlay reads 02:41:55, although that camera's clock
# runs 3 min 12 s fast".
_READS_BEFORE = regex(r"\b(?:reads|read|shows|showed|displays|displayed)\s+$", re.IGNORECASE)
_READING_ENDS = regex(r"(?:\s*(?:UTC|GMT|Z|local\s+time|(?-i:[A-Z]{2,4})))?\s*"
                           r"(?:[.;!]?\s*$|,\s*(?:although|though|but|while|whereas)\s)", re.IGNORECASE)


def _reading_alone(text: str, c: Candidate, e: int) -> bool:
    return _READS_BEFORE.search(text, max(0, c.begin - 12), c.begin) is not None \
        and _READING_ENDS.match(text, c.end, e) is not None


# Excluded clocks that a following "ten minutes later" would count from.
_WORLD_CLOCKS = frozenset({"time of day", "clock shown on screen", "game clock", "race time"})

# Every form needs a digit, a unit word or a fraction word; most prose sentences have none.
_DIGIT = regex(r"\d")
_TIME_WORDS = ("hour", "min", "sec", "hr", "half", "mid", "quarter", "third", "fifth", "tenth")
# Letters no unit word has after these stems ("minute", "mins", "second", "secs": only u, s or o there): "ministry",
# "minister", "mined", "security", "section" hold a stem but no unit, and were most prose sentences the gate let
# through (every unit pattern ends "min" or "sec" with "ute", "s", "ond" or a non-letter).
_NO_UNIT_AFTER = {stem: "".join(sorted(set(string.ascii_lowercase) - set(unit_letters)))
                  for stem, unit_letters in (("min", "us"), ("sec", "os"))}
# "two-ten into the stream": with no digit and no unit word, the seconds are a hyphenated word like these.
_CLOCK_READING_WORDS = ("-ten", "-eleven", "-twelve", "teen", "twenty", "thirty", "forty", "fifty")
_TIME_WORD = regex("|".join(re.escape(stem) + (f"(?![{_NO_UNIT_AFTER[stem]}])" if stem in _NO_UNIT_AFTER else "")
                                 for stem in sorted(_TIME_WORDS, key=len, reverse=True)))
_CLOCK_READING_WORD = any_stem(_CLOCK_READING_WORDS)


def _may_hold_time(text: str, b: int, e: int) -> bool:
    """A cheap superset test (substring checks beat an alternation tried at every position)."""
    if _DIGIT.search(text, b, e):
        return True
    low = text[b:e].lower()
    return _TIME_WORD.search(low) is not None or (" in" in low and _CLOCK_READING_WORD.search(low) is not None)


def _quoted_between(text: str, sentences: list[tuple[int, int]], first: int, last: int) -> int:
    """How many sentences strictly between ``first`` and ``last`` are words quoted and nothing else, in the same
    paragraph: a remark made while watching does not end the walk through the footage ('"That's me," Kirsty said,
    pointing ..., between 6:02 and 6:40. "I'm trying to get to the EPIRB. I'd decided the boat wasnae coming back up."
    The boat did come back up, at 7:15' (round 120)). Read only as far as it can matter: a walk two sentences told
    between have ended, or one longer than ``QUOTED_WALK_SENTENCES``, is not counted on (so each sentence costs a few
    sentences' reading, not the text since the last moment)."""
    if last - first <= 2 or last - first > QUOTED_WALK_SENTENCES:
        return 0  # (most walks are not interrupted: only a gap the count would break is read)
    lo = sentences[first][0]
    end = sentences[last - 1][1]
    if text.find('"', lo, end) < 0 and text.find("“", lo, end) < 0 and text.find("”", lo, end) < 0:
        return 0  # (no quote mark from the walk's sentence on: none between is quoted, each read cost a digit scan)
    quoted = told = 0
    for b, e in sentences[first + 1:last]:
        if _quoted_sentence(text, lo, b, e):
            quoted += 1
        else:
            told += 1
            if told > 1:
                break  # (the walk has ended, however many quoted sentences follow)
    return quoted


# The most sentences a walk through footage is held across when all but two of them are quoted remarks.
QUOTED_WALK_SENTENCES = 12


def _quoted_sentence(text: str, lo: int, b: int, e: int) -> bool:
    """Whether text[b:e] lies wholly inside a quotation: it opens with an opening quote or inside one left open in its
    paragraph since ``lo`` (the sentence of the walk's last moment), and it closes with a closing quote or still inside
    one; no time in it."""
    words = text[b:e].strip()
    if not words or any(ch.isdigit() for ch in words) or ('"' not in words and "“" not in words and "”" not in words
                                                          and text.find('"', lo, b) < 0 and text.find("“", lo, b) < 0):
        return False
    para = max(lo, text.rfind("\n\n", lo, b) + 1)

    def inside(pos: int) -> bool:
        return text.count('"', para, pos) % 2 == 1 or text.count("“", para, pos) > text.count("”", para, pos)

    opens = words[0] in '"“' or inside(b)
    closes = words[-1] in '"”' or inside(e)
    return opens and closes and words.count('"') + words.count("“") + words.count("”") <= 2


class _TimeGate:
    """:func:`_may_hold_time` of each sentence, with the digits and the word stems found in one pass over the
    whole text (lower-cased for the stems: :mod:`annotate.moments.scan`), so that the walk visits only the
    sentences that may pass (:meth:`to_read`)."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]) -> None:
        self.text, self.sentences = text, sentences
        self.low = lowered(text)
        if self.low is not None:
            self.digits = sentences_with(text, sentences, _DIGIT)
            self.worded = sentences_holding(self.low, sentences, _TIME_WORDS, _NO_UNIT_AFTER)
            self.reading = sentences_holding(self.low, sentences, _CLOCK_READING_WORDS)

    def __call__(self, k: int) -> bool:
        if self.low is None:
            return _may_hold_time(self.text, *self.sentences[k])
        return k in self.digits or k in self.worded \
            or (k in self.reading and self.low.find(" in", *self.sentences[k]) >= 0)

    def to_read(self) -> Iterable[int]:
        """In order, the index of every sentence that this gate or :meth:`reads_aloud` may pass (a superset)."""
        if self.low is None:
            return range(len(self.sentences))
        return sorted(self.digits | self.worded | self.reading)

    def reads_aloud(self, k: int) -> bool:
        """Whether sentence ``k`` may hold a time read aloud ("And at fourteen thirty-one?": :func:`_read_aloud`)."""
        b, e = self.sentences[k]
        return k in self.reading if self.low is not None else _CLOCK_READING_WORD.search(self.text.lower(), b, e) \
            is not None


class _Lengths:
    """Stated footage lengths, read sentence by sentence as the extractor walks the
    text; the rest of the text is read only if a form needs a length stated later."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen: list[StatedLength] = []
        # Whether two lengths differ, kept as they are read: ``named_work_length`` answers None until then, and
        # finding that out from ``seen`` at every end form is quadratic in a long article's lengths.
        self.first_seconds: float | None = None
        self.several = False
        # The longest of ``seen`` (what ``max`` of their seconds gives), kept as they are read for the same reason.
        self.longest: float | None = None
        self.read_to = 0
        self.later: list[StatedLength] | None = None
        self.runtimes: list[tuple[StatedLength, str]] | None = None  # the text's stated runtimes, read once
        self.footage_paragraph: tuple[int, int, bool] = (-1, -1, False)  # the last paragraph read for footage
        self.named = False  # whether the last :meth:`nearest` answer was a named work's or the whole work's
        # the last paragraph read for lengths told after an end form (:meth:`_later_in_paragraph`): bounds, lengths
        self.paragraph_lengths: tuple[int, int, list[StatedLength]] = (-1, -1, [])
        self.dotted_positions: bool | None = None  # whether the text writes positions as "at 1.48" (read once)
        self.chapters: float | None | bool = False  # the last chapter stamp's seconds, None with no chapter list
        self.dotted_chapters: list[re.Match[str]] | None = None  # the lines of a dotted stamp list (read once)
        self.dotted_placed: set[float] = set()  # the dotted positions placed so far ("at 6.10 in the video"), seconds
        self.dotted_last: tuple[int, float] | None = None  # where the last dotted position placed ends, and its seconds

    def read(self, b: int, e: int) -> list[StatedLength]:
        found = self._dotted_minutes(find_lengths(self.text, b, e))
        self.seen.extend(found)
        for s in found:
            if self.longest is None or s.seconds > self.longest:  # (the comparison ``max`` makes, in its order)
                self.longest = s.seconds
        for s in found if not self.several else ():
            if self.first_seconds is None:
                self.first_seconds = s.seconds
            elif s.seconds != self.first_seconds:
                self.several = True
                break
        self.read_to = e
        return found

    def _dotted_minutes(self, found: list[StatedLength]) -> list[StatedLength]:
        """Lengths in minutes written with a dot and two digits ("the 4.12-minute clip", "a video of 3.40
        minutes"), in a text that writes its positions so ("at 1.48", "from 2.05 to 2.50"): minutes and seconds,
        as Indian usage writes them (4:12), not hundredths of a minute."""
        dotted = [s for s in found if _DOTTED_MINUTES.fullmatch(self.text, s.begin, s.end)]
        if not dotted:
            return found
        if self.dotted_positions is None:
            self.dotted_positions = any(not m.group("verb") for m in _DOTTED_POSITION.finditer(self.text))
        if not self.dotted_positions:
            return found
        for s in dotted:
            m = _DOTTED_MINUTES.fullmatch(self.text, s.begin, s.end)
            if m is not None:
                found[found.index(s)] = StatedLength(int(m.group("m")) * 60.0 + int(m.group("s")), s.begin, s.end)
        return found

    def chapter_reach(self) -> float | None:
        """The seconds of the last stamp of the text's chapter list ("00:00 Introduction\n03:25 Euler's equation
        ..."), at least ``CHAPTER_LINES`` lines opening with a timecode and a title, one of them at 0:00; None with no
        such list (read once)."""
        if self.chapters is False:
            stamps = [int(m.group("h") or 0) * 3600.0 + int(m.group("m")) * 60.0 + int(m.group("s"))
                      for m in _CHAPTER_LINE.finditer(self.text)]
            # (a chapter list opens at 0:00; a day's programme, "09:15 Registration\n10:00 Keynote", does not)
            self.chapters = max(stamps) if len(stamps) >= CHAPTER_LINES and min(stamps) == 0.0 else None
        return None if self.chapters is False or self.chapters is True else self.chapters

    def dotted_chapter_lines(self) -> list[re.Match[str]]:
        """The lines of the text's dotted stamp list ("• 04.30 What is a vector\n• 12.40 Unit vector ..."): at least
        ``CHAPTER_LINES`` lines opening with a dotted stamp and a title, rising, which the page calls timestamps or
        chapters, or which fit in the told length of footage it names; none in a day's programme or a price or
        version list, written alike (read once)."""
        if self.dotted_chapters is None:
            self.dotted_chapters = []
            lines = list(_DOTTED_CHAPTER_LINE.finditer(self.text)) if _DOTTED_DIGITS.search(self.text) else []
            starts = [_dotted_start(m) for m in lines]
            if len(lines) >= CHAPTER_LINES and starts == sorted(starts) and self._lists_stamps(lines, starts[-1]):
                self.dotted_chapters = lines
        return self.dotted_chapters

    def _lists_stamps(self, lines: list[re.Match[str]], last: float) -> bool:
        """Whether the page says its dotted lines are footage's stamps: it calls them so, or names footage whose
        length it tells, the last stamp inside it; not under a day's or a plan's lead ("Programme for Saturday:")."""
        lead = self.text.rfind("\n", 0, max(0, lines[0].start() - 1)) + 1
        if _PLAN_LEAD.search(self.text, lead, lines[0].start()) or _DAY_WORDS.search(self.text, lead, lines[0].start()):
            return False
        if _STAMPS_WORD.search(self.text) is not None:
            return True
        told = [s.seconds for s in find_lengths(self.text, 0, len(self.text))
                if not lines[0].start() <= s.begin < lines[-1].end()]
        return bool(told) and last <= max(told) and footage_word(self.text, 0, lines[0].start())

    def nearest(self, position: int) -> float | None:
        self.named = False
        titled = quoted_title_length(self.text, position)
        if titled is not None:
            self.named = True
            return titled
        if self.seen:
            # (a work named in the form's sentence and told of again with its length later in the paragraph, every
            # length before it another paragraph's, is the form's work before any told earlier (round 81))
            named = self._later_in_paragraph(position, same_kind=True)
            if named is None:
                named = named_work_length(self.text, self.seen, position) if self.several else None
            if named is None and not self._of_it_recorded(position):
                named = self._whole_work(position)
            self.named = named is not None
            if named is None:
                named = self._later_in_paragraph(position)
            return named if named is not None \
                else nearest_length(whole_lengths(self.text, self.seen, position), position)
        if self.later is None:
            self.later = self._dotted_minutes(find_lengths(self.text, self.read_to))
        # "beating Millau 27-24 with a penalty in the final minute", and the replay's length paragraphs later: a
        # paragraph that names no footage tells the end of something else, not of a length stated after it.
        paragraph_end = self.text.find("\n\n", position, position + PARAGRAPH_READ_CHARS)
        lo = max(0, position - PARAGRAPH_READ_CHARS)
        paragraph = max(self.text.rfind("\n\n", lo, position) + 1, lo)
        if paragraph_end >= 0 and not self._names_footage(paragraph, paragraph_end):
            if self.text.startswith(">", self.text.rfind("\n", 0, position) + 1):
                # "> the last 30 secs are the best bit\n\nPosted 9:14pm\n\n100% agree. The whole clip is 2 min":
                # a quoted line is read with the reply under it, which may state the length (round 56)
                return nearest_length([s for s in self.later if s.begin < position + QUOTED_REPLY_CHARS], position)
            return nearest_length([s for s in self.later if s.begin < paragraph_end], position)
        return nearest_length(self.later, position)

    def _of_it_recorded(self, position: int) -> bool:
        """The form at ``position`` is "of it", "it" said just before as a recording filmed or posted: "Declan's
        phone ... It's 61 minutes long. ...\n\nI asked Declan why he filmed it. ... He has never posted it. He
        played me the last ten minutes of it" counts from the length told last, that recording's, not the whole
        work's runtime (round 51)."""
        return _OF_IT_AHEAD.match(self.text, position) is not None \
            and it_recorded_before(self.text, self.text.rfind(".", 0, position) + 1)

    def longest_in_text(self) -> float | None:
        """The longest length stated anywhere in the text, those not yet walked to read once (as :meth:`nearest`
        reads them)."""
        if self.later is None:
            self.later = self._dotted_minutes(find_lengths(self.text, self.read_to))
        return max([s.seconds for s in self.later] + ([self.longest] if self.longest is not None else []), default=None)

    def reaching(self, position: int, reach: float, since: int) -> float | None:
        """The stated length nearest ``position`` (:func:`nearest_length`) of those at least ``reach`` long, when
        every shorter one was stated before ``since`` (the position told last): a length stated after it may be
        a new work's ("... at 1:10:00. The trailer runs 2:14; its final ten seconds ...")."""
        if any(since <= s.begin < position and s.seconds < reach for s in self.seen):
            return None
        return nearest_length([s for s in self.seen if s.seconds >= reach], position)

    def _whole_work(self, position: int) -> float | None:
        """The whole work's runtime (:func:`whole_work_length`), stated anywhere in the text, where the length
        stated nearest before ``position`` is another paragraph's: "... a 40-second clip from a party ...\n\n
        ... on screen for the final 30 seconds. ... The episode runs 56 minutes." counts from 56 minutes."""
        i = bisect.bisect_right(self.seen, position, key=lambda s: s.begin)
        if i == 0 or self.text.find("\n\n", self.seen[i - 1].end, position) < 0:
            return None
        if self.runtimes is None:
            self.runtimes = stated_runtimes(self.text)
        return whole_work_length(self.text, self.runtimes, position)

    def _later_in_paragraph(self, position: int, same_kind: bool = False) -> float | None:
        """The first length stated after ``position`` in its own paragraph that restates exactly a length told
        before ("The 31-hour stream" ... "The last hour of the stream is a blur ... It is 31:08:00 long"), where
        every length stated before ``position`` is another paragraph's: it counts from 31:08:00, not from "a
        24-hour charity stream" told nearer before."""
        i = bisect.bisect_right(self.seen, position, key=lambda s: s.begin)
        if i and self.text.find("\n\n", self.seen[i - 1].end, position) < 0:
            return None
        if same_kind:
            # the work the form's sentence names, its runtime told right after in the paragraph: "In the Chinese New
            # Year video, about two minutes before the end, ... The video is 18 minutes long." (round 81)
            told = next((s for s in self._paragraph(position) if s.begin > position), None)
            return told.seconds if told is not None and told_of_same_kind(self.text, position, told) else None
        told = next((s for s in self._paragraph(position) if s.begin > position), None)
        if told is None or _another_cut(self.text, told, since=position):
            # "The last ten minutes of the film ... were re-edited for the 2021 director's cut, which runs 112
            # minutes" (round 99): another version's length, no restatement of the film's 104
            return None
        later = told.seconds
        restated = any(abs(s.seconds - later) <= RESTATED_SLACK * later for s in self.seen[:i])
        return later if restated else None

    def told_in_paragraph(self, position: int) -> list[StatedLength]:
        """The lengths stated anywhere in the paragraph of ``position``, read once for the paragraph (as
        :meth:`_later_in_paragraph` reads them), dotted minutes read as minutes and seconds where the text so writes
        its positions."""
        return self._dotted_minutes(list(self._paragraph(position)))

    def _paragraph(self, position: int) -> list[StatedLength]:
        """The lengths stated in the paragraph of ``position`` (at most ``PARAGRAPH_READ_CHARS`` either side),
        read once per paragraph: the last paragraph read is kept."""
        end = self.text.find("\n\n", position, position + PARAGRAPH_READ_CHARS)
        start = self.text.rfind("\n\n", max(0, position - PARAGRAPH_READ_CHARS), position) + 1
        if (start, end) != self.paragraph_lengths[:2]:
            found = find_lengths(self.text, start or max(0, position - PARAGRAPH_READ_CHARS),
                                 end if end >= 0 else min(len(self.text), position + PARAGRAPH_READ_CHARS))
            self.paragraph_lengths = (start, end, found)
        return self.paragraph_lengths[2]

    def _names_footage(self, b: int, e: int) -> bool:
        """:func:`footage_word` of text[b:e], read once for the paragraph's every end form."""
        if self.footage_paragraph[:2] != (b, e):
            # a list whose lines open with timecodes walks through footage: "- 0:41 – the mill\n- the last five
            # seconds – a date"
            self.footage_paragraph = (b, e, footage_word(self.text, b, e)
                                      or _TIMED_LINE.search(self.text, b, e) is not None)
        return self.footage_paragraph[2]


# Another version of a work named before a length told after an end form: "for the 2021 director's cut, which runs",
# "the extended edition (", "a restored version that lasts".
_OTHER_VERSION = regex(
    r"\b(?:director['’]s|extended|theatrical|uncut|unrated|restored|remastered|international|television|TV|festival|"
    r"alternate|alternative|special|censored|broadcast|re-?edited|shorter|longer)\s+(?:cut|edition|version|edit|"
    r"release|print)\b", re.IGNORECASE)
# How far before that length its version may be named.
OTHER_VERSION_CHARS = 80
# Another cut of the work, told by its length: "the director later said a 121-minute cut had been trimmed" (round
# 101), "an earlier 95-minute version".
_ANOTHER_CUT_BEFORE = regex(
    r"(?<![\w'’])(?:an?|another)\s+(?:(?:earlier|later|longer|shorter|original|first|rough)\s+)?$", re.IGNORECASE)
_CUT_NOUN_AFTER = regex(r"[\s-]+(?:cut|version|edit|assembly)s?\b", re.IGNORECASE)


# An end form's words, then "of it" in its clause: "the last ten minutes of it".
_OF_IT_AHEAD = regex(r"[^.;!?\n]{0,40}?\bof\s+it\b", re.IGNORECASE)


def _another_cut(text: str, told: StatedLength, since: int) -> bool:
    """The length ``told`` is another cut's or version's, not the work's own restated: named before it (after
    ``since``) or told as "a 121-minute cut"."""
    if _OTHER_VERSION.search(text, max(since, told.begin - OTHER_VERSION_CHARS), told.begin):
        return True
    return _ANOTHER_CUT_BEFORE.search(text, max(0, told.begin - 30), told.begin) is not None \
        and _CUT_NOUN_AFTER.match(text, told.end) is not None


_TIMED_LINE = regex(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*[(\[]?\d{1,2}:[0-5]\d(?![\d:])", re.MULTILINE)
# A chapter list's line: a stamp opening the line, then its title ("00:00 Introduction", "- 03:25 — Euler's
# equation", "(12:40) The Q&A"); a course outline's part label before it and the part's end after it ("Part B
# 09:15 – 24:30   Hash functions", "Part D   38:05 – end   Rehashing", round 86).
_CHAPTER_LINE = regex(r"^[ \t]*(?:[-*•][ \t]*)?(?:(?:Part|Module|Lesson|Chapter|Section|Unit|Segment|Topic)[ \t]+"
                      r"[A-Z0-9]{1,2}[.:)]?[ \t]+)?"
                      r"[(\[]?(?:(?P<h>\d{1,2}):)?(?P<m>[0-5]?\d):(?P<s>[0-5]\d)[)\]]?"
                      r"(?:[ \t]*[–—-][ \t]*(?:(?:\d{1,2}:)?[0-5]?\d:[0-5]\d|end)(?![\d:]))?"
                      r"[ \t]+(?:[-–—:|][ \t]*)?[A-Z]", re.MULTILINE)
CHAPTER_LINES = 3
# A dotted stamp list's line: a stamp (or a stretch) opening the line, its minutes past 59 in a long class, then its
# title ("• 04.30 What is a vector", "• 21.15 to 33.50 Dot product", "* 00.45 - Soaking the dal").
_DOTTED_CHAPTER_LINE = regex(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:(?P<h>\d)\.(?=\d\d\.[0-5]\d))?(?P<m>\d{1,2})\.(?P<s>[0-5]\d)"
    r"(?:[ \t]*(?:[-–—]|to)[ \t]*(?:(?P<h2>\d)\.(?=\d\d\.[0-5]\d))?(?P<m2>\d{1,2})\.(?P<s2>[0-5]\d))?"
    r"(?![\d.:])[ \t]+(?:[-–—:|][ \t]*)?[A-Z]", re.MULTILINE)
# A page calling its list's lines footage's stamps.
_STAMPS_WORD = regex(r"\b(?:time[ -]?stamps?|chapters?)\b", re.IGNORECASE)
# How far either side of an end form its paragraph is read for a footage word (a long paragraph counts as footage's).
PARAGRAPH_READ_CHARS = 2000
# How far after a quoted line ("> the last 30 secs ...") the reply under it may state the footage's length.
QUOTED_REPLY_CHARS = 300


def _frame_rate(text: str) -> float:
    """The frame rate the text states first, else the one articles' frame-counting timecodes are read at."""
    m = FRAME_RATE.search(text) if _may_state_rate(text) else None
    fps = float(m.group("fps")) if m else 0.0
    return fps if 1 <= fps <= 300 else ARTICLE_TIMECODE_FPS


def stated_frame_rates(text: str) -> list[tuple[int, float]]:
    """Every frame rate the text states, with where: a frame's number counts at the rate said nearest it."""
    if not _may_state_rate(text):
        return []
    rates = [(m.start(), fps) for m in FRAME_RATE.finditer(text) if 1 <= (fps := float(m.group("fps"))) <= 300]
    if "frame" in text.casefold():  # (a bare NTSC rate only for a frame's number: "frame 4512 ... (source is 23.976)")
        rates = sorted(rates + [(m.start(), float(m.group("fps"))) for m in _BARE_NTSC_RATE.finditer(text)
                                if not FRAME_RATE.match(text, m.start())])
        # (and the rate a feed was brought to: "the helicopter feed at 29.97 was conformed to 30 for this analysis"
        # (round 129): its frames are counted at 30 from there on)
        rates = sorted(rates + [(m.start("fps"), fps) for m in _CONFORMED_RATE.finditer(text)
                                if 12 <= (fps := float(m.group("fps"))) <= 120
                                and not FRAME_RATE.match(text, m.start("fps"))])
    return rates


_CONFORMED_RATE = regex(
    r"\b(?:conformed|converted|retimed|resampled|normali[sz]ed|transcoded)\s+to\s+(?P<fps>\d{2,3}(?:\.\d+)?)"
    r"(?![\d.,]?\d|\s*(?:%|percent|p\b|k\b|kbps|mbps|hz|mm|cm|m\b|km|bit|x\b))", re.IGNORECASE)


# A video rate said by its number alone, which no other quantity is: "(source is 23.976)", "conformed to 29.97".
_BARE_NTSC_RATE = regex(r"(?<![$£€\d.,])(?P<fps>23\.976|23\.98|29\.97|59\.94|119\.88)(?![\d.,]?\d)")


def _may_state_rate(text: str) -> bool:
    """Substring tests on the case-folded text (folding takes "ſ" to "s" as IGNORECASE does) instead of an
    alternation tried at every position of the whole text."""
    folded = text.casefold()
    return "fps" in folded or "frame" in folded


def _candidates(text: str, b: int, e: int, fps: float, rates: list[tuple[int, float]]) -> list[Candidate]:
    found: list[Candidate] = []
    found += forms.find_timecodes(text, b, e, fps)
    found += forms.find_frame_numbers(text, b, e, rates)
    found += forms.find_links(text, b, e)
    found += forms.find_ranges(text, b, e, fps)
    found += forms.find_table_ranges(text, b, e, fps)
    found += forms.find_ass_events(text, b, e, fps)
    found += forms.find_ttml_cues(text, b, e, fps)
    found += forms.find_sbv_cues(text, b, e, fps)
    found += forms.find_loose_srt_cues(text, b, e)
    found += forms.find_in_out_pairs(text, b, e, fps)
    found += forms.find_cut_options(text, b, e, fps)
    found += forms.find_start_lengths(text, b, e, fps)
    found += forms.find_start_untils(text, b, e, fps)
    found += forms.find_from_start_spoken(text, b, e)
    found += forms.find_spoken(text, b, e)
    found += forms.find_colloquial(text, b, e)
    found += informal.find_minute_numbers(text, b, e)
    found += informal.find_hour_h_minutes(text, b, e)
    found += informal.find_ordinal_minutes(text, b, e)
    found += informal.find_colon_hours(text, b, e)
    found += forms.find_fractions(text, b, e)
    found += forms.find_mark_pairs(text, b, e)
    for c in found:
        # A hedge after the whole phrase: "Three minutes in, give or take, the feed resumes".
        if not c.approximate and c.kind in ("point", "range", "relative"):
            ha = hedge_after(text, c.end, e)
            if ha is not None:
                c.approximate, c.end = True, ha
    return found


# How near the position just walked through a time read aloud as a clock ("And at fourteen thirty-one?") must be.
READ_ALOUD_NEAR_SECONDS = 120.0


def _read_aloud(text: str, b: int, e: int, near: float | None) -> list[Candidate]:
    """:func:`forms.find_read_aloud` in a text walking through footage (``near``, the start of the moment just
    placed), near that moment: testimony stepping through a recording ("at 14:26? ... And at fourteen thirty-one?")."""
    if near is None:
        return []
    return [c for c in forms.find_read_aloud(text, b, e) if abs(c.start - near) <= READ_ALOUD_NEAR_SECONDS]


# A paragraph opening on a dotted position: "At 0.52 two boys ...", "From 1.38 to 2.15 ...", "Near about 2.50".
_OPENS_DOTTED = regex(r"\s*(?:at|from|between|(?:near\s+)?about|around|near)\s+\d{1,2}\.[0-5]\d\b", re.IGNORECASE)
# A judgment's or an order's numbered paragraph opening: "3. At 0.48 the applicant is seen", "(4) From 2.05 to 2.40".
_NUMBERED_PARAGRAPH = regex(r"\s*(?:\d{1,3}\.|\(\d{1,3}\)|\d{1,3}\))[ \t]+")


def _dotted_paragraphs(text: str, b: int) -> tuple[int, int]:
    """Where the paragraph of ``b`` starts, as dotted positions read it, and where the argument it goes on starts: a
    list, numbered or not, goes on the paragraph its lead-in closes (:func:`_introduced_list_paragraph`); and a
    numbered paragraph of a judgment or an order goes on from the numbered one before it ("2. The prosecution relies
    on a mobile video of 4.10 minutes duration ...\n\n3. At 0.48 the applicant is seen arguing", round 193), one
    argument walking through the video told there. That one lends its told length and its named footage, not its
    positions said in the footage: "3. It is submitted that at 9.40 the complainant is seen at the hospital" after a
    numbered paragraph placing "At 1.20 in the recording" is no position (round 142)."""
    paragraph = text.rfind("\n\n", 0, b) + 1
    argument = paragraph
    if paragraph > 0 and _NUMBERED_PARAGRAPH.match(text, paragraph) is not None:
        before = text.rfind("\n\n", 0, paragraph - 1) + 1
        if _NUMBERED_PARAGRAPH.match(text, before) is not None:
            argument = before
    elif paragraph > 0 and _OPENS_DOTTED.match(text, paragraph) is not None:
        # a notice's paragraph opening on a dotted position walks through the footage whose dotted length the
        # paragraph right before told: "CCTV of gate no. 2 is attached, kindly see. Video is 5.20 minutes
        # duration ...\n\nAt 0.52 two boys on a black bike come from the park side." (round 197)
        before = text.rfind("\n\n", 0, paragraph - 1) + 1
        told = _DOTTED_MINUTES.search(text, before, paragraph)
        if told is not None and footage_word(text, before, told.start()):
            argument = before
    own = _introduced_list_paragraph(text, paragraph)
    return own, min(own, _introduced_list_paragraph(text, argument))


def _walked_from(previous: Moment | None) -> tuple[int, float] | None:
    """Where the moment just placed ends and its start, for a dotted stretch walking on from it."""
    if previous is None or previous.span is None or previous.start is None:
        return None
    return previous.span[1], previous.start


def _dotted_in_clip(text: str, b: int, e: int, lengths: _Lengths,
                    placed: tuple[int, float] | None = None) -> list[Candidate]:
    """Minutes and seconds written with a dot, as Indian and Australian usage writes them ("the SUV hits the
    barrier at 1.12", "around 1.40"), in a sentence naming footage, inside the clip's length stated in the same
    paragraph ("In the 3-min clip, ..."): positions. A dotted clock of the day ("14.20 hrs IST") is past that
    length or says so."""
    if _DOTTED_DIGITS.search(text, b, e) is None:
        return []  # (a plain pattern first: most sentences hold no "1.12")
    dotted = list(_DOTTED_POSITION.finditer(text, b, e))
    # "at 3.20 in the clip", "At 2.40 in, he pushes": one said to be in the footage makes the sentence's dotted
    # numbers positions, with no length told to check them against
    in_footage = any(_dotted_in_footage(text, m, b, e) for m in dotted) \
        or (bool(dotted) and _OPENS_IN_RECORDING.match(text, b, e) is not None)
    own_paragraph, paragraph = _dotted_paragraphs(text, b)
    # (so does one just before in the paragraph: "comes at 3.20 in the clip. The run-out is near about 5.45."; not
    # in a sentence of the writer's own day: "I start at 8.15")
    watched = opened = False
    in_paragraph = [s for s in lengths.seen if s.begin >= paragraph]  # the clip's length told in this paragraph
    if dotted and not in_footage and not footage_word(text, b, e) and (
            not _writers_own(text, b, e, dotted[0].start())
            # (a sentence told to look, though it names the writer's own: "From 1.18 to 1.26 you can see my son
            # step aside" after "Please see at 1.12 in the video"; not one of the day: "we watch it at 7.30 tonight")
            or (_WATCH_WORD.search(text, b, e) is not None and _DAY_WORDS.search(text, b, e) is None)):
        # (or the paragraph opens in the footage: "In the video, the groom is seen on the stage. At 1.05, four men
        # climb onto it", inside the length the text states, if it states one)
        opened = own_paragraph < b and _OPENS_IN_RECORDING.match(text, own_paragraph, e) is not None
        in_footage = _dotted_said_in_footage_before(text, own_paragraph, b) or opened
        # (or a paragraph that told the clip's length and named it before: "relies on a video clip of 5.32 minutes
        # duration ... Learned counsel took me through the clip. At 1.48, the petitioner is seen ..." (round 77);
        # a length told is a work's, whatever the work is called: "the hawker centre feature on CNA ... The char kway
        # teow uncle appear around 2.15 ... Whole thing only 9 min." (round 98), its points said "at" or hedged, not
        # a value changed "from": "Upgraded to 5.10 last week from 4.01")
        shown = not in_footage and (_WATCH_WORD.search(text, b, e) is not None
                                    or _dotted_in_named_footage_before(text, paragraph, b))
        told = _told_work_points(text, dotted, paragraph, b, e) \
            if not in_footage and not shown and (in_paragraph or lengths.told_in_paragraph(b)) else []
        if shown or told:
            dotted = dotted if shown else told
            # "Kindly see at 3.15 where ..., and again near about 5.40 ..." with "The video is of 7.20 mins" told
            # after it; "In the highlights (11 mins), ... at 3.25 ... The yorker is right near the end, at 10.40 or
            # so": a sentence told to watch, or one after the footage's dotted positions, inside the length its
            # paragraph tells (before or after it) (round 73)
            in_paragraph = in_paragraph or lengths.told_in_paragraph(b)
            watched = bool(in_paragraph)
        if not in_footage and not watched and _WATCH_IT.search(text, b, e) is not None \
                and _DAY_WORDS.search(text, b, e) is None and _dotted_said_in_footage_after(text, e):
            # "Watch it from 2.10 to 2.40 — that's where we lost shape. Mick's point is at 4.05 in" (round 93): a
            # reader told to watch, the next sentences placing their dotted numbers in the footage
            in_footage = True
    if dotted and not in_footage and not watched and not _DAY_WORDS.search(text, b, e) \
            and footage_word(text, paragraph, e):
        # A paragraph that named its clip walks through it with dotted points, whoever speaks: "The appellant relied
        # on a dashcam clip ... Having viewed it, we note that at 0.42 the matatu crosses the centre line" (no clock
        # or price reads "0.42"), then "The driver brakes at 1.30." in the present of the footage, shortly after the
        # last one placed in the paragraph (round 88; not "The court adjourned at 1.30")
        walk_from = lengths.dotted_last if lengths.dotted_last is not None and lengths.dotted_last[0] >= paragraph \
            else None
        # (a stretch may walk on from a position written with a colon, just placed in the paragraph: "... shows
        # flames rising from the third floor at 0:27. From 1.05 to 1.30 firefighters can be seen" (round 136))
        stretch_from = walk_from or (placed if placed is not None and placed[0] >= paragraph else None)
        walked = _walked_dotted(text, dotted, b, e, walk_from, stretch_from)
        if walked:
            dotted, in_footage = walked, True
    # (or the same position placed earlier in the page, said again, as a comment does: "near about 6.10 in the video"
    # ... "The metro test at 6.10 was very helpful"; only those numbers)
    # (a page listing its recording's chapters reads all of them below, as positions up to its length)
    said_again = not in_footage and not watched and bool(lengths.dotted_placed) and not footage_word(text, b, e) \
        and lengths.chapter_reach() is None
    if said_again:
        again = [m for m in _DOTTED_SAID_AGAIN.finditer(text, b, e) if _dotted_start(m) in lengths.dotted_placed]
        walked_on = [m for m in _walked_on_in_reply(text, dotted, b, e, lengths)
                     if not any(a.start() < m.end() and m.start() < a.end() for a in again)]
        dotted = sorted(again + walked_on, key=lambda m: m.start())
        in_footage = bool(dotted)
    # hours, minutes and seconds ("is at 1.02.30") are no price or clock: inside a length the paragraph told
    hours_in_work = bool(in_paragraph) and any(m.group("h") for m in dotted)
    # A page that lists its recording's chapters ("00:00 Introduction\n03:25 Euler's equation ...") points into
    # that recording with its dotted numbers ("In the numerical at 33.15 there is a mistake", "the sign error near
    # about 15.30"), up to its length or its last chapter; not in a sentence of the day ("doubt session at 7.30
    # tonight")
    reach = lengths.chapter_reach() if dotted and not in_footage and not _DAY_WORDS.search(text, b, e) else None
    if not dotted or not (in_footage or hours_in_work or watched or footage_word(text, b, e) or reach is not None):
        return []
    told_after = _told_after_in_paragraph(text, b, e, lengths) if not (in_footage or watched or in_paragraph) else []
    found: list[Candidate] = []
    for m in dotted:
        # ("From 3.20 to 3.45 in the clip": said in the clip, the clip's length told earlier in the text counts)
        stated = lengths.seen if _IN_RECORDING_AFTER.match(text, m.end(), e) or _IN_FILE_AFTER.match(text, m.end(), e) \
            else in_paragraph
        start = _dotted_start(m)
        stop = _dotted_stop(m)
        length = nearest_length(stated, m.start("m")) if stated else None
        if length is None and reach is not None:
            length = max(reach, lengths.longest or 0.0) + 1.0
        length = length if length is not None else _length_told_after(text, b, e, m, told_after)
        if length is None and lengths.seen and (opened or (lengths.dotted_placed and footage_word(text, b, e))):
            # a page that has placed its footage's dotted positions goes on naming it, paragraphs on: "But look at
            # 2.30 of the clip", "The last portion of the clip, from 3.40 till the end" (inside its stated length)
            length = nearest_length(lengths.seen, m.start("m"))
        # (the dotted numbers said again are read by another pattern, with no verb group)
        # ("at 1.12 uncle comes out": the point opens its clause, its subject with no article after it)
        bare_subject = _bare_subject_after(text, m, b, e)
        if m.groupdict().get("verb") and reach is None and lengths.chapter_reach() is None and not bare_subject:
            continue  # ("the bus at 4.40 was late": a verb after a lone time, off a chaptered page)
        to_end = m.group("toend") is not None  # "from 3.40 till the end": to the footage's length (see _resolve)
        unended = stop is None and not to_end and (m.group("open") or "").lower() == "between"
        # a point as its clause's subject ("the bus at 4.40 was late") is the footage's only when it is said to be
        # in it itself, said again, or on a chaptered page: not from another number of its sentence ("the stretch
        # from 0.52 to 1.10 in the footage is missing, and the bus at 4.40 was late")
        lone_subject = stop is None and reach is None and not said_again and not watched and not bare_subject \
            and _SUBJECT_AFTER.match(text, m.end(), e) is not None and not _dotted_in_footage(text, m, b, e)
        if m.groupdict().get("bare") is not None \
                and not _PLACED_VERB_BEFORE.search(text, max(b, m.start() - PLACED_VERB_CHARS), m.start()):
            continue  # ("the fish weighed 2.52 in the video": a measure; "the solo starts 2.52 in the ..." a position)
        if (length is None and not in_footage) or max(start, stop or 0.0) >= (length or math.inf) or unended \
                or lone_subject or _priced(text, m, b, e):
            continue  # (past the clip's length, "between 1.12" with no end, or a price)
        hedged = m.group("hedge") is not None
        lengths.dotted_placed.add(start)
        lengths.dotted_last = (m.end(), start)
        last = m.end("toend" if to_end else "s" if stop is None else "s2")
        trailing = hedge_after(text, last, e)  # "at 10.40 or so"
        found.append(Candidate("point" if stop is None and not to_end else "range",
                               m.start("open") if to_end and m.group("open") else
                               m.start("hedge") if hedged else m.start("h" if m.group("h") else "m"),
                               trailing or last, start=start, stop=stop, approximate=hedged or trailing is not None,
                               timecode=True))
    return found


def _dotted_chapter_stamps(text: str, b: int, e: int, lengths: _Lengths) -> list[Candidate]:
    """The stamps or stretches opening the lines of a dotted stamp list in the sentence [b, e)
    (:meth:`_Lengths.dotted_chapter_lines`): positions, with no footage word in their lines."""
    if _DOTTED_DIGITS.search(text, b, e) is None:
        return []  # (most sentences hold no "1.12")
    found = []
    for m in lengths.dotted_chapter_lines():
        if b <= m.start("m") < e:
            stop = _dotted_stop(m)
            found.append(Candidate("point" if stop is None else "range", m.start("h" if m.group("h") else "m"),
                                   m.end("s" if stop is None else "s2"), start=_dotted_start(m), stop=stop,
                                   timecode=True))
    return found


def _dotted_items_among_colon_stamps(text: str, b: int, e: int) -> list[Candidate]:
    """A stamp written with a dot opening a list item whose neighbour items open with stamps written with a colon:
    "1) 0:42 haggling over Himsagar\n2) 2.15 the weighing, old brass scale\n3) 5:30-6:10 van loads leaving" (round
    201's Bangladeshi vlog list): the same list's position, the writer's dot for the colon (not a price list's "2)
    2.50 tea", whose neighbours are no stamps)."""
    if _DOTTED_DIGITS.search(text, b, e) is None:
        return []
    found: list[Candidate] = []
    # (the list's mark may end the sentence before: the splitter reads "2." as a full stop)
    newline = text.rfind("\n", max(0, b - LIST_MARK_CHARS), b)
    lo = newline + 1 if newline >= 0 else 0 if b <= LIST_MARK_CHARS else b
    for m in _DOTTED_LIST_STAMP.finditer(text, lo, e):
        if m.start("m") < b:
            continue
        line = m.start()
        above = text.rfind("\n", 0, max(0, line - 1)) + 1 if line > 0 else -1
        stop = text.find("\n", m.end())
        if (above >= 0 and _COLON_LIST_STAMP.match(text, above) is not None) \
                or (stop >= 0 and _COLON_LIST_STAMP.match(text, stop + 1) is not None):
            found.append(Candidate("point", m.start("m"), m.end("s"),
                                   start=int(m.group("m")) * 60.0 + int(m.group("s")), timecode=True))
    return found


# How far before a sentence its list item's mark may open the line.
LIST_MARK_CHARS = 8
# A list item opened by a dotted stamp, then its words: "2) 2.15 the weighing", "- 4.05 Drummers".
# (or a bare line of a list of bare stamps: "0:45 parking at Super Market\n2.10 the dried fish lady\n~4:05 bargaining"
# (round 202's Naga haul-vlog list))
_DOTTED_LIST_STAMP = regex(
    r"(?:^|(?<=\n))[ \t]*(?:(?:\d{1,2}[.)]|[-*•])[ \t]+)?(?P<m>[0-5]?\d)\.(?P<s>[0-5]\d)(?![\d.:,])[ \t]+(?=[^\W\d])")
# A list item opened by a colon stamp (a hedge may come first): "1) 0:42 ", "4) around 8:50 ", "- 12:10 ", "~4:05 ".
_COLON_LIST_STAMP = regex(
    rf"[ \t]*(?:(?:\d{{1,2}}[.)]|[-*•])[ \t]+)?(?:(?:{HEDGE})[ \t]+|~[ \t]*)?\d{{1,2}}:[0-5]\d\b", re.IGNORECASE)


def _introduced_list_paragraph(text: str, paragraph: int) -> int:
    """Where the paragraph at ``paragraph`` begins as a reader reads it: a list opening it goes on the paragraph whose
    last words, ending in a colon, introduce it, and past a lone line that does ("we are sharing the clip (duration
    4 min 10 sec) ...\n\nKindly note the following:\n\n1. ... at 1.32 only." (round 137)); not a list a day or a
    plan introduces ("Schedule for Sunday:", "Programme:"), a day's times."""
    if paragraph < 2 or _LIST_ITEM.match(text, paragraph) is None:
        return paragraph
    lead_end = paragraph
    while lead_end > 0 and text[lead_end - 1].isspace():
        lead_end -= 1
    if not text.startswith(":", lead_end - 1):
        return paragraph
    words = max(text.rfind("\n", 0, lead_end) + 1, lead_end - LEAD_IN_CHARS)
    if _PLAN_LEAD.search(text, words, lead_end) is not None or _DAY_WORDS.search(text, words, lead_end) is not None:
        return paragraph
    lead = text.rfind("\n\n", 0, lead_end) + 1
    if lead < 2 or "\n" in text[lead + 1:lead_end] or lead_end - lead > LEAD_IN_CHARS:
        return lead
    return text.rfind("\n\n", 0, lead - 1) + 1


# A list item's mark opening a line: "1. ", "2) ", "- ", "* ", "• ".
_LIST_ITEM = regex(r"\s*(?:\d{1,2}[.)]|[-*•])[^\S\n]")
# How long a lone line introducing a list ("Kindly note the following:") may be, and how far back its words are read.
LEAD_IN_CHARS = 80
# A plan's word introducing a list: its times are the day's ("Schedule for Sunday:", "Programme:", "Agenda:").
_PLAN_LEAD = regex(r"\b(?:schedule|programme|program|agenda|timetable|itinerary|timings?|plan|rota|order\s+of)\b",
                   re.IGNORECASE)


# How far past the last dotted point placed in its paragraph the next one walking on through the clip may be.
DOTTED_WALK_SECONDS = 120.0
# A stretch opening its clause, "and" or "then" before it at most: "And from 1.05 to 1.19 the cop is chasing him".
_STRETCH_OPENS_CLAUSE = regex(r"(?:[^\n]*[,;:—–]\s*)?(?:(?:and|then|but|so)\s+)?", re.IGNORECASE)


def _walked_dotted(text: str, dotted: list[re.Match[str]], b: int, e: int, walk_from: tuple[int, float] | None,
                   stretch_from: tuple[int, float] | None) -> list[re.Match[str]]:
    """The dotted numbers of a sentence that walk through the clip its paragraph named: points under a minute, or just
    past the last one placed and said in the present, hedged list items, and stretches opening their clause (from the
    last point placed, or one just walked in the sentence itself: "see the clip ...: at 0.48 the child is pressing all
    buttons, and from 1.10 to 1.35 the lift door is held open" (round 169); not in the writer's own day), and a point
    set off after the part of the footage it places ("near the end, near 6.40", round 199) or a stretch named as one
    (:func:`_named_part_stretch`)."""
    walked: list[re.Match[str]] = []
    own_day = _FIRST_PERSON_SUBJECT.search(text, b, e) is not None  # ("We reached at 0.40 ... from 1.05 to 1.30")
    for m in dotted:
        if (m.group("m2") is None and not m.group("h") and not m.group("verb")
                and (int(m.group("m")) == 0 or (
                    walk_from is not None and 0 < _dotted_start(m) - walk_from[1] <= DOTTED_WALK_SECONDS
                    and _PRESENT_AT_BEFORE.search(text, max(b, m.start() - 30), m.start("m")) is not None)
                     or _walked_item(text, m, b, stretch_from)
                     or (stretch_from is not None and not own_day
                         and _FOOTAGE_PART_APPOSED.search(text, max(b, m.start() - 40), m.start()) is not None))) \
                or _walked_stretch(text, m, b, (walked[-1].end(), _dotted_start(walked[-1]))
                                   if walked and not own_day else stretch_from) \
                or (stretch_from is not None and not own_day and _named_part_stretch(text, m, b)) \
                or (walked and not own_day and _coordinated_walk_on(text, m, b, walked[-1])):
            walked.append(m)
    return walked


def _coordinated_walk_on(text: str, m: re.Match[str], b: int, last: re.Match[str]) -> bool:
    """A dotted point said "by" or "at", opening a clause coordinated after the one that just walked a point of the
    same sentence, a little past it: "Near about 2.05 the petitioner is seen leaving on a motorcycle, and by 2.30
    itself he is out of the frame" (round 204), as a sentence of its own would (:func:`_walked_item`)."""
    return m.group("m2") is None and not m.group("h") and not m.group("verb") \
        and _BY_OR_AT.match(m.group(0)) is not None \
        and 0 < _dotted_start(m) - _dotted_start(last) <= DOTTED_WALK_SECONDS \
        and _CLAUSE_OPENS_BEFORE.search(text, max(b, m.start() - 24), m.start()) is not None


# A part of the footage walked through, then the dotted time saying where it is, set off by commas: "And near the end,
# near 6.40, the wax boiling" (round 199), "Right at the end, at 4.05, the driver waves" (not "the end of the day").
_FOOTAGE_PART_APPOSED = regex(
    r"\b(?:near|towards?|toward|at|in|by)\s+the\s+(?:very\s+)?(?:end|start|beginning|middle)\s*,\s*$", re.IGNORECASE)


def _walked_stretch(text: str, m: re.Match[str], b: int, walk_from: tuple[int, float] | None) -> bool:
    """A dotted stretch walking on through the clip its paragraph named, opening its clause, just after the last
    dotted point placed there: "See at 0.38 — the auto-wallah reversing on the flyover! And from 1.05 to 1.19 the
    cop is chasing him on foot." (round 98; not "The court sat from 1.05 to 1.19", its clause opened before it); or
    one open to its end: "From 1.05 to 1.30 they are trying the lock, and from 2.10 onwards they are simply roaming"
    (round 190)."""
    onwards = m.group("m2") is None and _ONWARDS_AFTER.match(text, m.end()) is not None
    if (m.group("m2") is None and not onwards) or m.group("h") or walk_from is None \
            or (m.group("open") or "").lower() != "from":
        return False
    start, stop = _dotted_start(m), _dotted_stop(m) or 0.0
    return 0 < start - walk_from[1] <= DOTTED_WALK_SECONDS and (onwards or 0 < stop - start <= DOTTED_WALK_SECONDS) \
        and _STRETCH_OPENS_CLAUSE.fullmatch(text, b, m.start()) is not None


def _named_part_stretch(text: str, m: re.Match[str], b: int) -> bool:
    """A dotted stretch "from" one time to the next, named as a part of the footage walked through: "Only thing: the
    plating part, from 9.40 until 9.55 the sound drop" (round 199), "The noodle-pulling bit from 6.10 to 6.45"; the
    part's noun says it is the video's, however far past the last position placed (not "the lunch part of the
    day")."""
    if m.group("m2") is None or m.group("h") or (m.group("open") or "").lower() != "from":
        return False
    start, stop = _dotted_start(m), _dotted_stop(m) or 0.0
    return 0 < stop - start <= DOTTED_WALK_SECONDS \
        and _FOOTAGE_PART_BEFORE.search(text, max(b, m.start() - 60), m.start()) is not None


# The part of the footage a stretch is, right before it: "the plating part, ", "the celebration section ".
_FOOTAGE_PART_BEFORE = regex(
    r"\b(?:the|that|this)\s+(?:[\w'’-]+\s+){0,3}?(?:part|bit|section|portion|segment|scene|sequence)\s*,?\s*$",
    re.IGNORECASE)


def _walked_item(text: str, m: re.Match[str], b: int, walk_from: tuple[int, float] | None) -> bool:
    """A hedged dotted point opening its list item or its sentence, a little past the last position placed in its
    paragraph (with a colon or a dot): "- at 0:48 in the video the Corolla cuts in; - From 1:05 to 1:19 ...; - near
    about 2.10 the motorcyclist is clipped" (round 150: Pakistani English writes the clip's times both ways; not "-
    around 6.40 we left for home", no position to walk on from); or one said "by" or "at": "Near about 2.15 they turn
    towards DB Road. By 2.40 they are gone from the frame." (round 199)."""
    # (nor the writer's own day: "Around 2.40 I reached the gate"; the writer in a clause of its own after it is no
    # subject of the point's: "Near about 5.30 a tempo nearly rear-ends me when I brake" (round 190))
    # (a comma right after the point opens no clause of its own: "Around 2.40, I reached the gate")
    clause = _CLAUSE_AFTER_POINT.search(text, m.end(), m.end() + 40)
    own_end = clause.start() if clause and text[m.end():clause.start()].strip() else m.end() + 40
    if walk_from is None or (m.group("hedge") is None and _BY_OR_AT.match(m.group(0)) is None) \
            or _FIRST_PERSON.search(text, b, own_end) is not None:
        return False
    return 0 < _dotted_start(m) - walk_from[1] <= DOTTED_WALK_SECONDS \
        and _POINT_OPENS_ITEM.fullmatch(text, b, m.start()) is not None


_BY_OR_AT = regex(r"(?:by|at)\s", re.IGNORECASE)
# Where a point's own clause gives way to another after it: a subordinating word or a clause's mark.
_CLAUSE_AFTER_POINT = regex(r"[,;:—–]|\b(?:when|while|whenever|as|because|since|if|until|till)\b", re.IGNORECASE)
# What may stand before a point that opens its list item or its sentence: a list mark, "and" or "then", "near" (as in
# "near about 2.10"), "just" or "right".
_POINT_OPENS_ITEM = regex(
    r"[^\S\n]*(?:[-*•+][^\S\n]+|\d{1,2}[.)][^\S\n]+)?(?:(?:and|then|but|so)\s+)?(?:(?:near|just|right)\s+)?",
    re.IGNORECASE)


def _bare_subject_after(text: str, m: re.Match[str], b: int, e: int) -> bool:
    """A dotted point opening its clause, then a subject with no article and its verb in the present: "Exactly at
    0.47 the Swift is reversing and at 1.12 uncle comes out shouting" (round 100), "then at 2.05 Ravi falls" (not
    "the bus at 4.40 was late", a point inside its subject)."""
    if m.group("m2") is not None or not text.startswith(("at", "At", "AT"), m.start()):
        return False
    opens = not text[b:m.start()].strip() or _CLAUSE_OPENS_BEFORE.search(text, max(b, m.start() - 24), m.start())
    return bool(opens) and _BARE_SUBJECT_VERB_AFTER.match(text, m.end(), e) is not None


# What opens a clause right before its "at": a comma or a dash, a conjunction, then an emphasis ("and exactly at").
_CLAUSE_OPENS_BEFORE = regex(
    r"(?:[,;:—–]\s*|\b(?:and|then|but|so|while|after\s+that)\s+)(?:(?:exactly|just|right|precisely)\s+)?$",
    re.IGNORECASE)
# A subject of one word with no article, then its verb in the present: "uncle comes", "Ravi falls", "both are".
_BARE_SUBJECT_VERB_AFTER = regex(
    r"\s+(?!(?:the|a|an|this|that|he|she|it|they|we|you|i)\b)[a-z][\w'’-]*\s+"
    r"(?:(?!(?:was|has|its|his|hers|this|thus|plus|less|us)\b)[a-z]{2,}[^s\W]s|is|are|can|gets?|starts?)\b",
    re.IGNORECASE)


def _told_after_in_paragraph(text: str, b: int, e: int, lengths: _Lengths) -> list[StatedLength]:
    """The lengths a sentence naming its footage finds told later in its paragraph: "Coach wants everyone to watch
    the county final video ... the goal we conceded is at 31.05 itself. Full video is 1 hr 12 mins" (round 100), "At
    1.05 there you can see the lorry cut in ... Whole clip 2 min 10 sec only"; none in a sentence naming none."""
    return lengths.told_in_paragraph(b) if footage_word(text, b, e) else []


def _length_told_after(text: str, b: int, e: int, m: re.Match[str], told_after: list[StatedLength]) -> float | None:
    """The length told after it in its paragraph (:func:`_told_after_in_paragraph`) that a dotted point ``m`` is
    read against: for a number no clock reads, or in a sentence sending the reader to look."""
    if not told_after or not (_no_clock_reads(m) or _told_to_look(text, b, e)):
        return None
    return nearest_length(told_after, m.start("m"))


def _no_clock_reads(m: re.Match[str]) -> bool:
    """A dotted point with no hours whose minutes no clock of the day reads ("at 31.05 itself"): 24 or more."""
    return not m.group("h") and m.group("m2") is None and int(m.group("m")) >= 24


def _told_to_look(text: str, b: int, e: int) -> bool:
    """A sentence that sends the reader to look ("you can see", "watch"), in no day's words and not the writer's own
    ("we watched it at 7.30 tonight")."""
    return _WATCH_WORD.search(text, b, e) is not None and _DAY_WORDS.search(text, b, e) is None \
        and _FIRST_PERSON.search(text, b, e) is None


def _walked_on_in_reply(text: str, dotted: list[re.Match[str]], b: int, e: int, lengths: _Lengths) \
        -> list[re.Match[str]]:
    """A reply walking on through the clip a page placed dotted positions in, its length told: "At 0.34 in the video
    a truck starts drifting" (the clip "1.20 minutes long"), then another post's "The drift starts near about 0.38",
    "From 0.38 to 0.45 he is fully in your lane", "(visible at 1.05)" (round 94): dotted times near the last one
    placed and inside the clip's length, in a sentence of no day's clock and not the writer's own day. With no length
    told, a point a little on from the last one whose clause tells what is seen there walks on too: a bail order's
    "At 2.14 in the footage the applicant is seen entering ... From 3.05 to 3.40 the assault continues.", then its next
    paragraph's "counsel submits that at near about 4.10 the applicant is seen leaving alone" (round 142)."""
    if lengths.dotted_last is None or _DAY_WORDS.search(text, b, e) \
            or (_FIRST_PERSON.search(text, b, e) and not _WATCH_WORD.search(text, b, e)):
        return []
    last = lengths.dotted_last[1]
    walked = []
    for m in dotted:
        if m.group("verb") or m.group("h") or m.group("toend") \
                or _priced(text, m, b, e):
            continue
        start = _dotted_start(m)
        stop = _dotted_stop(m)
        length = nearest_length(lengths.seen, m.start("m")) if lengths.seen else None
        if length is None and not (stop is None and 0 < start - last and _SEEN_IN_CLAUSE_AFTER.match(text, m.end(), e)
                                   and m.start() - lengths.dotted_last[0] <= DOTTED_CARRY_CHARS):
            continue
        shown_there = length is not None \
            and _SHOWN_THERE_BEFORE.search(text, max(b, m.start("m") - SHOWN_THERE_CHARS), m.start("m")) is not None
        if max(start, stop or 0.0) >= (length or math.inf) or (abs(start - last) > DOTTED_WALK_SECONDS
                                                                 and not shown_there):
            continue  # (a point said to be shown there may lie further on: "is shown from three angles at 9.58")
        walked.append(m)
        last = start
    return walked
# A point told as shown or seen there, in the passive, a few words of how between: "Sen's winner itself is shown from
# three angles at 9.58" (round 174), "the run-out can be seen clearly at 7.40", "is replayed at".
_SHOWN_THERE_BEFORE = regex(
    r"\b(?:is|are|can\s+be|gets?)\s+(?:(?:also|then|again|clearly|best|only|first|now)\s+)?"
    r"(?:shown|seen|visible|replayed|heard)\b[^.;:!?\n\d]{0,40}?\s(?:at|around|near|about)\s+$", re.IGNORECASE)
# How far before the point its "is shown" is read.
SHOWN_THERE_CHARS = 70
# What is seen at the point, told in its clause: " the applicant is seen leaving", ", two men can be seen", " he is
# visible".
_SEEN_IN_CLAUSE_AFTER = regex(
    r"[^.;:!?\n]{0,60}?\b(?:is|are|can\s+be|could\s+be)\s+(?:(?:clearly|then|again|also|first|now)\s+)?"
    r"(?:seen|visible|shown|heard)\b", re.IGNORECASE)
# A verb in the present right before "at": the footage narrated as it plays ("The driver brakes at", "the light is
# still red at"), not the world's past ("The court adjourned at").
_PRESENT_AT_BEFORE = regex(
    r"\b(?!(?:was|has|is|does|this|its|his|hers|yes|less|plus|thus|us|as)\b)[a-z]{2,}[^s\W]s"
    r"(?:\s+(?:again|hard|sharply|left|right|back|off|out|up|down))?\s+at\s+$"
    r"|\b(?:is|are)\s+(?:(?:still|now|clearly|first|already|seen|visible|heard|shown)\s+){0,2}at\s+$", re.IGNORECASE)


def _dotted_start(m: re.Match[str]) -> float:
    """The seconds of a dotted position's (first) time: "1.02.30" is 3750, "6.10" 370."""
    return int(m.group("h") or 0) * 3600.0 + int(m.group("m")) * 60.0 + int(m.group("s"))


def _dotted_stop(m: re.Match[str]) -> float | None:
    """The seconds of a dotted stretch's end, None for a point: "to 1.41.20" is 6080, "to 3.45" 225."""
    if m.group("m2") is None:
        return None
    return int(m.groupdict().get("h2") or 0) * 3600.0 + int(m.group("m2")) * 60.0 + int(m.group("s2"))


def _dotted_said_in_footage_before(text: str, paragraph: int, b: int) -> bool:
    """Whether a sentence just before ``b`` in its paragraph said a dotted position to be in the footage ("comes at
    3.20 in the clip."): the dotted numbers that follow it are read the same way."""
    lo = max(paragraph, b - DOTTED_CARRY_CHARS)
    return any(_dotted_in_footage(text, m, lo, b) for m in _DOTTED_POSITION.finditer(text, lo, b))


def _dotted_said_in_footage_after(text: str, e: int) -> bool:
    """Whether a sentence just after ``e`` in its paragraph says a dotted position to be in the footage ("is at 4.05
    in", "at 11.30 in the video")."""
    end = text.find("\n\n", e)
    hi = min(len(text) if end < 0 else end, e + DOTTED_CARRY_CHARS)
    return any(_dotted_in_footage(text, m, e, hi) for m in _DOTTED_POSITION.finditer(text, e, hi))


def _dotted_in_named_footage_before(text: str, paragraph: int, b: int) -> bool:
    """Whether a sentence just before ``b`` in its paragraph named footage and gave dotted positions in it ("In the
    Hotstar highlights (11 mins), Pant's ramp is at 3.25."): the dotted numbers that follow may be read the same
    way, inside the length the paragraph tells."""
    lo = max(paragraph, b - DOTTED_CARRY_CHARS)
    for m in _DOTTED_POSITION.finditer(text, lo, b):
        opening = max(text.rfind(". ", lo, m.start()), text.rfind("\n", lo, m.start()), lo - 1) + 1
        if footage_word(text, opening, m.start()):
            return True
    return False


def _dotted_in_footage(text: str, m: re.Match[str], b: int, e: int) -> bool:
    """The dotted position ``m`` is said to be in the footage: "at 3.20 in the clip", "At 2.40 in, he pushes", "In
    the clip, at 1.48 the groom's father ..." (its clause opening in the footage)."""
    return _IN_RECORDING_AFTER.match(text, m.end(), e) is not None \
        or _IN_FILE_AFTER.match(text, m.end(), e) is not None \
        or _BARE_IN_AFTER.match(text, m.end(), e) is not None \
        or _IN_RECORDING_BEFORE.search(text, max(b, m.start() - IN_RECORDING_BEFORE_CHARS), m.start()) is not None


# A footage noun used as the first word of what the footage is: "In my video review, at 3.45 you can see" (round 93),
# "In the video walkthrough, ...", "in our video breakdown".
_MEDIA_GENRE = r"(?:\s+(?:review|reviews|recap|breakdown|analysis|essay|diary|report|explainer|guide|tour))"
# The footage named right before a position, opening its clause: "In the clip, at", "In the 2-minute video, ", "In my
# review video at".
# (or the viewer told to see it there, the thing seen between: "in the BWF clip you see it around 1.05 lor" (round
# 128), "in the highlights we can spot the no-ball at 2.40", "In the replay u see Hassan at 0.55")
_SEEN_THERE = (r"(?:,?\s*(?:you|u|we|one)\s+(?:can\s+|could\s+|will\s+|['’]ll\s+)?(?:see|spot|catch|find|notice)"
               r"(?:\s+(?:it|him|her|them|this|that|(?:the|his|her|their|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w'’-]+\s+)?[\w'’-]+|"
               r"(?-i:[A-Z])[\w'’-]*))?)")
_IN_RECORDING_BEFORE = regex(
    rf"(?:^|[.;:!?(]\s*|\b)(?:in|into)\s+(?:the|my|our|this|his|her|their)\s+(?:[\w'’.-]+\s+){{0,2}}{MEDIA_NOUN}"
    rf"{_MEDIA_GENRE}?{_SEEN_THERE}?\s*,?\s*$",
    re.IGNORECASE)
# How far before a position the footage opening its clause is read.
IN_RECORDING_BEFORE_CHARS = 70
# A sentence opening in the footage, a comma closing the opener: "In my review video, near about 4.10 the robot
# ...", "In the BCCI highlights, Kuldeep's wrong'un is at 6.20": its every dotted number is said in that footage.
_OPENS_IN_RECORDING = regex(
    rf"\s*(?:in|into)\s+(?:the|my|our|this|that|his|her|their|its|[\w'’-]+['’]s)\s+(?:[\w'’.-]+\s+){{0,2}}?"
    rf"{MEDIA_NOUN}{_MEDIA_GENRE}?\s*,", re.IGNORECASE)


# A length in minutes with a dot and two digits of seconds: "4.12-minute", "3.40 minutes", "1.30 mins".
_DOTTED_MINUTES = regex(r"(?P<m>\d{1,2})\.(?P<s>[0-5]\d)[\s-]*min(?:ute)?s?", re.IGNORECASE)
# How far back in its paragraph a dotted position said in the footage carries to the next sentences.
DOTTED_CARRY_CHARS = 300
# A sentence of the day's clocks: a day, a part of the day, a zone or the hours of a clock.
_DAY_WORDS = regex(
    r"\b(?:today|tonight|tomorrow|yesterday|morning|afternoon|evening|noon|midnight|daily|every|weekdays?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|ist|gmt|utc|hrs|hours|o['’]?clock)\b|\d\s*[ap]\.?m\b", re.IGNORECASE)
_FIRST_PERSON = regex(r"\b(?:I|we|my|our|us)\b", re.IGNORECASE)
_FIRST_PERSON_SUBJECT = regex(r"\b(?:I|we|us)\b", re.IGNORECASE)
_FIRST_PERSON_OWNER = regex(r"\b(?:my|our)\b", re.IGNORECASE)


def _writers_own(text: str, b: int, e: int, first: int) -> bool:
    """A sentence of the writer's own day ("I start at 8.15", "my shift at 8.15"): the writer its subject, or the
    writer's own thing said before its first dotted number at ``first``. The writer's thing seen after the number is
    the footage's ("Near about 5.10 the driver is coming out and checking my car", round 141, an Indian complaint
    letter listing the CCTV clip's moments). The writer as subject of a clause joined after the number's own is the
    writer's comment on the footage: "Near about 9.20 he adds the tirphal, and I must say his explanation is very
    correct" (round 170)."""
    joined = _JOINED_CLAUSE.search(text, first, e)
    return _FIRST_PERSON_SUBJECT.search(text, b, e if joined is None else joined.start()) is not None \
        or _FIRST_PERSON_OWNER.search(text, b, first) is not None


# A clause joined after a comma, a semicolon or a dash: ", and I must say", "; I think", " — we loved it".
_JOINED_CLAUSE = regex(r"(?:,\s*(?:and|but|though|although)|;|\s[—–]|—)\s", re.IGNORECASE)


# A reader told to look at the footage: "Kindly see at 3.15", "watch at 2.10", "check near about 4.05".
_WATCH_WORD = regex(r"\b(?:see|watch|check|look|notice|observe|skip|jump|fast[\s-]?forward|rewind|pause)\b",
                    re.IGNORECASE)
# A reader told to watch the footage named before by a pronoun: "Watch it from 2.10", "check this at 1.05".
_WATCH_IT = regex(r"\b(?:see|watch|check|look\s+at|rewind|pause)\s+(?:it|this|that|them)\b", re.IGNORECASE)
_DOTTED_DIGITS = regex(r"\d\.[0-5]\d")
# A bare "in" closing the clause after the number, the footage left unsaid: "At 2.40 in, he pushes the guard".
_BARE_IN_AFTER = regex(r"\s+in(?=\s*(?:[,;:!?)—–]|\.(?!\d)|$))")
# "at 1.12", "around 1.40", "from 1.12 to 1.20": a position's word or a hedge, then m.ss (or two) with no unit,
# clock word or decimal after it.
# A clock's or a unit's word after a dotted number: no position's.
# A subject opened by a number or a quantifier, then its noun: "one senior citizen", "two boys", "some people".
_COUNTED_SUBJECT = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|some|another|both|several|many)"
                    r"(?=\s+(?!(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|times?|days?|weeks?|months?|mornings?|"
                    r"evenings?|nights?|o['’]?clock|more|of)\b)[a-z])")
# The words a position's clause goes on with after a dotted point: a conjunction, a preposition, an article or a
# pronoun opening its subject, the emphasis Indian English puts after a time ("comes at 8.45 only", "is at 18.15
# itself", round 93), a subject opened by a number, a quantifier ("Near about 2.15 one senior citizen ... has to step
# back", "at 1.05 two boys run across", round 160) or a negation ("even by 3.25 no feature of the face is visible",
# round 197).
_CLAUSE_GOES_ON = (r"and|or|in|into|of|when|where|as|then|while|before|after|till|until|with|onwards?|the|a|an|i|he|"
                   r"she|it|they|we|you|his|her|its|their|this|that|there|only|itself|no|nobody|nothing|"
                   rf"{_COUNTED_SUBJECT}")
_DOT_UNITS = (r"(?:am|pm|[ap]\.m|hrs?|hours?|mins?|minutes?|secs?|seconds?|ist|gmt|utc|per|percent|crores?|lakhs?|kms?|"
              r"kgs?|rs|rupees|each|apiece|odds|times|ms|fps|mm|cm|ft|hz|khz|db|mph|kph|kmh|mbps|gb|mb|kb)")
# Not an amount changed "by" ("the fare went up by 2.50", "cut by 1.20"): one fixed-width look-behind per word.
_NOT_CHANGED_BY = "".join(
    rf"(?<!{word} )" for word in ("up", "down", "rose", "fell", "risen", "fallen", "increased", "reduced", "decreased",
                                  "raised", "cut", "grew", "grown", "dropped", "slashed", "hiked", "lowered", "won",
                                  "lost", "beaten", "beat", "missed", "led", "trailed", "margin"))
_DOTTED_POSITION = regex(
    # ("by 3.25 no feature of the face is visible": the contract's "by", a point (round 197); not an amount changed
    # by: "the fare went up by 2.50")
    rf"(?<![\w])(?:at\s+|{_NOT_CHANGED_BY}by\s+|(?P<open>from|between)\s+"
    r"|(?P<hedge>around|about|roughly|approximately|approx\.|nearly|almost|near|circa|~)\s*(?:at\s+)?"
    # or no word before it, said in the footage right after: "the solo starts 2.52 in the album version"
    rf"|(?<=[^\W\d]\s)(?P<bare>)(?=(?:\d\.)?[0-5]?\d\.[0-5]\d\s+(?:in|into)\s+the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b))"
    # (not a ratio: "shot in IMAX at 1.43:1")
    # (a British webcast's hours too: "is at 1.02.30")
    r"(?:<(?:b|strong|em|i|mark)>|\*{1,2}|_{1,2})?(?:(?P<h>\d)\.(?=[0-5]\d\.[0-5]\d))?(?P<m>(?(h)[0-5]\d|[0-5]?\d))"
    r"\.(?P<s>[0-5]\d)(?![\d.,]?\d|:\d)"
    r"(?:</(?:b|strong|em|i|mark)>|\*{1,2}|_{1,2})?"
    # (its end with hours too, as the start may have them: "From 1.40.05 to 1.41.20" (round 151))
    r"(?:\s*(?:[-–—]|to|and|till|until)\s*(?:(?P<h2>\d)\.(?=[0-5]\d\.[0-5]\d))?(?P<m2>(?(h2)[0-5]\d|[0-5]?\d))"
    r"\.(?P<s2>[0-5]\d)(?![\d.,]?\d)"
    # a stretch open to the footage's end: "from 3.40 till the end", "from 2.05 to the very end of the clip"
    r"|(?<=\d)\s*,?\s+(?P<toend>(?:till|until|to|through|thru)\s+the\s+(?:very\s+)?end)\b)?"
    rf"(?=\s*(?:[,;:!?)\]–—-]|\.(?!\d)|$|(?:{_CLAUSE_GOES_ON}|"
    # (and the particles Singapore and Malaysian English put after it: "around 1.05 lor", "at 2.10 lah" (round 128))
    r"lor|lah|leh|liao|sia|meh|hor|mah|ah)\b"
    # (and a subject named with an honorific, as a news report names people: "From 1.40 to 2.15 Ms. Mohanty reads out
    # the fare chart" (round 182); not the milliseconds "ms" its letters also write)
    r"|(?-i:Mr|Mrs|Ms|Mx|Dr|Smt|Shri|Sri)\.?[^\S\n]+(?-i:[A-Z])"
    # a stretch as the subject: "the portion from 4.05 to 4.40 was edited out"; or one opening its clause: "From 2.20
    # to 2.40 other motorists can be seen" (not a clock's or a unit's word or a unit's letter: "from 9.30 to 10.30
    # hrs", "at 4.50 each", "lag measured at 0.04 s"); a point's verb ("the slide at 21.05 has a typo") is kept as
    # ``verb``, a position only on a page listing its recording's chapters ("the bus at 4.40 was late" is not)
    rf"|(?(m2)(?:is|was|are|were|(?!{_DOT_UNITS}\b)[a-z]+)\b|(?P<verb>(?!{_DOT_UNITS}\b)[a-z]{{2,}})\b)))",
    re.IGNORECASE)
# A verb placing something in the footage, right before a dotted number with no preposition: "the solo proper starts
# 2.52 in the album version", "the riff comes back 4.05 into the live video".
_PLACED_VERB_BEFORE = regex(
    r"\b(?:start|begin|began|begun|come|came|kick|appear|happen|occur|land|drop|arrive|end|stop|return|enter|cut|"
    r"fade|show|turn|pop|crop)(?:s|ed|ing)?(?:\s+(?:in|up|back|off|out|on))?(?:\s+(?:right|just|exactly))?\s+$",
    re.IGNORECASE)
PLACED_VERB_CHARS = 40
# A verb or a word other than the ones a position's clause goes on with, after a dotted point: it is the subject.
_SUBJECT_AFTER = regex(rf"\s*(?!(?:{_CLAUSE_GOES_ON})\b)[a-z]{{2,}}\b", re.IGNORECASE)
# A dotted point said again, whatever follows it ("The metro test at 6.10 was very helpful", a comment's "Kindly see
# from 1.20 onwards"), its groups named as _DOTTED_POSITION's (the ones it has no part for never take part).
_DOTTED_SAID_AGAIN = regex(
    r"(?<![\w])(?:at\s+|from\s+(?=[0-5]?\d\.[0-5]\d\s*(?:onwards?|on)\b)"
    # or named as a moment of the footage: "(Kindly note the 0.42 moment is the one ... asked to explain.)" (round 138)
    r"|(?:the|that|this)\s+(?=[0-5]?\d\.[0-5]\d\s+(?:moment|point|spot|bit|part)\b)"
    r"|(?P<hedge>around|about|roughly|near)\s+(?:at\s+)?)(?P<open>(?!))?(?P<h>(?!))?"
    r"(?P<m>[0-5]?\d)\.(?P<s>[0-5]\d)(?![\d.,]?\d|:\d)(?P<m2>(?!))?(?P<s2>(?!))?(?P<toend>(?!))?(?P<verb>(?!))?",
    re.IGNORECASE)
# A price, a rate or odds before the number ("the stock trades at 1.12", "priced at 4.50", "odds of about 2.10"),
# or when the clip itself went out ("the ABC screened the clip at 7.30", "posted at 9.15"); not a rate that names a
# measure of the footage or the body ("the frame-rate overlay at 6.45 in my video" (round 139), "heart rate").
_PRICED_BEFORE = regex(
    r"(?:\b(?:pric\w*|trad\w*|sell\w*|sold|cost\w*|(?<!-)(?<!frame\s)(?<!refresh\s)(?<!heart\s)(?<!bit\s)"
    r"rat(?:e|ed|es|ing)|odds|valued|quoted|exchange|Rs|INR|USD)\b[^.;!?]{0,30}|[$£€₹])$",
    re.IGNORECASE)
# ... the clip's going out, the number not said in the footage: "As per CCTV footage shared by security, at 2.35 in
# the footage one person ... is entering" (round 185) places it there.
# (the clip's going out told in a clause a colon closes: "Kindly see the clip (3.20 minutes long) shared in the
# group: at 0.48 the child is pressing all buttons" (round 169) lists where, after it)
_WENT_OUT_BEFORE = regex(
    r"\b(?:screened|aired|broadcast|televised|posted|uploaded|shared|released|published)\b[^.;!?:]{0,30}$",
    re.IGNORECASE)


# A lone dotted point after "from": where a value changed from ("Upgraded to 5.10 last week from 4.01").
_CHANGED_FROM = regex(r"from\s", re.IGNORECASE)


def _told_work_points(text: str, dotted: list[re.Match[str]], paragraph: int, b: int, e: int) -> list[re.Match[str]]:
    """The dotted numbers of a sentence in a paragraph that tells a work's length: all of them when the paragraph
    names the footage before it; else only the ones said "at", hedged or as a stretch, not a lone "from 4.01" with
    no end and no "onwards" (a value changed from: "Upgraded to 5.10 last week from 4.01")."""
    if footage_word(text, paragraph, b):
        return dotted
    return [m for m in dotted if not (_CHANGED_FROM.match(m.group(0)) and m.group("m2") is None
                                      and m.group("toend") is None and _ONWARDS_AFTER.match(text, m.end(), e) is None)]
# "onwards" after the number: where to watch from, never a price ("the auntie selling chendol at 4.40 onwards").
_ONWARDS_AFTER = regex(r"\s*onwards?\b", re.IGNORECASE)


# A betting market or a bettor's word right before the number: its decimal odds (round 126: "Man City -1.5 at 2.10,
# BTTS 1.72"; "over 44.5 points at 1.45", "the Bulls to win at 2.05", "each-way at 9.50", "We backed Sundowns at").
_ODDS_BEFORE = regex(
    r"(?:(?<![\w.])[+−-]\d{1,2}\.5|\b(?:over|under)\s+\d{1,3}\.5(?:\s+[a-z]+)?"
    r"|\b(?:to\s+(?:win|lift|qualify)|BTTS|each[\s-]way)(?:\s+[\w'’-]+){0,3}"
    r"|\b(?:bet|bets|betting|backed|backing|wager(?:s|ed|ing)?|punt(?:s|ed|ing)?|bookies|bookmakers?|tipped)\b"
    r"[^.;!?]{0,30})\s*$", re.IGNORECASE)


def _priced(text: str, m: re.Match[str], b: int, e: int) -> bool:
    """A price, a rate or a time of posting before the dotted number (:data:`_PRICED_BEFORE`), or a betting market
    before it (:data:`_ODDS_BEFORE`) with the number not said in the footage, unless "onwards" follows it: "selling
    chendol at 4.40 onwards" points into the footage (round 98)."""
    if _ONWARDS_AFTER.match(text, m.end(), e) is not None:
        return False
    lo = max(b, m.start() - 40)
    return _PRICED_BEFORE.search(text, lo, m.start()) is not None or (
        (_ODDS_BEFORE.search(text, lo, m.start()) is not None
         or _WENT_OUT_BEFORE.search(text, lo, m.start()) is not None)
        and not _dotted_in_footage(text, m, b, e))


def _choose(
    cands: list[Candidate], text: str, b: int, e: int, blocked: list[tuple[int, int]], footage_context: bool = False,
    duration: float | None = None, near: float | None = None, lengths: _Lengths | None = None,
    reached: float | None = None, placed: frozenset[str] = frozenset(), told: AbstractSet[str] = frozenset(),
) -> list[Candidate]:
    """Longest phrase wins where finders overlap; an excluded phrase still claims its
    span, so "from 9:15 to 10:45 that day" does not leak "9:15". ``near``: the start of the
    moment the text was just walking through (with ``footage_context``). ``placed``: the timecodes placed as
    positions earlier in the paragraph (said again, one stays a position beside a time of day); ``told``: those
    placed anywhere before (:func:`_said_again`)."""
    under_a_minute = False  # a position under a minute placed earlier in the sentence
    for c in sorted(cands, key=lambda c: c.begin):
        while c.end > c.begin and text[c.end - 1].isspace():
            c.end -= 1
        # (a time element inside the stated length, the paragraph walking through the footage: "<a ...>listen from
        # 8:32</a>. Her story ... starts at <time>00:21:40</time>" in an episode of "Length 44:50" (round 173))
        # (its hour zero: "<time>19:30</time>" is still a clock of the day)
        walking = footage_context and lengths is not None and lengths.longest is not None \
            and c.start < lengths.longest and _ZERO_HOUR.match(text, c.begin) is not None
        markup = _markup_reason(text, c, b, e, walking)
        if markup:
            c.excluded = markup
        elif c.timecode and c.kind in ("point", "range"):
            # "At 0:25 can see the carriage stuck, then around 1:10 got the announcement": a time under a minute no
            # clock of the day reads, then another told "then", walks on through the same footage.
            walked = footage_context or (under_a_minute and _THEN_BEFORE.search(text, max(b, c.begin - 12), c.begin)
                                         is not None)
            # (worked out when first read: a candidate a longer phrase wins is often never asked)
            c.defer(_verdict_of(c, c.begin, c.end, text, b, e, walked, blocked, told, lengths))
            # "Roughly 3:20:00 into the livestream, counsel objected; it was overruled at 3:24:10":
            # a position said into the recording makes the rest of the sentence walk through it.
            footage_context = footage_context or (_INTO.match(text, c.end, e) is not None and not c.excluded)
            under_a_minute = under_a_minute or (c.kind == "point" and _UNDER_A_MINUTE.search(text, c.begin, c.end)
                                                is not None and not c.excluded)
        elif c.kind == "point" and any(lb <= c.begin and c.end <= le for lb, le in blocked):
            c.excluded = "footage length"  # "Runtime 2h 14m": a compact length is no offset either
    _titles_and_struck(cands, text, e)
    _verb_range_of_day(cands, text)
    _bare_clocks(cands, text, b, e, duration, near, lengths, reached)
    _share_clock_exclusions(cands, text, b, e)
    # A range ending before it starts is a clock past midnight ("from 23:58:10 to 00:02:30 by
    # the camera clock", set aside above) or no range: its ends are then read one by one, as before.
    for c in cands:
        if c.kind == "range" and c.timecode and c.stop is not None and c.stop <= c.start \
                and _past_midnight(text, c) and not c.excluded:
            c.excluded = "time of day"  # "moves the last tram from 23:40 to 00:15": claims its span, ends and all
    _share_span_exclusions(cands, text, e)
    cands[:] = [c for c in cands if not (c.kind == "range" and c.stop is not None and c.stop <= c.start
                                         and not c.excluded)]
    taken = _longest_first(cands)
    # A sentence that tells a time of day and has no footage word tells only world times:
    # "The first bus arrives at 6:05 and the last leaves at 23:40".
    # A live range ("Between 1:05 and 1:20 a plume rises") or a bracketed time says the sentence walks
    # through footage, and keeps its own points.
    # A live blog's entry stamp heading the sentence is the post's time, not one the sentence tells.
    # So does a message under a chat export's header saying its half of the day ("[10:58 AM] Aisha Bello").
    # A time of day read off a clock in the picture says the sentence walks through footage ("At 1:20, when the
    # doorbell's own clock reads 9:17 p.m., ...").
    if (any(_tells_time_of_day(text, t) and t.timecode and not entry_stamp(text, t.begin, t.end)
            and not post_stamp(text, t.begin, t.end) and not names_report(text, t.begin, t.end)
            for t in taken) or under_half_day_header(text, b)
            or _day_time_in_words(text, b, e, taken)) \
            and not footage_word(text, b, e) and not reads_a_clock(text, b, e) \
            and not any(t.kind == "range" and t.timecode and not t.excluded for t in taken):
        listed: Candidate | None = None  # the time of day just before, for a list told after one preposition
        placed_before: Candidate | None = None  # the position just before: "paused it at 0:47 and again at 1:12"
        # (not under a chat message's header: "[10:58 AM] ... see you at 2:30" is the day's clock said again)
        again = frozenset() if not placed or under_half_day_header(text, b) else placed
        # (a timecode the paragraph placed as a position stays one when said again beside a time of day: "At 2:02
        # in A, the roof collapses. Shadows ... at 2:02 put the sun ..., consistent with about 4:10 p.m." (round 143))
        for t in sorted(taken, key=lambda t: t.begin):
            # the preposition may be the candidate's own hedge: "reach the summit around 6:30"; or the list's first
            # time's: "returning at 8:15, 12:00 and 17:00"
            said_as_clock = _CLOCK_PREPOSITION.search(text, max(b, t.begin - 12), t.begin) \
                or _CLOCK_HEDGE.match(text, t.begin, t.end) \
                or (listed is not None and _COORDINATION_GAP.fullmatch(text, listed.end, t.begin))
            if t.timecode and t.kind == "point" and not t.excluded and not _INTO.match(text, t.end, e) \
                    and not bracketed(text, t.begin, t.end) and said_as_clock \
                    and not never_a_clock(text, t.begin, t.end) and not reader_sent_to(text, t.begin) \
                    and not (placed_before is not None and _AGAIN_GAP.fullmatch(text, placed_before.end, t.begin)) \
                    and text[t.begin:t.end] not in again \
                    and not _clause_apart_in_length(text, t, taken, lengths):
                t.excluded = "time of day"
            listed = t if t.timecode and t.kind == "point" and t.excluded == "time of day" else None
            placed_before = t if t.timecode and t.kind == "point" and not t.excluded else placed_before
    for t in taken:
        t.excluded = t.excluded  # (each verdict worked out now: ``told`` and ``lengths`` change after the sentence)
    return sorted(taken, key=lambda c: c.begin)


def _verdict_of(c: Candidate, begin: int, end: int, text: str, b: int, e: int, walked: bool,
                blocked: list[tuple[int, int]], told: AbstractSet[str], lengths: _Lengths | None) -> Callable[[], str]:
    """The verdict on timecode ``c`` at text[begin:end], to be worked out when first read (:meth:`Candidate.defer`;
    ``walked``, ``told`` and ``lengths`` as they stand now, which nothing changes before the sentence is done): the
    rules' and the model's, a time of day said again or found in a recording kept, a stated length's overlap."""
    def verdict() -> str:
        reason = clock_verdict(text, begin, end, b, e, walked)
        if reason == "time of day" and (
                _said_again(text, c, b, e, walked, told)
                or lengths is not None and _found_in_recording(text, c, b, e, lengths)):
            reason = ""
        # A stated length blocks a timecode it overlaps, unless it is only part of a longer
        # phrase ("a 30-second sequence that starts at 4:15").
        if not reason and any(lb < end and begin < le and not (begin <= lb and le <= end and end - begin > le - lb)
                              for lb, le in blocked):
            reason = "footage length"
        return reason
    return verdict


def _longest_first(cands: list[Candidate]) -> list[Candidate]:
    """The candidates that claim their spans: the longest first, one overlapping none taken before it; at equal length
    one set aside last, then a range (the time of a table's Start cell is its row's range: forms.find_table_ranges),
    then the first. A verdict is read only of a candidate no longer one has already beaten."""
    taken: list[Candidate] = []
    for length in sorted({c.length for c in cands}, reverse=True):
        left = [c for c in cands if c.length == length and not any(t.begin < c.end and c.begin < t.end for t in taken)]
        for c in sorted(left, key=lambda c: (c.excluded != "", c.kind != "range", c.begin)):
            if not any(t.begin < c.end and c.begin < t.end for t in taken):
                taken.append(c)
    return taken


def _found_in_recording(text: str, c: Candidate, b: int, e: int, lengths: _Lengths) -> bool:
    """A clock told in the past as what a watcher found in a recording named just before in the paragraph with its
    length, and inside that length: "... watched State's Exhibit 7, the 22-minute bodycam recording ... In her ruling
    she wrote that the handcuffs went on at 06:02" (round 137) is the recording's 6:02; not a clock past the length
    ("she wrote that the hearing ended at 23:40") nor one of a part of the day ("at 06:02 that morning")."""
    paragraph = text.rfind("\n\n", 0, b) + 1
    told = [s for s in lengths.seen if paragraph <= s.begin < b
            and footage_word(text, max(paragraph, s.begin - TOLD_RECORDING_CHARS), s.end + TOLD_RECORDING_CHARS)]
    return bool(told) and max(c.start, c.stop or 0.0) < told[-1].seconds \
        and _FINDING_BEFORE.search(text, b, c.begin) is not None and _DAY_WORDS.search(text, b, e) is None \
        and _NIGHT.search(text, b, e) is None


# How far either side of a told length its recording's noun is read ("the 22-minute bodycam recording").
TOLD_RECORDING_CHARS = 40
# A watcher's finding told: "she wrote that", "the court found that", "their report notes that".
_FINDING_BEFORE = regex(r"\b(?:wrote|found|finds|noted|notes|ruled|rules|held|holds|concluded|concludes|testified|"
                        r"observed|observes|stated|states|determined|determines|says|said)\s+that\b", re.IGNORECASE)
_NIGHT = regex(r"\bnight\b", re.IGNORECASE)


def _placed_in_paragraph(text: str, b: int, moments: list[Moment]) -> frozenset[str]:
    """The quotes of the timecode positions placed in the paragraph holding ``b``, before it (the last few; the
    paragraph read back at most ``PARAGRAPH_READ_CHARS``: this runs for every sentence)."""
    if not moments:
        return frozenset()
    floor = max(0, b - PARAGRAPH_READ_CHARS)
    start = max(floor, text.rfind("\n\n", floor, b))
    return frozenset(m.quote for m in moments[-RESTATED_SPANS:]
                     if m.span is not None and m.span[0] > start and _TIMECODE_QUOTE.fullmatch(m.quote))


# A position's quote that is a bare timecode: "2:02", "1:04:10".
_TIMECODE_QUOTE = regex(r"\d{1,2}(?::[0-5]\d){1,2}")


def _told_quote(text: str, c: Candidate, quote: str, b: int, e: int) -> tuple[str, ...]:
    """The quote of the position ``c`` just placed, for :func:`_said_again`, if it is a bare timecode placed in a
    sentence [b, e) naming the footage ("The highlights show the grounding at 5:41"); else nothing."""
    return (quote,) if c.timecode and _TIMECODE_QUOTE.fullmatch(quote) and footage_word(text, b, e) else ()


def _said_again(text: str, c: Candidate, b: int, e: int, walked: bool, told: AbstractSet[str]) -> bool:
    """The bare timecode ``c`` (in the sentence [b, e)), set aside as a time of day by its sentence's past tense alone,
    is a position the text placed before in a sentence naming the footage, said again: "The highlights show the
    grounding at 5:41 ..." and a reader's "Coombes try was held up at 5:41" (round 51) name the same place in the
    footage, the verb's tense no clock. Not when other words tell the day ("at 5:41 p.m.", "called at 5:41 that
    morning")."""
    return text[c.begin:c.end] in told and not told_day_after(text, c.end) \
        and not clock_exclusion(text, c.begin, c.end, b, e, walked, tense=False)


def _day_time_in_words(text: str, b: int, e: int, taken: list[Candidate]) -> bool:
    """The sentence [b, e) tells a time of day no clock candidate covers ("2 a.m.", "6 o'clock"), outside brackets and
    not read off a clock, and its live clocks are all of the day's shape with an hour (round 145: "At 2 a.m. the first
    trucks roll into the Sassoon Dock in Mumbai, and by 4:30 the auction is in full swing"), before its clocks: it tells
    world times, as a sentence with an excluded clock of the day does (not "At 0:45 the fox reaches the bin, after 2
    a.m.", nor "The mic test at 3:30 is honest: callers heard me even around 5pm", a time told after)."""
    points = [t for t in taken if t.timecode and not t.excluded]
    if not points or any(not day_clock_shape(text, t.begin, t.end) or (h := _CLOCK_HOUR.search(text, t.begin, t.end))
                         is None or int(h.group(1)) == 0 for t in points):
        return False
    first = min(t.begin for t in points)
    for m in _DAY_TIME_TOLD.finditer(text, b, first):
        if any(t.begin <= m.start() < t.end for t in taken) or _CLAUSE_BREAK.search(text, m.end(), first):
            continue  # (in the clock's clause: not "open 8AM–6PM, Mon–Sat. If you only want the sound, it's at 11:20")
        if text.count("(", b, m.start()) <= text.count(")", b, m.start()) \
                and not _DAY_TIME_READ_BEFORE.search(text, max(b, m.start() - 12), m.start()):
            return True
    return False


# A clause's or a sentence's end between a time told in words and a clock: "6 p.m. here; the eyecatch at 11:58".
_CLAUSE_BREAK = regex(r"[;:!?]|\.\s")


def _clause_apart_in_length(text: str, t: Candidate, taken: list[Candidate], lengths: _Lengths | None) -> bool:
    """"A bus passes around 1:15; the timetable shows the last one leaving the depot at 23:18": a point a semicolon
    keeps apart from the sentence's clocks of the day, each of them an hour past noon no footage the text measures
    reaches, and the point inside the length it states: the footage's, not the day's."""
    length = nearest_length(lengths.seen, t.begin) if lengths is not None and lengths.seen else None
    if length is None or t.start >= length:
        return False
    days = [d for d in taken if _tells_time_of_day(text, d)]
    return bool(days) and all(
        (text.find(";", min(d.end, t.end), max(d.begin, t.begin)) >= 0
         and (h := _CLOCK_HOUR.search(text, d.begin, d.end)) is not None and int(h.group(1)) > NOON_HOUR)
        or _in_relative_clause_before(text, d, t)
        for d in days)


# A relative clause set off by commas, telling its subject's own past: "The driver, who had been on shift since 05:45,
# announces the next stop at 1:30" (round 143): its clock of the day is the clause's, not the main clause's.
_RELATIVE_CLAUSE_OPEN = regex(r",\s+(?:who|whose|which)\b[^,;.()\n]{0,60}$", re.IGNORECASE)
_RELATIVE_CLAUSE_CLOSE = regex(r"[^,;.()\n]{0,30},")


def _in_relative_clause_before(text: str, d: Candidate, t: Candidate) -> bool:
    """The time of day ``d`` stands in a comma-closed relative clause that ends before the point ``t``."""
    return d.end <= t.begin and _RELATIVE_CLAUSE_OPEN.search(text, max(0, d.begin - 70), d.begin) is not None \
        and (m := _RELATIVE_CLAUSE_CLOSE.match(text, d.end)) is not None and m.end() <= t.begin


def _tells_time_of_day(text: str, t: Candidate) -> bool:
    """The candidate is a time of day its sentence tells: a world clock, or a chat stamp saying its half of the day
    ("[9:41 PM] Sam: see you at 8:30", set aside as the chat's clock, not the footage's)."""
    return t.excluded == "time of day" or (t.excluded == CHAT_CLOCK and half_day_stamp(text, t.end))


# A timecode whose hours are zero, as a running time from the start writes them: "00:21:40", "0:48:15".
_ZERO_HOUR = regex(r"0?0:[0-5]\d:[0-5]\d")


def _markup_reason(text: str, c: Candidate, b: int, e: int, walking: bool = False) -> str:
    """Why the HTML around candidate ``c`` (in the sentence [b, e)) makes it no position, or "": inside a tag's
    attribute, or the whole text of an element that stamps the day or badges a length. ``walking``: the paragraph
    is walking through footage and ``c`` is inside its stated length (a time element with no date is then read by
    its words)."""
    if _in_attribute(text, c.begin, c.end):
        return "markup"  # '<time datetime="2025-10-03T08:15:00">', '<div data-start="1:12">'
    if c.timecode and (_dated_time_element(text, c.begin, c.end)
                       or (not walking and _day_time_element(text, c.begin, c.end, b, e))):
        return "time of day"  # '<time datetime="2024-01-21T18:45:00Z">18:45</time>': a post's stamp
    if c.timecode and _length_element(text, c.begin, c.end):
        return "duration"  # '<span class="duration">12:41</span>': a video card's length badge
    return ""


def _in_attribute(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] is inside an HTML tag's attribute value ('<time datetime="...08:15...">'): markup,
    never a position, unless it is a link's own time ('src=".../embed/x?start=212"', a phrase with its "=")."""
    lo = max(0, begin - ATTRIBUTE_CHARS)
    before = text[lo:begin]  # (a slice searched: cheaper than a bounded search of the whole text)
    lt = before.rfind("<")
    return lt >= 0 and ">" not in before[lt:] and "=" not in text[begin:end] \
        and _ATTRIBUTE_OPEN.match(before, lt) is not None and ">" in text[end:end + ATTRIBUTE_CHARS] \
        and _SHOWN_ATTRIBUTE.search(before, lt) is None


def _dated_time_element(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] is the whole text of an HTML ``<time>`` element whose ``datetime`` holds a calendar
    date: a stamp of the day ('<time datetime="2024-01-21T18:45:00Z">18:45</time>'), where a position would carry a
    duration ('datetime="PT2M27S"') or nothing."""
    return _TIME_ELEMENT_CLOSE.match(text, end) is not None \
        and _DATED_TIME_ELEMENT_OPEN.search(text[max(0, begin - ATTRIBUTE_CHARS):begin]) is not None


def _day_time_element(text: str, begin: int, end: int, b: int, e: int) -> bool:
    """Whether text[begin:end] is the whole text of an HTML ``<time>`` element with no ``datetime`` (or one holding a
    clock, not a duration), read as HTML reads it: a time of the day, its hour in two digits ("<td><time>14:30</time>
    </td>" in a festival's schedule (round 110)), unless its sentence names footage ("the glaze goes on at
    <time>09:20</time> in the video"; "<time>6:05</time>", no valid time of the day, is left to the words)."""
    return _TIME_ELEMENT_CLOSE.match(text, end) is not None and _HTML_DAY_TIME.fullmatch(text, begin, end) is not None \
        and _DAY_TIME_ELEMENT_OPEN.search(text[max(0, begin - ATTRIBUTE_CHARS):begin]) is not None \
        and not footage_word(text, b, e)


def _length_element(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] is the whole text of an HTML element whose class or itemprop names a length
    ('<span class="duration">12:41</span>', '<div class="video-length">1:04:09</div>',
    '<span class="dur">38:27</span>'): a video card's or a player's badge."""
    return _ELEMENT_CLOSE.match(text, end) is not None \
        and _LENGTH_ELEMENT_OPEN.search(text[max(0, begin - ATTRIBUTE_CHARS):begin]) is not None


_LENGTH_ELEMENT_OPEN = regex(
    r"<[A-Za-z][\w-]*\s[^<>]*\b(?:class|itemprop|id)\s*=\s*[\"'][^\"'<>]*"
    r"(?<![\w])(?:duration|dur|length|len|run-?time|running-?time)\b[^\"'<>]*[\"'][^<>]*>\s*$", re.IGNORECASE)
_ELEMENT_CLOSE = regex(r"\s*</[A-Za-z][\w-]*\s*>")
_DATED_TIME_ELEMENT_OPEN = regex(r"<time\s[^<>]*\bdatetime\s*=\s*[\"']\d{4}-\d\d-\d\d[^\"'<>]*[\"'][^<>]*>\s*$",
                                      re.IGNORECASE)
_TIME_ELEMENT_CLOSE = regex(r"\s*</time>", re.IGNORECASE)
# A "<time>" with no datetime, or one holding a clock ('<time datetime="14:30">'), and HTML's valid time of the day.
_DAY_TIME_ELEMENT_OPEN = regex(
    r"<time(?:\s+(?![^<>]*\bdatetime\b)[^<>]*|\s[^<>]*\bdatetime\s*=\s*[\"'](?:[01]\d|2[0-3]):[0-5]\d[^\"'<>]*[\"'][^<>]*)?"
    r">\s*$", re.IGNORECASE)
_HTML_DAY_TIME = regex(r"(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?")
# How long a tag may run before a time in one of its attributes.
ATTRIBUTE_CHARS = 400
# A tag's name, then at least one attribute, up to an open value: '<time datetime="', "<div data-t='1:12".
_ATTRIBUTE_OPEN = regex(r"<[A-Za-z][\w:-]*\s[^<>]*=\s*[\"'][^\"'<>]*$")
# An image's alt text, the words read in the image's place: '<img alt="Screenshot at 3:02 of the video' (prose, as a
# Markdown image's "![Still from 2:31]" is; a tooltip's title="at 2:30" stays markup).
_SHOWN_ATTRIBUTE = regex(r"(?<![\w:-])alt\s*=\s*[\"'][^\"'<>]*$", re.IGNORECASE)


def _verb_range_of_day(cands: list[Candidate], text: str) -> None:
    """A stretch told with a past verb and "until" whose start, read alone with its verb, is a time of day: "Starters
    arrived at 20:05 and mains not until 20:50" (round 30): the rules read a range from its first word, so the past
    verb that makes "arrived at 20:05" the day's was inside the phrase; the start's verdict is the stretch's ("shows
    up at 0:48 and stays until 1:35" keeps both, its start a position)."""
    for c in cands:
        if c.kind != "range" or not c.timecode or not _VERB_OPENED.match(text, c.begin, c.end) or c.excluded:
            continue
        first = min((t for t in cands if t.kind == "point" and t.timecode and c.begin < t.begin and t.end <= c.end),
                    key=lambda t: t.begin, default=None)
        if first is not None and first.excluded == "time of day":
            c.excluded = first.excluded


# A stretch opened by a verb in the past, its end told "until": "arrived at 20:05 and ... until 20:50" (not "starts at
# 15:45 and runs until 38:20", a programme's part, nor "for 10 seconds at 2:40").
_VERB_OPENED = regex(r"(?:[a-z]{2,}ed|came|went|got|sat|stood|ran|rose|fell|took|left)\b(?=[^.;!?]*\b(?:until|till)\b)",
                     re.IGNORECASE)


def _titles_and_struck(cands: list[Candidate], text: str, e: int) -> None:
    """Sets aside a figure in a chapter's title and a time struck through and corrected in place."""
    for c in cands:
        # (each verdict read last: a candidate's is worked out when first read)
        if c.kind in ("point", "range") and in_chapter_title(text, c.begin, c.end) and not c.excluded \
                and not (text.find("=", c.begin, c.end) >= 0 and LINK.search(text, c.begin, c.end)):
            # "9:12 Battery life – 9h40m in my test": a figure of the topic (a link's start time is a position
            # wherever it stands: "• 1:44:10 — the try: youtube.com/watch?v=…&t=1h44m10s" (round 193))
            c.excluded = "chapter title"
        elif c.kind == "point" and _struck_through(text, c.begin, c.end, e) and not c.excluded:
            c.excluded = "corrected away"  # "the turn is at ~~5:40~~ 5:52": only the correction is meant


def _struck_through(text: str, begin: int, end: int, e: int) -> bool:
    """text[begin:end] is struck through (Markdown "~~5:40~~", HTML "<s>", "<del>") and corrected in place by the
    time right after it."""
    closing = _STRIKE_CLOSE.match(text, end, e)
    return closing is not None and _STRIKE_OPEN.search(text, max(0, begin - STRIKE_TAG_CHARS), begin) is not None \
        and _CORRECTION.match(text, closing.end(), e) is not None


_STRIKE_CLOSE = regex(r"~~|</(?:s|del|strike)>", re.IGNORECASE)
_STRIKE_OPEN = regex(r"(?:~~|<(?:s|del|strike)>)$", re.IGNORECASE)
STRIKE_TAG_CHARS = 8
# The correction: another time (a link's or emphasis' opening before it) right after the struck one, or after an
# arrow pointing to it ("~~6:40~~ → **6:52**", "~~6:40~~ -> 6:52").
_CORRECTION = regex(
    r"(?:\s|&nbsp;)*(?:(?:→|⟶|->|=>|&rarr;)(?:\s|&nbsp;)*)?(?:\[|\*{1,2}|<(?:b|strong|em|ins)>)?\d{1,2}:\d\d")


# Set-aside reasons that a word before a range can suggest ("urges people to vote from 4:30 to 4:51") but
# that a range inside the footage's length overrules (a range is no tally).
_WORDING_REASONS = frozenset({"score or ratio"})


def _ranges_inside_length(chosen: list[Candidate], duration: float | None, lengths: _Lengths) -> None:
    """"In the full six-minute address, ... the governor urges people to vote from 4:30 to 4:51": a range
    of timecodes that ends inside the footage's length (``duration``, else the nearest length the text
    states) is a stretch of that footage."""
    for c in chosen:
        if c.kind == "range" and c.timecode and c.excluded in _WORDING_REASONS and c.stop is not None:
            length = duration if duration is not None else lengths.nearest(c.begin)
            if length is not None and c.stop <= length:
                c.excluded = ""


# How far a listed clock may follow the one it is listed with ("reads 23:14:05 ..., and 23:16:40").
CLOCK_LIST_GAP_CHARS = 80
# A play of the game at the next time, after a game clock read in the sentence: "with 5:18 to play, and Toronto
# didn't challenge the earlier offside at 15:07" (round 94): the same game's clock.
_GAME_PLAY_AT_GAP = regex(
    r"\b(?:offside|icing|penalty|penalties|goal|equali[sz]er|opener|winner|faceoff|face-off|power\s+play|try|"
    r"touchdown|interception|fumble|foul|trip|hook|slash|free\s+kick|corner|timeout|time-out)s?\s+(?:call\s+)?"
    # (not a play said to be at a time, a new clause: "with 0:42 left on the clock; the game-winner is at 2:31")
    r"at\s+$", re.IGNORECASE)
_COLONS = regex(r":")
# Two clocks written with a zero-padded hour (not 00) are one kind of clock when this close.
PADDED_CLOCK_GAP_CHARS = 40
_PADDED_CLOCK = regex(r"(?<![\d:])0[1-9]:[0-5]\d(?![\d:])")
# The world-time reading of a sentence only takes clocks said with a preposition ("leaves at 23:40"),
# not "12:12 is peak comedy".
# A second position joined to the first by "and (again) at": "paused it at 0:47 and again at 1:12" (the same act
# repeated in the same footage, whatever clock of the day the sentence also tells).
_AGAIN_GAP = regex(r"\s*,?\s*(?:and|then|&)\s+(?:then\s+)?(?:again|once\s+more|later)\s+(?:at|around|about)\s+",
                        re.IGNORECASE)
_CLOCK_PREPOSITION = regex(r"\b(?:at|by|for|from|until|till|before|after|around|about)\s+$", re.IGNORECASE)
# ("the sorbet just before 22:00", "Ends approx. 21:45": a hedge that says when, as a preposition does)
_CLOCK_HEDGE = regex(r"(?:around|about|approximately|roughly|approx\.|(?:just|shortly)\s+(?:before|after))\s",
                          re.IGNORECASE)
_COMPARED_GAP = regex(
    # "0:41 on the old laptop, versus 1:10": a few words of the first may come before the comparison
    r"(?:\s+[^.;:!?\d]{0,40}?)?,?\s*(?:vs\.?|versus|against|instead\s+of|rather\s+than|compared\s+(?:with|to)|"
    # "filmed around 16:10 local time, not at 09:30 as claimed": the time it is not, of the same kind
    r"not(?:\s+(?:at|by|around|about|before|after|until))?|"
    # "used to leave at 6:55 and now it's 6:30", "the 7:15 is gone, moved to 7:40": what the same time was changed to
    r"(?:and\s+|but\s+)?now(?:\s+(?:it['’]s|it\s+is|they['’]re|they\s+are|at))?|"
    r"(?:moved|changed|switched|shifted|put\s+back|pushed\s+back|brought\s+forward)(?:\s+(?:it|them))?\s+to)\s*",
    re.IGNORECASE,
)
_INTO = regex(r"\s+(?:in|into)\b", re.IGNORECASE)
# A minutes-and-seconds time with no minutes closing the phrase: "0:25", "around 0:07" (not "00:25", past midnight).
_UNDER_A_MINUTE = regex(r"(?<![\d:.,])0:[0-5]\d(?![\d:.,])\Z")
# "then" (maybe after "and" or a comma) right before the next time: ", then around 1:10", "and then at 2:14".
_THEN_BEFORE = regex(r"\bthen,?\s+(?:(?:at|by|from)\s+)?\Z", re.IGNORECASE)
_POSITION_GAP = regex(
    r"\b(?:at|from|to|by|until|till|in|into|around|about|roughly|between|video|clip|footage|mark)\b|[.;:!?]"
    # "the mid-roll runs 00:46:55–00:48:50 and there's a short post-roll after 01:37:20": a range's end, "after"
    r"|\b(?:after|before|since|past)\b|\d:[0-5]\d"
    # "Lagos Rain (4:50) — 2:35", "Encore (7:02) — starts about 1:15:30": a list item's bracketed length closed, then
    # a dash to the next field, where the item is in the recording; a start said is a position
    r"|\)[^\S\n]*[—–-]|\b(?:starts?|starting|begins?|beginning)\b"
    # or a comma and a new clause with no bracket of its own: "On the league's YouTube highlights (6:12), Ochieng's
    # second is around 2:40" (round 110), where a list of lengths brackets each: "Lagos Rain (4:50), Night Bus (3:12)"
    r"|(?<=\d)\)[^\S\n]*,[^()\n]*$"
    # a thing placed by the next time: "ran 1:47 and the scene came around 41:30 there"
    r"|\b(?:came|comes|appears?|appeared|happens?|happened|occurs?|occurred)\b",
    re.IGNORECASE,
)


# A bare time with seconds is a clock, not a position, from this hour on when the footage's length is
# unknown ("at 23:15:44 the lights in the lobby go out"). Measured on every case set: no position is
# stated bare at 4 hours or more (the one at 10:02:30 says "in the recording"), while hearings and
# streams are cited up to about 4 hours ("2:03:10 into the almost four-hour hearing").
BARE_CLOCK_MIN_HOURS = 5
SECONDS_PER_HOUR = 3600.0
# (with a fraction of a second, a CCTV stamp's "15:14:40.250" or a decimal comma's "23:59:58,5", not a subtitle
# timestamp's three digits after a comma, "05:00:00,000", a position; with ISO 8601's end of the day, "24:00:00",
# the next day's midnight)
_BARE_HMS = regex(r"(?<![\d:.,])(?:(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3}|,\d{1,2}(?!\d))?|24:00:00)"
                  r"(?![\d:.,]\d)")


_CLOCK_HOUR = regex(r"(?<![\d:.,])(\d{1,2}):[0-5]\d")
# A range read backwards whose ends are an evening and a small-hours or morning clock runs past midnight (an
# all-night event's "(22:00–10:00)" too).
EVENING_FROM_HOUR, SMALL_HOURS_UNTIL = 18, 11
NOON_HOUR = 12
_ON_THE_HOUR = regex(r"(?<![\d:.,])\d{2}:00(?![\d:])")


def _past_midnight(text: str, c: Candidate) -> bool:
    hours = [int(h) for h in _CLOCK_HOUR.findall(text, c.begin, c.end)]
    # (or a shift of whole hours from the afternoon on: "PM block 16:00–04:00", "nights 14:00-02:00")
    return len(hours) == 2 and (EVENING_FROM_HOUR <= hours[0] <= 23 or (
        NOON_HOUR <= hours[0] <= 23 and len(_ON_THE_HOUR.findall(text, c.begin, c.end)) == 2)) \
        and hours[1] <= SMALL_HOURS_UNTIL


def _bare_clocks(cands: list[Candidate], text: str, b: int, e: int, duration: float | None,
                 near: float | None, lengths: _Lengths | None = None, reached: float | None = None) -> None:
    """Times with seconds that the footage cannot reach, with no footage word in the sentence, are
    times of day: past the footage's length when it is known, else from ``BARE_CLOCK_MIN_HOURS``.
    A range counts when both its ends are such times ("from 23:15:44 to 23:17:02"). A text walking
    through footage (``near``, the moment just before) moves in steps of less than an hour: a time
    within one of it stays a position, and so does one inside a footage length the text stated before
    ("the recording, which is more than seven hours long, ... The final is from 6:12:30 to 6:15:05"). So does one
    within an hour of the furthest position the text has placed (``reached``): "the moment comes 18:22:40 into the
    broadcast ... If you skip to 18:22:10 you get the build-up" (a 31-hour stream)."""
    reach = duration if duration is not None else BARE_CLOCK_MIN_HOURS * SECONDS_PER_HOUR
    if duration is None and reached is not None:
        reach = max(reach, reached + SECONDS_PER_HOUR)
    for c in cands:
        if not c.timecode or c.kind not in ("point", "range") or c.start < reach or c.excluded:
            continue
        # (a list of best bits, line by line, may step hours on: "3:02:44 mum walks in\n...\n7:31:10 raid")
        if near is not None and (abs(c.start - near) < SECONDS_PER_HOUR
                                 or (c.start > near and _opens_line(text, c.begin))):
            continue
        if duration is None and lengths is not None and lengths.seen \
                and max(c.start, c.stop or 0.0) <= (nearest_length(lengths.seen, c.begin) or 0.0):
            continue
        if len(_BARE_HMS.findall(text, c.begin, c.end)) != (1 if c.kind == "point" else 2):
            continue
        if bracketed(text, c.begin, c.end) or _INTO.match(text, c.end, e) or footage_word(text, b, e) \
                or of_recording(text, c.end, e) or names_shot(text, c.begin, c.end) \
                or (reached is not None and sends_reader(text, c.begin)):
            continue  # ("at 12:30:10 of part one", "the 12:30:10 bit": a recording's own time; after a position
            # placed, "Skip to 9:02:40")
        c.excluded = "time of day"


_LINE_OPENING = regex(r"[ \t]*(?:[-*•>]|\d{1,2}[.)])?[ \t]*$")


def _opens_line(text: str, begin: int) -> bool:
    """Only a list mark, if anything, stands between the start of the line and ``begin``."""
    line = text.rfind("\n", max(0, begin - 12), begin)
    return (line >= 0 or begin < 12) and _LINE_OPENING.fullmatch(text, line + 1, begin) is not None


def _share_clock_exclusions(cands: list[Candidate], text: str, b: int, e: int) -> None:
    """A clock listed right after an excluded clock of the same shape, with no
    footage word between, is the same kind of clock: "the camera's clock reads
    23:14:05 when the car arrives, and 23:16:40 when it leaves".
    Each step is deferred with the verdicts it reads (:meth:`Candidate.later`): a clock a longer phrase wins
    ("Between 12:34 and 71:34") is then never judged unless a clock that claims its span reads it."""
    clocks = sorted((c for c in cands if c.timecode and c.kind == "point"), key=lambda c: c.begin)
    _keep_listed_positions(clocks, text, e)
    for prev, c in zip(clocks, clocks[1:]):
        c.defer(functools.partial(_shared_from_before, prev.later(), c.later(), prev, c, text, e))
    for c, nxt in zip(clocks, clocks[1:]):
        c.defer(functools.partial(_shared_from_after, c.later(), nxt.later(), c, nxt, text, b, e))
    _share_game_clock_back(clocks, text)
    for prev, c in zip(clocks, clocks[1:]):
        c.defer(functools.partial(_measure_listed_after, prev.later(), c.later(), prev, c, text, e))


def _shared_from_before(before: Callable[[], str], own: Callable[[], str], prev: Candidate, c: Candidate, text: str,
                        e: int) -> str:
    """``c``'s verdict (``own()``) given the clock just before it, ``prev`` (its verdict ``before()``)."""
    prev_excluded, excluded = before(), own()
    gap = text[prev.end:c.begin]
    if prev_excluded and not excluded and _COMPARED_GAP.fullmatch(gap):
        excluded = prev_excluded  # "(41:12 vs 44:18)", "20:15 instead of 20:00": the same kind of time
    if prev_excluded == "clock shown on screen" and not excluded and _PAIRED_READING_GAP.fullmatch(gap):
        return prev_excluded  # "the kitchen clock reads 7:20 in one shot and 6:55 in the next": readings
    if prev_excluded not in _WORLD_CLOCKS or excluded:
        return excluded
    if _INTO_FOOTAGE_AFTER.match(text, c.end, e) or WHERE_IN_MEDIA_AFTER.match(text, c.end, e):
        # "the race clock read 1:41:22 when she attacked, which is 2:03:15 into the broadcast replay"; "PB is
        # 1:58:40 RTA, 2:14:05 is just where the crash is on the stream"
        return excluded
    if len(gap) > CLOCK_LIST_GAP_CHARS or footage_word(gap):
        return excluded
    shape = len(_COLONS.findall(text, prev.begin, prev.end)), len(_COLONS.findall(text, c.begin, c.end))
    if _same_fraction(text, prev, c) or shape[0] == shape[1] and (shape[0] >= 2 or (
            _PADDED_CLOCK.search(text, prev.begin, prev.end) and _PADDED_CLOCK.search(text, c.begin, c.end)
            and len(gap) <= PADDED_CLOCK_GAP_CHARS) or _coordinated(text, gap, c, e)
            or (_LABELLED_ITEM_GAP.fullmatch(gap) and not _INTO.match(text, c.end, e))) \
            or (prev_excluded == "game clock" and ";" not in gap and _GAME_PLAY_AT_GAP.search(gap) is not None):
        # "switched on at 09:00 and off again by 09:30": zero-padded clocks a clause apart; "<li>Doors:
        # 19:00</li><li>Film: 19:30</li>": the next labelled item of a programme
        return prev_excluded
    return excluded


def _shared_from_after(own: Callable[[], str], after: Callable[[], str], c: Candidate, nxt: Candidate, text: str,
                       b: int, e: int) -> str:
    """``c``'s verdict (``own()``) given the clock just after it, ``nxt`` (its verdict ``after()``)."""
    excluded, next_excluded = own(), after()
    # "(start 7:45, gates close 12:00)": a labelled item listed just before a world clock's item is one too
    if next_excluded == "time of day" and not excluded and _LABELLED_ITEM_GAP.fullmatch(text, c.end, nxt.begin) \
            and _ITEM_LABEL_BEFORE.search(text, max(b, c.begin - LABEL_BEFORE_CHARS), c.begin) \
            and not footage_word(text, max(b, c.begin - LABEL_BEFORE_CHARS), nxt.begin) \
            and not _INTO.match(text, c.end, e):
        excluded = next_excluded
    # "(34:10 vs PB 34:52)": a time set against a measure (a best, a record) is the same kind of measure
    if next_excluded in _MEASURES and not excluded and _SET_AGAINST_GAP.fullmatch(text, c.end, nxt.begin):
        excluded = next_excluded
    return excluded


def _measure_listed_after(before: Callable[[], str], own: Callable[[], str], prev: Candidate, c: Candidate, text: str,
                          e: int) -> str:
    """``c``'s verdict (``own()``) after a length or a measure just before it, ``prev`` (its verdict ``before()``)."""
    prev_excluded, excluded = before(), own()
    # "The title track runs 4:33 and the closer 7:12": a list of lengths, no position word between; "The swim
    # took 41:20 and the bike 2:31:05": a measure, then the next thing's, its verb left out.
    # A table's next cell is its own column's: "| Original livestream | 2:41:08 | 1:58:22 |" under "| Version |
    # Length | Where the slap happens |" gives a length, then a position.
    if not excluded and (prev_excluded == "footage length" or (
            prev_excluded in _MEASURES and _MEASURE_LIST_GAP.fullmatch(text, prev.end, c.begin)
            and not _INTO.match(text, c.end, e) and not WHERE_IN_MEDIA_AFTER.match(text, c.end, e))) \
            and not _POSITION_GAP.search(text, prev.end, c.begin) and c.begin - prev.end <= CLOCK_LIST_GAP_CHARS \
            and not (prev_excluded == "footage length" and (_NEXT_CELL.search(text, prev.end, c.begin)
                                                            or _INTO_FOOTAGE_AFTER.match(text, c.end, e))):
        # (not a time said into the work after its length: "the highlights (runs 11:20 on iPlayer), the header
        # is 3:41 into the highlights" (round 142))
        return prev_excluded
    if not excluded and prev_excluded == "footage length" and _converted_length(text, prev.end, c, e):
        return prev_excluded  # "the runtime 1:34:12 becomes roughly 1:30:20": what a length turns into
    return excluded


def _converted_length(text: str, length_end: int, c: Candidate, e: int) -> bool:
    """``c`` is what the length ending at ``length_end`` becomes, said right after it, placed in no footage."""
    return _CONVERTED_GAP.fullmatch(text, length_end, c.begin) is not None and not _INTO.match(text, c.end, e) \
        and not WHERE_IN_MEDIA_AFTER.match(text, c.end, e)


# A length's new value after its conversion: " becomes roughly ", " turns into about ", " shrinks to " (round 108).
_CONVERTED_GAP = regex(
    rf"\s+(?:becomes|became|turns\s+into|turned\s+into|shrinks\s+to|shrank\s+to|grows\s+to|grew\s+to|"
    rf"comes\s+out\s+(?:at|to)|works\s+out\s+(?:at|to))\s+(?:(?:{HEDGE})\s+)?", re.IGNORECASE)
_CONVERTED_AFTER = regex(_CONVERTED_GAP.pattern + r"\d", re.IGNORECASE)
# Between two cells of a table's row: a pipe, "</td><td>".
_NEXT_CELL = regex(r"\||</t[dh]\s*>", re.IGNORECASE)
# A time set against the next one, which a label may name: " vs PB ", " versus the record of ", " against WR ".
_SET_AGAINST_GAP = regex(
    r"\s*(?:vs\.?|versus|against)\s+(?:(?:the|my|his|her|their|a)\s+)?(?:(?:PB|WR|SOB|best|record|target|pace)"
    r"(?:\s+of)?\s*)?", re.IGNORECASE)


def _keep_listed_positions(clocks: list[Candidate], text: str, e: int) -> None:
    """"checked against the master at 3:30, 7:19 and 13:02": a time listed right after a position, nothing but a
    comma or a conjunction between, is a position as well; the learned veto alone does not split the list (round
    131: it took the last of three sync points, an hour-like "13:02", for a clock of the day). Deferred, as
    :func:`_share_clock_exclusions`'s steps."""
    for prev, c in zip(clocks, clocks[1:]):
        c.defer(functools.partial(_listed_position, prev.later(), c.later(), prev, c, text, e))


def _listed_position(before: Callable[[], str], own: Callable[[], str], prev: Candidate, c: Candidate, text: str,
                     e: int) -> str:
    excluded = own()
    return "" if excluded == VETOED and not before() and _coordinated(text, text[prev.end:c.begin], c, e) \
        else excluded


def _share_game_clock_back(clocks: list[Candidate], text: str) -> None:
    """"scored at 4:12, 11:37 and 18:50 of the third": the game's period said after the last clock of a coordinated
    list makes every clock of the list a game clock (the model's own veto of one gives way to that reason).
    Deferred, as :func:`_share_clock_exclusions`'s steps."""
    for c, nxt in reversed(list(zip(clocks, clocks[1:]))):
        c.defer(functools.partial(_game_clock_back, c.later(), nxt.later(), c, nxt, text))


def _game_clock_back(own: Callable[[], str], after: Callable[[], str], c: Candidate, nxt: Candidate,
                     text: str) -> str:
    excluded = own()
    if (not excluded or excluded == VETOED) and after() == "game clock" \
            and _COORDINATION_GAP.fullmatch(text, c.end, nxt.begin):
        return "game clock"
    return excluded


# Between two labelled items of a programme or a kit list: ", gates close ", "</li><li>Film: ", " · Doors ".
_LABELLED_ITEM_GAP = regex(
    r"[ \t]*(?:[,;/|·•]|</li>\s*<li>|<br\s*/?>)[ \t]*"
    r"(?:(?!(?:at|from|to|in|into|by|until|till|around|about|and|then|or)\b)[A-Za-z][\w'’-]*[ \t]*){1,3}:?[ \t]*",
    re.IGNORECASE)
# The first item's own label, opening its item: "(start ", "<li>Doors: ", "Kick-off: ".
# (no preposition in it: "Skip to 3:10, filmed 3:10 onwards" is a position, then the window it was filmed in)
_ITEM_LABEL_BEFORE = regex(
    r"(?:^|[(\[,;·•|>\n])[ \t]*"
    r"(?:(?!(?:at|from|to|in|into|by|until|till|around|about|and|then|or)\b)[A-Za-z][\w'’-]*[ \t]*){1,2}:?[ \t]*$",
    re.IGNORECASE)
LABEL_BEFORE_CHARS = 30
_MEASURES = frozenset({"duration", "race time"})
# ... and what a time set aside is when its digits are told again bare: a work's length too ("runtime 1:34:12" ...
# "Your 1:34:12 becomes roughly 1:30:20" (round 108))
_RESTATED_MEASURES = _MEASURES | {"footage length"}
# Between two measures of a list: "and the bike ", ", the run ", " vs ".
_MEASURE_LIST_GAP = regex(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|vs\.?|versus|while|but)\s+)(?:(?:the|a|an|his|her|their|my|our|its)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}", re.IGNORECASE)


def _same_clock_as_before(chosen: list[Candidate], text: str, b: int, e: int,
                          readings: list[tuple[int, float, str]]) -> None:
    """"Its on-screen clock reads 08:28:47 at the moment of impact ... The report quotes the chief officer saying
    "pitch isn't answering" at 08:30:14": a time to the second written as a clock writes it, minutes from a clock
    time set aside earlier in its paragraph, in a sentence naming no footage, is read on that clock too. Adds this
    sentence's clock times to ``readings``."""
    for c in sorted(chosen, key=lambda c: c.begin):
        if c.kind == "range" and not c.excluded and readings:
            c.excluded = _range_around_reading(c, text, readings)
        if c.kind == "point" and c.timecode and not c.excluded and readings:
            c.excluded = _reading_on_twelve_hours(c, text, b, e, readings)
        if c.kind != "point" or not c.timecode or len(_PADDED_HMS.findall(text, c.begin, c.end)) != 1:
            continue
        if c.excluded in CLOCK_TIME_REASONS:
            readings.append((c.end, c.start, c.excluded))
            continue
        if c.excluded or not readings or bracketed(text, c.begin, c.end) or _INTO.match(text, c.end, e):
            continue
        end, seconds, reason = readings[-1]
        if abs(c.start - seconds) <= SAME_CLOCK_SECONDS and "\n\n" not in text[end:c.begin] \
                and not footage_word(text, b, e):
            c.excluded = reason


def _reading_on_twelve_hours(c: Candidate, text: str, b: int, e: int, readings: list[tuple[int, float, str]]) -> str:
    """"Q. The clock on the video says 23:38:12. A. Okay, then 11:38.": an hour and minutes said right after a clock
    read to the second, the same time on a twelve-hour dial, in a sentence naming no footage, is that reading again
    (its reason), else ""."""
    m = _HOUR_MINUTE.search(text, c.begin, c.end)
    if m is None or m.end() != c.end or bracketed(text, c.begin, c.end) or _INTO.match(text, c.end, e):
        return ""
    end, seconds, reason = readings[-1]
    hour, minute = int(seconds // 3600), int(seconds % 3600 // 60)
    if int(m.group(1)) % 12 != hour % 12 or int(m.group(2)) != minute or not 0 <= c.begin - end <= TWELVE_HOUR_CHARS \
            or "\n\n" in text[end:c.begin] or footage_word(text, b, e):
        return ""
    return reason


# How far after the clock's reading its twelve-hour restatement is looked for, and the restatement's digits.
TWELVE_HOUR_CHARS = 160
_HOUR_MINUTE = regex(r"(?<![\d:.,])(1[0-2]|0?[1-9]):([0-5]\d)(?![\d:]|[.,]\d)")


def _restated_measure(chosen: list[Candidate], text: str, e: int, measures: dict[str, str],
                      moments: list[Moment]) -> None:
    """"New PB 23:41.6 ... Anyone know why LiveSplit says 23:41.6 but the video is 24:30?": a timecode written
    as one set aside earlier in the text as a race time or a duration, told again with no word that places it
    ("at", "from", "in the video"), is that measure again; so is a track's or a chapter's title quoted again
    ('Koyo – 4:44 (Dub)' ... 'into "4:44"'). Adds this sentence's measures to ``measures``: not digits already
    placed as a position (``moments``): "the skip is at 1:02:15" ... "your PB is 1:02:15 too??" ... "someone clip
    1:02:15" is the position again, the run time a coincidence of digits."""
    length_end = -1  # where the last time set aside as a length ends
    for c in sorted(chosen, key=lambda c: c.begin):
        if c.kind != "point" or not c.timecode:
            continue
        if not c.excluded and 0 <= length_end <= c.begin and _converted_length(text, length_end, c, e):
            c.excluded = "footage length"  # "Your 1:34:12 becomes roughly 1:30:20"
        length_end = c.end if c.excluded == "footage length" else -1
        digits = TIMECODE.search(text, c.begin, c.end)
        if digits is None:
            continue
        if not c.excluded and _SPELLED_KEY not in measures and _HOURS_MINUTES_CLOCK.fullmatch(digits.group()):
            _spelled_measures(text, measures)  # (read once a text, at its first bare hours-and-minutes clock)
        spelled_end = measures.get(_SPELLED_KEY + digits.group(), "") if not c.excluded else ""
        if spelled_end and int(spelled_end) <= c.begin:
            if not _CLOCK_PREPOSITION.search(text, max(0, c.begin - 12), c.begin) and c.end == digits.end() \
                    and not _INTO.match(text, c.end, e) and not WHERE_IN_MEDIA_AFTER.match(text, c.end, e) \
                    and _MARK_AFTER.match(text, c.end, e) is None:
                c.excluded = "duration"  # "dwell time came down ... to 2 hours 55 minutes ... is the 2:55 sustainable"
                continue
        if c.excluded in _RESTATED_MEASURES or c.excluded in ("time of day", "clock shown on screen", "chapter title"):
            if c.excluded not in _RESTATED_MEASURES or not _placed_digits(moments, digits.group()):
                measures.setdefault(digits.group(), c.excluded)
        elif c.excluded == VETOED:
            measures.setdefault(digits.group(), "time of day")  # ("there'll be a 11:05 instead": the model's world)
        elif not c.excluded and digits.group() in measures and not _INTO.match(text, c.end, e) \
                and not WHERE_IN_MEDIA_AFTER.match(text, c.end, e) \
                and (not bracketed(text, c.begin, c.end) or _FIGURE_PAREN.search(text, max(0, c.begin - 40), c.begin)) \
                and not _CLOCK_PREPOSITION.search(text, max(0, c.begin - 12), c.begin) \
                and _told_again_as(text, c, e, measures[digits.group()]):
            c.excluded = measures[digits.group()]
            length_end = c.end if c.excluded == "footage length" else -1


# A measure's changed value spelled in hours and minutes ("came down from 3 hours 40 minutes to 2 hours 55
# minutes"), written again as a clock with no word placing it ("is the 2:55 sustainable?", not "at 2:55", "2:55 into
# the call", "the 2:55 mark"): that measure, no position. The
# spelled values are kept in the measures, keyed by a mark and their clock's digits, each with where it ends.
_SPELLED_KEY = "\0spelled"
_HOURS_MINUTES_CLOCK = regex(r"\d{1,2}:[0-5]\d")
# (the look-behind after the first digit, "(?<![\w.,:]\d)", is "(?<![\w.,:])" before it: a pattern opening on a
# digit is tried only at digits, where one opening on a look-behind is tried at every position of the text)
_SPELLED_HM = regex(r"(?P<h>\d(?<![\w.,:]\d)\d?)[^\S\n]*(?:hours?|hrs?|h)[^\S\n]*(?:and[^\S\n]+)?"
                    r"(?P<m>[0-5]?\d)[^\S\n]*(?:minutes?|mins?|m)\b", re.IGNORECASE)
SPELLED_CHANGE_CHARS = 120


def _spelled_measures(text: str, measures: dict[str, str]) -> None:
    """Adds to ``measures`` the changed measures the text spells in hours and minutes (see :data:`_SPELLED_KEY`)."""
    measures[_SPELLED_KEY] = ""
    for m in _SPELLED_HM.finditer(text):
        if measure_changed(text[max(0, m.start() - SPELLED_CHANGE_CHARS):m.start()]):
            digits = f"{int(m.group('h'))}:{int(m.group('m')):02d}"
            measures.setdefault(_SPELLED_KEY + digits, str(m.end()))


def _placed_digits(moments: list[Moment], digits: str) -> bool:
    """Whether a moment placed so far states the time ``digits`` ("1:02:15")."""
    for m in moments:
        found = TIMECODE.search(m.quote) if m.quote and digits in m.quote else None
        if found is not None and found.group() == digits:
            return True
    return False


def _told_again_as(text: str, c: Candidate, e: int, reason: str) -> bool:
    """Whether ``c``, written as a time set aside earlier for ``reason``, is told again as that time: any measure;
    a time of day only quoted as the figure told before ('not at 11:20 as first reported ... The "11:20" claim');
    a screen's clock only named as that reading ("the screen shows 14:05 ... the 14:05 on the phone could be
    right"), not as a mark ("the 14:05 mark")."""
    if reason == "time of day":
        # (or opening a transcript's turn, the speaker answering with it: "PRESENTER: ... there'll be a 11:05
        # instead.\nMARY: 11:05 is no good, I've the doctor at 11:30." (round 67))
        return (_quoted(text, c.begin, c.end) or _TURN_OPENED.fullmatch(text, text.rfind("\n", 0, c.begin) + 1, c.begin)
                is not None) and not footage_word(
            text, max(c.begin - NEAR_QUOTE_CHARS, text.rfind("\n", 0, c.begin) + 1), e)
    if reason == "chapter title":
        return _quoted(text, c.begin, c.end)  # '[24:31] Koyo – 4:44 (Dub)' ... 'the mix into "4:44"': the title again
    if reason == "footage length":
        # (only as what is converted: "Your 1:34:12 becomes roughly 1:30:20"; a chapter list's "Intro (1:12)" then
        # "Harbour Lights — 1:12" is a length, then a position)
        return _CONVERTED_AFTER.match(text, c.end, e) is not None
    if reason == "clock shown on screen":
        return _THE_READING_BEFORE.search(text, max(0, c.begin - 6), c.begin) is not None \
            and TIMECODE.fullmatch(text, c.begin, c.end) is not None and _MARK_AFTER.match(text, c.end, e) is None
    return True


# A transcript's turn opened by its speaker in capitals, a role in brackets maybe: "MARY: ", "DR. OKAFOR (caller): ".
_TURN_OPENED = regex(r"[ \t>*_]*(?-i:[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]*){0,3})(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:"
                     r"[ \t]*(?:\*\*|__)?[ \t]*")
# A reading named again as a thing: "the 14:05 on the phone"; and a mark after a time: "the 14:05 mark".
_THE_READING_BEFORE = regex(r"\bthe\s+$", re.IGNORECASE)
_MARK_AFTER = regex(r"\s*(?:-|\s)(?:mark|point|minute|second)\b", re.IGNORECASE)


def _quoted(text: str, begin: int, end: int) -> bool:
    """text[begin:end] stands alone in quotation marks: '“11:20”', "'14:40'"."""
    return 0 < begin and end < len(text) and text[begin - 1] in _OPENING_QUOTES and text[end] in _CLOSING_QUOTES


# How far before a quoted time its line is read for footage ("In the livestream, “10:45” is ...").
NEAR_QUOTE_CHARS = 80
_OPENING_QUOTES = "\"“‘'"
_CLOSING_QUOTES = "\"”’'"


# The figure a bracketed time restates, named before it: "the figure above (14:37) is hours and minutes of runtime".
_FIGURE_PAREN = regex(
    r"\b(?:figure|number|result|reading|measurement|value|score|time)s?\s+(?:above|below|quoted|given|cited|here)\s*\($",
    re.IGNORECASE)


def _retracted_restatement(chosen: list[Candidate], text: str, e: int, moments: list[Moment]) -> None:
    """"... the bonus round is right at the half-hour mark. Edit: the show's 29 mins so the half-hour mark can't be
    right": a position already placed, named again with "the" only to be taken back, is no new mention (a time
    told first as wrong, "the 4:10 mark is wrong, it's at 4:50", is still a mention: a claim about the footage)."""
    for c in chosen:
        if c.kind == "point" and not c.excluded and _RETRACTED_AFTER.match(text, c.end, e) \
                and _DEFINITE_BEFORE.search(text, max(0, c.begin - 12), c.begin) \
                and (any(m.end is None and m.start is not None and abs(m.start - c.start) < 0.5 for m in moments)
                     or any(o.kind == "point" and not o.excluded and o.end <= c.begin and abs(o.start - c.start) < 0.5
                            for o in chosen)):
            c.excluded = "retracted restatement"


# What takes a position back: "can't be right", "is wrong", "was a typo", "isn't correct".
_RETRACTED_AFTER = regex(
    r"\s+(?:(?:can['’]?t|cannot|couldn['’]?t)\s+be\s+(?:right|correct)|(?:is|was)\s+(?:wrong|incorrect|a\s+typo|"
    r"a\s+mistake|not\s+right|not\s+correct)|(?:isn['’]?t|wasn['’]?t)\s+(?:right|correct))\b", re.IGNORECASE)
# "the" (or "that"/"this"), maybe a hedge or "whole", before the position: the phrase points back at one told before.
_DEFINITE_BEFORE = regex(r"\b(?:the|that|this|my|our)\s+$", re.IGNORECASE)


def _range_around_reading(c: Candidate, text: str, readings: list[tuple[int, float, str]]) -> str:
    """"The camera clock reads 08:14:52 when the first car spins ... they gave us 08:10 to 08:30": a range of two
    clock-shaped times (two-digit hours) that, read as hours and minutes, holds a clock reading set aside earlier in
    the text is a stretch of that clock, not of the footage (the reason the reading was set aside, else "")."""
    if c.stop is None or len(_PADDED_HM.findall(text, c.begin, c.end)) != 2:
        return ""
    first, last = c.start * 60.0, c.stop * 60.0  # m:ss read as h:mm
    return next((reason for _end, seconds, reason in reversed(readings) if first <= seconds <= last), "")


# A clock's hours and minutes, the hour written with two digits: "08:10", "21:47" (not "00:10", a footage's).
_PADDED_HM = regex(r"(?<![\d:.,])(?:0[1-9]|1\d|2[0-3]):[0-5]\d(?![\d:]|[.,]\d)")
# How far apart two times to the second may be and still be read on one clock.
SAME_CLOCK_SECONDS = 900.0
_PADDED_HMS = regex(r"(?<![\d:.,])(?:0[1-9]|1\d|2[0-3]):[0-5]\d:[0-5]\d(?![\d:]|[.,]\d)")


def _day_clock_lines(chosen: list[Candidate], text: str, b: int, e: int,
                     last: tuple[int, int, float] | None, placed: list[Moment],
                     listed: list[tuple[int, int, float]] | None = None) -> tuple[int, int, float] | None:
    """Sets aside the clocks of lines that go on a list of the day's clocks (:mod:`clock_lists`), those said in a
    subtitle cue or a recording's transcript (:mod:`cue_dialogue`) and those given as examples of clock times in the
    sentence [b, e); returns where the last time of day now begins and ends and its value, or None once a position
    has come after it (but for the recording's position on a line the clock opens). ``placed``: the moments placed
    so far (a turn restating one of them keeps its position). ``listed``: the last clock-led list line's clock set
    aside, kept past positions, updated here (a list taken up again after an interlude goes on from it)."""
    listed = [] if listed is None else listed
    for c in sorted(chosen, key=lambda c: c.begin):
        if c.excluded == "time of day" and c.timecode:
            last = c.begin, c.end, c.start
        elif not c.excluded and c.timecode and c.kind in ("point", "range") \
                and (continues_day_list(text, c.begin, c.end, c.start, last) or (
                    bool(listed) and resumes_day_list(text, c.begin, c.end, c.start, listed[-1]))):
            c.excluded, last = "time of day", (c.begin, c.end, c.start)
            listed[:] = [last]
        elif not c.excluded and c.timecode and c.kind in ("point", "range") and (
                in_cue_dialogue(text, c.begin, c.end) or c.kind == "point" and in_turn_dialogue(
                text, c.begin, c.end, [m.span for m in placed[-RESTATED_SPANS:] if m.span is not None])):
            c.excluded = "time of day"  # "The night train leaves at 21:27." said in a subtitle cue or a turn
        elif not c.excluded and c.timecode and day_clock_shape(text, c.begin, c.end) and (
                names_clock_times(text, b, e) or (c.kind == "range" and c.stop is not None
                                                  and spans_told_hours(text, c.begin, c.start, c.stop))):
            c.excluded = "time of day"  # 'clock times as in the dialogue: "at 9:15"', "six hours ... 14:00 to 20:00"
        elif not c.excluded and not paired_position(text, c.begin):
            last = None  # (the footage's own position beside a clerk's clock, "14:31 ... (webcast 00:31:05)", goes on)
            if c.timecode and not text[text.rfind("\n", 0, c.begin) + 1:c.begin].strip(" \t-*•>|"):
                listed.clear()  # (a position opening its line starts another list: a chapter list after a schedule)
    return last


def _paragraph_length(lengths: _Lengths, text: str, b: int) -> list[StatedLength]:
    """The one footage length the prose paragraph of the sentence at ``b`` has stated just before it, unhedged (the
    text measures no other work): "the braai video is finally up, 12 mins long. ... Load shedding hit at 18:00" (not
    "a sponsor message ... it runs about a minute" before a transcript's next stamps, nor a list's lengths, nor a
    length in brackets after a work named in passing: "The band's YouTube trailer (1:45) shows none of it")."""
    if lengths.several or not lengths.seen:
        return []
    last = lengths.seen[-1]
    if last.end > b or b - last.end > PARAGRAPH_LENGTH_CHARS or "\n" in text[last.end:b] \
            or text[last.begin - 1:last.begin] in ("(", "[") \
            or _HEDGED_LENGTH.match(text, last.begin) or hedge_before(text, last.begin) is not None:
        return []
    return [last]


# Two words before the clock on its line: prose, not a stamp opening it.
_PROSE_BEFORE = regex(r"[^\W\d_]{2,}[^\w\n]+[^\W\d_]{2,}\W+$")
# ... or a word and, further back on the line, another, a measure maybe between: "of around 283° at about 18:40".
_PROSE_WORDS_BEFORE = regex(r"[^\W\d_]{2,}[^\n]*?\W[^\W\d_]{2,}\W+$")
# How far back in its paragraph (no line break between) the length a clock is read against may be told.
PARAGRAPH_LENGTH_CHARS = 300
_HEDGED_LENGTH = regex(rf"(?:{HEDGE})\b", re.IGNORECASE)


def _past_stated_length(chosen: list[Candidate], text: str, stated: list[StatedLength],
                        prose_only: bool = False, far: bool = False) -> None:
    """"The CCTV footage, which runs to just under four minutes, showed him entering the shop at 21:47": a clock
    told after the footage's length, well past that length, is the time of day the footage shows. ``far``: the
    paragraph's one length, told before or after the clock, which must then lie far past it."""
    if not stated:
        return
    length = max(s.seconds for s in stated)
    told = min(s.end for s in stated)
    factor, day_clock = (PAST_ONE_LENGTH_FACTOR, _HEDGED_DAY_CLOCK) if far else (PAST_LENGTH_CLOCK_FACTOR, _DAY_CLOCK)
    for c in chosen:
        between = (told, c.begin) if c.begin > told else (c.end, min(s.begin for s in stated))
        if not c.excluded and c.timecode and (c.begin > told or far) and c.start > factor * length and (
                (c.kind == "point" and day_clock.fullmatch(text, c.begin, c.end))
                # (a span of two such clocks too: "the 47-second clip ... placed his mobile near the shop between
                # 01:52 and 02:10" (round 59))
                or (c.kind == "range" and _DAY_CLOCK_SPAN.fullmatch(text, c.begin, c.end))) \
                and not _IN_A_RECORDING.search(text, *between) and not of_recording(text, c.end, len(text)) \
                and not _INTO_FOOTAGE_AFTER.match(text, c.end) \
                and not any(s.end <= c.begin and _NEXT_FIELD.fullmatch(text, s.end, c.begin) for s in stated) \
            and not footage_position_column(text, c.begin) \
                and (not prose_only or (_PROSE_WORDS_BEFORE if far else _PROSE_BEFORE).search(
                    text, max(0, c.begin - 40, text.rfind(">", 0, c.begin) + 1, text.rfind("\n", 0, c.begin) + 1),
                    c.begin)):
            # (read against a length told in an earlier sentence, only a clock said in prose: "Load shedding hit at
            # 18:00", not a stamp opening a line or a list item, "<li>09:26 – Interview")
            # ("Track 3 (5:21) is the standout; in the live video it starts at 12:40": another recording's position;
            # "4. Danfo Blues (3:58) — 13:05": a listed track's bracketed length, then a dash to where it is; "(7:45)
            # — the long outro starts 23:10 on the replay": said to be on a recording right after)
            # ("| Mayor at podium | 0:24 | 14:32 |" under "Length | Starts at (in source)": the clip's length, then
            # where it starts in the recording it was cut from (round 110))
            c.excluded = "time of day"


# A recording named between a length and a clock: "; in the live video it starts at"; or the part the length is of
# said to be taken from a recording, the clock then that recording's: "a 40-second excerpt from the livestream, cut to
# begin at 13:40" (round 71).
_IN_A_RECORDING = regex(
    rf"\b(?:in|on|(?<=excerpt\s)from|(?<=extract\s)from|(?<=segment\s)from|(?<=section\s)from)\s+"
    rf"(?:the|this|that|his|her|their|its|my|our)\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b", re.IGNORECASE)
# How far past the footage's stated length a clock must be to be read as the time of day it shows (a hedged
# length, "a four-minute clip", may be a little short), and the shape of a clock of the day ("21:47", "09:05").
PAST_LENGTH_FACTOR = 2.0
# A clock of the day's shape told after the length is read so from a quarter past it: no position of the footage
# lies there ("the braai video is finally up, 12 mins long ... Load shedding hit at 18:00" (round 88)).
PAST_LENGTH_CLOCK_FACTOR = 1.25
# A bracketed length closed, then a dash to the item's next field, a word or two maybe: " — ", " — starts "; the
# bracket may go on past the length with its word or a remark (round 114: '"Osu Nights" (7:40 long, the crowd sings
# the chorus) – 14:02').
_NEXT_FIELD = regex(r"(?:(?<=\))|[^()\n]{0,60}\))[^\S\n]*[—–-][^\S\n]*(?:[a-z]+[^\S\n]+){0,2}", re.IGNORECASE)
_DAY_CLOCK = regex(r"(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?")
_DAY_CLOCK_SPAN = regex(r"(?:(?:between|from)\s+)?(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
                        r"\s*(?:-|–|—|to|and|until|till)\s*(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?", re.IGNORECASE)
# (hedged too, far past the paragraph's one length, as a chronolocation gives its estimate: "a sun azimuth of around
# 283° at about 18:40" (round 156); not "in it the title card is at roughly 00:03:58" of a version "two minutes
# shorter", a position told against a difference)
_HEDGED_DAY_CLOCK = regex(rf"(?:(?:{HEDGE})\s+|~\s*)?(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?", re.IGNORECASE)
# (or to the minute alone, two digits for the hour, as a story tells when things happened: "by 12:40", "at about 21:15")
_DAY_HOUR_MINUTE = regex(rf"(?:(?:{HEDGE})\s+|~\s*)?(?:[01]\d|2[0-3]):[0-5]\d", re.IGNORECASE)
# How far past the paragraph's one stated length, told anywhere in it, a clock of the day's shape in a paragraph
# reading the sun (:func:`_day_told_in`) must be to be read as a time of day: "The 47-second video ... a sun azimuth
# of around 283° at about 18:40", "not the 11:00 the account claimed. The clip runs 1:12 in total." (round 156: a
# chronolocation's times, no position that far on).
PAST_ONE_LENGTH_FACTOR = 5.0


# The sun or the shadows a chronolocation reads the time of day from: "consistent with a sun azimuth of around 283° at
# about 18:40" (round 156).
_SUN_WORDS = regex(r"\b(?:sun|sun['’]s|shadows?|azimuth|sunrise|sunset|solar)\b", re.IGNORECASE)


def _past_one_length(chosen: list[Candidate], text: str, lengths: _Lengths, b: int, e: int) -> None:
    """:func:`_past_stated_length` against the paragraph's one length, told anywhere in it, where the paragraph reads
    the time of day from the sun (:func:`_day_told_in`). Only a clock of the day's shape it could set aside sends
    it reading the paragraph (read per sentence, the paragraph's lengths cost a linear scan each)."""
    if any(not c.excluded and c.kind == "point" and c.timecode and _HEDGED_DAY_CLOCK.fullmatch(text, c.begin, c.end)
           for c in chosen) and _day_told_in(text, b, e):
        _past_stated_length(chosen, text, _one_length_in_paragraph(lengths, text, b), prose_only=True, far=True)


def _hedged_past_every_length(chosen: list[Candidate], text: str, lengths: _Lengths, b: int, e: int,
                              reached: float | None) -> None:
    """A clock of the day's shape well past every length the whole text states, said in prose: the time of day the
    story happened at, where :func:`_past_one_length` finds no one length to read it against. Hedged, in a paragraph
    reading the sun (:func:`_day_told_in`), from a quarter past the longest: "a sun elevation of about 4°, which in
    Ostrava on 19 January happens at around 16:05" in a chronolocation whose videos run 1 min 54 s and 3 min 30 s
    (round 137). Else from twice the longest and twice the furthest position placed so far (``reached``: "the torque
    I quote at 18:40 in Part 1" after chapters to 41:15 is a position; "The crumb shot ... is right near the end,
    about 11:20" after chapters to 10:02), the lengths told before it or in its paragraph, in a paragraph
    that tells no footage up to it but through a clock already set aside as the time of day: "officers recovered
    £1,180 and a hammer from a wheelie bin 400 metres away at about 21:15" after a 9 minute 20 second compilation and
    a 3 minute 5 second clip (round 137), "saw the video at 12:05 and was at the slipway by 12:40" of a 1 min 26 s
    video (round 112), "Victoria Street Market – go early, before 10:30" in a list whose last item is a 2-minute drone
    clip (round 137). A position that far on lies in a work whose length the text never told, named right after the
    clock ("at about 14:20 in the replay") or in its paragraph."""
    clocks = [c for c in chosen if not c.excluded and c.kind == "point" and c.timecode
              and _HEDGED_DAY_CLOCK.fullmatch(text, c.begin, c.end)]
    for c in clocks:
        line = max(0, c.begin - 40, text.rfind(">", 0, c.begin) + 1, text.rfind("\n", 0, c.begin) + 1)
        if not _PROSE_BEFORE.search(text, line, c.begin) or _INTO_FOOTAGE_AFTER.match(text, c.end) \
                or _IN_RECORDING_AFTER.match(text, c.end, e) or of_recording(text, c.end, e):
            continue
        hedged = c.approximate and not text[c.begin].isdigit() and lengths.longest is not None \
            and _day_told_in(text, b, e)
        if hedged and c.start > PAST_LENGTH_CLOCK_FACTOR * (lengths.longest_in_text() or 0.0):
            c.excluded = "time of day"
        elif _DAY_HOUR_MINUTE.fullmatch(text, c.begin, c.end) \
                and c.start > PAST_LENGTH_FACTOR * max(lengths.longest or 0.0, reached or 0.0):
            # (the lengths told so far and in the clock's paragraph: the text's rest is no scan for every clock; the
            # paragraph's are read only for a clock already past twice every length told so far and the furthest
            # position, as it must be past them too: most clocks are not, and the paragraph is not read for them)
            told = [s.seconds for s in lengths.told_in_paragraph(c.begin)]
            longest = max(told + ([lengths.longest] if lengths.longest is not None else []), default=None)
            if longest is not None and c.start > PAST_LENGTH_FACTOR * max(longest, reached or 0.0) \
                    and not _footage_told_apart_from_day(chosen, text, c, b, e):
                c.excluded = "time of day"


def _footage_told_apart_from_day(chosen: list[Candidate], text: str, c: Candidate, b: int, e: int) -> bool:
    """Whether the paragraph of the clock ``c`` (in the sentence text[b:e]) tells footage: it names footage up to the
    clock, unless only as what a clock of the sentence already set aside as the time of day is the time of ("saw the
    video at 12:05 and was at the slipway by 12:40": the video is what was seen at 12:05; not "Camera A (a Facebook
    Live, started 14:02 EAT) hears the bang at 23:18"), or the sentence places another position ("its at 12:40ish,
    the credits start at 14:02")."""
    if any(o is not c and not o.excluded for o in chosen):
        return True
    paragraph = max(text.rfind("\n\n", max(0, b - PARAGRAPH_READ_CHARS), b) + 1, b - PARAGRAPH_READ_CHARS, 0)
    day = max((o for o in chosen if o.end <= c.begin and o.excluded == "time of day"), key=lambda o: o.end,
              default=None)
    if day is None:
        return footage_word(text, paragraph, e)
    return footage_word(text, paragraph, max(paragraph, day.begin - _DAY_OBJECT_CHARS)) \
        or footage_word(text, day.end, e)


# How far before a time of day the footage it is the time of may be named: "saw the video at 12:05".
_DAY_OBJECT_CHARS = 20


def _day_told_in(text: str, b: int, e: int) -> bool:
    """Whether the paragraph of the sentence text[b:e], up to its end, reads the sun or the shadows for the time of
    day: "At frame 612 a lamp post's shadow falls ... a sun elevation of about 30° ... Both fit a time of around 16:05
    local on 28 November, not the 11:00 the account claimed" (not another paragraph's: "Camera A (a Facebook Live, 41
    minutes, started 14:02 EAT) hears the bang at 23:18.", the shadows read in the next)."""
    paragraph = max(text.rfind("\n\n", max(0, b - PARAGRAPH_READ_CHARS), b) + 1, b - PARAGRAPH_READ_CHARS, 0)
    return _SUN_WORDS.search(text, paragraph, e) is not None


def _one_length_in_paragraph(lengths: _Lengths, text: str, b: int) -> list[StatedLength]:
    """The one length the paragraph of the sentence at ``b`` states, before or after it, when the whole text states
    no other (one work measured), unhedged and not in brackets (a work named in passing); none otherwise."""
    if lengths.several:
        return []
    told = lengths.told_in_paragraph(b)
    if not told or any(s.seconds != told[0].seconds for s in told) \
            or any(s.seconds != told[0].seconds for s in lengths.seen):
        return []
    if any(text[s.begin - 1:s.begin] in ("(", "[") or _HEDGED_LENGTH.match(text, s.begin)
           or hedge_before(text, s.begin) is not None for s in told):
        return []
    return told


def _share_span_exclusions(cands: list[Candidate], text: str, e: int) -> None:
    """"Shifts run 06:00 to 15:00, 14:00 to 23:00 and 22:00 to 07:00": coordinated clock ranges are spans of one
    kind, so a world clock's verdict on one (the night's, past midnight) is the others'."""
    spans = sorted((c for c in cands if c.timecode and c.kind == "range"), key=lambda c: c.begin)
    pairs = list(zip(spans, spans[1:]))
    for first, second in pairs + pairs[::-1]:
        if _coordinated(text, text[first.end:second.begin], second, e):
            for one, other in ((first, second), (second, first)):
                if one.excluded in _WORLD_CLOCKS and not other.excluded:
                    other.excluded = one.excluded


def _day_clock_ranges(chosen: list[Candidate], text: str, b: int, e: int, day_clock_end: int | None) -> None:
    """A range of two-digit clocks on the quarter hour, as schedules are told, after times of day in the same
    paragraph ("Pool lanes close from 12:00 to 13:30 today. Lane 4 is shut 15:00–16:15 too."), with no position
    between and no footage named in its sentence, is one more time of day ("from 14:20 to 14:31" may be footage).
    ``day_clock_end``: where the last time of day set aside ends; None when a position came after it."""
    if day_clock_end is None or "\n\n" in text[day_clock_end:b]:
        return
    if any(not c.excluded and c.kind == "range" and c.timecode for c in chosen) and not footage_word(text, b, e):
        for c in chosen:
            if c.kind == "range" and c.timecode and not c.excluded and not bracketed(text, c.begin, c.end) \
                    and len(_QUARTER_HOUR_CLOCK.findall(text, c.begin, c.end)) == 2:
                c.excluded = "time of day"


_QUARTER_HOUR_CLOCK = regex(r"(?<![\d:.])(?:[01]\d|2[0-3]):(?:00|15|30|45)(?![\d:]|[.,]\d)")


def _same_fraction(text: str, prev: Candidate, c: Candidate) -> bool:
    """Both times are read to the same fraction of a second, as a race's results are: "won in 4:01.22 from Nadia
    Benali (4:01.80)", "clocked 9:58.31, with Ortiz on 10:02.07"."""
    first, second = _FRACTION.search(text, prev.begin, prev.end), _FRACTION.search(text, c.begin, c.end)
    return first is not None and second is not None and len(first.group(1)) == len(second.group(1)) \
        and not _FRACTION_GAP_BREAK.search(text, prev.end, c.begin)


# Words between two such times that say the second is a position: "the lap was 1:02.3 and I show it at 0:12.5".
_FRACTION_GAP_BREAK = regex(r"\b(?:at|into|in|until|till|by|see|watch)\b|[.;!?](?:\s|$)", re.IGNORECASE)


# A time's fraction of a second, tenths or hundredths (milliseconds are a subtitle's or an editor's).
_FRACTION = regex(r":[0-5]\d[.,](\d{1,2})(?!\d)")


def _coordinated(text: str, gap: str, c: Candidate, e: int) -> bool:
    """``c`` is coordinated with the clock before it, nothing but a comma or a conjunction between, so it
    shares that clock's verdict: "departures at 07:15, 11:30 and 16:45", "were seen at 14:20 and 15:05";
    unless it is itself said into the footage ("and 1:20 into the stream") or cited in brackets."""
    return _COORDINATION_GAP.fullmatch(gap) is not None and not (
        _INTO.match(text, c.end, e) and not _IN_PART_OF_YEAR.match(text, c.end, e)) \
        and not bracketed(text, c.begin, c.end)


# A clock's reading placed in one shot, then another reading coordinated with it (its own "at" would place footage).
# A time said into the footage: "2:03:15 into the broadcast replay", "12:40 in the council's livestream".
_INTO_FOOTAGE_AFTER = regex(
    rf"\s+(?:in|into)\s+(?:(?:the|this|that|its|his|her|their|our|my)\s+)?(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b",
    re.IGNORECASE)
# (or when the recording begins, then when it ends: "it reads 16:22:05 when the video begins and 16:34:05 when it
# ends" (round 59))
_PAIRED_READING_GAP = regex(
    r"\s+(?:(?:in|at|on|during)\s+(?:[\w'’-]+\s+){0,2}?(?:shot|frame|scene|take|angle|cut|image|photo|still)s?|"
    r"(?:when|as)\s+(?:the|it|this|that|its|our|their)\s+(?:[\w'’-]+\s+){0,2}?(?:begins|starts|opens|ends|finishes|"
    r"closes|stops|cuts\s+out|cuts\s+off|is\s+switched\s+off))"
    r"\s*,?\s*(?:and|but|then|yet|while|whereas)\s+(?:(?:then|later|afterwards|after\s+that)\s+)?", re.IGNORECASE)
# ("the first tour is at 10:00 and the last at 16:00": the list's next item named by its place in it)
# ("starts at 8:45 (wheelchairs) and 9:00 (runners)": who each is for, in brackets after it)
# (the ampersand as pasted HTML writes it too: "Sat 14:00 &amp; 20:15" (round 56))
_COORDINATION_GAP = regex(r"(?:\s*\([^()\d\n]{1,30}\))?"
                               r"\s*(?:,|,?\s*\b(?:and|or)\b|&(?:amp;|#38;)?)\s*(?:the\s+(?:first|last|next|second|third|latest|"
                               r"earliest|final)(?:\s+one)?\s+(?:at|by|from)\s+)?", re.IGNORECASE)
# "departures at 08:00, 12:30 and 17:15 in winter": "in" a season, a month or a part of the day is no "in" of footage.
_IN_PART_OF_YEAR = regex(
    r"\s+in\s+(?:the\s+)?(?:winter|summer|spring|autumn|fall|high\s+season|low\s+season|term\s+time|morning|"
    rf"afternoon|evening)\b|\s+in\s+{MONTH}", re.IGNORECASE)


_WORK_OWNED = regex(r"\b(?:its|their|his|her|this|that|of)\s|['’]s\s", re.IGNORECASE)


def _told_or_paragraph(text: str, position: int, previous: Moment | None) -> int:
    """Where the position told last begins, else where the paragraph of ``position`` begins: a length shorter than
    an end form, stated since, may be the new work the text turned to ("The chase starts at 1:02:00. The trailer
    runs 2:10. The last five minutes ..."); stated before it, it is not ("The full tape runs 1 hour 52 minutes ... a
    40-second clip of that section ... as early as 1:29:15 ... The last ten minutes are the fire engines": no work as
    short as 40 seconds has a last ten minutes, so they are the tape's)."""
    if previous is not None and previous.span is not None:
        return previous.span[0]
    lo = max(0, position - PARAGRAPH_READ_CHARS)
    return max(text.rfind("\n\n", lo, position) + 1, lo)


def _counted_into_part(c: Candidate, previous: Moment | None, text: str) -> Candidate:
    """An offset into a part ("about twelve seconds into the tractor sequence") counted from the moment told before,
    where that moment's sentence named the part ("The sequence ... begins at frame 6,480"), or where that moment is a
    stretch the offset points back at ("It sits between 24:10 and 24:52 in the replay ... about five seconds into
    that stretch", round 160: a relative counts from a range's start): a relative; else the point into the footage
    it was."""
    if not c.into_part or previous is None:
        return c
    named = re.search(rf"(?<![\w-]){c.into_part}s?(?![\w-])", previous.sentence, re.IGNORECASE) is not None
    # (the quote may end before the demonstrative: "A minute into" of "A minute into that discussion")
    pointed_back = previous.end is not None \
        and _INTO_THAT_PART.search(text, c.begin, min(len(text), c.end + INTO_THAT_CHARS)) is not None
    if not (named or pointed_back):
        return c
    return replace(c, kind="relative", delta=c.start, start=0.0)


# A part pointed back at by a demonstrative: "into that stretch", "into this segment".
_INTO_THAT_PART = regex(r"\binto\s+(?:that|this)\s", re.IGNORECASE)
# How far past an offset's quote its "into that" is read.
INTO_THAT_CHARS = 12


def _resolve(
    c: Candidate,
    previous: Moment | None,
    previous_granularity: float,
    duration: float | None,
    lengths: _Lengths,
) -> tuple[float, float | None, bool, float, float | None] | None:
    """(start, end, approximate, granularity, length) of a candidate, or None if it
    cannot be placed (no previous moment, no known length, before 0)."""
    if c.kind == "point":
        return c.start, None, c.approximate, c.granularity, None
    if c.kind == "range":
        if c.stop is None:  # "from 21:14 until the end": to the footage's length, a point where none is known
            length = duration if duration is not None else lengths.nearest(c.begin)
            return c.start, length if length is not None and length > c.start else None, c.approximate, \
                c.granularity, None
        # "Nobody told us anything for the first two hours", of a 7-minute video: a stretch of the world
        # (longer than every work the text has measured so far: "Its first 20 minutes", of the longest)
        longest = duration if duration is not None else lengths.longest
        if not c.timecode and c.start == 0 and longest is not None and c.stop > PAST_LENGTH_FACTOR * longest:
            return None
        return c.start, c.stop, c.approximate, c.granularity, None
    if c.kind == "relative":
        if previous is None:
            return None
        start = previous.effective_start + c.delta
        if start < 0:
            return None
        gran = max(c.granularity, previous_granularity) if c.granularity > 1 else previous_granularity
        return start, None, c.approximate or previous.approximate, gran, None
    # a fraction's own stretch ("through the six-minute flight") counts only where no footage length is stated
    # an end form's or a fraction's own footage ("the last 5 seconds of the 30-second clip", "20 seconds before the
    # end of the 2-minute clip", "halfway into the 104-minute film") counts before any other length stated
    own = c.own_length if c.own_length and (
        not lengths.seen or c.kind in ("end_range", "before_end") or c.own_footage) else None
    length = duration if duration is not None else own if own is not None else lengths.nearest(c.begin)
    if length is None:
        return None
    told = previous.start if previous is not None and previous.span is not None else None
    if duration is None and own is None and not lengths.named and c.kind in ("end_range", "before_end") \
            and told is not None \
            and previous is not None and previous.span is not None and told > length \
            and not _WORK_OWNED.search(lengths.text, c.begin, c.end) \
            and not footage_word(lengths.text, _sentence_end(lengths.text, previous.span[1], c.begin), c.begin):
        # "... watch until about 1:31:00. The timelapse is in the final 10 minutes": the position just told is past
        # the length found, so that length (of a highlights cut stated before it) is another work's (but "In its
        # final 15 seconds", "before the end of the clip" name their work)
        length = lengths.reaching(c.begin, told, previous.span[0]) or length
    if duration is None and own is None and c.kind in ("end_range", "before_end") and length < c.tail:
        length = lengths.reaching(c.begin, c.tail, _told_or_paragraph(lengths.text, c.begin, previous)) or length
    if c.kind == "before_end":
        start = length - c.tail
        return (start, None, c.approximate, c.granularity, length) if start >= 0 else None
    if c.kind == "end_range":
        start = length - c.tail
        return (start, length, c.approximate, c.granularity, length) if start >= 0 else None
    if c.kind == "fraction":
        return _place_fraction(c, previous, length, lengths) if duration is None and own is None \
            else _fraction_at(c, length)
    return None


def _sentence_end(text: str, begin: int, stop: int) -> int:
    """Where the sentence holding ``begin`` ends (``stop`` at most): a work named in a position's own sentence ("at
    around 1:52:00, the film leaves the concert") is the work the position is in, not a new one an end form after
    it may be of."""
    m = SENTENCE_STOP.search(text, begin, stop)
    return m.end() if m is not None else stop


def _place_fraction(c: Candidate, previous: Moment | None, length: float, lengths: _Lengths
                    ) -> tuple[float, float | None, bool, float, float | None] | None:
    """A fraction counted from a length the text states (no duration given, no length of its own)."""
    if not lengths.named and (_untimed_title_after(lengths, c.end) or _untimed_song(lengths, c.begin, c.end)):
        return None  # "stops the band halfway through “Low Tide”": a song in the set, whose length is not told
    return _fraction_at(c, _longer_than_told_in_sentence(c, previous, length, lengths))


def _fraction_at(c: Candidate, length: float) -> tuple[float, float | None, bool, float, float | None]:
    """(start, end, approximate, granularity, length) of a fraction of ``length``."""
    start = length * c.fraction
    return start, None if c.stretch is None else start + c.stretch, True, c.granularity, length


def _longer_than_told_in_sentence(c: Candidate, previous: Moment | None, length: float, lengths: _Lengths) -> float:
    """The length a fraction counts from where a position told in its own sentence is past ``length``: "the second
    half opens at 4:30 in the video rather than halfway through it" is of a work longer than 4:30, not of the
    3-minute package stated nearer before (the nearest length at least that long, else ``length``)."""
    told = previous.start if previous is not None and previous.span is not None else None
    if lengths.named or previous is None or previous.span is None or told is None or told <= length \
            or SENTENCE_STOP.search(lengths.text, previous.span[1], c.begin) is not None:
        return length
    return lengths.reaching(c.begin, told, previous.span[0]) or length


def _untimed_title_after(lengths: _Lengths, end: int) -> bool:
    """A quoted title right after a fraction's "through" ("halfway through “Low Tide”"), said beside none of the
    lengths stated so far: the fraction is of that work (a song in the set), whose length is not told."""
    m = _QUOTED_TITLE_AFTER.match(lengths.text, end)
    if m is None:
        return False
    title, text, reach = m.group("title").lower(), lengths.text, TITLE_BESIDE_LENGTH_CHARS
    # (the title said here may be the one the length names right after it: 'two-thirds of the way through "Above
    # the Col," Lotte Brandvold's 96-minute documentary')
    return not any(title in text[max(0, s.begin - reach):min(end, s.end + reach)].lower()
                   or m.end() <= s.begin <= m.end() + reach for s in lengths.seen)


def _untimed_song(lengths: _Lengths, begin: int, end: int) -> bool:
    """A fraction through a song or a track ("About halfway through the song") where no length stated so far was
    told beside that noun: a part of the footage whose length is not told (a song's own length is no footage's)."""
    text = lengths.text
    m = _THROUGH_PLAYED.search(text, begin, min(len(text), end + THROUGH_PLAYED_CHARS))
    if m is None:
        return False
    thing = m.group("thing").lower()
    # (the lengths of the last few pages only, as :func:`named_work_length` reads: linear in a long article)
    nearby = lengths.seen[bisect.bisect_left(lengths.seen, begin - WORK_NAMED_REACH, key=lambda s: s.begin):]
    return not any(w.group("thing").lower() == thing for s in nearby for w in _PLAYED_WORD.finditer(
        text, max(0, s.begin - TITLE_BESIDE_LENGTH_CHARS), min(len(text), s.end + PLAYED_AFTER_CHARS)))


# A fraction's "through" and a played thing, the song of a concert film: "halfway through the song they wrote".
_THROUGH_PLAYED = regex(rf"\bthrough\s+(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+)?(?P<thing>{PLAYED_THING})\b",
                        re.IGNORECASE)
# How far after a fraction's phrase its "through the song" may end.
THROUGH_PLAYED_CHARS = 40
# A played thing's noun said beside a length ("a 4:10 song"), and how far after the length it may stand.
_PLAYED_WORD = regex(rf"(?<![\w-])(?P<thing>{PLAYED_THING})s?(?![\w-])", re.IGNORECASE)
PLAYED_AFTER_CHARS = 15
# A quoted title right after a fraction's "through": the fraction is of that work, not of the footage.
_QUOTED_TITLE_AFTER = regex(r"\s+(?:the\s+)?[“\"‘'](?P<title>[^\"“”‘’\n]{1,60})[”\"’']")
# How near a stated length a title must be said to be that length's work ("The documentary “Tidewater” runs").
TITLE_BESIDE_LENGTH_CHARS = 60



