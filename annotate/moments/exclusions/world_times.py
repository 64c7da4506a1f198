"""Times the words around tie to the world: a weekday or a date before, "posted at", a dateline, a
clock said aloud as the time now, a deadline, a showing: times of day, not footage positions."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.exclusions.citations import _AT_OR_FROM_BEFORE
from annotate.moments.exclusions.context import (
    _CLAUSE_EDGE,
    _HOUR_MINUTE,
    _I,
    _IN_MEDIA_AFTER,
    _INTO_AFTER,
    CONTEXT_CHARS,
    NEAR_CHARS,
    NOT_ED_NOUN,
    _clause_start,
    _Clock,
    _may_attribute,
    _paragraph_start,
    footage_word,
)
from annotate.moments.exclusions.live import _LINEUP_CLOCK, _labelled_line_stamp, _live_post_stamp
from annotate.moments.exclusions.positions import _THE_BEFORE, _ZERO_MINUTES
from annotate.moments.exclusions.schedules import (
    _IN_MEDIA_ANYWHERE,
    _SCHEDULED_AFTER,
    _SERVICE_TO_AFTER,
    MORE_CLOCKS_AFTER,
    _lineup_item,
    _list_heading,
    _met_or_set_off,
    _named_service,
    _next_schedule_item,
    _rota_chain,
    _schedule_list_item,
    _schedule_listed,
    _service_clock,
    _service_every,
    _showing_or_local_clock,
    _stops_listed,
    _timetable_item,
    _travel_abbreviation,
    planned_day_lines,
    room_slot,
)
from annotate.moments.exclusions.sport import _RANGE_OPENER_FROM
from annotate.moments.exclusions.stamps import (
    _LINE_OPENING,
    CHAT_CLOCK,
    _chat_stamp,
    _declared_clock_stamp,
    _outpaced_turn_stamp,
    _record_line_stamp,
    _signed_stamp,
    paired_line_stamp,
)
from annotate.moments.exclusions.tables import (
    _SCHEDULE_LABEL_BEFORE,
    _clock_grid_row,
    _labelled_cell,
    _schedule_table_cell,
    _timetable_column,
    time_row,
    world_clock_column,
)
from annotate.moments.patterns import HEDGE, MEDIA_NOUN, MEDIA_WORD, MONTH, SHOWN_WEEKDAY, WEEKDAY, any_stem

# Just before: "on Monday at 10:45", "Sunday 29th, 16:00", "Nov. 13 at 10:45", "2017-11-13 15:30", "that morning at".
_TOD_BEFORE = regex(
    rf"(?:\b{WEEKDAY}(?:\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th))?\b|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:,?\s+\d{{4}})?|\b\d{{4}}-\d\d-\d\d[T\s]?|"
    rf"\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}},?|\b\d{{4}}/\d\d/\d\d|"
    # a day and month with no year after "on": "checked against the original upload on 22/10 at 16:40" (round 94)
    rf"(?<=\bon\s)\d{{1,2}}/\d{{1,2}}(?![/\d]),?|\b(?:true|actual|real|correct|local)\s+time\s+(?:was|is)|"
    # (or its lunchtime: "Drop-in help is Thursday lunchtime, 12:40–13:20" (round 99))
    # (or the day after: "Deliberations start tomorrow at 8:30" (round 138))
    # (Australian and New Zealand "arvo", the afternoon: "Happened this arvo around 4:15" (round 194))
    rf"\b(?:morning|afternoon|arvo|evening|night|today|yesterday|tonight|tomorrow|"
    rf"dawn|noon|midnight|lunchtime|lunch\s+hour|teatime)|\bo['’]clock)\s*,?\s*"
    # a bracket after the date, maybe naming the channel first: "19 January 2025 (BBC One, 21:00)"
    # "a six-hour race on 28 June, starting at 11:00"
    rf"(?:\(\s*(?:[^()\n,.;:]{{1,30}},\s*)?)?(?:(?:at|around|about|by|from|until|till|starting|beginning|"
    rf"before|after|shortly\s+after|just\s+after|just\s+before|roughly|approximately)\s+)*(?:(?:{HEDGE})\s+)?$",
    _I,
)
# A day's name as a caption or a display shows it, right before the time: 'the caption "MARDI 04:30"', "SAMSTAG
# 22:10", "TUE 06:15".
_SHOWN_DAY_BEFORE = regex(rf"(?<![\w-]){SHOWN_WEEKDAY}\.?,?[^\S\n]+$", _I)
# A date as EXIF writes it, with colons, right before the time: "the DateTimeOriginal on the first reading 2024:07:02
# 09:14:07" (round 143), "CreateDate 2026:01:17 16:08:51" (a photo's capture time, as "2017-11-13 15:30" is a day's).
_EXIF_DATE_BEFORE = regex(r"(?<![\d:])(?:19|20)\d\d:[01]\d:[0-3]\d[ \tT]$")


# A day or its part, then where, then the clock set off by a comma: "So this was yesterday morning at the rank behind
# the Freedom Square side, about 07:20, when all the taxis are loading" (round 174), "on Friday night outside the
# stadium, around 22:40" (not a footage noun in the place: "this morning in the video, at 0:45").
_DAY_PLACE_BEFORE = regex(
    r"\b(?:(?:yesterday|this|last|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+"
    r"(?:morning|afternoon|evening|night)|yesterday|today|tonight)\s+(?:at|in|outside|near|behind|by|on)\s+"
    r"[^,.;:!?\n]{1,60}?,\s*(?:(?:at|around|about|roughly|approximately|just\s+after|just\s+before)\s+)?$", _I)
# How far before the clock the day may be named.
DAY_PLACE_CHARS = 110


def _day_place_then_clock(c: _Clock) -> bool:
    """The clock set off after a day (or its part) and a place: the time of day it happened (:data:`_DAY_PLACE_BEFORE`),
    the place no footage."""
    if not c.before.rstrip().endswith((",", "at", "around", "about", "roughly", "approximately", "after", "before")):
        return False
    m = _DAY_PLACE_BEFORE.search(c.before, max(0, len(c.before) - DAY_PLACE_CHARS))
    return m is not None and MEDIA_WORD.search(m.group(0)) is None


def _best_of_the_night(c: _Clock) -> bool:
    """A thing of a night's show named "of the night", then an hours-long position in the show: "Graham Norton's best
    line of the night at 1:05:20" (round 50), "the biggest laugh of the evening at 1:12:40"; the part of the day names
    the show, not the clock's hour (not "the last train of the night at 23:40", a clock of the day's shape)."""
    return _ONE_DIGIT_HMS.fullmatch(c.text, c.bare, c.end) is not None and c.ends(_OF_THE_DAY_PART_BEFORE)


_ONE_DIGIT_HMS = regex(r"\d:[0-5]\d:[0-5]\d")
# ("all night" after a superlative names the show as well: "Finland's staircase staging, still the best thing all
# night (at 1:12:40)" (round 71), its position in brackets after it; not "The bar was packed all night, at 1:15:00")
_OF_THE_DAY_PART_BEFORE = regex(
    r"(?:[\w'’]\s+of\s+the|\b(?:best|worst|(?!(?:lat|earli)est\b)[a-z]{3,}est|most\s+[a-z]+)\s+(?:[\w'’-]+\s+){0,2}?all)"
    r"\s+(?:morning|afternoon|evening|night|day)\s*[,(]?\s*(?:at\s+)?$", _I)


def _dated_entry(c: _Clock) -> bool:
    """A clock of the day's shape (its hour in two digits) on a log's line that a date opens, in no recording said on
    that line: "- 19 Apr: First egg, 18:05.", "3 Jun — camera offline 06:00–14:30" (a diary's or a season
    timeline's entries tell when things happened that day; "31 May: in the highlight reel it's at 2:03" places the
    hatch in footage). Footage said to be missing ("no footage") names none."""
    line = c.text.rfind("\n", 0, c.begin) + 1
    if c.begin - line > DATED_ENTRY_CHARS or not _DATED_ENTRY.match(c.text, line) \
            or not _DAY_SHAPED.fullmatch(c.text, c.bare, c.end) \
            or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after):
        return False
    stop = c.text.find("\n", c.end)
    stop = len(c.text) if stop < 0 else stop
    start = max((m.end() for m in _NO_FOOTAGE.finditer(c.text, line, stop)), default=line)
    return not footage_word(c.text, start, stop)


# How far into its dated line a clock may stand.
DATED_ENTRY_CHARS = 160
# A date opening a line, maybe after a list mark or emphasis, then a colon or a dash: "- 19 Apr:", "**3 June** —",
# "Tue 14 May:", "May 3rd –", "2026-04-19:".
_DATED_ENTRY = regex(
    rf"[ \t]*(?:[-*•][ \t]+)?(?:[*_]{{1,2}})?(?:{WEEKDAY}\.?,?[ \t]+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH}\.?|{MONTH}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}}-\d\d-\d\d)"
    r"(?:,?[ \t]+\d{4})?(?:[*_]{1,2})?[ \t]*[:–—-][ \t]")
# A clock of the day with two hour digits (not 00, as footage is written), or a range of two such clocks.
_DAY_SHAPED = regex(
    r"(?:0[1-9]|1\d|2[0-3]):[0-5]\d(?:[ \t]*(?:[–—-]|to)[ \t]*(?:[01]\d|2[0-3]):[0-5]\d)?")
_NO_FOOTAGE = regex(r"\b(?:no|without)\s+(?:footage|video|recording|stream|feed|clip)\b", _I)


def _sun_day_clock(c: _Clock) -> bool:
    """A clock told right after a part of the sun's day, in a sentence naming no footage: "going up for sunrise
    (5:38 am, civil twilight 5:06)", "Twilight ends at 17:05 here" (a photographer's plan; "the timelapse reaches
    sunrise at 0:52 in the video" names footage; a chapter "2:15 Night shots (17:40, golden hour)" keeps its 2:15)."""
    return _SUN_DAY_BEFORE.search(c.text, max(0, c.bare - SUN_DAY_CHARS), c.bare) is not None \
        and not footage_word(c.text, c.b, c.e) and _TIMELAPSE.search(c.text, c.b, c.e) is None


