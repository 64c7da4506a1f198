"""Ranges: "from 2:27 to 2:41", "2:27-2:41", "starts at 14:02 and runs until 14:40", a table row's
Start and End cells, "between the two- and three-minute marks": a start and a stop."""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotate.moments.compiled import regex
from annotate.moments.exclusions import pipe_table_rule
from annotate.moments.forms.candidate import (
    _DOTTED_MINUTES,
    _FOOTAGE_FILE,
    Candidate,
    _anchor_object,
    _atom_at,
    parse_timecode_text,
    timecode_value,
)
from annotate.moments.hedges import hedge_after, hedge_before
from annotate.moments.numbers import parse_duration
from annotate.moments.patterns import (
    DURATION,
    EQUATED_WITH,
    HEDGE,
    MEDIA_NOUN,
    MEDIA_WORD,
    NUMBER,
    TC_TEXT,
    TIMECODE,
    UNIT_TOKEN,
)

# --- shared context helpers -------------------------------------------------------------

# A comment's interjection or an emoji, which closes a clause as a full stop would ("like 3min in lmao").
_INTERJECTION = (r"(?:(?:lo+l\w*|lmf?ao+|rofl|haha\w*|tbh|imo|ngl|iirc|xd|fr|smh|btw|istg|ikr|omg)\b"
                 r"|[\U0001F300-\U0001FAFF\u2600-\u27BF])")

# Where the footage is watched, after "in": "about ten minutes in on the RTÉ Player", "two minutes in on YouTube".
_ON_PLATFORM = (rf"\s+on\s+(?:the\s+|a\s+|my\s+|our\s+|their\s+)?(?:<[a-z][^<>]{{0,200}}>)?(?:[\w'’.-]+\s+){{0,2}}"
                rf"(?:player|iplayer|youtube|vimeo|twitch|netflix|app|channel|website|site|{MEDIA_NOUN})\b")
# A wiki's note right after a word: "begins 47 minutes in[4] and follows", "in[citation needed]", "in[a]"; as the
# page's source writes it, a footnote template or a reference tag (round 137: "begins around 18 minutes
# in{{sfn|Daly|2023|p=41}} and was singled out"; "in<ref>", "in<ref name=d/>"); a Markdown footnote ("in[^2]").
_CITATION_MARK = (r"\[(?:\d{1,3}|[a-z]|note\s+\d{1,3}|[a-z]+(?:\s[a-z]+){0,2}|\^[\w-]{1,20})\]"
                  r"|\{\{\s*(?:sfn[mp]?|efn|refn|r|rp|harvnb|cn|citation\s+needed)\s*[|}]|<ref\b")
# The end of a list's line, the next item or a blank line after it: "2. The handshake, about 31 minutes in\n3. ...".
_LIST_LINE_END = r"[ \t]*\n(?=[ \t]*(?:\d{1,2}[.)](?:[ \t]|$)|[-*•][ \t]|\n))"
# (Scots "intae" is "into": "Aboot 90 seconds intae the clip ye hear the drones", round 119.)
# A dialect's "you" (Scots and Irish "ye", "yous"/"youse", "yez"/"yiz", Pidgin "una", "y'all"), not the archaic
# article of "ye olde".
DIALECT_YOU = r"(?:ye(?!\s+olde?\b)|yous|youse|yez|yiz|una|y['’]?all)"
_STRONG_ANCHOR_AFTER = regex(
    rf"^(?:[\s-]*(?:mark|point|timestamp|time\s?stamp)\b"
    rf"|\s+in(?:to|tae)\b|\s+through(?=\s+(?:when|where)\s)|\s+in(?={_ON_PLATFORM}|{_CITATION_MARK}|"
    # (its emphasis closed right after it: "*Roughly 31 minutes in*, the wee boy steals the show" (round 194))
    rf"(?:[*_]{{1,2}}|</(?:b|strong|em|i)>)(?=[^\S\n]*(?:[,;.:)!?\u2014\u2013\n]|$))|"
    rf"\s*(?:[,;.:)!?\u2014\u2013”\x22]|’(?!\w)|$|{_LIST_LINE_END}|\s+to\s+(?!(?:get|go|come|reach|arrive|make)\b)[a-z]|\s+(?:and|when|as|where|then|while)\s"
    # a contrast or a reason closing it with no comma: "she mentions it about 35 min in but I missed it" (round 120)
    rf"|\s+(?:but|so|yet|though|although|because)\s"
    rf"|\s+{_INTERJECTION}"
    # a speaker's "now" closing it: "we're nearly forty minutes in now, stay with me", "I'm an hour in now."
    rf"|\s+(?:right\s+)?now\s*(?:[,;.:!?)\u2014\u2013]|$)"
    # an aside opening after it: "the rattle starts like 4 mins in (I was faffing with the phone)"
    rf"|\s+\((?!\s*(?:the|a|an|my|your|our|his|her|their|this|that|covered|uncovered)\b)"
    # what it comes before: "the chat explodes like 2 mins in before that even happens"
    rf"|\s+before\s+(?:that|this|it)\b"
    # where it was filmed from, told after it: "shows the kink 31 seconds in from a viewpoint 12 km south" (round 123)
    rf"|\s+from\s+(?:a|an|the|another|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:viewpoint|vantage|angle|perspective|camera\s+position)s?\b"
    # a correction of where it is: "a minute forty in not at the start"
    rf"|\s+not\s+(?:at|from|around|near)\s+(?:the\s+)?(?:start|end|beginning|\d)"
    # a new clause with its subject, unpunctuated as comments are: "a minute twenty in you can see"; a dialect's
    # "you" too, contracted maybe: "Aboot 50 seconds in ye can see it" (round 119), "two minutes in ye'll see"
    rf"|\s+(?:you|u|we|i|they|he|she|{DIALECT_YOU})(?:['’](?:ll|d))?\s+(?:(?:[a-z]+ly|just|then|still|also|even)\s+)?"
    rf"(?:can|could|see|hear|get|will|would|[a-z]+s)\b"
    rf"|\s+(?:shows?|showing|is|are|reveals?|captures?|features?|has|have)\s+(?:the|a|an|his|her|its|their|him|them)\b"
    # the offset as the subject, told where or when: "65 seconds in is where you need to start"
    rf"|\s+(?:is|was)\s+(?:where|when)\s"
    # or equated with the clock it reads then, in a chronolocation's sum: "it started at 16:31 ... two minutes in is
    # 16:33" (round 127; the clock after is the world's)
    rf"|{EQUATED_WITH}"
    rf"\d{{1,2}}[:.h]\d{{2}}\b"
    rf"|\s+(?:the|this|that|his|her|its|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b)))",
    re.IGNORECASE,
)

# (a judgment's "from the 1:06 point to the 1:19 point" says its marks as points; not the verb: "1:19 points to")
_MARKS_AFTER = regex(r"[\s-]*(?:minute[\s-]+)?(?:marks?\b|points?\b(?!\s+(?:to|out|at|towards?)\b))", re.IGNORECASE)
# Where a range may open: "from"/"between", or a timecode's first digit. Two scans merged by position
# give what one alternation would (no match of one lies inside a match of the other) at a fraction of
# the cost: the alternation is tried at every position, the scans only where their first letter is.
_RANGE_KEYWORD = regex(r"(?<![\w])(?:from|between|mula|dari|kutoka|gikan|fae)\s+", re.IGNORECASE)
_RANGE_DIGIT = regex(r"\d(?<![\w:.]\d)\d{0,2}:\d\d")
_RANGE_WORD_STEMS = ("from", "between", "mula", "dari", "kutoka", "gikan", "fae")

