"""Chapter lists and their titles: a time opening a chapter line is a position, and a time inside a
chapter's title (after the entry's own time) is none."""

from __future__ import annotations

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import (
    _I,
    _IN_MEDIA_AFTER,
    _INTO_AFTER,
    _MARK_END,
    CHAPTER_LINE_CHARS,
    NEAR_CHARS,
    _Clock,
    _whole_seconds,
)
from annotate.moments.exclusions.durations import _IN_CLAUSE_END_AFTER
from annotate.moments.exclusions.sport import _AT_POSITION_BEFORE
from annotate.moments.exclusions.stamps import (
    _CHAT_LINE,
    _LINE_OPENING,
    _STAMPED_LINE,
    RECORDING_TURN,
    _stamped_neighbour,
    entry_stamp,
    paired_position,
)
from annotate.moments.patterns import MEDIA_NOUN, TIMECODE
from annotate.moments.scan import lines_above


def _chapter_entry(c: _Clock) -> str | None:
    """A time that opens a line and is followed by a title ("14:55 Would we do it again?") is a chapter
    entry; the soft rules about tense and the future must not read its title."""
    if (_LINE_OPENING.search(c.text, max(0, c.begin - 40), c.begin) or _labelled_entry(c)) \
            and (_TITLE_AFTER.match(c.after) or (_LOWER_TITLE_AFTER.match(c.after) and _listed_line(c))):
        return ""
    if _SPACED_LOWER_TITLE_AFTER.match(c.after) and entry_of_list_from_zero(c):
        return ""  # "0:00 intro ... 11:20 lanterns at sunset": a list from zero's entry; its title's day words its own
    if c.text[c.begin - 1:c.begin] == "`" and c.text.startswith("`", c.end) \
            and _LINE_OPENING.search(c.text, max(0, c.begin - 41), c.begin - 1) \
            and (_TITLE_AFTER.match(c.after) or (_LOWER_TITLE_AFTER.match(c.after) and _listed_line(c))):
        # the same in code spans, as patch notes list a video's chapters: "- `03:40` New unit: Warden" (the words after
        # are read past the span's close: _Clock)
        return ""
    return None


def inline_entry(c: _Clock) -> bool:
    """The time opens an item of a one-line list of entries set apart by bars, the item before it opened by a time
    too: "Cello lesson 6 timestamps: 0:00 warm-up | 3:10 scales in D | 7:45 the Prelude" (round 163): an entry,
    as a time opening its line is, whatever its title says ("scales", "mix")."""
    return c.before.endswith(("| ", "|")) and _INLINE_ENTRY_BEFORE.search(c.before) is not None


# The item before: a time, its title, then the bar (the title short and holding no bar of its own).
_INLINE_ENTRY_BEFORE = regex(r"\d(?<![\d:.]\d)\d?:[0-5]\d(?::[0-5]\d)?[ \t]+[^|\n]{1,60}\|[ \t]?$")


def _listed_line(c: _Clock) -> bool:
    """The line above or below the time's own (past blank lines) opens with a time too: a list of entries, whose
    titles may open in lower case ("9:30 – overnight in the fridge" under "6:05 – coil folds")."""
    mark = _skip_blank_lines_back(c.text, c.text.rfind("\n", max(0, c.begin - CHAPTER_LINE_CHARS), c.begin))
    if mark > 0:
        above = c.text.rfind("\n", max(0, mark - CHAPTER_LINE_CHARS), mark) + 1
        if _OPENS_WITH_TIME.match(c.text, above, mark):
            return True
    below = _next_entry_opening(c.text, c.end)
    return below > 0 and _OPENS_WITH_TIME.match(c.text, below) is not None


def entry_of_list_from_zero(c: _Clock) -> bool:
    """A time opening a line under lines that each open with a time, up to one at zero ("0:00 Start\n3:33 lap
    test – 1:41 best lap\n7:07 End"): a chapter list's entry, whatever its title's first word ("lap", "record")."""
    if not _LINE_OPENING.search(c.text, max(0, c.begin - 40), c.begin):
        return False
    text, pos = c.text, c.begin
    for _ in range(MAX_ENTRIES_ABOVE):
        mark = _skip_blank_lines_back(text, text.rfind("\n", max(0, pos - CHAPTER_LINE_CHARS), pos))
        if mark <= 0:
            return False
        above = text.rfind("\n", max(0, mark - CHAPTER_LINE_CHARS), mark) + 1
        opening = _OPENS_WITH_TIME.match(text, above, mark)
        if opening is None:
            return False
        first = TIMECODE.search(text, above, opening.end())
        if first is not None and _whole_seconds(first) == 0:
            return True
        pos = above
    return False


