"""Stamps of when something was written or logged: a post's edit stamp, a chat line's clock, a
signed post, a court record's or a log's clock: when the words were written, not where in the footage."""

from __future__ import annotations

import re
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import _I, CHAPTER_LINE_CHARS, NEAR_CHARS, TWO_DIGIT_HOUR, _Clock, footage_word
from annotate.moments.patterns import MEDIA_NOUN, MONTH, WEEKDAY, any_stem
from annotate.moments.scan import lines_above

# Immediately after the clock: a.m./p.m., time zones, "local time", "hours", "o'clock".
# A post's edit stamp, a label opening its line: "Edit 14:02: fixed link", "**Update at 9:15** – typo"; and a
# thread's post stamp: "Reply 14:31 by Siggi_R", "posted 14:32 · 3 likes", "Edited 10:11" alone on its line.
_EDIT_STAMP_BEFORE = regex(
    r"^(?:\s|[*_]{1,2}|<[^<>\n]{1,30}>)*(?:(?:ninja\s+|last\s+)?edit(?:ed)?|update[d]?|upd|correct(?:ed|ion)|amended|"
    r"clarification|clarified|posted|repl(?:y|ied)|comment(?:ed)?|answer(?:ed)?|wrote|sent)(?:[*_]{1,2}|</\w+>)?"
    r"(?:\s|&nbsp;|&#160;)*(?:at(?:\s|&nbsp;|&#160;)+)?$", _I)
# (the emphasis may close after the colon: "*Edit 21:14:* fixed")
_EDIT_STAMP_AFTER = regex(
    r"^\s*(?:[*_]{1,2}|</\w+>)?(?:\s*[:—–-](?:[*_]{1,2}|</\w+>)?(?:\s|$)|\s+by\s+@?\w|\s*[·•|]|\s*$)", _I)
# An edit's label with its number or a colon, then the clock alone to the line's end: "Edit: 11:07", "EDIT 2: 23:40",
# "**Update #3:** 2:05 pm". Only a clock alone, and one a clock of the day writes (two digits for its hour, or its
# half of day after it): "Edit: 2:27 - he runs" or a list of "Edit: 2:27" lines may be an editor's cuts in the footage.
_LABELLED_EDIT_BEFORE = regex(
    r"^(?:\s|[*_]{1,2}|<[^<>\n]{1,30}>)*(?:(?:ninja\s+|last\s+)?edit(?:ed)?|update[d]?|upd|correct(?:ed|ion)|amended)"
    r"(?:[ \t]*#?\d{1,2})?(?:[*_]{1,2}|</\w+>)?[ \t]*[:—–-](?:[*_]{1,2}|</\w+>)?(?:\s|&nbsp;|&#160;)*"
    r"(?:at(?:\s|&nbsp;|&#160;)+)?$", _I)
_LABELLED_EDIT_AFTER = regex(
    r"[ \t]*(?P<half>[ap]\.?[ \t]?m\b\.?)?(?:[ \t]+(?-i:[A-Z]{2,4})\b)?[ \t]*(?:[*_]{1,2}|</\w+>)?[ \t]*[.)]?[ \t]*"
    r"(?:\n|$)", _I)


def edit_stamp(before: str, clock: str, after: str) -> bool:
    """A post's edit stamp: its label opens ``before`` (the clock's line up to it) and ``after`` (the rest) ends it:
    "Edit 14:02: fixed link", "Edited 10:11" and, the clock alone after it, "Edit: 11:07", "EDIT 2: 23:40"."""
    if _EDIT_STAMP_BEFORE.search(before):
        return _EDIT_STAMP_AFTER.match(after) is not None
    if not _LABELLED_EDIT_BEFORE.search(before):
        return False
    alone = _LABELLED_EDIT_AFTER.match(after)
    return alone is not None and (alone["half"] is not None or TWO_DIGIT_HOUR.match(clock) is not None)


# A court record's clock: "(Transcript page 44; proceedings at 11:32.)", "the court adjourned at 12:50".
_RECORD_CLOCK_BEFORE = regex(
    r"\b(?:proceedings|(?:court|hearing|session|sitting|inquiry|committee|proceedings)\s+(?:resumed|resumes|adjourned|"
    r"adjourns|began|begins|started|ended|rose|rises|reconvened|commenced|closed)"
    # a report's or a log's clock of what it records: "The stewards' report records the incident at"
    r"|(?:report|log|logbook|record|minutes|sheet|timeline)s?\s+(?:records?|recorded|logs?|logged|lists?|listed|"
    r"times?|timed|puts?|places?|placed)(?:\s+[\w'’-]+){0,3}?)\s+at\s+$", _I)


def _edit_stamp_or_record_clock(c: _Clock) -> bool:
    """"Edit 14:02: fixed link", "(Transcript page 44, line 12; proceedings at 11:32.)", "· *Reporting by Conor
    Walsh, 14:05*", "· 02-01-2026, 19:22"."""
    before = c.before
    return (len(before) < 40 and edit_stamp(before, c.text[c.bare:c.end], c.after)) \
        or named_post_stamp(c.text, c.begin, c.end) or (
        ("by " in c.folded_before or "from " in c.folded_before) and _post_by_header(c)) or (
        before.endswith("at ") and c.ends(_RECORD_CLOCK_BEFORE, 60)) or (
        before.endswith(("(", "[")) and c.ends(_RECORD_LOG_BRACKET_BEFORE) and not _after_chapters_label(c)) or (
        c.may_end(_BYLINE_STEMS) and _BYLINE_END_AFTER.match(c.after) is not None and c.ends(_BYLINE_BEFORE, 80)) or (
        c.before.endswith("at ") and c.ends(_CHAT_AT_BEFORE, 60)) \
        or (c.may_end_with(_NUMERIC_DATE_TAILS, digit=True) and c.ends(_NUMERIC_DATE_BEFORE, 24)) \
        or (before.endswith(_ITEM_SEPARATED) and _dated_item_before(c)) \
        or ("(" in before and c.ends(_RECORDED_ON_BEFORE, 80)) \
        or (c.may_end(_RECORDED_STEMS) and c.ends(_RECORDED_DAY_LINE_BEFORE, 80)) or (
        before.endswith(("at ", "from ")) and c.ends(_SOCIAL_POST_AT_BEFORE, 60)) or (
        before.endswith("at ") and c.may_end(_EDITED_STEMS) and c.ends(_EDITED_BY_WHEN_BEFORE, 80))