_DOTTED_END = regex(r"(?<![\w.])\d{1,3}\.[0-5]\d\s*(?:minutes?|mins?)\Z", re.IGNORECASE)
# A reader sent to watch: "kindly see", "watch", "play it", "skip".
_VIEWING = regex(r"\b(?:see|watch|play|view|skip|jump|check|listen)\w*", re.IGNORECASE)

# Markdown or HTML emphasis or code around either end ("from **12:00** to **13:30**", "from <b>2:14</b> to <b>2:40</b>",
# "From `1:05:30` – `1:07:00`").
_EMPHASIS = r"(?:[*_`]{1,2}|</?(?:b|strong|em|i|mark|code)>)?"
# Either end may be a link's text: "watch from [2:14](https://youtu.be/x?t=134) to 2:30", "from <a href=…>2:14</a> to";
# or a stamp in square brackets, as a transcript writes it: "the exchange from <b>[17:45]</b> to <b>[18:30]</b>".
# (or an HTML time element's text, a range written across two of them: "<time datetime="PT2H14M00S">2:14:00</time>
# &ndash;<time datetime="PT2H31M40S">2:31:40</time>", round 202)
_LINK_OPEN = r"(?:\[|<a\s[^<>]{0,300}>|<time(?:\s[^<>]{0,120})?>)?"
_LINK_CLOSE = r"(?:\](?:\([^()\s]{1,300}\))?|</a\s*>|</time\s*>)?"
# A tilde or "≈" before a time hedges it as a hedge word does: "between ~2:05 and 2:20" (not strike-through "~~").
_HEDGE_MARK = r"(?<!~)[~≈](?!~)\s*"
# A range told between two frames: "between the frames at 00:00:04:10 and 00:00:04:15", "from frame 00:01:02:05 to".
_FRAMES_AT = r"(?:(?:the\s+)?(?:frames?|timecodes?)\s+(?:at\s+)?)?"
_RANGE_OPEN = regex(
    rf"(?:(?P<kw>from|between|mula|dari|kutoka|gikan|fae)\s+{_FRAMES_AT})?(?P<h1>(?:{HEDGE})\s+|{_HEDGE_MARK})?(?:the\s+)?{_EMPHASIS}{_LINK_OPEN}{_EMPHASIS}",
    re.IGNORECASE)
# HTML as pasted: "1:47&ndash;2:20", "from&nbsp;2:00 to&nbsp;2:15".
_HTML_SPACE = r"(?:\s|&nbsp;|&#160;)"
# (not "until" or "till": "skip to 1:22:05 and watch until about 1:31:00" tells two points, where the reader goes and
# where to stop watching, as "until 2:41" alone is one (rounds 51 and 67); "play through to" plays the stretch)
_PLAYED_ON = r"(?:and\s+)?(?:play|run|roll|watch|continue)(?:\s+it)?(?:\s+(?:on|through))?\s+(?:to|through)"
_RANGE_MID = regex(
    # (a stamp's singular "minute" label: Burmese English "From 1:12 minute to 1:40 minute", round 202)
    rf"(?:[\s-]*mark|[\s-]+point|\s+in\b|[^\S\n]+minute\b)?{_EMPHASIS}{_LINK_CLOSE}{_EMPHASIS}{_HTML_SPACE}*"
    # "go back to 1:58 and play through to 2:30": a stretch played from the one to the other
    # (Pidgin's "from 2:05 reach 2:30", "from 1:10 go reach 1:40": "reach" is "to", only after "from")
    # (a cut that jumps over a span: "cuts from 1:02:03 straight to 1:05:40")
    # (Australian and British "from 2:10 through to 2:25": "through to" is "to")
    rf"(?P<sep>-->|→|-|–|—|&ndash;|&mdash;|&#821[12];|(?:straight|directly|right)\s+to|(?:through|thru)\s+(?:to|until|till)\b|"
    rf"to|until|till|til|through|thru|"
    # (Taglish "From 2:05 hanggang 2:30", Malay/Indonesian "from 1:10 sampai 1:40", "dari 0:40 hingga 1:05": "until",
    # also only after "from"; Swahili and Sheng "from 1:22 mpaka 1:48", "kutoka 0:40 hadi 1:05", Cebuano "From 0:40
    # hangtod 1:02", "gikan 0:15 hangtod 0:30" (round 197))
    # (Scots "fae 14:20 tae 19:05": "tae" is "to", round 108)
    # (Hindi and Urdu put "from" after the first end and "until" after the second: Hinglish "4:10 se 4:30 tak",
    # "2:05 से 2:40 तक" (round 156); "se" is the separator, a timecode on both sides of it)
    # (Nicaraguan Creole "from 1:20 go to 1:52": "go to" as the Pidgin's "go reach", only after "from", round 202)
    rf"{_PLAYED_ON}|and|(?:go\s+)?reach|go\s+to|hanggang|hingga|sampai|sampe|mpaka|hadi|hangtod|hangtud|tae|se|से)"
    rf"{_HTML_SPACE}*"
    # "from 3:50 to the final frame at 4:12": the end named, then its time
    rf"(?:the\s+{_EMPHASIS}(?:very\s+)?(?:final|last|closing|end(?:ing)?)\s+(?:frames?|shots?|images?|scenes?|cuts?|credits|fade)"
    rf"{_EMPHASIS}\s+at\s+(?:the\s+)?)?{_FRAMES_AT}"
    rf"(?P<h2>(?:{HEDGE})\s+|{_HEDGE_MARK})?(?:the\s+)?{_EMPHASIS}{_LINK_OPEN}{_EMPHASIS}",
    re.IGNORECASE,
)
_BARE_NUMBER_MID = regex(
    r"(?P<n>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?P<sep>-|–|to|and)\s*", re.IGNORECASE
)


# A verb of staying, then (a word or two: "on screen", "in frame") its end: "stays until", "remains visible till".
_LASTING_UNTIL = (r"(?:stays|stay|staying|remains|remain|remaining|lingers|linger|lingering)"
                  r"(?:\s+(?:on\s+(?:screen|camera|stage)|onscreen|in\s+(?:the\s+)?(?:frame|shot|view|picture)|"
                  r"visible|there|up|put|around|on))?\s+(?:until|till)")
