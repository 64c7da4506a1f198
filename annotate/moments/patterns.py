"""The regular grammar of time phrases: timecodes, spoken durations, links, hedges."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.numbers import AND_SAID, HALF_SIGN, MISSPELT_UNIT, NUMBER_WORDS


def _by_first_letter(ordered: list[str]) -> str:
    """``"|".join(ordered)`` (escaped) with the stems of each first letter grouped after it once, their order kept:
    the same matches (at a position only stems of its letter can match, longest first as before), but ``re`` tries
    one branch a letter instead of every stem at every position (about four times faster)."""
    firsts = list(dict.fromkeys(stem[0] for stem in ordered))
    groups = []
    for first in firsts:
        rests = [re.escape(stem[1:]) for stem in ordered if stem[0] == first]
        groups.append(re.escape(first) + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]))
    return "|".join(groups)


# (grouped by first letter: the same alternatives in the same order at each position, one branch tried a letter)
_NUMW = _by_first_letter(sorted(NUMBER_WORDS, key=len, reverse=True))
# A number in words or digits: "twenty-seven", "one hundred and forty-seven", "147", "1.5".
NUMBER = (
    rf"(?:\d+(?:\.\d+)?{HALF_SIGN}?|(?:{_NUMW})(?:[\s-]+(?:and[\s-]+)?(?:{_NUMW}))*)"
)
# What stands for an amount before a unit: a number, "a"/"an", "half a", "a dozen", "two and a half".
AMOUNT = (
    rf"(?:(?:(?:a|one|three)[\s-]+)?quarters?[\s-]+of[\s-]+an?|half[\s-]+an?|(?:an?[\s-]+)?(?:half|quarter)(?=[\s-]+(?:hour|minute))|an?[\s-]+dozen|an?[\s-]+half|(?:{NUMBER}|an?)(?:[\s-]+{AND_SAID}[\s-]+a[\s-]+half)?)"
)
UNIT_WORD = rf"(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|{MISSPELT_UNIT})"
# One amount-unit part: "two minutes", "27 seconds", "four-minute", "2 min", "27 s", "2m".
# A clock written with "h" ("06h00", "21h30", "8h30": French, Canadian, African usage) is no "6 hours": its
# hour is never read as a part ("1h20m" and "2h 05m" keep theirs; "1h10" is no "1 hour" either).
# (but "roughly 2h50 in" closing its clause is an offset into the footage, as "2h50m in" is)
CLOCK_H = r"(?:[01]?\d|2[0-3])h[0-5]\d(?!\d|\s?(?:m|mins?|minutes?)(?![a-z])|[^\S\n]+in[^\S\n]*(?:[.,;:!?)\n]|$))"
# (a round amount hedged between it and its unit: "twenty-odd seconds", "30-odd minutes")
# (a non-breaking hyphen too, as pasted: "2&#8209;min", "2\u2011min")
PART = (rf"(?:{AMOUNT}(?:-odd)?(?:[\s\u2011-]|&nbsp;|&#160;|&#8209;)*{UNIT_WORD}(?![a-z])"
        rf"|(?!{CLOCK_H})\d+(?:\.\d+)?(?:\s|&nbsp;|&#160;)?[hms](?![a-z]))")
# A gate: every spoken duration (DURATION) holds one of these, a unit word with no letter after it or a
# digit with h/m/s. The look-ahead is a one-character test that spares the word alternation at most
# positions ("ministry" and "Security" hold the stems "min" and "sec" but no unit).
UNIT_TOKEN = regex(rf"(?=[hms]){UNIT_WORD}(?![a-z])|\d(?:\s|&nbsp;|&#160;)?[hms](?![a-z])", re.IGNORECASE)
# (a comma before "a second" starts a new phrase: "In the final 20 seconds, a second drone crosses")
# (a line break alone joins no parts: "for about 25 min\n6h12m  Sub train" ends one note and opens the next line's
# stamp)
# (and a space as pasted HTML writes it: "a highlights video, 6&nbsp;min&nbsp;40&nbsp;s long" (round 94))
# (no part joins after seconds, the smallest unit: "&t=2h17m48s, and twenty seconds later" is a link's offset, then
# a relative of its own (round 193))
_JOIN = (r"(?<!\ds)(?<!\d\ss)(?<!sec)(?<!secs)(?<!second)(?<!seconds)"
         r"(?:\s*,\s*(?:and\s+)?(?!an?\s+(?:second|minute|hour)\b)|[\s-]+and[\s-]+|(?:[^\S\n]|-|&nbsp;|&#160;)+"
         r"|(?<=[hms])(?=\d))")
# Minutes said with no unit after an hour ("1hr 5", "1hr5", "an hour ten", "2 hours and twenty"), or seconds after a
# minute ("2min30", "2 minutes and 30"), as a clock is read; only before a word that cannot be counted by them
# ("1 hour 20 people" counts people) or the end of the phrase. (Not after a bare "m": "2m30" is also a height.)
_TENS_WORD = r"(?:twenty|thirty|forty|fifty)"
BARE_MINUTES = (
    r"(?:(?<=h)|(?<=hr)|(?<=hrs)|(?<=hour)|(?<=hours)|(?<=min)|(?<=mins)|(?<=minute)|(?<=minutes))(?:[^\S\n]|-)*(?:and[\s-]+)?"
    rf"(?:[0-5]?\d|{_TENS_WORD}(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|"
    # (not a lone "one": "the first 40 min one" is the first-40-minute one, a pronoun (round 71))
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|two|three|four|five|six|seven|eight|nine)"
    r"(?![\w:]|[.,]\d)"
    r"(?=[^\S\n]*(?:$|\n|[^\w\s.,-]|[.,](?!\d)|-(?!\w)|(?:in|into|or|mark|later|latter|earlier|before|after|ish|"
    r"and|when|where|the|he|she|they|it|we|you|i|is|was|for|to|on|there|then|that|this|just|so|lol|tho|though|"
    r"maybe|approx|give|long|video|clip|film|stream|vod|vid|episode|recording|footage|cut|version)\b))"
)
# A spoken duration: parts joined by spaces/commas/"and", optionally "and a half".
DURATION = rf"(?:{PART}(?:{_JOIN}{PART})*(?:[\s-]+{AND_SAID}[\s-]+a[\s-]+(?:half|quarter)|{BARE_MINUTES})?)"
# Compact clock-style durations that are unambiguous without an anchor: 2m27s, 1h2m3s, 2 min 27 s.
COMPACT = (
    r"(?<![\w.])(?:\d+\s?(?:h|hrs?)\s?\d+\s?(?:m|mins?)(?:\s?\d+(?:\.\d+)?\s?(?:s|secs?))?"
    r"|\d+\s?(?:m|mins?)\s?\d+(?:\.\d+)?\s?(?:s|secs?))(?![\w])"
)

# What may not stand before a timecode's first digit, read just after that digit (TIMECODE).
_TC_START = r"(?<![^\W_]\d)(?<![:./$€£¥]\d)(?<![^\W_]_\d)(?<![^\W_]__\d)(?<![\w][.,]\d)"
# Timecodes: [h:]m:ss[.fff] or h:mm:ss,fff (SRT) or hh:mm:ss:ff (frames).  The look-arounds keep
# them out of longer colon/number runs (dockets, ratios like 1:50,000, IPs, dates like 2017-11-13).
TIMECODE = regex(
    # (Markdown's underscores may wrap it, "_~3:10_", "__0:48__", but not join it to a word: "take_3:10")
    # (the look-behinds are read past the first digit, "(?<![^\W_]\d)" for "(?<![^\W_])" before it: a pattern
    # opening on a digit is tried only at digits, one opening on a look-behind at every position)
    rf"(?:(?P<h>\d{_TC_START}\d?):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d)(?::(?P<ff>\d{{2}})|[.,](?P<hfrac>\d{{1,3}}))?"
    # (a decimal comma as a point, "2:27,5" as European writers put 2:27.5; at most two digits after it, for
    # "1:50,000" is a ratio with a thousands comma, and a comma then a space, "2:27, 5 men", a list)
    rf"|(?P<m>\d{_TC_START}\d{{0,2}}):(?P<s>[0-5]\d)(?:[.,](?P<frac>(?<=\.)\d{{1,3}}|(?<=,)\d{{1,2}}))?)"
    r"(?!(?![iI][sS][hH](?![^\W_])|_{1,2}(?!\w))[\w]|:\d|[.,]\d)"  # "like 2:40ish": a hedge glued on, no longer word
)

HEDGE = (
    # (Scots "aboot": "aboot twa minutes later", round 108; Jamaican and other clipped "'bout": "'bout ten seconds
    # later", round 169; written with no apostrophe too, alone or after "round": "Bout 20 seconds later", "Round bout
    # 1:15", round 202; not the noun: "the bout", "a bout")
    r"(?:roughly|about|aboot|['’]bout|(?<!\bthe\s)(?<!\ba\s)(?<!\btitle\s)(?<![\w'’])bout|around|approximately|approx\.?|nearly|almost|some|near|circa|c\.|ca\.|"
    r"(?:just\s+|only\s+|a\s+few\s+|several\s+)?(?:seconds|moments|instants)\s+(?:after|before|past)|"
    r"(?:almost|nearly)\s+immediately\s+(?:after|before)|"
    # "a beat after the 3:20 mark", "a split second before 0:41"
    r"a\s+(?:beat|moment|tick|split\s+second|fraction\s+of\s+a\s+second)\s+(?:after|before|past)|"
    # a regional "just over": "a tick over a minute in" (round 61)
    r"a\s+tick\s+(?:over|under)|"
    r"just\s+(?:over|under|after|before|past|shy\s+of|short\s+of|gone)|"
    # "pushing" as a hedge on an amount reached but not passed: "pushing four hours in", "pushing the 3:00 mark"
    r"pushing|"
    # (Scots "a wee bit after 3 min", "a wee while before")
    r"(?:a\s+little|slightly|a\s+bit|a\s+tad|a\s+wee(?:\s+bit)?)\s+(?:over|under|after|before|past|more\s+than|less\s+than)|"
    # "in the region of nine minutes into the recording" (British and Irish "about")
    r"in\s+the\s+region\s+of|"
    r"(?:more|less|fewer)\s+than|shortly\s+(?:after|before)|soon\s+after|right\s+around|"
    r"somewhere\s+(?:around|near)|close\s+to|upwards\s+of|an\s+estimated|"
    # a reply's correction: "Nearer the 48-minute mark", "closer to 1:03:00" (round 94)
    r"nearer(?:\s+to)?|closer\s+to|over|under)"
)
# A hedge directly before the time phrase, possibly with "at"/"the" between: "at roughly",
# "around the", "roughly at", "~".
# Hedges that may stand apart from the number ("roughly at 2:27"); the rest must touch it
# ("over the 2:27 mark" hedges, "tips over at 2:27" does not).
# ("more or less" as South African and Indian English put it first: "more or less at the 4 min mark")
_LOOSE_HEDGE = r"(?:roughly|approximately|right\s+around|somewhere\s+around|circa|more\s+or\s+less)"
# Informal hedges that must touch the number: "like 3min in", "maybe 5 secs later", and a post's clipped
# "around" and "about" ("ard 2min in", "arnd 4:10", "abt 1:05"), and Taglish "mga" ("about": "Tapos mga 2:10 na
# dumating yung tanod", round 93), and Swahili and Sheng "karibu" ("nearly": "Karibu 1:10 the traffic guy
# anasimamisha mat", rounds 95, 197) and "takriban" ("about").
INFORMAL_HEDGE = r"(?:like|maybe|perhaps|ard|arnd|abt|mga|karibu|takriban(?:i)?)"
# Spaces as pasted HTML writes them, and emphasis or Markdown code opened before the time: "Around&nbsp;the&nbsp;
# <b>2:30</b> mark", "~`2:18`".
_SP = r"(?:\s|&nbsp;|&#160;)+"
# (an HTML time or span element too: "speaks at roughly <time>2:03:20</time>" (round 169))
INLINE_OPENED = r"(?:<(?:b|strong|em|i|mark|code|time|span)>|\*{1,2}|_{1,2}|`)?"
# and emphasis closed after a hedge said on its own: "at _around_ 3:10", "**roughly** 2:27".
_CLOSED = r"(?:</(?:b|strong|em|i|mark)>|\*{1,2}|_{1,2})?"
# ... and each of those closed after the time: "(<em>12:06</em>)" (round 197), "(**11:26**)".
INLINE_CLOSED = r"(?:</(?:b|strong|em|i|mark|code|time|span)>|\*{1,2}|_{1,2}|`)?"
HEDGE_BEFORE = regex(
    rf"(?:(?<![^\W_])(?:{_LOOSE_HEDGE}){_CLOSED}{_SP}(?:(?:at|to|from|by|until|in|the){_SP})*"
    # a hedge may be quoted on its own: "comes 'a beat after' the 3:20 mark"
    # (not Markdown's strike-through "~~5:40~~ 5:52")
    # (and "the" and a work's possessive: "at roughly the CCTV's 5:43", "about the livestream's 14:50" (round 129))
    rf"|(?<![^\W_])(?:{HEDGE}){_CLOSED}['’\"”]?{_SP}(?:the{_SP}(?:(?:[\w-]+{_SP})?[\w-]+['’]s{_SP})?)?"
    rf"|(?:(?<!~)~(?!~)|≈)\s*"
    rf"|(?<![\w]){INFORMAL_HEDGE}\s+"
    # Australian and British clipped "around", before "the": "comes in round the 1:20 mark" (round 88; not "round
    # 3", a bout's, which "the" never follows)
    rf"|(?<![\w'’])['’]?round{_SP}the{_SP}){INLINE_OPENED}$",
    re.IGNORECASE,
)
# (not a clause going on after "and": "0:24 and a bit of sugar and salt" (round 185), "and change the water")
HEDGE_AFTER = regex(
    r"^(?:\s+or\s+so\b|-?ish(?![^\W_])|[^\S\n]+(?-i:ish)(?![^\W_])|-odd\b|\s+or\s+thereabouts\b|,?\s+give\s+or\s+take\b|[\s-]+and[\s-]+(?:change|a[\s-]+bit)\b(?![^\S\n]+(?:of|the|a|an|some|my|your|his|her|its|our|their|it|them)\b)|\s*\(approx(?:imately|\.)?\)|"
    r",?\s+(?:roughly|approximately)\b(?=\s*[,.;)])"
    # "about" or "around" said last, after a comma, closing the clause: "at the 9-minute mark, about." (round 107; not
    # "at 3:40, about the time the band walks off")
    r"|,[^\S\n]*(?:about|around)\b(?=[^\S\n]*(?:[.;!?)]|$))"
    # "1:28:40, more or less — is still", closing its clause (not "at 1:28:40 more or less everyone leaves")
    r"|,?\s+more\s+or\s+less\b(?=\s*(?:[,.;:)!?—–]|$))"
    # its short form closing a clause: "I show it from 21:10 until 22:00 approx." (not "approx 5 minutes later")
    # (or closing a bracket: "[1:13:00 approx.]")
    r"|,?\s+approx(?:\.(?=[\s)\]]|$)|\b(?=\s*[,;)\]])))",
    re.IGNORECASE,
)

def any_stem(stems: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that finds any of the literal ``stems`` in text already lower-cased or casefolded:
    a single scan in C costs less than a Python loop of ``in`` tests (the cheap gates run on every
    sentence and every time)."""
    return regex(_by_first_letter(sorted(stems, key=len, reverse=True)))