# How many entries above a time are walked up for the list's first.
MAX_ENTRIES_ABOVE = 40


def _labelled_entry(c: _Clock) -> bool:
    """Only a label stands between the start of the line and the time (read only when the line starts near it)."""
    line = c.text.rfind("\n", max(0, c.begin - LABEL_CHARS), c.begin)
    return (line >= 0 or c.begin <= LABEL_CHARS) \
        and _LABELLED_ENTRY_OPENING.fullmatch(c.text, line + 1, c.begin) is not None


# A chapter entry's label before its time: "4. Part 4 — 21:15 — Shaping", "- Chapter 2: 14:05 – The lake".
LABEL_CHARS = 60
_LABELLED_ENTRY_OPENING = regex(
    r"[ \t]*(?:[-*•>|][ \t]*)?(?:\d{1,3}[.)][ \t]*)?(?:\*\*|__)?"
    r"(?:part|chapter|ch\.|section|segment|episode|ep\.?|track|scene|act|movement)[ \t]*\d{1,3}[a-z]?(?:\*\*|__)?"
    r"[ \t]*[-–—:|.)][ \t]*(?:\*\*|__)?$", _I)


_TITLE_AFTER = regex(r"\s*(?:[-–—:|]\s*)?(?:\*\*|__)?(?-i:[A-Z0-9])")
# A lower-case title after a dash: "9:30 – overnight in the fridge", or set apart as a column by two spaces or a tab:
# "2:30  recap of last week" (an entry only among lines that open with times).
_LOWER_TITLE_AFTER = regex(r"(?:[ \t]*[-–—|][ \t]*|[ \t]{2,}|\t)(?-i:[a-z])")
# A lower-case title after a single space, read only under a list from zero (round 96: "21:10 budget recap").
_SPACED_LOWER_TITLE_AFTER = regex(r"[ \t]+(?-i:[a-z])")