# "starts at 14:02 and runs until 14:40", "play it starting at 3:14 and stopping at 3:40": a start and an end said
# with verbs.
# The start may be pointed at ("begins here, at 14:35, and runs to 14:54") or placed in the footage it names ("starts
# at 0:52 in the coastguard video and continues to 1:09") before its end is told (round 120).
_HERE_COMMA = r"(?:\s+(?:right\s+|just\s+)?(?:here|there)\s*,)?"
_IN_FOOTAGE = rf"(?:\s+(?:in|of|on)\s+(?:the|this|that|its|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b)?"
_UNTIL_TAIL = (
    rf"{_HERE_COMMA}\s+at\s+"
    rf"(?P<h1>(?:{HEDGE})\s+)?(?:the\s+)?{_EMPHASIS}(?P<a>{TC_TEXT}){_EMPHASIS}(?:[\s-]+mark)?{_IN_FOOTAGE}"
    rf"\s*,?\s+(?:and\s+)?"
    rf"(?:(?:then|it|they|he|she)\s+){{0,2}}"
    rf"(?:(?:runs|lasts|continues|goes|running|lasting|continuing|going|carries|carrying|keeps\s+going|keeps\s+on|"
    rf"run|last|continue|go|carry|keep\s+going|keep\s+on)"
    rf"(?:\s+on)?\s+(?:until|till|to|through|thru)|{_LASTING_UNTIL}"
    # right after "and", any verb going on, a few words of how: "enters the frame at 0:06 and travels left to right
    # until" ("peaks at 2:58, then fades until 3:40" tells two moments; a verb of lasting keeps its own words above:
    # "stays open until 17:00" is a shop's day)
    rf"|(?<=and\s)(?!(?:stays|remains|lingers|runs|lasts|goes|continues|keeps|carries)\b)[a-z]+s(?:\s+[a-z'’-]+){{0,4}}?\s+(?:until|till)"
    # or a negated verb of ending: "starts at 1:07:42 and doesn't cut until 1:13:10", "never stops until"
    rf"|(?:doesn['’]t|does\s+not|never|won['’]t|will\s+not)\s+(?:cuts?|stops?|ends?|breaks?|lets?\s+up|pauses?|"
    rf"finish(?:es)?|fades?|cuts?\s+away|looks?\s+away)\s+(?:until|till)"
    # the player told where to stop ("play it starting at ... and stopping at", "start at ... and stop at": a stretch
    # played); "begins at 22:10 and ends at 29:45", "the siren starts at 0:03 and stops at 1:29" tell two moments
    rf"|(?P<stop>stopping|stop)\s+(?:at|on))"
    rf"\s+(?P<h2>(?:{HEDGE})\s+)?(?:the\s+)?{_EMPHASIS}(?P<b>{TC_TEXT}){_EMPHASIS}(?:[\s-]+mark)?"
)
_START_UNTIL = regex(
    # (or kicks in: "Encore medley — kicks in at 1:31:10 and runs to 1:40:45" (round 135))
    rf"(?<![\w])(?P<open>starts|begins|starting|beginning|opens|opening|start|begin|kicks\s+(?:in|off)|kicking\s+(?:in|off)"
    rf"|kick\s+(?:in|off))(?:\s+[a-z]+ing)?{_UNTIL_TAIL}",
    re.IGNORECASE,
)
# Any verb before the start of a stretch whose end is told with a verb of lasting: "shows up at 0:48 and stays until
# 1:35", "is on screen at 2:10 and remains there till 2:40" (tried where the sentence says "until" or "till").
_ANY_UNTIL = regex(rf"(?<![\w'’-])(?P<open>[a-z]+(?:\s+(?:up|in|on|out|back|down|there))?){_UNTIL_TAIL}",
                        re.IGNORECASE)
_UNTIL_WORDS = ("until", "till")


# The openers of a stretch the player is told to play ("starting at ... and stopping at", "start at ... stop at").
_PLAYER_STARTS = frozenset({"starting", "beginning", "start", "begin"})
# The same stretch played "from" its start: "the clip was played from 3:14 and stopped at 3:40", "play the tape
# from 1:10, stopping at 1:45".
_PLAYED_FROM_STOP = regex(
    rf"(?<![\w])(?:play|played|playing|replay|replayed|replaying)\b[^.;!?]{{0,40}}?\b(?P<from>from)\s+"
    rf"(?P<h1>(?:{HEDGE})\s+)?{_EMPHASIS}(?P<a>{TC_TEXT}){_EMPHASIS}\s*,?\s+(?:and\s+)?(?:then\s+)?"
    rf"(?:stopped|stopping|stop)\s+(?:at|on)\s+(?P<h2>(?:{HEDGE})\s+)?{_EMPHASIS}(?P<b>{TC_TEXT}){_EMPHASIS}",
    re.IGNORECASE,
)


# "out of sync from 00:21:14 until the end", "from 3:10 to the end of the clip": a stretch to the footage's end (to
# the time the end is told at, if it is); a line or a list item may open with it, no "from" needed: "- **11:48** to
# the end — credits".
_UNTIL_END = regex(
    rf"(?:(?<![\w])(?P<o>from|starting\s+at|beginning\s+at)\s+|(?<![^\s>(\[]))"
    rf"(?P<h1>(?:{HEDGE})\s+)?(?:the\s+)?(?P<e1>{_EMPHASIS})(?P<a>{TC_TEXT})"
    rf"{_EMPHASIS}(?:(?:[\s-]*mark)?\s*,?\s+(?:(?:all\s+the\s+way|right)\s+)?(?:until|till|to|through|thru)\s+the\s+"
    rf"(?:very\s+)?end\b(?!\s+of\s+(?!(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}{_FOOTAGE_FILE}\b))"
    # a chapter list's open range, its title after a column's gap: "Part D   38:05 – end     Load factor", or in
    # brackets, or closing its line under a range (round 86; not "12:30 - End screen", a chapter's title, nor "15:06
    # – end" under "12:20 – release date", the last chapter's title "end")
    rf"|[^\S\n]*(?P<dash>[–—-])[^\S\n]*(?:the\s+)?end\b(?=[^\S\n]{{2,}}\S|\t|[^\S\n]*[)\]]|[^\S\n]*(?P<eol>$|\n)))"
    rf"(?:\s+of\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}{_FOOTAGE_FILE}\b)?"
    # the end told with its time: "from 3:47 until the end at 4:05", "to the end (4:05)"
    # (not after a comma: "to the end of the clip, at 2:40 he waves" is a new position)
    rf"(?:(?:\s+at\s+|\s*\()(?P<z>{TC_TEXT})(?![\d:]))?",
    re.IGNORECASE,
)


# The line before, a range of two times: "Part C   24:30 – 38:05   Collision\n".
_RANGE_LINE_BEFORE = regex(rf"{TC_TEXT}[^\S\n]*[–—-][^\S\n]*{TC_TEXT}[^\n]*\n[^\n]*$")


# "Watch it from the start to 3:44", "from the beginning of the clip until 1:10": a stretch from the footage's start
# (not "from the start of the match to 3:44", another thing's start).
_FROM_START_TO = regex(
    rf"(?<![\w])from\s+the\s+(?:very\s+)?(?:start|beginning|top)(?:\s+of\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}"
    rf"{_FOOTAGE_FILE})?\s*,?\s+(?:(?:up|right|all\s+the\s+way)\s+)?(?:to|until|till|through|thru)\s+"
    rf"(?P<h2>(?:{HEDGE})\s+)?(?:the\s+)?{_EMPHASIS}(?P<b>{TC_TEXT}){_EMPHASIS}(?:[\s-]+mark)?",
    re.IGNORECASE,
)
# The same stretch with its end said in words: "runs from the start to about 48 minutes", "from the beginning until
# the ten-minute mark", "from the very top to 2 min 30 s in" (round 73; not "from the start of the match to 48
# minutes", nor "from the start to 48 minutes later").
_FROM_START_TO_SPOKEN = regex(
    rf"(?<![\w])from\s+the\s+(?:very\s+)?(?:start|beginning|top)(?:\s+of\s+(?:the|this|that|its)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}{_FOOTAGE_FILE})?\s*,?\s+(?:(?:up|right|all\s+the\s+way)\s+)?(?:to|until|till|through|thru)\s+"
    rf"(?P<h2>(?:{HEDGE})\s+)?(?:the\s+)?(?P<d>{DURATION})(?:[\s-]+mark\b|\s+in\b(?!\s+(?:the|a|an)\b)"
    rf"|\s+into\s+(?:the|this|that|its|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?{MEDIA_NOUN}\b)?"
    r"(?!\s+(?:later|earlier|before|after|of|into|long)\b|[\w-])",
    re.IGNORECASE,
)
# What may stand before a time that opens its line: a bullet, a number, a quote mark of a reply.
_LINE_OPENING = regex(r"[ \t]*(?:[-*•>]|\d{1,2}[.)])?[ \t]*")


