"""What every exclusion rule reads: the words either side of a clock (``_Clock``), its clause and
paragraph, and whether footage is named there (``footage_word``): a clock is excluded only from the
words around it, and a footage word nearby keeps it a position."""

from __future__ import annotations

import re
import threading

from annotate.moments.compiled import regex
from annotate.moments.patterns import HEDGE, INFORMAL_HEDGE, LENGTH_MEDIA, MEDIA_NOUN, any_stem

_I = re.IGNORECASE
# Read where a word opens: it is no noun or adjective that only ends in "-ed", as a past-tense verb does ("the wheel
# reaches full speed at 3:52", "jump on the bed at 1:20", "a hundred at 0:50" tell the footage, round 197).
NOT_ED_NOUN = (r"(?!(?:(?:sp|n|s|f|bl|br|w|d|st|cr|gr|h|r|tw|ind|proc|succ|exc)eed|hundred|sacred|naked|wicked|"
               r"kindred|bed|red|sled)\b)")
# How far either side of a clock its context is read.
CONTEXT_CHARS = 300
# The longest phrase the short before-patterns (labels, units, citations) can match.
NEAR_CHARS = 40

_TOD_SUFFIX = regex(
    r"^(?::\d\d)?(?:\s|&nbsp;|&#160;)*(?:time\b(?![\s-]*(?:stamp|code|mark|into|in\b))|a\.?\s?m\b\.?|p\.?\s?m\b\.?|hours?\b|hrs\b|h\b|o['’]clock|"
    # Hindi and Urdu "o'clock": "7:30 baje", "9:00 बजे tak" (round 156's fixer)
    r"baje\b|बजे|local\b|"
    # (a two-letter zone only in capitals: "8:20 Mt Fuji", "3:05 Pt Reyes" are a chapter's places)
    r"(?:GMT|UTC|Z|CET|CEST|BST|EET|EEST|MSK|IST|JST|KST|AEST|AEDT|WIB|PKT|SGT|HKT|[ECMP][SD]T|"
    # (Newfoundland's, Atlantic Canada's, Australia's, Africa's and Hawaii's zones only in capitals: "9 p.m. (9:30
    # NT)", "7:00 AWST", "18:00 SAST"; not "0:45 Cat jumps")
    r"(?-i:[ECMPN]T|NST|NDT|AST|ADT|AWST|ACST|ACDT|NZST|NZDT|SAST|WAT|EAT|CAT|HST|AKST|AKDT))\b|[+-]\d\d:?\d\d\b|(?:Eastern|Pacific|Central|Mountain|Moscow|Beijing|Kyiv|Kiev|Seoul|Tokyo|"
    r"Greenwich|Zulu|Israel|Gaza|Tehran|Baghdad|Kabul|Delhi|London|Paris|Berlin|Washington)\s+(?:time|standard|daylight)\b"
    # a North American zone named alone: "questions until 9:30 Eastern", not "12:10 Central Park"
    r"|(?-i:Eastern|Pacific|Central|Mountain|Atlantic)\b(?![ \t-]+(?-i:[A-Z]))"
    # any place's time: "at 16:52 New Zealand time", "10:40 Nairobi time" (not "12:10 Match time")
    r"|(?-i:(?!(?:The|This|That|Next|Last|Each|Every|Some|Any|Game|Match|Play|Run|Screen|Video|Clip|Half|Full|"
    r"Extra|Injury|Stoppage|Added|Show|Story|Bed|Tea|Lunch|Dinner|Prime|Air|Face)\b)[A-Z][a-z’'.-]+"
    r"(?:\s+[A-Z][a-z’'.-]+){0,2})\s+time\b"
    # a zone in brackets: "02:14:07 (Z)", "18:40 (UTC)"
    r"|\((?:GMT|UTC|Z|Zulu|local|BST|CET|CEST|IST|AEST|AEDT|[ECMP][SD]?T|ET|PT|CT|MT)\))",
    _I,
)
# The part of the day after a clock: "a cut to the field at 6:40 in the evening light", "the clocks all stop at 4:10
# that afternoon" (not "at 3:20 in the evening scene" or "at 1:30 in the night sample", a part of the footage named by
# the part of the day it shows).
_PART_OF_DAY_AFTER = regex(
    r"\s+(?:in\s+the|that|this|the\s+same|the\s+next|the\s+following)\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\b(?!['’]s|\s+(?:scenes?|shots?|"
    r"sequences?|segments?|sections?|parts?|cuts?|footage|clips?|videos?|recordings?|streams?|sessions?|broadcasts?|"
    r"news|bulletins?|shows?|programmes?|programs?|editions?|episodes?|feeds?|reels?|tapes?|takes?|"
    # a review's sample footage by the light it was shot in: "at 1:30 in the night sample" (round 92)
    r"samples?|examples?|tests?|drives?|portions?|bits?|halves|half|modes?|frames?|views?|images?|pictures?|"
    r"passes|legs?|chapters?)\b)"
    # or in Taglish and Spanish, the part of the day after "ng" or "de la": "mga 2:15 ng madaling araw", "bandang
    # 7:40 ng gabi", "a las 6:10 de la tarde" (round 150)
    r"|\s+(?:ng|sa)\s+(?:madaling[\s-]araw|umaga|tanghali|hapon|gabi)\b"
    r"|\s+de\s+la\s+(?:mañana|manana|tarde|noche|madrugada)\b", _I)