# A forum's edit line naming who edited the post or when, then the clock: "Last edited by SenderBender42; 1 day ago
# at 08:14" (round 100), "Edited by dunlop_dave, a week ago at 14:10" (not a cut in the footage: "edited at 2:14").
_EDITED_WHEN = (
    r"(?:today|yesterday|(?:\d+|an?|one|two|three|four|five|six|seven|a\s+few)\s+(?:seconds?|secs?|minutes?|mins?|"
    r"hours?|hrs?|days?|weeks?|months?|years?)\s+ago|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d\d-\d\d)")
_EDITED_BY_WHEN_BEFORE = regex(
    r"\b(?:last\s+)?(?:edited|modified|updated)\s+(?:by\s+@?[\w.'’-]+\s*[;,:]?\s*(?:on\s+)?"
    rf"(?:{_EDITED_WHEN}\s*,?\s*)?|(?:on\s+)?{_EDITED_WHEN}\s*,?\s*)at\s+$", _I)
_EDITED_STEMS = any_stem(("edited", "modified", "updated"))


# A social post told by when it went up: "Telegram posts from 20:14 and 20:19 claim", "a tweet at 21:02" (not "the
# lamp post at 0:40", a thing in the picture).
_SOCIAL_POST_AT_BEFORE = regex(
    r"(?:\b(?:telegram|twitter|facebook|instagram|tiktok|whatsapp|reddit|weibo|social(?:\s+media)?|forum)\s+"
    r"(?:posts?|messages?|updates?|stories)|\btweets?)\s+(?:(?:sent|published|made|timed|posted)\s+)?(?:from|at)\s+$",
    _I)


# A clock just after a full date, a post's or a message's stamp or a listed item's length: "MissAnna · 02-01-2026,
# 19:22", "14.03.2025 at 08:15", "Ep 609: Best of · 12 Nov 2026 · 1:12:40" (a date with its year names the day,
# so the clock beside it is the day's or the item's, never a position in footage).
# A recording's day and hours in a bracket of its title: "(recorded 14 Oct, Room B12, 9:00–10:50)", "(filmed live
# on 3 May at the Roundhouse, 20:30)": when it was recorded, not where in it.
_RECORDED_ON_BEFORE = regex(
    r"\(\s*(?:recorded|filmed|taped|streamed|shot|broadcast|aired)\b[^()\n]{0,40}?"
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+{MONTH}|{MONTH}[^\S\n]+\d{{1,2}}(?:st|nd|rd|th)?)\b[^()\n:]{{0,40}}$", _I)
# A line opening with when a recording was made, its day then its hours: "Recorded Tue 10/14, 10:05–11:20 in Hall
# B", "Lecture filmed 3 March, 14:00" (the day names the session; its clock is the day's, not a place in it).
# (or a page's paragraph opening so, the day in its HTML element: '<p>Recorded <time datetime="2026-01-22">22 January
# 2026</time>, 10:00&ndash;12:00 in Lecture Theatre 2' (round 199))
_RECORDED_DAY_LINE_BEFORE = regex(
    r"(?:^|(?<=<p>)|(?<=<li>)|(?<=<div>))[^\S\n]*(?:[\w'’-]+[^\S\n]+){0,2}?(?:recorded|filmed|taped|streamed|shot)"
    r"[^\S\n]+(?:on[^\S\n]+)?(?:<time\b[^<>\n]{0,60}>)?"
    rf"(?:{WEEKDAY}\.?,?[^\S\n]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+{MONTH}|{MONTH}[^\S\n]+\d{{1,2}}(?:st|nd|rd|th)?"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?<=\s)" + WEEKDAY + r")"
    r"(?:,?[^\S\n]+\d{4})?(?:</time>)?[^\S\n]*,?[^\S\n]*(?:(?:from|at|between)[^\S\n]+)?$", _I | re.MULTILINE)
_RECORDED_STEMS = any_stem(("recorded", "filmed", "taped", "streamed", "shot"))
# The last word or mark of every match of _NUMERIC_DATE_BEFORE (casefolded) that is no digit: a gate
# (``may_end_with``).
_NUMERIC_DATE_TAILS = (",", "at", "·", "•", "|")
_NUMERIC_DATE_BEFORE = regex(
    r"(?:(?<![\d.:/-])(?:\d{1,2}(?P<sep>[-./])\d{1,2}(?P=sep)\d{4}|\d{4}(?P<iso>[-./])\d\d(?P=iso)\d\d)"
    r"[^\S\n]*,?[^\S\n]*(?:at[^\S\n]+)?"
    rf"|\b(?:\d{{1,2}}[^\S\n]+{MONTH}|{MONTH}[^\S\n]+\d{{1,2}},?)[^\S\n]+\d{{4}}[^\S\n]*[,·•|][^\S\n]*)$", _I)


# A full date, then one more item of a header line (where, what), then the clock: "4 March 2025 · Staff room,
# 15:30–16:45", "12 Nov 2026 | Studio B | 19:00" (round 170): a meeting's or an event's hours on the day its line
# names, as the clock right after the date is.
_DATED_ITEM_BEFORE = regex(
    rf"(?:(?<![\d.:/-])(?:\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}}|\d{{4}}-\d\d-\d\d)|\b(?:\d{{1,2}}[^\S\n]+{MONTH}|{MONTH}"
    rf"[^\S\n]+\d{{1,2}},?)[^\S\n]+\d{{4}})[^\S\n]*[,·•|][^\S\n]*(?P<item>[^\W\d][^,·•|\n\d:;.()]{{0,30}}?)"
    r"[^\S\n]*[,·•|][^\S\n]*$", _I)
# How far back the date and its item are read, and the separators the clock may follow.
DATED_ITEM_CHARS = 64
_ITEM_SEPARATED = (", ", "· ", "| ", "• ", ",", "·", "|", "•")