# How far before the clock its part of the sun's day is named (no digit nor sentence stop between; and no line
# break: "\Z", not "$", which also matches before one, so "17:30 Mt. Tapyas sunset\n21:10 budget recap" read the
# chapter above's sunset as the next chapter's hour (round 96)).
SUN_DAY_CHARS = 40
_SUN_DAY_BEFORE = regex(
    r"\b(?:sun(?:rise|set)s?|(?:civil|nautical|astronomical)\s+(?:twilight|dawn|dusk)|twilight|golden\s+hour|"
    r"blue\s+hour|first\s+light|last\s+light|moon(?:rise|set)s?|"
    # a time read off the sun by a chronolocation (round 123): "SunCalc gives ~15:20", "the sun's azimuth puts it at
    # 09:40", "so early morning, maybe 7:30–8:00 in winter" (not the shadows': "Shadow length at 00:55 suggests"
    # places a frame)
    r"sun\s?calc|sun(?:['’]s)?\s+(?:azimuth|angle|elevation|altitude|position)|"
    r"(?:early|late|mid)[\s-]*(?:morning|afternoon|evening))\b[^\d\n.;!?)<>|]{0,25}\Z", _I)
_TIMELAPSE = regex(r"time[\s-]?lapse", _I)  # "Golden hour starts around 2:10 in the timelapse": its footage
_TOD_STEMS = any_stem((
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
    "oct", "nov", "dec", "-", "/", "time", "morning", "noon", "evening", "night", "today", "yesterday", "dawn",
    "clock", "lunch", "tomorrow", "arvo"))

# Publishing and filming times: "the video was uploaded at 21:04", "filmed at 14:32".
_PUBLISH_BEFORE = regex(
    r"\b(?:(?:uploaded|posted|published|released|shared|filmed|recorded|deleted|removed|edited|took\s+down|"
    r"tweeted|sent)\s+(?:it|them|(?:the|a|an|his|her|their|its|this|that)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:video|clip|footage|post|tweet|message|recording|photo|picture|image|story|livestream|statement))|"
    # a post's own words changed, no determiner needed: "posted 18:31 AEST, edited caption at 18:44" (round 129; not
    # the adjective: "the added caption at 12:40 names the town")
    r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(?<!\bthis\s)"
    r"(?:edited|updated|changed|deleted|removed|amended|added|rewrote|rewritten|pinned)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:caption|captions|title|description|thumbnail|hashtags?|bio)|"
    # (not a present passive narrating the footage: "the puck is released at 2:12" (round 94))
    r"uploaded|posted|published|(?<!\bis\s)(?<!\bare\s)released|shared|filmed|recorded|(?:was|were|been)\s+shot|"
    r"broadcast|(?<!\bis\s)(?<!\bare\s)distributed|"
    r"streamed|sent|tweeted|captured|(?<!\bis\s)(?<!\bare\s)taken|received|sent\s+out|went\s+live|go\s+live|goes\s+live|"
    # when it began to spread: "the clip that started circulating at around 07:40"
    r"(?:(?:started|began|start|begin|starts|begins)\s+)?(?:circulating|doing\s+the\s+rounds)|circulated|"
    r"(?:airs|aired|broadcasts|streams|premieres|premiered)(?:\s+\w+){0,2}|"
    # when the making began: "the recording actually started at 07:53", "filming began at 14:10"; or a stream came on
    # air: "Service started 9am sharp but the stream came on around 9:40" (round 165), "the webcast only came online at"
    # (an aside between commas after the noun: "The stream, 2 hours 40 minutes long, began at 10:00" (round 186))
    r"(?:recording|filming|broadcast|livestream|stream|webcast)(?:\s*,[^,.;:!?()\n]{1,50},)?\s+(?:(?:actually|only|first|really|finally)\s+)?"
    r"(?:started|began|came\s+on(?:line|\s+air)?|went\s+on\s+air)|"
    # a note put on the post: "a community note added at 14:02", "the correction was appended at 09:10"
    r"(?:note|correction|update|label|warning|fact-?check|context)\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?"
    r"(?:added|attached|appended|pinned|issued)|"
    r"(?:views|viewed|shares|retweets|likes|viral|trending)\b[^.;]{0,30}?(?=\s+by\s+$))\s+"
    # (where it went: "uploaded to X at 21:52", "posted on Facebook at", "shared onto TikTok around")
    r"(?:live\s+|online\s+)?(?:(?:at|in|on|to|onto)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+)?"
    # (or who it went to: "distributed to clients at 21:30", "released to the media at", "shared with reporters
    # around" (round 61))
    r"(?:(?:to|with)\s+(?:(?:the|its|their|our|his|her|all|news|local|other)\s+)?(?:clients|subscribers|media|"
    r"press|reporters|journalists|newsrooms|broadcasters|outlets|agencies|partners|police|investigators|public|"
    r"members|followers|customers)\s+)?"
    r"(?:(?:at|around|about|by|shortly\s+after|just\s+after|just\s+before|before|after|until|till)\s+)+$",
    _I,
)
# Posted, then the day's clock with no "at" (round 123): "Posted to Reddit 08:31, r/ireland", "uploaded 19:52, 4k
# views" (two-digit hours, as a post's clock is written; "posted 2:10 of footage" is no clock).
_PUBLISHED_BARE_BEFORE = regex(
    r"\b(?:uploaded|posted|published|reposted|tweeted|shared)\s+(?:(?:to|on|onto)\s+(?-i:[A-Z])[\w'’/-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+)?$", _I)
_TWO_DIGIT_HOUR = regex(r"(?:[01]\d|2[0-3]):[0-5]\d(?![\d:])")
_PUBLISH_STEMS = any_stem((
    "upload", "post", "publish", "releas", "shar", "distribut", "film", "record", "delet", "remov", "edit", "took",
    "tweet",
    "sent", "shot", "broadcast", "stream", "captur", "taken", "receiv", "live", "air", "premiere", "view", "like",
    "viral", "trending", "added", "attached", "appended", "pinned", "issued", "circulat", "rounds",
    # (a post's caption or title changed: "updated the caption at 18:44", "amended title at" (round 129))
    "updat", "chang", "amend", "rewr",
    # (a webcast come on air: "the webcast only came online at 6:25" (round 165))
    "webcast"))

# A journey from a named place, then how long it takes or when it gets in: "First one's at 06:20 from T5, takes about
# 50 mins", "leaves at 7:05 from Heuston and arrives in Galway by 9:40".
_JOURNEY_FROM_AFTER = regex(
    r"\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*,?\s+(?:and\s+)?(?:it\s+)?"
    r"(?:takes|taking|took|arrives?|arriving|arrived|gets\s+in|getting\s+in|reaches|reaching|gets\s+you)\b", _I)
# Who reports a world event: "police said", "according to the report", "residents told".
_ATTRIBUTION = regex(
    r"\b(?:(?:police|officials?|authorities|witnesses|residents|prosecutors|investigators|officers|aides?|"
    r"sources?|spokes(?:person|man|woman)|neighbou?rs?|relatives|organi[sz]ers|witness|parents|teachers|"
    r"commuters|shoppers|locals|staff|"
    r"the\s+(?:ministry|department|army|military|agency|company|spokesperson|spokesman|spokeswoman|mayor|"
    r"governor|coroner|statement|report|complaint|indictment|affidavit|lawsuit|filing|timeline|network|"
    r"broadcaster|channel|station|club|council|company)"
    # a titled person: "Mr Greaves says", "Cllr Shah said"
    r"|(?-i:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Insp|Sgt|PC|Det|Supt)\.?\s+[A-Z][\w'’-]+))\s+"
    r"(?:said|say|says|told|reported|reports|stated|states|wrote|allege|alleged|alleges)|according\s+to)\b",
    _I,
)

# A service named by its clock and its kind: "The 8:05 school service is withdrawn", "the 6:40 airport bus".
_KIND_OF_SERVICE_AFTER = regex(
    r"\s+[a-z][\w'’-]*\s+(?:trains?|bus|coach|tram|ferry|sailing|crossing|flight|shuttle|sleeper|service|"
    r"departure|express|boat)\b(?![\w-])", _I)

# A station's slot named by its clock after "the": "Up next, the 8:30 traffic update with Kevo" (round 150), "the 7:45
# sports bulletin", "the 6:00 headlines" (not a chapter's title, "00:58 Headlines", with no "the").
_BROADCAST_SLOT_AFTER = regex(
    r"\s+(?:(?:traffic|weather|news|sports?|business|travel|market|shipping|farming|headline)\s+)?"
    r"(?:updates?|bulletins?|forecasts?|headlines|round-?ups?)\b(?![\w-])", _I)
# A crew's duty period named by its clock after "the" (round 30): "kept the 00:00-04:00 and 12:00-16:00 watches", "the
# 20:00–00:00 watch", "the 22:00-06:00 night shifts" (a clock or stretch coordinated before it shares the noun; no
# footage has a "watch": "the 2:30 watch-along" is none).
_DUTY_PERIOD_AFTER = regex(
    r"(?:\s+(?:and|or|&)\s+(?:the\s+)?\d{1,2}:[0-5]\d(?:[^\S\n]*[-–—][^\S\n]*\d{1,2}:[0-5]\d)?)?"
    r"\s+(?:(?:night|morning|forenoon|afternoon|evening|middle|dog|graveyard|anchor|bridge|day|late|early)\s+)?"
    r"(?:watch(?:es)?|shifts|duty|duties)\b(?![\w-])", _I)
# A stretch of the day named by its clocks, then "block" or "slot", both clocks on the quarter hour as a day's blocks
# are: "right after Stage 4 kicked in (16:00 to 18:30 block)" (round 190: load-shedding), "the 20:00-22:00 slot" (not a
# stretch of footage, its sentence naming it: "In the recording, the 12:00 to 14:30 block is the best bit").
_DAY_BLOCK = regex(r"(?:[01]?\d|2[0-3]):(?:00|15|30|45)[^\S\n]*(?:-|–|—|to|till|until)[^\S\n]*"
                   r"(?:[01]?\d|2[0-3]):(?:00|15|30|45)", _I)
_DAY_BLOCK_AFTER = regex(
    r"[^\S\n]+(?:(?:load-?shedding|outage|power|blackout)[^\S\n]+)?(?:block|slot)s?\b(?![\w-])", _I)


def _day_block(c: _Clock) -> bool:
    """A clock stretch on the quarter hours named a block or a slot of the day right after it."""
    head = c.after[:30].lower()
    return ("block" in head or "slot" in head) and not c.footage_context \
        and _DAY_BLOCK_AFTER.match(c.after) is not None and _DAY_BLOCK.fullmatch(c.text, c.bare, c.end) is not None \
        and not footage_word(c.text, c.b, c.e)