def told_part_of_day(text: str, end: int) -> bool:
    """The clock ending at ``end`` is told with its part of the day ("6:40 in the evening"): a time of day however
    much the words before it speak of footage (the learned veto does not overrule it)."""
    return _PART_OF_DAY_AFTER.match(text, end) is not None


def told_day_after(text: str, end: int) -> bool:
    """The clock ending at ``end`` is told as the day's by the words right after it: "a.m.", "p.m.", "hours", a zone,
    "local time" or its part of the day ("6:40 in the evening")."""
    return _TOD_SUFFIX.match(text[end:end + NEAR_CHARS]) is not None or told_part_of_day(text, end)


def hour_said_in_words(text: str, b: int, begin: int, end: int) -> bool:
    """The clock text[begin:end] restates a reading its sentence (from ``b``) said in words just before: "the church
    clock reads six o'clock and the bells ring at 6:00", "it is half past nine when ... at 9:30" (round 89): a time
    of day, however much the words around it speak of footage (the learned veto does not overrule it)."""
    if text.find("o’clock", b, begin) < 0 and text.find("o'clock", b, begin) < 0 and text.find("past", b, begin) < 0 \
            and text.find("quarter", b, begin) < 0:
        return False
    clock = _WHOLE_CLOCK.match(text, begin, end)
    after = text[end:end + HOUR_IN_WORDS_CHARS]
    if clock is None or _IN_MEDIA_AFTER.match(after) or _INTO_AFTER.match(after):
        return False  # "at 6:00 in the video" is placed in the footage
    hour, minute = int(clock.group(1)) % 12, int(clock.group(2))
    for said in _HOUR_IN_WORDS.finditer(text, max(b, begin - HOUR_IN_WORDS_CHARS), begin):
        named = said.group("h").lower()
        h = int(named) if named.isdigit() else _HOUR_WORDS.index(named) + 1
        part = (said.group("part") or "").lower().strip()
        at = (0 if not part else 30 if part.startswith("half") else 15 if "past" in part else 45)
        if part.endswith(("to", "till", "before")):
            h -= 1
        if h % 12 == hour and at == minute:
            # (not restated as where it is in the footage: "At six o'clock he leaves; in the video that is at 6:00")
            return _RESTATED_AS_BEFORE.search(text, said.end(), begin) is None
    return False


