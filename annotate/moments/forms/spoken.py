"""Spoken offsets and the forms built on them: "ninety seconds into the video", "the four-minute
mark", "ten seconds later", "20 seconds before the end", "in the final 30 seconds"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.exclusions import footage_word
from annotate.moments.forms.candidate import (
    _DURATION_RE,
    _OF_MEDIA,
    Candidate,
    _anchor_object,
    _last_word_is,
    _of_media,
    _Spoken,
    has_unit,
    length_said_after,
    parse_timecode_text,
)
from annotate.moments.forms.marks import (
    _PACE_JUDGED_AFTER,
    _minute_second_marks,
    _past_marks,
    _unit_marks,
    _unit_spans,
    charged_time,
    game_span,
    of_footage_named,
    other_event_after,
    played_span,
)
from annotate.moments.forms.ranges import _INTERJECTION, _ON_PLATFORM, _STRONG_ANCHOR_AFTER, DIALECT_YOU
from annotate.moments.forms.weak import _BEFORE_LENGTHY, _SKIP, LATER, MAX_WEAK_OFFSET_SECONDS, _weak
from annotate.moments.hedges import hedge_before
from annotate.moments.numbers import parse_duration
from annotate.moments.patterns import (
    BARE_MINUTES,
    DRONE,
    DRONE_FLIGHT,
    INFORMAL_HEDGE,
    LENGTH_MEDIA,
    MEDIA_NOUN,
    MEDIA_WORD,
    NUMBER,
    PRONOUN_CLAUSE,
    REPOST,
    TC_TEXT,
    TIMECODE,
    UNIT_TOKEN,
    UNIT_WORD,
)
from annotate.moments.sentences import QUOTE_MARKS
from annotate.timecode import ARTICLE_TIMECODE_FPS

# Things that an "N minutes into ..." phrase (or a mark of one: "the 27-minute mark of the last quarter") does not
# measure footage by.
_REAL_WORLD_SPAN = regex(
    r"^(?:\s+into|[\s-]*(?:mark|point)\s+(?:of|in))\s+(?:the|his|her|its|their|a|an|this|that|my|our|your)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:investigation|surgery|operation|search|siege|war|strike|term|presidency|year|season|shift|"
    r"journey|trip|flight|lockdown|negotiations|talks|ceasefire|campaign|pandemic|crisis|storm|"
    r"hurricane|marriage|career|tenure|administration|month|week|day|night|morning|evening|"
    r"afternoon|decade|century|quarter|half|period|inning|overtime|game|match|race|marathon|"
    r"lap|set|round|leg|heat|bout|fight|"
    # an outing or a sitting the footage is not: "twenty minutes into the walk my knee started"
    r"walk|run|jog|hike|commute|meeting|class|lesson|workout|climb|swim|trek|ascent|descent|"
    r"appointment|procedure|treatment|wait|queue|"
    # a cook timed ("shaken once at the 9-minute mark of the cook"), and a period named by its ordinal alone
    # ("within a kick at the 24-minute mark of the last.", round 85)
    r"cook|bake|roast|boil|simmer|fry|charge|(?:first|second|third|fourth|last|final)(?=\s*(?:[.,;:!?)]|$)))\b"
    # (nor the first word of a compound before a footage noun: "into the day-two broadcast")
    rf"(?!['’]s|[\w'’-]*\s+(?:[\w'’-]+\s+)?{MEDIA_NOUN}\b)"
    # a match's time named with no article: "Baird's volley two minutes into stoppage time earned Aberdeen a point"
    # (round 197), "into added time", "ten minutes into extra time", "into overtime"
    r"|^\s+into\s+(?:(?:stoppage|added|injury|extra|normal|regulation|garbage)[\s-]+time|overtime|sudden[\s-]+death|"
    r"regulation)\b"
    # a length squeezed into another: "compresses six hours into three minutes", "into just 90 seconds"
    rf"|^\s+into\s+(?:(?:just|only|barely|under|less\s+than|a\s+mere)\s+)?(?:{NUMBER}|an?|a\s+few)[\s-]+"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b",
    re.IGNORECASE,
)

_INTO = regex(r"\s+into\b", re.IGNORECASE)

AFTER = r"(?:after|efter|eftir|afta|arter)"
# "that" and "this" as Caribbean and West African Englishes write them too: "Ten seconds after dat" (round 201).
_THAT = r"(?:that|dat)"
_THIS = r"(?:this|dis)"
# The act just placed, said again by a pronoun and "does so": "before she does so", "after he did that".
_DOES_SO = r"(?:does|do|did)(?:\s+(?:so|that|this|it)\b|(?=\s*[,;.:!?]))"
_AFTER_RELATIVE_PLUS = regex(
    rf"^\s+(?:{LATER}|{AFTER}wards?|{AFTER}\s+{_THAT}|{AFTER}\s+{_THIS}|thereafter|on(?=\s*,))\b"
    # "At 18:40 an interview begins. Two minutes and ten seconds after it starts, ...": from the thing just placed
    rf"|^\s+{AFTER}\s+(?:it|that|this|she|he|they)\s+(?:starts|begins|started|began|opens|opened|kicks\s+off|{_DOES_SO})\b"
    # "Fae 3:30 tae 3:52 ... and Ten seconds efter the start o that" (round 150): the start of the stretch just
    # placed, as "after that" (not "ten seconds after the start of that clip", the footage's own start)
    rf"|^\s+{AFTER}\s+the\s+(?:very\s+)?(?:start|beginning)\s+(?:of|o)\s+(?:that|this|it)"
    r"(?=\s*(?:[,;.:!?)\u2014\u2013]|$)|\s+(?:stretch|bit|part|passage|section|segment|sequence|range|run)\b)"
    # "the block is at the 4:50 mark and the putback is about twenty seconds after it.": "it" the thing just placed
    rf"|^\s+{AFTER}\s+it(?=\s*(?:[,;.:!?)\u2014\u2013]|$))"
    # "the crowd cheers 15 seconds after.": a bare "after" closing the clause counts from the moment before
    rf"|^\s+{AFTER}(?=\s*(?:[,;.:!?)\u2014\u2013]|$))", re.IGNORECASE
)
# A count of sets just before an interval's part: "3 x 45 sec on", "8 × 20 seconds on", "4 sets of 30 s on".
_SETS_OF_BEFORE = regex(r"(?:\b\d{1,2}\s*[x×]|\bsets?\s+of|\breps?\s+of|\brounds?\s+of)\s*$", re.IGNORECASE)
# An interval's rest part after its work part: ", 90 sec rest", ", 10 off", " / 15 s recovery".
_REST_PART_AFTER = regex(
    rf"\s*[,/;]?\s*(?:and\s+)?(?:{NUMBER}|an?)(?:[\s-]*(?:{UNIT_WORD}|s|m)\b)?\s+(?:rest|off|recovery|easy|walk|jog|"
    r"break)\b"
    # (or with no amount, after "then": "Manual says 30 seconds on, then rest." (round 162), "a minute on and then off")
    r"|\s*[,/;]?\s*(?:and\s+)?then\s+(?:(?:a|let\s+it)\s+)?(?:rest|off|recover\w*|cool\w*|break|pause)\b",
    re.IGNORECASE)
_AFTER_RELATIVE_MINUS = regex(
    rf"^\s+(?:earlier|before\s+{_THAT}|before\s+{_THIS}|previously|prior(?!\s+to)|before\s+it(?=\s*(?:[,;.:!?)\u2014\u2013]|$))"
    # the act just placed, counted back from: "at 1:41:20 ... Ms Laird does stand and leave, but about four seconds
    # before she does so the convener ..." (round 109)
    rf"|before\s+(?:it|she|he|they)\s+{_DOES_SO})\b"
    # "her allotted three minutes earlier in the evening": a length, then when in the day
    r"(?!\s+(?:in\s+the|that|this|on\s+the)\s+(?:day|morning|afternoon|evening|night|week|month|year|meeting|session)\b)",
    re.IGNORECASE,
)
_AFTER_BEFORE_END = regex(
    # (the copy others were cut from too: "before the end of the 2-minute-30-second original" (round 204))
    rf"^\s+(?:before|from)\s+the\s+(?:very\s+)?end\b(?:\s+of\s+the\s+(?:[\w'’-]+\s+){{0,2}}(?:{MEDIA_NOUN}|original)\b)?"
    # (the "finish" of the footage named: "about 3 minutes from the finish of the VOD" (round 141); a bare "from the
    # finish" is a race's)
    rf"|^\s+(?:before|from)\s+the\s+(?:very\s+)?finish\s+of\s+the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b"
    # (a copy of it too: "about ten seconds before the viral copy ends"; and "it": "12 seconds before it ends")
    rf"|^\s+before\s+(?:the\s+(?:[\w'’-]+\s+){{0,2}}(?:{MEDIA_NOUN}|cop(?:y|ies))|it)\s+(?:ends|finishes|is\s+over|"
    rf"cuts\s+out|stops)\b"
    rf"|^\s+(?:left|remaining|to\s+go)\s+(?:in|of)\s+the\s+(?:[\w'’-]+[\s-]+){{0,2}}{MEDIA_NOUN}\b",
    re.IGNORECASE,
)
_EVENT_WORD = r"(?!(?:a|an|the|and|as|when|while|then|is|was|are|were|it|he|she|they|we)\b)[\w'’-]+"
# "Twenty seconds after the first shot": counted from the event the previous moment placed.
# (or a clause of a pronoun and a present verb, what the one just placed does: "At 2:02 he walks out of shot. The
# claimant comes into view some eight seconds after he leaves" (round 99); extract.py counts it from the moment
# before only where that moment's sentence names the same pronoun)
_AFTER_EVENT = regex(
    rf"^\s+(?P<dir>{AFTER}|before)\s+(?:(?:the|that|this|his|her|its|their)\s+"
    rf"(?!(?:[\w'’-]+\s+){{0,2}}(?:start|beginning|end|credits|outro|{MEDIA_NOUN})\b){_EVENT_WORD}(?:\s+{_EVENT_WORD}){{0,2}}"
    rf"|{PRONOUN_CLAUSE})",
    re.IGNORECASE,
)
# (and "it's in the 10 minutes after the vote": a stretch of the world's time, not a point in the footage)
_BEFORE_SPAN_WORD = regex(r"(?:within|for|in|over|during|lasting|after|than)\s+(?:the\s+)?$", re.IGNORECASE)
# An event-anchored offset longer than this is a world span ("two hours after the storm").
MAX_EVENT_OFFSET_SECONDS = 600.0
_FOOTAGE_PIECE = r"(?:report|reports|bulletin|bulletins|news\s+item|file|files|copy|export|original|repost)"
_AFTER_FROM_START = regex(
    rf"^\s+(?:from|after)\s+the\s+(?:very\s+)?(?:start|beginning)\b(?:\s+of\s+the\s+(?:[\w'’-]+\s+){{0,2}}"
    # (not "eight seconds from the start of the sentence": of something other than the footage; a broadcast's report
    # or bulletin is, and so is a file or a copy of it: "48 seconds from the start of the report", round 123)
    rf"(?:{MEDIA_NOUN}|{_FOOTAGE_PIECE})\b|(?!\s+(?:of|o)\s+(?:the|a|an|his|her|its|their|this|that|each|every|it)\b))|^\s+after\s+the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\s+(?:starts|begins|opens)\b",
    re.IGNORECASE,
)
# Tagalog's determiners for "the" as Taglish writes them: "yung", "'yung", "ung", "ang".
_TAGALOG_THE = r"[yY]ung|['’][yY]ung|[uU]ng|[aA]ng"
_BEFORE_FIRST = regex(
    # (and a demonstrative's: "those first eleven minutes deserve to be studied", round 108)
    r"(?:(?:(?<![\w])(?:in|during|within|over|for|across|throughout)\s+)?(?<![\w])(?:the|its|this|these|those|(?:the\s+)?[\w-]+['’]s)"
    # (or a post's bare span after a comma or a dash, as _BEFORE_LAST: "right at the start, first 30 seconds")
    rf"|(?:^|[.!?;:]\s+)|[,(—–][^\S\n]*|(?<![\w])(?-i:sa|Sa|{_TAGALOG_THE}))\s*(?:very\s+)?(?:first|opening)\s+$",
    re.IGNORECASE,
)
# An audience or a sale counted just before "in the first ...".
_COUNTED_BEFORE = regex(
    r"\b(?:views|viewers|downloads|streams|plays|listens|sales|sold|copies|signatures|subscribers|followers|shares|"
    r"likes|retweets|comments|votes|visits|hits|tickets)\b[^.;!?\d]{0,30}$",
    re.IGNORECASE,
)
# (a list's item may open on it: "- final 30 s — paramedics", as "First 10 seconds:" may)
# A verb of recording, then the stretch recorded: "We streamed the first three hours", "a resident filmed the first
# 20 minutes of the march" (not "watched the first ten minutes", footage's).
_RECORDED_BEFORE = regex(
    r"(?<![\w])(?:streamed|live-?streamed|recorded|filmed|shot|taped|captured|broadcast|televised|aired)\s+"
    r"(?:(?:only|just)\s+)?(?:the|its)\s+(?:very\s+)?(?:first|opening)\s+$", re.IGNORECASE)
# A list item's marks before its words: a bullet, a checklist's box or tick, a Markdown task's brackets ("- [ ]").
_ITEM_MARK = r"(?:[-*•☐☑☒□■▪◦‣✓✔✗✘➤→]|\[[ xX✓✔]?\])"
_ITEM_MARKS = rf"(?:{_ITEM_MARK}[ \t]*){{0,2}}"
# What opens an edge's match before its words: spaces, list marks (a checklist's box too), a label's colon.
_LEAD_MARKS = regex(rf"(?:[ \t\n,;:(—–]|{_ITEM_MARK})*")
_BEFORE_LAST = regex(
    r"(?:(?:(?<![\w])(?:in|during|within|over|for|across|throughout)\s+)?(?<![\w])(?:the|its|this|these|those|(?:the\s+)?[\w-]+['’]s)"
    # (a checklist's box or tick is a list's mark too: "☐ Last 5 minutes = exam hints", "- [ ] last 30 s", round 130)
    rf"|(?:^|\n)[ \t]*{_ITEM_MARKS}"
    # (or a sentence's opening past an abbreviated unit's dot the splitter kept: "Whole thing only 2 min 05 sec. Last
    # 15 sec must watch" (round 73))
    r"|(?<=\d\ssec\.\s)|(?<=\d\smin\.\s)|(?<=\d\smins\.\s)|(?<=\d\ssecs\.\s)"
    # chat's bare tail after a comma or a dash: "right at the end, final 40 sec or so"; a list item's after its
    # label's colon, of its footage named ("Sat — quiet: last 90 seconds of the reel", round 77)
    r"|[,;:(—–][^\S\n]*"
    # (or Tagalog's "sa" (in, at) for "in the", in Taglish: "Tapos sa last 30 seconds ng 3-minute video" (round 165);
    # and its "yung"/"ang" for "the": "Tip: yung last 30 seconds, may bloopers hahaha." (round 169))
    rf"|(?<![\w])(?-i:sa|Sa|{_TAGALOG_THE})"
    # (and Jamaican Patois "di" for "the": "- Di final five minutes is just speaker box and thanks" (round 182))
    r"|(?<![\w])(?-i:di|Di|DI))\s*(?:very\s+)?(?:last|final|closing)\s+$",
    re.IGNORECASE,
)
# The word every _BEFORE_FIRST / _BEFORE_LAST match ends with (then spaces): a test of the last few
# characters that spares those patterns' searches at every position of the words before.
_FIRST_WORD = regex(r"(?:first|opening)\Z", re.IGNORECASE)
_LAST_WORD = regex(r"(?:last|final|closing)\Z", re.IGNORECASE)

# A price in shillings and pence: a bare count of "s", then pence right after it ("1s 6d", "2s 6d", "7s6d").
_SHILLINGS = regex(r"\d{1,2}\s?s", re.IGNORECASE)
_PENCE_AFTER = regex(r"\s?\d{1,2}(?:\s?½)?d\b")
# Words each pattern cannot match without (cheap substring gates for the sentence).
_WHICH_WORDS = ("first", "opening", "last", "final", "closing")


def find_spoken(text: str, b: int, e: int) -> Iterator[Candidate]:
    """Spoken offsets and the forms built on them: ``ninety seconds into the
    video``, ``the four-minute mark``, ``2m27s``, ``ten seconds later``,
    ``20 seconds before the end``, ``in the first 10 seconds``, ``in the final 30 seconds``."""
    if not has_unit(text, b, e):
        return
    for m in _DURATION_RE.finditer(text, b, e) if UNIT_TOKEN.search(text, b, e) else ():
        if _PENCE_AFTER.match(text, m.end()) and _SHILLINGS.fullmatch(m.group(0)):
            continue  # "tickets at 1s 6d", "£1 2s 6d": shillings and pence, a price before decimal money
        spoken = _Spoken.read(text, b, e, m)
        if spoken is None:
            continue
        for reader in _SPOKEN_READERS:
            found = reader(spoken)
            if found is not None:
                if found is not _SKIP:
                    yield found  # type: ignore[misc]
                break
    low = text[b:e].lower()
    if any(w in low for w in _WHICH_WORDS):
        yield from _unit_spans(text, b, e)
    if "mark" in low:
        yield from _unit_marks(text, b, e)
        yield from _past_marks(text, b, e)
        yield from _minute_second_marks(text, b, e)


def _first_or_last(s: _Spoken) -> Candidate | None:
    """"in the first 10 seconds" (a range from 0), "the final 30 seconds of the video" (a tail)."""
    first = _BEFORE_FIRST.search(s.before) if _last_word_is(s.before, _FIRST_WORD) else None
    if first and first.group(0)[:1] in ",(—–" and not footage_word(s.text, s.b, s.e) \
            and not _footage_in_paragraph_before(s):
        first = None  # a bare ", first 15 minutes" only where the sentence (or its paragraph so far: "Uploaded the
        # feeder cam footage. Right at the start, first 10 sec or so, ...") names footage (not "Doors open, first
        # 15 minutes free parking"; a bracketed label's "(Night one, first 30 seconds)" is read below)
    last = None if first or not _last_word_is(s.before, _LAST_WORD) else _BEFORE_LAST.search(s.before)
    if last and last.group(0)[:1] == ":" and not _of_media(s.after) and not _watch_list_item(s):
        last = None  # (after a colon only of footage named: not "Drill: last 30 seconds flat out")
    if first is None and last is None and (_last_word_is(s.before, _FIRST_WORD) or _last_word_is(s.before, _LAST_WORD)):
        first, last = _bracketed_edge(s)
    edge = first or last
    if edge is None or (other_event_after(s.after, first is not None)
                        and not of_footage_named(s.text, s.b, s.e, s.end)):
        return None
    if not first and _INTO.match(s.after):
        return None  # "has the final 2 hr 6 min into the VOD": an offset from the start, "the final" a race named
    if s.value > MAX_WEAK_OFFSET_SECONDS and not _of_media(s.after):
        return _SKIP  # "caught 312 drivers in its first 48 hours": a span of the world
    if first and _COUNTED_BEFORE.search(s.before):
        return _SKIP  # "10 million views in its first 48 hours": a window of the world, counted
    if first and _RECORDED_BEFORE.search(s.before):
        return _SKIP  # "We streamed the first three hours": the stretch of the world a recording holds
    if first and charged_time(s.text, s.end, s.b, s.e, s.begin - len(s.before) + first.start()):
        return _SKIP  # "the first hour at the Station Road car park rises to £1.80": a charge for parked time
    if _ATTRIBUTIVE_UNIT.search(s.phrase) and _NAMED_BY_SPAN_AFTER.match(s.after):
        return _SKIP  # "the league's Last Two Minute Report", "the last two-minute drill": a thing named by a span
    if first and _PACE_JUDGED_AFTER.match(s.after):
        return _SKIP  # "for its first hour it feels it", "the first 40 minutes drag": the work's pace judged
    if not _of_media(s.after) and (game_span(s.text, s.b, s.e) or played_span(s.text, s.b, s.e, s.value)):
        return _SKIP  # "won 27-24 with a try in the last 30 seconds": the match's clock; "the first two hours" of play
    opened = edge.group(0)
    # (no list mark, no label's colon)
    lead = _LEAD_MARKS.match(opened)
    begin = s.begin - len(s.before) + edge.start() + (lead.end() if lead else 0)
    hedge = hedge_before(s.text, begin, s.b)  # "roughly the first twenty minutes"
    if hedge is not None and _PREPOSITION_ABOUT.search(s.text, max(s.b, hedge - 30), begin):
        hedge = None  # "Asked about the final 20 seconds": "about" what, not how many
    begin, approx = (begin, s.approx) if hedge is None else (hedge, True)
    if first:
        return Candidate("range", begin, s.end + _of_media(s.after),
                         start=0.0, stop=s.value, granularity=s.gran, approximate=approx)
    return Candidate("end_range", begin, s.end + _of_media(s.after),
                     tail=s.value, granularity=s.gran, approximate=approx, own_length=_own_media_length(s.after))


def _watch_list_item(s: _Spoken) -> bool:
    """The span closes a list item that labels a part of footage named before it: "<li>Prize-giving: final 15
    minutes</li>" under "Here's the festival video (2:31:40) with what to watch" (round 127), "- Speeches: last 10
    min", "Cool down: last 4 minutes." under "my notes on the 30-minute video" (round 121) (not "Drill: last 30
    seconds flat out", nor an item under no footage)."""
    reach = max(0, s.begin - WATCH_ITEM_CHARS)
    line = max(s.text.rfind("\n", reach, s.begin), s.text.rfind("<li", reach, s.begin))
    opened = _ITEM_OPENS.match(s.text, line) if line >= 0 else None
    colon = s.text.rfind(":", max(line, 0), s.begin) + 1
    return opened is not None and _ITEM_CLOSES_AFTER.match(s.after) is not None \
        and _LABEL_COLON_ONLY.fullmatch(s.text, opened.end(), colon) is not None \
        and _footage_in_paragraph_before(s)