# Nouns that name footage (or a recorded event treated as footage).
# A produced cut of an event called by its kind: "the race's 12-minute summary", "the 8-minute recap", "a 15-minute
# round-up" (round 115): a work its length and the end forms after it belong to (lengths/, forms/candidate.py).
# (and a league's condensed game: "the 11-minute condensed game", round 163)
PRODUCED_CUT = r"(?:summary|summaries|recaps?|round-?ups?|wrap-?ups?|digests?|condensed\s+games?)"
# A drone named, whose flight is its recording: "roughly six minutes into her flight" (round 77), "The flight lasted
# 3 min 10 s ... In the final 20 seconds of the flight" (round 156).
DRONE = r"\b(?:drones?|UAVs?|quadcopters?)\b"
DRONE_FLIGHT = r"(?:flight|sortie|flyover)"
MEDIA_NOUN = (
    r"(?:video|videos|clip|clips|footage|recording|film|tape|stream|livestream|live\s?stream|broadcast|"
    r"feed|hearing|speech|interview|trailer|teaser|segment|sequence|reel|newsreel|newsreels|montage|compilation|"
    r"supercut|bodycam|body-cam|dashcam|dash-cam|upload|vlog|podcast|episode|documentary|"
    # a webcam's picture, and the recording kept of a stream: "on the webcam", "the final half hour of the archive"
    r"webcam|web-cam|archive|"
    # a meeting or a launch streamed on the web: "The council webcast runs 2 hours"
    r"webcast|webcasts|webinar|webinars|telecast|simulcast|"
    r"movie|audio|call|conversation|press\s+conference|testimony|briefing|match\s+footage|"
    r"cctv|surveillance|tape|scene|highlights|program|programme|explainer|reel|sequence|version|replay|replays|cut|edit|"
    # Genre words for footage: "the 40-minute demo", "the aftermovie", "a 12-minute walkthrough", "our how-to".
    r"demo|walkthrough|playthrough|tutorial|aftermovie|how-to|how-tos|"
    # Short forms: "the 5-min vid", "three-fifteen into the VOD".
    r"vid|vids|vod|vods|"
    # a broadcast's produced piece: "in the final 45 seconds of the package"; a highlights "pack", as British and
    # Canadian sport calls it: "Halfway through the five-minute highlight pack" (round 165)
    r"package|highlight\s+pack|"
    # a racing car's camera feed posted as a video: "the 8-minute onboard the team posted"
    r"onboard|onboards|"
    # a series' last episode, named with its determiner or its series (round 85; not a running order's "Finale 22:15")
    r"finale)"
)
# An offset said in words, equated with the clock it reads then, in a chronolocation's sum: "two minutes in is 16:33",
# "five minutes in makes it 07:10" (round 127): the words between the two (forms/ranges.py, event_clocks.py).
EQUATED_WITH = (r"\s+(?:is|was|would\s+be|makes\s+it|puts\s+(?:it|us)\s+at)\s+"
                r"(?:(?:about|around|roughly|approximately)\s+)?")