# A timetabled service named by its clock, then its state: "the 07:45 is running about 20 minutes late".
_SERVICE_STATE_AFTER = regex(
    r"\s+(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:now\s+)?(?:running\s+)?(?:(?:about|some|roughly|around|over|"
    r"nearly|up\s+to)\s+)?(?:[\w-]+\s+(?:minutes?|mins?|hours?)\s+)?(?:late|early|delayed|cancell?ed|on\s+time|diverted)\b",
    _I)
# A line-up's billing: "were billed as headliners from 20:45", "slotted in at 19:10".
_BILLED_BEFORE = regex(
    r"\b(?:billed|slotted|booked|programmed|timetabled)\b[^.;!?\d]{0,40}?\s(?:(?:at|from|for|between)\s+)?$", _I)

_BILLED_STEMS = any_stem(("billed", "slotted", "booked", "programmed", "timetabled"))
# A position under a minute earlier in the sentence, which no clock of the day reads: the sentence walks through
# footage, and what is "slotted in" after it is put in place there, no act billed ("the first section is lifted into
# place at 0:14, and the final panel is slotted in at 1:58", round 50).
_UNDER_A_MINUTE_BEFORE = regex(r"(?<![\d:.,])0:[0-5]\d(?![\d:]|[.,]\d)")
_RATIO_NEAR = regex(
    r"\b(?:vertical|portrait|landscape|widescreen|aspect|ratio|format|cropped|crop|letterbox\w*)\b", _I
)
_PAST_IN_CLAUSE = regex(
    rf"(?<![\w])(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?:{NOT_ED_NOUN}[a-z]{{3,}}ed|began|rose|struck|fell|came|went|took|broke|met|"
    # ("he's got 20 seconds on them by 15:05" has them now: a present, not the past)
    r"spoke|rang|ran|drew|gave|(?<!['’]s\s)(?<!['’]ve\s)(?<!\bhas\s)(?<!\bhave\s)got|held|sat|stood|woke|wrote|flew|"
    r"blew|sank|burst|fled|sent|saw|heard|told|found|made|said|observed|gathered)\b(?![\w-])",
)


# A start that runs on for hours: "coverage starts at 10:45 and runs for four hours" (a slot in the day; minutes
# into footage would not run for hours past it); or on to the day's close: "The livestream on the festival's channel
# starts at 14:00 and runs till close" (round 110), "goes on until late", "runs all day".
_RUNS_HOURS_AFTER = regex(
    r"\s*,?\s+and\s+(?:runs|lasts|goes\s+on|continues|carries\s+on)\s+(?:(?:for\s+)?(?:(?:about|around|roughly|nearly|some)\s+)?"
    r"(?:\d{1,2}|an?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:more\s+)?hours?\b"
    r"|(?:till|until|to|through)\s+(?:(?:the\s+)?close|closing(?:\s+time)?|late|midnight|lights[\s-]out|curfew|"
    r"the\s+(?:end\s+of\s+the\s+(?:day|night|evening)|last\s+(?:act|band|set|game|match))|the\s+(?:evening|night))\b"
    r"|all\s+(?:day|night|evening|afternoon)\b|into\s+the\s+(?:night|evening|small\s+hours)\b)", re.IGNORECASE)
QUARTER_HOUR_CLOCK = regex(r"(?:[01]?\d|2[0-3]):(?:00|15|30|45)")


def _slot_running_hours(c: _Clock) -> bool:
    """A clock on the quarter hour, then "and runs N hours" or "and runs till close": when a programme starts in
    the day."""
    return " and " in c.after[:6].lower() and _RUNS_HOURS_AFTER.match(c.after) is not None \
        and QUARTER_HOUR_CLOCK.fullmatch(c.text, c.bare, c.end) is not None


# The recording a clip was taken from, "the original" as a noun of its own: "taken from 23:51 to 24:10 of the
# original, which ..." (not "the original 14:10 sailing", an adjective before its noun); or the report it was cropped
# from, named or pointed back to: "The viral clip is a crop of that report, taken from 1:48 to 2:15 of it." (round
# 120), "taken between 12:10 and 12:41 of the original report".
_OF_ORIGINAL_AFTER = regex(
    r"^\s*(?:of|in)\s+(?:(?:the|its|that|this)\s+(?:(?:full|unedited|uncut|whole|complete|longer|original|news)\s+){0,2}"
    r"(?:original|report|bulletin|package|source)|it|them)"
    r"(?=\s*(?:[,.;:!?)\]\u2014\u2013]|$)|\s+(?:which|that|where|when|and|but|shows?|has|is|was|runs?)\b)", _I)


def _ends_past_the_day(c: _Clock) -> bool:
    """A clock range, or the clock opening one, whose end no day's clock reaches: "Spawning night, from 22:05 to
    24:40" (round 105) is a stretch of a documentary past its 24th minute, whatever "night" says before it (24:00
    itself is the day's midnight: "from 22:00 to 24:00"). A range's only: a lone "(36:14)" after a date is a
    source's length, which the day's rules set aside as well (round 53)."""
    return _PAST_THE_DAY_END.search(c.text, c.bare, c.end) is not None or _PAST_THE_DAY_END.match(c.after) is not None


_PAST_THE_DAY_CLOCK = r"(?<![\d:.,])(?:24:(?!00)[0-5]\d|2[5-9]:[0-5]\d|[3-9]\d:[0-5]\d)(?![\d:]|[.,]\d)"
# A range's end past the day: "22:05 to 24:40", "21:50–26:15".
_PAST_THE_DAY_END = regex(rf"[ \t]*(?:-|–|—|to|until|till|and)[ \t]*{_PAST_THE_DAY_CLOCK}", _I)


def _published_bare(c: _Clock) -> bool:
    """"Posted to Reddit 08:31": when a post went up, its clock told with no "at" (not "3:12 into the stream")."""
    return c.may_end(_PUBLISH_STEMS) and c.ends(_PUBLISHED_BARE_BEFORE, 60) \
        and _TWO_DIGIT_HOUR.match(c.text, c.bare) is not None \
        and not _IN_MEDIA_AFTER.match(c.after) and not _INTO_AFTER.match(c.after)


def _range_to_bare_hour(c: _Clock) -> bool:
    """A clock of the day's shape opening a stretch that ends on a bare, later hour (round 139): "I was, from about 6:45
    until 9", "between 7:30 and 8", "from 5:15 to 6 o'clock": hours of the day (not "from 6:45 to 9:10", "from 1:05
    until 9 seconds in", nor an hour no later than the clock's, "from 6:45 to 2")."""
    if not c.ends(_STRETCH_OPENER_BEFORE, 40) or _DAY_HOUR.match(c.text, c.bare) is None:
        return False
    m = _BARE_HOUR_END_AFTER.match(c.text, c.end)
    return m is not None and int(m.group("h")) > int(c.text[c.bare:c.text.index(":", c.bare)])


# "from about ", "between ": a stretch opened by its first clock.
_STRETCH_OPENER_BEFORE = regex(rf"\b(?:from|between)\s+(?:(?:{HEDGE})\s+)?$", _I)
# The stretch's end a bare hour, no unit after it: " until 9", " and 8", "–11am", " to 6 o'clock".
_BARE_HOUR_END_AFTER = regex(
    r"[ \t]*(?:until|till|til|to|and|[-–—])[ \t]*(?P<h>1[0-2]|[1-9])(?:[ \t]*(?:[ap]\.?m\.?|o['’]clock))?"
    r"(?![\d:\w]|[.,]\d|[ \t]*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|frames?|into|in)\b)", _I)