def in_chapter_title(text: str, begin: int, end: int) -> bool:
    """A time inside the title of a chapter-list entry, after the entry's own time: "9:12 Battery life –
    9h40m in my test", "6:05 Display (400 nits, 16:10 panel)" name figures of the topic, not positions.
    An entry is a line that opens with a time and a title, next to a line that opens with a time too.
    A time said at a position ("see the crash at 4:40", "from 4:40", "the 4:40 mark") or into the
    footage stays one."""
    floor = max(0, begin - CHAPTER_LINE_CHARS)
    mark, line = _entry_opening(text, floor, begin)
    if (line == 0 and floor > 0) or not _CHAPTER_ENTRY.match(text, line, begin) or paired_position(text, begin):
        return False  # ("16:03 Resumed, webcast 02:01:40 to 02:19:15": the footage's own position beside the clock)
    if _CHAT_LINE.match(text, line) or RECORDING_TURN.match(text, line) or _HALF_DAY_OPENING.match(text, line) \
            or _SPEAKER_TURN.match(text, line) or _prose_entry(text, line, begin):
        # "[09:42] gr4ce: yeah 3:20 lol": a chat message, no chapter's title; nor "[00:02:15] SPEAKER 2: [inaudible
        # 00:02:17]", a transcript's turn (what is said in it is judged as speech: cue_dialogue); nor "10:41 a.m. —
        # Prosecutors played ... from 1:02 to 1:40", a live blog's entry; nor one stamped without a.m./p.m. whose
        # prose has ended a sentence before the time: "10:31 — The second clip ... is played in full. The Crown's
        # focus is between 1:05 and 1:22" (round 138)
        return False
    stamp = _STAMPED_LINE.match(text, line)
    if stamp is not None and _stamped_neighbour(text, line, stamp.end()):
        return False  # "10:14:27  beginning at timestamp 00:01:45": a realtime record's line
    said_at = _AT_POSITION_BEFORE.search(text, max(line, begin - NEAR_CHARS), begin) is not None \
        or _PLAYBACK_VERB_BEFORE.search(text, max(line, begin - NEAR_CHARS), begin) is not None
    after = text[end:end + 80]  # both patterns open with "^": matched on a slice, not at a position of the text
    if _MARK_END.search(text, begin, end) or _INTO_AFTER.match(after) or _IN_MEDIA_AFTER.match(after) \
            or _IN_CLAUSE_END_AFTER.match(after) or _SAID_IN_QUOTE.search(text, begin, end) \
            or (("in " in text[max(line, begin - NEAR_CHARS):begin].lower()
                 or "on " in text[max(line, begin - NEAR_CHARS):begin].lower())
                and _IN_NAMED_VIDEO_BEFORE.search(text, max(line, begin - NEAR_CHARS), begin)):
        # ("1:15 in my old video around 4:20 I showed the brass filter": a position in the video the line names, said
        # in an auto transcript's line (round 181))
        return False
    mark = _skip_blank_lines_back(text, mark)
    above = _entry_opening(text, max(0, mark - CHAPTER_LINE_CHARS), mark)[1] if line else -1
    listed = line > 0 and (above > 0 or mark <= CHAPTER_LINE_CHARS) \
        and _OPENS_WITH_TIME.match(text, above, mark) is not None
    below = _next_entry_opening(text, end)
    next_entry = _OPENS_WITH_TIME.match(text, below) if below > 0 else None
    if not listed and next_entry is None:
        return False
    if said_at:
        # "6:18 Camera samples (shot at 17:40 golden hour)\n10:02 ...": a time said at a position is one
        # ("2:40 The crash (replay at 3:05)\n5:15 ..."), unless it lies past the next entry's start.
        # (not a speaker's promise of what comes later: "0:15 and check this out at 3:50 I'll show you the walleye"
        # (round 169), an auto transcript's line, a position ahead)
        this = TIMECODE.match(text, begin)
        return this is not None and next_entry is not None \
            and _whole_seconds(this) > _whole_seconds(TIMECODE.search(text, below)) \
            and _PROMISED_AFTER.match(after) is None
    # "0:12 Convoy enters; 0:40 truck stops\n1:05 ...": a second entry, in order between the line's and the next's
    this = TIMECODE.match(text, begin)
    if this and _NEXT_ENTRY_BEFORE.search(text, max(line, begin - 4), begin) \
            and text.count("(", line, begin) <= text.count(")", line, begin):
        lead = TIMECODE.search(text, line, begin)
        return not (lead and _whole_seconds(lead) < _whole_seconds(this)
                    and (next_entry is None or _whole_seconds(this) < _whole_seconds(TIMECODE.search(text, below))))
    return not _range_inside_entry(text, line, begin, end, below if next_entry is not None else -1)


# A video named right before the time, the time said in it: "in my old video around ", "in that video at ".
_IN_NAMED_VIDEO_BEFORE = regex(
    rf"\b(?:in|on)\s+(?:my|our|his|her|their|that|this|the)\s+(?:[\w'’-]+\s+)?{MEDIA_NOUN}\s+"
    r"(?:(?:at|around|about|roughly|near|like)\s+)?$", _I)


# A listener told to play past a stretch of the show, in a chapter's title: "~0:00 Intro (skip the first 4 minutes if
# you don't want our banter)" (round 139) names the episode's own stretch, as "at" does its position.
_PLAYBACK_VERB_BEFORE = regex(
    r"(?<![\w])(?:skip|skipping|fast[\s-]?forward|jump)(?:\s+(?:past|over|through|ahead\s+of))?\s+$", _I)


def _range_inside_entry(text: str, line: int, begin: int, end: int, below: int) -> bool:
    """A range in an entry's title told like the entry's own time, from its start (or later, told to the second) and
    ending by the next entry's ("(00:31:05) Ad break (00:31:05 – 00:33:10)\n(00:45:10) ..."): the stretch of the
    chapter it names, a position.
    ``below``: where the next entry's text begins, -1 for none."""
    lead, start = TIMECODE.search(text, line, begin), TIMECODE.match(text, begin, end)
    stop = TIMECODE.search(text, start.end(), end) if start is not None else None
    if lead is None or start is None or stop is None or not _same_shape(lead.group(0), start.group(0)):
        return False
    limit = _whole_seconds(TIMECODE.search(text, below)) if below >= 0 else None
    # (from the entry's own start, or with hours, minutes and seconds: "3:00 Morning session (09:00–10:30)" is a
    # schedule's clocks)
    opens = _whole_seconds(start) == _whole_seconds(lead) or (
        start.group("h") is not None and _whole_seconds(lead) < _whole_seconds(start))
    return opens and _whole_seconds(start) < _whole_seconds(stop) and (limit is None or _whole_seconds(stop) <= limit)