# How far back a watch list's item may open before its last-N span (an item is a short label and a stretch).
WATCH_ITEM_CHARS = 400
# A list item's opening: a line's bullet or number, or an HTML item's tag.
# (or a line of labelled lines with no mark: "Round 3: plank series ...\nCool down: last 4 minutes." (round 121))
_ITEM_OPENS = regex(rf"(?:\n[ \t]*(?:(?:{_ITEM_MARK}|\d{{1,2}}[.)])[ \t]*)?|<li\b[^<>]{{0,80}}>[ \t]*)")
# The item's label before its colon: a few words, no clause of its own.
_LABEL_COLON_ONLY = regex(r"[^\n.;!?<>:]{1,40}:")
# Nothing after the span but the item's end.
_ITEM_CLOSES_AFTER = regex(r"[^\S\n]*(?:\.[^\S\n]*)?(?:</li>|\n|$)")


# How far back in its paragraph a bare ", first 10 sec" looks for the footage it is of.
FIRST_FOOTAGE_CHARS = 300


def _footage_in_paragraph_before(s: _Spoken) -> bool:
    """The sentence's paragraph names footage before it (within :data:`FIRST_FOOTAGE_CHARS`)."""
    start = max(0, s.b - FIRST_FOOTAGE_CHARS)
    paragraph = s.text.rfind("\n\n", start, s.b)
    return footage_word(s.text, start if paragraph < 0 else paragraph, s.b)