def _stated_world_time(c: _Clock) -> str | None:
    """Times the words around tie to the world: "on Monday at 10:45", "posted at 21:04", "the 6:30 train"."""
    if not _ends_past_the_day(c) and ((c.may_end(_TOD_STEMS) and _TOD_BEFORE.search(c.before)
                                        and not _best_of_the_night(c)) or (
            c.may_end(_PUBLISH_STEMS) and _PUBLISH_BEFORE.search(c.before)) or _published_bare(c) or (
            c.may_end(_DATELINE_STEMS) and c.ends(_DATELINE_BEFORE) and not _SPEAKER_SAID_AFTER.match(c.text, c.end)) \
            or c.ends(_SHOWN_DAY_BEFORE, 24) or c.ends(_EXIF_DATE_BEFORE, 12) or _day_place_then_clock(c) \
            or _sun_day_clock(c) or _slot_running_hours(c) or paired_line_stamp(c) or _dated_entry(c)
            or _range_to_bare_hour(c)):
        return "time of day"  # (and "14:31 Evidence begins (webcast 00:31:05)": the room's clock beside the footage's)
    if _chat_stamp(c) or _live_post_stamp(c) or _record_line_stamp(c) or _labelled_line_stamp(c) or _signed_stamp(c) \
            or _declared_clock_stamp(c) or _outpaced_turn_stamp(c):
        # "[22:03] <moss> skip to 12:40", "19:52 GOAL! ...\n19:47 Yellow card": the chat's or the blog's clock; a
        # record's stamps the text says are clock times
        return CHAT_CLOCK
    if _schedule_listed(c) or _schedule_label(c) \
            or _timetable_item(c) or _labelled_cell(c) or _schedule_list_item(c) or _timetable_column(c) \
            or _next_schedule_item(c) or _service_every(c) or _lineup_item(c) or _service_clock(c) \
            or _met_or_set_off(c) or _schedule_table_cell(c) or _clock_grid_row(c) or _correction_note(c) \
            or _deadline(c) or _back_after_break(c) or _sitting_adjourned(c) or _rota_chain(c) \
            or _travel_abbreviation(c) or _stops_listed(c) \
            or planned_day_lines(c) \
            or _broadcast_hours(c) or world_clock_column(c) or time_row(c) or room_slot(c) \
            or (c.after.startswith(" from ") and _JOURNEY_FROM_AFTER.match(c.after) is not None):
        return "time of day"  # "Our timeline: 21:03 ...", "Kick-off 16:30", "at 06:20 from T5, takes 50 mins"
    if (_RANGE_OPENER_FROM.match(c.text, c.begin) and c.may_end(_PUBLISH_STEMS) and c.ends(_MADE_RIGHT_BEFORE)
            and not _IN_MEDIA_AFTER.match(c.after) and not _OF_ORIGINAL_AFTER.match(c.after)
            and not c.ends(_SHOWN_NOW_BEFORE)) \
            or (c.may_end(_APPEAL_STEMS) and c.ends(_APPEAL_FOOTAGE_BEFORE, 90)):
        # "filmed between 15:20 and 15:40": when the footage was made (but "captured between 7:15 and 7:48 of the
        # compilation" is a stretch of it); an appeal for it
        return "time of day"
    if c.opens_range and ((c.ends(_WORK_OR_RECESS_BEFORE) and not footage_word(c.clause))
                          or c.ends(_SCHOOL_PERIOD_BEFORE, 30)):
        return "time of day"  # "worked 9:30–17:00", "(Recess, 11:42 to 12:05.)", "Period 3 (11:05–12:00)"
    headed = _list_heading(c)
    if headed is not None:
        return headed  # "Race results\n1. K. Otieno 2:06:41", "Session plan\n| Drills | 09:15 | 40 min |"
    if c.before.rstrip().endswith(WORLD_TIME_FIELD_ENDS) and c.ends(_WORLD_TIME_FIELD):
        return "time of day"  # "Ticket time: 14:52", "Call time - 21:47", "the stated time (06:12)"
    if ("time" in c.folded_before and (c.ends(_TIME_PUT_BEFORE, 60) or (
            c.ends(_TIME_NOW_BEFORE, 40) and not _IN_MEDIA_AFTER.match(c.after)))) \
            or _said_aloud(c) or _event_put_at(c):
        return "time of day"  # "Local reports put the time at 02:40.", "It's 11:14; be back at 11:30."
    if (c.may_end_with(_ROUTINE_TAILS) and c.ends(_ROUTINE_BEFORE)
            and not _IN_MEDIA_ANYWHERE.search(c.text, c.b, c.e) and not c.ends(_FOOTAGE_BACK_BEFORE, 90)) \
            or _opening_hours(c):
        # "went to bed at 1:30", but "fell asleep at 4:20 in the video"; "Kinmount Crust opens at 7:30 and sells out
        # by 11", but "the door opens at 0:45"; "the stream cut out at half-time and is back by 1:01:30" (round 204)
        return "time of day"
    if _reported_evening_clock(c) or _showing_or_local_clock(c):
        return "time of day"  # "The live captions fell 8 seconds behind at 22:14, the network said"
    if _TWO_DIGIT_CLOCK.fullmatch(c.text, c.bare, c.end) and c.ends(_EDITED_BEFORE, 60) \
            and not _ZERO_MINUTES.fullmatch(c.text, c.bare, c.end):
        return "time of day"  # "Subtitles were added at 14:00"
    more = MORE_CLOCKS_AFTER.match(c.after)
    if _SCHEDULED_AFTER.match(c.after[more.end():] if more else c.after) \
            and not _LINE_OPENING.search(c.text, max(0, c.begin - 20), c.begin):
        # "the 6:30 train", "the 9:05 and 9:35 trains"; but a line "01:12 News round-up" is a chapter
        return "time of day"
    if ((_SERVICE_TO_AFTER.match(c.after) or _SERVICE_STATE_AFTER.match(c.after)
         or _KIND_OF_SERVICE_AFTER.match(c.after) or _BROADCAST_SLOT_AFTER.match(c.after)
         or _DUTY_PERIOD_AFTER.match(c.after)) and c.ends(_THE_BEFORE)) \
            or (c.may_end(_BILLED_STEMS) and c.ends(_BILLED_BEFORE, 60)
                and _UNDER_A_MINUTE_BEFORE.search(c.text, c.b, c.bare) is None) \
            or _named_service(c) or _day_block(c):
        # "has driven the 06:40 to Marsden", "billed as headliners from 20:45 to 22:15", "Stage 4 kicked in (16:00 to
        # 18:30 block)"
        return "time of day"
    if c.text[c.begin:c.end] in ("9:16", "16:10", "21:9", "18:9", "19:9") and (
            _RATIO_NEAR.search(c.text, c.b, c.e)
            or (_SCREEN_NEAR.search(c.text, c.b, c.e) and not c.ends(_AT_OR_FROM_BEFORE))):
        return "score or ratio"  # "Screen is lovely, 16:10 and 120Hz" (not "the screen flickers at 16:10")
    # "at 15:00 JST, which is 06:00 here"; "my partner on a 9:30 call"; but "at 14:22 IGT, which is 16:05 in the
    # VOD" converts a game's timer to the footage
    return "time of day" if (c.ends(_CONVERTED_BEFORE, 80) and not _IN_MEDIA_AFTER.match(c.after)) or (
        c.may_end_with(_OWN_SLOT_TAILS) and c.ends(_OWN_SLOT_BEFORE) and _BOOKED_AFTER.match(c.after)) else None


# A screen's words near a shape of an aspect ratio: "16:10 and 120Hz", "a 21:9 OLED panel".
_SCREEN_NEAR = regex(r"\b(?:screens?|displays?|panels?|monitors?|OLED|LCD|IPS|\d+\s?Hz|resolution|bezels?)\b", _I)
# A clock told in another zone or place, then "which is" and the same time here: "at 15:00 JST, which is ".
_CONVERTED_BEFORE = regex(
    r"\d:[0-5]\d(?::[0-5]\d)?[^\S\n]*(?:[ap]\.?[^\S\n]?m\b\.?(?:\s+(?-i:[A-Z])[\w'’-]+)?|(?-i:[A-Z]{2,5})\b|local|"
    r"(?:(?:in|for)\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)(?:\s+time)?\s*[,(]?\s*"
    r"(?:which\s+is|which['’]s|that['’]s|that\s+is|i\.e\.,?|so|aka)\s+(?:just\s+|about\s+|around\s+|roughly\s+)?"
    r"(?:at\s+)?$", _I)
# A booking of one's own named by its clock: "on a 9:30 call", "my 10:15 lecture", "our 8:00 stand-up".
# The last word of every match of _OWN_SLOT_BEFORE (casefolded): a gate (``may_end_with``).
_OWN_SLOT_TAILS = ("a", "an", "my", "our", "his", "her", "their", "your", "every", "each")
_OWN_SLOT_BEFORE = regex(r"\b(?:a|an|my|our|his|her|their|your|every|each)\s+$", _I)
_BOOKED_AFTER = regex(
    r"\s+(?:[\w-]+\s+)?(?:calls?|class|classes|lectures?|lessons?|stand-?ups?|seminars?|tutorials?|check-?ins?|"
    r"reservations?|bookings?|dentist|doctor['’]s|off(?=\s+(?:for|in)\b))\b", _I)


def _schedule_label(c: _Clock) -> bool:
    """A schedule's label right before the time ("Kick-off 16:30", "Dinner starts at 19:00 and runs two hours"), not
    a thing in the footage told with its start ("In the director's cut the same dinner begins at 1:09:40 and runs
    for eleven minutes": a sentence naming footage, the time read from its verb) nor one said in the footage."""
    return (c.ends(_SCHEDULE_LABEL_BEFORE) or (c.ends(_TIMETABLE_VERB_BEFORE, 16) and not _stretch_of_arrival(c))) \
        and not _IN_MEDIA_AFTER.match(c.after) and not c.ends(_WATCHED_THING_BEFORE) \
        and not (_STARTS_AT.match(c.text, c.begin, c.end) is not None and footage_word(c.text, c.b, c.e))


def _stretch_of_arrival(c: _Clock) -> bool:
    """A timetable's verb, then a stretch from one time to another with no service's frequency after it: what the
    footage shows for that long, not a departure board (round 152: "The coastguard helicopter arrives from 2:30 to
    3:10, its searchlight sweeping the raft"; but "Buses leave from 7:00 to 19:00 every 15 minutes", "departs
    10:15")."""
    return _FROM_TO_OPENER.match(c.text, c.begin, c.end) is not None and c.opens_range \
        and _SERVICE_FREQUENCY_AFTER.match(c.after) is None


_FROM_TO_OPENER = regex(r"(?:from|between)\s", _I)
# A service's frequency or its days after the stretch: "every 15 minutes", "hourly", "daily", "on weekdays".
_SERVICE_FREQUENCY_AFTER = regex(
    r"[^.;!?\n]{0,40}?\b(?:every|each|hourly|daily|nightly|weekdays?|weekends?|half-?hourly|on\s+the\s+hour|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b", _I)


_STARTS_AT = regex(r"(?:starts|begins|starting|beginning|start|begin)\s+at\s", _I)
# A label's word as a thing the reader is told to watch, then where: "Watch the curtain at 1:09", "see the doors at
# 0:41" (a reader sent into footage; "Curtain at 19:30" and "doors open at 7" are a venue's day).
_WATCHED_THING_BEFORE = regex(
    r"\b(?:watch|see|look\s+at|check|spot|notice|keep\s+an\s+eye\s+on|eyes\s+on)\s+(?:the|that|this|those|these)\s+"
    r"(?:[\w'’-]+\s+)?[\w'’-]+\s+(?:at\s+)?$", _I)


def _deadline(c: _Clock) -> bool:
    """A deadline's clock, in a sentence naming no footage besides: "the cut-off at the final checkpoint, Glen Ruadh,
    is 17:30", "The deadline for entries is 17:00", "last entry 16:15", "We have until about 16:00", a task due
    "ideally before 23:00" (but "the cut-off is at 3:10 in the video")."""
    if not c.may_end(_DEADLINE_STEMS):
        return False
    m = _DEADLINE_BEFORE.search(c.before, max(0, len(c.before) - DEADLINE_CHARS))
    if m is None or _IN_MEDIA_AFTER.match(c.after):
        return False
    if m.group("task") and not _DAY_CLOCK_HHMM.fullmatch(c.text, c.bare, c.end):
        return False
    label = len(c.text[:c.bare]) - len(c.before) + m.start()  # the deadline's own word ("cut-off") is no cut of footage
    # (to its clause's end: "We have until 16:00, so keep questions short" names no short film)
    edge = _CLAUSE_EDGE.search(c.text, c.end, c.e)
    return not footage_word(c.text, c.b, label) \
        and not footage_word(c.text, label + len(m.group("label")), edge.start() if edge else c.e)