# A video called by the platform it was posted to, its length before it as an adjective: "the 1:20 TikTok" (round
# 136), "a 0:59 TikTok" (round 129's "a TikTok of 0:59").
PLATFORM_WORK = r"(?:tik[\s-]?toks?)"
# A platform a work is posted or streamed on, by its name (written case-sensitively where a word could be another).
PLATFORM = (r"(?:YouTube|Vimeo|TikTok|Twitch|Facebook|Instagram|Spotify|SoundCloud|Mixcloud|Netflix|iPlayer|Nebula|"
            r"Dailymotion|Rumble)")
# A web address written without its scheme, by the short top-level domains video links end in ("youtu.be/x",
# "vimeo.com/1", "twitch.tv/v"): where a work's link follows its length.
WEB_TLD = r"(?:com|be|tv|net|org|co|io|ly)"
WEB_DOMAIN = rf"(?:[\w-]+\.)+{WEB_TLD}"
# A footage noun as a word of its own, searched in a span ("the 12-minute clip", not "clipboard").
MEDIA_WORD = regex(rf"\b{MEDIA_NOUN}\b", re.IGNORECASE)

# Recorded talks whose stated length a fraction or "the last 3 minutes of" can count in.
RECORDED_TALK = r"(?:talk|lecture|address|keynote|presentation|sermon|homily|service|monologue|rant)"