# A span said as an adjective: a singular unit after a number above one ("Two Minute", "30-second", "two-minute";
# not "the last quarter-hour", "the final half hour"), then the noun it qualifies (not a part of the footage: "the
# last 30-second stretch of the clip").
_ATTRIBUTIVE_UNIT = regex(
    r"\b(?!(?:one|a|an|1|half|quarter)[\s-])[\w.]+[\s-](?:second|minute|hour)\Z", re.IGNORECASE)
_NAMED_BY_SPAN_AFTER = regex(
    r"[^\S\n]+(?!(?:of|in|into|on|or|and|to|at|from|for|before|after|stretch|section|segment|portion|part|window|"
    r"chunk|bit|span|sequence|run|passage|stretches|sections|segments|portions|parts|bits)\b)[A-Za-z][\w'’-]*")


def _bracketed_edge(s: _Spoken) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """(first, last): "first" or "last" after a comma inside a bracketed label that closes after the span, as a
    list item names its place: "9. The result (Night two, last 10 minutes)", "[Part 1, first 30 seconds]"."""
    edge = _EDGE_WORD.search(s.before)
    if edge is None or not _BRACKET_COMMA_BEFORE.search(s.before, 0, edge.start()) \
            or not _CLOSES_BRACKET_AFTER.match(s.after):
        return None, None
    return (edge, None) if edge.group("w").lower() in ("first", "opening") else (None, edge)


_EDGE_WORD = regex(r"(?:very\s+)?(?P<w>first|opening|last|final|closing)\s+$", re.IGNORECASE)
_BRACKET_COMMA_BEFORE = regex(r"[(\[][^()\[\]\n]{1,40},[ \t]*$")
_CLOSES_BRACKET_AFTER = regex(r"[ \t]*[)\]]")


def _own_media_length(after: str) -> float | None:
    """The length a following "of the 30-second clip" gives its footage: where a text tells of several clips,
    the tail counts back from this one's end, not from the nearest length stated."""
    m = _OF_MEDIA.match(after)
    said = _MEDIA_LENGTH_WORDS.search(after, 0, m.end()) if m else None
    parsed = parse_duration(said.group(0)) if said else None
    if parsed is None and m is not None:
        # (or as a timecode before the footage's noun: "in the last 10 seconds of the 2:00 clip" (round 100))
        code = _MEDIA_LENGTH_TIMECODE.search(after, 0, m.end())
        parsed = parse_timecode_text(code.group("d"), ARTICLE_TIMECODE_FPS) if code else None
    if parsed is None and m is not None:
        parsed = length_said_after(after, m.end())
    return parsed[0] if parsed and parsed[0] > 0 else None


# A timecode said as the footage's adjective, right after the determiner: "of the 2:00 clip", "of its 4:30 video".
_MEDIA_LENGTH_TIMECODE = regex(
    rf"^\s+(?:of|in|into)\s+(?:the|this|that|its|his|her|their|a|an)\s+(?P<d>{TC_TEXT})(?:[\s-]+long)?[\s-]+"
    rf"(?:(?!(?:mark|point)\b)[\w'’-]+\s+)?{LENGTH_MEDIA}\b", re.IGNORECASE)


# "30-second", "two-minute", "90 second": a length said as the footage's adjective.
# (and a second unit after the first: "the 2 hour 40 minute programme", "the 4-minute 10-second clip", "the 1 hr 15
# min service", "the 1hr 15min stream")
_MEDIA_LENGTH_WORDS = regex(
    r"(?<![\w-])(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)[\s-]?(?<=[\d\s-])(?:seconds?|minutes?|hours?|hrs?|secs?|mins?)(?![\w])"
    r"(?:[\s-]+(?:and[\s-]+)?(?:\d+|[a-z]+(?:-[a-z]+)?)[\s-]?(?<=[\d\s-])(?:seconds?|minutes?|secs?|mins?)(?![\w]))?"
    rf"(?:{BARE_MINUTES})?",  # "the 4 min 20 video": seconds said with no unit after the minutes
    re.IGNORECASE)


# "about"/"around" after a word it completes (asked about, talk around), not a hedge of the span after it.
_PREPOSITION_ABOUT = regex(
    r"(?<![\w'’])(?!(?:in|at|for|within|during|over|from|to|until|till|of|by|and|or|just|only)\s)[a-z]+\s+"
    r"(?:about|around|round)\s+$", re.IGNORECASE)


def _before_end(s: _Spoken) -> Candidate | None:
    """"20 seconds before the end"."""
    m = _AFTER_BEFORE_END.match(s.after)
    if not m:
        return None
    said = _MEDIA_LENGTH_WORDS.search(s.after, 0, m.end())  # "before the end of the 2-minute clip": its own length
    parsed = parse_duration(said.group(0)) if said else None
    return Candidate("before_end", s.begin, s.end + m.end(), tail=s.value, granularity=s.gran, approximate=s.approx,
                     own_length=parsed[0] if parsed and parsed[0] > 0 else None)