def _broadcast_hours(c: _Clock) -> bool:
    """A channel's hours told by the clock: "140 words a minute for children's output before 19:00", "programmes
    shown after 21:00" (the day's schedule, not a place in a programme); or a contest on air, or its play going on
    again, by a day's clock, in a sentence naming no footage (round 135's "Stage 15 is live from 12:30 on ITV4",
    "Resumes 19:00."; but "the stream goes live at 12:30 into the VOD", "the clip resumes at 0:40" place footage)."""
    if c.may_end(_BROADCAST_STEMS) and c.ends(_BROADCAST_HOURS_BEFORE, 50) and not _IN_MEDIA_AFTER.match(c.after):
        return True
    if "live" in c.folded_before and (opener := _RANGE_OPENER_FROM.match(c.text, c.begin, c.end)) is not None \
            and (span := _DAY_CLOCK_SPAN.fullmatch(c.text, opener.end(), c.end)) is not None \
            and _LIVE_FROM_BEFORE.search(c.text, max(c.b, c.begin - 60), span.start("first")) is not None \
            and not _IN_MEDIA_AFTER.match(c.after) and not footage_word(c.text, c.b, c.end):
        # the hours on air as a span, "from" its first word: "The race was broadcast live on RTÉ2 from 08:30 to 11:45
        # and highlights were shown later that evening" (round 52; the highlights after it are another programme)
        return True
    return (c.may_end(_ON_AIR_STEMS) and (c.ends(_LIVE_FROM_BEFORE, 60) or c.ends(_PLAY_RESUMES_BEFORE, 40))
            and _DAY_CLOCK_HHMM.fullmatch(c.text, c.bare, c.end) is not None
            and not _IN_MEDIA_AFTER.match(c.after) and not _INTO_AFTER.match(c.after)
            and not footage_word(c.text, c.b, c.e)) or _station_heading_clock(c) or _trailed_bulletin(c)


def _trailed_bulletin(c: _Clock) -> bool:
    """A broadcaster trailing the next bulletin by the clock, its clause opening with the bulletin's name: "Travel at
    8:30, then the bins in Ryde." (round 202's phone-in), "News at 9:00.", "and the weather at 7:45" (a programme's
    item on the day's clock; "the weather at 2:10 in the clip" places footage)."""
    return c.may_end_with(("at",)) and c.ends(_BULLETIN_AT_BEFORE, 60) and not _IN_MEDIA_AFTER.match(c.after) \
        and not _INTO_AFTER.match(c.after) and not footage_word(c.text, c.b, c.e)


# A bulletin named at its clause's opening, then "at": "Travel at", "and the weather at", "Sport's up next at".
_BULLETIN_AT_BEFORE = regex(
    r"(?:^|[.!?,;:–—]\s*|\n[^\S\n]*|\b(?:then|and|with|plus)\s+)(?:(?:the|your|our)\s+)?(?:local\s+)?"
    r"(?:travel|traffic|news|weather|sport|sports|headlines|papers|business|bulletin|forecast)"
    r"(?:\s+(?:news|update|bulletin|headlines|and\s+(?:travel|weather|sport)))?"
    r"(?:['’]s|\s+is|\s+comes?)?(?:\s+(?:up|next|up\s+next))?\s+at\s+$", _I)


def _station_heading_clock(c: _Clock) -> bool:
    """A broadcast's heading on the text's opening line naming the station, then the programme's hour after a comma,
    closing the line: "BBC Radio Scotland — Good Morning Scotland, 07:40 (transcript)" (round 193), when it went out."""
    line = c.text.rfind("\n", 0, c.begin) + 1
    return c.text[c.begin - 1:c.begin] == " " and "," in c.before[-3:] \
        and _DAY_CLOCK_HHMM.fullmatch(c.text, c.bare, c.end) is not None \
        and _HEADING_CLOSED_AFTER.match(c.after) is not None and not c.text[:line].strip() \
        and _STATION_NAMED.search(c.text, line, c.begin) is not None