def find_start_untils(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """``starts at 14:02 and runs until 14:40`` -> 842..880; ``from 21:14 until the end`` -> 1274 to the end."""
    if text.find(":", b, e) < 0:
        return
    if text.find(" end", b, e) >= 0 or text.find(" END", b, e) >= 0 or text.find(" End", b, e) >= 0 \
            or text.find("–end", b, e) >= 0 or text.find("-end", b, e) >= 0 or text.find("—end", b, e) >= 0:
        yield from _until_ends(text, b, e, fps)
    low = text[b:e].lower()
    if "the start" in low or "the beginning" in low or "the top" in low or "the very" in low:
        for m in _FROM_START_TO.finditer(text, b, e):
            second = parse_timecode_text(m.group("b"), fps)
            if second is not None and second[0] > 0:
                yield Candidate("range", m.start(), m.end(), start=0.0, stop=second[0],
                                approximate=bool(m.group("h2")), granularity=second[1], timecode=True)
    patterns = (_START_UNTIL, _ANY_UNTIL) if any(w in low for w in _UNTIL_WORDS) else (_START_UNTIL,)
    for m in (m for pattern in patterns for m in pattern.finditer(text, b, e)):
        first = parse_timecode_text(m.group("a"), fps)
        second = parse_timecode_text(m.group("b"), fps)
        if first is None or second is None or second[0] <= first[0]:
            continue
        if m.group("stop") and m.group("open").lower() not in _PLAYER_STARTS:
            continue
        yield Candidate("range", m.start(), m.end(), start=first[0],
                        stop=second[0], approximate=bool(m.group("h1") or m.group("h2")), granularity=first[1],
                        timecode=True)
    if "stop" in text[b:e].lower():
        for m in _PLAYED_FROM_STOP.finditer(text, b, e):
            first = parse_timecode_text(m.group("a"), fps)
            second = parse_timecode_text(m.group("b"), fps)
            if first is not None and second is not None and second[0] > first[0]:
                yield Candidate("range", m.start("from"), m.end(), start=first[0], stop=second[0],
                                approximate=bool(m.group("h1") or m.group("h2")), granularity=first[1], timecode=True)


def _until_ends(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """``from 21:14 until the end``, ``Part D   38:05 – end   ...``: to the footage's end (or the time told)."""
    for m in _UNTIL_END.finditer(text, b, e):
        first = parse_timecode_text(m.group("a"), fps)
        if first is not None:
            begin = m.start("o") if m.group("o") else m.start("h1") if m.group("h1") else m.start("e1")
            if m.group("eol") is not None and not _RANGE_LINE_BEFORE.search(text, max(0, begin - 200), begin):
                continue  # ("15:06 – end" closing a list of "stamp – title" lines: a chapter titled "end")
            if not m.group("o") and not m.group("dash") \
                    and not _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, begin) + 1, begin):
                continue  # (with no "from", only a line's or a list item's opening time, or a dashed "– end")
            end = parse_timecode_text(m.group("z"), fps) if m.group("z") else None
            yield Candidate("range", begin, m.end(), start=first[0], approximate=bool(m.group("h1")),
                            stop=end[0] if end is not None and end[0] > first[0] else None,
                            granularity=first[1], timecode=True)