# Nouns whose length an article states ("a 48:12 video", "the six-minute clip").
# A broadcast "hour" told by its minutes ("the 52-minute hour"): the hour is that footage.
BROADCAST_HOUR = r"(?:(?<=minute\s)|(?<=min\s)|(?<=mins\s))hour"
LENGTH_MEDIA = (
    r"(?:video|videos|clip|clips|footage|recording|film|trailer|teaser|documentary|livestream|stream|"
    r"broadcast|montage|reel|newsreels?|compilation|supercut|movie|episode|interview|version|upload|cut|tape|"
    # (not the adjective: "at short notice", "a short walk", "short of")
    r"segment|excerpt|short(?!\s+(?:notice|of|term|supply|list|while|distance|walk|drive|trip|stay|break|period|"
    r"time|wait|delay)\b)|vlog|podcast|demo|walkthrough|playthrough|tutorial|aftermovie|vid|vod|package|webcast|"
    r"webinar|telecast|simulcast|archive|highlights?\s+pack|"
    # a series' last episode: "The finale, which runs 64 minutes", "the last five minutes of the finale" (round 85)
    r"(?:(?<=\bthe\s)|(?<=season\s)|(?<=series\s)|(?<=\bits\s))(?-i:finale)|"
    # a camera's own recording: "(bodycam, 12 min 40 s)", "the dashcam runs 3 minutes"
    # (or two words, a camera worn on the head: "a motorcycle rider's helmet cam, 4 min 10 s", round 123)
    r"(?:body|dash|helmet|chest|head)-?cam|(?:helmet|head)\s+cam\b|"
    # a broadcast's cut of a game, "the 10:41 recap", "the 14-minute condensed game" (but a chapter's title "Carnot
    # cycle recap — 3:20" is no work with a length)
    r"recaps?(?![^\S\n]*[—–-])|condensed\s+game|"
    # a broadcast "hour" told by its minutes: "the final five minutes of the 52-minute hour" (round 89)
    rf"{BROADCAST_HOUR})"
)
# A reviewer's word on a length before it: "runs a lean 1 hr 42 min", "runs a punishing three hours".
LENGTH_JUDGED = (r"an?\s+(?:lean|brisk|tidy|tight|trim|taut|mere|svelte|generous|hefty|bloated|punishing|whopping|"
                 r"swift|economical|modest|sprawling|compact|breezy|bladder-testing|"
                 # (round 85: "The reveal trailer was a slick 2:31")
                 r"slick|snappy|zippy|punchy|crisp|brief|speedy|leisurely|stately|unhurried)\s+")