# A station named by its kind or its broadcaster: "BBC Radio Scotland", "Joy FM", "RTÉ One", "CBC News".
_STATION_NAMED = regex(r"(?-i:\b(?:Radio|FM|AM|TV|BBC|RTÉ|CBC|NPR|ABC|SABC|KBC|GBC|NBC|CBS)\b)")
# The heading closing after the hour, maybe with a bracketed note: "07:40 (transcript)", "19:00".
_HEADING_CLOSED_AFTER = regex(r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?(?:\n|$)")


_BROADCAST_HOURS_BEFORE = regex(
    r"\b(?:output|programmes|programming|programs|broadcasts|transmissions|airtime|schedules?)\s+"
    r"(?:(?:shown|aired|broadcast|transmitted|scheduled)\s+)?(?:before|after|from|until)\s+$", _I)
_BROADCAST_STEMS = any_stem(("output", "program", "broadcast", "transmission", "airtime", "schedule"))
# On air from a clock, a channel maybe named first: "is live from 12:30", "goes live on Sky at 19:45", "will be
# shown live from 13:10" (round 135).
_LIVE_FROM_BEFORE = regex(
    r"\b(?:is|are|was|were|goes|go|went|going|will\s+be|be|['’]s|shown|televised|broadcast|streamed|aired)\s+live"
    r"(?:\s+on\s+(?-i:[A-Z0-9])[\w'’+.-]*(?:\s+(?-i:[A-Z0-9])[\w'’+.-]*){0,2})?\s+(?:from|at)\s+$", _I)
# A contest's play going on again, its subject a match or left out (a results line's "Resumes 19:00."): "Play
# restarts at 14:00", "the evening session resumes at 19:30", "Racing resumes 13:15" (round 135).
_PLAY_RESUMES_BEFORE = regex(
    r"(?:^|[.;:!?\n]\s*|\b(?:play|racing|action|(?:the\s+)?(?:match|game|final|tie|contest|fight|frame|innings|"
    r"(?:morning|afternoon|evening|night|second|third|final)\s+session))\s+)"
    r"(?:resumes|restarts|resumed|restarted|will\s+resume|will\s+restart|is\s+back\s+on)\s+(?:(?:at|from)\s+)?$", _I)
_ON_AIR_STEMS = any_stem(("live", "resum", "restart", "back"))
# A day's clock to the minute, its hour in two digits: "12:30", "19:00", "09:15" (a footage position under an hour
# reads "0:40" or "02:10" as often, and the rule asks no footage be named besides).
_DAY_CLOCK_HHMM = regex(r"(?:0[6-9]|1\d|2[0-3]):[0-5]\d")
# Two of them as a span: "08:30 to 11:45", "19:45–21:50".
_DAY_CLOCK_SPAN = regex(
    r"\s*(?P<first>(?:0[6-9]|1\d|2[0-3]):[0-5]\d)\s*(?:to|until|till|-|–|—|and)\s*(?:[01]\d|2[0-3]):[0-5]\d")
DEADLINE_CHARS = 80
_DEADLINE_BEFORE = regex(
    r"(?P<label>\b(?:cut-?offs?|deadlines?|closing\s+time|last\s+(?:entry|entries|admissions?|orders)"
    # the time people have left, said aloud: "We have until about 16:00, so keep questions short"
    r"|(?:we|you|they|I)\s+(?:(?:only|still)\s+)?(?:have|had|['’]ve\s+got|have\s+got)\s+until"
    # a notice's next one promised: "We'll post the next update by 11:15", "a further statement by 16:00"
    r"|(?:post|issue|publish|send|give|provide|share|put\s+out)\s+(?:the\s+|an?\s+|our\s+)?"
    r"(?:next|further|new|another|latest)\s+(?:update|statement|announcement|notice|bulletin)s?"
    # a task due by a time: "images 5-9 still need checking by the late desk, ideally before 23:00" (round 52), "the
    # captions must be signed off before 18:00"
    # (a day's clock with two hours' digits, told "before" or "by": not "the audio needs fixing at 1:12")
    r"|(?P<task>(?:needs?|needed)\s+[a-z]+ing|(?:must|has\s+to|have\s+to|had\s+to)\s+be\s+[a-z]+ed"
    r"(?:\s+(?:off|in|out|up))?)(?=[^.;:!?\d<>|]*?\b(?:before|by)\s+$)))"
    r"(?:\s+(?:at|for|on|of|to|by)\s+[^.;:!?\d<>|]{1,50}?)?\s*,?\s*"
    r"(?:(?:is|was|are|were|will\s+be|falls?|fell|set)\s+)?(?:(?:ideally|preferably)\s+)?(?:(?:at|by|for|before)\s+)?"
    r"(?:(?:about|around|roughly|approximately)\s+)?$", _I)
_DEADLINE_STEMS = any_stem(("cut", "deadline", "closing", "last", "until", "update", "statement", "announcement",
                            "notice", "bulletin", "need", "must", "to be"))


def _back_after_break(c: _Clock) -> bool:
    """A sentence that only says when people are back, right after one about a break: "We'll take our morning
    recess. Back at 10:45.", 'Ten-minute break, everyone. We resume at 3:15 sharp.' (a plan said aloud)."""
    if not any(w in c.folded_before[-NEAR_CHARS:] for w in _BACK_WORDS):
        return False
    opening = c.text.rfind("\n", c.b, c.bare) + 1 or c.b
    back = _BACK_AT.fullmatch(c.text, opening, c.bare)
    if back is None or not _ENDS_SAYING.match(c.after):
        return False
    low = c.text[max(0, c.b - BREAK_BEFORE_CHARS):c.b].casefold()
    return (back.group("brk") is not None or _BREAK_STEMS.search(low) is not None) \
        and not footage_word(c.text, c.b, c.e)


_BACK_WORDS = ("back", "resum", "reconven", "restart", "again")  # one is in every _BACK_AT match
# How far before the "Back at" sentence the break is looked for.
BREAK_BEFORE_CHARS = 120
_BACK_AT = regex(
    r"[^\S\n]*(?:[\w .'’-]{1,30}:\s*)?(?:(?:we|i|you|everyone)(?:['’]ll|\s+will|\s+shall|['’]re|\s+are)?\s+)?"
    r"(?:be\s+)?(?:back|resume|resuming|reconvene|reconvening|restart|start\s+again)\s+(?:here\s+)?"
    # (the break named in the sentence itself, as a radio host says it: "Back after the news at 10:30." (round 181))
    r"(?P<brk>after\s+(?:the\s+)?(?:news|break|adverts?|ads|headlines|weather|bulletin|travel)\s+)?(?:at|by)\s+$", _I)
_ENDS_SAYING = regex(r"\s*,?\s*(?:sharp|promptly|please|then|everyone)?\s*(?:[.!;]|$)", _I)
_BREAK_STEMS = any_stem(("break", "recess", "adjourn", "lunch", "interval", "pause", "stand"))


def _sitting_adjourned(c: _Clock) -> bool:
    """A sitting's own break or restart told by the clock, its body or "we" the subject (round 131: a chair's "We'll
    suspend until 11:30.", "We resume at 10:05 with Mr Kinsella"; "The tribunal will adjourn till 2:15"): when the
    room meets, not a place in the footage it watches ("the feed resumes at 2:10" has no sitting; "we resume the
    clip at 2:10" and "resume at 2:10 in the video" name footage)."""
    return c.may_end(_SITTING_STEMS) and c.ends(_SITTING_ADJOURNS_BEFORE, 90) and not footage_word(c.text, c.b, c.e)


_SITTING_STEMS = any_stem(("suspend", "adjourn", "recess", "resum", "reconven", "sit again"))
_SITTING_ADJOURNS_BEFORE = regex(
    r"\b(?:we|(?:the|this)\s+(?:committee|court|tribunal|hearing|session|sitting|meeting|board|council|inquiry|panel|"
    r"commission|house|chamber))(?:['’]ll|['’]re|['’]d|\s+(?:will|shall|now|are|is|must|can|may|stand|stands))*\s+"
    r"(?:now\s+)?(?:be\s+)?(?:suspend|adjourn|recess|resume|reconvene|sit\s+again)(?:s|ed|d|ing)?\s+"
    r"(?:(?:briefly|now|again|here)\s+)?(?:at|until|till|to|by)\s+$", _I)


# The words a time check tells the time now with: "it's now 7:50", "it's just gone 6:50", "it's already 11:14",
# "it's coming up to 8:15" (rounds 84, 92 and 185).
TIME_NOW_WORDS = r"(?:now\s+|just\s+(?:gone|past|after)\s+|already\s+|coming\s+up\s+(?:to|on)\s+)"
# ... of which "just gone", "just past" and "just after" hedge the time too, read as part of its phrase.
_NOW_HEDGE = regex(r"just\s+(?:gone|past|after)\s+", _I)


def time_check_hedge(c: _Clock) -> bool:
    """The clock's phrase opens with the digits, or with a time check's "just gone" ("it's just gone 6:50"), as a
    time told as now is written; not with another hedge ("it's about 1:20 where he falls" points into footage)."""
    return c.bare == c.begin or _NOW_HEDGE.fullmatch(c.text, c.begin, c.bare) is not None


def _said_aloud(c: _Clock) -> bool:
    """A clock said aloud as the time now, alone in its clause: "It's 11:14; be back at 11:30.", "- It's 10:40
    now." (a cue's dialogue is speech; "it's 2:10 in the clip" places footage)."""
    if _said_here(c) or _we_are_at_now(c):
        return True
    if not time_check_hedge(c) or "it" not in c.folded_before[-24:] or not c.ends(_SAID_NOW_BEFORE, 24):
        return False
    if c.ends(_QUOTED_SAID_NOW_BEFORE, 40) and _QUOTED_SAID_NOW_AFTER.match(c.after):
        return True  # a line of quoted speech opening with the time: "It's 4:15, the shop's closed", ‘Mum, it's 9:05!’
    if _ON_STATION_AFTER.match(c.after):
        return True  # a presenter's time check naming the station: "It's 7:42 on your favourite station" (round 185)
    if _TIME_CHECK_GOES_ON_AFTER.match(c.after) and c.ends(_PRESENTER_SAYS_IT_BEFORE, 60):
        return True  # a presenter's time check, the turn going on: "PRESENTER: It's 8:20, and we're on" (round 193)
    now = _SAID_NOW_AFTER.match(c.after)  # a one-digit hour needs "now": "Which bit? It's 3:40." cites footage
    return now is not None and (now.group("now") is not None or _TWO_DIGIT_CLOCK.fullmatch(c.text, c.begin, c.end)
                                is not None or c.ends(_SPEAKER_SAYS_IT_BEFORE, 48) or c.ends(_ON_AIR_BEFORE, 48))


def _we_are_at_now(c: _Clock) -> bool:
    """A chair or a host telling the room the time, alone in its clause: "briefly please, we're already at 14:02.",
    "we're nearly at 17:00." (not "we're at 00:01:37 on the video", "we're now at 3:40 in the clip": the footage's
    place; nor a one-digit hour, "we're already at 3:40", which may be it)."""
    return c.bare == c.begin and "we" in c.folded_before[-24:] and c.ends(_WE_ARE_AT_NOW_BEFORE, 32) \
        and _TWO_DIGIT_CLOCK.fullmatch(c.text, c.begin, c.end) is not None \
        and _CLOCK_HOUR_MINUTE.fullmatch(c.text, c.begin, c.end) is not None \
        and _SAID_NOW_AFTER.match(c.after) is not None


# "we're already at", "we are now past", "we're nearly at": where the day has got to.
_WE_ARE_AT_NOW_BEFORE = regex(
    r"(?:^|[^\w'’])we(?:['’]re|\s+are)\s+(?:already|now|nearly|almost|well)\s+(?:at|past|gone)\s+$", _I)
# A clock of the day: an hour of 00-23, then its minutes.
_CLOCK_HOUR_MINUTE = regex(r"(?:[01]\d|2[0-3]):[0-5]\d")


def _said_here(c: _Clock) -> bool:
    """The time where the writer is, maybe hedged: "it's also like 12:40 here", "It's about 4:15 where I am" (not
    "it's 4:10 here in the clip", which places footage)."""
    return c.after[:1].isspace() and _HERE_AFTER.match(c.after) is not None and "it" in c.folded_before[-40:] \
        and c.ends(_SAID_HERE_BEFORE, 40)


_SAID_HERE_BEFORE = regex(
    r"(?:^|[^\w'’])it(?:['’]s|\s+is)\s+(?:(?:also|already|now|just|still)\s+)?"
    r"(?:(?:like|about|around|nearly|almost|roughly|gone|past)\s+)?$", _I)
# "here" (or where the writer is) closing its clause: "here which is confusing", "here, going to bed" (not "here
# where the keeper slips", "here in the clip").
_HERE_AFTER = regex(
    r"[^\S\n]+(?:(?:over|round|out)[^\S\n]+)?(?:here|where[^\S\n]+(?:i|we)(?:['’]m|[^\S\n]+am|['’]re|[^\S\n]+are|"
    r"[^\S\n]+live))(?=[^\S\n]*(?:[,.;:!?)]|$|(?:and|but|which|so|lol|too|already|now|btw|lmao)\b))", _I | re.MULTILINE)


# A presenter's time check after a sign-off or a greeting: "Stay with us, it's 7:12.", "Welcome back, it's coming up
# to 8:15.", "Good evening, it is 6:02." (not "Which bit? It's 3:40.").
_ON_AIR_BEFORE = regex(
    r"\b(?:stay\s+with\s+us|don['’]t\s+go\s+away|welcome\s+back|good\s+(?:morning|afternoon|evening)|time\s+check)"
    rf"[^\S\n]*[,.!:–—-]?[^\S\n]*it(?:['’]s|\s+is)\s+{TIME_NOW_WORDS}?$",
    _I)


# The station the time is told on, right after it: "on your favourite station", "on the radio", "on 94.1 FM", "on
# Radio Jigawa" (not "on the video", "on the clip": a place in footage).
_ON_STATION_AFTER = regex(
    r"[^\S\n]+on[^\S\n]+(?:(?:your|the|this|our|my)[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,2}(?:station|radio|wireless|dial)"
    r"|(?:[\w'’.-]+[^\S\n]+){0,3}(?-i:FM|AM)|(?-i:(?:[A-Z][\w'’-]*[^\S\n]+)?Radio)(?:[^\S\n]+[\w'’-]+)?)\b", _I)


# A broadcaster's turn opening with the time (a presenter, a host, an anchor, a DJ, maybe numbered or named in
# brackets): "PRESENTER: It's 8:20, and we're still on the Madina flood video" tells the listeners the time, the turn
# going on after a comma; a caller's "It's 1:20, where he falls" may cite the footage and is left alone.
_PRESENTER_SAYS_IT_BEFORE = regex(
    r"(?:^|\n)[^\S\n]*(?-i:(?:PRESENTER|CO-?HOST|HOST|ANCHOR|NEWSREADER|ANNOUNCER|DJ)(?:[^\S\n]*\d)?)"
    rf"(?:[^\S\n]*\([^()\n]{{1,40}}\))?:[^\S\n]*it(?:['’]s|\s+is)\s+{TIME_NOW_WORDS}?$", _I)
# ... then a comma or an "and" and the turn's next words, none placing the time in footage ("It's 2:10, in the clip,
# ...", "It's 2:10 and in the clip ..."): "It's 8:14 and we're talking about that video" (round 199).
_TIME_CHECK_GOES_ON_AFTER = regex(
    r"(?:[^\S\n]*,|[^\S\n]+and\b)(?![^\S\n]*(?:and\b[^\S\n]*)?(?:in|into|on|of|at)\b)", _I)


# A transcript's speaker opening a turn with the time: "ANCHOR: It's 6:32.", "HOST 2: it is 8:05 now"
# (the speaker's name bracketed after the role: "PRESENTER (Tolu): It's 7:42.")
_SPEAKER_SAYS_IT_BEFORE = regex(
    r"(?:^|\n)[^\S\n]*(?-i:[A-Z][A-Z.'’ -]{1,30}\d?)(?:[^\S\n]*\([^()\n]{1,40}\))?:[^\S\n]*it(?:['’]s|\s+is)\s+"
    rf"{TIME_NOW_WORDS}?$", _I)


_SAID_NOW_BEFORE = regex(
    r"(?:^|[^\w'’])it(?:['’]s|\s+is)\s*(?:,\s*(?:uh|um|erm|er|ah)\s*,\s*)?"  # (a speaker's "It's, uh, 2:15")
    rf"{TIME_NOW_WORDS}?$", _I)
# Quoted speech opening with the time, maybe after a name or a word of address: "“It's 4:15", "'Mum, it's 9:05".
_QUOTED_SAID_NOW_BEFORE = regex(
    rf"[\"“‘«][^\S\n]*(?:[\w'’]+[^\S\n]*,[^\S\n]*)?it(?:['’]s|\s+is)\s+{TIME_NOW_WORDS}?$", _I)
# ... then the clause or the quote closing (not "It's 3:40 in the clip": a place in footage).
_QUOTED_SAID_NOW_AFTER = regex(r"\s*(?:(?:now|already)\b|[,.;!?\"”’»—–]|$)", _I)
# After the clock: "now", or the speaker's own timepiece ("2:15 by my watch").
_SAID_NOW_AFTER = regex(
    r"\s*(?:(?P<now>now|already|by\s+(?:my|his|her|our|your|their)\s+(?:watch|clock|phone))\b|[.;!?\"”’]|$)", _I)
# "Local reports put the time at 02:40", "witnesses placed the time of the crash at 21:15"
_TIME_PUT_BEFORE = regex(
    r"\b(?:put|puts|putting|place[sd]?|placing|set|sets|fix(?:es|ed)?|estimated?|estimates)\s+the\s+time"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:at|as)\s+(?:(?:around|about|roughly|approximately)\s+)?$",
    _I)