def _quoted_whole(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] stands alone inside quotation marks, as the name of a bit or a caption's words."""
    return begin > 0 and end < len(text) and text[begin - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES


_OPEN_QUOTES = frozenset("\"“‘'«")
_CLOSE_QUOTES = frozenset("\"”’'»")


def _relative(s: _Spoken) -> Candidate | None:
    """"ten seconds later", "five seconds earlier", "twenty seconds after the first shot"."""
    plus = _AFTER_RELATIVE_PLUS.match(s.after)
    rel = plus or _AFTER_RELATIVE_MINUS.match(s.after)
    than_event = _THAN_EVENT.match(s.after, rel.end()) if rel else None
    if than_event and s.value <= MAX_EVENT_OFFSET_SECONDS and not _COUNTERFACTUAL_BEFORE.search(s.before) \
            and not _STRETCH_NAMED_BEFORE.search(s.before):
        # "about 10 seconds later than the clunk Sparky mentioned": as "after the clunk", from the event just placed
        return Candidate("relative", s.begin, s.end + than_event.end(), delta=(1.0 if plus else -1.0) * s.value,
                         granularity=s.gran, approximate=s.approx)
    if rel and (_THAN_AFTER.match(s.after, rel.end()) or _COUNTERFACTUAL_BEFORE.search(s.before)
                or _SHIFTED_TIMES_BEFORE.search(s.before)
                or _PUBLISHED_BEFORE.search(s.before) or (plus and _DAY_CLOCK_APPOSED.search(s.before))):
        # "issued 90 minutes later than officials advised", "should have shut an hour earlier", "posted a longer
        # recording an hour afterwards" (counted from a post, an event of the world); "came home at 12.51pm on
        # Sunday, 29 hours after he started" (an am/pm clock restated)
        return _SKIP
    if rel and (_FILE_STARTED_BEFORE.search(s.before) or _copy_start_inferred(s)):
        return _SKIP  # "0:14 in video A matches 1:02 in video B, so B started 48 seconds earlier": an offset of files
    if plus and plus.group().rstrip().lower().endswith("on") and (
            _SETS_OF_BEFORE.search(s.before) or _REST_PART_AFTER.match(s.after, plus.end())):
        return _SKIP  # "3 x 45 sec on, 90 sec rest", "20 seconds on, 10 off": an interval's work part, no "later"
    if plus and _LASTED_FOR_BEFORE.search(s.before):
        return _SKIP  # "why the music continued for more than two minutes after that": how long, not when
    if rel and rel.group().rstrip().lower().endswith(" it") and (
            _STRETCH_NAMED_BEFORE.search(s.before) or _FRACTION_OF_BEFORE.search(s.before)):
        # "what the clip leaves out is the two minutes before it": a stretch named, no point; "lands a fraction of
        # a second before it": no amount told
        return _SKIP
    if rel and _quoted_whole(s.text, s.begin, s.end + rel.end()):
        return _SKIP  # his "two minutes later" bit, a title card reading 'Ten minutes later': words quoted, not a time
    if rel:
        return Candidate("relative", s.begin, s.end + rel.end(), delta=(1.0 if plus else -1.0) * s.value,
                         granularity=s.gran, approximate=s.approx)
    now = _FROM_NOW_AFTER.match(s.after)
    if now and _said_at_stamp(s.text, s.begin):
        # "[0:18] about a minute from now I'll show you": said at the line's stamp, so counted from it as "later"
        return Candidate("relative", s.begin, s.end + now.end(), delta=s.value, granularity=s.gran,
                         approximate=s.approx)
    if _cue_gap(s):
        return _SKIP  # "The second line shows up 0.15 s after the first disappears": a gap between two cues
    if _TIMER_ANCHOR.match(s.after) or (_RECORDING_STARTED_BEFORE.search(s.before) and _AFTER_ANY.match(s.after)):
        return _SKIP  # "I start recording like 30 secs before the timer": when the recording began, no moment in it
    ev = _AFTER_EVENT.match(s.after)
    if ev and (_STRETCH_NAMED_BEFORE.search(s.before)
               or _RECORDING_OPENS_BEFORE.search(s.text, max(s.b, s.begin - RECORDING_OPENS_CHARS), s.begin)
               or _TIME_APPOSED_AFTER.match(s.after, ev.end())):
        # "reviewed the 20 seconds before the first shot" (a stretch named, no point); "the excerpt starts 30
        # seconds before the shaking" (where a recording opens); "a rumble about two seconds before the picture
        # moves — at 24:04" (the gap to a time said right after it)
        return _SKIP
    if ev and _aside_to_placed(s, ev.end()):
        # "About 2:41:30 into the broadcast, the official walks her to the station, some four minutes after her
        # race": an aside telling the placed moment's distance from another event, no offset from that moment
        return _SKIP
    if ev and s.value <= MAX_EVENT_OFFSET_SECONDS and not _AFTER_FROM_START.match(s.after) \
            and not _BEFORE_SPAN_WORD.search(s.before) and not s.ordinal_risk \
            and not _TIMED_EVENT_PAREN_BEFORE.search(s.before):
        sign = -1.0 if ev.group("dir").lower() == "before" else 1.0
        return Candidate("relative", s.begin, s.end + ev.end(), delta=sign * s.value, granularity=s.gran,
                         approximate=s.approx)
    return None


def _aside_to_placed(s: _Spoken, ev_end: int) -> bool:
    """The event-anchored amount is a trailing aside (after a comma, closing the sentence) in a sentence that has
    already placed its moment by a timecode: it says how far that moment is from the event, not a new moment."""
    return _ASIDE_OPEN_BEFORE.search(s.before) is not None and _ASIDE_CLOSE.match(s.after, ev_end) is not None \
        and TIMECODE.search(s.text, s.b, s.begin) is not None


# The comma opening a trailing aside, a hedge maybe after it: ", some ", ", about ", ", ".
_ASIDE_OPEN_BEFORE = regex(
    r",[^\S\n]*(?:(?:some|about|around|roughly|approximately|nearly|almost|just|only|barely)[^\S\n]+)?$",
    re.IGNORECASE)
# The aside closing its sentence.
_ASIDE_CLOSE = regex(r"[^\S\n]*(?:[.!?;]|$)")


# A verb of lasting and "for" before an amount "after that": "continued for more than two minutes after that"; or
# "for" alone, how long a thing goes on from then: "Stretch for 10 minutes after." (round 142), "for a minute
# afterwards the crowd is silent".
_LASTED_FOR_BEFORE = regex(
    r"(?:\b(?:continu\w*|go\w*|went|kept\s+\w+|carr\w+\s+on|last\w*|ran|runs?|running|play\w*|stay\w*|remain\w*|"
    r"wait\w*|sat|sit\w*|stood|stand\w*|hover\w*|linger\w*)(?:\s+(?!for\b)[\w'’-]+)?\s+|\b)for\s+$", re.IGNORECASE)
# A stretch named by its length with a determiner: "the 40 seconds before the shots", "those ten seconds after it".
_STRETCH_NAMED_BEFORE = regex(r"\b(?:the|those|these|that|this)\s+$", re.IGNORECASE)
# A recording said to open an offset before an event: "the excerpt starts 30 seconds before the shaking", "her video,
# which she shared with us, begins a few seconds before the blackout".
_RECORDING_OPENS_BEFORE = regex(
    rf"\b(?:{MEDIA_NOUN}|{LENGTH_MEDIA})\b[^.;:!?]{{0,80}}\b(?:starts|started|begins|began|opens|opened|kicks\s+off)\s+$",
    re.IGNORECASE)
RECORDING_OPENS_CHARS = 140  # how far before the offset its recording's noun is read
# The position of the event said right after the gap, in apposition: "..., at 1:24", "— at 24:04 by the counter".
_TIME_APPOSED_AFTER = regex(r"\s*(?:,|—|–|\s-|\()\s*(?:at\s+|by\s+)?(?:\d{1,2}:)?\d{1,2}:[0-5]\d(?![\d:])")
# "a minute from now": an offset from the moment it is said, a position only where that moment is a transcript line's
# stamp ("[0:18] about a minute from now I'll show you the float test"); in prose it tells the world's future.
_FROM_NOW_AFTER = regex(r"\s+from\s+now\b", re.IGNORECASE)
_STAMPED_LINE_BEFORE = regex(
    r"[^\S\n]*(?:[-*•>][^\S\n]*)?[\[(]?(?:\d{1,2}:)?\d{1,2}:[0-5]\d(?:[.,]\d{1,3})?[\])]?[^\S\n]*"
    r"(?:(?-i:[A-Z][\w.'’ -]{0,30}):[^\S\n]*)?[^\n\d:]{0,60}$")


def _said_at_stamp(text: str, begin: int) -> bool:
    """Whether the words before ``begin`` are said at a transcript's stamp: one opening their line ("[0:18] about a
    minute from now"), or a YouTube transcript's stamp alone on the line above ("0:16\nokay so in like two minutes
    from now")."""
    line = text.rfind("\n", 0, begin) + 1
    if _STAMPED_LINE_BEFORE.match(text, line, begin):
        return True
    above = text.rfind("\n", 0, max(0, line - 1)) + 1
    return line > 0 and _STAMP_ALONE.fullmatch(text, above, line - 1) is not None \
        and _SAID_BEFORE.fullmatch(text, line, begin) is not None


# A stamp alone on its line, as a YouTube transcript has one over each line of words: "0:16", "1:02:03".
_STAMP_ALONE = regex(r"[^\S\n]*(?:\d{1,2}:)?\d{1,2}:[0-5]\d[^\S\n]*")
# The words of the line before the offset: no stamp, no colon of a label.
_SAID_BEFORE = regex(r"[^\n\d:]{0,60}")


# An offset from a timer or a clock kept apart from the footage ("30 secs before the timer", "ten seconds after my
# stopwatch"), or told of when the recording itself began ("started filming a minute before the kick-off").
_TIMER_ANCHOR = regex(
    r"\s+(?:after|before|ahead\s+of)\s+(?:the|my|his|her|their|our|your|its)\s+(?:[\w'’-]+\s+)?"
    r"(?:timer|stopwatch|countdown|splits?|livesplit|clock)\b"
    # (not "ten seconds after the timer beeps": an event the footage shows)
    r"(?=\s*(?:[.,;:!?)]|$|(?:(?:was|is)\s+)?(?:starts?|started|begins?|began|was\s+started)\b))", re.IGNORECASE)
_RECORDING_STARTED_BEFORE = regex(
    r"\b(?:start|starts|started|starting|begin|begins|began|hit|hits|press|pressed)\s+"
    r"(?:the\s+)?(?:recording|filming|streaming|rolling|record)\b[^.;:!?]{0,30}$", re.IGNORECASE)
_AFTER_ANY = regex(r"\s+(?:after|before|ahead\s+of)\s", re.IGNORECASE)
# An event timed just before, then a bracket: "0:05 the sound arrives (about 2 seconds after the flash": the gap
# between two events, said of the one already timed, is no new moment.
_TIMED_EVENT_PAREN_BEFORE = regex(r"\d:[0-5]\d(?![\d:])[^()\n.;:!?]{0,50}[(\[]\s*$")


# The times of a list or a version said to shift by an amount: "from then on the web times are 4 min 40 sec
# earlier", "all the timestamps are ten seconds later on the re-upload": a shift of every time, no moment.
# Another copy of the same footage: "the Telegram copy", "the repost", "the mirror" (not a version or an edit, which
# rounds 14, 39 and 61 place: "the edited version starts four seconds later").
_COPY_NOUN = rf"(?:copy|{REPOST})"
# A video, a camera or a file told apart by its letter or number, then its start: how two recordings are offset, not a
# moment in either (not "the edited version starts four seconds later", "the replay begins 40 seconds later").
_FILE_STARTED_BEFORE = regex(
    rf"(?:\b(?:{MEDIA_NOUN}|camera|cam|file)\s+(?-i:[A-Z]|\d{{1,2}})|(?<![\w'’-])(?-i:[A-HJ-Z])"
    r")\s+(?:started|starts|began|begins)(?:\s+(?:recording|filming|rolling))?\s+$", re.IGNORECASE)


def _copy_start_inferred(s: _Spoken) -> bool:
    """A copy's start inferred from an alignment told before it in the sentence: "its 0:10 corresponds to 0:52 in the
    Telegram copy, so it starts 42 seconds later" (round 129): how two copies are offset, no moment (not "At 0:52 the
    truck stops, so it starts 20 seconds later", where nothing was aligned)."""
    return _INFERRED_START_BEFORE.search(s.before) is not None \
        and _ALIGNED.search(s.text, max(s.b, s.begin - 200), s.begin) is not None


# "so it starts", "meaning the repost began", "which means this one started": a start concluded, then its amount.
_INFERRED_START_BEFORE = regex(
    rf"\b(?:so|meaning|which\s+means|i\.e\.,?|hence|thus|therefore)\s+(?:it|this\s+one|that\s+one|"
    rf"the\s+(?:[\w'’-]+\s+)?{_COPY_NOUN})\s+(?:started|starts|began|begins)\s+$", re.IGNORECASE)
# Two positions told as one moment: "corresponds to", "lines up with", "matches", "equals", "0:31 in the mirror is
# 0:40 in the source".
_ALIGNED = regex(
    r"\b(?:correspond(?:s|ed|ing)?\s+to|(?:lines?|lined|lining)\s+up\s+with|match(?:es|ed|ing)?|equals?|"
    r"aligned|synced|synchronized|synchronised)\b"
    r"|\d:[0-5]\d[^.;!?\d]{0,40}\b(?:is|was|=)\s+(?:the\s+)?(?:[\w'’-]+\s+)?\d{1,2}:[0-5]\d", re.IGNORECASE)
_SHIFTED_TIMES_BEFORE = regex(
    r"\b(?:times|timestamps|timings|timecodes|chapters|stamps|everything)\s+(?:(?:in|on|of)\s+(?:the\s+)?[\w'’-]+\s+)?"
    r"(?:are|is|run|come|will\s+be|would\s+be|get|become|end\s+up)\s+(?:all\s+|then\s+)?"
    r"(?:(?:roughly|about|around|approximately|exactly|just)\s+)?$", re.IGNORECASE)


# A relative offset compared with another world time, or said of what should have happened: no moment.
_THAN_AFTER = regex(r"\s+than\b", re.IGNORECASE)
# "later than" a thing of the footage named by a determiner, as "after" it: "about 10 seconds later than the clunk
# Sparky mentioned" (round 150), "a second earlier than that"; not a plan, a habit or a clock ("90 minutes later than
# the scheduled start", "later than the usual time", "later than officials advised").
_THAN_EVENT = regex(
    r"\s+than\s+(?:that|this|it)(?=\s*(?:[,;.:!?)\u2014\u2013]|$))"
    r"|\s+than\s+(?:the|that|this|his|her|its|their)\s+"
    r"(?!(?:[\w'’-]+\s+){0,2}(?:start|beginning|end|credits|outro|time|times|schedule|timetable|plan|deadline|slot|"
    rf"date|day|usual|norm|average|rest|last|first|previous|original|other|one|{MEDIA_NOUN})\b)"
    r"(?!(?:scheduled|planned|expected|advertised|promised|agreed|stated|listed|billed|official|normal|usual|"
    r"published|posted|reported)\b)(?!\d)[\w'’-]+(?:\s+(?!\d)(?!(?:and|but|so|then|when|while|there|is|was)\b)"
    r"[\w'’-]+){0,2}",
    re.IGNORECASE)
_COUNTERFACTUAL_BEFORE = regex(
    r"\b(?:should|could|would|might|must|ought\s+to)(?:n['’]t|\s+not)?\s+have\s+(?:been\s+)?[\w'’-]+\b[^.;:!?]{0,60}$",
    re.IGNORECASE)


# A post or an upload told in the past in the clause before the offset.
_PUBLISHED_BEFORE = regex(
    r"\b(?:posted|reposted|uploaded|re-uploaded|published|tweeted|retweeted|put\s+(?:it\s+)?(?:online|up))\b"
    r"[^.;:!?]{0,60}$", re.IGNORECASE)


def _cue_gap(s: _Spoken) -> bool:
    """A cue, line or caption said to come a gap after or before another named by its order ("The second line
    shows up 0.15 s after the first disappears", "each subtitle starts 0.2 seconds after the previous one ends"):
    a timing of the subtitles, not a moment counted from the one before."""
    return _ORDERED_REFERENCE.match(s.after) is not None and _ORDERED_CUE_BEFORE.search(s.before) is not None


_ORDERED_REFERENCE = regex(
    r"\s+(?:after|before)\s+(?:the|its)\s+(?:first|previous|prior|preceding|last|other|earlier|next|one\s+before)\b",
    re.IGNORECASE)
_ORDERED_CUE_BEFORE = regex(
    r"(?<![\w])(?:(?:second|third|next|following|later|other|each|every|this|that|the\s+new)\s+"
    r"(?:(?:sub)?titles?|captions?|cues?|lines?|subs)\b|(?:(?:sub)?title|caption|cue|line)\s+#?\d+\b)"
    r"[^.;:!?]{0,40}$", re.IGNORECASE)


# A thing drawn out past a length: "stretched the song past the ten-minute mark", "dragged it out beyond the hour
# mark" (a verb of lengthening; "goes past the 5-minute mark" may walk through footage and is left alone).
_STRETCHED_PAST_BEFORE = regex(
    r"\b(?:stretch(?:ed|es|ing)?|extend(?:ed|s|ing)?|drag(?:ged|s|ging)?|draw(?:s|n|ing)?|drew|pad(?:ded|s|ding)?|"
    r"spin(?:s|ning)?|spun|push(?:ed|es|ing)?)\b(?:\s+[^\s.;!?]+){0,4}?\s+(?:out\s+)?(?:past|beyond|over|well\s+past)\s+"
    r"(?:the\s+)?$", re.IGNORECASE)


# A distance on a course told as a mark with a bare "m": "just before the 1000 m mark" of a rowing report that tells
# "2000 m in 5:41.2" (round 118), "at the 50m mark" of a swim: metres where the text tells a course's distances.
_BARE_M_MARK = regex(r"\d[\d,]*\s?m", re.IGNORECASE)
_COURSE_DISTANCE = regex(
    r"(?<![\w.])(?:\d{3,}|\d{1,2},\d{3})\s?m\b(?![\s-]*mark)|\b(?:metres|meters|rowing|rowers?|regatta|"
    r"swimmers?|swimming|freestyle|backstroke|breaststroke|medley|sprinters?|hurdles|steeplechase|velodrome)\b",
    re.IGNORECASE)


def _mark_point(s: _Spoken, anchor_end: int) -> Candidate:
    """"the four-minute mark": a point, unless a thing was drawn out past it ("she stretched "Pier" past the
    ten-minute mark": how long it ran) or it is a distance on a course (:func:`_course_mark`)."""
    if _STRETCHED_PAST_BEFORE.search(s.before) or _course_mark(s, anchor_end) \
            or (s.before.endswith("the ") and _ANY_WORK_PAST_BEFORE.search(s.before, max(0, len(s.before) - 80))) \
            or _told_game_time(s, anchor_end):
        return _SKIP
    return s.point(s.end + anchor_end)


def _told_game_time(s: _Spoken, anchor_end: int) -> bool:
    """A mark the text says is the game's clock, in its sentence ("at the 31-minute mark (game time)", "in match
    time") or in a note opening the next ("... at the 31-minute mark to make it 12-4 at the break. (That's game time,
    for the record ...)", round 112): the match's minute, no place in any footage."""
    if ("game" in s.after or "match" in s.after) and _GAME_TIME_IN.search(s.after, anchor_end, anchor_end + 60):
        return True
    return _GAME_TIME_NOTE.match(s.text, s.e, s.e + GAME_TIME_NOTE_CHARS) is not None


# How far past the mark's sentence a note saying it is game time is read.
GAME_TIME_NOTE_CHARS = 40
_GAME_TIME_IN = regex(r"\(\s*(?:(?:that['’]s|in)\s+)?(?:the\s+)?(?:game|match)\s+(?:time|clock)\s*\)"
                      r"|\bin\s+(?:game|match)\s+time\b", re.IGNORECASE)
_GAME_TIME_NOTE = regex(r"\s*\(?\s*(?:that['’]s|that\s+is|it['’]s|this\s+is)\s+(?:the\s+)?(?:game|match)\s+"
                        r"(?:time|clock)\b", re.IGNORECASE)


# Any work of a kind having things past a mark: "When a video has chapters past the one-hour point, clicking a
# chapter seeks early" (round 170), "any stream with ads beyond the 20-minute mark", "videos that have captions after
# the ten-minute mark": a bound on works of that kind, no place in one.
_ANY_WORK_PAST_BEFORE = regex(
    rf"\b(?:(?:a|an|any|every|each)\s+(?:[\w'’-]+\s+)?{MEDIA_NOUN}|(?:videos|clips|streams|recordings|episodes|files|"
    r"uploads|podcasts|vods))\s+(?:has|have|had|having|with|that\s+(?:has|have|had)|which\s+(?:has|have|had))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:past|beyond|after|over)\s+the\s+$", re.IGNORECASE)


def _course_mark(s: _Spoken, anchor_end: int) -> bool:
    """"the 1000 m mark" in a text telling a course's distances ("2000 m in 5:41.2", "the 400m freestyle"): metres,
    no position (but "the 45m mark of the stream", and a bare "m" mark in a text telling no distance, stay minutes)."""
    return _BARE_M_MARK.fullmatch(s.phrase) is not None and not _of_media(s.after[anchor_end:]) \
        and (s.value >= METRES_MARK_SECONDS or _tells_course_distances(s.text))


@lru_cache(maxsize=2)
def _tells_course_distances(text: str) -> bool:
    """Whether the text tells a course's distances anywhere: searched once per text, not again for every mark on a
    page of them (a megabyte of "the 5m mark" read the whole text at each)."""
    return _COURSE_DISTANCE.search(text) is not None


# A bare "m" mark of a hundred or more is metres wherever it stands ("the baton drop happens at the 300 m mark"): a
# position that far in is told in hours ("the 1h40m mark").
METRES_MARK_SECONDS = 100 * 60.0


# An anchor that names a mark or a point: "the two-minute mark", "the 30-second point".
_MARK_ANCHOR = regex(r"[\s-]*(mark|point|timestamp|time\s?stamp)", re.I)


def _anchored(s: _Spoken) -> Candidate | None:
    """"ninety seconds into the video", "the four-minute mark", "two minutes in", "90 seconds from the start"."""
    strong = _STRONG_ANCHOR_AFTER.match(s.after)
    if strong:
        if (_REAL_WORLD_SPAN.match(s.after) and not _recorded_sitting(s)) or _SPENT_BEFORE.search(s.before) \
                or _PERIOD_OF_PLAY_BEFORE.search(s.before, max(0, len(s.before) - 40)) \
                or _BREATH_IN_OUT_AFTER.match(s.after):
            # "I put 31 hours into Emberfall": time spent on a thing, not a place in footage; "second half about 32
            # min in": the match's clock in that half
            return _SKIP
        if _MARK_ANCHOR.match(strong.group(0)):
            return _mark_point(s, strong.end())
        if _BEFORE_LENGTHY.search(s.before) and not _INTO.match(s.after) and not _IN_BEFORE_CLAUSE.match(s.after) \
                and not (_PRESENT_COPULA.search(s.before) and _IN_AT_CLAUSE_END.match(s.after)) \
                and not ((s.approx or _PLAY_IS.search(s.before)) and _PART_IS.search(s.before)
                         and _IN_WHEN_CLAUSE.match(s.after)) \
                and not _cleft_in_named_recording(s):
            return _SKIP  # "it was ten minutes in" tells a length; "the vote is roughly 47 minutes in." a position
        point = s.point(s.end + _anchor_object(s.after))
        part = _INTO_PART.match(s.after)
        point.into_part = part.group("part").lower() if part else ""
        return point
    from_start = _AFTER_FROM_START.match(s.after)
    if from_start:
        if s.value >= LONG_FROM_START_SECONDS and not MEDIA_WORD.search(from_start.group(0)):
            return _SKIP  # "crossed the line 45 hours and 47 minutes after the start": a race's, not footage's
        if _DAY_CLOCK_APPOSED.search(s.before):
            return _SKIP  # "crossed at 12:04pm, six hours and four minutes after the start": the clock restated
        return s.point(s.end + from_start.end())
    said_in = _IN_THAT_AFTER.match(s.after)
    if said_in and _SAYS_BEFORE.search(s.before):
        return s.point(s.end + said_in.end())  # "He concludes a little under nine minutes in that it is ..."
    if _CLEFT_BEFORE.search(s.before):
        # "It's around 3 minutes in that the police come", Pidgin "Na around 3 minutes in the police come"
        then = _IN_THAT_AFTER.match(s.after) or _IN_THEN_CLAUSE.match(s.after)
        if then:
            return s.point(s.end + then.end())
    elif not _CLAUSE_OPENS_BEFORE.search(s.before):
        return _part_offset(s)
    informal = _INFORMAL_HEDGE_OPENS.match(s.text, s.begin, s.end) is not None
    then = _in_then_clause(s, informal)
    if then:
        return s.point(s.end + then.end())  # "lol like 2min in the lights go out": the offset opens the clause
    # "4 mins in theres a handball", "like 3m in u see him": "in", then a new clause with no comma.
    new = _IN_NEW_SUBJECT.match(s.after) or (_IN_NEW_WORD.match(s.after) if informal else None)
    if new:
        return s.point(s.end + new.end())
    if _MOMENT_NAMED_BEFORE.search(s.before) and _WHEN_AFTER.match(s.after) and not s.ordinal_risk \
            and (s.approx or s.before.rstrip()[-3:].lower() == " at"):
        return s.point(s.end)  # "There's a moment, just after 57 minutes, when the radio goes silent"
    return None


def _cleft_in_named_recording(s: _Spoken) -> bool:
    """"Go back to episode 31, we talked about this, it was like 38 minutes in.": "it was", an offset closing the
    clause, and a recording named before it in the sentence: where in that recording (round 86; "The replay is on
    the app. It was ten minutes in — far too long." names none in its sentence and tells a length)."""
    return _CLEFT_BEFORE.search(s.before) is not None and _IN_AT_CLAUSE_END.match(s.after) is not None \
        and MEDIA_WORD.search(s.text, s.b, s.begin) is not None


def _recorded_sitting(s: _Spoken) -> bool:
    """Whether the offset is "into the meeting" (or a class, a lesson) where the text before names that sitting's
    recording ("The council has published the webcast ... two hours and 14 minutes into the meeting"): a position in
    the footage, not the world's span of a sitting no one recorded ("twenty minutes into the meeting my phone rang")."""
    if _INTO_DRONE_FLIGHT.match(s.after) is not None:
        # "roughly six minutes into her flight" where the text has named a drone: the flight is its recording
        # (round 77; "twenty minutes into the flight to Lagos" stays the world's)
        return _DRONE_NAMED.search(s.text, max(0, s.begin - SITTING_RECORDED_CHARS), s.begin) is not None
    return _INTO_SITTING.match(s.after) is not None \
        and _SITTING_RECORDED.search(s.text, max(0, s.begin - SITTING_RECORDED_CHARS), s.begin) is not None


_FRACTION_OF_BEFORE = regex(r"\b(?:fraction|split)\s+of\s+$", re.IGNORECASE)
# "into her flight", "into the second survey flight", "into the drone's sortie".
_INTO_DRONE_FLIGHT = regex(r"\s+into\s+(?:the|this|that|its|their|his|her|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
                           rf"{DRONE_FLIGHT}\b(?!\s+(?:to|from)\b)", re.IGNORECASE)
_DRONE_NAMED = regex(DRONE, re.IGNORECASE)


# "into the meeting", "into Tuesday's full council meeting", "into the class".
_INTO_SITTING = regex(r"\s+into\s+(?:the|this|that|its|their|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
                      r"(?:meeting|class|lesson)\b", re.IGNORECASE)
# A sitting's recording named: "the webcast", "livestreamed the session", "the recording on the council's channel".
_SITTING_RECORDED = regex(r"\b(?:webcasts?|webcast\s+on|livestream(?:ed|s)?|live-?streamed|streamed\s+(?:live|online)|"
                          r"recording|televised)\b", re.IGNORECASE)
# How far before the offset the sitting's recording may be named (a report's opening paragraphs).
SITTING_RECORDED_CHARS = 3000


# Time spent on something, the verb just before: "I put 31 hours into", "sank about 200 hours into", "has logged
# 60 hours into" (hours played or worked, not a position).
# A period of play named right before "N minutes in": "(35 min halves so) second half about 32 min in", "In the
# second half, 12 minutes in" (a half "of the video" is footage's, and is no period named alone).
_PERIOD_OF_PLAY_BEFORE = regex(
    r"\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th|opening)\s+(?:half|quarter|period|inning|innings)"
    r"\s*,?\s*$", re.IGNORECASE)
# A breath counted in and out: "breathe 4 seconds in, 4 out" (round 121), "three seconds in and six out".
_BREATH_IN_OUT_AFTER = regex(
    r"\s+in\s*(?:,|/|and\b|&)?\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:[\s-]*(?:seconds?|secs?|s|counts?))?\s+out\b", re.IGNORECASE)
_SPENT_BEFORE = regex(
    r"\b(?:put|puts|putting|sank|sunk|sink|sinks|sinking|poured|pour|pours|pouring|invested|invest|invests|logged|"
    r"log|logs|clocked|dumped|dump|dumps)\s+(?:(?:well|over|well\s+over|more\s+than|another|an\s+extra)\s+)?$",
    re.IGNORECASE)
# An offset from "the start" this long, the start of no footage, counts from a start in the world (as a bare
# clock from this hour is one: BARE_CLOCK_MIN_HOURS in extract.py).
LONG_FROM_START_SECONDS = 5 * 3600.0
# An am/pm clock (and its day), then a comma: what follows restates it ("at 12:04pm, six hours after the start",
# "at 6.10am on Sunday, ...").
_DAY_CLOCK_APPOSED = regex(
    r"\d(?::[0-5]\d)?\s?[ap]\.?m\b\.?(?:\s+(?:on|that|the|next|last)(?:\s+[\w'’-]+){1,3}?)?\s*,\s*"
    r"(?:(?:some|about|around|roughly|nearly|just)\s+)?$", re.IGNORECASE)


# A part of the footage an offset is said into: " into the tractor sequence", " into the final scene".
_INTO_PART = regex(
    # (a song's part, and the stretch being cut: "ten seconds into the second verse", "half a second into the cut")
    r"\s+into\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}?"
    # (or the stretch just told, pointed back at: "about five seconds into that stretch", round 160)
    # (or a told part of a talk: "about a minute and a half into that story", "two minutes into the chapter" (round
    # 170))
    r"(?P<part>sequence|scene|segment|section|montage|take|passage|verse|chorus|cut|stretch|portion|window|span|"
    r"story|anecdote|chapter|answer|rant|tangent|exchange|discussion|conversation)\b",
    re.IGNORECASE)


def _part_offset(s: _Spoken) -> Candidate | None:
    """"The scene in the hospital around 38 mins in gave it away": an offset ending the noun phrase of a part of
    the footage (not "the scene ten minutes in the oven")."""
    if (_IN_NEW_WORD.match(s.after) or _IN_AT_CLAUSE_END.match(s.after)) and _PART_NAMED_BEFORE.search(s.before):
        return s.point(s.end + len(s.after) - len(s.after.lstrip()) + len("in"))
    return None


# A part of the footage named by a noun phrase the offset ends: "The scene in the hospital around", "that bit ".
_PART_NAMED_BEFORE = regex(
    r"(?<![\w])(?:the|that|this|my\s+fave|my\s+favou?rite)\s+(?:[\w'’-]+\s+)?"
    r"(?:part|bit|moment|scene|shot|sequence|segment|reveal|twist|joke|fight|chase|goal|save|crash|"
    # a piece of music's parts: "The return of the opening melody about 4 minutes 50 in is beautiful" (round 150)
    r"return|entry|entrance|climax|crescendo|solo|chorus|bridge|key\s+change|modulation|cadenza|coda|reprise|riff|"
    r"passage|section|transition|melody|theme)"
    r"(?:\s+(?:in|at|on|with|of|where|when|after|before)\s[^.;:!?\d]{0,40}?)?\s+$", re.IGNORECASE)


# A moment of the footage named, then its offset set off by commas, then what happens there.
_MOMENT_NAMED_BEFORE = regex(
    r"(?<![\w])(?:moment|point|scene|shot|bit|part|beat|instant)\s*,\s*(?:at\s+)?$", re.IGNORECASE)
_WHEN_AFTER = regex(r"\s*,\s*(?:when|where)\s", re.IGNORECASE)


# Nothing of the clause before a spoken offset, or only a comment's interjection: "lol", "ok so", "and then".
# (or a list item's mark: "- Somewhere around 48 minutes in the wireless lav dies", round 109)
# (a wiki's footnote mark after the full stop before it too: "the longest single take in the film.[3] About six
# minutes in there is a brief view" (round 182))
_CLAUSE_OPENS_BEFORE = regex(
    r"(?:^|[.,;:!?(\n—–>*_]|(?<=[.!?])\[(?:\d{1,3}|[a-z])\]|(?:^|(?<=\n))[ \t]*[-•+]"
    r"|(?<![\w])(?:lol|lmao|haha|ok|okay|so|and|then|but))\s*$",
    re.IGNORECASE)
# A cleft opening the clause: "it's", "it was", the Pidgin focus "na" ("Na around 3 minutes in the police come").
_CLEFT_BEFORE = regex(
    r"(?:^|[.,;:!?(\n—–>*_]|(?<![\w])(?:lol|lmao|haha|ok|okay|so|and|then|but))\s*(?:it['’]?s|it\s+(?:is|was)|na)\s+$",
    re.IGNORECASE)
# A comment's hedge on the offset ("like 3min"), not a measured stretch ("Ten minutes in the sun burns").
_INFORMAL_HEDGE_OPENS = regex(rf"{INFORMAL_HEDGE}\s", re.IGNORECASE)
# A dialect's way of naming a person, a pronoun's equal as a subject (round 204): Irish "yer man", "yer wan", "yer one";
# Scots "thon boy", "yon wumman"; Northern English "me da", "me mam".
_DIALECT_PERSON = (r"(?:(?:yer|thon|yon)\s+(?:man|wan|one|woman|wumman|lad|boy|girl|lass|lassie|fella|wean|guy|"
                   r"bloke)|me\s+(?:da|dad|mam|ma|mum|nan|brother|sister))")
# A subject opening a new clause right after "in": "there's", "it", "someone", a pronoun.
_IN_NEW_SUBJECT = regex(
    r"\s+in(?=(?:[*_]{1,2}|</(?:b|strong|em|i)>)?\s+(?:there(?:['’]?s|\s+(?:is|are|was|were))|theres|it['’]?s|its|it|"
    r"someone|somebody|everyone|"
    rf"everybody|nobody|you|u|ya|{DIALECT_YOU}|we|i|they|he|she|{_DIALECT_PERSON})\b)", re.IGNORECASE)
# After a comment's hedge ("like 4 mins in ..."), any word but a determiner or a length's tail ("in total").
_IN_NEW_WORD = regex(
    r"\s+in(?=(?:[*_]{1,2}|</(?:b|strong|em|i)>)?\s+(?!(?:total|all|length|a\s+row|traffic|line|the|a|an|my|your|our|"
    r"his|her|their|this|that|these|"
    r"those)\b)[a-z'’]+)", re.IGNORECASE)


def _in_then_clause(s: _Spoken, informal: bool) -> re.Match[str] | None:
    """"in", then the clause the offset opens, unpunctuated: after a comment's hedge ("lol like 2min in the lights go
    out"), or a hedged offset in a sentence that names the footage ("At 0:34 in the dashcam clip the light turns red,
    and just over a minute in the taxi runs it"; not "about ten minutes in the sun burns"), or after "then" in a
    paragraph that named it ("Uploaded the feeder cam footage ... and then about a minute in a gang-gang cockatoo
    rocks up", its subject up to two words long)."""
    hedged_in_footage = s.approx and MEDIA_WORD.search(s.text, s.b, s.begin) is not None
    then = _IN_THEN_CLAUSE.match(s.after) if informal or hedged_in_footage else None
    if then is None and s.approx and _THEN_BEFORE.search(s.before) and not _IN_A_PLACE.match(s.after) \
            and _footage_in_paragraph_before(s):
        then = _IN_THEN_LONGER_SUBJECT.match(s.after)
    # (a list item's mark before it too: "- Somewhere around 48 minutes in the wireless lav dies", round 109)
    # (or a reply's quote mark: "> Like 1 min in the policeman on the motorbike appears", round 202)
    if then is None and s.approx and not s.before.replace(">", " ").strip().lstrip("-*•+").strip() \
            and not _IN_A_PLACE.match(s.after):
        # "I streamed my first run (the VOD is 3:12:40 long) ... Roughly two hours in the difficulty spikes hard": a
        # hedged offset opening its sentence, in a paragraph that named the footage before, then the clause it opens
        # (round 88; not "About ten minutes in the oven browns the top": a stay in a place)
        then = _IN_THEN_LONGER_SUBJECT.match(s.after)
        if then is not None:
            start = max(0, s.b - PARAGRAPH_FOOTAGE_CHARS)
            paragraph = _paragraph_with_intro(s.text, start, s.b)
            then = then if footage_word(s.text, paragraph, s.b) or _FILMED_THIS.search(s.text, paragraph, s.b) \
                or (_in_reply_quote(s.text, s.b) and footage_word(s.text, start, s.b)) else None
    return then


# A post's footage named by the filming of it: "My cousin filmed this off the top deck ... About a minute in the copper
# gets out" (round 202), "Mi bredda film dis pan him phone".
_FILMED_THIS = regex(r"\b(?:filmed|film|videoed|recorded)\s+(?:this|it|dis|dat)\b", re.IGNORECASE)


def _in_reply_quote(text: str, b: int) -> bool:
    """The sentence at ``b`` stands on a reply's quoted line ("    > Like 1 min in the policeman on the motorbike
    appears", round 202): the quoted post's words, whose footage the thread named before, not the reply's
    paragraph."""
    return QUOTE_MARKS.match(text, text.rfind("\n", 0, b) + 1) is not None


# How far back in its paragraph a sentence-opening offset looks for the footage it is in.
PARAGRAPH_FOOTAGE_CHARS = 1000


def _paragraph_with_intro(text: str, start: int, b: int) -> int:
    """Where the paragraph holding ``b`` starts (``start`` at the farthest), a list's or a table's read with the
    paragraph that introduces it: "Known issues for whoever is editing the YouTube version:\n\n| Issue | In | Out
    |...\n\n- Somewhere around 48 minutes in the wireless lav dies" (round 109) names the footage it is in."""
    paragraph = text.rfind("\n\n", start, b)
    while paragraph >= 0 and _LIST_BLOCK.match(text, paragraph + 2):
        paragraph = text.rfind("\n\n", start, paragraph)
    return start if paragraph < 0 else paragraph


# A block of a list or a table: its first line opens with a list mark or a bar.
_LIST_BLOCK = regex(r"[ \t]*(?:[-*•+][ \t]|\d{1,2}[.)][ \t]|\|)")


# "in the oven", "in the sun": a stay somewhere, the words after an offset that are no clause of the footage.
_IN_A_PLACE = regex(
    r"\s+in\s+(?:the|a|an|his|her|its|their|our|my)\s+(?:oven|sun|shade|rain|cold|heat|water|bath|fridge|freezer|pan|"
    r"pot|microwave|fryer|dryer|washer|queue|line|car|van|bus|train|room|gym|pool|sea|ring|cage|dark|wild|air|"
    r"field|air-fryer|marinade|brine|dough|mould|mold|jar|tin|tray|box)\b", re.IGNORECASE)


# "then", right before a hedged offset: "and then about a minute in"; or "and" or "but" coordinating its clause after a
# comma: "the whole towpath's crowded round filming, and about 3 minutes in a swan comes" (round 204).
_THEN_BEFORE = regex(r"(?:(?<![\w])then|,\s*(?:and|but))\s+$", re.IGNORECASE)
# As _IN_THEN_CLAUSE, the subject up to two words: "in a gang-gang cockatoo rocks up", "in the red car turns".
# (round 131: the subject may carry a short phrase after it, and the verb be progressive: "About a minute in the lad
# with the e-scooter is already squaring up to him"; not "is enough", "is plenty": no clause of the footage)
_IN_THEN_LONGER_SUBJECT = regex(
    r"\s+in(?=\s+(?:the|a|an|his|her|its|their|our|my)\s+(?:[\w'’-]+\s+){1,2}"
    r"(?:(?:with|in|on|from|of)\s+(?:(?:the|a|an|his|her|its|their|our|my)\s+)?[\w'’-]+\s+)?"
    r"(?:(?:just|then|finally|suddenly|literally|actually|still|also|already|[a-z]{3,}ly)\s+)?"
    r"(?:(?!is\b|was\b|has\b)[a-z]+s|go|come|start|stop|turn|fall|cut|drop|begin|appear|open|"
    r"(?:is|was|are|were)\s+(?:(?:just|then|finally|suddenly|literally|actually|still|also|already|[a-z]{3,}ly)\s+)?"
    r"[a-z]{2,}ing)\b)", re.IGNORECASE
)
_SAYS_BEFORE = regex(
    r"(?<![\w])(?:concludes|says|admits|notes|argues|explains|claims|adds|declares|insists|suggests|reveals|"
    r"announces|confirms|jokes|warns)\s+$", re.IGNORECASE)
_IN_THAT_AFTER = regex(r"\s+in(?=\s+that\s)", re.IGNORECASE)


# (and "it's (not) only": "it's not only 3 mins in, he's also at the front" restates a position)
_PRESENT_COPULA = regex(r"(?<![\w])(?:is|are|it['’]s)\s+(?:(?:not\s+)?(?:only|just)\s+)?$", re.IGNORECASE)
# "in" closing the clause: punctuation (a dash too: "is about 52 minutes in — that's the 21st minute"), the end, a
# comment's interjection ("is like 3min in lmao") or an emoji.
_IN_CLAUSE_CLOSE = rf"(?:[,;.:!?)\n—–]|-(?=\s)|$|{_INTERJECTION})"
_IN_AT_CLAUSE_END = regex(rf"\s+in(?:\s*{_IN_CLAUSE_CLOSE}|{_ON_PLATFORM})", re.IGNORECASE)
# "The programme was a quarter of an hour in before it mentioned Leitrim": the moment something first happens.
_IN_BEFORE_CLAUSE = regex(r"\s+in\s+before\s+(?:it|they|he|she|we|you|anyone|anybody|someone|any|the|a)\b",
                          re.IGNORECASE)
# "the best part is like 3min in when his cat ...": a hedged offset, then what happens there, or a new clause,
# or nothing more ("the bit where he trips is like 3min in lol").
_IN_WHEN_CLAUSE = regex(
    rf"\s+(?:in|through(?=\s+(?:when|where)\s))(?:\s+(?:when|where|and|then|so|but)\s|\s*{_IN_CLAUSE_CLOSE})",
    re.IGNORECASE)
# The part the comment points at, maybe told by a relative clause: "the part where the guy reverses is".
_PART_IS = regex(
    r"(?<![\w])(?:part|parts|bit|bits|moment|scene|shot|highlight|joke|reveal|twist|thing|one"
    # a play of a match told as a moment of the footage: "Dusty's mark is about three minutes in and ..."
    r"|goal|try|save|catch|mark|tackle|foul|crash|fall|fight|kiss|knockout|dunk|wicket|header)"
    r"(?:\s+(?:where|when|that|in\s+which|with|of|in)\s[^.;!?]{0,50}?)?\s+(?:is|are)\s+$",
    re.IGNORECASE)

# A play of a match said to be an unhedged offset in, then "and" a new clause: "Tane's intercept try is 2m05s in and
# the match-winning drop goal is ..." (round 126) places the play, as the hedged "is about three minutes in and" does.
_PLAY_IS = regex(
    r"(?<![\w])(?:goal|try|save|catch|tackle|foul|crash|knockout|dunk|wicket|header)s?\s+(?:is|are)\s+$",
    re.IGNORECASE)


def _clock_error(s: _Spoken) -> Candidate | None:
    """"The clock is therefore slow by roughly 1 min 10 s", "the stamp runs ahead by 2 min 3 s": how far a clock is
    off, no position; or a spread of clocks' errors, a clock named in the sentence: "the dashcam's own clock, which is
    anywhere from eight seconds to three minutes out" (round 101)."""
    if _CLOCK_OFF_BY_BEFORE.search(s.before):
        return _SKIP
    return _SKIP if _CLOCK_SPREAD_AFTER.match(s.after) and _CLOCK_NAMED.search(s.text, s.b, s.e) else None


_CLOCK_OFF_BY_BEFORE = regex(r"\b(?:slow|fast|behind|ahead|out|off|adrift)\s+by\s+$", re.IGNORECASE)
# The spread's far end, then how the clock is off: " to three minutes out", " and 40 seconds fast".
_CLOCK_SPREAD_AFTER = regex(
    r"\s+(?:to|and|or)\s+(?:(?:about|around|roughly|nearly|almost|over|under)\s+)?(?:[\w.]+[\s-]+){1,3}?"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+(?:fast|slow|out|off|behind|ahead|adrift)\b", re.IGNORECASE)
_CLOCK_NAMED = regex(r"\b(?:clocks?|time\s?stamps?|overlays?|time\s+display)\b", re.IGNORECASE)

_SPOKEN_READERS = (_clock_error, _first_or_last, _before_end, _relative, _anchored, _weak)

# "a minute twenty in the sound cuts out": a clock reading, "in", then a new clause, unpunctuated.
_IN_THEN_CLAUSE = regex(
    r"\s+in(?=\s+(?:the|a|an|his|her|its|their|our|my)\s+[\w'’-]+\s+"
    # an adverb before the verb: "like 3min in the guy just walks off"
    r"(?:(?:just|then|finally|suddenly|literally|actually|still|also|[a-z]{3,}ly)\s+)?"
    r"(?:(?!is\b|was\b|has\b)[a-z]+s|go|come|start|stop|turn|fall|cut|drop|begin|appear|open"
    # (or a plural subject's verb, any: "about two minutes in the twins find the waterhole shrinking" (round 182))
    r"|(?<=[a-z]s\s)(?!(?:of|in|on|at|and|or|but|with|for|from|to|by|as|than|that|which|who|is|was|has|had|are|were|"
    r"be|been|will|would)\b)[a-z]{2,})\b)", re.IGNORECASE
)
