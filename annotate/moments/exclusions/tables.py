"""Clocks in tables: HTML, Markdown and MediaWiki cells under a time-of-day header or a schedule's
label, and rows of clocks set in columns: timetables, whose cells are times of day."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import _I, CONTEXT_CHARS, NEAR_CHARS, _Clock, footage_word
from annotate.moments.exclusions.positions import _NOT_A_CLOCK
from annotate.moments.exclusions.stamps import _ZERO_HOUR_CLOCK


def _labelled_cell(c: _Clock) -> bool:
    """A time alone in a table cell after a schedule label's cell: "<td>Kick-off</td><td>19:45</td>"
    (each cell is a sentence of its own, so the label is read before it)."""
    return _OPENS_CELL.fullmatch(c.text, c.b, c.bare) is not None \
        and _SCHEDULE_LABEL_BEFORE.search(c.text, max(0, c.b - NEAR_CHARS), c.bare) is not None \
        and not _footage_log_table(c)


def _schedule_table_cell(c: _Clock) -> bool:
    """A time alone in a cell of a table an earlier row of which is a schedule label's time: "<tr><th>Doors</th>
    <td>19:00</td></tr><tr><th>Support</th><td>19:45</td></tr>": the other rows are the same evening's."""
    if _OPENS_CELL.fullmatch(c.text, c.b, c.bare) is None:
        return False
    table = c.text.rfind("<table", max(0, c.b - CONTEXT_CHARS), c.b)
    if table < 0 or c.text.find("</table", table, c.b) >= 0 or _NOT_A_CLOCK.fullmatch(c.text, c.bare, c.end):
        return False
    if footage_word(c.text, max(table, c.text.rfind("<tr", table, c.b)), c.bare):
        return False  # "<td>Goal (video)</td><td>34:12</td>": the row's label names footage
    return any(_SCHEDULE_LABEL_BEFORE.search(c.text, max(table, cell.start() - NEAR_CHARS), cell.start("t"))
               for cell in _TIME_CELL.finditer(c.text, table, c.b)) and not _footage_log_table(c)


# A cell a time opens: "<td>19:00".
_TIME_CELL = regex(r"<(?:td|th|dd)\b[^<>]{0,30}>\s*(?P<t>\d{1,2}:[0-5]\d)", _I)


def _timetable_column(c: _Clock) -> bool:
    """A clock alone in a cell of an HTML or pipe table, in a column whose header names a time in the world
    ("Dep.", "Arrives"; "Time" when a name opens the row): "<th>Stop</th><th>Dep.</th> ... <td>Depot</td>
    <td>07:15</td>", "| Stop | Time |\n|---|---|\n| Depot | 07:15 |". A table with a time under an hour
    ("00:12", "0:40") in a cell logs footage."""
    text = c.text
    after = _CELL_RANGE_AFTER.match(text, c.end)  # "<td>19:30&ndash;20:40</td>": a set's times
    end = after.end() if after else c.end
    if text[end:end + NEAR_CHARS].lstrip(" \t")[:1] not in ("<", "|", "\n", "") or c.bare != c.begin:
        return False  # (the clock's end is read before its start is looked back for, a costlier search)
    begin = c.begin if after else _cell_clock_span(text, c.begin, c.end)[0]
    if not _CELL_CLOCKS.fullmatch(text, begin, end):
        return False
    if _HTML_CELL_AFTER.match(text, end) and _HTML_CELL_BEFORE.search(text, max(0, begin - NEAR_CHARS), begin):
        table = text.rfind("<table", max(0, begin - TABLE_REACH), begin)
        row = text.rfind("<tr", max(0, table), begin)
        if table < 0 or row < 0:
            return False
        column = len(_HTML_CELL.findall(text, row, begin)) - 1
        header_row = _HTML_ROW.search(text, table, begin)
        header = [_TAG.sub("", cell) for cell in _HTML_CELL_TEXT.findall(header_row.group(0))] if header_row else []
        zero = _ZERO_CELL.search(text, table, min(len(text), end + TABLE_REACH))
    elif _PIPE_CELL_AFTER.match(text, end) and _PIPE_CELL_BEFORE.search(text, max(0, begin - NEAR_CHARS), begin):
        cell = _pipe_cell(text, begin)
        if cell is None:
            return False
        rule, header, column = cell
        zero = _ZERO_PIPE_CELL.search(text, rule.end(), min(len(text), end + TABLE_REACH))
    else:
        return False
    if zero is not None or not 0 <= column < len(header):
        return False
    named = _TIME_HEADER.fullmatch(header[column].strip())
    return named is not None and (named.group("world") is not None or column > 0 or _lists_programmes(header))