# The time now where the page is, as a forum's or a site's footer gives it: "All times are GMT +1. The time now is
# 09:41.", "Current time: 14:06", "Local time now: 22:15" (not "the time now is 2:10 in the clip").
_TIME_NOW_BEFORE = regex(
    r"(?:^|[.!?;|·•]\s*|\n\s*)(?:the\s+)?(?:(?:current|local|server|forum)\s+)?time\s+"
    r"(?:(?:now|right\s+now)\s+)?(?:is\s+(?:now\s+)?|[:：]\s*|now\s*[:：]\s*)$", _I)


def _event_put_at(c: _Clock) -> bool:
    """Records or witnesses put an event at a clock, in a clause naming no footage: "Witness statements put the
    call to 999 at 21:47", "which would put the start at 02:25 in real time" (not "the timeline puts the first shot
    at 2:10 in the video")."""
    return (("put" in c.folded_before and c.ends(_PUT_EVENT_AT_BEFORE, 90)) or _logged_event(c)) \
        and not _IN_MEDIA_AFTER.match(c.after) and not _INTO_AFTER.match(c.after) and not footage_word(c.clause) \
        and not (c.footage_context and _FOOTAGE_SHAPED.fullmatch(c.text, c.bare, c.end))


# A short unpadded minutes-and-seconds time, as a footage's stamps are told ("1:09", not "02:25" or "21:47"): where
# the text is walking through footage, a party putting an event at it places it there ("The relevant portion runs
# from 1:06 to 1:19. The defence puts the swerve at 1:09.").
_FOOTAGE_SHAPED = regex(r"[1-9]:[0-5]\d")


def _logged_event(c: _Clock) -> bool:
    """A log or a record shows an event at a clock: "The call log shows a call at 23:08 lasting four minutes",
    "Phone records list a text at 21:14" (the records' clock, not the footage's); a machine's log named by its tool
    too: "journalctl shows the ACPI error at 02:13:44 every time", "dmesg lists a USB reset at" (round 98)."""
    return any(w in c.folded_before for w in _LOG_WORDS) and c.ends(_LOGGED_EVENT_AT_BEFORE, LOGGED_EVENT_CHARS)


def logged_clock(text: str, begin: int) -> bool:
    """A clock a log or a record is said to show an event at ("The station's own log records that call at 02:26"):
    the record's time of day by its own words, whatever the sentence goes on to say of the footage's burnt-in clock
    (round 197), so the learned veto does not make it a position."""
    lo = max(0, begin - LOGGED_EVENT_CHARS)
    return _LOGGED_EVENT_AT_BEFORE.search(text, lo, begin) is not None


# How far before a clock its log and the event it records are read.
LOGGED_EVENT_CHARS = 90
# (a system log's tool or viewer: "journalctl", "dmesg", "Event Viewer"; "syslog" and "logcat" hold "log")
_LOG_WORDS = ("log", "record", "receipt", "journalctl", "dmesg", "event viewer")
_LOGGED_EVENT_AT_BEFORE = regex(
    r"\b(?:logs?|records?|receipts?|journalctl|dmesg|syslog|logcat|event\s+viewer)\s+"
    r"(?:shows?|showed|lists?|listed|records?|recorded|has|had|gives?|gave)\s+"
    # (or the event just told, named again: "The station's own log records that call at 02:26" (round 197))
    rf"(?:a|an|the|one|two|three|that|this|his|her|its|their|each|every)\s+(?:[\w'’-]+\s+){{0,3}}?at\s+"
    rf"(?:(?:{HEDGE})\s+)?$", _I)


_PUT_EVENT_AT_BEFORE = regex(
    r"\b(?:put|puts|putting)\s+(?:the|a|an|that|this|his|her|their|its)\s+(?:[\w'’-]+\s+){1,6}?"
    rf"(?:at|as)\s+(?:(?:{HEDGE})\s+)?$", _I)


def _correction_note(c: _Clock) -> bool:
    """A two-digit clock in a paragraph a correction's label opens, naming no footage: "Correction: An earlier
    version of this story said the fair opens at 11:00. It opens at 10:00." (the corrected and the right clocks
    alike)."""
    if not _LINEUP_CLOCK.match(c.text, c.bare) or _ZERO_MINUTES.fullmatch(c.text, c.bare, c.end) or (
            "orrect" not in c.text[max(0, c.begin - CONTEXT_CHARS):c.begin] and "larif" not in c.before):
        return False  # a clock of the day's shape only: "said the collision happens at 1:12" is the footage's
    if _SPEAKER_SAID_AFTER.match(c.text, c.end):
        return False  # a show's own correction: "Correction: at **23:14** I said ..." is where it was said
    start = _paragraph_start(c.text, c.begin)
    label = _CORRECTION_LABEL.match(c.text, _MARKUP_LEAD.match(c.text, start).end())  # type: ignore[union-attr]
    if label is None:
        return False
    # "an earlier version of this story" is the article's version, not a cut of footage
    said = _EARLIER_VERSION.search(c.text, label.end(), c.e)
    return not (footage_word(c.text, start, said.start()) or footage_word(c.text, said.end(), c.e)) if said \
        else not footage_word(c.text, start, c.e)


# The speakers of a show or a video saying something at the clock: "at 23:14 I said", "at 41:02 we called it".
_SPEAKER_SAID_AFTER = regex(
    r"(?:[*_]{1,2}|</(?:b|strong|em)>)?,?\s+(?:I|we|my\s+(?:guest|co-?host)|our\s+guest)\s+(?:wrongly\s+|mistakenly\s+)?"
    r"(?:said|say|says|mentioned|called|claimed|stated|misspoke|misread|misquoted|gave|got|named|described)\b"
    # or a named host in the show's present: "Correction: at 23:30 Tom says the threshold is 0.5 percent"
    r"|(?:[*_]{1,2}|</(?:b|strong|em)>)?,?\s+(?:[A-Z][\w'’-]+|(?i:he|she|they))\s+"
    # (or a pronoun for someone named before: "In the video his department published, at 1:45 he says ...")
    r"(?:says|say|claims|claim|states|mentions|calls|gives|names|describes|misspeaks|misreads|misquotes|gets|promises|"
    r"admits|tells|insists)\b")
_CORRECTION_LABEL = regex(r"(?:corrections?|clarifications?|editor['’]?s\s+note)\b[*_]{0,2}\s*[:.—–-]", _I)
_EARLIER_VERSION = regex(
    r"\b(?:an?\s+)?(?:earlier|previous|original|prior)\s+version\s+of\s+(?:this|the|our)\s+"
    r"(?:story|article|report|post|piece|item|page|newsletter)\b", _I)


def _reported_evening_clock(c: _Clock) -> bool:
    """A clock with an hour 13-23, right after a past-tense verb, in a sentence someone is said to have
    reported: a time of day whatever footage the sentence names."""
    m = _HOUR_MINUTE.fullmatch(c.text, c.bare, c.end)
    if not m or not 13 <= int(m.group(1)) <= 23 or not _may_attribute(c.text, c.b, c.e):
        return False
    past = _PAST_IN_CLAUSE.search(c.text, _clause_start(c.text, c.b, c.begin), c.begin)
    return bool(past) and _may_attribute(c.text, c.b, c.e) and bool(_ATTRIBUTION.search(c.text, c.b, c.e))


_MARKUP_LEAD = regex(r"(?:\s|[*_>#]|<[^<>]{0,30}>)*")

# A person's or a meal's break from work, or a break heading its line, told at the clock of the day: "Mr Aziz had
# taken his break from 01:00 to 01:20", "Break at 10:45, 15 minutes." (round 137: a shift's and a course's break;
# not "the ad break", "the drum break" of a recording). (Both ``_WORK_OR_RECESS_BEFORE`` here and
# world_events' ``_RECESS_BEFORE`` read it; an opening one only where the words before start the sentence.)
OWN_BREAK = (r"(?:\b(?:his|her|their|my|our|your|lunch|tea|coffee|meal|rest|comfort|smoke|smoking|prayer|dinner|"
             r"supper)\s+|^[\s*_>#-]*)(?:break|recess)")
# Hours of a working day before a clock range.
_WORK_OR_RECESS_BEFORE = regex(
    rf"(?:\b(?:recess|adjournment|adjourned|worked|working|shifts?|office\s+hours|opening\s+hours)|{OWN_BREAK})"
    r"\s*,?\s*$"
    # an hour of the day named as such: "to remove the hour between 02:00 and 03:00 on weekends", "the two hours from
    # 22:00 to midnight" (round 85; not "the first hour, from 0:00 to 1:00:00", a stretch of a recording)
    r"|\bthe\s+(?!(?:first|last|final|second|third|opening|closing|next)\b)(?:[\w-]+\s+)?hours?\s*$", _I)