HOUR_IN_WORDS_CHARS = 160
# A restatement right before the clock: "that is at", "which comes at", "i.e.".
_RESTATED_AS_BEFORE = regex(r"\b(?:(?:that|which|this)\s+(?:is|was|comes|falls)|i\.e\.,?)\s+(?:at\s+)?$", _I)
_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# "six o'clock", "9 o’clock", "half past nine", "quarter to ten".
_HOUR_IN_WORDS = regex(
    rf"\b(?P<part>half\s+past|(?:a\s+)?quarter\s+(?:past|after|to|till|before)\s+)?\s*"
    rf"(?P<h>{'|'.join(_HOUR_WORDS)}|1[0-2]|[1-9])(?(part)|\s+o['’]\s?clock)\b", _I)
# A bare clock of the hour and minute: "6:00", "09:30".
# A clock's hour in two digits, as the day's are told ("14:05", "09:40"; not a footage's "4:05").
TWO_DIGIT_HOUR = regex(r"\d\d:")
_WHOLE_CLOCK = regex(r"(\d{1,2}):([0-5]\d)(?![\d:])")


FOOTAGE_WORD = regex(
    # "was cut", "had been edited": verbs, not the nouns "cut"/"edit".
    # "a time taken from the log, not from the video": footage said not to be the source
    rf"\b(?<!\bnot\sfrom\sthe\s)(?<!\bnot\sin\sthe\s)(?<!\bnot\son\sthe\s)"
    rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?:{LENGTH_MEDIA}|embed|bodycam|dashcam|webcam|cctv|livestream|feed|highlights|replays?|subtitles?|captions?|VOD|(?<!on\sthe\s)(?<!at\sthe\s)(?<!to\sthe\s)(?<!reached\sthe\s)(?<!reach\sthe\s)(?<!fled\sthe\s)scene|frame|key-?frames?|camera\s+angle|mark|timestamp|"
    # a film's rushes (not the verb: "he rushes to the door"): "On the rushes card she showed me" (round 77)
    rf"(?:(?<=the\s)|(?<=her\s)|(?<=his\s)|(?<=their\s)|(?<=our\s)|(?<=its\s))rushes|dailies|"
    # a sync told in a count of the picture's frames (round 131: "checked against the master at 3:30, 7:19 and 13:02
    # — all within 2 frames"; not "the bike frames")
    rf"(?:\d{{1,3}}|a\s+few|a\s+couple\s+of|few|several|two|three|four|five|six|seven|eight|nine|ten)[\s-]+frames|"
    rf"(?:bit|part|moment|section)\s+(?:at|from|around)|(?:seconds|minutes)\s+(?:in|into)|into\s+the\s+(?:[\w'’-]+\s+){{0,3}}{MEDIA_NOUN}|"
    # a recording told apart by its letter or number, a platform's live stream: "Camera A (a Facebook Live, 41
    # minutes, started 14:02 EAT) hears the bang at 23:18" (round 129), "Cam 2 picks it up at 0:41"
    rf"(?:camera|cam)\s+(?-i:[A-Z]|\d{{1,2}})(?![\w:.]|,\d)|(?:facebook|instagram|tiktok|youtube|twitch|x)\s+live|"
    # a talk or a class kept as a recording (round 152: "**Watch 12:00–15:30** of the recorded lecture[^1] before
    # Tuesday's tutorial"; not "the station recorded 14 mm", no such noun after the verb)
    rf"(?:pre-?)?recorded\s+(?:lectures?|talks?|sessions?|class|classes|lessons?|seminars?|sermons?|services?|"
    rf"meetings?|webinars?|presentations?|keynotes?|workshops?|tutorials?|briefings?|hearings?|calls?|panels?))\b",
    _I,
)
# A substring of every word FOOTAGE_WORD matches: most clauses have none, and plain `in` tests cost
# far less than the pattern's look-behinds tried at every word.
FOOTAGE_STEMS = (
    "video", "clip", "footage", "recording", "film", "trailer", "teaser", "documentary", "stream", "broadcast",
    "montage", "reel", "compilation", "supercut", "movie", "episode", "interview", "version", "upload", "cut",
    "tape", "segment", "excerpt", "short", "vlog", "podcast", "cam", "cctv", "feed", "highlights", "replay",
    "subtitle", "caption", "vod", "scene", "frame", "camera", "mark", "timestamp", "seconds", "minutes", "into",
    "bit", "part", "moment", "section", "demo", "walkthrough", "playthrough", "tutorial", "embed", "archive",
    "rushes", "dailies", "finale",
    # a copy put up again (REPOST): "at 19:40 in the repost", "the 3-minute re-up", "the mirror" ("reupload" holds
    # "upload")
    "repost", "re-up", "reup", "mirror",
    # words LENGTH_MEDIA holds that no stem above is in: "at 2:40 of the recap", "the 5-min vid", "the condensed
    # game" (round 118: a recap's position read as the day's clock). ("package" and "webinar" stay behind the gate:
    # "a suspicious package was found", "still there at 8.15" of a webinar watched live, are the day's.)
    "recap", " vid", "condensed g",
    # a platform's live stream: "a Facebook Live" (round 129)
    " live",
    # a talk or a class kept as a recording: "the recorded lecture" (round 152)
    "recorded ",
)