def _lists_programmes(header: list[str]) -> bool:
    """A header naming what a broadcast or a stage puts on at each time ("Time | Programme | Length", "Time |
    Act"): with its "Time" first, the table is a listing of the day's slots, not a log of footage."""
    return any(_PROGRAMME_HEADER.fullmatch(_TAG.sub("", cell).strip()) for cell in header)


def _cell_clock_span(text: str, begin: int, end: int) -> tuple[int, int]:
    """The clock text[begin:end] widened over the other end of a clock range it is one end of ("22:30&ndash;01:00",
    read as two points as it passes midnight)."""
    after = _CELL_RANGE_AFTER.match(text, end)
    if after is not None:
        return begin, after.end()
    before = _CELL_RANGE_BEFORE.search(text, max(0, begin - NEAR_CHARS), begin)
    return (before.start() if before is not None else begin), end


_CELL_RANGE_SEP = r"[ \t]*(?:-|–|—|&ndash;|&mdash;|&#8211;|&#8212;|to)[ \t]*"
_CELL_RANGE_AFTER = regex(rf"{_CELL_RANGE_SEP}(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
_CELL_RANGE_BEFORE = regex(rf"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d{_CELL_RANGE_SEP}$")
# How far back a table's header is looked for from one of its cells.
TABLE_REACH = 2000
# A cell's time may sit in inline markup: "<td><b>07:15</b></td>".
_HTML_CELL_BEFORE = regex(r"<t[dh]\b[^<>]{0,30}>\s*(?:<(?:time|span|b|strong|em)\b[^<>]{0,40}>\s*){0,2}$", _I)
_HTML_CELL_AFTER = regex(r"\s*(?:</(?:time|span|b|strong|em)>\s*){0,2}</t[dh]>", _I)
_HTML_CELL = regex(r"<t[dh]\b", _I)
_HTML_ROW = regex(r"<tr\b.*?</tr>", _I | re.DOTALL)
_HTML_CELL_TEXT = regex(r"<t[dh]\b[^<>]{0,30}>(.*?)</t[dh]>", _I | re.DOTALL)
_TAG = regex(r"<[^<>]*>")
_PIPE_CELL_BEFORE = regex(r"\|[ \t]*$")
_PIPE_CELL_AFTER = regex(r"[ \t]*(?:\||\n|$)")
_CELL_CLOCK = regex(r"(?:[01]?\d|2[0-3]):[0-5]\d")
_CELL_CLOCKS = regex(rf"{_CELL_CLOCK.pattern}(?:{_CELL_RANGE_SEP}{_CELL_CLOCK.pattern})?")
_PIPE_RULE_LINE = regex(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|[-|: \t]*$", re.MULTILINE)


def _pipe_cell(text: str, pos: int) -> tuple[re.Match[str], list[str], int] | None:
    """The delimiter row, the header cells and the column of the Markdown table cell holding ``pos``, or None
    outside such a table."""
    line = text.rfind("\n", 0, pos) + 1
    pipe = pipe_table_rule(text, line, TABLE_REACH)
    if pipe is None:
        return None
    rule, header_end = pipe
    column = text.count("|", line, pos) - (text[line:pos].lstrip().startswith("|"))
    header = text[text.rfind("\n", 0, header_end) + 1:header_end].strip().strip("|").split("|")
    return rule, header, column


def footage_header_table(text: str, pos: int) -> bool:
    """The Markdown or HTML (or MediaWiki) table holding ``pos`` has a header row naming footage: "| Detail | Viral
    clip | 2018 original |" over "| Ending | Cuts while bus still moving | Bus stops at 1:48 |" (round 99) compares
    what versions of a video show, no timetable."""
    before = text[max(0, text.rfind("\n", 0, pos) + 1):pos]
    if "|" in before:
        cell = _pipe_cell(text, pos)
        header = cell[1] if cell is not None else None
    elif "<t" in before:
        found = cell_column_headers(text, pos)
        header = found[1] if found is not None else None
    else:
        return False
    return header is not None and footage_word(_TAG.sub(" ", " | ".join(header)))


def world_clock_column(c: _Clock) -> bool:
    """A time in a table column headed by a clock of the world ("Camera clock", "CCTV time", "Local time",
    "Time (UTC)"): beside a "Position in upload" column, that one places the footage, this one the day."""
    header = _column_header(c.text, c.bare, c.before)
    return header is not None and _WORLD_CLOCK_HEADER.fullmatch(header) is not None


def time_row(c: _Clock) -> bool:
    """A clock in a pipe table's row labelled as the time of the thing checked, the table naming no footage: "| Check |
    Result |\n|---|---|\n| Time | Consistent with 23:10–23:25 |" (a verification's findings, beside its Date and
    Location rows)."""
    if "|" not in c.before:
        return False
    line = c.text.rfind("\n", 0, c.bare) + 1
    label = _ROW_LABEL.match(c.text, line, c.bare)
    if label is None or _pipe_cell(c.text, c.bare) is None:
        return False
    rule = pipe_table_rule(c.text, line, TABLE_REACH)
    top = c.text.rfind("\n", 0, rule[1]) + 1 if rule is not None else line
    return not footage_word(c.text, top, c.end)


# A row's label cell naming the time of day something happened: "| Time |", "| Time of day |", "| Time filmed |".
_ROW_LABEL = regex(
    r"[ \t]*\|[ \t]*(?:\*\*)?(?:time(?:\s+of\s+day|\s+filmed|\s+recorded|\s+taken|\s+\((?:local|utc|gmt)\))?"
    r"|local\s+time|filmed\s+at|time\s+window)(?:\*\*)?[ \t]*\|[^|\n]*$", _I)


def frame_column(text: str, pos: int) -> bool:
    """The Markdown, HTML or MediaWiki table cell at ``pos`` is in a column headed as a frame number ("Frame",
    "Frames", "Frame no.", "Frame # (30 fps)"): its bare numbers count frames (round 129: "| Source | Event | Frame |
    Position |" over "| BWC-1 | door breached | 4,410 | 2:27 |"), not a "Frame count" or "Frames dropped"."""
    reach = max(0, pos - NEAR_CHARS * 4)
    header = _column_header(text, pos, text[max(reach, text.rfind("\n", reach, pos) + 1):pos])
    return header is not None and _FRAME_HEADER.fullmatch(header) is not None


_FRAME_HEADER = regex(r"(?:frames?|frame\s*(?:no\.?|number|#|index|idx)|#\s*frame)(?:\s*\([^()]{0,24}\))?", _I)


def footage_position_column(text: str, pos: int) -> bool:
    """A time at ``pos`` in a table column headed as a place in the footage ("Position in upload", "Video time",
    "Timestamp"): a position, whatever the row's other cells tell ("Aerial platform deployed | ~23:40 | 21:29:04")."""
    reach = max(0, pos - NEAR_CHARS * 4)
    before = text[max(reach, text.rfind("\n", reach, pos) + 1):pos]
    header = _column_header(text, pos, before)
    return header is not None and (_POSITION_HEADER.fullmatch(header) is not None
                                   or (_LISTING_TIME_HEADER.fullmatch(header) is not None
                                       and _clip_listing(text, pos, before)))


def _clip_listing(text: str, pos: int, before: str) -> bool:
    """The Markdown table holding ``pos`` lists clips of a recording, a column headed "Clip" (or "Moment", "Scene",
    "Shot"): its "Time" is each clip's place in the recording (round 189: "| Clip | Time | Note |" over "| Goal
    conceded | `17:45`–`18:10` | Full-back caught ball-watching |", a club's video review), or its parts ("Part",
    "Chapter", "Segment") from its first frame: its "Starts" is where each part starts."""
    cell = _pipe_cell(text, pos) if "|" in before else None
    if cell is None:
        return False
    headers = [_TAG.sub("", h).strip(" \t*_") for h in cell[1]]
    if any(_CLIP_HEADER.fullmatch(h) for h in headers):
        return True
    # (a recording's parts list their starts from its first frame: "| Cold open | 0:00 |"; a day's parts do not,
    # "| Saturday | Gates open | 17:30 |")
    return any(_PART_HEADER.fullmatch(h) for h in headers) \
        and _ZERO_PIPE_CELL.search(text, max(0, pos - NEAR_CHARS * 12), pos) is not None


_CLIP_HEADER = regex(r"(?:clip|moment|scene|shot)s?", _I)
# A recording's parts, each with its start from zero: "| Part | Starts | Notes |" over "| Cold open | 0:00 |" and "| The
# mistake I left in | 17:25 |", an episode guide whose titles may tell the maker's own past (round 52).
_PART_HEADER = regex(r"(?:part|chapter|segment)s?", _I)
# The column of each listed clip's or part's time: "Time", "Starts", "Start time".
_LISTING_TIME_HEADER = regex(r"time|starts?|start\s+time|begins?", _I)


def _column_header(text: str, pos: int, before: str) -> str | None:
    """The header of the Markdown or HTML (or MediaWiki) table column whose cell holds ``pos``, bare of tags and
    emphasis, or None outside a table (``before``: the words before it, where a cell must open)."""
    if "|" not in before and "<t" not in before:
        return None  # (cheap: no cell opens before it)
    header: str | None
    if "|" in before:
        cell = _pipe_cell(text, pos)
        header = cell[1][cell[2]] if cell is not None and 0 <= cell[2] < len(cell[1]) else None
    else:
        header = cell_column_header(text, pos)
    return None if header is None else _TAG.sub("", header).strip(" \t*_")


# A header naming a place in the footage: "Position in upload", "Time in video", "Video time", "Timestamp", "TC";
# where a clip starts in the recording it was cut from, the place named in brackets or not: "Starts at (in source)",
# "In point (source)", "Start in original", "Begins at (in the stream)" (round 110: not the clip's "Length" beside it).
# A word picking out the best or the key moment of a work: "Best", "Funniest", "Key", "Most-watched".
_BEST_WORD = (r"(?:best|key|top|big|biggest|standout|stand-out|fav(?:ou)?rite|fave|funniest|scariest|wildest|craziest|"
              r"cutest|saddest|greatest|finest|loudest|money|killer|signature|iconic|peak|most[\s-][\w'’-]+)")
_SOURCE = r"(?:upload|video|clip|stream|livestream|footage|recording|vod|file|broadcast|film|source|original|master)"
_POSITION_HEADER = regex(
    r"(?:position|time|timestamp|time\s?code|offset)\s+(?:in|into|on)\s+(?:the\s+)?(?:[\w'’-]+\s+)?"
    rf"{_SOURCE}"
    r"|(?:starts?|begins?|start\s+time|in[\s-]point|cut\s+from|taken\s+from|from)(?:\s+at)?\s*"
    rf"(?:\(\s*(?:(?:in|into|of|on)\s+)?(?:the\s+)?{_SOURCE}\s*\)|(?:in|into|of|on)\s+(?:the\s+)?{_SOURCE})"
    r"|(?:video|clip|upload|stream|footage|vod|player|media|tape)\s+(?:time|position|timestamp|time\s?code)"
    r"|position|timestamps?|time\s?code|(?-i:TC)"
    # the footage itself, named alone over a column of times beside what each row does (round 137: "| Step | What
    # you do | Video | Kit cost |" over "| 7 | Seal | 16:02 | £9.75 sealer |")
    r"|(?:in\s+(?:the\s+)?)?(?:video|clip|footage|vod|replay)"
    # where the best or key bit of each work is (round 118: "| Trailer | Length | Best shot at | Release |" over "| 2:31
    # | 1:48 | 3 Oct |"): "Funniest bit at", "Best angle at", "Key moment", "Watch from" (not "Shot at", "Time shot":
    # when it was filmed)
    rf"|{_BEST_WORD}\s+(?:[\w'’-]+\s+)?(?:shot|moment|bit|part|scene|angle|frame|beat|laugh|line|drop|reveal|"
    r"highlight|play)s?(?:\s+(?:at|from|starts?(?:\s+at)?|comes?(?:\s+at)?|is\s+at))?"
    r"|(?:watch|listen|skip|jump)\s+(?:from|at|to)",
    _I,
)


# A header naming a clock in the world, not the footage's ("Video clock", "Player time" are positions); a timer's
# too, said "on" it (round 114: "| On the app clock |" over "| 00:00–04:00 |", an interval app's readings).
_WORLD_CLOCK_HEADER = regex(
    r"(?!(?:(?:on|by)\s+)?(?:(?:the|my|your)\s+)?(?:video|player|footage|upload|file|clip|media|recording|stream|vod|"
    r"tape)\b)(?:(?:on|by)\s+(?:the\s+|my\s+|your\s+)?)?"
    r"(?:[\w'’-]+\s+){0,2}(?:clock|timer|stopwatch)(?:\s+(?:time|reading))?(?:\s*\([^()]{0,20}\))?"
    r"|(?:camera|cctv|dash-?cam|body-?cam|doorbell|device|local|real|real-world|wall|world|actual|clock)\s+time"
    r"(?:\s*\([^()]{0,20}\))?|time\s+of\s+day|(?:time|timestamp)\s*\((?:utc|gmt|z|zulu|local|local\s+time|bst|cet|cest|"
    r"[ecmp][sd]t|ist|aest|aedt|jst)\)|utc|gmt",
    _I,
)


def pipe_table_rule(text: str, line: int, reach: int) -> tuple[re.Match[str], int] | None:
    """The delimiter row (``|---|:--:|``) of the Markdown table holding the row that starts at ``line``, with the
    end of its header line: None when none stands within ``reach`` characters above or a blank line parts them."""
    rule = _PIPE_RULE_LINE.search(text, max(0, line - reach), line)
    header_end = text.rfind("\n", 0, rule.start()) if rule else -1
    if rule is None or header_end < 0 or text.find("\n\n", rule.end(), line) >= 0:
        return None
    return rule, header_end


def cell_column_header(text: str, pos: int) -> str | None:
    """The header of the column whose cell holds ``pos`` in an HTML or MediaWiki table ("<th>Duration</th>",
    "! No. !! Runtime" over "| 1 || 47:12"), tags and cell attributes stripped: None outside such a table, in
    its header row, or past its header's cells."""
    found = cell_column_headers(text, pos)
    return None if found is None else found[0]


def cell_column_headers(text: str, pos: int) -> tuple[str, list[str]] | None:
    """:func:`cell_column_header`'s header of the cell's column and every header of its table (tags left in)."""
    table = text.rfind("<table", max(0, pos - TABLE_REACH), pos)
    if table >= 0 and text.find("</table", table, pos) < 0:
        row = text.rfind("<tr", table, pos)
        header_row = _html_header_row(text, table, row)
        if row < 0 or header_row is None:
            return None
        header = [_TAG.sub("", cell) for cell in _HTML_CELL_TEXT.findall(header_row.group(0))]
        column = len(_HTML_CELL.findall(text, row, pos)) - 1
    else:
        table = text.rfind("{|", max(0, pos - TABLE_REACH), pos)
        row = text.rfind("\n|-", table, pos)
        first = _WIKI_HEADER_LINE.search(text, table, row) if table >= 0 <= row else None
        if first is None or text.find("\n|}", table, pos) >= 0:
            return None
        header_end = text.find("\n|-", first.start(), row + 3)
        header = [_WIKI_CELL_ATTRIBUTES.sub("", cell) for line in text[first.start():header_end].split("\n")
                  if line.startswith("!") for cell in line[1:].replace("||", "!!").split("!!")]
        cells = text[text.find("\n", row + 1) + 1:pos]
        column = sum(1 + line.count("||") + line.count("!!") for line in cells.split("\n")
                     if line.startswith(("|", "!"))) - 1
    if not 0 <= column < len(header):
        return None
    return _TAG.sub("", header[column]).replace("&nbsp;", " ").strip(), header


def _html_header_row(text: str, table: int, row: int) -> re.Match[str] | None:
    """The header row of the HTML table opened at ``table``, above the row at ``row``: its first row, unless that is
    a title spanning the table ('<tr><th colspan="3">Southland Community TV</th></tr>'), then the next; a header row
    holds a <th> or only bold cells ("<td><b>Length</b></td>", round 197)."""
    for found in _HTML_ROW.finditer(text, table, max(table, row)):
        cells = _HTML_CELL_TEXT.findall(found.group(0))
        if len(cells) == 1 and _SPANNING_CELL.search(found.group(0)):
            continue
        header = _HTML_HEADER_CELL.search(found.group(0)) is not None \
            or (bool(cells) and all(_BOLD_CELL.fullmatch(cell.strip()) for cell in cells))
        return found if header else None
    return None


_SPANNING_CELL = regex(r"<t[dh]\b[^<>]*\bcolspan\b", re.IGNORECASE)
_BOLD_CELL = regex(r"<(b|strong)>[^<>]*</\1>", re.IGNORECASE)


_PROGRAMME_HEADER = regex(
    r"(?:programmes?|programs?|shows?|channels?|stations?|broadcasts?|artists?|acts?|bands?|performers?|speakers?|"
    r"talks?|sessions?|fixtures?)", _I)
_HTML_HEADER_CELL = regex(r"<th\b", _I)
# A MediaWiki table's header line ("! No. !! Title"), and a cell's attributes before its text ('style="x" | 47:12').
_WIKI_HEADER_LINE = regex(r"^!", re.MULTILINE)
_WIKI_CELL_ATTRIBUTES = regex(r"^[^|]*\|(?!\|)")
# (the time maybe a Markdown link's text: "| [0:42](https://youtu.be/aa9Kq1?t=42) |", round 71)
_ZERO_PIPE_CELL = regex(r"\|[ \t]*\[?0?0:[0-5]\d(?![\d:])")
# A column header naming when something leaves, arrives, opens or starts in the world ("Dep.", "Arr.",
# "Departs", "Doors"), or only a time ("Time", "Start", "End"), which a name opening each row makes a schedule's.
_TIME_HEADER = regex(
    r"(?P<world>dep(?:t|s)?\.?|departs?|departures?|departing|arr\.?|arrives?|arrivals?|arriving|leaves?|"
    r"opens?|closes?|doors|kick-?off|start\s+times?|set\s+times?|stage\s+times?|tee\s+times?)"
    # (a performer's "Set" or a "Slot" beside the act: "<th>Act</th><th>Set</th> ... <td>7:30&#8211;8:05</td>", round
    # 127)
    r"|(?:(?:local\s+)?times?|when|starts?|start|ends?|end\s+times?|finish(?:es)?|sets?|slots?|time\s?slots?)",
    _I,
)


def _clock_grid_row(c: _Clock) -> bool:
    """A clock in a row of clocks set in columns, as a timetable's: "Pier 1\t07:10\t09:10\t11:10" (three
    or more side by side, or two with a row of the same shape next to it). A grid holding a time under an
    hour ("0:45", "00:12") or naming footage logs footage, and is left to the other rules."""
    text = c.text
    if not (_GRID_NEIGHBOUR_AFTER.match(text, c.end) or _GRID_NEIGHBOUR_BEFORE.search(
            text, max(0, c.begin - _GRID_GAP_CHARS), c.begin)):
        return False  # cheap: no clock right beside it
    line = text.rfind("\n", 0, c.begin) + 1
    width = _grid_width(text, line)
    if width < 2:
        return False
    above = _grid_width(text, text.rfind("\n", 0, line - 1) + 1) if line > 0 else 0
    stop = text.find("\n", c.end)
    below = _grid_width(text, stop + 1) if stop >= 0 else 0
    if above < 0 or below < 0:
        return False  # the row next to it logs footage
    return width >= 3 or above >= 2 or below >= 2


def _grid_width(text: str, line: int) -> int:
    """The most clocks side by side (spaces or tabs between) on the line starting at ``line``; -1 when
    the line holds a time under an hour or names footage (a footage log), 0 for no such run."""
    stop = text.find("\n", line, line + _GRID_LINE_CHARS)
    stop = min(len(text), line + _GRID_LINE_CHARS) if stop < 0 else stop
    runs = [m.group(0) for m in _GRID_RUN.finditer(text, line, stop)]
    if not runs:
        return 0
    if _ZERO_HOUR_CLOCK.search(text, line, stop) or footage_word(text, line, stop):
        return -1
    return max(len(_GRID_CLOCK.findall(run)) for run in runs)


_GRID_GAP_CHARS = 12
_GRID_LINE_CHARS = 200
_GRID_CLOCK = regex(r"(?<![\d:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|[.,]\d)")
_GRID_RUN = regex(rf"{_GRID_CLOCK.pattern}(?:[ \t\u00a0\u202f]+{_GRID_CLOCK.pattern})+")
_GRID_NEIGHBOUR_AFTER = regex(r"[ \t\u00a0\u202f]+\d{1,2}:[0-5]\d")
_GRID_NEIGHBOUR_BEFORE = regex(r"\d:[0-5]\d[ \t\u00a0\u202f]+$")


def _footage_log_table(c: _Clock) -> bool:
    """The table holding the cell logs footage: a cell in it so far holds a time under an hour written
    "0:12" or "00:12" ("<td>Arrival</td><td>0:12</td> ... <td>Departure</td><td>3:05</td>")."""
    table = c.text.rfind("<table", max(0, c.begin - CONTEXT_CHARS), c.begin)
    return table >= 0 and _ZERO_CELL.search(c.text, table, c.end) is not None


_OPENS_CELL = regex(r"\s*<(?:td|th|dd)\b[^<>]{0,30}>\s*", _I)
# (or an HTML link's: '<td><a href="https://youtu.be/x?t=42">0:42</a></td>')
_ZERO_CELL = regex(r"<td\b[^<>]{0,30}>\s*(?:<a\b[^<>]{0,200}>\s*)?0?0:[0-5]\d(?![\d:])", _I)

_SCHEDULE_LABEL_BEFORE = regex(
    r"(?:^|[\s(>|*_])(?:kick-?off|tip-?off|doors(?:\s+open)?|gates(?:\s+open)?|curtain|first\s+pitch|first\s+ball|start\s+time|departures?|"
    # a round's or a game's start by the clock: "Tee time 9:42" (round 118), "Tee-off 08:10", "Puck drop 19:08",
    # "Bully-off 14:30", "Post time 4:15", "First bounce 7:25"
    r"tee[\s-]?(?:times?|off)|puck\s+drop|bully-?off|post\s+time|first\s+bounce|"
    # a bike race's start: "Tomorrow's stage 188 km, rollout 11:15." (round 135), "Neutral start: 10:40"
    r"roll-?out|neutral\s+start|"
    r"arrivals?|check-?in|check-?out|boarding|sailings?|services?|registration|lights\s+out|(?:high|low)\s+(?:tide|water)|"
    # a crew's or a venue's day: "Call time for crew: 06:30", "Wrap by 14:00", "lunch 12:15-12:45"
    r"call\s+time(?:\s+for\s+[\w-]+)?|wrap|lunch|load-?in|load-?out|soundcheck|curfew|"
    # a day's play by the clock: "Stumps: 17:30", "Close of play 18:05", "Tea: 15:40", "Start of play 10:30" (round 77)
    r"stumps|close\s+of\s+play|tea|drinks|(?:start|resumption|end)\s+of\s+play|innings\s+break|"
    # meals and opening hours: "Breakfast 7:00–10:30", "opening hours of 07:00 to 23:00"
    r"breakfast|brunch|dinner|supper|visiting|(?:opening|open|visiting|office)\s+(?:hours|times)(?:\s+(?:of|are|were))?|"
    # a service's first or last run, a start order, a planned finish: "The last bus is 23:40", "last off at 16:45"
    r"(?:first|last|next)\s+(?:bus|train|tram|ferry|boat|flight|service|sailing|departure|shuttle|metro|entry|"
    # ... maybe from or to its stop: "Last bus from University 23:12"
    r"admission|orders|tour|screening|showing|sitting|session|mass|performance|lesson|class)"
    r"(?:\s+(?:out|back|home|in))?(?:\s+(?:from|to|for)\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?)?"
    r"|(?:first|last|next)\s+(?:[\w'’-]+\s+)?(?:off|away)|(?:expected|estimated|scheduled|planned|projected)\s+"
    r"(?:finish|arrival|start|departure|landing|end|close))\s*:?\s*"
    # a label and its time in neighbouring cells: "<td>Kick-off</td><td>19:45</td>"
    # or a Markdown cell's "| Doors | 19:30", or emphasis: "**Last train to St. Ives** 21:40"
    r"(?:(?:</?(?:td|th|tr|dt|dd|span|b|strong)\b[^<>]{0,30}>|\||[*_]{1,2})\s*)*"
    # "Boarding closes at 06:20", "gates opening at 13:30", "Tee times ran from 7:10 to 10:40" (round 121)
    r"(?:(?:opens?|closes?|opening|closing|starts?|begins?|ends?|ran|runs?)\s+)?(?:is\s+|was\s+)?(?:at\s+|by\s+|from\s+)?"
    r"(?:(?:around|about|approximately|roughly|circa)\s+)?$",
    _I,
)