def find_from_start_spoken(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``from the start to about 48 minutes`` -> 0..2880, approximate."""
    low = text[b:e].lower()
    if "the start" not in low and "the beginning" not in low and "the top" not in low and "the very" not in low:
        return
    for m in _FROM_START_TO_SPOKEN.finditer(text, b, e):
        said = parse_duration(m.group("d"))
        if said is not None and said[0] > 0:
            yield Candidate("range", m.start(), m.end(), start=0.0, stop=said[0],
                            approximate=bool(m.group("h2")), granularity=said[1])


def find_ranges(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """``from 2:27 to 2:41``, ``between 1:05 and 1:20``, ``2:27-2:41``, ``2:27–2:41``,
    ``from the 2:10 mark to the 2:48 mark``, ``between 30 and 45 seconds in``.
    A range of timecodes whose end is not after its start is still found: it can
    only be a clock range past midnight (``from 23:58:10 to 00:02:30 by the
    camera clock``); the extractor drops it unless it is one."""
    for start in _range_starts(text, b, e):
        found = _range_at(text, start, b, e, fps)
        if found is not None:
            yield found


def _range_starts(text: str, b: int, e: int) -> list[int]:
    sentence = text[b:e]  # the sentence alone: its first word has nothing before it
    starts = [b + m.start() for m in _RANGE_DIGIT.finditer(sentence)] if ":" in sentence else []
    folded = sentence.casefold()
    if any(stem in folded for stem in _RANGE_WORD_STEMS):
        starts = sorted(starts + [b + m.start() for m in _RANGE_KEYWORD.finditer(sentence)])
    return starts


# (seconds, granularity, end, is_timecode) of one end of a range, as _atom_at reads it.
_Atom = tuple[float, float, int, bool]


def _range_at(text: str, pos: int, b: int, e: int, fps: float) -> Candidate | None:
    opener = _RANGE_OPEN.match(text, pos, e)
    if not opener:
        return None
    keyword = (opener.group("kw") or "").lower()
    # Tagalog's, Malay's, Swahili's, Cebuano's and Scots' "from"
    keyword = "from" if keyword in ("mula", "dari", "kutoka", "gikan", "fae") else keyword
    ends = _range_ends(text, opener.end(), e, fps, keyword)
    if ends is None:
        return None
    first, second, sep, h2 = ends
    if (sep == "and" and keyword != "between") or (sep == "reach" and keyword != "from") or (
            sep in ("to", "until", "till", "til", "through", "thru") and not keyword and not first[3]):
        return None
    end = second[2]
    tail_mark = _MARKS_AFTER.match(text, end, e)
    if not tail_mark and sep not in _WORD_SEPARATORS and _THE_BETWEEN.search(text, first[2], second[2]):
        return None  # "2:15 — the 24:00 challenge": a chapter's time, a dash, then its title
    if tail_mark:
        end = tail_mark.end()
    elif not (first[3] and second[3]) and not second[3]:
        described = keyword == "between" and _WHERE_AFTER.match(text, end, e)
        if not _STRONG_ANCHOR_AFTER.match(text[end:e]) and not described \
                and not _compound_offsets(text, opener.end(), first[2], mid_end(text, first[2], e), second[2], keyword,
                                          b, pos) \
                and not (_DOTTED_MINUTES.fullmatch(text, opener.end(), first[2]) and _DOTTED_END.search(text, b, end)
                         and (MEDIA_WORD.search(text, b, e) or _VIEWING.search(text, b, e))):
            return None  # "from 30 to 45 seconds" alone is a length; "see the video from 5.30 min to 6.10 min" no
        end += _anchor_object(text[end:e])
    if second[0] <= first[0] and not (first[3] and second[3]):
        return None
    begin = pos if keyword else opener.end()
    approx = bool(opener.group("h1") or h2)
    ha = hedge_after(text, end, e)
    if ha is not None:  # "3:02 to 3:20, roughly"
        approx, end = True, ha
    hb = hedge_before(text, begin, b)
    if hb is not None:
        approx, begin = True, hb
    return Candidate("range", begin, end, start=first[0], stop=second[0], approximate=approx,
                     granularity=first[1], timecode=first[3] or second[3])


# A length's verb or a changed measure's before the range: "for between 2 min 30 s and 3 min 10 s", "grew from".
_LENGTH_RANGE_BEFORE = regex(
    r"\b(?:for|lasts?|lasted|lasting|takes?|took|taking|runs?|ran|running|of|is|was|are|were|be|been|went|goes|grew|"
    r"grows|fell|falls|rose|rises|dropped|drops|increased|decreased|improved|cut|reduced|anywhere|somewhere|"
    r"anything)\s+$", re.IGNORECASE)


def mid_end(text: str, first_end: int, e: int) -> int:
    """Where the second end of a range starts, after its first end at ``first_end`` (the separator's end)."""
    mid = _RANGE_MID.match(text, first_end, e)
    return mid.end() if mid else first_end


def _compound_offsets(text: str, a: int, a_end: int, z: int, z_end: int, keyword: str, b: int, pos: int) -> bool:
    """Both ends of a range opened by "between" or "from" are offsets to the second in two units ("Between 2 min 05
    sec and 2 min 31 sec, a figure can be seen"): positions, as a lone "2 min 05 sec" said at a place is, not the
    bounds of a length ("for between 2 min 30 s and 3 min 10 s", "grew from 1 min 5 s to 1 min 40 s")."""
    # (after "between", one end in two units will do: "Between three minutes and three minutes forty seconds, the
    # officer waves" (round 177))
    # (after "from" opening its clause, so will one: "From four minutes to four minutes and twenty-five seconds, the
    # daughter is pleading" (round 194); a "from" further in may be a measure's change: "cut waits from four minutes to
    # three minutes and ten seconds")
    first_two, second_two = _COMPOUND_OFFSET.fullmatch(text, a, a_end), _COMPOUND_OFFSET.fullmatch(text, z, z_end)
    one_end = bool(first_two or second_two)
    if not ((keyword == "from" and ((first_two and second_two) or (one_end and _opens_clause(text, b, pos))))
            or (keyword == "between" and one_end)):
        return False
    length_verb = _LENGTH_RANGE_BEFORE.search(text, max(b, pos - 30), pos)
    # ("The full attempt is from 9h58m to about 10h41m": a part of the recording said to be there, where "from"
    # follows a verb of being; "for between 2 min 30 s and 3 min 10 s" stays a length)
    return length_verb is None or (keyword == "from" and _BEING_BEFORE.fullmatch(length_verb.group()) is not None
                                   and _STAMP_STYLE.search(text, a, a_end) is not None
                                   and _STAMP_STYLE.search(text, z, z_end) is not None)


def _opens_clause(text: str, b: int, pos: int) -> bool:
    """Nothing but a clause's opening punctuation between the sentence's start ``b`` and ``pos``, or only the
    conjunction opening the sentence: "And from four minutes to four minutes and twenty seconds, you can see the
    traffic" (round 201's Senedd record; not "Waits went down, and then from four minutes to ...", a measure's
    change told on)."""
    head = text[b:pos].rstrip()
    return not head or head[-1] in ",;:(\u2014\u2013\n" or _OPENING_CONJUNCTION.fullmatch(head) is not None


# A conjunction opening a sentence: "And", "And then", "Then", "But", "So".
_OPENING_CONJUNCTION = regex(r"[\s*_>-]*(?:and(?:\s+then)?|then|but|so)", re.IGNORECASE)


_BEING_BEFORE = regex(r"(?:is|was|are|were)\s+", re.IGNORECASE)
# An end written as a VOD's stamp, its units glued on ("9h58m", "3m12s"), not a spoken length ("2 min 5 s").
_STAMP_STYLE = regex(r"\d(?:h\d{1,2}m|m\d{1,2}s)", re.IGNORECASE)


def find_table_ranges(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """A row of a Markdown or HTML table whose header names a Start and an End column: one range from the time
    in the one to the time in the other ("| Intro | 0:00 | 0:45 |" under "| Part | Start | End |"), in a table
    that logs footage (a time in it is under an hour written "0:12" or "00:12", or one no clock shows:
    "1:02:10", "34:10"); a table of clocks ("| Early | 06:00 | 14:00 |") is left to the clock rules."""
    if text.find("|", b, e) >= 0:
        yield from _pipe_row_range(text, b, e, fps)
    elif text.find("<t", b, e) >= 0:
        yield from _html_cell_range(text, b, e, fps)


def find_ass_events(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """An ASS script's ``Dialogue:`` line: one range from its Start field to its End field ("Dialogue:
    0,0:01:02.50,0:01:05.10,Default,,0,0,0,,You're late."), as an SRT cue's "-->" is. The fields are joined by
    commas, which the plain timecode does not read past ("1,2:30" is no time)."""
    if text.find("Dialogue:", b, e) < 0:
        return
    yield from _comma_timed_pairs(_ASS_EVENT, text, b, e, fps)


def find_sbv_cues(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """A YouTube ``.sbv`` caption's timing line: its start and end joined by a comma on a line of their own
    ("0:00:04.200,0:00:07.850", the caption's text on the lines below), one range as an SRT cue's "-->" is."""
    if text.find(",", b, e) < 0:
        return
    yield from _comma_timed_pairs(_SBV_CUE, text, b, e, fps)


def find_ttml_cues(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """A TTML (or DFXP/IMSC) caption element's timing attributes: one range from its ``begin`` to its ``end``
    ('<p begin="00:00:12.480" end="00:00:15.000">', 'begin='00:02:10:05' region="r1" end='00:02:13:00'', an
    offset 'begin="12.5s" end="15s"'), as an SRT cue's "-->" is; the attribute names the two ends."""
    if text.find("begin", b, e) < 0:
        return
    for m in _TTML_CUE.finditer(text, b, e):
        first, second = _ttml_time(m.group("a"), fps), _ttml_time(m.group("b"), fps)
        if first is None or second is None:
            continue
        (start, granularity), (end, _g) = first, second
        if end > start:
            yield Candidate("range", m.start("a"), m.end("b"), start=start, stop=end, granularity=granularity,
                            timecode=True)


def _ttml_time(value: str, fps: float) -> tuple[float, float] | None:
    """Seconds and granularity of a TTML time expression: a clock time ("00:01:04.200", "00:01:04:12" in frames)
    or an offset in seconds or milliseconds ("64.2s", "64200ms")."""
    clock = TIMECODE.fullmatch(value)
    if clock is not None:
        return timecode_value(clock, fps)
    offset = _TTML_OFFSET.fullmatch(value)
    if offset is None:
        return None
    number = float(offset.group(1))
    return (number / 1000.0, 0.001) if offset.group(2) == "ms" else (number, 0.1 if "." in offset.group(1) else 1.0)


def _comma_timed_pairs(pattern: re.Pattern[str], text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """One range for each match of ``pattern`` (groups ``a`` and ``b``, a caption's start and end joined by a
    comma): the plain timecode finder does not read past a comma into a digit."""
    for m in pattern.finditer(text, b, e):
        a, z = ("a", "b") if m.group("a") is not None else ("pa", "pb")  # (_SBV_CUE's pair in prose)
        first, second = TIMECODE.fullmatch(m.group(a)), TIMECODE.fullmatch(m.group(z))
        if first is None or second is None:
            continue
        (start, granularity), (end, _g) = timecode_value(first, fps), timecode_value(second, fps)
        if end > start:
            yield Candidate("range", m.start(a), m.end(z), start=start, stop=end, granularity=granularity,
                            timecode=True)


# An ASS event line's Layer, Start and End fields (Start and End are h:mm:ss.cc).
# (a note may quote the line as a list item or in backticks: "- Dialogue: 0,0:16:02.35,...", "> `Dialogue: ...")
# (an old SSA v4 script's first field is Marked, not Layer: "Dialogue: Marked=0,0:01:02.40,0:01:05.90,..." (round 92))
# (or quote it in prose, in brackets or quotes: "like the .ass says (Dialogue: 0,0:01:28.00,0:01:58.00,OP,...)"
# (round 134))
_ASS_EVENT = regex(r"(?m)(?:^[ \t]*(?:[-*•>][ \t]*)?`?|(?<=[(\[\"“'‘`]))Dialogue:[ \t]*(?:Marked[ \t]*=[ \t]*)?\d{1,3},"
                   r"(?P<a>\d{1,2}:[0-5]\d:[0-5]\d\.\d{1,3}),"
                   r"(?P<b>\d{1,2}:[0-5]\d:[0-5]\d\.\d{1,3}),")
# A TTML element's begin and end attributes, a few other attributes between them (region, style, xml:id).
_TTML_CUE = regex(r"(?<![\w:-])begin[ \t]*=[ \t]*(?P<qa>[\"'])(?P<a>[\d:.,]{2,14}m?s?)(?P=qa)"
                  r"(?:[ \t]+[\w:.-]{1,20}[ \t]*=[ \t]*(?P<qo>[\"'])[^\"'<>\n]{0,40}(?P=qo)){0,4}?"
                  r"[ \t]+end[ \t]*=[ \t]*(?P<qb>[\"'])(?P<b>[\d:.,]{2,14}m?s?)(?P=qb)")
_TTML_OFFSET = regex(r"(\d{1,6}(?:\.\d{1,3})?)(ms|s)")
# An .sbv caption's timing line: h:mm:ss.mmm,h:mm:ss.mmm and nothing else on the line; or the same pair quoted in
# prose, three decimals each and the bare comma between: "Then at 0:09:15.000,0:09:18.400 it says" (round 93; an ASS
# event's fields, "0,0:01:02.50,0:01:05.10,Default", have a comma on either side).
_SBV_CUE = regex(r"(?m)^[ \t]*(?P<a>\d{1,2}:[0-5]\d:[0-5]\d\.\d{1,3}),"
                      r"(?P<b>\d{1,2}:[0-5]\d:[0-5]\d\.\d{1,3})[ \t]*$"
                      r"|(?<![\w,.:])(?P<pa>\d{1,2}:[0-5]\d:[0-5]\d\.\d{3}),(?P<pb>\d{1,2}:[0-5]\d:[0-5]\d\.\d{3})"
                      r"(?![\w,:]|\.\d)")


def find_loose_srt_cues(text: str, b: int, e: int) -> Iterator[Candidate]:
    """An SRT cue's timing typed with a field left one digit wide: "00:00:6,000 --> 00:00:08,400" (round 110, a
    beginner's cue that a player rejects) still says where the caption runs, one range as a well-formed cue is. Only
    where a side is not a plain timecode (those are the range finder's)."""
    if text.find("-->", b, e) < 0:
        return
    for m in _LOOSE_SRT_CUE.finditer(text, b, e):
        if TIMECODE.fullmatch(m.group("a")) and TIMECODE.fullmatch(m.group("b")):
            continue
        start, end = _loose_srt_seconds(m, "a"), _loose_srt_seconds(m, "b")
        if end > start:
            yield Candidate("range", m.start("a"), m.end("b"), start=start, stop=end, granularity=0.001,
                            timecode=True)


def _loose_srt_seconds(m: re.Match[str], side: str) -> float:
    """Seconds of one side of a _LOOSE_SRT_CUE match."""
    return (int(m.group(side + "h")) * 3600 + int(m.group(side + "m")) * 60 + int(m.group(side + "s"))
            + int(m.group(side + "ms").ljust(3, "0")) / 1000.0)


# An SRT cue's two stamps and its arrow, each field one or two digits (minutes and seconds under 60), milliseconds
# after a comma or a full stop.
_LOOSE_SRT_STAMP = r"(?P<{0}h>\d{{1,2}}):(?P<{0}m>[0-5]?\d):(?P<{0}s>[0-5]?\d)[,.](?P<{0}ms>\d{{1,3}})"
_LOOSE_SRT_CUE = regex(rf"(?<![\w:.,])(?P<a>{_LOOSE_SRT_STAMP.format('a')})[ \t]*-->[ \t]*"
                       rf"(?P<b>{_LOOSE_SRT_STAMP.format('b')})(?![\w:]|[.,]\d)")


def find_in_out_pairs(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """An edit's select told by its in and out points: "IN 01:05 / OUT 01:18", "In: 0:42, Out: 0:57", "in-point
    12:10 – out-point 12:31": one range from the one to the other, as a table's "TC In" and "TC Out" columns are."""
    if text.find("OUT", b, e) < 0 and text.find("Out", b, e) < 0 and text.find("ut-point", b, e) < 0 \
            and text.find("ut point", b, e) < 0 and text.find("out at", b, e) < 0:
        return  # (every out mark holds one of these)
    for m in _IN_OUT.finditer(text, b, e):
        first, second = TIMECODE.fullmatch(m.group("a")), TIMECODE.fullmatch(m.group("b"))
        if first is None or second is None:
            continue
        (start, granularity), (end, _g) = timecode_value(first, fps), timecode_value(second, fps)
        if end > start:
            yield Candidate("range", m.start(), m.end(), start=start, stop=end, granularity=granularity, timecode=True)


# "IN" and "OUT" in capitals or with a colon ("In: 0:42"), or said as in- and out-points, each before its time.
# (a subtitle's QC note says each with "at": "in at 00:05:21:10, out at 00:05:24:02")
# (a newsroom script's sound bite says each with "at", the first with the source it is in: "IN at 1:02 of
# interview, OUT at 1:19")
_IN_MARK = r"(?:IN(?:[ \t]+at)?|In\s*:|TC\s+IN|[Ii]n[\s-]point\s*:?|[Ii]n\s+at)"
_OUT_MARK = r"(?:OUT(?:[ \t]+at)?|Out\s*:|TC\s+OUT|[Oo]ut[\s-]point\s*:?|[Oo]ut\s+at)"
_IN_SOURCE = r"(?:[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}?(?=[ \t]*[/,;|–—-]))?"
_IN_OUT = regex(
    rf"(?<![\w-]){_IN_MARK}[ \t]*(?P<a>{TC_TEXT}){_IN_SOURCE}[ \t]*(?:[/,;|–—-]|and)?[ \t]*"
    rf"{_OUT_MARK}[ \t]*(?P<b>{TC_TEXT})(?![\w:])")


def find_cut_options(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """A command line cutting the footage by its seek options, as ffmpeg's are: "-ss 00:01:30 -to 00:02:10" is the
    range from the one to the other, "-ss 90 -t 40" the range from 90 s for 40 s (a start and a length), whatever
    options stand between ("-ss 1:30 -i in.mp4 -to 2:10"); and a prober's chapter line told in seconds, ffprobe's
    "Chapter #0:3: start 2470.000000, end 3105.400000", the chapter's span in the file."""
    if text.find("start", b, e) >= 0 and text.find("Chapter", b, e) >= 0:
        for m in _PROBE_CHAPTER.finditer(text, b, e):
            start, end = float(m.group("a")), float(m.group("b"))
            if end > start:
                yield Candidate("range", m.start(), m.end(), start=start, stop=end, granularity=1.0)
    if text.find("-ss", b, e) < 0:
        return
    for m in _CUT_OPTIONS.finditer(text, b, e):
        first, second = _option_seconds(m.group("a"), fps), _option_seconds(m.group("b"), fps)
        if first is None or second is None:
            continue
        (start, granularity), (value, _g) = first, second
        end = start + value if m.group("op") == "t" else value
        if end > start:  # (a seek option is never a clock of the day: no clock rule reads it)
            yield Candidate("range", m.start("a"), m.end("b"), start=start, stop=end, granularity=granularity)


def _option_seconds(value: str, fps: float) -> tuple[float, float] | None:
    """Seconds and granularity of a seek option's value: a timecode ("00:01:30", "1:30.5") or plain seconds ("90")."""
    tc = TIMECODE.fullmatch(value)
    if tc is not None:
        return timecode_value(tc, fps)
    return (float(value), 1.0) if _OPTION_SECONDS.fullmatch(value) else None


# ffprobe's chapter line: "Chapter #0:3: start 2470.000000, end 3105.400000" (seconds, to six places).
_PROBE_CHAPTER = regex(r"\bChapter[ \t]+#\d{1,2}[:.]\d{1,3}:?[ \t]+start[ \t]+(?P<a>\d{1,6}\.\d{1,6}),[ \t]*"
                       r"end[ \t]+(?P<b>\d{1,6}\.\d{1,6})(?![\w.])")
_OPTION_VALUE = rf"(?:{TC_TEXT}|\d{{1,6}}(?:\.\d{{1,3}})?)"
_OPTION_SECONDS = regex(r"\d{1,6}(?:\.\d{1,3})?")
# "-ss START", up to four other arguments, then "-to END" or "-t LENGTH".
_CUT_OPTIONS = regex(
    rf"(?<!\S)-ss[ \t]+(?P<a>{_OPTION_VALUE})(?![\w:.])(?:[ \t]+(?!-t(?:o)?[ \t])\S+){{0,4}}?"
    rf"[ \t]+-(?P<op>to|t)[ \t]+(?P<b>{_OPTION_VALUE})(?![\w:.])")


def _pipe_row_range(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    line = text.rfind("\n", 0, b) + 1
    stop = text.find("\n", line)
    stop = len(text) if stop < 0 else stop
    table = pipe_table_rule(text, line, TABLE_RANGE_REACH)
    if table is None:
        return
    rule, header_end = table
    columns = _start_end_columns(_pipe_cells(text, text.rfind("\n", 0, header_end) + 1, header_end)[1])
    spans, _cells = _pipe_cells(text, line, stop)
    if columns is None or columns[1] >= len(spans):
        return
    first, second = (_cell_timecode(text, *spans[i]) for i in columns)
    if first is None or second is None or not (b <= first.start() and second.end() <= e):
        return
    table_end = text.find("\n\n", line, line + TABLE_RANGE_REACH)
    if not _FOOTAGE_TABLE_TIME.search(text, rule.end(), line + TABLE_RANGE_REACH if table_end < 0 else table_end):
        return
    (start, granularity), (end, _g) = timecode_value(first, fps), timecode_value(second, fps)
    if end > start:
        yield Candidate("range", first.start(), second.end(), start=start, stop=end, granularity=granularity)


def _html_cell_range(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """:func:`find_table_ranges` of an HTML table, each cell of which is a sentence: the Start cell's time is the
    range's quote; the End cell's time is claimed, as part of that range, by its whole cell."""
    cell = _HTML_CELL_SPAN.search(text, b, e)
    if cell is None or (time := _cell_timecode(text, *cell.span("c"))) is None:
        return
    reach = max(0, b - TABLE_RANGE_REACH)
    row = text.rfind("<tr", reach, cell.start())
    table = text.rfind("<table", reach, max(0, row))
    header = _HTML_ROW_SPAN.search(text, table) if row >= 0 and table >= 0 else None
    row_end = text.find("</tr", cell.end(), cell.end() + TABLE_RANGE_REACH)
    if header is None or header.start() >= row or row_end < 0:
        return
    columns = _start_end_columns([_TAG_TEXT.sub("", c.group("c")) for c in _HTML_CELL_SPAN.finditer(header.group(0))])
    cells = [c.span("c") for c in _HTML_CELL_SPAN.finditer(text, row, row_end + 5)]
    if columns is None or columns[1] >= len(cells) or cell.span("c") not in (cells[columns[0]], cells[columns[1]]):
        return
    first, second = (_cell_timecode(text, *cells[i]) for i in columns)
    table_end = text.find("</table", row_end, row_end + TABLE_RANGE_REACH)
    if first is None or second is None or not _FOOTAGE_TABLE_TIME.search(
            text, table, row_end + TABLE_RANGE_REACH if table_end < 0 else table_end):
        return
    (start, granularity), (end, _g) = timecode_value(first, fps), timecode_value(second, fps)
    if end <= start:
        return
    if time.start() == first.start():
        yield Candidate("range", first.start(), first.end(), start=start, stop=end, granularity=granularity)
    else:
        yield Candidate("point", cell.start(), cell.end(), start=end, excluded="end of a table's range")


def _start_end_columns(header: list[str]) -> tuple[int, int] | None:
    """The first Start and End columns of a table's header cells, the End one after."""
    names = [_TABLE_MARKUP.sub("", cell).strip().casefold() for cell in header]
    starts = [i for i, h in enumerate(names) if _START_HEADER.fullmatch(h)]
    ends = [i for i, h in enumerate(names) if _END_HEADER.fullmatch(h)]
    return (starts[0], ends[0]) if starts and ends and starts[0] < ends[0] else None


def _pipe_cells(text: str, line: int, stop: int) -> tuple[list[tuple[int, int]], list[str]]:
    """The cells of the table line text[line:stop] (the spans and texts between its pipes, outer pipes dropped)."""
    bounds = [line - 1] + [i for i in range(line, stop) if text[i] == "|"] + [stop]
    spans = [(lo + 1, hi) for lo, hi in zip(bounds, bounds[1:])]
    if spans and not text[spans[0][0]:spans[0][1]].strip():
        spans = spans[1:]  # "| a | b |": nothing before the first pipe
    if spans and not text[spans[-1][0]:spans[-1][1]].strip():
        spans = spans[:-1]
    return spans, [text[lo:hi] for lo, hi in spans]


def _cell_timecode(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The timecode a table cell holds alone (maybe in bold or code markup)."""
    m = TIMECODE.search(text, lo, hi)
    if m is None or _TABLE_MARKUP.sub("", text[lo:m.start()] + text[m.end():hi]).strip():
        return None
    return m


# How far a Markdown table's header is looked for above a row, and its times below it.
TABLE_RANGE_REACH = 2000
_TABLE_MARKUP = regex(r"[*_`]+|</?(?:b|strong|em|i|code|time|span)\b[^<>]{0,40}>", re.IGNORECASE)
_HTML_CELL_SPAN = regex(r"<t[dh]\b[^<>]{0,30}>(?P<c>.*?)</t[dh]\s*>", re.IGNORECASE | re.DOTALL)
_HTML_ROW_SPAN = regex(r"<tr\b.*?</tr\s*>", re.IGNORECASE | re.DOTALL)
_TAG_TEXT = regex(r"<[^<>]*>")
# A Start or End column's header, maybe with its unit: "Start", "TC In", "End (mm:ss)".
_START_HEADER = regex(
    r"(?:start|starts|start\s+time|begins?|from|(?:tc\s+|timecode\s+)?in|in[\s-]point|time\s+in)(?:\s*\([^()]*\))?")
_END_HEADER = regex(
    r"(?:end|ends|end\s+time|stop|stops|to|until|(?:tc\s+|timecode\s+)?out|out[\s-]point|time\s+out)"
    r"(?:\s*\([^()]*\))?")
# A time only footage is logged in: under an hour written with a zero hour, or one no clock shows.
_FOOTAGE_TABLE_TIME = regex(
    r"(?<![\d:.])(?:0?0:[0-5]\d(?::[0-5]\d)?|[1-9]:[0-5]\d:[0-5]\d|(?:2[4-9]|[3-9]\d|\d{3}):[0-5]\d)(?![\d:])")


_WORD_SEPARATORS = frozenset({"to", "until", "till", "til", "through", "thru", "and", "reach"})
_THE_BETWEEN = regex(r"\bthe\b", re.IGNORECASE)
# "the good part is between 22 and 24 minutes where she opens the box": a stretch of the video, described.
_WHERE_AFTER = regex(r"\s+(?:where|when)\s+(?:she|he|they|it|the|you|we|i)\b", re.IGNORECASE)


def _range_ends(text: str, first_pos: int, e: int, fps: float, keyword: str) \
        -> tuple[_Atom, _Atom, str, str | None] | None:
    """Both ends of a range, its separator and the hedge of its second end."""
    first = _atom_at(text, first_pos, e, fps)
    if first is None:
        return _bare_number_range(text, first_pos, e, fps) if keyword else None
    if keyword == "between" and not first[3]:
        split = _split_between(text, first_pos, first[2], fps)
        if split is not None:
            return split
    mid = _RANGE_MID.match(text, first[2], e)
    if not mid:
        return None
    second = _atom_at(text, mid.end(), e, fps)
    if second is None:
        return None
    sep = mid.group("sep").lower()
    until = sep.endswith("reach") or sep.startswith("go") or sep in _FOREIGN_UNTIL
    return first, second, "reach" if until else "to" if " " in sep or sep in _FOREIGN_TO else sep, mid.group("h2")


# "until" in the languages a "from" range is written with in English posts: Tagalog, Malay and Indonesian, Swahili
# and Sheng, Cebuano.
_FOREIGN_UNTIL = frozenset({"hanggang", "hingga", "sampai", "sampe", "mpaka", "hadi", "hangtod", "hangtud"})
# "to" in the languages a range is written with in English posts: Scots "tae", Hindi and Urdu "se" (the first end's
# "from", the second's "tak" after it: "4:10 se 4:30 tak").
_FOREIGN_TO = frozenset({"tae", "se", "से"})


# An offset to the second in two units: "2 min 05 sec", "2m05s", "1 minute 20 seconds", "1 min 20", "1h 02m"; or
# spelled out, each unit said: "three minutes and ten seconds", "one minute fifty-five seconds" (round 94).
_COMPOUND_OFFSET = regex(
    r"\d{1,3}[^\S\n]*(?:h|hrs?|hours?|m|mins?|minutes?)\.?,?[^\S\n]*(?:and[^\S\n]+)?\d{1,2}[^\S\n]*"
    r"(?:m|mins?|minutes?|s|secs?|seconds?)?\.?"
    rf"|(?:{NUMBER}|an?)[^\S\n]+(?:hours?|minutes?)[^\S\n]*,?[^\S\n]*(?:and[^\S\n]+)?{NUMBER}[^\S\n]+"
    r"(?:minutes?|seconds?)", re.IGNORECASE)
# Where one spoken duration may have swallowed two with its "and": "2 min 05 sec and 2 min 31 sec".
_AND_JOIN = regex(r"[^\S\n]+and[^\S\n]+", re.IGNORECASE)
# A bare amount after a unit, the next smaller unit said without its word: "two minutes thirty", "2 min 05".
_BARE_AFTER_UNIT = regex(r"[^\S\n-]*(?:-[^\S\n]*)?[\w-]+[^\S\n]*", re.IGNORECASE)
_UNIT_RANK = {"h": 3, "m": 2, "s": 1}


def _unit_ranks(text: str, a: int, z: int) -> tuple[int, int] | None:
    """The rank (hours 3, minutes 2, seconds 1) of the first and of the last unit said in text[a:z], the last one
    lowered by one when a bare amount follows its word ("two minutes thirty": seconds)."""
    tokens = list(UNIT_TOKEN.finditer(text, a, z))
    if not tokens:
        return None
    first, last = tokens[0].group().lstrip("0123456789 \xa0"), tokens[-1]
    rank = _UNIT_RANK.get(last.group().lstrip("0123456789 \xa0")[:1].lower(), 0)
    if last.end() < z and _BARE_AFTER_UNIT.fullmatch(text, last.end(), z):
        rank -= 1
    return _UNIT_RANK.get(first[:1].lower(), 0), rank


def _split_between(text: str, a: int, z_end: int, fps: float) -> tuple[_Atom, _Atom, str, None] | None:
    """"between 2 min 05 sec and 2 min 31 sec", "Between three minutes and three minutes forty seconds" (round 177):
    the two ends a spoken duration read as one amount. One amount says its units largest first; where the part
    after an "and" starts again at a unit as large as the last one before it, the "and" joins two amounts ("two
    minutes and thirty seconds" is one)."""
    for join in _AND_JOIN.finditer(text, a, z_end):
        left, right = _unit_ranks(text, a, join.start()), _unit_ranks(text, join.end(), z_end)
        if left is None or right is None or right[0] < left[1]:
            continue
        first, second = _atom_at(text, a, join.start(), fps), _atom_at(text, join.end(), z_end, fps)
        if first is None or second is None or first[2] != join.start() or second[2] != z_end:
            continue
        return first, second, "and", None
    return None


# The unit closing the second number, which the bare first one shares: "from 2 to 3 minutes".
_UNIT_AT_END = regex(r"(hours?|minutes?|seconds?|mins?|secs?)\W*$", re.I)


def _bare_number_range(text: str, first_pos: int, e: int, fps: float) -> tuple[_Atom, _Atom, str, None] | None:
    """"between 30 and 45 seconds in": the first number borrows the second's unit."""
    bm = _BARE_NUMBER_MID.match(text, first_pos, e)
    if not bm:
        return None
    second = _atom_at(text, bm.end(), e, fps)
    if second is None or second[3]:
        return None
    unit = _UNIT_AT_END.search(text[bm.end():second[2]])
    parsed = parse_duration(f"{bm.group('n')} {unit.group(1)}") if unit else None
    if parsed is None:
        return None
    return (parsed[0], parsed[1], bm.start("sep"), False), second, bm.group("sep").lower(), None


_BETWEEN_MARKS = regex(
    # (the first may say its unit too: "between the 2-minute and 3-minute marks", "from the one-minute mark to ...")
    rf"(?<![\w])(?:between|from)\s+the\s+(?P<a>{NUMBER})(?:[\s-]+(?P<u>hour|minute|second|min|sec)s?\b(?:[\s-]+mark\b)?)?"
    rf"[\s-]+(?:and|to)\s+(?:the\s+)?(?P<b>{DURATION})[\s-]+marks?\b",
    re.IGNORECASE,
)


# A mark said with its unit, then the range's end as a bare length or another mark: "from roughly the 35-minute mark
# to 50 minutes", "from the two-minute mark until the three-minute mark" (not "to 50 minutes later").
_FROM_MARK_TO = regex(
    rf"(?<![\w])from\s+(?P<h1>(?:{HEDGE})\s+)?the\s+(?P<a>{DURATION})[\s-]+mark\s+(?:to|until|till|through)\s+"
    rf"(?P<h2>(?:{HEDGE})\s+)?(?:the\s+)?(?P<b>{DURATION})(?:[\s-]+mark\b)?"
    r"(?![\w-]|\s+(?:later|after|before|earlier|long|in\b|into\b))",
    re.IGNORECASE,
)


# The unit named in the second mark, which the first shares.
_UNIT_IN = regex(r"(hour|minute|second)", re.IGNORECASE)


def find_mark_pairs(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``between the two- and three-minute marks``: the first number borrows the second's unit; ``from roughly the
    35-minute mark to 50 minutes``: a mark, then the end said as a length."""
    if "mark" not in text[b:e].lower():
        return
    for m in _FROM_MARK_TO.finditer(text, b, e):
        first, second = parse_duration(m.group("a")), parse_duration(m.group("b"))
        if first is not None and second is not None and second[0] > first[0]:
            yield Candidate("range", m.start(), m.end(), start=first[0], stop=second[0], granularity=first[1],
                            approximate=bool(m.group("h1") or m.group("h2")))
    for m in _BETWEEN_MARKS.finditer(text, b, e):
        second = parse_duration(m.group("b"))
        unit = _UNIT_IN.search(m.group("b"))
        own = m.group("u") or (unit.group(1) if unit else None)
        first = parse_duration(f"{m.group('a')} {own}") if own else None
        if first is None or second is None or second[0] <= first[0]:
            continue
        yield Candidate("range", m.start(), m.end(), start=first[0], stop=second[0], granularity=first[1])