_FOOTAGE_STEM = any_stem(FOOTAGE_STEMS)


_STEM_REACH = max(map(len, FOOTAGE_STEMS)) - 1


class _StemFree(threading.local):
    """For one text, how far from each start ``b`` asked the text is known to hold no footage stem: a paragraph's
    sentences each asked whether the paragraph so far names footage, each lower-casing and scanning it from its start
    (quadratic in a long paragraph of dotted numbers). A stem reaches at most ``_STEM_REACH`` characters back over
    where the last scan stopped (``str.lower`` maps each character by itself, a stem's letters are ASCII), so only
    the new stretch and that reach are scanned. One per thread: two threads extracting two texts never share it."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.ends: dict[int, int] = {}


_STEM_FREE = _StemFree()


def footage_word(text: str, b: int = 0, e: int | None = None) -> bool:
    """Whether text[b:e] names footage ("in the video", "the bodycam", "90 seconds in")."""
    e = len(text) if e is None else e
    state = _STEM_FREE
    if state.text is not text:
        state.text, state.ends = text, {}
    clean = state.ends.get(b, b)
    if e <= clean:
        return False
    low = text[max(b, clean - _STEM_REACH):e].lower()
    if _FOOTAGE_STEM.search(low) is None:
        state.ends[b] = e
        return False
    return FOOTAGE_WORD.search(text, b, e) is not None


# ("at 22:40 in that recording", "at 3:10 in her video": a determiner other than "the" names the footage as well)
# (or a talk or a class kept as a recording, the word before it saying so: "of the recorded lecture" (round 152))
RECORDED_CLASS = r"(?<=recorded\s)(?:lectures?|talks?|seminars?|sermons?|lessons?|classes|class|keynotes?|workshops?)"
_IN_MEDIA_AFTER = regex(
    rf"^\s*(?:in|into|of)\s+(?:the|that|this|his|her|their|my|our|your)\s+(?:[\w'’-]+\s+){{0,2}}"
    rf"(?:{MEDIA_NOUN}|{RECORDED_CLASS})\b", _I)

_FIRST_DIGIT = regex(r"\d")

# (a code span may open after it: "under `30:00`", "~`41:30`")
_LEADING_HEDGE = regex(rf"(?:(?:{HEDGE})\s+(?:the\s+)?|{INFORMAL_HEDGE}\s+|[~≈]\s*)`?", _I)

# "at 7:30 into the address": a position in a recording, whatever the recording is called.
_INTO_AFTER = regex(r"^\s+into\s+(?:the|this|that|his|her|its|their)\b", _I)

_MARK_END = regex(r"marks?$", _I)
_RANGE_OPENER = regex(r"(?:from|between|for)\b", _I)

_RANGE_SEP = regex(r"\d\s*(?:-->|->|→|-|–|—|to|through|thru|until|till)\s*\d", _I)
_CLAUSE_EDGE = regex(r";|,\s*(?:and|but|while|whereas|which|so)\b|\s+(?:and|but)\s+(?:the|a|an|in|on|at)\b", _I)


def clause_bounds(text: str, begin: int, end: int, b: int, e: int,
                  edge: re.Pattern[str] = _CLAUSE_EDGE) -> tuple[int, int]:
    """The bounds of the clause around [begin, end) inside the sentence [b, e), its edges found by ``edge``."""
    left = b
    for m in edge.finditer(text, b, begin):
        left = m.end()
    right_m = edge.search(text, end, e)
    return left, right_m.start() if right_m else e


def _clause(text: str, begin: int, end: int, b: int, e: int) -> str:
    """The clause around [begin, end) inside the sentence [b, e)."""
    left, right = clause_bounds(text, begin, end, b, e)
    return text[left:right]


_ATTRIBUTION_WORDS = ("said", "say", "told", "report", "stated", "states", "wrote", "alleg", "according")


def _may_attribute(text: str, b: int, e: int) -> bool:
    low = text[b:e].lower()
    return any(w in low for w in _ATTRIBUTION_WORDS)


# The emphasis a time may stand alone in, its opening and its closing: Markdown's and HTML's.
_EMPHASIS = (("**", "**"), ("__", "__"), ("*", "*"), ("_", "_"), ("<em>", "</em>"), ("<strong>", "</strong>"),
             ("<b>", "</b>"), ("<i>", "</i>"))


def _wrapped(text: str, bare: int, end: int) -> tuple[int, int]:
    """The lengths of the markup that wraps text[bare:end] alone (0, 0 when none does): a code span anywhere, emphasis
    only alone in brackets."""
    if bare == 0 or text[bare - 1] not in "`*_>":
        return 0, 0
    if text[bare - 1] == "`":
        return (1, 1) if text.startswith("`", end) else (0, 0)
    for opening, closing in _EMPHASIS:
        before, after = bare - len(opening), end + len(closing)
        if text.startswith(closing, end) and text.endswith(opening, 0, bare) \
                and text[before - 1:before] + text[after:after + 1] in ("()", "[]"):
            return len(opening), len(closing)
    return 0, 0


class _Clock:
    """A timecode-like phrase text[begin:end] inside the sentence [b, e), with the
    words either side that the rules read: ``before`` (from ``bare``, where the digits
    start after a leading hedge), its casefolded copy and ``after`` are cut once, as
    every clock's first rules read them; ``clause`` and ``opens_range`` only when asked.
    (A plain class with slots: a frozen dataclass with cached properties cost more
    than most of the rules.)"""

    __slots__ = ("text", "begin", "end", "b", "e", "bare", "footage_context", "before", "folded_before", "after",
                 "_clause", "_opens_range")

    def __init__(self, text: str, begin: int, end: int, b: int, e: int, bare: int, footage_context: bool) -> None:
        self.text, self.begin, self.end, self.b, self.e, self.bare = text, begin, end, b, e, bare
        self.footage_context = footage_context
        # A time alone in a Markdown code span reads as the bare time: "(file is `1:04:22` long)", "Recording is
        # `1:15:00` total", "under `30:00`" (round 163); so does one alone in emphasis alone in brackets:
        # "(**24:16**)", "(<em>38:20</em>)" (round 199; a bold stamp in prose or opening a line keeps its markup for
        # the rules that read it).
        opened, closed = _wrapped(text, bare, end)
        self.before = text[max(b, begin - 80):bare - opened]
        self.folded_before = self.before.casefold()
        self.after = text[end + closed:min(e, end + 80)]
        self._clause: str | None = None
        self._opens_range: bool | None = None

    def ends(self, pattern: re.Pattern[str], reach: int = NEAR_CHARS) -> bool:
        """``pattern`` (anchored with $) matches the end of ``before`` within ``reach`` characters:
        the search starts there instead of trying every position of the whole context."""
        before = self.before
        return pattern.search(before, max(0, len(before) - reach)) is not None

    def may_end(self, stems: re.Pattern[str]) -> bool:
        """Whether ``before`` (casefolded) holds one of the stems ``stems`` finds (:func:`any_stem`): a cheap
        test that a pattern every match of which holds one can match, run before that pattern's
        alternation is tried at every position."""
        return stems.search(self.folded_before) is not None

    def may_end_with(self, tails: tuple[str, ...], marks: str = "", digit: bool = False) -> bool:
        """Whether ``before``, casefolded and its trailing whitespace dropped, may end with one of ``tails``
        (lower-case): a cheap test run before a pattern anchored with $ every match of which ends with one of them,
        then only whitespace (which ``str.rstrip`` drops as ``\\s`` matches it), or whitespace, any of ``marks`` and
        whitespace (or, with ``digit``, with a digit as ``\\d`` reads one). Casefolding agrees with IGNORECASE on
        every letter but the dotted and dotless i ("İ", "ı"), which IGNORECASE matches to "i": where either stands,
        the answer is yes."""
        folded = self.folded_before.rstrip()
        if marks:
            folded = folded.rstrip(marks).rstrip()
        return folded.endswith(tails) or (digit and folded[-1:].isdecimal()) or "ı" in folded or "\u0307" in folded

    @property
    def clause(self) -> str:
        if self._clause is None:
            self._clause = _clause(self.text, self.begin, self.end, self.b, self.e)
        return self._clause

    @property
    def opens_range(self) -> bool:
        if self._opens_range is None:
            t, begin, end = self.text, self.begin, self.end
            self._opens_range = bool(_RANGE_OPENER.match(t, begin, end) or _RANGE_SEP.search(t, begin, end))
        return self._opens_range


def _paragraph_start(text: str, begin: int, after_break: int = 0) -> int:
    """``max(0, begin - CONTEXT_CHARS, text.rfind("\\n\\n", 0, begin) + after_break)``, the start of the
    words before ``begin`` that count, with the blank line looked for only where it can count (a text
    with none would otherwise be read back to its start for every clock)."""
    floor = max(0, begin - CONTEXT_CHARS)
    return max(floor, text.rfind("\n\n", max(0, floor - after_break), begin) + after_break)


def bracketed(text: str, begin: int, end: int) -> bool:
    """The time stands alone in brackets or parentheses: "[31:40]", "(4:22)"."""
    return 0 < begin and end < len(text) and text[begin - 1] + text[end] in ("[]", "()")


_HOUR_MINUTE = regex(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(?![\d:.])")


def _clause_start(text: str, b: int, begin: int, edge: re.Pattern[str] | None = None) -> int:
    """Where the clause holding ``begin`` starts, for reading its verb: "Viewers noticed that the
    captions drift: by 00:41:00 ..." reads only "by"."""
    start = max(b, begin - 120)
    for m in (edge or _NARRATION_EDGE).finditer(text, start, begin):
        start = m.end()
    return start


# (an HTML entity's ";" is no edge: "arrived 11&nbsp;minutes after")
_ENTITY_SEMICOLON = r"(?<!&nbsp)(?<!&thinsp)(?<!&amp)(?<!&ndash)(?<!&mdash)(?<!&#160)(?<!&#8239);"

_NARRATION_EDGE = regex(rf"[:—–(\[]|{_ENTITY_SEMICOLON}|\b(?:that|and|but|while|whereas)\b", _I)


def _whole_seconds(m: re.Match[str] | None) -> int:
    """Whole seconds of a TIMECODE match (for putting times in order)."""
    if m is None:
        return 0
    if m.group("h") is not None:
        return int(m.group("h")) * 3600 + int(m.group("hm")) * 60 + int(m.group("hs"))
    return int(m.group("m")) * 60 + int(m.group("s"))


# How long a chapter entry's line may be (a title is short; a longer line is prose).
CHAPTER_LINE_CHARS = 160