def _same_shape(one: str, other: str) -> bool:
    """Both times are written with as many colons ("00:31:05" and "00:33:10", not "3:00" and "09:00:00")."""
    return one.count(":") == other.count(":")


def _entry_opening(text: str, floor: int, pos: int) -> tuple[int, int]:
    """(where the mark that opens the entry holding ``pos`` begins, where its text begins): the last line
    break, or HTML list item or line break ("<li>33:10 &#8211; Listener question</li>"), in [floor, pos);
    (-1, 0) when there is none."""
    mark = text.rfind("\n", floor, pos)
    line = mark + 1
    tag = text.rfind("<", max(floor, line), pos)
    while tag >= line:
        opened = _ENTRY_TAG.match(text, tag, pos)
        if opened:
            return tag, opened.end()
        tag = text.rfind("<", max(floor, line), tag)
    return mark, line


def _next_entry_opening(text: str, end: int) -> int:
    """Where the text of the entry after the one ending past ``end`` begins (0 when none is near)."""
    below = text.find("\n", end, end + CHAPTER_LINE_CHARS) + 1
    tag = text.find("<", end, below - 1 if below > 0 else end + CHAPTER_LINE_CHARS)
    while tag >= 0:
        opened = _ENTRY_TAG.match(text, tag)
        if opened:
            return opened.end()
        tag = text.find("<", tag + 1, below - 1 if below > 0 else end + CHAPTER_LINE_CHARS)
    blank = _BLANK_LINES.match(text, below) if below > 0 else None
    return blank.end() if blank else below


def _skip_blank_lines_back(text: str, mark: int) -> int:
    """The line break that ends the entry above, past blank lines ("0:00 Intro\n\n2:15 ..." lists too)."""
    if mark <= 0 or text[mark - 1] not in "\n\r \t":
        return mark
    previous = text.rfind("\n", max(0, mark - MAX_BLANK_RUN), mark)
    return previous if previous > 0 and not text[previous:mark].strip() else mark


# Blank lines between entries: at most this many characters of them.
MAX_BLANK_RUN = 8
_BLANK_LINES = regex(r"(?:[ \t\r]*\n){1,3}")


_ENTRY_TAG = regex(r"<(?:li|br|p|dt|dd|tr|td)\b[^<>]{0,60}>", _I)

# How many lines above a listed time, and how far into each, are read for the column it stands in.
_COLUMN_LINES = 60
_COLUMN_LINE_CHARS = 200


def _chapter_column(text: str, begin: int, end: int) -> bool:
    """"Part 1 | 00:00:00 | Welcome" then "Part 2 | 00:06:45 | ..." on the lines below: the time is zero, or the
    lines above this one each set a time apart by separators, from zero upward to this one, so they list
    chapters, not one line's running time ("Ep 3 · 47:10 · Nov" over "Ep 4 · 51:02 · Dec" lists lengths: no
    zero opens it)."""
    last = _whole_seconds(TIMECODE.match(text, begin))
    if last == 0:
        return True  # no running time is zero: the column's first chapter
    for above, end in lines_above(text, text.rfind("\n", 0, begin) + 1, _COLUMN_LINES):
        found = next((m for m in TIMECODE.finditer(text, above, min(end, above + _COLUMN_LINE_CHARS))
                      if _ITEM_SEP_BEFORE.search(text, max(above, m.start() - 12), m.start())
                      and _ITEM_SEP_AFTER.match(text, m.end())), None)
        if found is None:
            return False
        seconds = _whole_seconds(found)
        if seconds >= last:
            return False
        if seconds == 0:
            return True
        last = seconds
    return False


_ITEM_SEP = r"(?:[·•|]|&middot;|&bull;|&#183;)"

_ITEM_SEP_BEFORE = regex(rf"{_ITEM_SEP}[ \t]*$")
_ITEM_SEP_AFTER = regex(rf"[ \t]*{_ITEM_SEP}")