def _dated_item_before(c: _Clock) -> bool:
    """A full date, then an item naming no footage, then the clock (:data:`_DATED_ITEM_BEFORE`)."""
    m = _DATED_ITEM_BEFORE.search(c.before, max(0, len(c.before) - DATED_ITEM_CHARS))
    return m is not None and not footage_word(c.before, m.start("item"), m.end("item"))


# A message's clock in a chat: "— Hamid, in the group chat at 01:12", "she wrote on WhatsApp at 23:40".
_CHAT_AT_BEFORE = regex(
    r"\b(?:in|on|to|into)\s+(?:the\s+|our\s+|a\s+|their\s+|his\s+|her\s+)?(?:(?:group|family|team|class|club)\s+)?"
    r"(?:chat|whatsapp|slack|discord|signal|telegram|messenger|dms?)(?:\s+(?:group|chat|thread|channel))?\s+at\s+$", _I)


# A byline or credit closed by its clock, where a page sets it apart: "· *Reporting by Conor Walsh, 14:05*", "By
# Aisling Dunne · 09:40", "(Words: Priya Nair, 16:20)": when the piece was filed (not "the goal comes by 3:15").
_BYLINE_BEFORE = regex(
    r"(?:^|[\n(\[·•|]|[*_]{1,2})\s*(?:[*_]{1,2})?"
    r"(?:(?:(?:additional\s+)?reporting|reported|written|words|text|story|photos?|pictures?|compiled|edited|filed)\s+by"
    r"|by|(?:(?:additional\s+)?reporting|words|text|photos?|byline)\s*:)\s+"
    r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?:(?-i:[A-Z][\w'’.-]*)|de|van|von|da|al|bin|ni))*\s*[,·•|—–-]?\s*(?:at\s+)?$", _I)
_BYLINE_STEMS = any_stem(("by", "reporting", "words", "text", "photo"))
_BYLINE_END_AFTER = regex(
    r"^(?:\s*[ap]\.?\s?m\b\.?)?(?:\s+(?-i:[A-Z]{2,4})\b)?\s*(?:[*_]{1,2}|</\w+>)?\s*(?:[.;)\]|·•\n]|$)", _I)


def named_post_stamp(text: str, begin: int, end: int) -> bool:
    """A comment's header opening its line, the label, its author and then the clock it was posted at in brackets:
    "**Comment — Niamh (14:41):**", "Reply - @dev_k [09:12]", "Answer: Tom B. (16:05)": when the comment was
    written, not a position in the footage it talks about."""
    bracketed = text[begin - 1:begin] in ("(", "[")
    if not bracketed and not text.startswith(":", end) and text[end:end + 2] not in (" :", "*:", "**"):
        return False  # cheap: only a bracketed clock, or one that ends its header ("Reply from Dave, 08:55:")
    line = text.rfind("\n", max(0, begin - NAMED_POST_CHARS), begin) + 1
    if line == 0 and begin >= NAMED_POST_CHARS:
        return False
    if bracketed:
        return _NAMED_POST_BEFORE.fullmatch(text, line, begin) is not None \
            and _NAMED_POST_AFTER.match(text, end) is not None
    return _POST_FROM_BEFORE.fullmatch(text, line, begin) is not None and _POST_FROM_AFTER.match(text, end) is not None


# How far from its line's start a comment header's clock may stand.
NAMED_POST_CHARS = 80
_NAMED_POST_BEFORE = regex(
    r"[ \t>]*(?:[*_]{1,2})?(?:comment|reply|answer|response|post|message|note)(?:\s*#\d{1,4})?"
    # (or the author after "from" or "by": "Reply from Curlew88 (14:32): YABU." (round 95))
    r"(?:\s*[—–:-]\s*|\s+(?:from|by)\s+)@?[\w'’.-]+(?:[ \t]+@?[\w'’.-]+){0,3}[ \t]*[(\[]", _I)
# A comment's header naming its author after "from" or "by", the clock after a comma: "Reply from TheRealScoobs,
# 08:55:", "Comment by @mo at 14:02:".
_POST_FROM_BEFORE = regex(
    r"[ \t>]*(?:[*_]{1,2})?(?:comment|reply|answer|response|post|message)\s+(?:from|by)\s+"
    r"@?[\w'’.-]+(?:[ \t]+@?[\w'’.-]+){0,3}[ \t]*(?:,|·|—|–|-)?[ \t]*(?:at[ \t]+)?", _I)
_POST_FROM_AFTER = regex(r"[ \t]*(?:[*_]{1,2})?[ \t]*:[ \t]*(?:[*_]{1,2})?[ \t]*(?:\n|$)")
_NAMED_POST_AFTER = regex(r"[)\]][ \t]*:?[ \t]*(?:[*_]{1,2})?[ \t]*(?::[ \t]*)?(?:\n|$|[ \t]+\S)")


def _after_chapters_label(c: _Clock) -> bool:
    """Whether the clock's line names its chapters before it ("Chapters: The motel (02:10) · The phone records
    (18:44)"): a bracketed time there closes a chapter's title, whatever its words."""
    line = max(c.text.rfind("\n", 0, c.begin) + 1, c.begin - CHAPTER_LINE_CHARS)
    return _CHAPTERS_LABEL.search(c.text, line, c.begin) is not None


_CHAPTERS_LABEL = regex(r"\b(?:chapters?|timestamps?)\s*:", _I)
# A log of the world's events with its clock in brackets: "does not match the dispatch log (17:09)".
_RECORD_LOG_BRACKET_BEFORE = regex(
    r"\b(?:dispatch|call|radio|police|incident|CAD|999|911|112|custody|control[\s-]room|emergency|phone|alarm|"
    r"access|door|GPS|flight|server|system)\s+(?:log|logs|logbook|record|records|timeline)\s*[(\[]$", _I)


def post_stamp(text: str, begin: int, end: int) -> bool:
    """A post's stamp heading its line ("Reply 14:31 by Siggi_R", "Edit 14:02: fixed link"): when the post was
    written, which tells nothing of the times in the post."""
    if named_post_stamp(text, begin, end):
        return True  # "**Comment — Niamh (14:41):** The quote is at 2:04"
    line = text.rfind("\n", max(0, begin - NEAR_CHARS), begin) + 1
    if begin - line >= NEAR_CHARS:
        return False
    if post_by_stamp(text, line, begin, end):
        return True  # "Reply by tundra_tam » 11:32 am"
    line_end = text.find("\n", end, end + NEAR_CHARS)
    return edit_stamp(text[line:begin], text[begin:end], text[end:line_end if line_end >= 0 else end + NEAR_CHARS])


# A forum post's header line naming its author, then its clock: "Reply by tundra_tam » 11:32 am", "Original post by
# moosejaw_mike » Sun Feb 08, 11:05 am", "Comment from @dev_k · 14:02"; with no mark between, only the day's words
# may stand between the author and the clock: "Reply from TheBoyWonder 22:59" (round 158), "Posted by ana_w Tue 14
# Oct 08:12".
_POST_DAY_WORD = (rf"(?:{WEEKDAY}|{MONTH}|\d{{1,4}}(?:st|nd|rd|th)?|today|yesterday"
                  r"|[\U0001F4C5\U0001F4C6\U0001F5D3]\ufe0f?)")
_POST_BY_BEFORE = regex(
    r"[ \t>*_]*(?:original\s+)?(?:post(?:ed)?|repl(?:y|ied)|comment(?:ed)?|message|answer(?:ed)?)\s+(?:by|from)\s+"
    r"@?[\w'’.-]+(?:[ \t]+@?[\w'’.-]+){0,2}(?:[ \t]*[»·•|,—–-][ \t]*(?:[\w.]+,?[ \t]+){0,4}?"
    rf"|[ \t]+(?:{_POST_DAY_WORD}[,.]?[ \t]+){{0,4}})", _I)
_POST_BY_AFTER = regex(r"[ \t]*(?:[ap]\.?[ \t]?m\b\.?)?[ \t]*(?:\n|$)", _I)


def _post_by_header(c: _Clock) -> bool:
    """The clock ends a forum post's header line naming its author (the line read back a bounded way)."""
    line = c.text.rfind("\n", max(0, c.begin - NEAR_CHARS), c.begin) + 1
    return (line > 0 or c.begin < NEAR_CHARS) and post_by_stamp(c.text, line, c.begin, c.end)


def post_by_stamp(text: str, line: int, begin: int, end: int) -> bool:
    """The clock ending a forum post's header line (starting at ``line``) that names its author: "Reply by
    tundra_tam » 11:32 am", "Post by ana_w · 14:02": when the post was written."""
    return _POST_BY_BEFORE.fullmatch(text, line, begin) is not None and _POST_BY_AFTER.match(text, end) is not None


def entry_stamp(text: str, begin: int, end: int) -> bool:
    """A time of day that heads its line as a live blog's entry stamp ("4:40 p.m. — The key sequence: ... at 3:02"),
    in an entry that names footage: the post's time, which tells nothing of the times in the entry."""
    if not _ENTRY_STAMP_AFTER.match(text, end) or not _LINE_OPENING.search(text, max(0, begin - 40), begin):
        return False
    line_end = text.find("\n", end, end + ENTRY_READ_CHARS)
    return footage_word(text, end, line_end if line_end >= 0 else min(len(text), end + ENTRY_READ_CHARS))


# How far a live blog's entry is read for a footage word.
ENTRY_READ_CHARS = 1500
_ENTRY_STAMP_AFTER = regex(r"(?:\s*[ap]\.?\s?m\b\.?)?(?:\s+(?-i:[A-Z]{2,4}))?(?:\*\*|__)?\s*[—–|:-]\s", _I)


def paired_line_stamp(c: _Clock) -> bool:
    """The clock to the minute opening a line that also gives the recording's own position ("14:31 Evidence begins
    (webcast 00:31:05)"): a clerk's note logging the room's clock beside the footage's, so the opening one is the
    day's."""
    line = c.text.rfind("\n", max(0, c.bare - NEAR_CHARS), c.bare) + 1
    stamp = _MINUTE_STAMP_OPENING.match(c.text, line) if line > 0 or c.bare < NEAR_CHARS else None
    return stamp is not None and stamp.end() == c.end and (
        recording_paired_line(c.text, line) or _paired_line_near(c.text, line))


def _paired_line_near(text: str, line: int) -> bool:
    """Whether a line of the same run of lines opened by clocks to the minute (no blank line between), a few above
    or below the line at ``line``, is a recording-paired line: a timeline logging the day's clocks, some lines with
    the archive's own stamp ("- 14:02 – Vehicles diverted\n- 14:21 – Deck sags; archive 00:19:02")."""
    below = line
    for _ in range(PAIRED_RUN_LINES):
        below = text.find("\n", below, below + PAIRED_LINE_CHARS) + 1
        if below <= 0 or _MINUTE_STAMP_OPENING.match(text, below) is None:
            break
        if recording_paired_line(text, below):
            return True
    above = line
    for _ in range(PAIRED_RUN_LINES):
        if above <= 0:
            break
        above = text.rfind("\n", max(0, above - 1 - PAIRED_LINE_CHARS), above - 1) + 1
        if _MINUTE_STAMP_OPENING.match(text, above) is None:
            break
        if recording_paired_line(text, above):
            return True
    return False


# How many lines above and below a clock's line its run is read for a recording-paired line.
PAIRED_RUN_LINES = 8


def caption_line_stamp(c: _Clock) -> bool:
    """The stamp opening an auto-caption transcript's line, the spoken words after it in lower case, with the line
    above or below stamped alike ("12:04 so turn with me to ...\n12:31 and we know that ..."): the line's place in
    the recording; a day named in the words said to listeners ("now I told you last week") is the speaker's, not the
    stamp's.
    (A chat log's "[21:14] kayo: ..." names its speaker; a day's clock to the second, "10:14:24", is a record's.)"""
    line = c.text.rfind("\n", max(0, c.begin - STAMP_INDENT), c.begin) + 1
    if line == 0 and c.begin > STAMP_INDENT:
        return False
    here = _CAPTION_LINE.match(c.text, line)
    if here is None or here.end("t") != c.end or not _SPOKEN.search(c.text, c.end, c.end + SPOKEN_CHARS):
        return False  # (a diary's "07:30 woke up, coffee on Monday" is no one speaking: the day's clock)
    below = c.text.find("\n", c.end, c.end + CAPTION_LINE_CHARS) + 1
    above = c.text.rfind("\n", max(0, line - 1 - CAPTION_LINE_CHARS), line - 1) + 1 if line > 0 else -1
    return (below > 0 and _CAPTION_LINE.match(c.text, below) is not None) \
        or (above >= 0 and line > 0 and _CAPTION_LINE.match(c.text, above) is not None)


# Someone speaking to listeners, soon after the stamp: "now I told you", "we're nearly", "with me".
_SPOKEN = regex(r"(?<![\w'’])(?-i:I)(?:['’](?:m|ve|ll|d))?(?![\w'’])|\b(?:you|we|us)\b", _I)
SPOKEN_CHARS = 40
# How far into its line a caption's stamp may begin, and how long a caption line may be.
STAMP_INDENT = 8
CAPTION_LINE_CHARS = 400
# A line opened by a stamp (minutes and seconds, or an hour 0 to 2 of a recording), then a word in lower case that
# names no speaker ("so turn", not "kayo: yo").
_CAPTION_LINE = regex(r"[ \t]*[\[(]?(?P<t>(?:[0-2]:)?\d{1,2}:[0-5]\d)[\])]?[ \t]+(?-i:[a-z])[\w'’-]*(?![\w'’-]*:)")


def paired_position(text: str, begin: int) -> bool:
    """Whether the time at ``begin`` is the recording's own position on a line that opens with the room's clock
    ("16:03 Resumed, webcast 02:01:40 to 02:19:15"): a position, neither a bracketed length nor a title's figure."""
    line = text.rfind("\n", max(0, begin - PAIRED_LINE_CHARS), begin) + 1
    if line == 0 and begin >= PAIRED_LINE_CHARS:
        return False
    stamp = _MINUTE_STAMP_OPENING.match(text, line)
    return stamp is not None and stamp.end() <= begin and (
        recording_paired_line(text, line) or _position_after_footage_named(text, stamp.end(), begin))


def _position_after_footage_named(text: str, opening: int, begin: int) -> bool:
    """A time no clock of the day could be (with seconds, or past 23:59) after footage the line names past its
    opening clock (round 118: "- 16:00 Carol service livestream from St Mary's (1h 15m) — ... the nativity runs from
    1:02:30 to 1:09:00"): a position in that footage (not "- 19:30 film night, bus home at 21:45", a day's clock)."""
    return _NO_DAY_CLOCK_AT.match(text, begin) is not None and footage_word(text, opening, begin)


# A time of no day clock's shape at a phrase's opening ("1:02:30", "from 0:31:10", "24:40").
_NO_DAY_CLOCK_AT = regex(r"[^\d\n]{0,12}?(?:\d{1,2}:[0-5]\d:[0-5]\d|(?:2[4-9]|[3-9]\d):[0-5]\d)(?![\d:])")


def recording_paired_line(text: str, line: int) -> bool:
    """Whether the line at ``line`` opens with a clock to the minute and names the recording right before a
    position to the second in it ("(webcast 00:02:10)", "video at 1:02:14"): two clocks, the room's and the
    footage's."""
    stop = text.find("\n", line, line + PAIRED_LINE_CHARS)
    opening = _MINUTE_STAMP_OPENING.match(text, line)
    if opening is None:
        return False
    stop = stop if stop >= 0 else min(len(text), line + PAIRED_LINE_CHARS)
    if _NAMED_RECORDING_POSITION.search(text, line, stop) is not None:
        return True
    # (a chapter list restating its stamp to the hour, "03:15 The storm [0:03:15]", pairs no two clocks)
    bracketed = _BRACKETED_HMS_POSITION.search(text, line, stop)
    return bracketed is not None and _hms_seconds(bracketed.group("t")) != _hms_seconds(opening.group("t"))


def _hms_seconds(stamp: str) -> int:
    seconds = 0
    for part in stamp.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


# How long a clerk's note's line may run; its opening clock to the minute; a position to the second the recording
# names: "webcast 00:31:05", "(livestream at 1:02:40", "video: 0:45:10".
PAIRED_LINE_CHARS = 240
_MINUTE_STAMP_OPENING = regex(r"[ \t>*-]*(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d)(?![\d:.])")
# Or a position to the second with its hour, in brackets after the line's event, where the opening clock to the
# minute is written another way: "- 11:40 — Speeches begin. [0:38:10]", "13:47 Scuffle (2:45:12 to 2:47:30)" (a
# timeline giving the day's clock, then the stream's position).
_BRACKETED_HMS_POSITION = regex(r"[^\S\n][\[(][^\S\n]*(?P<t>\d{1,2}:[0-5]\d:[0-5]\d)(?![\d:])")
# (or said of the line's event: "on the camera archive this is at 00:17:10")
_NAMED_RECORDING_POSITION = regex(
    rf"\b{MEDIA_NOUN}(?:[^\S\n]+(?:this|it|that|which)[^\S\n]+(?:is|was|comes|appears|shows))?"
    rf"[^\S\n]*(?:at[^\S\n]+|[:@][^\S\n]*)?\d{{1,2}}:[0-5]\d:[0-5]\d(?![\d:])", _I)


def _signed_stamp(c: _Clock) -> bool:
    """A post or quote signed with its author's handle and the clock it was written at, ending its line:
    "> Same here on 4.2.0 — @ravenmoor, 14:02"."""
    return c.before.endswith((",", ", ", "· ", "·", " ")) and _HANDLE_SIGNED_BEFORE.search(c.before) is not None \
        and _LINE_END_AFTER.match(c.after) is not None


_HANDLE_SIGNED_BEFORE = regex(
    r"(?:^|[\s(—–-])@[A-Za-z0-9_.]{2,30}[^\S\n]*[,·•|]?[^\S\n]*$"
    # a thread's post header, the poster's handle in bold alone before the clock: "**Gaz_Leeds** — 02:14" (a
    # handle joins words with "_" or holds digits, as a chapter's title does not)
    r"|(?:^|\n)[^\S\n]*[*_]{1,2}(?:u/)?[A-Za-z][A-Za-z.-]*[_\d][A-Za-z0-9_.-]*[*_]{1,2}[^\S\n]*[—–|·-][^\S\n]*$"
    # or numbered, the handle after the post's number: "#214 BlueLinePete · 22:18", "Post #7 — Orla_M | 23:05" (a
    # handle joins words with "_", holds digits or runs words together in capitals, as a chapter's title does not)
    r"|(?:^|\n)[^\S\n]*(?:[*_]{1,2})?(?:(?i:post|reply|comment|message|msg)[^\S\n]*)?#\d{1,6}(?:[*_]{1,2})?"
    r"[^\S\n]*(?:[—–:-][^\S\n]*)?(?:[*_]{1,2})?(?:u/|@)?[A-Za-z][A-Za-z.-]*(?:[_\d]|[a-z][A-Z])[\w.-]*"
    r"(?:[*_]{1,2})?[^\S\n]*[|·•][^\S\n]*$")
_LINE_END_AFTER = regex(r"[^\S\n]*(?:[ap]\.?m\.?)?[^\S\n]*(?:\n|$)", _I)


def _declared_clock_stamp(c: _Clock) -> bool:
    """A stamp opening its line, in brackets, where the text says its stamps are clock times: "[14:32] THE
    CHANCELLOR: ..." under "Note: bracketed times are the clock time on the parliamentary feed", "All times are
    GMT" (the positions in the lines stay); or closing the speaker's label that opens the line, before its colon, as
    a parliament's record stamps a member's turn: "The Hon. R. NGUYEN (Member for Elder) (15:02): I rise ..."; or
    alone on its line, as a sitting's record heads its turns with the clock: "Record of Proceedings, Plenary\n14:32\n
    Sioned Pritchard AS: ..." (round 201; an auto transcript's bare "0:12" line stamps cite no sitting)."""
    text = c.text
    if text[c.begin - 1:c.begin] not in ("[", "("):
        if _LINE_OPENS_BEFORE.search(text, max(0, c.begin - 16), c.begin) is None \
                or _LINE_END_AFTER.match(text, c.end) is None:
            return False
    else:
        line = text.rfind("\n", max(0, c.begin - SPEAKER_LABEL_CHARS), c.begin) + 1
        if not _LINE_OPENING_BRACKET.fullmatch(text, line, c.begin) and not (
                (line > 0 or c.begin < SPEAKER_LABEL_CHARS) and _SPEAKER_LABEL_BRACKET.fullmatch(text, line, c.begin)
                and _LABEL_CLOSED_AFTER.match(text, c.end)):
            return False
    return _declares_clock_stamps(text) or (
        not _ZERO_HOUR_CLOCK.match(text, c.bare) and _is_sitting_record(text))


@lru_cache(maxsize=8)
def _is_sitting_record(text: str) -> bool:
    """Whether ``text`` is a parliament's or a committee's record of its sitting, which stamps its turns with the
    sitting's clock: "Proceedings suspended from 10:44 to 11:00", "Budget Estimates — Tuesday, 27 May 2025"
    (round 86; a stamp from a zero hour, "[00:10:41]", still cites a recording of it)."""
    return _SITTING_RECORD.search(text) is not None


# (Australian Hansard's formula for a break, and the Senate's estimates hearings; the Senedd's and other chambers'
# names for their verbatim record)
_SITTING_RECORD = regex(
    r"\b(?-i:Proceedings)\s+(?:suspended|adjourned)\s+from\s+\d{1,2}[:.][0-5]\d\b|"
    r"\b(?-i:(?:Senate|Budget|Supplementary|Additional)\s+Estimates)\b|"
    r"\b(?-i:Record\s+of\s+Proceedings|Official\s+Report|Verbatim\s+Record)\b")


_LINE_OPENING_BRACKET = regex(r"[ \t>*_-]*[\[(]")
# Nothing before the time on its line but blanks.
_LINE_OPENS_BEFORE = regex(r"(?:^|(?<=\n))[ \t]*$")
# How far into its line a speaker's label may run before its bracketed stamp.
SPEAKER_LABEL_CHARS = 120
# A speaker's label opening its line, their seat or office bracketed after it, then the stamp's bracket: "The Hon.
# L. MARSH (Member for Elder) (", "Mr SPEAKER (", "Ms O'HARA (Leader of the Opposition) (".
_SPEAKER_LABEL_BRACKET = regex(r"[ \t>*_-]*(?-i:[A-Z])[^\n():;!?]{0,60}(?:\([^()\n]{1,60}\)[ \t]*)?\(")
_LABEL_CLOSED_AFTER = regex(r"\)[ \t]*:")


@lru_cache(maxsize=8)
def _declares_clock_stamps(text: str) -> bool:
    """Whether ``text`` says its times or stamps are clock times (searched once a text: a literal opens the
    pattern)."""
    return _CLOCK_STAMPS_DECLARED.search(text) is not None


_CLOCK_STAMPS_DECLARED = regex(
    # a parliament's record, whose bracketed stamps are always the sitting's clock: "(Proof Hansard, excerpt)"
    r"\b(?-i:Hansard)\b|"
    r"(?:times|timestamps|time\s+stamps|stamps)\s+(?:(?:in\s+(?:square\s+)?brackets|shown|given|used|above|below|"
    r"here|throughout)\s+)?(?:are|show|give)\s+(?:(?:all|the|in)\s+)*(?:(?:clock|wall[\s-]clock|local|real|actual)\s+"
    r"times?|times?\s+of\s+(?:the\s+)?day|(?-i:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|IST|AEST|AEDT)\b)", _I)


def _chat_stamp(c: _Clock) -> bool:
    """The stamp opening a line of a chat log, "[09:41] pixelfox: the goal is at 3:12" or "[22:03] <moss> ...",
    next to a line that opens the same way: the chat's clock, when the log is a chat's (a handle, not a
    transcript's SPEAKER or Name, or the same stamp on both lines, or both stamped AM or PM as a workplace chat's
    export is) and no stamp is under an hour ("[00:12:30] HOST:" cites the footage). The positions in the
    messages stay."""
    text = c.text
    if text[c.begin - 1:c.begin] != "[" and not c.after.lstrip(" \t").startswith("<"):
        return False  # cheap: only a bracketed stamp, or one before "<nick>"
    line = text.rfind("\n", 0, c.begin) + 1
    this = _CHAT_LINE.match(text, line)
    if this is None or this.span(_stamp_group(this)) != (c.begin, c.end):
        return False
    above = _CHAT_LINE.match(text, text.rfind("\n", 0, line - 1) + 1) if line > 0 else None
    stop = text.find("\n", c.end)
    below = _CHAT_LINE.match(text, stop + 1) if stop >= 0 else None
    stamp = this.group(_stamp_group(this))
    return any(other is not None and not _ZERO_HOUR_CLOCK.match(other.group(_stamp_group(other)))
               and not _ZERO_HOUR_CLOCK.match(stamp)
               and (other.group(_stamp_group(other)) == stamp or _chat_handle(this) or _chat_handle(other)
                    or bool(this.group("half") and other.group("half")))
               for other in (above, below))


def _outpaced_turn_stamp(c: _Clock) -> bool:
    """"[14:32] Chair: Order, order. ...\n[14:33] Q1 Mr Bell: ...": a stamp opening a speaker's turn in a record
    whose turns hold more words than the seconds between their stamps could, read as minutes and seconds: the
    stamps are the day's clock to the minute (a committee's margin stamps), not positions in a recording."""
    line = c.text.rfind("\n", 0, c.bare) + 1
    turn = _CLOCK_TURN.match(c.text, line)
    return turn is not None and turn.start("t") == c.bare and c.bare in _outpaced_turn_stamps(c.text)


@lru_cache(maxsize=8)
def _outpaced_turn_stamps(text: str) -> frozenset[int]:
    """Where the turn stamps of ``text`` start, if at least three go forward slower than their turns' words can be
    said (read as minutes and seconds); else none."""
    turns = [m for m in _CLOCK_TURN.finditer(text) if not _ZERO_HOUR_CLOCK.match(m.group("t"))]
    if len(turns) < MIN_PACED_TURNS:
        return frozenset()
    seconds = [int(m.group("t")[:-3]) * 60 + int(m.group("t")[-2:]) for m in turns]
    if any(later < earlier for earlier, later in zip(seconds, seconds[1:])):
        return frozenset()
    words = len(_WORD.findall(text, turns[0].end(), turns[-1].start()))
    return frozenset(m.start("t") for m in turns) \
        if words > MAX_WORDS_PER_SECOND * max(1, seconds[-1] - seconds[0]) else frozenset()


# A turn opening its line with a clock to the minute, then its speaker's label (a question's number, a title, a
# name) and a colon: "[14:32] Chair: ", "14:33 Q1 Mr Bell: ", "(10:05) THE WITNESS: ".
_CLOCK_TURN = regex(
    r"(?m:^)[ \t>*-]*[\[(]?(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d)[\])]?[ \t]+(?:Q\d{1,4}\.?[ \t]+)?"
    r"(?-i:[A-Z][\w.'’-]*)(?:[ \t](?-i:[A-Z][\w.'’-]*)){0,4}[ \t]*:")
_WORD = regex(r"\S+")
# Fewest stamped turns that show their pace; the most words a second that speech holds (about 2.5 are said).
MIN_PACED_TURNS = 3
MAX_WORDS_PER_SECOND = 6


# A record's line stamp of the working day: "10:02:11 MS. PRATT: Let's play ...", "14:31:07 (Recess taken.)": a
# clock of hours, minutes and seconds opening its line, then a speaker named in capitals or a bracketed note
# (a recording's own transcript counts from 00:00:00: "00:01:12 OFFICER: ..." is a position).
_WORKDAY_HMS = regex(r"(?:0?[7-9]|1\d|2[0-3]):[0-5]\d:[0-5]\d")
_RECORD_LINE_AFTER = regex(
    r"[^\S\n]+(?:\((?-i:[A-Z])[^()\n]{0,60}\)|\[(?-i:[A-Z])[^\[\]\n]{0,60}\]|(?-i:[QA])[.:][^\S\n]|"
    r"(?-i:(?:[A-Z][A-Z0-9.'’-]*[^\S\n]+){0,3}[A-Z][A-Z0-9.'’-]*)[^\S\n]*:)")


def _record_line_stamp(c: _Clock) -> bool:
    """"10:02:40 (Video played.)": a working day's clock stamping a record's line; or any line of a record whose
    lines all open with one, the line above or below opening so too ("10:14:24  ask to publish the video,")."""
    return (c.bare == 0 or c.text[c.bare - 1] == "\n" or c.bare == c.b) \
        and _WORKDAY_HMS.fullmatch(c.text, c.bare, c.end) is not None \
        and (_RECORD_LINE_AFTER.match(c.text, c.end) is not None or _stamped_neighbour(c.text, c.bare, c.end)) \
        and not _counts_from_zero(c.text, c.bare)


def _counts_from_zero(text: str, line: int) -> bool:
    """The stamped lines running above the one at ``line`` start from hour zero ("00:00:00 Starting soon ...
    07:31:15 Donation train"): a long recording's chapters, its stamps positions in it, not a day's clock."""
    for above, end in lines_above(text, line, STAMPED_RUN_LINES):
        stamp = _ANY_HMS_OPENING.match(text, above, end)
        if stamp is None:
            return False
        if stamp.group("hour") in ("0", "00"):
            return True
    return False


# How many stamped lines above a stamp are read for the one that opens a recording's chapters.
STAMPED_RUN_LINES = 40
_ANY_HMS_OPENING = regex(r"[ \t>*-]*[\[(]?(?P<hour>\d{1,2}):[0-5]\d:[0-5]\d")


# A line opening with a working day's clock to the second, then a gap: a realtime record's next or last line.
_STAMPED_LINE = regex(rf"[^\S\n]*{_WORKDAY_HMS.pattern}[^\S\n]")


def _stamped_neighbour(text: str, line: int, end: int) -> bool:
    """The line above or below the one at ``line`` (ending after ``end``) opens with a working day's clock."""
    above = text.rfind("\n", 0, line - 1) + 1 if line > 0 else -1
    below = text.find("\n", end)
    return (above >= 0 and _STAMPED_LINE.match(text, above) is not None) \
        or (below >= 0 and _STAMPED_LINE.match(text, below + 1) is not None)


def _stamp_group(line: re.Match[str]) -> str:
    """The name of the group holding a chat line's stamp: bracketed ("t") or bare ("bare")."""
    return "t" if line.group("t") is not None else "bare"


# A transcript's turn stamped with its place in a recording (hours 00 to 02, as a day's realtime court record's
# "10:14:22" is not), then the speaker's label and a colon: "[00:14:19] VOSS: ", "00:05:30 ANNA: ", "[00:02:15]
# SPEAKER 2: ", "[00:04:48] INVESTIGATOR FRY: ", or a deposition's question or answer: "00:43:02  A.  "; the hour may
# be one digit, as a hearing's video stamps it: "[0:07:52] MRS. ORTIZ: " (round 96); the label may add a role or a firm
# after a comma, as an earnings call's does (round 139): "[00:01:05] Dana Whitcombe, VP Investor Relations: ",
# "[00:31:38] Analyst, Kessler & Grant: ".
RECORDING_TURN = regex(
    r"[ \t]*[\[(]?0?[0-2]:[0-5]\d:[0-5]\d[\])]?[ \t]+"
    r"(?:[QA]\.|[A-Z][\w.'’-]*(?:[ \t][A-Z0-9][\w.'’-]*){0,2}"
    r"(?:,[ \t][A-Z0-9][\w.'’-]*(?:[ \t](?:&|[A-Z0-9][\w.'’-]*)){0,3})?[ \t]*:)[ \t]")

# A question asking where in something a thing happens, so that the answer's time is a place in a recording: "Where on
# Exhibit 4 does the door open?", "At what point in the tape does the van arrive?".
WHERE_IN_QUESTION = regex(r"\b(?:where|at\s+what\s+point)\s+(?:on|in)\b", _I)


# The reason a chat log's stamp is no position: a time of day, but of no clock the footage shows.
CHAT_CLOCK = "chat clock"
# ... and a program's log line's stamp, when the machine wrote the line ("14:02:31.118 W/Decoder: late frame").
LOG_CLOCK = "log clock"
# The clock at which a whole recording starts ("the archive starts at 05:00"): a clock time that explains the
# footage's own clock, not an event a following "12 minutes after that" counts from.
RECORDING_START = "recording start"


def _chat_handle(line: re.Match[str]) -> bool:
    """The line's speaker is a chat handle: "<moss>", "gr4ce:", "ana_b:", lower-case or with digits."""
    nick = line.group("nick")
    return nick is None or nick[0].islower() or _HANDLE_MARK.search(nick) is not None


# A chat line's opening: list or quote marks, a bracketed clock, then "<nick>" or "nick:"; or a bare clock, then
# "<nick>" (an IRC log's "21:14 <moss>").
# (a workplace chat's export stamps the hour of the day and names its people: "**[10:42 AM] Priya S:**")
_HALF_DAY = r"[ \t]?[AaPp]\.?[Mm]\.?"
_CHAT_LINE = regex(
    r"[ \t>*-]*(?:\[(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)(?P<half>" + _HALF_DAY + r")?\][ \t]*"
    r"(?:<[^<>\s]{1,30}>|(?P<nick>[^\s:\[\]<>]{1,30}(?(half)(?:[ ][^\s:\[\]<>]{1,30}){0,2}|)):)"
    r"|(?P<bare>(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)[ \t]+<[^<>\s]{1,30}>)")
_HANDLE_MARK = regex(r"[\d_.@]")
_HALF_DAY_STAMP_END = regex(_HALF_DAY + r"\]")


def half_day_stamp(text: str, end: int) -> bool:
    """The chat stamp ending at ``end`` says its half of the day ("[9:41 PM] Sam:"): it tells the day's clock as
    plainly as "at 9:41 pm" would, so the plans in its message ("see you at 8:30") are times of day too."""
    return _HALF_DAY_STAMP_END.match(text, end) is not None


def half_day_header_stamp(text: str, begin: int, end: int) -> bool:
    """text[begin:end] is the clock of a workplace chat export's header alone on its line, "[2:40 PM] Lena Park":
    the chat's clock of the day, with no sibling header needed."""
    if not _HALF_DAY_STAMP_END.match(text, end):
        return False  # cheap: only a clock closed by its half of the day and a bracket
    line = text.rfind("\n", max(0, begin - HEADER_CHARS), begin) + 1
    if line == 0 and begin >= HEADER_CHARS:
        return False
    stop = text.find("\n", end, end + HEADER_CHARS)
    return _HALF_DAY_HEADER.fullmatch(text, line, len(text) if stop < 0 else stop) is not None


def under_half_day_header(text: str, b: int) -> bool:
    """The line holding ``b`` is a message under a workplace chat export's header alone on its line, "[10:58 AM]
    Aisha Bello": the header says the day's clock as plainly as "[9:41 PM] Sam:" on the message's own line does."""
    lo = max(0, b - MESSAGE_CHARS)
    line = text.rfind("\n", lo, b) + 1
    if line == 0:
        return False
    low = max(0, line - 1 - HEADER_CHARS)
    header = text.rfind("\n", low, line - 1) + 1
    if header == 0 and low > 0:
        return False  # the line above is longer than a header
    return _HALF_DAY_HEADER.fullmatch(text, header, line - 1) is not None


# How far back the message's line start and its header's are looked for.
MESSAGE_CHARS = 400
HEADER_CHARS = 80
# A workplace chat's header line: a bracketed clock with its half of the day, then a name of one to three words.
_HALF_DAY_HEADER = regex(
    r"[ \t>*-]*(?:\*\*)?\[(?:[01]?\d|2[0-3]):[0-5]\d" + _HALF_DAY + r"\][ \t]*"
    r"[^\s:\[\]<>]{1,30}(?:[ ][^\s:\[\]<>]{1,30}){0,2}[ \t]*(?:\*\*)?\r?")

_ZERO_HOUR_CLOCK = regex(r"(?<![\d:.])0?0:\d\d")

# A line's opening, bullets included: "- ", "* ", "<li>", and a symbol or emoji as bullet ("🔧 27:15 First start").
_LINE_OPENING = regex(r"(?:^|\n|</[a-zA-Z0-9]{1,10}>)[ \t]*(?:[-*•>|]\s*|<[a-zA-Z][^<>]{0,30}>\s*"
                           r"|[\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*)*(?:\*\*|__)?$")