# Recordings that are not the footage but have a length: "The 3:40 song", "Track four runs 6:12".
PLAYED_THING = r"(?:song|track|single|tune|album|ad|advert|advertisement|commercial|spot|promo|jingle|anthem)"

# Capitalised, even inside case-insensitive patterns: "black-sun arena" is not a Sunday,
# "you may 12" not a date.
WEEKDAY = (
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    # (no possessive or quote after an abbreviation: "the Sun's", "'House of the Rising Sun'-style" name no day)
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?=\.|\b)(?!['’]))"
)
# A day's name as a caption or a clock's display writes it: in capitals ("TUESDAY", "TUE") or in French, Spanish,
# German or Italian ("MARDI", "Samstag", "Jueves"), capitalised; the display's day before its time.
SHOWN_WEEKDAY = (
    r"(?:(?-i:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN)"
    r"|(?=(?-i:[A-ZÉ]))(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|"
    r"viernes|s[aá]bado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    r"luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica))"
)
MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    # in capitals, as a byline prints a date: "09:14, 15 NOV 2023"
    r"JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?"
)

# Links that carry a start time: ?t=147, &t=2m27s, #t=1h2m3s, ?start=147, #t=2:27 (and &amp;t=724s in HTML);
# a parliament player's ?in=02:03:15 (only as a timecode: "?in=5" is no time).
# The time parameter alone; the URL around it is found by walking back to the token start
# (a pattern that starts with the URL would rescan long runs of word characters).
LINK = regex(
    r"(?:[?&#]|(?<=&amp;)|(?<=\s)(?=t=\d+(?:h|m|s)))(?:t|start|time_continue|in(?==\d{1,2}:\d{2}))=(?P<val>\d+:\d{2}(?::\d{2})?|(?=\d+[hms])(?:\d+h)?(?:\d+m)?(?:\d+(?:\.\d+)?s)?|\d+(?:\.\d+)?s?)"
    r"(?![\w:])"
    r"(?P<rest>[&#][^\s)\]>,]*)?",
    re.IGNORECASE,
)