# The entry's time may be wrapped: "**2:15**", "`2:15`", "[2:15]", "<strong>2:15</strong>", '<a href="?t=135">2:15</a>';
# or hedged, in rough timestamps: "~0:00 – 2:30", "approx 14:00".
_INLINE_TAGS = r"(?:strong|b|em|i|a|time|code|span)"
_ENTRY_HEDGE = r"(?:~[ \t]?|(?:approx\.?|ca\.|c\.)[ \t]?)?"
_OPENS_WITH_TIME = regex(
    rf"[ \t]*(?:[-*•>|][ \t]*)*(?:\*\*|__|`|\[|\(|<{_INLINE_TAGS}\b[^<>]{{0,80}}>){{0,2}}{_ENTRY_HEDGE}"
    rf"{TIMECODE.pattern}"
    rf"(?:\*\*|__|`|\]|\)|</{_INLINE_TAGS}>){{0,2}}[ \t\u00a0\u202f]")
# A line opening with a clock that says its half of the day ("10:41 a.m. — Prosecutors played ..."): a live blog's or
# a schedule's entry; no chapter list starts an entry at "a.m.".
# A transcript's turn with a minutes stamp, its speaker in capitals, a role in brackets and a dash allowed (round
# 131: "[12:46] MR. KAMAU (for the Claimant): ...", "**48:10 — MARIAN:** And if you watch from 1:38 to 1:55"): what
# the speaker says is speech, no chapter's title (a chapter's "12:30 Intro: ..." names no one in capitals).
_SPEAKER_TURN = regex(
    r"[ \t]*(?:\*\*|__)?[\[(]?\d{1,2}:[0-5]\d(?::[0-5]\d)?[\])]?(?:[ \t]*[-–—])?[ \t]+(?:\*\*|__)?"
    r"(?-i:[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]*){0,3})(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:")
def _prose_entry(text: str, line: int, begin: int) -> bool:
    """The line at ``line`` opens with a live blog's entry stamp (a clock of the day, a dash, an entry naming
    footage: :func:`entry_stamp`) and a whole sentence of prose ends between the stamp and ``begin``."""
    stamp = _DAY_STAMP_OPENING.match(text, line)
    return stamp is not None and _SENTENCE_ENDED.search(text, stamp.end(), begin) is not None \
        and entry_stamp(text, stamp.start("t"), stamp.end("t"))


# A clock of the day opening a line ("10:31 — "); a sentence's end then the next sentence's capital.
_DAY_STAMP_OPENING = regex(r"[ \t]*(?:[-*•>|][ \t]*)*(?:\*\*|__)?(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d)(?![\d:])")
_SENTENCE_ENDED = regex(r"[a-z)\]][.!?][\"'”’]*[ \t]+(?-i:[A-Z])")
_HALF_DAY_OPENING = regex(rf"[ \t]*(?:[-*•>|][ \t]*)*(?:\*\*|__)?{TIMECODE.pattern}[ \t]*[ap]\.?[ \t]?m\b", _I)
# The title may open in lower case ("12:02 wireless pack battery: ...") or after an HTML dash entity.
_CHAPTER_ENTRY = regex(
    _OPENS_WITH_TIME.pattern + r"[ \t\u00a0\u202f]*(?:(?:[-–—:|]|&[nm]dash;|&#82(?:11|12);)[ \t\u00a0\u202f]*)?"
    r"[^\W_][^\n]*$")
# A second entry on the line: "0:12 Convoy enters; 0:40 truck stops" (not "(400 nits, 16:10 panel)").
_NEXT_ENTRY_BEFORE = regex(r"[;|·•–—,][ \t]*$")

# A speaker promising what the footage shows later, right after the time: "at 3:50 I'll show you", "at 5:10 we're
# gonna see", "at 2:00 you'll see".
_PROMISED_AFTER = regex(
    r"[ \t,]+(?:I|we|you|u)(?:['’]ll|\s+will|['’]re\s+(?:gonna|going\s+to)|['’]m\s+(?:gonna|going\s+to)"
    r"|\s+(?:can|gonna))\s+(?:show|see|get|find|catch|hear|watch|notice|spot|learn)\b", _I)
# An offset whose quote says it is into the footage: "00:31:02 MODERATOR: ... three minutes and eight seconds in,".
_SAID_IN_QUOTE = regex(r"\s(?:in|into)(?:\s[^\n]*)?$", _I)