# A school's numbered period, its hours in brackets: "Room B4 · Period 3 (11:05–12:00)" (round 99's homework card; a
# period's hours whatever video its line names).
# (a timetable's short form after its weekday: "Year 9 History — Thurs P3 (10:50–11:45)" (round 30), "Mon p.2")
_SCHOOL_PERIOD_BEFORE = regex(
    r"(?:\bperiod\s+|\b(?:mon|tue|wed|thu|fri)[a-z]{0,6}\.?\s+p\.?\s?)"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight)\s*[(,:—–-]?\s*$", _I)

# A range of the clock right after the footage's making: "filmed between 15:20 and 15:40".
# An appeal for footage of a time: "asked anyone with dashcam footage from between 03:30 and 04:15 to get in touch".
_APPEAL_FOOTAGE_BEFORE = regex(
    r"\b(?:anyone|anybody|people|drivers|motorists|witnesses|residents|those|members\s+of\s+the\s+public)\s+"
    r"(?:with|who\s+(?:has|have|had|may\s+have|might\s+have|captured|filmed|recorded))\s+(?:any\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:footage|videos?|images|recordings?|dashcam|cctv|doorbell)(?:\s+footage)?\s+"
    r"(?:(?:from|between|around|at|of|taken|recorded|filmed|shot)\s+)*$", _I)
# One of these is in every _APPEAL_FOOTAGE_BEFORE match (tests/test_moments_gates.py).
_APPEAL_STEMS = any_stem(("footage", "video", "images", "recording", "dashcam", "cctv", "doorbell"))
# "shot" and "broadcast" after a determiner or an ordinal are nouns: "the shot between 1:02 and 1:05 is reversed".
_NOUN_BEFORE = r"(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\beach\s)(?<!\bevery\s)(?<!\bnext\s)" \
    r"(?<!\blast\s)(?<!\bfirst\s)(?<!\bfinal\s)(?<!\bopening\s)(?<!\bclosing\s)" \
    r"(?<!\barchived\s)(?<!\brecorded\s)(?<!\bsaved\s)(?<!\bfull\s)(?<!\bwhole\s)(?<!\bentire\s)"
# (nor after a word saying it is the kept recording: "in the archived broadcast from 1:12:00 to 1:16:05")
_MADE_RIGHT_BEFORE = regex(
    rf"\b(?:filmed|recorded|{_NOUN_BEFORE}(?:shot|broadcast)|taken|captured|streamed|uploaded|posted)\s+$", _I)
# The thing filmed as the present passive's subject: "The struggle with the attendant is captured between 4:05 and
# 4:50" (round 99), "the fall is recorded from 1:10 to 1:32": where the footage shows it, not when it was made.
_SHOWN_NOW_BEFORE = regex(
    r"\b(?:is|are)\s+(?:(?:clearly|only|also|briefly|partly|partially|fully|plainly|then)\s+)?"
    r"(?:filmed|recorded|shot|captured|taped)\s+$", _I)

# A field naming a time in the world: "Ticket time: 14:52", "Incident time - 21:47".
# (every match of _WORLD_TIME_FIELD ends with one of these: the cheap test run first)
WORLD_TIME_FIELD_ENDS = (":", "-", "–", "—", "(", ",")
_WORLD_TIME_FIELD = regex(
    r"\b(?:ticket|receipt|call|incident|arrival|departure|dispatch|entry|exit|booking|order|check-?in|check-?out)"
    r"\s+time\s*[:\-–—]\s*$"
    # a record's "Time of X:" field: "Time of decision: 16:42", "Time of incident - 21:05" (round 77)
    r"|\btime\s+of\s+(?:the\s+)?[\w'’-]+\s*[:\-–—]\s*$"
    # a post's time, its value in brackets or set off by commas: "the uploader's stated time (06:12) is the posting
    # time" (round 120), "the upload time, 08:15, is"
    r"|\b(?:stated|claimed|reported|listed|posting|posted|post|upload|uploaded|publication|publishing|local)\s+time"
    r"\s*[(,]\s*$",
    _I,
)

def _opening_hours(c: _Clock) -> bool:
    """A place's hours: "Kinmount Crust opens at 7:30 and sells out of runny tarts by 11, so go early", "the corner
    bakery opens at 6:45" (round 99's road-trip page): a clock of the day's shape after "opens at" or "closes at",
    the place named as a business or the sentence telling the day's hours besides ("by 11", "until 6"); not a thing
    that opens in footage ("the door opens at 0:45", "the parachute opens at 1:12"), nor in a sentence naming it."""
    if "open" not in c.folded_before and "clos" not in c.folded_before and "shut" not in c.folded_before:
        return False
    verb = _OPENS_AT_BEFORE.search(c.before, max(0, len(c.before) - 40))
    if verb is None or not _DAY_HOUR.match(c.text, c.bare) or footage_word(c.text, c.b, c.e):
        return False
    subject = c.before[:verb.start()]
    if _OPENING_THING.search(subject):
        return False
    return _BUSINESS.search(subject) is not None or _BARE_HOUR_AFTER.search(c.text, c.end, c.e) is not None


# A place's verb of opening or closing, then "at": "opens at ", "closes its doors at ", "shuts from ".
_OPENS_AT_BEFORE = regex(
    r"\b(?:opens|closes|shuts|reopens)(?:\s+(?:its|their)\s+doors)?\s+(?:at|from)\s+(?:(?:around|about)\s+)?$", _I)
# A clock of the day's shape: an hour 5-23 ("7:30", "16:45"), not "0:45".
_DAY_HOUR = regex(r"(?:[5-9]|0[5-9]|1\d|2[0-3]):[0-5]\d(?![:\d])")
# What opens in footage: "the door", "the gate", "the parachute", "her eyes".
_OPENING_THING = regex(
    r"\b(?:doors?|gates?|windows?|curtains?|hatch(?:es)?|lids?|box(?:es)?|valves?|parachutes?|chutes?|eyes|mouths?|"
    r"umbrellas?|flowers?|boot|trunk|bonnet|hood|barriers?|shutters?|drawers?|airbags?|fire|scene|video|clip|film|"
    r"episode|song|set|show|track|album|game)\b[^.;!?]{0,20}$", _I)
# The place named as a business: "the corner bakery", "Mama Ros's café", "the pool", a train's "dining car".
_BUSINESS = regex(
    r"\b(?:bakery|bakeries|shop|store|caf[eé]|restaurant|bar|pub|market|museum|gallery|library|pool|gym|bank|"
    r"stall|diner|deli|bistro|supermarket|mall|kiosk|canteen|dhaba|chippy|takeaway|salon|pharmacy|chemist|kitchen|"
    # (a train's or a ship's: "The dining car, such as it is, closes at 23:00 and reopens at 6:30" (round 30))
    r"(?:dining|restaurant|buffet|bar|caf[eé])\s+(?:car|carriage|coach)|buffet|galley|lounge)s?\b"
    r"[^.;!?]{0,20}$", _I)
# The day's hours told besides, a bare hour: "and sells out by 11", "until 6", "till 4pm".
_BARE_HOUR_AFTER = regex(
    r"\b(?:by|until|till|til|before|after|from|to|at)\s+(?:1[0-2]|[1-9])(?:\s*(?:[ap]\.?m\.?|o['’]clock))?"
    r"(?![\d:.\w]|\.\d|\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|frames?)\b)", _I)


# The footage itself the subject that is back: "The stream cut out at half-time and is back by" (round 204), "the
# sound goes at 3:05 but is back by"; not a day out's "we were back by".
_FOOTAGE_BACK_BEFORE = regex(
    rf"(?:{MEDIA_NOUN}|picture|signal|sound|audio|image)\b[^.;!?\n]{{0,60}}?\b(?:is|comes|came|was|gets|got|it['’]s)\s+"
    r"back\s+(?:on\s+|up\s+)?(?:by|before)\s+$", _I)
# The words between a verb and the clock it is tied to: "at", "shortly after", "by".
_TO_CLOCK = r"(?:(?:at|around|about|by|before|after|until|till|shortly\s+after|just\s+after)\s+)+$"
# The last word of every match of _ROUTINE_BEFORE (casefolded): a gate (``may_end_with``).
_ROUTINE_TAILS = ("by", "before", "around", "about", "usually", "normally", "typically", "generally", "routinely",
                  "habitually", "at", "after", "until", "till", "between", "from")
_ROUTINE_BEFORE = regex(
    # "back by 14:00", "home before 18:30", "back at the hut by 15:00": when a day out ends
    r"\b(?:back|home)\s+(?:(?:at|in|to)\s+(?:the\s+)?[\w'’-]+\s+)?(?:by|before)\s+(?:(?:around|about)\s+)?$|"
    # a habit's hours: "train on the promenade, usually from 5:30 to 7:00", "normally around 6:15"
    r"\b(?:usually|normally|typically|generally|routinely|habitually)\s+"
    r"(?:(?:at|around|about|by|before|after|until|till|between|from)\s+)*$|"
    r"\b(?:(?:went|go|goes|going|got)\s+to\s+(?:bed|sleep|work)|in\s+bed|(?:woke|wake|wakes|waking|got|get|gets)\s+up|"
    # one's alarm clock ("my alarm goes off at 6:15"), not an alarm of something ("the car alarm goes off at 2:05")
    r"(?:(?:my|his|her|their|your|our|the|an?|\w+['’]s)\s+|(?<![\w'’-]\s))alarm\s+(?:went\s+off|goes\s+off|rang|rings)|"
    r"(?:lunch|dinner|breakfast|tea)\s+(?:was|is)|"
    # one's commute, told in the past: "Left home at 7:40", "got to work by 9:10" (footage is told in the present)
    r"left\s+(?:home|the\s+house|for\s+work|work|the\s+office)|got\s+(?:home|back\s+home|in\s+to\s+work|to\s+work))\s+"
    + _TO_CLOCK,
    _I,
)

# A timetable's verb standing as its label, no "at" between: "- Departs 23:45, 00:15", "Sailing 07:30", "returns 18:10"
# ("the car leaves at 2:10" may narrate footage).
_TIMETABLE_VERB_BEFORE = regex(
    r"(?:^|[\s(>|*_•-])(?:departs|departing|leaves|leaving|arrives|arriving|sails|sailing|returns|returning)"
    r"[*_]{0,2}\s*:?\s*$", _I)

_EDITED_BEFORE = regex(
    r"\b(?:was|were|been|got)\s+(?:added|fixed|corrected|changed|replaced|updated|amended|taken\s+down|pulled|"
    r"(?:switched|turned)\s+(?:on|off)|enabled|disabled)\s+" + _TO_CLOCK,
    _I,
)
_DATELINE_BEFORE = regex(
    r"(?:^|[>\n|]|\b)(?:posted|updated|last\s+updated|published|first\s+published|uploaded|filed|edited|amended|"
    r"corrected|correction|update)\s*[:,]?\s*"
    # the post's date between the label and its clock: "Posted 24 Nov 2026 · 08:10", "Posted 3/11/2026, 21:40"
    rf"(?:(?:on\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:\s+\d{{4}})?|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})\s*[,·•|–—-]?\s*)?"
    r"(?:(?:at|on)\s+)?$", _I
)
_DATELINE_STEMS = any_stem(("posted", "updat", "publish", "upload", "filed", "edited", "amended", "correct"))

_TWO_DIGIT_CLOCK = regex(r"(?:\d\d|0\d):\d\d(?!:)")