FRAME_RATE = regex(
    r"(?<![\d.])(?P<fps>\d{2,3}(?:\.\d+)?)\s?(?:fps|frames?\s+(?:per|a)\s+second|frames/s)", re.IGNORECASE
)

# The timecode grammar without group names, for composing into larger patterns.
TC_TEXT = re.sub(r"\?P<\w+>", "?:", TIMECODE.pattern)

# A pronoun and its present verb (an adverb maybe between): "he leaves", "she finally falls", "it stops" (not "he
# was", a past told; nor "after it starts", the start of the thing just placed, which counts from it whatever its
# sentence names: spoken.py's _AFTER_RELATIVE_PLUS).
PRONOUN_CLAUSE = (r"(?P<who>he|she|it)\s+(?:[a-z]+ly\s+)?(?!(?:was|has|does|says|said|starts|begins|opens|kicks)\b)"
                  r"[a-z]*[^\Wsu\d_]s\b")


# A time zone written right after a clock: "UTC", "local time", "EST", "UTC+2", "GMT-05:00", "UTC\u22125" (a typeset
# minus), "GMT+5:30" and "GMT+5.30" (Indian text dots the minutes), an offset alone ("+0300", RFC 2822's), "Z" (or
# "z" glued to the digits, as aviation logs write it: "15:14z"; a lone "z" is a word in Polish or Czech); AP
# style's "ET", "PT" (in capitals, or dotted: "E.T.", "E.S.T."), a bracketed zone "(UTC+3)" (group ``bracketed``,
# without its brackets), a place's "Moscow time" or "Eastern Time". The clock reader keeps it with the time; the
# sentence splitter does not end a sentence at a "p.m." it follows.
_OFFSET = r"(?:UTC|GMT)(?:\s?[+\-\u2212]\d{1,2}(?:[:.]?\d{2})?)?"
CLOCK_ZONE = (
    rf"(?:(?P<zone>(?:{_OFFSET}|[+\-\u2212](?:0\d|1[0-4])(?::?[0-5]\d)(?![\d:])|Z|(?<=\d)z|local\s+time|"
    r"[ECMP][SD]?T|AK[SD]?T|H[SD]?T|BST|CES?T|EES?T|MSK|IST|JST|KST|AEST|AEDT|NZ[SD]T|AC[SD]T|AWST|WES?T|SAST|HKT|"
    r"SGT|PHT|PKT|WIB|IDT|"
    r"(?!(?:The|This|That|Next|Last|Each|Every|Some|Any|Game|Match|Play|Run|Screen|Video|Clip|Half|Full|Extra|"
    r"Injury|Stoppage|Added|Show|Story|Bed|Tea|Lunch|Dinner|Prime|Air|Face|Local)\b)[A-Z][a-z\u2019'.-]+"
    r"(?:\s+[A-Z][a-z\u2019'.-]+){0,2}\s+[Tt]ime)\b|[ECMP]\.(?:[SD]\.)?T\.(?!\w))"
    rf"|\((?P<bracketed>{_OFFSET}|[ECMP][SD]?T)\))"
)
