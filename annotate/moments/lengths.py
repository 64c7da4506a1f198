"""Footage lengths stated in the text ("the six-minute clip", "runs 48:12",
"Teaser (1:36)"): both a non-moment to suppress and the length that
relative-to-end and fraction forms need when no duration is given."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.exclusions import (
    cell_column_headers,
    labelled_item_length,
    paired_position,
    quoted_title_paren,
)
from annotate.moments.forms import has_unit, has_unit_stem, timecode_value
from annotate.moments.hedges import hedge_after
from annotate.moments.numbers import parse_duration
from annotate.moments.patterns import (
    BROADCAST_HOUR,
    COMPACT,
    DRONE,
    DRONE_FLIGHT,
    DURATION,
    HEDGE,
    LENGTH_JUDGED,
    LENGTH_MEDIA,
    MEDIA_NOUN,
    PLATFORM,
    PLATFORM_WORK,
    PLAYED_THING,
    PRODUCED_CUT,
    RECORDED_TALK,
    TC_TEXT,
    TIMECODE,
    any_stem,
)
from annotate.moments.scan import CaseBlind, lines_above, lowered
from annotate.timecode import ARTICLE_TIMECODE_FPS


class _WordGate:
    """A case-blind gate of plain words, written in lower case (no look-behind; a ``\\b`` only before a letter):
    searched in a window's lower-cased copy where the window is ASCII, several times faster than the case-blind
    scan, with the same answer there (or a yes where only the character before the window would have denied a
    leading ``\\b``: a gate may open for nothing, never stay shut on a match); case-blind in the window otherwise."""

    __slots__ = ("any_case", "lowered")

    def __init__(self, words: str) -> None:
        self.any_case = regex(words, re.IGNORECASE)
        self.lowered = regex(words)

    def found(self, text: str, b: int, e: int, ascii_low: str | None) -> bool:
        """Whether the gate's words are in text[b:e], ``ascii_low`` its lower-cased copy if it is ASCII (else None)."""
        if ascii_low is not None:
            return self.lowered.search(ascii_low) is not None
        return self.any_case.search(text, b, e) is not None


# A length corrected against another said before it: "The listing says 40 minutes, but the video is closer to 35 mins".
_CLOSER = r"(?:closer|nearer)\s+to\s+"
# "runs 2:27 through 2:41" is a range in the footage, not a length.
_NOT_RANGE = r"(?!\s*(?:-|–|—|to|through|thru|until|till)\s*\d)"
# "a second clip", "a second video": the ordinal, not one second (the length is "a one-second clip",
# "a second-long clip"); the amount "a" before a bare "second" and a space opens no length.
_ORDINAL_SECOND = regex(r"(?<![\w-])an?\s+second(?![\w-]|\s+and\s)", re.IGNORECASE)
# An advert, filmed: "the club's 30-second fundraising ad", "a 60-second commercial".
_ADVERT = r"(?:ads|ad|adverts?|advertisements?|commercials?|promos?)"
# What a file's length is said to hold or leave out, after it: " incl. ", " including ", " excl. ", " with ads".
_HOLDING = r"[ \t]+(?:incl\.|inc\.|including|excl\.|excluding|with|w/|plus|without)[ \t]"
_GATE_ADVERT = _WordGate(rf"\b{_ADVERT}\b")
# An advert told as the subject of its verb of running, nothing between: "The advert runs 30 seconds.", "the
# commercial lasts 45 seconds" (round 98; not "the commercial flight was 3 hours": no other word after the noun).
_ADVERT_RUNS = r"(?:adverts?|advertisements?|commercials?|ads?)(?=\s+(?:runs|ran|lasts|lasted|is|was)\s)"
# Works a length is told of besides the media nouns: "the 6-minute file", "a 9-minute time-lapse", "a 2-minute
# excerpt" (a clip cut from a longer work), and a work's length named as such: "its 47-minute running time".
# A workout's or a routine's video: "Yoga for desk workers (20-min routine)"; a broadcaster's "84-minute special"
# (the noun, not the adjective: "a 10-minute special offer").
_SPECIAL = r"special(?:s|(?![\s-]+(?:offers?|deals?|prices?|discounts?|rates?|sales?|menus?|effects?|guests?|needs?|" \
    r"edition|event|treat|occasion)\b))"
# A short film called by the noun alone, its length before it: "The collective's 26-minute short, *Crossing*, draws
# on it" (round 130), "a 12-minute short by ..." (the noun, closing its phrase or before its verb or maker; not the
# adjective: "a 10-minute short walk", "a 5-minute short break").
_SHORT_FILM = (r"shorts?(?=[^\S\n]*(?:[,.;:!?)\]—–*_\"“‘'(]|$)|\s+(?:film|films|by|from|about|called|titled|named|"
               r"that|which|is|was|runs|ran|opens|opened|ends|ended|screens|screened|shows|showed|follows|followed|"
               r"draws|drew|made|directed|premieres|premiered)\b)")
# A skating programme called by its discipline (not a skate in the world: "a twenty-minute skate along the canal").
_JUDGED_PROGRAMME = r"(?:(?:free|long|short)[\s-]+skat(?:e|es|ing)|(?:free|rhythm|ice|short|original)[\s-]+dances?)"
# (and a motor race's onboard video, "the four-minute onboard"; a broadcast's, "Fifty-eight minutes of television")
_LENGTH_WORK = (rf"(?:{MEDIA_NOUN}|{RECORDED_TALK}|files?|excerpts?|running\s+time|run-?\s?time|time-?lapses?|"
                rf"routines?|workouts?|HIIT|tabatas?|{_SPECIAL}|{_ADVERT}|onboards?|television|{_SHORT_FILM}|"
                # one cut of highlights, said with its length: "cut down to a 14-minute highlight" (round 92)
                rf"highlight|"
                # a produced cut of an event called by its kind: "In the race's 12-minute summary on YouTube, the
                # attack comes two minutes before the end" (round 115), "the 8-minute recap", "a 15-minute round-up"
                rf"{PRODUCED_CUT}|"
                # a made work watched like a video: "a 4-minute animation 🚂 of the railway network" (round 107)
                # (and a clip made of others, or frames: "a 3-minute mashup of the debates", "a 6-minute stop-motion")
                rf"animations?|animatics?|cartoons?|slide-?shows?|mash-?ups?|stop-?motions?|"
                # a staged item filmed whole: "it is the full twelve-minute bracket, start to finish, from a single
                # camera", then "In the final 45 seconds of the bracket" (round 120), "the 25-minute performance"
                rf"performances?|brackets?|recitals?|"
                # a judged programme named by its discipline, skated whole: "about a third of the way into the
                # four-and-a-half-minute free skate" (round 158), "the three-minute rhythm dance"
                rf"{_JUDGED_PROGRAMME}|"
                # a broadcast "hour" told by its minutes: "the final five minutes of the 52-minute hour" (round 89)
                rf"{BROADCAST_HOUR})")
# "of" and a kind of footage, no determiner: "11 minutes and 40 seconds of usable footage" (not "of the footage";
# nor "used about 50 seconds of Duggan's film", a part of someone's work).
# Someone's own footage is all of it, though: "3 minutes 20 seconds of Seán Phelan's own footage" (round 81).
_OF_KIND = (r"of\s+(?:(?!(?:the|this|that|its|his|her|their|an?|my|our|your)\s|[\w-]+['’]s?\s)[\w'’-]+\s+"
            r"|(?:[\w'’-]+\s+){0,2}?(?:[\w-]+['’]s|his|her|their|my|our)\s+own\s+)")
# (not "At 2:10 minutes in video": a position said into the work, the one word between being "in" or "into"; nor a
# stretch, then a clause whose subject is the work: "For the first two minutes the recording shows a corridor")
# A work's quoted title between its length and its noun: "the 10-minute ‘Ferris Wheel’ teaser".
_QUOTED_TITLE = r"[‘'\"“][^‘’'\"“”\n]{1,40}[’'\"”]\s+"
# (not a stretch judged best: "the best three minutes of Irish television")
# The device a recording came from, after a word on it, before the recording's noun: "a 3 min 10 s body-worn camera
# clip", "a 40-second rear doorbell camera video" (round 77; not "spent 3 minutes watching phone video").
_DEVICE_BEFORE = r"(?<!ing\s)(?:camera|cam|phone|drone|doorbell|helmet|dashboard)\s+"
# A determiner after a length opens the next noun phrase, no adjective of it: "for nearly a minute the film is just
# young men sliding off the pole" is a stretch of the film, not "a minute film" (round 88).
_DETERMINER = r"(?:the|this|that|these|those|its|his|her|their|our|my|your)"
_ADJ_MEDIA = regex(
    rf"(?<![\w-])(?<!\bbest\s)(?<!\bworst\s)(?<!\bfinest\s)(?<!\bgreatest\s)(?!{_ORDINAL_SECOND.pattern})(?P<d>{DURATION}|(?P<unit>hour|minute|second)(?=-long))(?:-long)?[\s-]+(?:{_OF_KIND}|{_QUOTED_TITLE}|(?!(?:in|into|{_DETERMINER})\s)[\w'’-]+\s+(?:{_DEVICE_BEFORE})?)?"
    rf"{_LENGTH_WORK}\b",
    re.IGNORECASE,
)
# A hyphenated length may stand two words before its noun: "the 11-minute-20-second camera 1 file".
_HYPHEN_ADJ_MEDIA = regex(
    # (not a stretch of the work: "In the final half-hour of the stream"; nor a mark, the work then the next clause's
    # subject: "Bang on the half-hour mark the film finally tells us", "At the 20-minute point the video cuts")
    rf"(?<![\w-])(?P<d>{DURATION})(?:(?<=-hour)|(?<=-minute)|(?<=-second))\s+(?!of\s|(?:mark|point|marker)\b)"
    rf"(?:[\w'’]+\s+){{2}}{_LENGTH_WORK}\b",
    re.IGNORECASE,
)
_HYPHEN_UNIT = _WordGate(r"-(?:hour|minute|second)\s")  # in every _HYPHEN_ADJ_MEDIA match
# A thing said with its length and put online is a recording, whatever its noun: "a 6-minute 40-second drone flight
# uploaded to YouTube", "a 2-minute tour of the flat posted on Instagram" (the length an adjective, after an article;
# not "spent 40 minutes reading comments posted on X", nor "the 2-hour flight was posted as delayed").
_POSTED_THING = regex(
    rf"(?<![\w-])(?:an?|the|this|that|his|her|their|its)\s+(?P<d>{DURATION})(?:(?<=hour)|(?<=minute)|(?<=second))"
    r"[\s-]+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+(?:uploaded|posted|shared|published|livestreamed)\s+"
    r"(?:to|on|online|by)\b", re.IGNORECASE)
# A drone's flight told with its length, the drone named before in the text: its footage runs so long, and an end
# form "of the flight" counts from it: "Drone survey ... The flight lasted 3 min 10 s at 120 m altitude. ... In the
# final 20 seconds of the flight the pilot turns back" (round 156; "the flight to Lagos lasted two hours", a journey,
# names no drone).
_DRONE_FLIGHT_LASTS = regex(
    rf"\b(?:the|this|that|its|his|her|their|our|my)\s+(?:[\w'’-]+\s+){{0,2}}?{DRONE_FLIGHT}"
    rf"\s+(?:lasted|lasts|ran|runs|was|is)\s+(?:for\s+)?(?:(?:{HEDGE})\s+)?(?P<d>{DURATION}|{TC_TEXT})", re.IGNORECASE)
_GATE_FLIGHT = _WordGate(rf"\b{DRONE_FLIGHT}\s+(?:lasted|lasts|ran|runs|was|is)\s")
_DRONE_NAMED_BEFORE = regex(DRONE, re.IGNORECASE)
# How far before the flight's length the drone may be named.
DRONE_NAMED_CHARS = 1500
_GATE_POSTED = _WordGate(r"\b(?:uploaded|posted|shared|published|livestreamed)\s+(?:to|on|online|by)\b")


# A forum post's "Edit:" / "EDIT 2:" label is no edit of the footage; "the timestamp is 1:03:45" is a position.
# What stopped a recording, after "before": "the battery died", "the card ran out", "the camera cut out".
# Or the recording itself was stopped: "ran for 14 hours and 32 minutes before it was cut".
_RECORDING_STOPPED = (r"\s+(?:(?:the|its|his|her|their|my|our)\s+[\w'’-]+\s+"
                      r"(?:died|dies|ran|runs|cut|cuts|stopped|stops|failed|fails|gave|gives|went|goes|filled|fills)"
                      r"|it\s+(?:was|is|got)\s+(?:cut|stopped|ended|pulled|switched\s+off|turned\s+off|taken\s+down))\b")
_EDIT_LABEL = r"(?!(?<=edit)\s*\d{0,2}\s*:)"
_STAMP_SUBJECT = r"(?<!stamp\s)(?<!stamps\s)(?<!code\s)(?<!codes\s)"
# A version of the work, named after a length said "in" it: "in the archived version", "in the theatrical cut".
_VERSION_OF_WORK = r"(?:the|its|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:version|cut|edit|upload|archive|release)"
# A file's resolution, size, rate or bit depth after a number: "4K", "1080p", "2.1 GB", "60 fps", "48 kHz".
_SPEC_UNIT = r"\d*(?:\.\d+)?\s*(?:K|p|fps|[KMGT]i?B|[kKMG]bps|bit|k?Hz)\b"
# Emphasis markup around a label or a value: Markdown's "**", "__", HTML's "<b>", "</strong>".
_EMPHASIS_OPEN = r"(?:\*\*|__|<(?:b|strong|em|i)>)"
_EMPHASIS = r"(?:\*\*|__|</?(?:b|strong|em|i)>)"
# A duration's first half, the rest of it following: "it is 4 min 10 s into the highlights" (round 113) is an offset,
# and "4 min" is no length once the whole "4 min 10 s" was turned down for the "into" after it.
_CUT_SHORT = r"(?![^\S\n]+(?:and[^\S\n]+)?\d+(?:\.\d+)?[^\S\n]?(?:s|secs?|seconds?|m|mins?|minutes?)(?![a-z]))"
# A hedge that places a thing after or before a time, never a length's: "a bit after", "shortly before", "just after".
_PLACING_HEDGE = (r"(?!(?:a\s+(?:little|bit|tad|wee(?:\s+bit)?)|slightly|just|shortly|soon|right|(?:a\s+few\s+)?"
                  r"(?:seconds|moments))\s+(?:after|before)\b)")
_MEDIA_VERB = regex(
    # "this video's only five minutes": the verb of being cut to "'s" on the work's noun; a relative clause between
    # the noun and its verb ("The stream, which is still on the market's page, runs an hour and 32 minutes")
    # (a film's rushes or dailies: "The digitised rushes run to 23 minutes 15 seconds")
    # (not a part the work has: "the conversation — the film's emotional centre — runs for nearly four minutes")
    # (a film named as what it is to its maker: "Ferris's debut runs a lean 1 hr 42 min"; "Her second feature clocks
    # in at 88 minutes", "the essay is 1h 21m" of a video essay)
    # (a camera's or an archive's "file": "the full body-camera file ..., which runs 23 minutes and 40 seconds")
    # (a restored or remastered film named as such: "a digital restoration that runs 11 minutes 6 seconds" (round 80))
    # (a broadcast news piece: "that report, which runs 2 minutes 50 seconds", "the news item runs 2:10")
    # (a show put up as footage: "The halftime show ran 13 minutes and 40 seconds ... on the league's upload" (round
    # 94); the sentence names the footage, as every pattern here needs)
    rf"(?:{MEDIA_NOUN}|{RECORDED_TALK}|rushes|dailies|debut|sequel|prequel|biopic|feature|essay|files?|restorations?|"
    rf"(?<=\s)show|{_ADVERT_RUNS}|"
    # (a public body's meeting, streamed or filmed whole: "The meeting was 2 hours 15 minutes in all" (round 138),
    # "the sitting ran three hours")
    rf"meeting|sitting|"
    # (a film's scan named as the film's: "the finished scan runs 9 minutes 40 seconds" (round 88))
    rf"(?:finished|restored|digital|digitised|digitized|new|final|4K|2K|HD|film)\s+scans?|"
    # (and a produced cut of an event called by its kind, told with a verb of length: "The summary runs 12 minutes;
    # the penalty comes two minutes before the end", "the recap lasted nine minutes")
    rf"remasters?|(?:(?:news\s+)?report|news\s+item|bulletin|{PRODUCED_CUT})(?=[^.;]{{0,70}}?\b(?:runs|ran|lasts|lasted)\b))"
    rf"(?:\b{_EDIT_LABEL}(?!['’]s\s+(?!(?:only|just|about|around|"
    rf"roughly|nearly|almost|under|over|barely)\b)[a-z])(?:\s*,\s*(?:which|that)\s[^.;,]{{0,60}},\s*|[^.;]{{0,40}}?\b"
    # (a relative clause of running closing a longer apposition: "a phone video taken by a crewman, Production 7/5,
    # which lasts 1 min 52 s" (round 112))
    rf"|[^.;()\n]{{1,60}}?,\s*(?:which|that)\s+(?=(?:lasts|lasted|runs|ran)\s)"
    # (an exhibit's label in brackets between: "The recording (Gov't Ex. 3) runs 11 minutes and 2 seconds"; words
    # after it too: "The body-worn camera footage (BWC) of Senior Constable Meaney, which runs 14 minutes 20 seconds"
    # (round 163))
    # (words before the bracket as well: "the recording of Senior Constable Dwyer (Exhibit 2), which runs 11 minutes
    # and 40 seconds" (round 169))
    rf"|(?:[^.;()\n]{{1,40}}?)?\s*\([^()\n]{{1,40}}\)(?:\s+|[^.;()]{{0,40}}?\b))"
    # (Australian and Irish "went for": "the stream went for 6h 41m" (round 86))
    # (Swahili's and Sheng's "ni" for "is", as Pidgin's "na": "I took a video, clip ni 3:05" (round 174))
    rf"{_STAMP_SUBJECT}(?:lasts|lasted|runs|run(?=\s+to\s)|ran|is|was|na|ni|running|lasting|clocks\s+in\s+at|"
    rf"went(?:\s+on)?(?=\s+for\s)|"
    # (a transfer's or an export's file told by what it came back at: "the file came back at 2 hours 51 minutes"
    # (round 163))
    rf"clocking\s+in\s+at|came\s+back\s+at|comes\s+back\s+at|spans|totals)|['’]s"
    # (not a possessive: a timecode after the work's "'s" with a verb of its own, or after a verb of being, is a
    # position in that work: "so its 0:27 is Upload 1's 0:22", "the reel's 0:09 shows the flag" (round 127))
    rf"(?!\s+\d{{1,2}}:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?\s+(?:is|was|shows?|showed|matches|matched|equals|"
    rf"corresponds|lines\s+up|=)\s)"
    # a plural work's noun and "are" right after it: "Highlights are 14:12 on the channel" (not "the highlights are
    # 2:10 and 4:40", two positions listed)
    # (Indian usage's "of": "The video is of 7.20 mins only" (round 73))
    # (or "run"/"last" after it: "Our match highlights run 9:41" (round 85))
    # (Pidgin's "na for" is "is at", a place in the work: "like dem dey talk — na for 2:05 di first shot sound" (round
    # 51); its "for" is no length's)
    rf"|(?<=s)\s+(?:are|were|run(?!\s+(?:from|through|between)\b)|last))\s+(?:(?<!\bna\s)for\s+|(?<=\bruns\s)to\s+|(?<=\bran\s)to\s+|(?<=\brun\s)to\s+|(?<=\bis\s)of\s+|"
    rf"(?<=\bwas\s)of\s+)?"
    # (not a hedge that places a thing after or before a time: "the trailer, which won Best Float, is a bit after
    # 6:00" (round 137) is where the float is in the video, no length of a farm trailer)
    rf"{_PLACING_HEDGE}(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+|barely\s+|{_CLOSER})?(?:a\s+total\s+of\s+|{LENGTH_JUDGED})?"
    # (the length set in bold: "The full lecture video is <b>1 hour 26 minutes</b>", round 109)
    rf"{_EMPHASIS_OPEN}?"
    # (not "the CCTV clock was running four minutes fast": a clock's error; but "runs 38 minutes 12 seconds before
    # the battery died" is the whole length, up to where the recording stopped; "ran 5 hours 2 minutes in total" is
    # the whole length, not "5 hours" before "2 minutes in")
    # ("runs 1 hour 14 minutes in the archived version": the version's length, not "1 hour" before "14 minutes in")
    rf"(?P<d>{DURATION}|{TC_TEXT})(?!\s+(?:into|in\b(?!\s+(?:total|all|length|duration|{_VERSION_OF_WORK})\b)|later|earlier|"
    rf"before(?!{_RECORDING_STOPPED})|"
    # (a file's specs after its length are no second time listed: "Raw file is 41:30, 4K, 2.1 GB")
    rf"after|fast|slow|behind|ahead)){_CUT_SHORT}{_NOT_RANGE}(?!\s*(?:,|and|&|or)\s*\d(?!{_SPEC_UNIT}))",
    re.IGNORECASE,
)
# The work named further back in its clause, then its verb of running: "The full recording played in Superior Court
# in Union County on Tuesday runs 23 minutes and 51 seconds" (past _MEDIA_VERB's reach; no comma between); or an
# apposition naming the work, closed by its comma: "The River Remembers, her documentary about the last salmon
# fishermen of the Tana, runs 1 hour 44 minutes"; a quoted title may stand in apposition first: 'The documentary,
# "Leeman Road", directed by X for a small Leeds company, runs 52 minutes'.
_MEDIA_RUNS_FAR = regex(
    rf"(?:{MEDIA_NOUN}|{RECORDED_TALK})\b(?!['’]s\s)(?:"
    # (an unquoted apposition closed by its comma, then the work's own clause: "Its music video, directed by X, was
    # shot over three days in Lamu and runs 4 minutes 38 seconds" (round 143))
    r"\s*,\s*[^.;:,()\n\"“”]{1,60},\s*[^.;:,()\n]{0,100}?\b|"
    rf"(?:\s*,\s*[“\"‘][^\"“”‘’\n]{{1,60}}[”\"’]\s*,\s*)?"
    r"(?:[^.;:,()\n]{40,100}?\b|[^.;:,()\n]{1,100}?,\s+"
    # (or a phrase, an apposition set off by commas, then its relative of running: "footage from the tram's interior
    # camera, recorded at 25 frames per second, which runs 4 minutes 12 seconds" (round 181))
    r"|[^.;:,()\n]{1,60}?,\s*[^.;:,()\n]{1,60},\s*(?:which|that)\s+))"
    r"(?:runs|lasts)\s+(?:for\s+|to\s+)?"
    rf"(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+)?(?P<d>{DURATION}|{TC_TEXT})"
    rf"(?!\s+(?:into|in\b|later|earlier|before|after|fast|slow|behind|ahead)){_NOT_RANGE}",
    re.IGNORECASE,
)
# (a reviewer's word before it too: "on the album runs a tight 4:10")
_RUNTIME = regex(
    rf"\b(?:runs|running\s+time(?:\s+of)?|run\s*time(?:\s+of)?|run-time(?:\s+of)?|length(?:\s+of)?|"
    rf"duration(?:\s+of)?|lasting|lasts|clocks\s+in\s+at|clocking\s+in\s+at|total(?:\s+(?:time|length|duration))?)"
    # ("Ep runtime is 49:55"; an infobox's row: "| Length | 4:58 |", wikitext's "| length = 4:58")
    # (a label in HTML emphasis, closed before its value: "<strong>Length:</strong> 58:40", round 109)
    rf"{_EMPHASIS}?\s*(?::|[ \t]*[|=][ \t]*)?{_EMPHASIS}?\s*(?:(?<=[\s:*_>])(?:is|was)\s+)?"
    rf"(?:(?:{HEDGE})\s+)?(?:{LENGTH_JUDGED})?"
    rf"(?P<d>{TC_TEXT}){_NOT_RANGE}",
    re.IGNORECASE,
)
# A named work's length told as what it was given as: "an earlier version gave Video A's length as 2:41", "we listed
# the documentary's running time as 1:32:00" (round 99's correction note; not "the sleeve notes give its length as
# 8:55", "its" a work that may be no footage, round 52's music).
_WORK_LENGTH_AS = regex(
    rf"\b(?:{LENGTH_MEDIA})(?:\s+(?-i:[A-Z]|\d{{1,2}}))?['’]s\s+(?:length|running\s+time|run\s*time|run-time|duration)"
    rf"\s+as\s+(?:(?:{HEDGE})\s+)?(?P<d>{TC_TEXT}|{DURATION}){_NOT_RANGE}", re.IGNORECASE)
# A work named by its title (bare or quoted: '"Still Here" runs 2 hours 6 minutes'), then its verb of running: "The
# Hollow Place runs 99 minutes"; or a review's opening
# participle, whose subject is the work: "Running at 2 hrs 8 min, Kovač's third feature ..." (not "Running at 2
# minutes in, ...", a position; not "The Metro runs 20 minutes late", a delay; not "It runs 2 hours", a pronoun that
# :data:`_WORK_LASTS` reads where a work is named before it).
_TITLE_RUNS = regex(
    r"(?:(?-i:(?<![\w'’-])(?!(?:It|This|That|He|She|They|We|You|I|There|Which|What|Who|Everything|Nothing|"
    # (a title in quotes too; its year in brackets between: "Tolka (2015) runs 58 minutes")
    r"Something|Someone|Everyone)\s)[A-Z][\w'’-]*(?:[^\S\n][A-Z][\w'’-]*){0,4}|[“\"‘](?-i:[A-Z])[^\"“”‘’\n]{0,60}[”\"’])"
    r"(?:[^\S\n]*\((?:19|20)\d\d\),?)?"
    r"\s+(?:runs|lasts|clocks\s+in\s+at)"
    # (or with no "at": "Running 22 minutes, it is regarded as ...")
    r"|(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?-i:[Rr])unning(?:\s+at)?)\s+"
    rf"(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+|{LENGTH_JUDGED})?(?P<d>{DURATION})"
    rf"(?!\s+(?:into|in\b|later|earlier|late|early|before|after|fast|slow|behind|ahead|left|to\s+go)){_NOT_RANGE}",
    re.IGNORECASE,
)
# A timecode named as the work's length by the noun after it: "the collapse at 1:47 of its 2:20 length", "the full
# 9:58 runtime" (a determiner before it: "2:20 length" alone may head a table's cell).
_TC_NAMED_LENGTH = regex(
    rf"\b(?:its|the|their|his|her|a|full|whole|total|entire)\s+(?P<d>{TC_TEXT})\s+"
    r"(?:length|runtime|run[\s-]?time|running\s+time|duration)\b", re.IGNORECASE)
# A timecode said to be all the work is, where a work was named a little before: "The one on WhatsApp is only 3:12,
# it's not complete", Pidgin "na only 3:12, e no complete" (not "the goal is only 3:12 in", a position).
_ONLY_LENGTH = regex(
    rf"(?<![\w'’-])(?:is|was|na|it['’]s)\s+only\s+(?P<d>{TC_TEXT})"
    r"(?!\s*(?:in\b|into|mark|point|of\b|on\b|later|earlier|away|left|to\s+go))", re.IGNORECASE)
_GATE_TITLE_RUNS = _WordGate(r"\b(?:runs|lasts|clocks\s+in|running\s+at)\s|\b(?-i:[Rr])unning\s+\w")
# The second work's length in a list that says "runs" once: "Night one runs 2:41:10, night two 2:58:30", "Cam A runs
# 14:02 and Cam B 9:40" (the name one or two words that open no position: not "runs 2:41, and at 1:10 the door").
_RUNTIME_ELIDED = regex(
    rf"\bruns\s+{TC_TEXT}\s*(?:,|;|,?\s+and)\s+"
    r"(?:(?!(?:at|from|to|till|until|by|around|about|roughly|in|on|after|before|near|and|or|then|with|is|was|it|"
    r"this|that|we|he|she|they|you)\b)[\w'’-]+\s+){1,2}"
    rf"(?P<d>{TC_TEXT})(?=\s*(?:[.;,)\n]|$)){_NOT_RANGE}",
    re.IGNORECASE,
)
# A work told apart by a numbered part, then its length: "Night one runs 2 hrs 35 mins", "night two is longer at 2
# hours 58", "Part 2 lasts 52 minutes" (a media word unsaid: the part's noun and its number name the work).
_LABELLED_PART_RUNS = regex(
    r"(?<![\w'’-])(?:night|part|episode|disc|reel|tape)\s+(?:one|two|three|four|five|six|[1-9])\s+"
    r"(?:runs|lasts|is\s+(?:a\s+bit\s+|slightly\s+|much\s+)?(?:longer|shorter),?\s+at)\s+"
    rf"(?:(?:{HEDGE})\s+)?(?:just\s+(?:over|under)\s+)?(?P<d>{DURATION})(?!\s+(?:into|in\b|later|earlier|before|after))",
    re.IGNORECASE,
)
_GATE_PART = _WordGate(r"\b(?:night|part|episode|disc|reel|tape)\s")
# A camera told apart by its number or letter, then its recording's length: "Camera 3 (the car wash) is 2:13",
# "Cam B is 52 seconds long" (on a page of several cameras the camera names its file; not "Camera 3 is 2:13 behind").
_NUMBERED_CAMERA_IS = regex(
    r"(?<![\w'’-])(?:camera|cam)\s+(?:[1-9]|[A-D]|one|two|three|four)(?![\w'’-])\s*(?:\([^()\n]{1,40}\)\s*)?"
    rf"(?:is|was|runs|lasts)\s+(?:(?:{HEDGE})\s+)?(?:just\s+(?:over|under)\s+)?(?P<d>{DURATION}|{TC_TEXT})"
    r"(?=(?:\s+long)?\s*(?:[.;,)\n]|$))",
    re.IGNORECASE,
)
_GATE_CAMERA = _WordGate(r"\bcam(?:era)?\s")
# A numbered recording's label opening a line, its length in brackets (after a note on where it was shot), then a
# colon and what it shows: "Clip 1 (harbour ferry, 1:47): the flash is at 1:02", "Flight 2 (12:05): the camera tilts"
# (round 77; not "Clip 1 (at 1:47):", a position, nor "Goal 2 (1:12):", no recording).
# Or the label heads its own line, its brackets noting more than the length: "**Video A** (2:14, filmed from the
# beachfront promenade)", "**Video B** (shared on X, 58 seconds, 1.2 million views)", "**Video C** (fire brigade
# helmet camera, 6 minutes)" (round 99's page on three videos; not "Clip 3 (0:41–0:58, the collapse)", a stretch).
_NUMBERED_RECORDING_LABEL = regex(
    r"^[ \t*_#>-]*(?:clip|video|flight|camera|cam|angle|file|feed|recording|tape|reel|footage|stream|upload|"
    r"episode)\s+(?:[1-9]\d?|[A-D]|one|two|three|four|five)[*_]{0,2}\s*"
    rf"\((?P<before>[^()\n,:]{{1,40}},\s*){{0,2}}(?P<d>{DURATION}|{TC_TEXT})\s*(?P<after>,[^()\n:]{{1,60}})?"
    r"\)[*_]{0,2}(?:\s*:|(?(before)|(?(after)|(?!)))[ \t*_.]*$)",
    re.IGNORECASE | re.MULTILINE)
_GATE_RECORDING_LABEL = regex(r"\)[*_]{0,2}\s*:|,[^()\n]{0,60}\)[ \t*_.]*(?:\n|$)")
# A work named with who put it out, its length in brackets closing the phrase: "In the broadcast clip the panel
# released (2 min 40 s), the ball ...", "On the onboard clip released with this decision (0:58), the contact occurs
# at 0:34" (round 77; not "he falls in the video (0:45)", a position cited).
_RELEASED_WORK_PAREN = regex(
    rf"\b(?:{MEDIA_NOUN}|{RECORDED_TALK})\s+(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:released|posted|uploaded|published|shared|issued|provided|put\s+out|handed\s+over|disclosed)"
    rf"(?:\s+[^()\n.;:]{{1,40}}?)?\s*\(\s*(?P<d>{DURATION}|{TC_TEXT})\s*\)(?=\s*[,;])",
    re.IGNORECASE)
# A work's timecode in brackets with what that time counts in or leaves out: "The federation's race video (4:55
# including the walk-on)", "the stream (3:12:40 excl. the pre-show)" (round 77; only a whole work's length is told
# so; "he falls in the video (0:45)" cites a position).
_MEDIA_PAREN_COUNTING = regex(
    rf"(?:{MEDIA_NOUN}|{RECORDED_TALK})\s*\(\s*(?:(?:{HEDGE})\s+)?(?P<d>{TC_TEXT}|{DURATION})\s*,?\s+"
    r"(?:including|incl\.?|inc\.|excluding|excl\.?|not\s+counting|counting|plus)\s[^()\n]{1,40}\)",
    re.IGNORECASE)
_GATE_COUNTING = _WordGate(r"\b(?:including|incl|inc\.|excluding|excl|counting|plus)\b")
_GATE_RELEASED = _WordGate(r"\b(?:released|posted|uploaded|published|shared|issued|provided|put\s+out|handed\s+over|"
                           r"disclosed)\b")
# "a running time of 97 minutes", "runtime: 1 hour 52 minutes"; "The CCTV clip, duration 3 min 10 sec, shows"
# (a duration or length label only where the sentence names footage).
_RUNTIME_SPOKEN = regex(
    rf"\b(?:running\s+time|run\s*time|run-time|(?<=\s)duration|(?<=\s)length)"
    # "Run time of the film: 1 h 48 min"
    rf"(?:\s+of\s+(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{LENGTH_MEDIA}\s*:)?"
    # "Runtime for the film is rumoured at 2h 45m", "Runtime's a brisk 44 minutes"
    rf"(?:\s+(?:for|of)\s+(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+)?{LENGTH_MEDIA}(?=\s+(?:is|was)\s))?"
    # (a wikitable's or an infobox's cell after its label: "| Running time || 52 minutes", "| runtime = 104 minutes")
    rf"\s*(?:of|:|is|was|['’]s|[ \t]*\|\|?|(?<=[a-z])[ \t]*=)?"
    rf"\s*(?:(?:rumou?red|reported|said|listed|confirmed|expected|set)\s+(?:at|to\s+be)\s+)?"
    rf"(?:{LENGTH_JUDGED})?(?P<h>(?:{HEDGE})\s+)?(?P<d>{DURATION})",
    re.IGNORECASE,
)
# A reviewer's whole work told as its minutes, after a colon or a dash, and what they do: "is one of them: fifty-two
# minutes that take you from the Post Office queue to packet switching", "— ninety minutes that fly by" (not "the
# first ten minutes that ...", a stretch of it, nor a position "at 52 minutes").
_MINUTES_THAT = regex(
    rf"(?:[:—–]|\bis|\bwas)\s+(?:(?:a\s+(?:brisk|lean|tight|taut|swift|generous)|just|only|barely)\s+)?"
    rf"(?P<d>{DURATION})(?<=s)\s+(?:that|which)\s+(?:(?:never|barely|somehow|all|really)\s+)?"
    r"(?:take|takes|fly|flies|feel|feels|pass|passes|race|races|zip|zips|breeze|breezes|go|goes|whizz|whizzes|"
    r"hold|holds|keep|keeps|carry|carries|move|moves|sweep|sweeps|drag|drags|cover|covers|span|spans)\b",
    re.IGNORECASE)
_GATE_THAT = _WordGate(r"\s(?:that|which)\s")
# "The studio's reel ... is shorter, at 2 minutes 50 seconds": a length compared with another's.
# And "the video version runs a bit longer, 1:21:30, because ...": the comparison, then the length after a comma.
_COMPARED_LENGTH = regex(
    rf"\b(?:is|was|runs|ran|lasts|lasted)\s+(?:much\s+|a\s+bit\s+|a\s+little\s+|slightly\s+|far\s+)?"
    # (or the shortest of several: "is the shortest of the three at two minutes and twelve seconds")
    # (or of its kind so far: "Episode 33 is our longest yet at just over an hour and twelve minutes" (round 169))
    rf"(?:shorter|longer|(?:the|our|its|their|his|her|my)\s+(?:shortest|longest)"
    rf"(?:\s+of\s+(?:the|them|all)(?:\s+[\w'’-]+)?|\s+(?:yet|so\s+far|to\s+date|ever))?)"
    rf"(?:,?\s+at\s+|\s*,\s*|\s*[—–]\s*|\s*\(\s*)"
    # (not a position that opens the next clause: "The clip is longer, 2:10 is where it drags")
    rf"(?P<h>(?:(?:{HEDGE})\s+)?(?:just\s+)?)(?P<d>{DURATION}|{TC_TEXT}){_NOT_RANGE}(?!\s+(?:is|was|where|when)\b)",
    re.IGNORECASE,
)
# "The third, at 31:40 the longest, is a wedding": a work's length told in apposition with the superlative after it
# (not "at 2:05 the longest rally begins", a position and what happens there).
_SUPERLATIVE_AFTER = regex(
    rf",\s*at\s+(?:(?:{HEDGE})\s+)?(?:just\s+)?(?P<d>{DURATION}|{TC_TEXT})\s+the\s+(?:longest|shortest)"
    r"(?:\s+of\s+(?:the|them|all)(?:\s+[\w'’-]+)?)?(?=\s*[,;)—–])",
    re.IGNORECASE,
)
# A quoted title said to be a time, its apposition between, the time closing the clause: '"Video Killed the Radio
# Star", the first thing MTV played, is 3:23.' (not 'The line "I quit" is at 1:12', nor '... is 1:12 in').
# (or a new clause after it, about the work: '"Last Ferry" is 3:47 and it's the best thing on the record' (round
# 156); not '"Bridge" is 2:10 and it's where the drums come in', where in a work)
_TITLE_IS_TIME = regex(
    r"[“\"‘](?-i:[A-Z])[^\"“”‘’\n]{0,60}[”\"’](?:\s*,\s*[^.;:()\n\"“”]{1,80}?,)?\s+(?:is|was)\s+"
    rf"(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+)?(?P<d>{TC_TEXT})(?=\s*(?:[.;!?)]|$)"
    r"|\s*,?\s+(?:and|but|so)\s+(?:it|it['’]s|its|this|she|he|they|i|we)\b(?!\s+(?:where|when)\b))",
    re.IGNORECASE,
)
_GATE_TITLE_IS = _WordGate(r"[”\"’](?:,[^.;:()\n]{1,80},)?\s+(?:is|was)\s")
# "the recording, at 47 minutes, was the longest": the whole work's length told in apposition, in words, then a
# verb of being (not "the recording, at 47 minutes, shows the officer", nor "The best clip of the reel, at
# 19:15, is all sunset": positions told the same way).
# A relative clause interrupted by the length takes any verb: "a film that, at 141 minutes, asks a great deal".
_APPOSED_LENGTH = regex(
    # (a numbered work too: "episode 5, at 52 minutes, is the one people are talking about")
    rf"(?:{MEDIA_NOUN}|{RECORDED_TALK})(?:\s+\d{{1,3}})?(?:\s+(?P<rel>that|which))?\s*,\s*at\s+(?P<h>(?:{HEDGE})\s+)?(?:just\s+)?(?P<d>{DURATION})\s*,\s*"
    rf"(?(rel)|(?:was|is|were|are|remains|remained|seems|seemed|felt|feels)\b)",
    re.IGNORECASE,
)
# A participle closing a sentence that named the work, its length the clause's last words: "a complete newsreel
# item, made by a small Dublin company, and running 9 minutes 40 seconds." (round 81; not "running 400 m repeats").
_RUNNING_CLAUSE = regex(
    rf"(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)running[^\S\n]+(?:to[^\S\n]+|at[^\S\n]+)?"
    rf"(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+|{LENGTH_JUDGED})?(?P<d>{DURATION}|{TC_TEXT})"
    r"(?=\s*(?:[.;!?)\n]|$|,\s+(?:and|but|with|which)\b|\s+(?:long|in\s+(?:all|total))\b))", re.IGNORECASE)
_GATE_RUNNING = _WordGate(r"\brunning\s")
# A title, then its version and that version's length in brackets: "The Reel in the Biscuit Tin (restored, 11:06) can
# be viewed online" (round 80; a capitalised title's last word before the brackets, not "he falls (restored, 0:47)").
_VERSION_PAREN = regex(
    rf"(?-i:[A-Z])[\w'’-]*[^\S\n]*\(\s*(?:restored|remastered|extended|uncut|director['’]s\s+cut|theatrical\s+cut|"
    rf"final\s+cut)\s*[,:;]\s*(?P<d>{TC_TEXT}|{DURATION})\s*\)", re.IGNORECASE)
_GATE_VERSION_PAREN = regex(r"\(\s*(?:restored|remastered|extended|uncut|director|theatrical|final)", re.IGNORECASE)
# The work, then in apposition what it is, its length an adjective: "Her laksa video, a 31-minute epic, lost viewers",
# "the documentary, a brisk 52-minute affair," (round 81; not "the video, a 30-second stretch of which", a part).
_APPOSED_ADJ_LENGTH = regex(
    rf"(?:{MEDIA_NOUN}|{RECORDED_TALK})\s*,\s+an?\s+(?:[a-z]+\s+)?(?P<d>{DURATION})(?:-long)?[\s-]+"
    r"(?!(?:stretch|chunk|bit|portion|part|section|passage|sequence|scene|segment|shot|take|gap|pause|silence|"
    r"break|delay|wait|walk|drive|run|flight)\b)(?-i:[a-z])[\w'’-]*"
    # (or a two-word event the recording is of, told where it went out: "the full recording, a 1 hour 12 minute
    # town hall streamed by WKRF on Nov. 20" (round 160), "a 40-minute council meeting filmed in March")
    r"(?:\s+(?-i:[a-z])[\w'’-]*(?=\s+(?:streamed|filmed|recorded|broadcast|televised|livestreamed|held|hosted)\b))?"
    r"(?=\s*(?:[,;)—–]|\.(?:\s|$))|\s+(?:streamed|filmed|recorded|broadcast|televised|livestreamed|held|hosted)\b)",
    re.IGNORECASE)
_GATE_APPOSED_ADJ = _WordGate(r",\s+an?\s")
# A recording's length after it was cut down: "seven hours of play cut down to 11:20", "the feed, edited down to 42
# minutes" (not "cut the deficit down to 0:45", whose object stands between); the work may be its object as a
# pronoun, "down" then left out too: "About forty minutes, but I cut it to 6:15" (round 161), "trimmed it down to
# 3:10", "edited the whole thing to 12 minutes" (not "cut to 6:15", an edit's jump, nor "cut the lead to 0:45").
_CUT_OBJECT = r"(?:it|this|that|them|everything|it\s+all|the\s+whole\s+thing)"
_CUT_DOWN_TO = regex(
    rf"\b(?:cut|trimmed|edited|pared|boiled|condensed|whittled|chopped)\s+(?:down\s+|{_CUT_OBJECT}\s+(?:down\s+)?)"
    rf"to\s+(?:(?:{HEDGE})\s+)?"
    rf"(?:just\s+|only\s+|a\s+(?:tidy|brisk|lean|tight)\s+)?(?P<d>{DURATION}|{TC_TEXT})"
    rf"(?![\w-]|\s+(?:into|in\b|later|earlier|before|after|mark|left|to\s+go)){_NOT_RANGE}",
    re.IGNORECASE)
_GATE_CUT_OBJECT = regex(rf"\s{_CUT_OBJECT}\s+to\s", re.IGNORECASE)
# What a cut-down amount is when it is no recording's: "the gap was cut down to 12 seconds".
_CUT_AMOUNT_BEFORE = regex(r"\b(?:gap|lead|deficit|margin|wait|queue|delay|time|times|record|PB)\b[^.;!?\n]{0,30}$",
                           re.IGNORECASE)
# A work introduced, where it is, then its length after a colon: "a livestream on a community organiser's Facebook
# page: 2 hours 51 minutes, filmed on a phone" (not "the key moment in the video: 2 minutes 30 seconds in").
_INTRODUCED_COLON_LENGTH = regex(
    rf"\b(?:an?|one)\s+(?:[\w'’-]+\s+){{0,2}}?{MEDIA_NOUN}\b[^.;:!?()\n]{{0,60}}:[^\S\n]+(?:(?:{HEDGE})\s+)?"
    rf"(?P<d>{DURATION})(?=\s*(?:[,.;)]|$))",
    re.IGNORECASE)
# "a second clip of 1 minute 12 seconds", "a video of about four minutes": the work, "of", its length in words;
# an archive's "a single file of 15 hours 45 minutes" (round 73)
# (not "the footage of 3:15", a clock; nor "the clip of two minutes into the game").
_MEDIA_OF = regex(
    rf"(?:{MEDIA_NOUN}|{RECORDED_TALK}|(?<![\w-])files?)\s+of\s+(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+)?(?P<d>{DURATION})"
    rf"(?![\w-]|\s+(?:into|in\b|later|earlier|before|after|ago|of\b|from\b|left|remaining|to\s+go)){_NOT_RANGE}",
    re.IGNORECASE,
)
# How much footage was released, all of it: "released 6 minutes of body-worn camera footage", "posted the full four
# minutes and fifty seconds from the officer's camera" (not "the first 6 minutes of the footage", a stretch of it).
_RELEASED_AMOUNT = regex(
    rf"\b(?:released|publish(?:ed|es)?|posted|shared|uploaded|aired|obtained|provided|handed\s+over|made\s+public|"
    rf"releases?|posts?|shares?|airs?)\s+(?P<d>{DURATION})\s+of\s+(?:[\w'’-]+\s+){{0,3}}?{MEDIA_NOUN}\b"
    rf"|\b(?:the|its|their|all)\s+(?:full|whole|entire|complete|unedited|uncut)\s+(?P<f>{DURATION})(?=\s+(?:of|from)\b)",
    re.IGNORECASE)
# The work's length said as its own, "it" a work named a little before: "barely 20 lines of dialogue in its 52
# minutes", "across all of its 95 minutes" (not "in its first 10 minutes", a stretch of it).
_ITS_LENGTH = regex(
    rf"\b(?:in|across|over|throughout|during|for|of)\s+(?:all\s+(?:of\s+)?)?its\s+"
    rf"(?:(?:brisk|lean|taut|tight|whole|entire|full|short|long|slender|overlong|swift|mere|scant|generous)\s+)?"
    rf"(?P<d>{DURATION})(?=\s*(?:[.,;:!?)]|$))", re.IGNORECASE)
# A note on the work before its length in the brackets: "surveillance footage (attached, 1 min 58 s)", "the
# livestream (uploaded to Facebook, 41 min 12 s)".
_PAREN_NOTE = (r"(?:(?:attached|enclosed|embedded|linked|below|above|raw|unedited|uncut|length|runtime|run\s+time|"
               r"duration|running\s+time)(?:\s+(?:below|above|here))?\s*[,;:—–-]?\s*"
               r"|(?:uploaded|posted|shared|published|streamed)\s+(?:to|on)\s+[^()\n,;:\d]{1,30},\s*)?")
# The video embedded on the page, its length in brackets, then where it sits: "Watch the video (9:48) above" (round
# 105), "the full tutorial (14:20) below" (not "he falls in the video (0:45)", a place in it, with no "above").
_EMBED_PAREN = regex(
    rf"\b(?:the|this|our|my)\s+(?:[\w'’-]+\s+)?{MEDIA_NOUN}\s*\(\s*(?P<d>{TC_TEXT})\s*\)\s+(?:is\s+)?(?:above|below)\b",
    re.IGNORECASE)
# A camera told by its kind or its wearer, whose recording a length in brackets after it is: "body-worn camera",
# "Kowalczyk's body camera", "the doorbell cam" (a length in words: "the camera (0:45)" may cite a position).
# (or a drone, or a copy of the footage by its kind: "a drone (6 min 48 s)", "the Stomp repost (1 min 20 s)", round 123)
# One list of cameras by where they are worn or mounted, for both: "body-worn camera", "dashcam", "the in-car camera".
_CAMERA_DEVICE = (r"(?:body|in[\s-]car|dash(?:board)?|helmet|chest|head|doorbell|security|surveillance|police|"
                  r"patrol[\s-]car|taser|phone|drone|bystander)[\s-]*(?:worn[\s-]+)?cam(?:era)?s?")
_CAMERA_KIND = (rf"(?:{_CAMERA_DEVICE}|[\w-]+['’]s\s+cam(?:era)?|drone|re-?posts?|re-?uploads?|cross-?posts?)"
                r"(?=\s*\(\s*(?!\d+:))")
# The work, then to whom or by whom it was handed over, before its brackets: "The clip disclosed to the claimant
# (CCTV/04, 6 minutes 15 seconds)" (round 99), "the footage supplied by the council (4 min 2 s)", "the video sent to
# police (it's 3 min)".
_HANDED_OVER = (r"\s+(?:disclosed|provided|supplied|handed(?:\s+over)?|served|produced|shown|played|sent|given|"
                r"submitted|exhibited|obtained|retrieved|seized|released|passed|forwarded|made\s+available)\s+"
                r"(?:to|by|from)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+")
# "The video (2m 51s) was filmed from the roof": the work, then its length in words in brackets (a timecode there
# may cite a position: "he falls in the video (0:45)").
# "The video (1 min 48 s, first posted at 06:12 UTC)", "the released bodycam (it's 9 min 30 s)", "the video of the
# goal (it's 3 min 20 s)": a note after the length, or the length said as what the work is, in the same brackets;
# said so, a timecode too: "The league's recap video on YouTube (it's 4:30)", "I've put the full video review up
# (it's 18:30, sorry)".
_MEDIA_PAREN = regex(
    # (or when and where it went up, a date's dots too: "the highlights video uploaded on 14.01.2026 (duration
    # 10.25 minutes)")
    # (a camera's recording named by its camera: "Officer Ruiz's body camera (9 minutes 50 seconds)", "the doorbell
    # camera (41 seconds)", round 81)
    # (the video named by its kind after it: "my video review (22 minutes, linked below)" (round 85))
    # (or a work labelled by a letter or a number, as a report tells several apart: "**Video A** (1 min 54 s,
    # portrait, uploaded 19 Jan at 17:22 CET)", "Clip 2 (48 seconds)" (round 137))
    rf"(?:{MEDIA_NOUN}|{RECORDED_TALK}|{_CAMERA_KIND})(?:\s+(?:review|recipe|essay|diary|guide|breakdown|explainer))?"
    r"(?:\s+(?-i:[A-Z]|\d{1,2})(?![\w'’.:-]))?"
    rf"(?:\s+(?:(?:uploaded|posted|shared|published|released|recorded|filmed|shot|"
    rf"aired|broadcast|streamed)\s+)?(?:of|from|on|in|at|by)\s+(?:[^()\n.;:]|\.(?=\d)){{1,40}}?"
    rf"|(?:\s+[\w'’-]+){{1,2}}(?=\s*\(\s*it)|{_HANDED_OVER}"
    # (or who put it up, told after it: "the highlights video they posted (8 min 40)", "the clip Dan shared (2 min)")
    rf"|\s+(?:that\s+|which\s+)?(?:they|we|he|she|you|I|someone|(?-i:[A-Z])[\w'’-]+)\s+(?:just\s+)?"
    rf"(?:posted|uploaded|shared|put\s+up|made|released|sent|linked|filmed|recorded))?"
    rf"(?:[*_]{{1,2}}|</(?:b|strong|em|i)>)?\s*\(\s*{_PAREN_NOTE}(?:(?P<said>it['’]s|it\s+is|it\s+runs|it\s+lasts|runs|lasts)\s+)?"
    # (or as a thing of that length: "the archived livestream (it's a 12-hour block starting at 04:00)")
    rf"(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+)?(?(said)(?P<art>an?\s+)?)(?P<d>{DURATION}|(?(said){TC_TEXT}|(?!)))"
    r"\s*(?:long\s*)?"
    r"(?:[,;][^()\n]{0,80}|(?(art)(?<=[a-z])[\s-]+[a-z][\w'’-]*(?:\s[^()\n]{0,60})?|(?!)))?\)",
    re.IGNORECASE,
)
# The work, then its length told of "one" standing for it, in brackets or after a comma or a dash: "Race highlights
# (the 6-minute one on CBC Sports)" (round 128), "the replay, a 12-minute one", "the recap — the 90-second one — has"
# (not "the clip (one minute in)", a position; nor "the clip, one minute long", read elsewhere).
_MEDIA_PAREN_ONE = regex(
    rf"\b{_LENGTH_WORK}\s*(?:\(|,|[—–]|--)\s*(?:the|a|an)\s+(?:(?:{HEDGE})\s+)?(?P<d>{DURATION})"
    r"(?:(?<=hour)|(?<=minute)|(?<=second)|(?<=min))(?:[\s-]+long)?[\s-]+one\b(?![\s-]+(?:of|in|into)\b)",
    re.IGNORECASE)
_GATE_ONE = _WordGate(r"[\s-]one\b")
# A work, then a note on it in brackets closed by its length in words after a comma: "In the drone clip itself (it's
# on the course page separately, 3 min 12 s)" (round 94): the work's length, not a position.
# So too a list's header naming the work, words between, its brackets closing the line before a colon: "Things to
# check in the wedding film before we sign off (Ayesha & Bilal, 28 mins):" (round 98), the length the items' "The last
# 2 minutes" counts from.
# (or a worn or mounted camera whose file it is: "Constable Tane's body-worn camera (file BWC-0472, 17 min 32 s)"
# (round 123), "the in-car camera (file ICV-0031, 9 min 40 s)")
_MEDIA_PAREN_LAST = regex(
    # (or what the work is of, a note then its length in its brackets: "Coach Leilani's video of the Sunday relay (the
    # one on the club's private channel, 5 min 20 s)" (round 137))
    rf"\b(?:{MEDIA_NOUN}|{RECORDED_TALK}|{_CAMERA_DEVICE})(?:\s+(?:itself|alone|proper)|{_HANDED_OVER}"
    r"|\s+of\s+(?:the|a|an|his|her|their|our|my|its)\s+[^()\n.;:!?]{1,40}?"
    rf"|(?P<gap>\s+[^()\n.;:!?]{{1,50}}?))?"
    rf"\s*\((?![^()\n]*\b(?:at|from|to|in|into)\s+\d)"
    # (the whole work named before its length: "livestream highlights (TVC, full stream 4 hours 45 minutes)" (round
    # 181))
    rf"[^()\n]{{1,80}}?[,;]\s*(?:(?:full|whole|entire|complete)\s+{MEDIA_NOUN}\s+)?(?P<h>(?:{HEDGE})\s+)?"
    rf"(?P<d>{DURATION})\s*(?:long\s*)?\)"
    r"(?(gap)[*_]{0,2}:?[ \t]*(?=\n|$)|)",
    re.IGNORECASE,
)
# "The council's video (1:48) of the flood shows": the work, its timecode in brackets, then "of" what it shows (not
# "he falls in the video (0:45)", a position cited).
_MEDIA_PAREN_OF = regex(
    rf"(?:{MEDIA_NOUN}|{RECORDED_TALK})\s*\(\s*(?P<d>{TC_TEXT})\s*\)\s+of\s(?!course\b)", re.IGNORECASE)
# "Watched the whole 28:12 of it", "sat through all 1:04:10 of the stream", "the archive recording, all six hours and
# twelve minutes of it": the whole work's length (not "the whole
# 3:10 mark", nor "the full 2:00 of added time" in a match).
# ... or all of it sat through, its clause closed after it: "(if you don't want to sit through all 1 hr 52 min)".
_WHOLE_TC = regex(
    rf"\b(?:the\s+(?:whole|full|entire)|(?P<watched>(?:through|watch|watched|watching)\s+)?all)\s+(?:(?:{HEDGE})\s+)?"
    rf"(?P<d>{TC_TEXT}|{DURATION})"
    rf"(?=\s+of\s+(?:it|this|that|the\s+(?:{LENGTH_MEDIA})|(?:this|that|his|her|their|the)\s+[\w'’-]+\s+(?:{LENGTH_MEDIA}))\b"
    r"|(?(watched)\s*(?:[),;!?]|\.(?!\d)|$)|(?!)))",
    re.IGNORECASE)
# The whole of a recording, its length set off after it as "N of it": "the whole of Tuesday's recording — 7 hours 12
# minutes of it — from the start", "the entire livestream (all 3 hours 5 minutes of it)" (round 88).
_WHOLE_APPOSED = regex(
    rf"\b(?:whole|full|entire)\s+(?:of\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{LENGTH_MEDIA})\s*(?:[—–,(]|--?)\s*"
    rf"(?:all\s+)?(?:(?:{HEDGE})\s+)?(?P<d>{TC_TEXT}|{DURATION})(?=\s+of\s+it\b)",
    re.IGNORECASE)
# ... or any work so set off, its clause closed after "of it": "It's a grand bit of footage altogether, 16 minutes and
# 40 seconds of it, and there's more tractors in it" (round 137; not "watched 10 minutes of it", no apposition).
_MEDIA_APPOSED_OF_IT = regex(
    # (unhedged: "The film he shot, a little under eleven minutes of it, sat in a tin" tells a copy's length roughly,
    # beside the digitised copy's exact one (round 108))
    # (or an event that was recorded, its verb and object before: "the State Government streamed the whole
    # procession live, 5 hours and 40 minutes of it, from a 6 a.m. setup" (round 185), "filmed the whole match, 94
    # minutes of it")
    rf"(?:\b(?:{LENGTH_MEDIA})\b(?:\s+[\w'’-]+){{0,2}}?"
    r"|\b(?:streamed|livestreamed|filmed|recorded|broadcast|televised)\s+(?:the\s+)?(?:whole|full|entire)\s+"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
    rf"\s*(?:[—–,(]|--?)\s*(?:all\s+)?(?P<d>{DURATION})(?=\s+of\s+it\s*(?:[,.;:)!—–]|$))",
    re.IGNORECASE)
# A list's header naming the work its entries walk through, with that work's length in brackets before the
# colon: "The teaser for *Red Meridian* (1:48):", "Top 5 saves (video 6:40):" (the line must head a list).
# (where the work is may follow its medium: "Top 5 NPFL goals of the season (compilation on our channel, 9:02):")
_HEADER_PAREN = regex(
    rf"\((?:(?:(?:full|whole|entire|complete)\s+)?(?:{LENGTH_MEDIA}|run\s*time|running\s+time|length|duration)"
    r"(?:\s+(?:on|via|at)\s+[^(),:\n]{1,30}?,)?\s*:?\s+)?"
    rf"(?P<d>{TC_TEXT})\s*\)"
    r"\s*:(?:\*\*|__|</\w+>)?(?=[ \t]*(?:\n|$))",
    re.IGNORECASE)
# A music release or a DJ's recording, as a title line's medium: "(mix, 61:18)", "(live set, 1:02:00)", "(EP, 22:05)"
_RELEASE = r"(?:mix|mixtape|set|album|(?-i:EP|LP))"
# Emoji and their variation selector, closing a title line as markup does: their code point ranges, as a character
# class's body (for a pattern) and as the characters themselves (for a strip).
_EMOJI_RANGES = ((0x1F300, 0x1FAFF), (0x2600, 0x27BF), (0xFE0F, 0xFE0F))
_EMOJI = "".join(f"{chr(first)}-{chr(last)}" for first, last in _EMOJI_RANGES)
_EMOJI_CHARS = "".join(chr(c) for first, last in _EMOJI_RANGES for c in range(first, last + 1))
# What may close a title's line after its bracket: markup, a list header's colon, emoji.
_LINE_CLOSING_CHARS = " \t*_.#=:" + _EMOJI_CHARS
# A title line's note of the work's length in its closing brackets, named by its medium or in words: "CLAIM: ...
# (video, 2:46)", "Interview, 12 Feb (recording 38:20)", "Live at the Corn Exchange (concert film, 1 hr 58 min)",
# "Episode 214: The Bridge (2 hrs 5 min, it's a long one)" (a timecode with no medium before it is
# :func:`title_paren_spans`'s; "(video at 2:46)" cites a position).
_TITLE_LINE_PAREN = regex(
    # (or its publisher: "*Sleep in the Snowbank* (Arbutus Records, 42:10)", "(Harbour Pictures, 1:41:00)")
    # (the medium may name the work's kind, a comma closing it: "(video recipe, 11:36)", "(livestream replay, 2:06:00)";
    # two words may describe it: "(full match replay 1:58:40)" (round 110))
    # (or a music release's or a DJ's: "Deep Dune Sessions Vol. 3 (mix, 61:18)", "(DJ set, 1:58:00)" (round 134))
    # (or the platform the work is on: "Tracklist for the mix (YouTube, 58:14):" (round 135))
    rf"\(\s*(?:(?P<m>(?:[\w'’-]+\s+){{0,2}}(?:{LENGTH_MEDIA}|replays?|audio|{_RELEASE}|(?-i:{PLATFORM})|"
    rf"(?-i:[A-Z])[\w'’-]*\s+(?:Records|Recordings|Music|Pictures|Films|Studios|Productions))"
    rf"(?:\s+[\w'’-]+(?=,))?)\s*[,:;]?\s+)?(?:(?:{HEDGE})\s+)?"
    # (a heading's or a caption's closing tag may end the line: "<h3>Sourdough (video 18:40)</h3>")
    # (where it is may follow: "Eurovision final (4h 02m on the EBU channel)")
    # (a list's header colon or an emoji may close the line: "Makeup tutorial steps (video 11:00, filmed in one take)
    # 💄" (round 135))
    rf"(?P<d>{DURATION}|{TC_TEXT})\s*(?P<note>,[^()\n]{{0,60}}|\s+(?:on|via)\s+[^()\n]{{1,40}})?\)[ \t*_.#=:{_EMOJI}]*"
    r"(?:</(?:h[1-6]|caption|figcaption|summary|title|strong|b|em|i|p)>[ \t]*)?(?=\n|$)",
    re.IGNORECASE)
# A post's title line closed by a tag of its medium and length in square brackets, as forums tag a post: "Who's at
# fault here? [video, 1:04]", "Near miss on the A34 [dashcam video - 0:48]" (not "[1:04]", a line's stamp, nor a
# tag inside the line: "the car drifts [video, 0:19] before", a position cited).
_TITLE_LINE_TAG = regex(
    rf"\[[^\S\n]*(?P<m>(?:[\w'’-]+[^\S\n]+)?(?:{LENGTH_MEDIA}|audio))[^\S\n]*[,:;|·–—-]?[^\S\n]*"
    rf"(?P<d>{DURATION}|{TC_TEXT})[^\S\n]*\][ \t*_.#=]*(?=\n|$)",
    re.IGNORECASE)
# An embedded video's caption in brackets on a line of its own, opened by its medium's label and a colon, then what
# it shows and, after a comma, its length: "[VIDEO: Doorbell footage released by police, 2 min 10 s]", "[Video:
# Metro police explain the new cameras, 2:40]" (round 96; not "[Video: the van turns at 0:41]", a position cited,
# nor a stretch: "[Video: the collapse, 0:41–0:58]").
_CAPTION_LINE_BRACKETS = regex(
    rf"(?:^|(?<=\n))[ \t*_]*[\[(][ \t]*(?:{LENGTH_MEDIA}|audio)[ \t]*:[^\[\]()\n]{{1,160}}?,[ \t]*"
    rf"(?P<d>{DURATION}|{COMPACT}|{TC_TEXT})[ \t]*[\])][ \t*_.]*(?=\n|$)",
    re.IGNORECASE | re.MULTILINE)
# A news page's embedded video: a line opened by the medium's label ("[VIDEO]", "Video:", "▶ Clip:"), what it shows,
# and its length in brackets closing the line: "[VIDEO] Lights on the A40 – the tractor run filmed by a reader (3:12)",
# "▶ Video: Bus driver helps swans across the road at Innishannon (1:30)" (round 97's local-news pages; not a
# position cited in prose, "the video shows the swans (1:30)", nor a stretch, "Video: the collapse (0:41–0:58)").
_LABELLED_VIDEO_LINE = regex(
    rf"(?:^|(?<=\n))[ \t*_#>]*(?:[▶►▷][ \t]*)?(?:\[[ \t]*{LENGTH_MEDIA}[ \t]*\][ \t]*:?"
    rf"|{LENGTH_MEDIA}[ \t]*:)[^\n()\[\]]{{1,200}}?\([ \t]*(?P<d>{DURATION}|{TC_TEXT})[ \t]*\)[ \t*_.]*(?=\n|$)",
    re.IGNORECASE | re.MULTILINE)
# A linked work's brackets naming the platform it is on (or its medium), a comma and its length, closing its line or
# followed by the link: "▶ Supermarket pav taste test (YouTube, 18:40): youtube.com/watch?v=pv3Taste&t=390" (round
# 96), "Our day in Rotorua (Vimeo, 12:05) – vimeo.com/88120": the work's length (the link's own "t=" is the
# position); not a bracket inside prose: "the keeper spills it (video, 2:14) and the striker pounces".
_LINK_TO_LINE_END = r"(?:https?://|www\.)?(?:[\w-]+\.)+(?:com|be|tv|net|org|co|io|ly)\b[^\s()]*"
# So is a Markdown link's (or an HTML anchor's) text naming them, wherever the link stands: "Full video: [YouTube,
# 2:48](https://youtu.be/x) (unlisted)" (round 120), '<a href="https://vimeo.com/1">Vimeo · 3:10</a>', the platform
# and the time set apart by a comma, a dot or a dash; not one whose link seeks ("[YouTube, 0:45](https://youtu.be/x?t=45)"
# is that position).
_LINKED_SEP = r"[ \t]*(?:[,;·|–—]|-(?=[ \t]))[ \t]*"
_LINKED_WORK_PAREN = regex(
    rf"(?:\(|(?<!!)\[|<a\s(?![^<>]*[?&#](?:t|start)=)[^<>]{{0,300}}>)[ \t]*"
    rf"(?:{PLATFORM}|(?:[\w'’-]+[ \t]+)?(?:{LENGTH_MEDIA}|audio)){_LINKED_SEP}"
    rf"(?:(?:{HEDGE})\s+)?(?P<d>{DURATION}|{TC_TEXT})[ \t]*"
    rf"(?:\)(?=[ \t*_.]*(?:\n|$)|[ \t]*(?::|[—–-]|&mdash;)?[ \t]*{_LINK_TO_LINE_END}[ \t]*(?:\n|$))"
    rf"|\](?=\((?:https?://|www\.)(?![^\s()]*[?&#](?:t|start)=)[^\s()]+\))|</a>)",
    re.IGNORECASE | re.MULTILINE)
# A length opening its sentence, then the link to the work it measures: "2 min 15 s, link: https://youtu.be/OwL8mEath"
# (round 141, forum), "4:10 - www.youtube.com/watch?v=x", "Ninety seconds, here: vimeo.com/1" (not a link that seeks:
# "0:45: youtu.be/x?t=45" is that position).
_LENGTH_THEN_LINK = regex(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t*_]*(?P<d>{DURATION}|{TC_TEXT})[ \t*_]*(?:,|[—–-]|:)[ \t]*"
    rf"(?:(?:link|video|clip|vid|here|watch|footage|recording)(?:[ \t]+(?:here|below|is|to\s+it))?[ \t]*:?[ \t]*)?"
    rf"(?=(?:https?://|www\.|(?:[\w-]+\.)+(?:com|be|tv|net|org|co|io|ly)/)(?![^\s()]*[?&#](?:t|start)=))",
    re.IGNORECASE | re.MULTILINE)
_GATE_URL = _WordGate(r"https?://|www\.|\.(?:com|be|tv|net|org|co|io|ly)/")
_GATE_LINKED_WORK = regex(rf"(?:[(\[]|<a\s[^<>]*>)[ \t]*(?:{PLATFORM}|(?:[\w'’-]+[ \t]+)?(?:{LENGTH_MEDIA}|audio))"
                          rf"[ \t]*[,;·|–—-]", re.IGNORECASE)
# A played thing or a trailer named as a sentence's subject, its length in brackets, then its verb: "The Super Bowl
# spot (0:30) cut it entirely", "The game's opening cutscene (4:45) is unskippable", "The film's trailer (1:30)
# shows none of it" (not "The drone footage (0:45) shows smoke", a position cited in the footage); a match's
# highlights or recap so told is a whole work too: "The club's YouTube highlights (4:12) are worth a look" (round 73).
# (the subject may open a clause joined on: "..., and the club's highlights package (7:41) is worth a look" (round 84))
SUBJECT_WORK_PAREN = regex(
    # (a wiki's footnote mark may close the sentence before: '"the heart of the song".[4] A remix (3:48) ...')
    rf"(?:(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?]\[\d\]\s)|(?<=[.!?]\[\d\d\]\s))(?-i:The|A|An|Its|This|That|Our|My|[A-Z][\w-]*['’]s)"
    # (or after a clause put first: "If you have a few minutes, the RTÉ highlights (6:40) cover it well" (round 71))
    rf"|(?:(?<=,\sand\s)|(?<=,\sbut\s)|(?<=;\s)|(?<=,\swhile\s)|(?<=,\s))"
    r"(?-i:the|a|an|its|this|that|our|my|their|[a-z][\w-]*['’]s))"
    rf"\s+(?:[\w'’-]+\s+){{0,3}}?"
    # (a highlight reel in the singular too: "The team's highlight reel (6:10) is the best way to catch up" (round 85))
    # (a song's other versions too: "A remix (3:48) featuring Ghanaian artist Kofi Ansah was released in March 2024"
    # (round 169), another work than the music video the page is about)
    rf"(?:{PLAYED_THING}|remix(?:es)?|mix|cover|rework|rendition|mashup|bootleg|"
    rf"cutscene|intro|outro|trailer|teaser|highlights(?:\s+(?:package|reel|video))?|recap|"
    # (where it is may follow in the brackets: "The URC highlights (8:42 on the league's channel) tell the story"
    # (round 98))
    rf"highlights?\s+(?:package|reel|video))\s*\((?P<d>{TC_TEXT})(?:\s+(?:on|via)\s+[^()\n]{{1,40}})?\)"
    r"(?=\s+(?-i:[a-z]))",
    re.IGNORECASE | re.MULTILINE)
# Two works named side by side as a sentence's subject, each with its timecode in brackets: "The phone video (2:47)
# and the CCTV export (10:00) share the moment the barrier lifts" (round 143): each bracket is its work's length, as
# sources are introduced before they are synced (not "The drone footage (0:45) shows smoke", one work citing a
# position; nor "In the phone video (1:06) and the CCTV (6:31) the barrier lifts", positions after "In").
_WORK_OF_PAIR = rf"(?:[\w'’-]+\s+){{0,3}}?{MEDIA_NOUN}(?:\s+(?:export|file|copy|download|original))?"
_DETERMINER_OF_PAIR = r"(?:the|a|an|its|this|that|our|my|their|[a-z][\w-]*['’]s)\s+"
PAIRED_WORKS_PAREN = regex(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))[*_]{{0,2}}(?-i:The|A|An|Its|This|That|Our|My|Their|[A-Z][\w-]*['’]s)\s+"
    rf"{_WORK_OF_PAIR}\s*\(\s*(?P<d>{TC_TEXT})\s*\)\s*(?:,|and|&)\s+{_DETERMINER_OF_PAIR}"
    rf"{_WORK_OF_PAIR}\s*\(\s*(?P<d2>{TC_TEXT})\s*\)",
    re.IGNORECASE | re.MULTILINE)
# A whole work as its sentence's subject, its timecode in brackets, then judged: "This week's episode (1:12:30) is a
# good one", "The film (1:58:10) was too long by half" (round 77; not "The episode (12:40) is where she breaks").
_SUBJECT_WHOLE_WORK_IS = regex(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?-i:The|A|An|Its|This|That|Our|My|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:episode|podcast|documentary|film|movie|livestream|stream|vod|webcast|broadcast|show|"
    # a video credited to its maker: "The video (18:05) is by a Glasgow maker" (round 121)
    r"(?:video|clip|vid|tutorial)(?=\s*\([^()\n]*\)\s+(?:is|was)\s+by\s))"
    rf"\s*\((?P<d>{TC_TEXT})\)\s+(?:is|was|['’]s)\s+(?!(?:where|when|at|in|the\s+(?:moment|bit|part|point))\b)",
    re.IGNORECASE | re.MULTILINE)
# A numbered part of a course or a series as its sentence's subject, its timecode in brackets, then its verb: "Lesson 2
# of that module (18:40) covers groupby", "Episode 6 (52:30) is the strongest", "Lecture 11 (1:14:05) introduces
# entropy" (round 85; not "Episode 6 (12:40) is where she breaks", a position, nor prose: "she falls in part 2 (0:45)").
_SUBJECT_NUMBERED_PART_PAREN = regex(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?-i:Lesson|Lecture|Episode|Ep\.|Part|Chapter|Module|Session|Class|Unit|Video|Week|"
    r"Day)\s+(?:\d{1,3}(?:\.\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+of\s+(?:the|that|this|its|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+)?[\w'’-]+)?"
    rf"\s*\((?P<d>{TC_TEXT})\)\s+(?!(?:where|when|at|in|is\s+(?:where|when|the\s+(?:moment|bit|part|point))"
    # (its verb, not a new clause's subject: "Lesson 4 (3:10) the teacher drops the pen")
    r"|the|a|an|he|she|they|we|i|you|it|his|her|their|this|that|there)\b)"
    r"(?-i:[a-z])",
    re.IGNORECASE | re.MULTILINE)
# A work said to be up somewhere, or a thing streamed or broadcast there, then its length in brackets: "Recording is
# up on the channel (1:02:17): Orla starts at 4:30", "Tuesday's meeting of the council, streamed on the council's
# website (2 hr 38 min), saw ..." (round 98); a timecode only after a work said to be up ("the crash, streamed on
# ESPN (0:45)" may cite a position; "he slips in the video on YouTube (0:45)" does).
_POSTED_WORK_PAREN = regex(
    rf"(?:(?P<up>{MEDIA_NOUN}(?:\s+(?:is|are|went|goes|has\s+gone)|['’]s)\s+(?:now\s+|finally\s+|already\s+)?"
    r"(?:up|online|live|available))"
    r"|\b(?:live-?streamed|streamed|broadcast|televised|webcast|aired)(?:\s+live)?)"
    rf"\s+(?:on|to|via|at)\s+[^()\n.;:!?]{{1,40}}?\s*\(\s*(?:(?:{HEDGE})\s+)?"
    rf"(?P<d>{DURATION}|(?(up){TC_TEXT}|(?!)))\s*\)",
    re.IGNORECASE)
# A work told with the channel or the page it is on, its length in brackets: "In the race video on the AK channel
# (2:44), the bell lap starts at 1:05" (round 121): where to find it and how long it runs (not "he slips in the video
# (0:45)", nor "The keeper slips in the video on YouTube (0:45)": a position cited in it, after the event's "in the").
_CHANNEL_WORK_PAREN = regex(
    rf"(?<!(?-i:in)\sthe\s)(?<!(?-i:in)\sa\s)\b{MEDIA_NOUN}\s+(?:on|via)\s+[^()\n.;:!?]{{0,40}}?\b(?:{PLATFORM}|channel|page|website|account)"
    rf"\s*\(\s*(?P<d>{TC_TEXT})\s*\)",
    re.IGNORECASE)
_GATE_CHANNEL_WORK = regex(rf"(?:{PLATFORM}|channel|page|website|account)\s*\(", re.IGNORECASE)
# A work said to be attached or linked, opening its sentence or line, its length in brackets closing the clause: "Repro
# video attached (0:38).", "Screen recording linked below (1:12)", "Full clip embedded above (2:05)" (round 110: a bug
# report's attachment; not "In the video attached (0:38) he slips", a position cited in it). A post's pointer to where
# the work is on the page says the same with no verb (round 119): "Video below (3:02).", "Clip's here (0:48)", "Full
# vid in the comments (12:40)". A post's bold title says it after a dash (round 131: "**Vet said ... — video attached
# (1:54)**").
_ATTACHED_WORK_PAREN = regex(
    r"(?:^|(?<=[.!?,—–]\s)|(?<=\n)|(?<=[*:>]\s))[*_]{0,2}(?!(?:in|on|at|from|see|watch|of)\b)(?:[\w'’-]+\s+){0,2}?"
    rf"{MEDIA_NOUN}(?:\s+(?:is|are)|['’]s)?\s+(?:(?:attached|linked|embedded|enclosed|included|uploaded)"
    r"(?:\s+(?:below|above|here|too|as\s+well))?|below|above|here|down\s+below|up\s+top|"
    r"at\s+the\s+(?:top|bottom)|"
    r"in\s+(?:the\s+)?(?:comments|replies|description|thread|first\s+comment))\s*\(\s*(?P<d>"
    rf"{DURATION}|{TC_TEXT})\s*\)(?=[^\S\n]*(?:[*_]{{1,2}}[^\S\n]*)?(?:[.;,!]|\n|$))",
    re.IGNORECASE | re.MULTILINE)
_GATE_ATTACHED_WORK = regex(r"\b(?:attached|linked|embedded|enclosed|included|uploaded|below|above|here|comments|"
                            r"replies|description|thread|comment|top|bottom)(?:\s+\w+)?\s*\(",
                            re.IGNORECASE)
_GATE_POSTED_WORK = regex(
    r"\b(?:up|online|live|available|streamed|broadcast|televised|webcast|aired)\s+(?:on|to|via|at)\s", re.IGNORECASE)
# A work's timecode in brackets in the line that introduces a list, a colon closing it: "with timings in the weekly
# highlights reel (9:48) so you can jump straight there:" (round 77): the whole work's length, the list's items
# placing things in it (read by :func:`_not_a_length`: the next line must be an item, this one none).
_LIST_INTRO_PAREN = regex(
    rf"\b{LENGTH_MEDIA}\s*\(\s*(?P<d>{TC_TEXT})\s*\)[^\n()]{{0,80}}:(?=[^\S\n]*(?:\n|$))", re.IGNORECASE)
# A work brought in with an article and its length in brackets: "A volunteer made a highlight reel of the week (4:36).
# Favourite bits: ... at 1:02" (the next sentence walks through it, as after SUBJECT_WORK_PAREN).
INTRODUCED_WORK_PAREN = regex(
    rf"(?:^|\s)(?:an?|another)\s+(?:[\w'’-]+,?\s+){{0,3}}{LENGTH_MEDIA}"
    rf"(?:\s+of\s+the\s+(?:week|day|month|year|season|night|weekend|tournament|match))?\s*\({TC_TEXT}\)",
    re.IGNORECASE)
# A length judged in brackets, whatever it is of: "from the trailer alone (a brisk 2:10)", "the recap (a tight 1 min
# 50 s)": a reviewer's word on how long it runs, never a position (round 73).
_JUDGED_PAREN = regex(rf"\(\s*{LENGTH_JUDGED}(?P<d>{DURATION}|{TC_TEXT})\s*\)", re.IGNORECASE)
_GATE_JUDGED_PAREN = regex(r"\(\s*an?\s", re.IGNORECASE)
# A note on a work's length: "a long one", "settle in", "grab a tea".
_LENGTH_NOTE = regex(r"\b(?:long|short|lengthy|epic|marathon|settle|buckle|grab)\b", re.IGNORECASE)
# A length told to show that the work is long or short: "Marrow Lane is long (2 hrs 11 min in the cinema cut)",
# "louder, longer (1h 52m), no less fun".
_LONG_PAREN = regex(
    rf"\b(?:long|short|lengthy|overlong|brief|longer|shorter)\s*\(\s*(?:(?:{HEDGE})\s+)?(?P<d>{DURATION}|{TC_TEXT})(?P<rest>[^()\n]{{0,60}}\))",
    re.IGNORECASE)
# The whole work's length after its label: "Full video: 1 h 32 min, so grab a tea", "Episode: 52 min." (a timecode
# only after "full", "whole": "Video: 0:45" may cite a position).
_MEDIA_LABEL = regex(
    rf"(?:^|(?<=\n)|(?<=[.!?]\s))[ \t*_#>-]*(?:(?P<w>full|whole|entire|complete)\s+)?(?:{LENGTH_MEDIA}|audio)"
    rf"(?:\s+(?:length|runtime))?[*_]{{0,2}}\s*:[*_]{{0,2}}\s*(?:(?:{HEDGE})\s+)?"
    # (where the work is may follow a length in words: "VOD: 5 hours 48 minutes on the organiser's channel")
    # (or a middle dot, a bullet or a bar before the page's next item: "Full episode: 42:10 · Bonus scene (6:05)")
    rf"(?P<d>{DURATION}|(?(w){TC_TEXT}|(?!)))(?=\s*(?:[,.;)!·•|]|&middot;|&bull;|$)|(?<=[a-z])\s+on\s+(?!the\s+(?:clock|timer|counter|screen)\b)(?:the\s|(?-i:[A-Z])))",
    re.IGNORECASE | re.MULTILINE)
# The work as its clause's subject, a few words on it, then its length in words after a colon, closing the clause or
# with what it holds: "the full RTÉ broadcast survives: 2 hours 11 minutes, including the pre-match parade" (round
# 100), "The raw tape is on YouTube: 47 minutes." (not "In the video: 2 minutes in, he falls", a position).
_MEDIA_CLAUSE_COLON = regex(
    rf"\b(?:{LENGTH_MEDIA})\b(?:[^\S\n]+[\w'’-]+){{1,4}}?[^\S\n]*:[^\S\n]*(?:(?:{HEDGE})\s+)?(?P<d>{DURATION})"
    r"(?=\s*(?:[.;!]|$)|,?\s+(?:including|incl\.?|excluding|excl\.?|not\s+counting|counting|plus|all\s+told|in\s+all|"
    r"in\s+total)\b|[\s-]+long\b)",
    re.IGNORECASE)
# A list item opened by the work's label and a timecode alone in its sentence: "<li>Recording: 49:12. The demo is at
# 18:30&ndash;24:10.</li>" (a length only where the item then places earlier times: ``labelled_item_length``).
_MEDIA_LABEL_ITEM = regex(
    rf"(?:^|(?<=\n)|(?<=<li>)|(?<=<p>)|(?<=<td>)|(?<=<dd>))[ \t]*(?:[-*•][ \t]+)?[*_]{{0,2}}(?:(?:full|whole)\s+)?"
    rf"(?:{LENGTH_MEDIA}|audio)[*_]{{0,2}}[ \t]*:[ \t]*[*_]{{0,2}}(?P<d>{TC_TEXT})(?=[*_]{{0,2}}[ \t]*[.;](?:[ \t]|$))",
    re.IGNORECASE | re.MULTILINE)
# An embedded player's caption, the work's kind, a comma and its length, alone in its element or line: "<div
# class="player-caption">Video, 00:02:31</div>", "Video, 1:58" (a page's furniture, the length of what it plays);
# a dash and what it shows may follow: "<figcaption>Video, 00:00:45 &mdash; the collapse</figcaption>".
_PLAYER_CAPTION = regex(
    rf"(?:^|(?<=\n)|(?<=>))[ \t]*(?:{LENGTH_MEDIA}|audio)[ \t]*,[ \t]*(?P<d>{TC_TEXT})"
    # (or a middle dot before the player's next item: "Video, 00:02:36 · Source: Suffolk Live")
    r"(?=[ \t]*(?:<|\n|$|(?:&[mn]dash;|[—–|])[ \t]|[·•]|&middot;|&bull;))",
    re.IGNORECASE | re.MULTILINE)
# The work, a comma, its length in words ending the clause: "Explainer video, 6 min 12 s." (not "In the video, 2
# minutes in, ...").
# (the comma is matched and the work read back from it: a literal opening scans fast)
# The clause may go on with the file's picture after a comma: "phone footage from the stringer, 11 min 06 s, 1080p
# 30fps", "drone clip, 2 min 10 s, 4K".
# (a dash may set it off as the comma does: "Tabata leg day (follow along with my video — 24 min)" (round 134))
_MEDIA_APPOSED = regex(
    rf"(?:,|[—–]|(?<=\s)--?(?=\s))\s*(?:(?:{HEDGE})\s+)?(?P<d>{DURATION})"
    r"(?=\s*(?:[.;)]|$|,\s*(?:\d{3,4}[pi]\b|\d{2,3}(?:\.\d+)?\s?fps\b|[248]K\b))"
    # (or what it is of, the work's material: "her latest recording, 2 hours 10 minutes of unbroken sound from a
    # platform 30 metres up, is now streaming" (round 181))
    r"|\s+of\s+(?:(?:unbroken|continuous|uninterrupted|unedited|uncut|raw|live|ambient)\s+)?"
    r"(?:sound|audio|footage|video|film|material|birdsong)\b)", re.IGNORECASE)
# (the sentence's cheap test for the dash)
_APPOSING_DASH = regex(r"[—–]|\s--?\s")
# (the work may be named with where it came from: "phone footage from the stringer, ")
_WORK_BEFORE_COMMA = regex(
    rf"(?<![\w-])(?:{LENGTH_MEDIA}|audio|call)(?:\s+(?:from|by)\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+)?\s*$", re.IGNORECASE)
WORK_BEFORE_COMMA_CHARS = 50
# A broadcast's total running time told with its label after it: "protest package (2:30 TRT)", "TRT 1:02:30".
# A title, its year in brackets, then its length after a comma: "Love Love Peace Peace (2016), 6 min 10 sec — watch
# it", "Nosferatu (1922), 1:34:10." (a work's entry in a list of things mentioned).
_TITLE_YEAR_LENGTH = regex(
    rf"(?-i:[A-Z])[^\n()]{{0,60}}\((?:19|20)\d\d\),[ \t]*(?P<d>{DURATION}|{TC_TEXT})(?=[ \t]*(?:[—–;,.)]|-[ \t]|$))",
    re.IGNORECASE | re.MULTILINE)
_TRT_LENGTH = regex(rf"(?P<d>{DURATION}|{TC_TEXT})[ \t]*(?-i:TRT)\b", re.IGNORECASE)
# Or with its label first: "Package TRT 2:10", "TRT: 1:02:30".
_TRT_LABEL_LENGTH = regex(rf"(?-i:TRT)\b[ \t]*[:=—–-]?[ \t]*(?P<d>{DURATION}|{TC_TEXT})", re.IGNORECASE)
# A total told of watching or running time: "Total watch time roughly 1h06m", "total running time: 3 hours".
# "the total walk is 1 h 10 min": the whole of a walk, a ride or a tour filmed end to end, said as what its total is
# (not "the total delay was 40 minutes", a stretch of the world; nor a journey's, a trip's or a flight's, which
# travel writing times apart from any video).
_TOTAL_TIME = regex(
    rf"\btotal(?:\s+(?:[\w-]+\s+){{0,2}}?(?:time|length|duration|runtime)\s*:?\s*(?:(?:is|was)\s+)?"
    rf"|\s+(?:walk|ride|route|tour|hike|drive|climb|descent|video|clip|film|footage|recording|stream)\s+"
    rf"(?:is|was|comes\s+to)\s+)(?P<h>(?:{HEDGE})\s+|[~≈]\s*)?(?P<d>{DURATION})",
    re.IGNORECASE)
# A length, then "total" closing its clause, the work before it named in any language: "Video ni 14:12 total."
# (round 105, Swahili), "the lot is 1:02:40 in total;" (not "at 14:12 total chaos breaks out", a place in it; a
# timecode only: "14 episodes run to a little over 11 hours in total" (round 18) sums a series, no one work).
_TOTAL_AFTER = regex(
    rf"(?<![\w:.])(?P<d>{TC_TEXT})[ \t]+(?:in[ \t]+)?total(?=[ \t]*(?:[.;,)!]|$))",
    re.IGNORECASE | re.MULTILINE)
# The ratings a release's credits carry bare, beside its length.
_RATINGS = r"(?-i:PG-13|PG|NC-17|12A|15A|TV-MA|TV-14|TV-PG)"
# A release's metadata, its rating then its length: "In cinemas 14 March; rated 12A; 2 h 38 min", "PG-13 · 1h 52m",
# "Certificate 15 | 1h 58m".
_RATED_LENGTH = regex(
    rf"(?:\b(?:rated|certificate|cert\.?)\s+[\w-]+|(?<![\w-]){_RATINGS})\s*[;,|·•/]\s*"
    rf"(?P<h>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?=\s*(?:[.;,|·•/)]|$))",
    re.IGNORECASE)
# The same credits the other way round, the length first: "Directed by Ilse Marchetti. 2 hrs 8 min. 15 certificate."
_LENGTH_THEN_RATING = regex(
    rf"(?:^|(?<=[\s(]))(?P<d>{DURATION})\s*[.;,|·•/]\s*(?:(?:rated|certificate|cert\.?)\s+[\w-]+"
    rf"|[\w-]+\s+(?:certificate|cert\b)|{_RATINGS}(?![\w-]))",
    re.IGNORECASE)
# The camera or source a clip came from, said first in its brackets: "the harbour cam", "a passenger's phone".
_PAREN_SOURCE = (rf"(?:(?:the|a|an|[\w'’-]+['’]s)[^\S\n]+)?(?:[\w'’-]+[^\S\n]+){{0,2}}?"
                 rf"(?:{LENGTH_MEDIA}|cams?|cameras?|webcams?|dash-?cams?|bodycams?|body-worn\s+cameras?|phones?|"
                 rf"drones?|cctv|feeds?|angles?|mobiles?)")
_CLIP_NUMBER = r"(?:(?<=\bclip\s)|(?<=\bvideo\s)|(?<=\bupload\s)|(?<=\bcamera\s)|(?<=\bangle\s))\d{1,2}\b"
# A titled work's length alone in its brackets, in prose: "Shorter and stranger is Signal (47 min), about a pirate
# radio station" (whole minutes or hours, as a runtime is told: not "Kane (2 min 10 s)", a position).
_NAME_PAREN_LENGTH = regex(
    # (its channel or service may come first: "The Restorers (RTÉ One, 58 minutes)", "Undertow (Netflix, 1 h 42 min)"
    # (round 92))
    # (the title set in Markdown's emphasis, closed before the bracket: "*Northern Lights* (2h 07m)" (round 113))
    # (or the camera or source it came from, told in lower case: "Clip A (the harbour cam, 6 minutes)" (round 127))
    # (a clip's number for its name: "Video 2 (a bystander's phone, 3 minutes)")
    # (or the whole title in emphasis, the bracket inside it: "2. **Low-Impact Cardio for Small Spaces (30 min)** —"
    # (round 160))
    rf"(?:(?<![\w'’-])(?-i:[A-Z][\w'’-]*)|{_CLIP_NUMBER})(?:\*{{1,2}}|_{{1,2}})?[^\S\n]*\((?:(?-i:[A-Z])[\w'’-]*(?:[^\S\n]+[\w'’-]+){{0,2}},[^\S\n]*"
    rf"|{_PAREN_SOURCE},[^\S\n]*)?"
    rf"(?P<d>{DURATION})(?<![\d\s]s)(?<!sec)(?<!secs)(?<!second)"
    r"(?<!seconds)\)(?=(?:\*{1,2}|_{1,2})?(?:[\s,;.:]|$))", re.IGNORECASE)
# How long a broadcast or a recording ran, told as the time it went out for: "For the next eleven hours and twenty
# minutes, every metre of her trip ... was broadcast live", "the launch was streamed live for 3 hours 10 minutes".
_WENT_OUT_FOR = regex(
    rf"\bfor\s+(?:the\s+(?:next|following)\s+)?(?P<d>{DURATION}),?\s+[^.;!?\n]{{0,100}}?\b(?:was|were|is|are|will\s+be)"
    rf"\s+(?:being\s+)?(?:broadcast|streamed|live-?streamed|televised|filmed|recorded)\b"
    rf"|\b(?:broadcast|streamed|live-?streamed|televised)\s+(?:live\s+)?(?:and\s+uncut\s+)?for\s+"
    rf"(?:(?:{HEDGE})\s+)?(?P<d2>{DURATION})(?!\s+(?:a\s+day|each|every|per|on|in\b))"
    # what someone filmed on a device, told by its length: "filmed 2 minutes 6 seconds on her phone", "recorded
    # about 40 seconds of video on his dashcam" (the recording's length, not a position in it)
    rf"|\b(?:filmed|recorded|shot|captured)\s+(?:(?:{HEDGE})\s+|just\s+|only\s+)?(?P<d3>{DURATION})"
    r"(?:\s+of\s+(?:footage|video|film))?\s+(?:on|with)\s+(?:her|his|their|my|our|your|a|the|its)\s+"
    r"(?:[\w'’-]+\s+)?(?:phone|mobile|iphone|smartphone|camera|cam|dashcam|gopro|camcorder|tablet)\b"
    # how long someone filmed, closing the clause: "She filmed for 3 minutes 50 seconds." (round 181; not "filmed for
    # three minutes before the police arrived", a stretch of the world)
    rf"|\b(?:filmed|recorded)\s+for\s+(?:(?:{HEDGE})\s+|just\s+|only\s+)?(?P<d4>{DURATION})(?=\s*(?:[.;!]|$))",
    re.IGNORECASE)
_GATE_WENT_OUT = _WordGate(r"broadcast|stream|televis|filmed|recorded|shot|captured")
# A title line, the text's first or a Markdown heading, closed by the work's length after a spaced dash or a comma:
# "★★★☆☆ Midnight at Carrow Quay (15) — 2 h 14 min", "## Episode 4: The Weir – 47 mins", '"Kin of the Lowlands",
# Series 2, Episode 4 ("Ferry Day"), 58 min' (a unit, never a bare timecode).
_TITLE_DASH_LENGTH = regex(
    rf"(?:\A|(?<=\n)[ \t]*\#{{1,6}}[ \t])(?=[^\n]{{0,200}}$)[^\n]*?[^\W\d][^\n]*?(?:[^\S\n](?P<dash>[—–-])|,)[^\S\n]+"
    # (or an item between two: "★★★★ Salt Flats (M) — 1h 52m — in cinemas Thursday", "Kin · 58 min · BBC Two")
    # (or, after a dash, the first of the title's notes set off by commas: "🎧 ASMR rain & typewriter — 3 hours, no
    # talking, no ads" (round 151))
    rf"(?:(?:{HEDGE})\s+)?(?P<d>{DURATION})"
    r"(?:[ \t*_.]*$|[^\S\n]+(?:[—–|·•]|-)[^\S\n]|(?(dash),[^\S\n]+(?=[^\W\d])|(?!)))",
    re.IGNORECASE | re.MULTILINE)
_TITLE_DASH = regex(r"[^\S\n][—–-][^\S\n]|,[^\S\n]")
# A listed work's quoted title opening its line (after the list's number or bullet; a short note in brackets may follow
# it), then its length in words after a spaced dash, closing the clause: '1. "Pigeon vs. parking ticket" — 45 s, 2.3M
# views.', '3. "Magpie swoop season" — 1 min 20 s; the swoop happens 25 seconds in.' (round 134; not "— 25 s in").
# (the line's opening before the title is read back by :func:`_not_a_length`: a literal opening scans fast)
_QUOTED_ITEM_DASH_LENGTH = regex(
    r"[\"“][^\"“”\n]{1,80}[\"”][*_]{0,2}"
    r"(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+[—–-][ \t]+"
    rf"(?:(?:{HEDGE})\s+)?(?P<d>{DURATION})(?=[ \t]*(?:[,;.](?:\s|$)|$))",
    re.IGNORECASE | re.MULTILINE)
_ITEM_OPENING = regex(r"[ \t]*(?:(?:\d{1,2}[.)]|#\d{1,2}|[-*•])[ \t]+)?[*_]{0,2}")
_GATE_QUOTED_ITEM = regex(r"[\"”][*_]{0,2}(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+[—–-][ \t]")
_TITLE_DOT = regex(r"[^\S\n](?:·|•|&middot;|&bull;)[^\S\n]")
# A Markdown heading's opening (not a numbered item or post, "#1 The opener · 3:20", "#214 BlueLinePete · 22:18").
_HEADING_START = regex(r"#{1,6}[ \t]")
# A title line closed by the work's length as a timecode after a middle dot or a bullet, as a podcast's page heads an
# episode: "Ep. 143 — The Ledger of Small Things, with Marguerite Oyelaran · 58:12" (:data:`_DOTTED_ITEM_LENGTH`
# reads a length in words; not a post's age, "Posted by u/x · 6h"). Read on the text's first line or a heading only
# (:func:`_passing_patterns`).
# (a video page's title line goes on with its views and its age: '"Lola Nena's Kitchen: ..." · 11:36 · 48K views · 3
# weeks ago' (round 108))
_VIEWS_OR_AGE = (r"(?:[^\S\n]+(?:·|•|&middot;|&bull;)[^\S\n]+(?:[\d.,]+[KkMm]?[^\S\n]+(?:views?|likes?|plays?|listens?|"
                 r"comments?)|(?:\d+|an?|one)[^\S\n]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
                 r"[^\S\n]+ago))")
_TITLE_DOT_LENGTH = regex(
    rf"(?<=[^\W\d])[^\n]{{0,200}}?[^\S\n](?:·|•|&middot;|&bull;)[^\S\n]+(?P<d>{TC_TEXT}){_VIEWS_OR_AGE}{{0,3}}"
    rf"[ \t*_.]*$",
    re.IGNORECASE | re.MULTILINE)
# A length label opening its line or a sentence of it, a spoken length after it, with no work named ("Length: 3 min
# 20 s", "Duration - 4m10s", "**Run time:** about 6 minutes", "Meeting ended: 11:04 AM. Duration 22m 09s."): a page's
# metadata, so the whole work's length, wherever it stands (an end form or a fraction earlier in the text counts
# from it).
_LENGTH_LABEL_LINE = regex(
    # (or a wiki infobox's or a table's row: "| Running time || 48 minutes", "| Runtime | 1h 52m |")
    # (or an item of a line of fields set apart by dots, its label in wikitext's bold: "'''Air date:''' 2 August 2025
    # · '''Runtime:''' 47 min · '''Written by:''' ..." (round 137))
    rf"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=[·•][ \t]))[ \t*_#>|!'-]*(?:(?:total|full|video|clip|film|episode)\s+)?"
    rf"(?:length|duration|run\s*time|run-time|"
    rf"running\s+time)(?:[*_]{{0,2}}|'{{2,3}})[ \t]*(?:(?:[:=—–-]|\|\|?)(?:[*_]{{0,2}}|'{{2,3}})[ \t]*)?"
    rf"(?P<h>(?:{HEDGE})\s+|[~≈]\s*)?"
    rf"(?P<d>{DURATION}|\d{{1,2}}h[0-5]\d)"  # ("Runtime: 1h45", hours and minutes joined by "h")
    r"(?=[ \t]*(?:[,.;)!|·•]|$))",
    re.IGNORECASE | re.MULTILINE)
# The work said to last so long, told as a pronoun where the paragraph has named it ("It lasts 6 minutes in all",
# "It runs about three minutes", "it's only 4 mins,", in words and ending its clause; "It ran about nine minutes" of a
# video just played) or as the whole of what was
# just shown ("Whole thing's 4:30ish", "the entire thing runs about 12 minutes", "The whole thing clocks in at 9
# min"): one rule for both subjects. The work may be told as "one" against another: "The first teaser was a minute
# twenty. This one's two minutes forty-one", "the new one runs 3 minutes". Not "it lasted 40 minutes" (a past
# event's length), "the whole thing's 3:10 mark", "the whole thing is 2 minutes in".
_WORK_LASTS = regex(
    # ("It first aired on ITV in 2021 and runs 48 minutes": a verb of its own before "and runs", in the clause; not
    # a part's start, "It begins 34 minutes into the film and lasts eleven minutes", a stretch of the work)
    # (or by its length or its state against the other's: "The long one is 3 minutes 20 seconds with a dashcam
    # overlay; the short one is 41 seconds" (round 99's two versions of one video))
    rf"(?:(?<![\w'’-])(?P<it>it|(?:this|that|the\s+(?:new|latest|second|other|first|original|long|longer|short|"
    rf"shorter|full|edited|cropped|trimmed|uncut|raw))\s+one"
    # (or the film's one long shot, named as the sentence's subject: "The shot lasts eleven minutes" (round 108),
    # "the opening take runs six minutes", as "a shot that lasts eight minutes" is read)
    rf"|(?:the|this|that)\s+(?:(?:opening|single|long|unbroken|continuous|whole)\s+)?(?:shot|take)(?=\s+(?:lasts|runs)\s))"
    rf"(?:\s+(?:(?:(?!\b(?:begins?|began|starts?|started|opens?|opened|comes?|came|"
    # (a clock or a decimal in that clause is no stop: "It aired on 22 April 2025 at 9:30 pm and runs 44 minutes" (round
    # 181))
    rf"kicks?)\b)(?:[^.;:!?\n]|(?<=\d)[.:](?=\d))){{1,80}}?\s+and\s+(?=lasts\s|runs\s|ran\s))?"
    rf"(?:(?P<runs>lasts|runs(?:\s+to)?|ran(?:\s+to)?)|clocks\s+in\s+at|comes\s+in\s+at|is)|['’]s)"
    # (Pidgin's copula "na": "The whole thing na 3:40" (round 100))
    rf"|\b(?:whole|entire)\s+(?:thing|lot)(?:['’]s|\s+(?:is|was|na|runs|ran|lasts|lasted|clocks\s+in\s+at|"
    # (the verb left out, as chat writes it: "Whole thing only 2 min 05 sec" (round 73))
    rf"comes\s+in\s+at)|(?=\s+(?:only|just)\s)))\s+"
    # (and a reviewer's word on it: "the official livestream is still up ... — it's a whopping 9 hours 14 minutes"
    # (round 94))
    rf"(?:(?:just|only|all\s+of|like)\s+|{_CLOSER})?(?:{LENGTH_JUDGED})?"
    rf"(?P<h>(?:{HEDGE})\s+(?:exactly\s+)?)?(?P<d>{DURATION}|(?(it)(?!)|{TC_TEXT}))"
    # (and what the work does next: "it's 9 minutes and shows every fold"; what it holds: "it runs 7 hours 12 minutes
    # including the pre-race show"; after "runs" or "lasts", any such verb:
    # "It runs 58 minutes and wastes none of them")
    # (or what it carries: "3 minutes 20 seconds with a dashcam overlay")
    r"(?(it)(?=\s*(?:in\s+(?:all|total)\b|all\s+told\b|including\b|with\s+(?:an?|the|its|no)\s|[,.;:!?)]|\(\d|$|"
    r"and\s+(?:shows|covers|goes|walks|has|features"
    r"|(?(runs)(?!(?:its|his|this|is|was|as|us)\b)[a-z]{2,}s|(?!)))\b"
    # (or a passive verb of the work's: "It runs 86 minutes and was broadcast by RTÉ One")
    r"|and\s+(?(runs)(?:is|was|has\s+been)\b|(?!))"
    # (or a clause of the work's own part after it: "It lasts 48 seconds and its own clock reads 11:42:06 p.m."
    # (round 137))
    r"|and\s+(?(runs)its\s+(?:own\s+)?[a-z]+\s+[a-z]{2,}s\b|(?!))))"
    rf"|(?!\s*(?:mark|point|in\b|into|later|earlier|before|after|left|to\s+go)){_NOT_RANGE})",
    re.IGNORECASE)
# How far back in its paragraph a work must be named for "it" to be that work.
IT_WORK_CHARS = 600
# The tail of _MEDIA_VERB alone: cheap to scan for, and every _MEDIA_VERB match holds one.
_VERB_LENGTH = regex(
    rf"(?:\b(?:lasts|lasted|runs|run|last|ran|is|was|are|were|na|ni|running|lasting|clocks\s+in\s+at|"
    rf"went(?:\s+on)?(?=\s+for\s)|clocking\s+in\s+at|came\s+back\s+at|comes\s+back\s+at|spans|totals)|['’]s)\s+(?:for\s+|(?<=\bruns\s)to\s+|(?<=\bran\s)to\s+|(?<=\brun\s)to\s+|(?<=\bis\s)of\s+|(?<=\bwas\s)of\s+)?(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+|barely\s+|{_CLOSER})?"
    rf"(?:a\s+total\s+of\s+|{LENGTH_JUDGED})?{_EMPHASIS_OPEN}?(?:{DURATION}|{TC_TEXT})",
    re.IGNORECASE,
)
# "the file is 2:41 long", "it's 12:05 long": a timecode said to be long is a length, whatever the noun.
# (set off by dashes too: "the recording — 4 hours 38 minutes long — had been viewed")
# "(it's 9 minutes long)": so is a length in words.
# "in total" ends the clause: not "in total silence".
_TOTAL_END = r"(?=\s*(?:[.,;:!?)\n]|$|(?:and|but|so|with)\b))"
# The end of a spoken length's unit, as fixed-width lookbehinds: "4 mins", "90 seconds", "2 hrs".
_UNIT_ENDS = "|".join(rf"(?<=\d\s{u})|(?<=\d{u})" for u in ("s", "m", "h")) + "|" + "|".join(
    rf"(?<=\s{u})" for u in ("min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds", "hr", "hrs",
                            "hour", "hours"))
_TC_LONG = regex(
    # "Clip's only 2 mins long": "is" cut to "'s" on the work's noun; Pidgin's "na" and "e" are "it's" ("Na 2:15
    # total", "E just 2:30 total")
    # (the last of listed lengths: "both files (3:05 and 4:50 long)", :data:`_LISTED_LONG` reads the others)
    # (a colon introducing it too: "is released on Friday: 97 minutes long, with a new mix" (round 81))
    # (the second of an aside's two facts: "the review, released in March and 18 minutes 20 seconds long" (round 92);
    # Singlish's copula left out after "the whole thing": "the whole thing 1 min only" (round 92))
    rf"(?:\b(?:is|was|it['’]s|its|na|e)\s+|[(,—–:]\s*|(?<=\d\sand\s)|(?<=[a-z]\sand\s)|\bwhole\s+thing\s+|"
    # (a correction's adverb may stand before it: "heads up, the vid's actually 21:30 long" (round 124))
    # (a file too, its length with "long" after it: "exported by the town council as a file 3 minutes 20 seconds
    # long" (round 174))
    rf"(?<![\w-])(?:{LENGTH_MEDIA}|files?)(?:['’]s)?\s+)(?:(?:actually|really|in\s+fact|now)\s+)?(?:(?:{HEDGE})\s+)?"
    rf"(?:just\s+|only\s+)?(?:[*_]{{1,2}})?(?P<d>{TC_TEXT}|{DURATION})"
    # "the talk is 1:20:00 in total"; a metadata item's "25 fps, 14:38 total"
    # (and a spoken length's "total": "it's about 4 mins total")
    # ("The video, 2 minutes 46 seconds in length, was recorded": a length said "in length" or "in duration"; a
    # court's "(Exhibit "K"), 4 minutes 17 seconds in length" (round 77))
    rf"(?:[*_]{{1,2}})?(?:[\s-]+long\b|\s+in\s+(?:length|duration)\b|\s+in\s+total{_TOTAL_END}|(?:(?<=\d)|{_UNIT_ENDS})\s+total(?=\s*(?:[.,;)·•|\n]|$))"
    # (Singaporean and Indian English put "only" after the length: "took video inside the train, 2 min 10 sec
    # only.", "the clip is 1:40 only"; a new clause or a particle may follow: "The clip 3 min only so just watch lah"
    # (round 100))
    rf"|(?:(?<=\d)|{_UNIT_ENDS})\s+only(?=\s*(?:[.,;)!]|$)|\s+(?:so|but|and|lah|lor|leh|ok|okay)\b))",
    re.IGNORECASE)
# The lengths listed before the last of them and its "long": "both files (3:05 and 4:50 long)", "the clips are 0:45,
# 1:10 and 2:02 long".
_LISTED_LONG = regex(
    rf"(?:\b(?:are|were)\s+|[(,]\s*)(?P<d>{TC_TEXT})(?=(?:\s*,\s*{TC_TEXT})*,?\s+(?:and|&)\s+{TC_TEXT}[\s-]+long\b)",
    re.IGNORECASE)
# (one word may name which cut: "the 9:30 album version", "the 3:05 radio edit", "a 2:10 phone video"; not a verb
# or a link word, which says the time is a position matched in another upload: "its 0:27 is Upload 1's 0:22"; or the
# platform the video went up on: "In the last ten seconds of the 1:20 TikTok" (round 136))
_TC_MEDIA = regex(
    rf"(?P<d>{TC_TEXT})(?:[\s-]+long)?[\s-]+"
    # (no conjunction opening a clause between: "The device's overlay shows 22:51:06 when recording starts" (round
    # 169) is a clock, the noun there a verb's)
    rf"(?:(?!(?:mark|point|in|into|of|on|from|the|a|an|is|was|are|were|equals|matches|and|or|to|at|as|when|while|"
    rf"where|once|after|before|until|till|since|because|if|but|so)\b)"
    rf"[a-z][\w'’-]*\s+)?"
    rf"(?:{LENGTH_MEDIA}|edit|{PLATFORM_WORK})\b", re.IGNORECASE)
# A work named, then picked out by its length with "one" standing for its noun (round 55): "the protest clip
# everyone is sharing (the 1:42 one from @kahawa_tv)", "The iPlayer version of her set is the 1:28:40 one." (not
# "In the video, the 2:10 one is offside": "one" a goal of the footage, a verb after it)
_TC_ONE = regex(
    rf"\b{LENGTH_MEDIA}\b(?:[^.;!?()\n]{{0,50}}?\s*[(,—–]\s*|(?:\s+[\w'’-]+){{0,4}}?\s+(?:is|was)\s+)"
    rf"the\s+(?P<d>{TC_TEXT})\s+one(?![\w'’-])"
    r"(?=\s*(?:[).,;:!?—–]|$)|\s+(?:from|on|by|posted|uploaded|shared|going\s+round|that|which|everyone|people|"
    r"you|I|we|or|not|rather)\b)", re.IGNORECASE)
# A release's format standing for its version, then its length: "The 4K is 2:08:40 and the HD is 2:08:34", "the
# Blu-ray runs 1:58:20", "the IMAX one was 2:41:07" (a version's running time, not a position: "the 4K is 2:08:40
# in" says where).
_FORMAT_IS_LENGTH = regex(
    r"(?<![\w-])(?:the|its|their|this|that)\s+(?:(?-i:4K|8K|UHD|HD|SD|HDR|IMAX)|1080p|2160p|720p|blu-?ray|dvd|"
    r"(?:digital|streaming|theatrical|cinema|broadcast|TV|home[\s-]video)\s+(?:release|print|master))"
    r"(?:\s+(?:one|copy|disc|stream|file|master|print))?\s+(?:is|was|runs|ran|clocks\s+in\s+at|comes\s+in\s+at)\s+"
    rf"(?:just\s+|only\s+)?(?P<d>{TC_TEXT})(?![\d:]|\.\d|[\s-]*(?:in|into|of|on|mark)\b)", re.IGNORECASE)
_GATE_FORMAT = _WordGate(r"4k|8k|uhd|hd\b|sd\b|hdr|imax|\d{3,4}p\b|blu-?ray|dvd|release|print|master")
# An edit's length where it stands, against the length it must reach: "The draft video is at 6:20 and needs to be
# under 4 minutes", "the cut's at 12:30 but has to come down to ten" (not "the video is at 2:10 where he falls").
_EDIT_STANDS_AT = regex(
    rf"(?:{LENGTH_MEDIA}|cut|edit|draft)(?:\s+(?:is|was)|['’]s)\s+(?:currently\s+|now\s+|still\s+)?at\s+(?P<d>{TC_TEXT})"
    r"(?=,?\s+(?:and|but|so)\s+(?:it\s+|we\s+)?(?:needs?|has|have|must|should|ought)\s+(?:to\s+)?(?:be\s+|get\s+|come\s+)?"
    r"(?:under|below|shorter|down|cut|trimmed|less|lose|losing)\b)", re.IGNORECASE)
# The longest a work may run, as a brief or a platform sets it: "Teaser must stay under 2:30 for Instagram", "the
# cut should be no longer than 90 seconds" (a cap on its length, not a position "under" it).
_LENGTH_CAP = regex(
    rf"\b{LENGTH_MEDIA}\s+(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+(?:stay|be|run|come\s+in|remain|keep)\s+"
    rf"(?P<h>under|below|within|less\s+than|no\s+(?:longer|more)\s+than)\s+(?P<d>{TC_TEXT}|{DURATION})", re.IGNORECASE)
# "a 4:12 interview" states a length; "0:00 Intro, 4:12 Interview" is a chapter list.
_DETERMINED = regex(
    r"(?:\b(?:a|an|the|this|that|its|his|her|their|our|whole|entire|full|complete|new|latest|original|viral|"
    r"raw|unedited|first|second|third|last|final|another|one)|['’]s)(?:\s+[a-z][\w'’-]*,?){0,2}\s+$",
    re.IGNORECASE,
)
_PLAYED_BEFORE = regex(rf"\b{PLAYED_THING}s?\b(?:\s+[\w'’-]+)?\s+$", re.IGNORECASE)
# "Teaser (1:36)", "Full video (48:12)": a title followed by its length in parentheses.
# (an inline element may wrap the time inside the brackets: '(<time datetime="PT18M40S">18:40</time>)')
_PAREN_TC = regex(rf"\((?:<(?P<tag>time|span|b|strong|em|i|code|mark)\b[^<>]{{0,200}}>)?(?P<d>{TC_TEXT})"
                  r"(?(tag)</(?P=tag)\s*>)\)", re.IGNORECASE)
_PAREN_COMPACT = regex(rf"\((?P<d>{COMPACT})\)", re.IGNORECASE)
_TIME_WORD = regex(r"(?:At|From|By|Until|Around|About|Roughly|Between|See|Watch|Skip|Jump|Go)\b")
# Only the word that the titled file is attached or linked, closing its clause: "Repro video (1:12) attached." (round
# 130), "Screen recording (0:45) linked below", "Dashcam clip (2:03) enclosed." (not "(0:45) shows the crash").
_ATTACHED_TAIL = regex(
    r"(?:(?:is|are)\s+)?(?:attached|enclosed|linked|embedded|uploaded|included)"
    r"(?:\s+(?:below|above|here|to\s+(?:this|the)\s+(?:issue|ticket|post|thread|report|email|message)))?"
    r"[ \t]*(?:[.!:;](?:\s|$)|$)",
    re.IGNORECASE)
_NEXT_TITLE = regex(rf"\s*(?:and\s+)?[A-Z0-9][^.!?;,()]{{0,60}}\({TC_TEXT}\)")


@dataclass(frozen=True)
class StatedLength:
    seconds: float
    begin: int  # span of the length phrase (the part that is a non-moment)
    end: int


def _value(text: str) -> float | None:
    m = TIMECODE.fullmatch(text.strip())
    if m:
        return timecode_value(m, ARTICLE_TIMECODE_FPS)[0]
    if text.strip().lower() in ("hour", "minute", "second"):
        return {"hour": 3600.0, "minute": 60.0, "second": 1.0}[text.strip().lower()]
    parsed = parse_duration(text)
    return parsed[0] if parsed else None


# Cheap tests that a sentence can hold each pattern at all: the full patterns start with
# long alternations that Python's re tries at every position, so most text must skip them.
# A substring of every word MEDIA_NOUN matches (checked by a test): plain `in` tests are far
# cheaper than trying the alternation at every position.
MEDIA_STEMS = (
    "video", "clip", "footage", "recording", "film", "tape", "stream", "broadcast", "feed", "hearing",
    "speech", "interview", "trailer", "teaser", "segment", "sequence", "reel", "montage", "compilation",
    "supercut", "cam", "upload", "vlog", "podcast", "episode", "documentary", "movie", "audio", "call",
    "conversation", "conference", "testimony", "briefing", "cctv", "surveillance", "scene", "highlights",
    "program", "explainer", "version", "replay", "cut", "edit", "demo", "walkthrough", "playthrough", "tutorial",
    "how-to", "vid", "vod", "package", "rushes", "dailies", "webcast", "webinar", "telecast", "simulcast", "recap",
    "condensed", "onboard", "archive", "finale", "highlight pack",
    # RECORDED_TALK
    "talk", "lecture", "address", "keynote", "presentation", "sermon", "homily", "service", "monologue", "rant",
    # _LENGTH_WORK
    "file", "excerpt", "running time", "runtime", "lapse", "routine", "workout", "special", "onboard", "television",
    "hiit", "tabata", "animat", "cartoon", "slideshow", "slide-show", "slide show", "mashup",
    "mash-up", "stop-motion", "stopmotion", "performance", "bracket", "recital",
    # _JUDGED_PROGRAMME
    "free skat", "free-skat", "long skat", "long-skat", "short skat", "short-skat", "free dance", "free-dance",
    "rhythm dance", "rhythm-dance", "ice dance", "ice-dance", "short dance", "short-dance", "original dance",
    "original-dance",
    "report", "news item", "bulletin", "summar", "recap", "roundup", "round-up", "wrapup", "wrap-up", "digest",
    # _MEDIA_VERB's film told as what it is to its maker
    "debut", "sequel", "prequel", "biopic", "feature", "essay", "restoration", "remaster",
)

_MEDIA_STEM = any_stem(MEDIA_STEMS)
# Works LENGTH_MEDIA names that MEDIA_STEMS leaves out: "in the last 10 seconds of a 2:30 short"; and a video called
# by its platform (PLATFORM_WORK): "the 1:20 TikTok" (round 136).
_LENGTH_ONLY_STEM = _WordGate(r"short|excerpt|tik[\s-]?tok")


def _mentions_media(text: str, b: int, e: int) -> bool:
    return _lowered_mentions_media(text[b:e].lower())


def _lowered_mentions_media(low: str) -> bool:
    """:func:`_mentions_media` of a text already cut and lowered (a window's copy is lowered once for every test)."""
    return _MEDIA_STEM.search(low) is not None or _BROADCAST_HOUR_WORD.search(low) is not None


class _MediaBefore:
    """Whether the window [b, e), with up to ``IT_WORK_CHARS`` before it, names a work: asked by up to three gates
    of one window, so it is searched once, when first asked."""

    __slots__ = ("text", "b", "e", "_found")

    def __init__(self, text: str, b: int, e: int) -> None:
        self.text, self.b, self.e = text, b, e
        self._found: bool | None = None

    def found(self) -> bool:
        if self._found is None:
            self._found = _mentions_media(self.text, max(0, self.b - IT_WORK_CHARS), self.e)
        return self._found


# ("the 52-minute hour": a broadcast's hour is its footage)
_BROADCAST_HOUR_WORD = regex(BROADCAST_HOUR)
_GATE_RUNTIME = _WordGate(r"run|length|duration|last|clock|total")
# A length's timecode in brackets right after it in words, and how far the two may differ (a tenth).
# (with a short note after it: "closer to 12 mins (11:48, to be exact)")
_RESTATED_PAREN = regex(rf"\s*\((?P<d>{TC_TEXT})(?:\s*[,;:—–-]\s*[^()\n]{{1,30}})?\)")
RESTATED_SLACK = 0.1
_GATE_RUNS = _WordGate(r"\b(?:runs|lasts)\s")
# A public body's meeting, the subject of _MEDIA_VERB though no footage stem: "The meeting was 2 hours 15 minutes".
_GATE_MEETING = _WordGate(r"meeting|sitting")
_MEETING_SUBJECT = regex(r"(?:meeting|sitting)\b", re.IGNORECASE)
_GATE_COMPARED = _WordGate(r"short|long")
_GATE_LENGTH_LABEL = _WordGate(r"duration|length")
_RATING_MARK = regex(r"PG|NC-17|12A|15A|TV-")
_GATE_WHOLE = _WordGate(r"whole|full|entire|all ")
_GATE_THING = _WordGate(r"thing|lot")
_GATE_EDIT_TARGET = _WordGate(r"\b(?:needs?|has|have|must|should|ought)\s")


def _length_patterns(text: str, b: int, e: int) -> list[re.Pattern[str]]:
    """The length patterns worth running over ``text[b:e]``: each only where cheap tests show its words."""
    colon = text.find(":", b, e) >= 0
    unit = has_unit(text, b, e)
    window = text[b:e]
    low = window.lower()  # (cut and lowered once for every word test below)
    ascii_low = low if window.isascii() else None  # (for the _WordGate tests)
    # Every pattern needs a unit word or a timecode; only then is the media test worth it.
    media = (colon or unit) and _lowered_mentions_media(low)
    named_before = _MediaBefore(text, b, e)
    patterns = []
    if (media or (unit and (_GATE_ADVERT.found(text, b, e, ascii_low)
                            or _LENGTH_ONLY_STEM.found(text, b, e, ascii_low)))) and unit:
        patterns.append(_ADJ_MEDIA)  # (no tail pre-scan: measured, it cost more than _ADJ_MEDIA's own)
    patterns += [_HYPHEN_ADJ_MEDIA] if media and unit and _HYPHEN_UNIT.found(text, b, e, ascii_low) else []
    patterns += [_POSTED_THING] if unit and _GATE_POSTED.found(text, b, e, ascii_low) else []
    patterns += [_DRONE_FLIGHT_LASTS] if (unit or colon) and _GATE_FLIGHT.found(text, b, e, ascii_low) \
        and _DRONE_NAMED_BEFORE.search(text, max(0, b - DRONE_NAMED_CHARS), e) else []
    if (media or _GATE_ADVERT.found(text, b, e, ascii_low) or _GATE_MEETING.found(text, b, e, ascii_low)) \
            and _VERB_LENGTH.search(text, b, e):
        patterns.append(_MEDIA_VERB)
        patterns += [_MEDIA_RUNS_FAR] if media and _GATE_RUNS.found(text, b, e, ascii_low) else []
    patterns += [_MEDIA_OF] if media and unit and " of " in low else []
    if media and unit and (" of " in low or " from " in low):
        patterns.append(_RELEASED_AMOUNT)
    if colon and " only " in low and named_before.found():
        patterns.append(_ONLY_LENGTH)  # (the work may be named in the paragraph before, as for _ITS_LENGTH)
    if unit and " its " in low and named_before.found():
        patterns.append(_ITS_LENGTH)  # (the work may be named in the paragraph before)
    patterns += [_MEDIA_PAREN] if media and (unit or colon) and text.find("(", b, e) >= 0 else []
    patterns += [_MEDIA_PAREN_ONE] if media and unit and _GATE_ONE.found(text, b, e, ascii_low) else []
    patterns += [_MEDIA_PAREN_LAST] if media and unit and text.find("(", b, e) >= 0 and text.find(",", b, e) >= 0 \
        else []
    patterns += [_MEDIA_PAREN_OF] if media and colon and text.find(") of ", b, e) >= 0 else []
    patterns += [_EMBED_PAREN] if media and colon and (text.find(") above", b, e) >= 0
                                                       or text.find(") below", b, e) >= 0) else []
    patterns += [_WORK_LENGTH_AS] if media and text.find(" as ", b, e) >= 0 else []
    whole = _GATE_WHOLE.found(text, b, e, ascii_low)
    patterns += [_WHOLE_TC] if (colon or unit) and whole else []
    # (its timecode too, with no unit word, where a unit's stem let it through before: "three" holds "hr")
    patterns += [_WHOLE_APPOSED] if (unit or colon and has_unit_stem(text, b, e)) and whole \
        and text.find(" of it", b, e) >= 0 else []
    patterns += [_MEDIA_APPOSED_OF_IT] if unit and (media or "recorded " in low) and text.find(" of it", b, e) >= 0 \
        else []
    if (whole and (colon or unit) and _GATE_THING.found(text, b, e, ascii_low)) \
            or (unit and _GATE_IT.found(text, b, e, ascii_low) and _work_named_before(text, b, e)):
        patterns.append(_WORK_LASTS)
    apposed_at = text.find(", at ", b, e) >= 0
    compared = (media or apposed_at) and _GATE_COMPARED.found(text, b, e, ascii_low)  # (two patterns ask)
    if media and compared:
        patterns.append(_COMPARED_LENGTH)
    patterns += [_MINUTES_THAT] if media and unit and _GATE_THAT.found(text, b, e, ascii_low) else []
    if media and apposed_at:
        patterns.append(_APPOSED_LENGTH)
    patterns += [_APPOSED_ADJ_LENGTH] if media and unit and _GATE_APPOSED_ADJ.found(text, b, e, ascii_low) else []
    patterns += [_RUNNING_CLAUSE] if media and (unit or colon) and _GATE_RUNNING.found(text, b, e, ascii_low) else []
    patterns += [_SUPERLATIVE_AFTER] if apposed_at and compared else []
    patterns += [_TITLE_IS_TIME] if colon and _GATE_TITLE_IS.found(text, b, e, ascii_low) else []
    if (colon or unit) and " to " in low and (" down to " in low or _GATE_CUT_OBJECT.search(text, b, e)) \
            and named_before.found():
        patterns.append(_CUT_DOWN_TO)  # (the work may be named in the sentence before: "The highlights ...")
    patterns += [_INTRODUCED_COLON_LENGTH] if media and unit and colon else []
    patterns += [_LABELLED_PART_RUNS] if unit and not media and _GATE_PART.found(text, b, e, ascii_low) else []
    patterns += [_TITLE_RUNS] if unit and _GATE_TITLE_RUNS.found(text, b, e, ascii_low) else []
    patterns += [_WENT_OUT_FOR] if unit and _GATE_WENT_OUT.found(text, b, e, ascii_low) else []
    patterns += [_NUMBERED_CAMERA_IS] if (colon or unit) and _GATE_CAMERA.found(text, b, e, ascii_low) else []
    if (colon or unit) and text.find("(", b, e) >= 0:
        patterns += [_NUMBERED_RECORDING_LABEL] if _GATE_RECORDING_LABEL.search(text, b, e) else []
        patterns += [_RELEASED_WORK_PAREN] if media and _GATE_RELEASED.found(text, b, e, ascii_low) else []
        patterns += [_MEDIA_PAREN_COUNTING] if media and _GATE_COUNTING.found(text, b, e, ascii_low) else []
    if colon and _GATE_RUNTIME.found(text, b, e, ascii_low):
        patterns += [_RUNTIME, _TC_NAMED_LENGTH]
        patterns += [_RUNTIME_ELIDED] if _GATE_RUNS.found(text, b, e, ascii_low) else []
    if unit and ("time" in low or (media and _GATE_LENGTH_LABEL.found(text, b, e, ascii_low))):
        patterns.append(_RUNTIME_SPOKEN)
    if colon and (media or _LENGTH_ONLY_STEM.found(text, b, e, ascii_low)):
        patterns.append(_TC_MEDIA)
    patterns += [_TC_ONE] if colon and media and text.find(" one", b, e) >= 0 else []
    patterns += [_LENGTH_CAP] if (colon or unit) and _GATE_EDIT_TARGET.found(text, b, e, ascii_low) else []
    patterns += [_FORMAT_IS_LENGTH] if colon and _GATE_FORMAT.found(text, b, e, ascii_low) else []
    patterns += [_EDIT_STANDS_AT] if colon and text.find(" at ", b, e) >= 0 \
        and _GATE_EDIT_TARGET.found(text, b, e, ascii_low) else []
    patterns += [_TC_LONG] if (colon or unit) and (text.find(" long", b, e) >= 0 or text.find(" total", b, e) >= 0
                                                  or text.find(" in length", b, e) >= 0
                                                  or text.find(" in duration", b, e) >= 0
                                                  or text.find(" only", b, e) >= 0) else []
    patterns += [_LISTED_LONG] if colon and text.find(" long", b, e) >= 0 and text.find(" and ", b, e) >= 0 else []
    patterns += _metadata_patterns(text, b, e) if unit else []
    patterns += [_DOTTED_LABEL_LENGTH] if colon and media and _dotted(low) else []
    patterns += [_TRT_LENGTH, _TRT_LABEL_LENGTH] if text.find("TRT", b, e) >= 0 else []
    patterns += [_TOTAL_AFTER] if "total" in low else []
    patterns += [_TITLE_YEAR_LENGTH] if (colon or unit) and text.find("), ", b, e) >= 0 else []
    patterns += _passing_patterns(text, b, e, media, unit, ascii_low) if colon or unit else []
    return patterns


def find_lengths(text: str, b: int = 0, e: int | None = None) -> list[StatedLength]:
    """Every stated footage length in ``text[b:e]``, in document order."""
    e = len(text) if e is None else e
    found: dict[tuple[int, int], StatedLength] = {}
    meetings: set[tuple[int, int]] = set()  # the spans of lengths told of a meeting, not of a work
    patterns = _length_patterns(text, b, e)
    for pattern in patterns:
        twin = _CASE_BLIND.get(id(pattern))  # (by id: a pattern's hash reads its whole code)
        for m in pattern.finditer(text, b, e) if twin is None else twin.finditer(text, b, e):
            if _not_a_length(pattern, m, text, b):
                continue
            meeting = pattern is _MEDIA_VERB and _MEETING_SUBJECT.match(text, m.start()) is not None
            group = "unit" if pattern is _ADJ_MEDIA and m.group("unit") else \
                "f" if pattern is _RELEASED_AMOUNT and m.group("f") else \
                "d2" if pattern is _WENT_OUT_FOR and m.group("d2") else \
                "d3" if pattern is _WENT_OUT_FOR and m.group("d3") else \
                "d4" if pattern is _WENT_OUT_FOR and m.group("d4") else "d"
            value = _value(m.group(group))
            if value is None or value <= 0 or _DIFFERENCE_AFTER.match(text, m.end(group)):
                continue  # (nor a difference between two cuts: "the cinema cut is about 4 minutes longer")
            # a hedged spoken length is one phrase: "running time approx. 1 hr 50 min"
            hedged = pattern in (_RUNTIME_SPOKEN, _TOTAL_TIME, _RATED_LENGTH, _APPOSED_LENGTH, _LENGTH_LABEL_LINE,
                                 _WORK_LASTS, _LENGTH_CAP, _MEDIA_PAREN_LAST, _COMPARED_LENGTH) and m.group("h")
            # the note after it is the length's too: "(2 hrs 11 min in the cinema cut)" names no position
            # and so is a hedge after it: "Whole thing's 4:30ish", "The clip was 2:30 or so"
            end = m.end("rest") if pattern is _LONG_PAREN else m.end(group)
            span = (m.start("h") if hedged else m.start(group), hedge_after(text, end, e) or end)
            restated = _RESTATED_PAREN.match(text, span[1], e)
            if restated and abs((tc := _value(restated.group("d")) or 0.0) - value) <= RESTATED_SLACK * value:
                # "it runs almost exactly four minutes (3:58)": the same length, told exactly in brackets
                value, span = tc, (span[0], restated.end())
            found[span] = StatedLength(value, *span)
            if meeting:
                meetings.add(span)
            if pattern is PAIRED_WORKS_PAREN and (second := _value(m.group("d2"))):
                found[m.span("d2")] = StatedLength(second, *m.span("d2"))  # (the second work's bracket too)
    if meetings and len(found) > len(meetings):
        # "The meeting lasted two hours, but the video is only 12 minutes": the work's own length wins
        for span in meetings:
            del found[span]
    listed = text.find(":", b, e) >= 0 or text.find("|", b, e) >= 0  # (a table's "| 2m 15s |" has no colon)
    found.update(((s.begin, s.end), s) for s in (_list_lengths(text, b, e) if listed else ()))
    found.update(((s.begin, s.end), s) for s in _credit_line_lengths(text, b, e))
    for begin, end in title_paren_spans(text, b, e):
        # (a work's span opens after its year: "(1995, 170 min)" is "170 min)", not "(...)")
        value = _value(text[begin:end].lstrip("(").removesuffix(")"))
        if value:
            found[(begin, end)] = StatedLength(value, begin, end)
    return sorted(found.values(), key=lambda s: s.begin)


# The costliest length patterns, searched as case-bound twins in the lower-cased text (the same matches).
_CASE_BLIND = {id(p): CaseBlind(p) for p in (
    _ADJ_MEDIA, _HYPHEN_ADJ_MEDIA, _MEDIA_APPOSED, _MEDIA_PAREN_ONE, _RELEASED_AMOUNT, _MINUTES_THAT, _WENT_OUT_FOR,
    _LENGTH_LABEL_LINE, _LENGTH_THEN_LINK, _RUNTIME, _TC_NAMED_LENGTH, _WORK_LASTS)}


# A comparative right after the amount: how much longer or shorter one work is than another, no length of either:
# "Times are from the streaming version; the cinema cut is about 4 minutes longer." (round 160)
_DIFFERENCE_AFTER = regex(r"[^\S\n]+(?:longer|shorter)\b", re.IGNORECASE)


_IT_RUNS = regex(r"(?<![\w'’-])(?:It|it)\s+(?:runs|lasts)\s")
_GATE_IT = _WordGate(r"\b(?:it|one)(?:\s|['’]s\s)|\b(?:shot|take)\s+(?:lasts|runs)\s")


def _work_named_before(text: str, b: int, e: int) -> bool:
    """Whether the paragraph of ``text[b:e]``, up to its end and at most ``IT_WORK_CHARS`` back, names a work, so
    that "it" there may be that work."""
    paragraph = max(text.rfind("\n\n", max(0, b - IT_WORK_CHARS), b) + 2, b - IT_WORK_CHARS, 0)
    if paragraph > 0 and not text[paragraph:b].strip():
        # ("It runs 2 hr 14 min" opening its paragraph: "it" is what the paragraph before was about)
        paragraph = max(text.rfind("\n\n", max(0, b - IT_WORK_CHARS), paragraph - 2) + 2, b - IT_WORK_CHARS, 0)
    if _mentions_media(text, paragraph, e):
        return True
    # (or names it after, in the same paragraph, where "it" runs: 'BBC Scotland's "The Last Fank" is an hour of Skye
    # crofting ... It runs 58 minutes and follows Calum ... Halfway through the documentary the fank itself happens'
    # (round 181); not "it's closer to 4 seconds", a gap, before "The file is 1:52:14 long")
    if _IT_RUNS.search(text, b, e) is None:
        return False
    end = text.find("\n\n", e, e + IT_WORK_CHARS)
    return _mentions_media(text, e, end if end >= 0 else min(len(text), e + IT_WORK_CHARS))


def _passing_patterns(text: str, b: int, e: int, media: bool, unit: bool,
                      ascii_low: str | None) -> list[re.Pattern[str]]:
    """The patterns of a work's length said in passing that ``text[b:e]`` may hold (it holds a unit or a colon);
    each only where a plain test finds what it needs, as this runs on most sentences."""
    patterns = []
    if unit and (b == 0 or text.startswith("#", b)) and _TITLE_DASH.search(text, b, e):
        patterns.append(_TITLE_DASH_LENGTH)
    if unit and _GATE_QUOTED_ITEM.search(text, b, e):
        patterns.append(_QUOTED_ITEM_DASH_LENGTH)
    if (text.find("\n", 0, b) < 0 or _HEADING_START.match(text, b)) and _TITLE_DOT.search(text, b, e):
        patterns.append(_TITLE_DOT_LENGTH)
    if text.find("(", b, e) >= 0:
        patterns += [_TITLE_LINE_PAREN] if _closes_a_line(text, b, e) else []
        patterns += [_LONG_PAREN] if _GATE_LONG_PAREN.search(text, b, e) else []
        patterns += [SUBJECT_WORK_PAREN, _SUBJECT_WHOLE_WORK_IS, _SUBJECT_NUMBERED_PART_PAREN] \
            if text.find(") ", b, e) >= 0 else []
        patterns += [PAIRED_WORKS_PAREN] if media and (text.find(") and ", b, e) >= 0 or text.find("), ", b, e) >= 0) \
            else []
        patterns += [_LIST_INTRO_PAREN] if media and text.find(":", b, e) >= 0 else []
        patterns += [_JUDGED_PAREN] if _GATE_JUDGED_PAREN.search(text, b, e) else []
        patterns += [_NAME_PAREN_LENGTH] if unit else []
        patterns += [_VERSION_PAREN] if _GATE_VERSION_PAREN.search(text, b, e) else []
        patterns += [_POSITION_OF_WORK_PAREN] if media and text.find(":", b, e) >= 0 else []
        patterns += [_EXHIBIT_ITEM_PAREN, _TENDERED_EXHIBIT_PAREN] if media and _GATE_EXHIBIT.search(text, b, e) else []
        patterns += [_LINK_CARD_PAREN] if _GATE_LINK.search(text, b, e) else []
        patterns += [_POSTED_WORK_PAREN] if _GATE_POSTED_WORK.search(text, b, e) else []
        patterns += [_CHANNEL_WORK_PAREN] if media and _GATE_CHANNEL_WORK.search(text, b, e) else []
        patterns += [_ATTACHED_WORK_PAREN] if _GATE_ATTACHED_WORK.search(text, b, e) else []
    patterns += [_LENGTH_THEN_LINK] if _GATE_URL.found(text, b, e, ascii_low) else []
    if text.find("(", b, e) >= 0 or text.find("</a>", b, e) >= 0:  # (an HTML anchor holds no bracket)
        patterns += [_LINKED_WORK_PAREN] if _GATE_LINKED_WORK.search(text, b, e) else []
    if media:
        patterns += [_TITLE_LINE_TAG] if text.find("]", b, e) >= 0 else []
        patterns += [_CAPTION_LINE_BRACKETS] if text.find(",", b, e) >= 0 and text.find(":", b, e) >= 0 else []
        patterns += [_LABELLED_VIDEO_LINE] if text.find("(", b, e) >= 0 else []
        patterns += [_MEDIA_LABEL, _MEDIA_LABEL_ITEM] if text.find(":", b, e) >= 0 else []
        patterns += [_MEDIA_CLAUSE_COLON] if unit and text.find(":", b, e) >= 0 else []
        patterns += [_PLAYER_CAPTION] if text.find(",", b, e) >= 0 else []
        patterns += [_MEDIA_APPOSED] if unit and (text.find(",", b, e) >= 0 or _APPOSING_DASH.search(text, b, e)) \
            else []
    return patterns


def _closes_a_line(text: str, b: int, e: int) -> bool:
    """A ")" in text[b:e] with nothing but markup after it on its line (or in the sentence, where it ends first)."""
    at = text.find(")", b, e)
    while at >= 0:
        line_end = text.find("\n", at, e)
        if not _CLOSING_TAG.sub("", text[at + 1:line_end if line_end >= 0 else e]).strip(_LINE_CLOSING_CHARS):
            return True
        at = text.find(")", at + 1, e)
    return False


# The closing tag of a heading or a caption, markup that ends a title's line like "**" does.
_CLOSING_TAG = regex(r"</(?:h[1-6]|caption|figcaption|summary|title|strong|b|em|i|p)>")


# A court's verbs for putting a whole recording in evidence (not "played", which may stop at a point).
_PUT_IN_EVIDENCE = (r"(?:tendered|admitted|lodged|produced|exhibited|adduced|marked|entered|received)"
                    r"(?:\s+(?:in|into)\s+evidence)?")
# A position said of a work, then that work's length in brackets: "the touch is at 3:31 of the NBC video (5:10)",
# "Match point: 14:58 of the Roland-Garros highlights (16:02)" (a length only past the position: _not_a_length).
# A court's list of exhibits, each label with what it is and its length in brackets: "Government Exhibits 14 (dashcam
# video, 6:41), 14A (still image), 15 (911 audio, 3:12)", "Exhibit P-3 (body-worn camera footage, 12 min 5 s)"
# (round 85; not a position cited after a clause: "consent is sought (BWC, 04:12)", "(Ex. 3, 04:12)").
# (_TENDERED_EXHIBIT_PAREN) So is a recording said to be put in evidence, its label and its length in the brackets
# after the verb: "The CCTV from the platform was tendered (Ex. 14, 18 min 30 s)" (round 151), "the bodycam recording
# was admitted (Exhibit P7, 9:40)": a whole exhibit is tendered, not a point in it.
_EXHIBIT_ITEM_PAREN = regex(
    rf"(?:\b(?:exhibits?|exs?\.|exh\.)\s*(?:no\.\s*)?|(?<=,\s)|(?<=\band\s))(?-i:[A-Z0-9])[\w/-]{{0,8}}\s*"
    rf"\(\s*(?:[\w'’-]+\s+){{0,3}}?(?:{LENGTH_MEDIA}|audio|call|footage)\s*,\s*(?P<d>{TC_TEXT}|{DURATION})\s*\)",
    re.IGNORECASE)
_TENDERED_EXHIBIT_PAREN = regex(
    rf"\b{_PUT_IN_EVIDENCE}\s*\(\s*(?:exhibits?|exs?\.|exh\.)\s*(?:no\.\s*)?(?-i:[A-Z0-9])[\w/-]{{0,8}}\s*,\s*"
    rf"(?P<d>{TC_TEXT}|{DURATION})\s*\)",
    re.IGNORECASE)
_GATE_EXHIBIT = regex(r"exhibit|\bexh?s?\.", re.IGNORECASE)
# A link to watch a work, its length in brackets closing the link's text: 'Trailer: <a href="...">watch (2:04)</a>',
# "[Watch the full video (12:31)](https://...)", as a page's video card shows it (round 86); not a link whose
# address carries a time ("?t=124", "#t=2m04s", "&amp;start=124"): the time it opens at, a position.
_LINK_CARD_PAREN = regex(
    rf"(?:<a\b(?![^<>]*[?&#;](?:t|start|time_continue)=)[^<>]*>|\[)[^\S\n]*(?:watch|play|view|stream|listen)"
    rf"(?:[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,3}}?(?:{LENGTH_MEDIA}))?[^\S\n]*\((?P<d>{TC_TEXT})\)[^\S\n]*"
    r"(?:</a>|\]\((?![^()\s]*[?&#](?:t|start)=))", re.IGNORECASE)
_GATE_LINK = regex(r"</a>|\]\(")
_POSITION_OF_WORK_PAREN = regex(
    rf"(?P<p>{TC_TEXT})\s+(?:of|in)\s+(?:the|this|that|its|[\w'’-]+['’]s)\s+(?:[\w'’.-]+\s+){{0,3}}?{MEDIA_NOUN}"
    rf"\s*\(\s*(?P<d>{TC_TEXT})\s*\)", re.IGNORECASE)
_GATE_LONG_PAREN = regex(r"(?:long|short|lengthy|brief|longer|shorter)\s*\(", re.IGNORECASE)


# A media noun naming a test run on a device: "looping-video test", "video playback test", "video rundown".
_MEDIA_TEST = regex(
    r"\w+(?:[\s-]+(?:playback|loop|looping|streaming|rundown|battery))?[\s-]+(?:test|tests|benchmark|benchmarks|"
    r"rundown|drain)\b", re.IGNORECASE)
# A numbered frame of the work named next: "frame 11,650 of the ", "frame no. 338 in the drone ".
_FRAME_OF_BEFORE = regex(
    r"\bframes?\s+(?:no\.?\s*|number\s+|#)?\d[\d,]*\s+(?:of|in|from)\s+(?:the|this|that|its|[\w'’-]+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _told_again_in_version(text: str, m: re.Match[str], b: int) -> bool:
    """"comes at 7:02 in the full file, which is 2:32 in the department's version": a position told again as it
    falls in another version, not the file's length (but "from 11:20 to 14:05 of the clip, which runs 14 minutes
    20 seconds" is the clip's length); the position may be spelled: "about 50 seconds into the viral clip, which is
    6:02 in the full version" (round 129)."""
    return _IN_AFTER.match(text, m.end()) is not None \
        and _POSITION_IN_BEFORE.search(text, max(b, m.start() - 60), m.start()) is not None


# (or "of" a work named: "which is 12:40 of the original livestream"; not "2:10 of footage")
_IN_AFTER = regex(r"\s+(?:in\s(?!\s*(?:total|all|length|duration)\b)|of\s+(?:the|its|this|that|[\w'’-]+['’]s)\s)",
                  re.IGNORECASE)
# A position in the work named next: "comes at 7:02 in the full ", "about 50 seconds into the viral ".
_POSITION_IN_BEFORE = regex(
    rf"(?<![\d:])(?:{TC_TEXT}|(?<![\w-]){DURATION})\s+(?:in|of|into)\s+(?:the|this|that|its|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){{0,2}}$",
    re.IGNORECASE)


def _not_a_length(pattern: re.Pattern[str], m: re.Match[str], text: str, b: int) -> bool:
    """A match of ``pattern`` that its context shows is no footage length."""
    told = _TOLD_APART.get(id(pattern))  # (by id: a pattern's hash reads its whole code)
    if told is not None:
        return told(m, text, b)
    if _PART_STARTS_AFTER.match(text, m.end()):
        return True  # "a 20-minute presentation, which starts about 14 minutes into the livestream": a part's length
    if pattern is _MEDIA_VERB:
        # "starting 3:20 in the video and running for 90 seconds": the video names where a stretch starts, and the
        # length is the stretch's; "matches frame 11,650 of the on-board footage, which is 7:46": the frame's position
        # "In our looping-video test it lasted 14:37": the noun names a test (of a battery), whose result it is
        # "a take that begins about 47 minutes in and runs for nine minutes": the take's length, not the work's
        return _STRETCH_START_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None \
            or _STRETCH_STARTS_THEN_RUNS.search(text, max(b, m.start() - 60), m.start("d")) is not None \
            or _FRAME_OF_BEFORE.search(text, max(b, m.start() - 60), m.start()) is not None \
            or _told_again_in_version(text, m, b) \
            or _MEDIA_TEST.match(text, m.start()) is not None \
            or _part_runs_to_position(m) or _event_in_media_is(m, text, b) or _possessed_position(m, text, b) \
            or _PARTICIPLE_BEFORE.search(text, max(b, m.start() - 24), m.start()) is not None
    if pattern is _POSITION_OF_WORK_PAREN:
        return (_value(m.group("d")) or 0.0) <= (_value(m.group("p")) or 0.0)  # "at 3:31 of the video (2:10)": a cite
    if pattern is _TC_MEDIA:
        # "00:27 Trailer part 1\n01:22 Trailer part 2": a stamp opening a line of a list of stamped lines is where
        # that part starts
        return not (_DETERMINED.search(text, max(b, m.start() - 30), m.start()) or _apposed_work_length(text, m, b)) \
            or _stamped_list_line(text, m.start())
    if pattern is _WORK_LASTS and m.group("it"):
        return not _work_named_before(text, b, m.end())  # "it" is a work only where the paragraph has named one
    if pattern is _RUNTIME:
        return _PLAYED_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None  # "Track four runs 6:12"
    if pattern is _TC_LONG and _METRES.fullmatch(m.group("d")):
        # "The bridge was 84 m long": metres, unless the clause is about a work ("the clip is 4 m long")
        return not _mentions_media(text, max(b, m.start() - METRES_WORK_CHARS), m.start())
    if pattern is _QUOTED_ITEM_DASH_LENGTH:
        return _ITEM_OPENING.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()) is None
    if pattern is _MEDIA_APPOSED:
        return _WORK_BEFORE_COMMA.search(text, max(b, m.start() - WORK_BEFORE_COMMA_CHARS), m.start()) is None
    if pattern is _DOTTED_ITEM_LENGTH:
        # a table's cell ("| Crash | 5 min |" under a Start column) is read by its column, not as a listed item;
        # a forum byline's item is how long ago the post went up ("**u/bogong_moth** · 2h")
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        return line.lstrip().startswith("|") or _POSTER.search(line) is not None
    if pattern is _TITLE_LINE_PAREN and m.group("m") and paired_position(text, m.start("d")):
        return True  # "14:02 Chair opens (webcast 00:02:10)": the webcast's position beside the room's clock
    if pattern is _TITLE_LINE_PAREN and m.group("m") \
            and (_step_pointer(text, m) or _items_place_positions(text, m.start())):
        # "1. Blend the tomatoes. (video: 1:05)": where the step is in the video (round 113); so is "1. Mix flour and
        # water, autolyse 30 min (video: 1:05)" in a list whose other step places a stretch, "(video: 4:15–7:40)"
        return True
    if pattern is _TITLE_LINE_PAREN and not m.group("m"):
        # "- the ship sails (1:32)" in a list of moments: a position; a bare timecode is a length only with a note
        # in the title that opens the text: "Episode 214 (2:05:10, a long one)"
        bare = TIMECODE.fullmatch(m.group("d")) is not None
        titled = m.group("note") and _LENGTH_NOTE.search(m.group("note")) \
            and not text[:m.start()].strip(" \t#*_=>").count("\n")
        line_start = text.rfind("\n", 0, m.start()) + 1
        return bool(bare and not titled
                    or _is_chapter_line(text, m.start()) or _in_moments_list(text, m.start())
                    # "the end at 1:05 (1h 35m)": a line that walks through footage cites an offset
                    or TIMECODE.search(text, line_start, m.start()))
    return False


# A work's length and noun set after a comma or a dash, closing the clause: "Super Rugby Pacific highlights —
# Crusaders v Blues, 6:24 package." (round 126), "Derby highlights, 9:41 reel." (no determiner; the work named so).
_APPOSED_BEFORE = regex(r"[^\W\d][\w'’.)]*\s*(?:,|\s[—–]|\s--?)\s*$")
_CLAUSE_CLOSES = regex(r"\s*(?:[.;!?)\n]|$)")


def _apposed_work_length(text: str, m: re.Match[str], b: int) -> bool:
    """Whether the timecode and work noun ``m`` stand apposed after a comma or a dash and close the clause."""
    return _APPOSED_BEFORE.search(text, max(b, m.start() - 30), m.start()) is not None \
        and _CLAUSE_CLOSES.match(text, m.end()) is not None


def _step_pointer(text: str, m: re.Match[str]) -> bool:
    """The bracket ``m`` names the medium, then a timecode, after a full sentence of a list item: "1. Blend 4
    tomatoes and the ginger. (video: 1:05)", a recipe's or a tutorial's step pointing into its video; a title line
    closes no sentence before its note ("Sourdough (video 18:40)")."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return TIMECODE.fullmatch(m.group("d")) is not None and _SENTENCE_CLOSED.search(text, line_start, m.start()) \
        is not None and _LIST_ITEM.match(text, line_start) is not None


# A sentence's stop right before the bracket: "... ginger. (", "... don't skip it! ("
_SENTENCE_CLOSED = regex(r"\w[.!?][ \t]*$")


# A work said to open, close or hold a part, just before that part's length: "The film opens with a", "the broadcast
# ends with its", "the tape includes a" (then "three-minute sequence", "ten-minute segment").
_PART_OPENED_WITH_BEFORE = regex(
    r"\b(?:opens|opened|begins|began|starts|started|ends|ended|closes|closed|includes|included|contains|contained|"
    r"features|featured)\s+(?:with\s+)?(?:an?|the|its|one)\s+$", re.IGNORECASE)
_PART_NOUN_END = regex(r"(?:sequence|segment|scene|shot|montage|section|passage|interlude)s?$", re.IGNORECASE)
def _cut_amount(m: re.Match[str], text: str, b: int) -> bool:
    """"cut the lead down to 1:10": a gap, a wait or a record cut down, not a work's length."""
    return _CUT_AMOUNT_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None


def _part_of_work(m: re.Match[str], text: str, b: int) -> bool:
    """A part's length, not the work's: "a 20-minute presentation, which starts about 14 minutes into the
    livestream", "The film opens with a three-minute sequence"."""
    return _PART_STARTS_AFTER.match(text, m.end()) is not None or (
        _PART_OPENED_WITH_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None
        and _PART_NOUN_END.search(m.group(0)) is not None) \
        or _HELD_IN_LENGTH_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None


# A length said to be held in the length just before it: "Raw: 1080p, 43:27 incl. 6 min of adverts" (round 131),
# "52:10 including 4 minutes of credits": the adverts' or the credits' share, not the work an end form counts in.
_HELD_IN_LENGTH_BEFORE = regex(
    rf"(?:{TC_TEXT}|{DURATION}){_HOLDING}(?:(?:{HEDGE})\s+)?$", re.IGNORECASE)


def _adjective_length_apart(m: re.Match[str], text: str, b: int) -> bool:
    """An ``_ADJ_MEDIA`` match that is no footage length: a part's (``_part_of_work``) or the raw material's
    (``_raw_material``)."""
    return _part_of_work(m, text, b) or _raw_material(m, text, b) or _compact_list_stamp(m, text)


def _compact_list_stamp(m: re.Match[str], text: str) -> bool:
    """A compact stamp opening a line of a stamped list, its title a work's noun: "0h38m Sermon: 'Strength for the
    Journey'" under "0h04m Praise and worship" (round 139) is where the sermon starts, not "a 38-minute sermon"."""
    # (its neighbour a compact stamp too: a list of "0h04m" lines; not "8h15m slow-cooker version linked below" among
    # "4:13 Gravy" lines, another work's length)
    return _COMPACT_STAMP.fullmatch(m.group("d")) is not None \
        and _stamped_list_line(text, m.start("d"), _OPENS_WITH_COMPACT)


def _raw_material(m: re.Match[str], text: str, b: int) -> bool:
    """An amount "of footage" gone through or spent to make a work: "The organisers took 7 months and 312 hours of
    footage to get here" (round 130), "whittled down from 300 hours of rushes", "sifted through 200 hours of tape":
    the material the work was made from, not its length (not "A bystander took 45 seconds of footage of the crash",
    the footage itself)."""
    if _OF_AFTER_LENGTH.match(text, m.end("d")) is None:
        return False
    return _MATERIAL_SOURCE_BEFORE.search(text, max(b, m.start() - 30), m.start()) is not None \
        or _MATERIAL_PURPOSE_AFTER.match(text, m.end()) is not None


# The amount's "of" before its noun: "312 hours of footage" (not "the 12-minute film").
_OF_AFTER_LENGTH = regex(r"[\s-]+of\s", re.IGNORECASE)
# Where a work was drawn from, right before the amount: "from", "out of", "(sifted) through".
_MATERIAL_SOURCE_BEFORE = regex(
    rf"\b(?:from|out\s+of|through|among)\s+(?:(?:{HEDGE})\s+)?$", re.IGNORECASE)
# What the amount went to make, right after its noun: "to get here", "to make the film", "for the documentary",
# "into a 90-minute cut".
_MATERIAL_PURPOSE_AFTER = regex(
    r"\s+(?:to\s+(?:get\s+(?:here|there|this\s+far)|make|produce|build|cut|edit|assemble|finish|complete|craft|"
    r"shape|create)\b|(?:for|into)\s+(?:the|this|that|a|an|its|their|his|her|our)\s)", re.IGNORECASE)


def _label_places_later(m: re.Match[str], text: str, b: int) -> bool:
    """A labelled item's time that the item does not go on to place earlier times than (``labelled_item_length``)."""
    return not labelled_item_length(text, m.start("d"), m.end("d"))


# A lone amount of "m", said long: a measure in metres as often as a work's minutes.
_METRES = regex(r"\d+(?:[.,]\d+)?\s?m")
METRES_WORK_CHARS = 60


def _event_in_media_is(m: re.Match[str], text: str, b: int) -> bool:
    """"the spike in the replay is 6:31": what happens, seen "in" the footage, then "is" and a timecode: where it is,
    not the footage's length (round 94; "the second clip in the compilation is 2:10" names a work: its length)."""
    return TIMECODE.fullmatch(m.group("d")) is not None and _IS_THEN_TIME.match(text, m.start(), m.start("d")) \
        is not None and _EVENT_IN_BEFORE.search(text, max(b, m.start() - 60), m.start()) is not None


# A verb of being or getting right before the work's noun: the noun is a participle ("cut", "broadcast"), no work,
# and the "is" after it the subject's: "The exact frame where the string is cut is 00:01:58:12" (round 161), "the
# moment the power gets cut is 0:41" (a position; "the director's cut is 2:14:00" stays the cut's length).
_PARTICIPLE_BEFORE = regex(
    r"\b(?:is|was|are|were|be|been|being|gets?|got|gotten|getting)\s+(?:(?:then|just|finally|actually|first)\s+)?$",
    re.IGNORECASE)
# The work's noun, then only "is"/"was" before the time: "replay is ", "highlights was ".
_IS_THEN_TIME = regex(rf"{MEDIA_NOUN}\s+(?:is|was)\s+$", re.IGNORECASE)
# A subject that is no work, then "in"/"on" the footage: "the spike in the ", "The foul on the full ".
_EVENT_IN_BEFORE = regex(
    rf"(?:^|[^\w'’])(?:the|that|this|his|her|their)\s+(?:[\w'’-]+\s+)?(?!{MEDIA_NOUN}s?\s)[\w'’-]+\s+(?:in|on)\s+"
    r"(?:the|this|that|my|your|our|its)\s+(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)


def _part_runs_to_position(m: re.Match[str]) -> bool:
    """"The sequence runs to 7:55": a part of the footage running to a timecode ends at that position (the spec's
    "until 3:15"); a whole work's "runs to 1:42:10" or any "runs to 95 minutes" stays its length."""
    return TIMECODE.fullmatch(m.group("d")) is not None and _PART_RUNS_TO.match(m.group(0)) is not None


def _possessed_position(m: re.Match[str], text: str, b: int) -> bool:
    """"its last frame is the long version's 2:46", "it cuts at the raw file's 12:10": a work's possessive, the
    noun phrase after a verb of being or a preposition, then a timecode: the time in that work, a position, not
    "the video's" cut from "the video is" ("This video's only 3:12", "The raw file's 41:30") (round 99)."""
    return TIMECODE.fullmatch(m.group("d")) is not None and _POSSESSIVE_TO_TC.match(m.group(0)) is not None \
        and _OBJECT_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None


# A work's noun and its possessive "'s" right before the timecode (``_MEDIA_VERB``'s match).
_POSSESSIVE_TO_TC = regex(r"[\w-]+['’]s\s+\S+$")
# A verb of being or a preposition, a determiner and up to two words: "is the long ", "at the raw ", "to our ".
# (a verb of matching and a hedge too: "its 2:02 equals the livestream's 14:50", "puts its start at roughly the
# CCTV's 5:43" (round 129): a position in the other work, however hedged)
_OBJECT_BEFORE = regex(
    r"\b(?:is|was|are|were|at|to|from|in|into|of|by|as|until|till|near|after|before|with|"
    r"equals?|equalled|equaled|match(?:es|ed)?|mirrors?|mirrored)\s+"
    rf"(?:(?:{HEDGE})\s+)?(?:the|this|that|its|their|our|his|her|my|your)\s+(?:[\w'’-]+\s+){{0,2}}$", re.IGNORECASE)


# A part of the footage, then "runs to" / "ran to" its end.
_PART_RUNS_TO = regex(
    r"(?:sequence|scene|shot|segment|section|passage|stretch|montage|take)s?\b[^.;]{0,60}?\bru[na]s?\s+to\s",
    re.IGNORECASE)


# Where a thing just given its length starts in the footage: ", which starts about 14 minutes into", " that begins at
# 3:02" (the thing is a stretch of the footage, start plus length, and its length no work's).
_PART_STARTS_AFTER = regex(
    rf",?\s+(?:that|which)\s+(?:starts|begins)\s+(?:at\s+)?(?:(?:{HEDGE})\s+)?(?:{DURATION}\s+in(?:to)?\b|{TC_TEXT})",
    re.IGNORECASE)
_STRETCH_START_BEFORE = regex(
    rf"\b(?:starting|beginning|starts|begins)\s+(?:at\s+)?{TC_TEXT}\s+in(?:to)?\s+(?:the|this|that|its)\s+"
    r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# A stretch's start said in the clause, then "and" its length: "begins about 47 minutes in and runs for ", "begins 34
# minutes into the film and lasts " (what ends where the length begins).
# (its start a fraction of the work too: "which begins about two-thirds of the way through the film and lasts almost
# a minute", "starts halfway into the clip and runs for ten seconds"; a scene that opens: "the chase that opens roughly
# 14 minutes into the film and lasts for almost four minutes" (round 101); a timecode needs no "in": "which begins at
# 1:21:40 and lasts nearly four minutes" (round 51))
_STRETCH_STARTS_THEN_RUNS = regex(
    rf"\b(?:starting|beginning|starts|begins|started|began|opens|opened)\s+(?:at\s+)?(?:(?:{HEDGE})\s+)?(?:(?:{TC_TEXT}|{DURATION})"
    r"\s+in(?:to\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    # (a timecode no clock of the day reads is a position without "in": "which begins at 1:21:40 and lasts nearly
    # four minutes" (round 51); not the work's own start, "The video begins at 0:00:00 and runs 4 minutes", nor a
    # clock's, "The webcast began at 08:30 and runs 1 hour 14 minutes")
    r"|(?!0{1,2}:00:00)(?:\d{1,2}:[0-5]\d:[0-5]\d|(?:2[4-9]|[3-9]\d|\d{3,}):[0-5]\d)(?![\d:])"
    r"|(?:halfway|(?:an?|one|two|three)[\s-]+(?:half|third|quarter|fifth)s?\s+of\s+the\s+way)\s+(?:through|into)\s+"
    r"(?:the|this|that|its)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+and\s+"
    rf"(?:runs|running|lasts|lasting|ran|lasted)\s+(?:for\s+)?(?:(?:{HEDGE})\s+)?$", re.IGNORECASE)


def _metadata_patterns(text: str, b: int, e: int) -> list[re.Pattern[str]]:
    """The length patterns of totals, labels and release metadata a sentence with a unit word may hold."""
    low = text[b:e].lower()
    return [*([_TOTAL_TIME] if "total" in low else []),
            *([_LENGTH_LABEL_LINE] if "run" in low or _GATE_LENGTH_LABEL.any_case.search(low) else []),
            *([_RATED_LENGTH, _LENGTH_THEN_RATING] if "rated" in low or "cert" in low or _RATING_MARK.search(text, b, e)
              else []),
            *([_DOTTED_ITEM_LENGTH] if _dotted(low) else [])]


def _dotted(low: str) -> bool:
    """Whether the lowered text holds a separator of a line of items (a middle dot, a bullet, a bar)."""
    return "·" in low or "•" in low or "|" in low or "&middot;" in low or "&bull;" in low


# A length standing alone as an item of a line of items set apart by middle dots, bullets or bars, as a podcast's or
# a video's page lists them: "Published: 3 Nov 2026 · 1 hr 12 min · Explicit: No", "Vlog • 14 min • 2 days ago",
# the line's last item too: "**Episode 88** | published 2 Feb 2025 | 1 h 12 min".
_DOT_SEP = r"(?:[·•|]|&middot;|&bull;)"
# Who posted, in a forum's byline: "Posted by u/skywatcher", "**u/bogong_moth**", "@lena_k".
_POSTER = regex(r"(?<![\w/])(?:u/|@)\w|\bposted\s+by\b", re.IGNORECASE)
_DOTTED_ITEM_LENGTH = regex(
    r"(?:(?<=[·•|])|(?<=&middot;)|(?<=&bull;))[ \t\u00a0]*"
    rf"(?P<d>{COMPACT}|{DURATION})[ \t\u00a0]*(?={_DOT_SEP}|\n|$)",
    re.IGNORECASE)

# The work's label and its length as an item of such a line, the line's last or followed by another: "Prep: 25 mins
# &middot; Cook: 1 hr 50 mins &middot; Video: 18:36</p>" (round 109), "Episode 12 · Audio: 41:05 · Explicit".
_DOTTED_LABEL_LENGTH = regex(
    r"(?:(?<=[·•|])|(?<=&middot;)|(?<=&bull;))[ \t\u00a0]*(?:\*\*|<(?:b|strong)>)?"
    rf"(?:(?:full|whole)\s+)?(?:{LENGTH_MEDIA}|audio)[ \t]*(?:\*\*|</(?:b|strong)>)?[ \t]*:[ \t]*"
    rf"(?:\*\*|</(?:b|strong)>)?[ \t\u00a0]*(?P<d>{TC_TEXT}|{DURATION})"
    rf"(?=[ \t\u00a0]*(?:{_DOT_SEP}|</(?:p|li|div|span|dd|td)>|\n|$))",
    re.IGNORECASE)


def _list_lengths(text: str, b: int, e: int) -> list[StatedLength]:
    """Lengths a list tells: a header's "(1:48):" over its items, an item's timecodes under a runtimes heading."""
    spans = [m.span("d") for m in _HEADER_PAREN.finditer(text, b, e)
             # not "Speaker 2 (27:14):\nSo ...": a transcript's timed label, with no list under it
             if _HEADED_ITEM.match(text, text.find("\n", m.end()) + 1 or len(text))] \
        if text.find("):", b, e) >= 0 else []
    found = [StatedLength(value, *span) for span in spans + _listed_lengths(text, b, e)
             if (value := _value(text[span[0]:span[1]]))]
    return found


def _credit_line_lengths(text: str, b: int, e: int) -> list[StatedLength]:
    """A length standing as an item of its own on a credits line that names the director: "Dir. Teodor Vasilescu.
    1h 48m. In cinemas Friday.", "Directed by Oskar Lind, 94 min, in Swedish" (the film's metadata, its length; the
    splitter may cut the line at "Dir.", so the line is read back from ``b``), or on a show's line that says when it
    was recorded: "Recorded Monday night at 9.15pm AEST, 71 minutes." (the episode's length)."""
    line = text.rfind("\n", max(0, b - CREDIT_LINE_CHARS), b) + 1
    start = max(line, b - CREDIT_LINE_CHARS)
    window = text[start:e]
    if not _CREDIT_WORDS.found(text, start, e, window.lower() if window.isascii() else None) \
            or not _DIRECTOR_CREDIT.search(text, start, e):
        return []
    found = []
    for m in _CREDIT_ITEM.finditer(text, b, e):
        item_line = text.rfind("\n", 0, m.start()) + 1
        if _DIRECTOR_CREDIT.search(text, max(item_line, m.start() - CREDIT_LINE_CHARS), m.start()) \
                and (value := _value(m.group("d"))):
            found.append(StatedLength(value, m.start(), m.end()))
    return found


# How far back on its line a length item's director credit may stand.
CREDIT_LINE_CHARS = 120
# (its look-behind read after the "d", which the pattern then opens on: tried only at a "d", not everywhere)
# A show's recording line is such a credits line too: "Recorded 29 May at Westbury allotments, Wiltshire. 47
# minutes." (round 139), its bare length the episode's.
_DIRECTOR_CREDIT = regex(r"d(?<![\w/]d)(?:ir\.|irected\s+by)\s|(?<![\w/])(?:recorded|streamed)\s", re.IGNORECASE)
# One of these words is in every _DIRECTOR_CREDIT match (tests/test_moments_gates.py): a plain gate before its
# case-blind scan, which would be tried at every position of the line.
_CREDIT_WORDS = _WordGate(r"dir|recorded|streamed")
# A length alone between the credits line's separators (a hedge may open it: "c. 95 min").
_CREDIT_ITEM = regex(
    rf"(?:(?<=^)|(?<=[.,;|·•][ \t]))[ \t]*(?:(?:{HEDGE})\s+)?(?P<d>{DURATION})(?=[ \t]*(?:[.,;|·•)]|$))",
    re.IGNORECASE | re.MULTILINE)


def title_paren_spans(text: str, b: int = 0, e: int | None = None) -> list[tuple[int, int]]:
    """Spans of "(1:36)" that follow a title ("Teaser (1:36)", "Trailer (2:31) |
    Behind the scenes (4:05)"): lengths, not moments.  A title is a short
    capitalised segment with no sentence punctuation that the parenthesis closes."""
    return list(_title_paren_spans(text, b, len(text) if e is None else e))


@lru_cache(maxsize=2)
def _title_paren_spans(text: str, b: int, e: int) -> tuple[tuple[int, int], ...]:
    """:func:`title_paren_spans`, kept for the last sentences: the walk asks it of each sentence twice (its stated
    lengths, then the spans no candidate may take)."""
    return tuple(_read_title_paren_spans(text, b, e))


def _read_title_paren_spans(text: str, b: int, e: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if text.find("(", b, e) < 0:
        return _spec_list_lengths(text, b, e)
    for m in _PAREN_TC.finditer(text, b, e):
        if _is_chapter_line(text, m.start()) or _labelled_turn(text, b, m, e) or _in_moments_list(text, m.start()) \
                or _past_whole_length(text, m.start()) or _items_place_positions(text, m.start()) \
                or paired_position(text, m.start()):
            continue  # "Speaker 2 (27:14): So ...": a transcript's speaker label, timed; "14:02 Convoy leaves
            # (1:02:40)": the stream's position beside the day's clock
        floor = _title_floor(text, b, m.start())
        segment = _segment_before(text, floor, m.start())
        segment = segment.rstrip("?!") if floor != b else segment  # (the title's own stop, read as none)
        line_end = text.find("\n", m.end())
        tail = text[m.end(): line_end if line_end >= 0 else len(text)].strip()
        # After a comma another titled length must follow ("Teaser (1:36), Trailer (2:31)");
        # "onto the balcony (4:12), then a second man ..." is prose with a moment in it.
        closes = not tail or tail[:1] in ";|•·–—-" or tail.startswith("</") or (
            tail[:1] == "," and _NEXT_TITLE.match(tail, 1)) \
            or _ATTACHED_TAIL.match(tail) is not None  # "</li>": the end of an HTML list item
        words = segment.split()
        short_title = (
            # (a section's number is no sentence's stop: "2.1 Series (41:05)")
            closes and 0 < len(words) <= 8 and not _SENTENCE_STOP.search(segment)
            and (_after_symbols(segment).lstrip(_QUOTES)[:1].isupper() or segment[:1].isdigit())
            and not _STEP_INSTRUCTION.match(segment)
        )  # "'Low Tide' teaser (1:36)": a quoted title opens the segment; "📺 Trailer reaction — ..." an emoji
        named_media = re.search(r"(?<![\w])[A-Z][a-z]*\s*$", segment) and re.search(
            rf"(?:^|\s){LENGTH_MEDIA}\s*$", segment, re.IGNORECASE)
        # "Episode 3 (52:10) covers the trial": a name in title case, whatever follows.
        title_case = (_title_case(words, segment) or _title_case(*_after_dash(segment))) \
            and not _POINT_LABEL.search(segment)
        if short_title or named_media or title_case or (closes and _title_and_artist(segment)) \
                or (closes and _numbered_work_title(text, floor, m.start(), segment)) \
                or _emphasised_title(text, b, m.start(), m.end()) or (closes and _emphasised_line(text, m.start())) \
                or _ends(_INTRODUCED_WORK, segment) or _ends(_QUOTED_WORK_BEFORE, segment) \
                or _titled_by_maker(text, b, m.start()) or _titled_quote(text, b, m.start()) \
                or _whole_work(segment, text, m.end()) or _kind_then_title(text, b, m.start()) \
                or _length_before_positions(text, m, segment, e) or _watched_work(text, m, segment, e):
            spans.append((m.start(), m.end()))
    # "- Full session (3h 12m): https://...": a compact length after a whole work named as one.
    # So is one closing the title on the text's opening line or a heading's: "DJ Koyo — Rooftop Sessions Vol. 3 (1h
    # 12m) | Tracklist"; or a list item's, as a bracketed timecode there is (round 128: "• *Cold Open* ep. 212 (1h
    # 12m) — skip to 34:50").
    spans += [(m.start(), m.end()) for m in _PAREN_COMPACT.finditer(text, b, e)
              if _whole_work(_segment_before(text, b, m.start()), text, m.end()) or _opening_title_length(text, b, m)
              or _listed_title_length(text, b, m)]
    spans += [m.span("d") for m in _WHOLE_WORK_IN_PAREN.finditer(text, b, e)]
    spans += [(m.start(1), m.end(1)) for m in _WORK_PAREN.finditer(text, b, e)]
    spans += [(m.start("d"), m.end("d")) for m in _SOURCE_PAREN.finditer(text, b, e)]
    spans += _listed_source_length(text, b, e)
    spans += [m.span("d") for m in _LENGTH_THEN_WORK_PAREN.finditer(text, b, e)]
    spans += [m.span("d") for m in _WORK_THEN_LENGTH_PAREN.finditer(text, b, e)]
    spans += _spec_list_lengths(text, b, e) + _quoted_title_lengths(text, b, e) + _heading_bracket_lengths(text, b, e)
    return sorted(spans)


# A line opened by a numbered work's label and its title, however long, the bracket closing it: a back catalogue's
# "Ep 12: The Carna style with Máire Ní Fhlatharta (47:20)", "Ep 14: Live from the pub in Ros Muc, recorded 19 Oct 2024
# at half eight (1:04:36)" (round 161), "Lecture 7 – Entropy, information and why your zip file is smaller (52:10)":
# each episode's length, as a short title's bracket already was (not a part or a chapter of one video, nor a label
# before words in lower case: "Ep 12: she talks about the old dancers (47:20)").
_NUMBERED_WORK_TITLE = regex(
    r"(?:ep|eps|episode|track|vol|volume|lecture|lesson|session|talk|sermon)\.?[^\S\n]*#?\d{1,4}[^\S\n]*"
    r"[*_]{0,2}[^\S\n]*(?:[:.–—|-][^\S\n]*)+(?:[*_]{1,2}[^\S\n]*)?[\"“‘']?(?-i:[A-Z0-9])", re.IGNORECASE)


def _numbered_work_title(text: str, floor: int, paren: int, segment: str) -> bool:
    """The title ``segment`` before the bracket at ``paren`` is a numbered work's, its label (dotted too: "Ep. 32:",
    cut off the segment) opening it and no sentence stopping in it; a time of day's dots stop none ("Ep. 32: Ice tech
    Darlene Kowalchuk on pebbling at 5:30 a.m. (47:05)", round 169)."""
    if _NUMBERED_WORK_TITLE.match(segment) is None:
        if not _PART_LABEL.search(text, max(floor, paren - len(segment) - 12), paren):
            return False
        segment = _segment_before(text, floor, paren, label=True)
        if _NUMBERED_WORK_TITLE.match(segment) is None:
            return False
    if "m." in segment:
        segment = _DAY_PERIOD_DOTS.sub("am", segment)
    return _SENTENCE_STOP.search(segment) is None


# The dots of a time of day's a.m. or p.m.
_DAY_PERIOD_DOTS = regex(r"\b[ap]\.m\.", re.IGNORECASE)
# A numbered step's label, then its instruction in lower case: "Step 1 – shift to the smallest cog (0:40)" (round
# 135), where the step is in the how-to video, no title closed by its length.
_STEP_INSTRUCTION = regex(r"\W*(?:step|tip)\s*\d+\s*[:.)–—-]+\s*(?-i:[a-z])", re.IGNORECASE)


# Any character that is not blank (searched in place: the text before a line is not copied to be stripped).
_NONBLANK = regex(r"\S")


def _opening_title_length(text: str, b: int, m: re.Match[str], any_line: bool = False) -> bool:
    """The bracket ``m`` closes a title (in title case, or a few words opening with a capital) on the text's first
    line or a Markdown heading's (or any line, with ``any_line``), nothing or a separator after it on the line: the
    titled work's length."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if not any_line and _NONBLANK.search(text, 0, line_start) and not _HEADING_START.match(text, line_start):
        return False
    line_end = text.find("\n", m.end())
    tail = text[m.end():line_end if line_end >= 0 else len(text)].strip()
    if tail and tail[:1] not in ";|•·–—-:" and not tail.startswith("</"):
        return False
    segment = _segment_before(text, b, m.start())
    words = segment.split()
    return _title_case(words, segment) or _title_case(*_after_dash(segment)) or (
        0 < len(words) <= 8 and not _SENTENCE_STOP.search(segment)
        and _after_symbols(segment).lstrip(_QUOTES)[:1].isupper())


def _listed_title_length(text: str, b: int, m: re.Match[str]) -> bool:
    """The bracket ``m`` closes a title on a list item's line, as :func:`_opening_title_length` reads one on the
    text's first line: "• *Cold Open* ep. 212 (1h 12m) — skip to 34:50", "- The Long Table, Part 2 (58m 10s)" (round
    128): each item's work and its length, the way "Teaser (1:36)" is read (not an item of a list whose heading names
    moments, nor a chapter list's line: "Best bits:\n- The ace (1h 2m)" places it)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if line_start == 0 or not _LIST_ITEM.match(text, line_start) or _in_moments_list(text, m.start()) \
            or _is_chapter_line(text, m.start()):
        return False
    return _opening_title_length(text, b, m, any_line=True)


def _titled_quote(text: str, b: int, paren: int) -> bool:
    """A work said to be titled, its title in quotes closing just before the bracket at ``paren``: 'a YouTube upload
    ... titled "Heavy rains paralyse transport in Nairobi" (1:30)' (round 94): the titled work's length (not speech:
    a quote after "says" or "shouts" is no title)."""
    return _TITLED_QUOTE_BEFORE.search(text, max(b, paren - TITLED_QUOTE_CHARS), paren) is not None


# How far before its bracketed length the word saying a work is titled may stand.
TITLED_QUOTE_CHARS = 140
_TITLED_QUOTE_BEFORE = regex(
    r"\b(?:titled|entitled|headlined|(?:with\s+|under\s+)?the\s+(?:title|headline))\s*:?\s*"
    r"[\"“‘'][^\"“”‘’\n()]{1,120}[\"”’']\s*$", re.IGNORECASE)


def _kind_then_title(text: str, b: int, paren: int) -> bool:
    """A work named by its kind and then its title just before the bracket at ``paren``: "our members' film <em>Kilmore
    Quay at Dawn</em> (3:12)", "most popular film, The Banshees of Inisherin (1:54)", 'The single that came out of
    that afternoon, "Nne m" (3:52)' (a quoted title needs no capitals): the titled work's length."""
    m = _KIND_THEN_TITLE.search(text, max(b, paren - KIND_TITLE_CHARS), paren)
    return m is not None and (m.group("q") is not None or all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _TITLE_SMALL_WORDS for w in m.group("title").split()))


# How far before its bracketed length a titled work's kind may stand.
KIND_TITLE_CHARS = 90
# A kind of titled work, then its title (in emphasis or quotes, or bare) closing just before the bracket.
_KIND_THEN_TITLE = regex(
    # (an album's opener or closer too: "Opener 'Tinker's Bell' (4:02)", its quotes maybe straight, an apostrophe
    # inside the title)
    r"\b(?:film|movie|short|documentary|feature|episode|song|track|single|album|trailer|opener|closer|ballad|"
    r"instrumental)s?"
    r"(?:\s+(?:that|which|they|we|she|he)\s[^()\n<>*_\"“”‘’.!?;:,]{1,50},)?,?\s+"
    r"(?:<(?:em|i|cite)>|[*_]{1,2}|(?P<q>[\"“‘']))?(?P<title>(?-i:[A-Z0-9])[^()\n<>*_\"“”‘’.!?;:]{0,60}?)"
    r"(?:</(?:em|i|cite)>|[*_]{1,2}|(?(q)[\"”’']|(?!)))?\s*$", re.IGNORECASE)
# The small words a title in title case leaves in lower case.
_TITLE_SMALL_WORDS = frozenset(("a", "an", "the", "of", "at", "in", "on", "to", "for", "and", "or", "by", "with"))


def _spec_list_lengths(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """A length that is one item of a bracketed list of a file's properties ("(H.264, 1080p, 2 min 03 s)", "(MP4,
    4:12, 30 fps)"): the file's length beside its codec, picture or size, not a position."""
    if text.find(",", b, e) < 0:
        return []
    return [item.span("d") for brackets in _COMMA_BRACKETS.finditer(text, b, e)
            if _FILE_SPEC.search(text, brackets.start(), brackets.end())
            for item in _SPEC_LIST_ITEM.finditer(text, brackets.start() + 1, brackets.end())] \
        + [item.span("d") for item in _spec_run_items(text, b, e) if _beside_file_spec(text, b, item)]


def _spec_run_items(text: str, b: int, e: int) -> Iterator[re.Match[str]]:
    """``_SPEC_RUN_ITEM.finditer(text, b, e)``, tried only right after each comma: every match opens there (its
    ``(?<=,)``), where the scan would try its case-blind alternation at every position of the sentence."""
    reached = b
    comma = text.find(",", max(b - 1, 0), e)
    while comma >= 0:
        if comma + 1 >= reached and (m := _SPEC_RUN_ITEM.match(text, comma + 1, e)) is not None:
            yield m
            reached = m.end()
        comma = text.find(",", comma + 1, e)


def _beside_file_spec(text: str, b: int, item: re.Match[str]) -> bool:
    """The comma-listed item ``item`` stands right after or right before a file's property ("HEVC, 2 min 14 sec,
    480 MB")."""
    comma = item.start() - 1
    previous = max(text.rfind(",", b, comma), text.rfind(":", b, comma)) + 1
    return (previous > 0 and _FILE_SPEC_ITEM.fullmatch(text, previous, comma) is not None) \
        or _FILE_SPEC_ITEM.match(text, item.end() + 1) is not None


def _quoted_title_lengths(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """A length in words that is one item of the brackets closing a quoted title ('"The Harrowing" (1h 28m)',
    '"Fire Season" (BBC Four, 90 mins, iPlayer for 11 months)', '"Tidewater" (visual album, 38 min)'), or a timecode
    closing them after a comma ('(Netflix, 1:31:40)'): the titled work's length, the one its end forms count from (a
    lone timecode there is left to the exclusions: after quoted speech, '"Get down!" (1:12)', it cites a position)."""
    if text.find("(", b, e) < 0:
        return []
    spans: set[tuple[int, int]] = set()
    for brackets in _QUOTED_TITLE_BRACKETS.finditer(text, b, e):
        spans.update(item.span("d") for item in _TITLE_ITEM.finditer(text, brackets.start("inner"), brackets.end()))
        # (a timecode closing the brackets after a comma too: '"Ninety Days on Ice" (Netflix, 1:31:40)', its source
        # before it; a lone one may be quoted speech's position)
        last = _LAST_ITEM.search(text, brackets.start("inner"), brackets.end())
        spans.update([last.span("d")] if last else [])
    return sorted(spans)


def _heading_bracket_lengths(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """The last item of the brackets closing a heading or a table's caption, after a comma ("<caption>Lecture 7:
    Thermodynamics II (MIT 8.01, 1:14:20)</caption>"): the length of the work the element titles, the items before
    it saying whose or which it is (a lone "(18:40)" there may cite a position)."""
    if text.find("</", b, e) < 0:
        return []
    return [item.span("d") for heading in _HEADING_BRACKETS.finditer(text, b, e)
            if (item := _LAST_ITEM.search(text, heading.start("inner"), heading.end("inner")))]


# A short bracketed aside holding a comma: "(H.264, 1080p, 2 min 03 s)".
_COMMA_BRACKETS = regex(r"\((?=[^()\n]{0,80},)[^()\n]{1,80}\)")
# An item of the list, alone between its commas or the brackets.
_SPEC_LIST_ITEM = regex(rf"(?<=[(,])[ \t]*(?P<d>{TC_TEXT}|{COMPACT})[ \t]*(?=[,)])", re.IGNORECASE)
# A file's property: codec, picture size, rate or container.
_FILE_SPEC = regex(
    r"\b(?:[HhXx]\.?26[45]|HEVC|AVC|ProRes|VP9|AV1|MP4|MOV|MKV|WebM|\d{3,4}[pi]|[48]K|\d{3,4}\s?[x×]\s?\d{3,4}|"
    r"\d{2,3}(?:\.\d+)?\s?fps|\d+(?:\.\d+)?\s?(?:MB|GB|Mbps|kbps)|"
    # an audio file's: "`AY112_raw.wav` (1:12:48, 48 kHz)", "(WAV, 24-bit, 41:05)" (round 94)
    r"\d{2,3}(?:\.\d+)?\s?kHz|(?:16|24|32)[\s-]?bit|WAV|FLAC|MP3|AAC|M4A|"
    # a camera's own file name: "(DJI_0455, 5 min 30 s)" (round 130), "(GOPR0231, 4:12)", "(IMG_2207.MOV, 0:58)",
    # "(clip03.mp4, 1:40)"
    r"[A-Z]{2,5}_\d{3,}\w*|(?:GOPR|GP\d{2}|GH\d{2}|GX\d{2}|DSCF?|MVI|MAH|PXL|IMG|VID)_?\d{4,}\w*|"
    r"[\w-]+\.(?:mp4|mov|mkv|avi|mts|m4v|webm))\b")
# An item of an unbracketed list of a file's properties, after a comma: "a phone recording, HEVC, 2 min 14 sec,
# 480 MB" (a file's length beside its codec or size, not a position).
# (what the length holds may follow it: "Raw: 1080p, 43:27 incl. 6 min of adverts", "ProRes, 52:10 including
# credits" (round 131))
_SPEC_RUN_ITEM = regex(rf"(?<=,)[ \t]*(?P<d>{TC_TEXT}|{DURATION})[ \t]*(?=[,;]|\.(?:\s|$)|{_HOLDING})", re.IGNORECASE)
_FILE_SPEC_ITEM = regex(rf"[ \t]*(?:{_FILE_SPEC.pattern})(?:[ \t]+[\w.-]+)?[ \t]*(?=[,.;)]|$)")


def other_work_spans(text: str, b: int = 0, e: int | None = None) -> list[tuple[int, int]]:
    """Spans of lengths in brackets that belong to works other than the footage: a quoted title's ('the song in the
    pub scene ("Salt on the Window", 3:12)') and those of a page's other videos ("Also Watch: Underpasses flooded at
    Hebbal (2:41) | ..."). Not moments, and no length an end form of the footage counts from."""
    e = len(text) if e is None else e
    if text.find("(", b, e) < 0:
        return []
    spans = [m.span("d") for m in _QUOTED_TITLE_PAREN.finditer(text, b, e)] if text.find(",", b, e) >= 0 else []
    return spans + [m.span() for m in _PAREN_LENGTH.finditer(text, b, e) if _related_line(text, m.start())]


# A quoted title and its length in the same brackets: 'The song in the pub scene ("Salt on the Window", 3:12)',
# "(‘Night Bus’, 4:05)", "Jazz (Tony Gould's “Pearl Beach”, 6:38)" (not "(the crash, 3:12)", a position cited).
_QUOTED_TITLE_PAREN = regex(
    rf"\([^()\n]{{0,40}}?[\"“‘'][^\"“”‘’\n()]{{1,80}}[\"”’']\s*,\s*(?P<d>{TC_TEXT})\s*\)")
# A news page's line of other videos under its label: "Also Watch: Underpasses flooded at Hebbal (2:41) | Metro
# trial run (3:05)", "Watch next: ...", "Related videos: ...": each title's length, whatever its words.
_RELATED_LABEL = regex(
    r"[ \t*_>#-]*(?:also\s+watch|watch\s+(?:next|also|more)|more\s+videos?|related\s+videos?|up\s+next|"
    r"recommended(?:\s+(?:videos?|for\s+you))?|you\s+may\s+also\s+(?:like|watch)|more\s+to\s+watch|trending\s+videos?|"
    # a shop's other titles: "Customers also listened to: The Long Winter (9 hrs 14 mins), ..."
    r"(?:customers|listeners|viewers|people)\s+(?:also\s+)?(?:listened\s+to|watched|bought|enjoyed|liked))"
    r"[*_]{0,2}\s*[:—–-]", re.IGNORECASE)


# A length in brackets, a timecode or in words: "(2:41)", "(9 hrs 14 mins)".
_PAREN_LENGTH = regex(rf"\((?:{TC_TEXT}|{DURATION})\)", re.IGNORECASE)


def _related_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` opens with a label of other videos (:data:`_RELATED_LABEL`), or is an item
    of a list under a heading of other pages ("**Related**\n- Day 1: Motions in limine on the 911 call (3:21)")."""
    line = text.rfind("\n", 0, pos) + 1
    if _RELATED_LABEL.match(text, line) is not None:
        return True
    if _RELATED_ITEM.match(text, line) is None:
        return False
    for above, end in lines_above(text, line, RELATED_LIST_ITEMS):
        if _RELATED_ITEM.match(text, above) is None:
            return _RELATED_HEADING.fullmatch(text, above, end) is not None
    return False


# A list's item, and how many items above one its heading may stand.
# (a web page's chevrons and arrows as bullets too: "RELATED\n› The last bison drive, on film (8:45)" (round 94))
_RELATED_ITEM = regex(r"[ \t]*(?:[-*•›»▸►‣→]|\d{1,2}[.)])[ \t]+\S")
RELATED_LIST_ITEMS = 12
# A heading of other pages, alone on its line: "**Related**", "## Related stories", "Read more:", "More videos".
_RELATED_HEADING = regex(
    r"[ \t*_#>]*(?:related(?:\s+(?:stories|videos?|coverage|articles?|links?|posts?|reading|content))?|"
    r"read\s+(?:more|next|also)|more\s+(?:on\s+this(?:\s+story)?|coverage|videos?|from\s+[\w' ’-]{1,30})|"
    r"watch\s+(?:next|more|also)|also\s+watch|up\s+next|you\s+may\s+also\s+like|previously)[ \t*_#:]*",
    re.IGNORECASE)


def _title_and_artist(segment: str) -> bool:
    """A track's title and its artist either side of a spaced dash, each a few capitalised words, abbreviations
    such as "ft." and "Mr." allowed: "Dog Days Are Over — Florence + The Machine", "Titanium — David Guetta ft. Sia";
    a list's number and the track's cue point in the mix may open it ("02. [04:32] Prins Thomas — Delight"), a credit
    may open the artist's side ('3. "Weir" – trad., arr. Morrow', '"Low Reel" — traditional, arr. The Strings')."""
    opening = _ENTRY_OPENING.match(segment)
    parts = _SPACED_DASH.split(segment[opening.end():] if opening else segment)
    if len(parts) != 2:
        return False
    # (a cue point makes the line a list's entry, no prose: its title may be longer)
    most = CUED_TITLE_WORDS if opening and opening.group("cue") else TITLE_WORDS
    for part in parts:
        words = [w for w in part.split() if w not in _ARTIST_JOINERS]
        opens = part.lstrip(_QUOTES)[:1].isupper() or part[:1].isdigit() or _ABBREVIATION.match(part) \
            or _CREDIT_OPENING.match(part)
        if not 0 < len(words) <= most or not opens \
                or re.search(r"[.!?]", _ABBREVIATION.sub("", part)):
            return False
    return True


# Another work brought in with an article, its length in brackets after it: "A second, shorter video (2:05) filmed
# from a balcony shows ..." (not "the video (2:05)", which may cite a position in the footage).
# A work by its quoted title and its kind, right before its length: "the ‘Ironbark’ gameplay reveal (14:36)" (not
# a part of a work so named: "the ‘I quit’ scene (2:14)", a position).
# (or set apart by Markdown's emphasis, as quotes do (round 152): "Kojo Mensah's *Asaase* video (3:58) is the most
# ambitious visual", "the _Harmattan_ lyric video (3:12)")
_QUOTED_WORK_BEFORE = regex(
    r"(?:^|\s)(?:the|a|an|this|their|its|[\w-]+['’]s)\s+(?:[‘“\"']|(?P<em>\*{1,2}|_{1,2}))(?-i:[A-Z])"
    r"(?(em)[^*_\n]{0,40}(?P=em)|[^‘’“”\"\n]{0,40}[’”\"'])\s+"
    r"(?:[a-z][\w-]*\s+)?(?!(?:scene|moment|bit|line|lines|shot|part|joke|speech|exchange|sequence|gag|quote|"
    r"chorus|verse|solo|section|cameo|reveal\s+moment)\b)[a-z][\w-]*\s*$", re.IGNORECASE)
# (named by the stretch it gathers too: "A volunteer made a highlight reel of the week (4:36)")
# (or handed to the reader: "Here&#8217;s the kapa haka festival video (2:31:40) with what to watch" (round 127))
_INTRODUCED_WORK = regex(rf"(?:^|\s)(?:(?:an?|another)\s+|(?:here(?:['’]|&(?:rsquo|#8217|#39|apos);)s|here\s+is|"
                         rf"below\s+is|above\s+is)\s+(?:(?:the|our|my|this|their)\s+)?)"
                         rf"(?:(?!(?:where|when|how|what|why|who|which)\b)[\w'’-]+,?\s+){{0,3}}{LENGTH_MEDIA}"
                         r"(?:\s+of\s+the\s+(?:week|day|month|year|season|night|weekend|tournament|match))?\s*$",
                         re.IGNORECASE)


def _titled_by_maker(text: str, b: int, paren: int) -> bool:
    """A quoted title and who made it close just before the bracket at ``paren``: a credit's length."""
    return _QUOTED_TITLE_BY.search(text, max(b, paren - TITLE_BY_CHARS), paren) is not None


# How far before its bracketed length a credit's quoted title may open.
TITLE_BY_CHARS = 90
# A quoted title and who made it, its length in brackets after: 'Music: “Coastline” by Ferrow (3:14)' (quotes as
# pasted HTML writes them too: "&ldquo;Coastline&rdquo;").
_QUOTE_MARK = r"(?:[\"“”‘’']|&(?:[lr][ds]quo|quot);)"
_QUOTED_TITLE_BY = regex(
    rf"{_QUOTE_MARK}[^\"“”‘’&<>\n]{{1,60}}{_QUOTE_MARK}\s+by\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z&])[\w'’.-]*){{0,3}}\s*$",
    re.IGNORECASE)
# A quoted title of a few words in title case, its brackets right after: '"Forty Shades of Grey Seal" (',
# "‘Lowland’ (" (not quoted speech, '"Get down" (1m 12s)', which cites where it is said).
_TITLE_WORD = r"(?:(?-i:[A-Z0-9])[\w'’:,-]*|(?-i:of|the|a|an|and|in|on|at|to|for|with|or|from|by))"
_QUOTED_TITLE_BRACKETS = regex(
    rf"{_QUOTE_MARK}(?-i:[A-Z0-9])[\w'’:,-]*(?:[^\S\n]+{_TITLE_WORD}){{0,8}}{_QUOTE_MARK}[^\S\n]*(?P<inner>\()"
    r"[^()\n]{1,80}\)")
# A heading's or a caption's element, its text closed by brackets: "<h3>Sourdough (video, 18:40)</h3>".
_HEADING_BRACKETS = regex(
    r"<(?P<tag>h[1-6]|caption|figcaption)\b[^<>\n]{0,60}>[^<>()\n]{1,120}(?P<inner>\([^()\n]{1,80}\))[ \t]*</(?P=tag)>",
    re.IGNORECASE)
# The last item of the brackets, after a comma: "(MIT 8.01, 1:14:20)", "(BBC Four, 1 hr 30 min)".
_LAST_ITEM = regex(rf"(?<=[,;])[ \t]*(?P<d>{TC_TEXT}|{DURATION}|{COMPACT})[ \t]*(?=\))", re.IGNORECASE)
# An item of those brackets that is a length in words, alone between its commas or the brackets.
_TITLE_ITEM = regex(rf"(?<=[(,;])[ \t]*(?P<d>{DURATION}|{COMPACT})[ \t]*(?=[,;)])", re.IGNORECASE)
# A tracklist's number before the title ('3. "Weir" – trad., arr. Morrow'), then the track's cue point in the mix,
# bracketed or bare: "02. [04:32] ", "[1:58:40] ", "11:05 ".
_ENTRY_OPENING = regex(
    r"^(?:\d{1,2}[.)]\s+)?(?P<cue>\[\d{1,2}(?::[0-5]\d){1,2}\]\s+|\d{1,2}(?::[0-5]\d){1,2}\s+)?")
# How many words a title or an artist may have: a few, or more on a line a cue point opens.
TITLE_WORDS = 6
CUED_TITLE_WORDS = 10
_ARTIST_JOINERS = frozenset(("+", "&", "x", "×", "ft.", "feat.", "featuring", "vs", "vs.", "and", "with"))
# (and a track's credit: "trad., arr. Morrow", "trans. Kelly")
# A track's credit written out, opening the artist's side: "traditional, arr. The Kilsallagh Strings", "anon.,
# arranged by Hale", "words and music by Ní Riain".
_CREDIT_OPENING = regex(r"(?:traditional|trad|anonymous|anon|arranged\s+by|words\s+and\s+music\s+by|music\s+by)\b",
                        re.IGNORECASE)
_ABBREVIATION = regex(r"\b(?:ft|feat|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Vol|No|trad|arr|trans|orig)\.", re.IGNORECASE)


def _length_before_positions(text: str, m: re.Match[str], segment: str, e: int) -> bool:
    """"In the club's highlights package (4:32), the opener is at 0:41 and the equaliser at 1:58": a work, its
    timecode in brackets, a comma or a colon, then positions in the rest of the sentence that all fall inside it: its
    length (not "In the video (0:45), he falls", a position cited, with no position after it)."""
    if not text.startswith((",", ":"), m.end()) or not _ends(_WORK_END, segment):
        return False
    length = _value(m.group("d"))
    later = [_value(t.group(0)) for t in TIMECODE.finditer(text, m.end(), e)]
    return length is not None and bool(later) and all(v is not None and v < length for v in later)


def _labelled_turn(text: str, b: int, m: re.Match[str], e: int) -> bool:
    """"Speaker 2 (27:14): So ...": a transcript's speaker label, timed (not a work to watch, then what it holds:
    "Watch the highlights (4:48): the reverse scoop ... is at 2:02", round 115)."""
    if not text.startswith(":", m.end()):
        return False
    segment = _segment_before(text, _title_floor(text, b, m.start()), m.start())
    return not _watched_work(text, m, segment, e) and not _length_before_positions(text, m, segment, e) \
        and not _NUMBERED_WORK.search(text, max(b, m.start() - 24), m.start())


# A work named by its kind and number, which a label's colon follows: "- Ep 98 (1:04:00): no standout, listen from
# the start" (round 135), "Part 2 (47:30): the trial" – the episode's length, no speaker's turn.
_NUMBERED_WORK = regex(r"(?<![\w.])(?:ep|eps|episode|part|pt|track|vol|volume|lecture)\.?\s*#?\d+\s*$", re.IGNORECASE)


def _watched_work(text: str, m: re.Match[str], segment: str, e: int) -> bool:
    """The reader sent to watch a work, its timecode in brackets right after it: "Watch the highlights (4:48): the
    reverse scoop ... is at 2:02", "Catch the Bulls' highlights (5:40)" (round 115): the work's length, unless a
    later position of the sentence passes it (not a thing in the footage to watch: "watch the keeper's gloves
    (1:24)")."""
    low = segment.lower()
    if ("atch" not in low and "tream" not in low and "view" not in low) or not _ends(_WATCHED_WORK_END, segment):
        return False
    length = _value(m.group("d"))
    later = [_value(t.group(0)) for t in TIMECODE.finditer(text, m.end(), e)]
    return length is not None and all(v is not None and v < length for v in later)


# A work's or a file's length in its brackets: a filmography's "*Monsoon Letters* (1994, 2:18:00)" (year, then
# length; its director may come first: "(dir. Niamh Costello, 2024, 1h 52m)", or after the year, and its
# certificate after: "(2024, dir. Maren Holt, 1h 58m, cert. 15)") and "Dashcam file 20250311_0719.MP4 (3 min 12 s)"
# (a media file's name, then its length).
_DIRECTOR_ITEM = r"(?:dir\.|directed\s+by)[^\S\n]+[^()\n,;]{1,40}[,;][^\S\n]*"
_WORK_PAREN = regex(
    rf"(?:\((?:{_DIRECTOR_ITEM})?(?:1[89]|20)\d\d[^\S\n]*[,;][^\S\n]*(?:{_DIRECTOR_ITEM})?"
    r"|\.(?:mp4|mov|avi|mkv|m4v|webm|wmv|mts|wav|mp3|m4a|flac|ogg)"
    # (no comma inside the length: "(2026, 1h 52m, 15)" ends at "52m", its certificate after)
    # (spaced as pasted HTML writes it: "<em>Salt Roads</em> (2024, 52&nbsp;min)" (round 127))
    r"[^\S\n]*\()((?=[^()\n]{0,30}\d)(?:[\d:.]+|[^\S\n]+|&nbsp;|&#160;"
    r"|(?:h(?:rs?|ours?)?|m(?:ins?|inutes?)?|s(?:ecs?|econds?)?)\b)"
    r"{1,12}(?:\)|(?=,[^\S\n]*(?:cert\b|certificate|rated|PG|12A|15A|NC-17|TV-|\d{1,2}A?\)))))", re.IGNORECASE)

# A bracket holding only a length and the kind of work it is the length of (round 110: "the blitz is at 2:50 (5:12
# video)"): the work's running time, never a position ("(at 5:12 in the video)" says where).
_LENGTH_THEN_WORK_PAREN = regex(
    rf"\((?P<d>{TC_TEXT})[^\S\n]*(?:-?[^\S\n]*long[^\S\n]+)?(?:(?:full|whole|entire|complete)[^\S\n]+)?{LENGTH_MEDIA}\)",
    re.IGNORECASE)
# The work's kind, then its length, in brackets right after an emphasised or quoted title (round 110: "**Sofa-to-Strong,
# Day 3** (video 21:40) — warm-up starts at 0:00"): the titled work's running time (a bracket after prose, "draws his
# weapon (video 1:12) and steps back", may cite a position).
_WORK_THEN_LENGTH_PAREN = regex(
    rf"(?:[*_]|</(?:b|strong|em|i)>|[\"”’])[^\S\n]*\((?:(?:full|whole|entire|complete)[^\S\n]+)?{LENGTH_MEDIA}"
    rf"[^\S\n]*:?[^\S\n]*(?P<d>{TC_TEXT})\)", re.IGNORECASE)

# A work, then its source and its length in brackets: "Highlights of Spurs 3–2 Villa (Sky Sports, 8:55)", "the
# interview (BBC Sport, 4:12)".
_SOURCE_PAREN = regex(
    rf"\b(?:highlights|{LENGTH_MEDIA})\b[^()\n.!?]{{0,60}}\((?-i:[A-Z])[\w&'’.-]*(?:[^\S\n]+[\w&'’.-]+){{0,2}},"
    rf"[^\S\n]*(?P<d>{TC_TEXT})\)", re.IGNORECASE)


# A list item's title line closed by the work's maker or channel and its length in brackets: "1. Gay Gordons
# (Edinburgh Dance Collective, 7:12)", "- Strip the Willow (Highland Rovers, 11:30)" (round 112): each item a work of
# its own, as _SOURCE_PAREN reads "Highlights of Spurs 3–2 Villa (Sky Sports, 8:55)" (not an item of a list of
# moments, where the bracket places one: "- The parade (Main Street, 1:32)" under "Best bits:").
_LISTED_SOURCE_PAREN = regex(
    r"[*_]{0,2}(?-i:[A-Z])[^()\n.!?:;]{1,60}?[*_]{0,2}[ \t]+"
    rf"\((?P<n>(?-i:[A-Z])[\w&'’.-]*(?:[^\S\n]+[\w&'’.-]+){{0,4}}),[^\S\n]*(?P<d>{TC_TEXT})\)[ \t*_.]*(?=\n|$)")
_LIST_MARK = regex(r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+")


def _listed_source_length(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """The span of the length in :data:`_LISTED_SOURCE_PAREN`'s bracket, on the list item's line that ``text[b:e]``
    starts (its number may be a sentence of its own: "1." then "Gay Gordons (...)")."""
    if text.find("(", b, e) < 0 or text.find(",", b, e) < 0:
        return []
    line_start = text.rfind("\n", 0, b) + 1
    mark = _LIST_MARK.match(text, line_start, e)
    if mark is None or text[mark.end():b].strip():
        return []
    m = _LISTED_SOURCE_PAREN.match(text, max(b, mark.end()), max(e, text.find(")", b) + 1))
    if m is None or not _maker_name(m.group("n")) or _in_moments_list(text, m.start("d")) \
            or _is_chapter_line(text, m.start("d")):
        return []
    # (the item's lines may place things in its work, inside its length: "1. The Rose's dance (Night One, 24:10)\n
    # her face at 24:32 ..." places one past it, so the bracket is where the item's moment is)
    length = _value(m.group("d"))
    item_end = text.find("\n\n", m.end(), m.end() + NAMED_LENGTH_CHARS)
    later = TIMECODE.search(text, m.end(), item_end if item_end >= 0 else min(len(text), m.end() + NAMED_LENGTH_CHARS))
    if length is None or later is not None and (_value(later.group(0)) or 0.0) >= length:
        return []
    return [m.span("d")]


def _maker_name(name: str) -> bool:
    """Whether ``name`` reads as a maker's or a channel's: every word capitalised (or a joining word), no kind of
    work among them ("Edinburgh Dance Collective", "Glasgow Uni Ceilidh Soc"; not "Night one" nor "Titans
    highlights", which name the work a position is in)."""
    words = name.split()
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _JOINING_WORDS for w in words) \
        and _MAKER_MEDIA.search(name) is None and not words[-1][:1].isdigit()


_JOINING_WORDS = frozenset(("of", "and", "&", "the", "for", "de", "du", "la", "le", "van", "von"))
_MAKER_MEDIA = regex(rf"\b(?:{LENGTH_MEDIA}|highlights?|night|day|part|round|game|match|ep|episode)\b", re.IGNORECASE)


# A numbered point of the footage, not a work with a length: "Cue 88 (00:12:04:15) is missing the italics".
_POINT_LABEL = regex(
    r"(?:^|\s)(?:cue|marker|caption|subtitle|line|frame|event|comment|note|flag|bookmark)\s+#?\d+\s*$", re.IGNORECASE)


# Sentence punctuation in a title segment; a dot before a number is none ("Lecture 3.1 – Pandas basics (38:12)", "Ep. 2
# Salt Roads (39:55)").
# (an abbreviation's dot stops no sentence: '"Biscuit vs. the Roomba" (1:48)', '"Mr. Whiskers Opens Doors" (0:59)')
_SENTENCE_STOP = regex(
    r"[!?]|(?<!\bvs)(?<!\bVs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bVol)(?<!\bPt)"
    r"(?<!\bEp)(?<!\bfeat)(?<!\bft)\.(?![^\S\n]?\d)")


def _title_floor(text: str, b: int, paren: int) -> int:
    """Where a title before the bracket at ``paren`` may begin: the sentence's start, or the line's where the bracket
    opens the sentence after a title ending in "?" or "!" ("• Ben Lomond in Winter — Crampons or Not? (24:10) · 310K
    views", round 96: the question mark closes the title, not a sentence)."""
    if text[b:paren].strip() or not text[max(0, b - 3):b].rstrip(" \t").endswith(("?", "!")):
        return b
    return text.rfind("\n", 0, b) + 1


def _semicolon_before(text: str, b: int, pos: int) -> int:
    """The last semicolon in ``text[b:pos]`` that is punctuation (-1 if none): the one closing an HTML entity is not
    ("Here&#8217;s the festival video (2:31:40)", round 127)."""
    at = text.rfind(";", b, pos)
    while at >= 0 and _ENTITY_BEFORE.search(text, max(b, at - 10), at):
        at = text.rfind(";", b, at)
    return at


# An HTML entity's opening, right before its closing semicolon: "&#8217", "&rsquo", "&nbsp", "&#x2019".
_ENTITY_BEFORE = regex(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8})$")


def _segment_before(text: str, b: int, pos: int, label: bool = False) -> str:
    """The title segment before a parenthesis at ``pos``, from the last line, bar, bullet or semicolon; a tag
    ends the segment too: "<li>Clip A (0:45) — protesters gather</li>". With ``label``, a numbered part's label
    stays on it ("Ep. 32: Ice tech ..."), else the segment opens at the part's number."""
    seg_start = max(max(text.rfind(sep, b, pos) for sep in "\n|•·>") + 1, _semicolon_before(text, b, pos) + 1, b)
    if _INLINE_TAG_ENDS.search(text, max(b, seg_start - 9), seg_start):
        # "<i>Glen Corrie</i> (2h 06m)": an inline element's tag ends no title
        seg_start = max(max(text.rfind(sep, b, pos) for sep in "\n|•·") + 1, _semicolon_before(text, b, pos) + 1, b)
        seg_start = _past_block_tags(text, seg_start, pos)
        segment = _INLINE_TAG.sub("", text[seg_start:pos])
    else:
        segment = text[seg_start:pos]
    if "](" in segment:  # a Markdown link is read as its words: "**Recording:** [Panopto link](https://…) (1:14:52)"
        segment = _UNTIMED_LINK.sub(r"\g<words>", segment)
    if "." in segment:  # "in order: Ep. 1 The Harbour (42:10)": the title is the numbered part's, from its number
        labels = list(_PART_LABEL.finditer(segment))
        if labels:
            segment = segment[labels[-1].start() if label else labels[-1].end():]
    return segment.strip(" \t-–—*#>:")


def _past_block_tags(text: str, start: int, pos: int) -> int:
    """Where a title may begin at or after ``start``: past the last tag before ``pos`` that is no inline element's, as
    the segment starts past any tag when no inline element closes it: "<p>Video: <em>Milk tart the old way</em>
    (6:12)</p>", "<li><i>Suya at midnight</i> (9:40)</li>" (round 153: the block's tag is no word of the title)."""
    for tag in _ANY_TAG.finditer(text, start, pos):
        if not _INLINE_TAG.fullmatch(tag.group()):
            start = tag.end()
    return start


# Any HTML tag, opening or closing.
_ANY_TAG = regex(r"</?[a-zA-Z][^<>\n]{0,200}>")
# An inline element's tags around a title's words: "Five best scenes in <i>Glen Corrie</i> (2h 06m)" (round 124).
_INLINE_TAG = regex(r"</?(?:i|b|em|strong|cite|u)>", re.IGNORECASE)
_INLINE_TAG_ENDS = regex(r"</?(?:i|b|em|strong|cite|u)>$", re.IGNORECASE)
# A numbered part's abbreviated label ("Ep. 87 — The Lighthouse Keepers (52:18)"), which no sentence ends at.
_PART_LABEL = regex(r"\b(?:Ep|Eps|Pt|Pts|Ch|Chap)\.[^\S\n]*(?=\d)", re.IGNORECASE)


# A Markdown link whose address holds no time ("?t=", "#t=", "start="): its words and its address.
_UNTIMED_LINK = regex(r"\[(?P<words>[^\[\]\n]{1,80})\]\((?![^()\s]*[?&#](?:t|start|time)=)[^()\s]{1,300}\)")


def _emphasised_title(text: str, b: int, paren: int, after: int) -> bool:
    """The bracket closes an emphasised title of a few words, its length inside the emphasis: "*Trailer (2:12)*",
    "_Lowland (1:46:10)_" (Markdown's way to set a title apart)."""
    return text.startswith(("*", "_"), after) and \
        _EMPHASISED_TITLE.search(text, max(b, paren - EMPHASISED_TITLE_CHARS), paren) is not None


EMPHASISED_TITLE_CHARS = 60


def _emphasised_line(text: str, paren: int) -> bool:
    """The bracket closes a line that is one emphasised title, however long, a list's number inside or before the
    emphasis: "**5. The supermarket one with the turkey on the Luas** (1:30)" (round 112), each ranked work's
    heading closed by its length, as a short title's bracket is (not a bracket inside the emphasis's prose)."""
    line_start = text.rfind("\n", 0, paren) + 1
    return paren - line_start <= EMPHASISED_LINE_CHARS \
        and _EMPHASISED_LINE.fullmatch(text, line_start, paren) is not None


EMPHASISED_LINE_CHARS = 160
# (the title opens with a capital or its number, and no sentence stops inside it)
_EMPHASISED_LINE = regex(
    r"[ \t]*(?:\d{1,2}[.)][ \t]+)?(?P<e>\*\*|__)(?:\d{1,2}[.)][ \t]+)?(?-i:[A-Z0-9\"“‘'])[^*_\n.!?]{0,140}(?P=e)[ \t]*")
# An emphasis opened on a capitalised word, the title running up to the bracket: "*Trailer ", "_The Long Walk ".
_EMPHASISED_TITLE = regex(r"(?<![*_\w])[*_]{1,2}(?-i:[A-Z0-9])[^*_\n().!?:;]{0,50}$")


def _after_symbols(segment: str) -> str:
    """The segment past the symbols a heading may open with ("📺 Trailer reaction", "★ Review"): its first word."""
    start = 0
    while start < len(segment) and (segment[start].isspace() or unicodedata.category(segment[start])[0] == "S"):
        start += 1
    return segment[start:]


def _title_case(words: list[str], segment: str) -> bool:
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words) \
        and not _TIME_WORD.match(segment)


def _after_dash(segment: str) -> tuple[list[str], str]:
    """The words after a spaced dash: "Season 3, Episode 7 — The Lighthouse Keepers" names "The Lighthouse Keepers"."""
    m = _SPACED_DASH.search(segment)
    tail = segment[m.end():] if m else ""
    return tail.split(), tail


_SPACED_DASH = regex(r"\s[—–]\s(?!.*\s[—–]\s)")
# (a produced cut of an event called by its kind too: "On the race's YouTube stage summary (9:48), the decisive attack
# is at about 6:30" (round 151), "the league's weekly round-up (12:05)")
_WORK = (rf"(?:{LENGTH_MEDIA}|highlights|highlights\s+package|recap|{PRODUCED_CUT}|VOD|stream|speech|address|hearing|"
         r"briefing|"
         r"press\s+conference|testimony|lecture|talk|keynote|sermon|match|game|concert|show|set|session|replay|"
         # a public body's recorded meeting, said whole: "Watch the full meeting (3:05:22) on the municipality's
         # website" (round 115), "the entire debate (1:52:04)", "the whole ceremony (58:20)"
         r"meetings?|debates?|sittings?|proceedings|ceremony|ceremonies|"
         # an extra released apart from the work: "A deleted scene (2:45) was uploaded to the show's YouTube channel"
         # (round 137)
         r"deleted\s+scenes?|outtakes?|bloopers?)")
# "from the official highlights (6:12)", "the full, unedited interview (41:07)": a whole work, then its length.
# "Played in full (2:30)", "shown in its entirety (4:10)": the whole of the work, its length.
_WHOLE_WORK_END = regex(
    rf"(?<![\w-])(?:full|whole|entire|complete|official|extended|unedited|uncut|original|condensed)"
    # (placed on the page: "Watch the full video above (11:24)" (round 101))
    rf"(?:,?\s+[\w'’-]+){{0,2}}?\s+{_WORK}(?:\s+(?:above|below|here))?\s*$"
    r"|\b(?:in\s+full|in\s+(?:its|their)\s+entirety|(?:from\s+)?(?:start|beginning)\s+to\s+(?:finish|end))\s*$",
    re.IGNORECASE)
_WORK_END = regex(rf"(?<![\w-]){_WORK}\s*$", re.IGNORECASE)
# A verb sending the reader to watch, the work's determiner, a word or two, then the work (not a part of one: "watch
# the cut (0:45)", "the second set (1:12:30)").
_WATCHED_WORK_END = regex(
    rf"(?<![\w-])(?:watch|re-?watch|stream|catch|view)\s+(?:the|our|this|their|its|today['’]s|tonight['’]s|"
    rf"[\w-]+['’]s?)\s+(?:[\w'’-]+\s+){{0,2}}?(?!(?:cut|segment|excerpt|set|short|version)\b){_WORK}\s*$",
    re.IGNORECASE)
# A whole work named in brackets, where it is, then its length: "(full game on YouTube, 2:01:14)".
_WHOLE_WORK_IN_PAREN = regex(
    rf"\((?:the\s+)?(?:full|whole|entire|complete|extended|unedited|uncut)\s+(?:[\w'’-]+\s+)?{_WORK}\b"
    rf"[^(),\n]{{0,40}},[^\S\n]*(?P<d>{TC_TEXT}|{COMPACT})[^\S\n]*\)", re.IGNORECASE)
# "Full highlights (8:04) are on the club's channel", "The stream (2:14:00) is now up on Twitch": where it is.
# Or how it was made: "The music video (4:05) was directed by ... and filmed in Kisumu" (round 93): no position in a
# work is directed or filmed; the whole work is.
_AVAILABLE_AFTER = regex(
    r"\s*(?:is|are|was|were|has\s+been|have\s+been|went|goes|can\s+be)\s+(?:now\s+|also\s+|still\s+|first\s+|"
    r"originally\s+)?"
    r"(?:up|on|online|available|posted|uploaded|published|released|streaming|found|watched|seen|linked|here|live|"
    r"viewed|shared|downloaded|removed|deleted|taken\s+down|viral|"
    r"(?:co-?)?directed|filmed|shot|recorded|produced|edited|animated|choreographed|premiered|commissioned|"
    r"(?:made|created)\s+(?:by|for|in|with|on|over|during)|"
    # where on the page: "Our highlights package (4:50) is above." (not "below par")
    r"(?:(?:embedded|attached|pinned|linked)\s+)?(?:above|below|embedded|attached|pinned|at\s+the\s+(?:top|bottom))"
    r"(?=\s*(?:[.,;:!)—–]|$|(?:here|this|the\s+(?:article|post|story|report|text|page))\b)))\b",
    re.IGNORECASE)


def _whole_work(segment: str, text: str, after: int) -> bool:
    """The parenthesis follows a whole work named as one ("the official highlights"), or a work said to be
    somewhere ("Full highlights (8:04) are on ...", "The full replay is on the broadcaster's app (3 hrs 12
    mins)"): its length, not a position in it."""
    if _ends(_WHOLE_WORK_END, segment) or _ends(_WORK_AVAILABLE_ON, segment) or _ends(_WHOLE_WORK_ON, segment):
        return True
    return _ends(_WORK_END, segment) \
        and (_AVAILABLE_AFTER.match(text, after) is not None or _ends(_TIMES_FROM, segment))


def _ends(pattern: re.Pattern[str], segment: str) -> bool:
    """``pattern`` (anchored with $) matches the end of the title segment ``segment``, tried over its last
    ``SEGMENT_REACH`` characters only (the characters before still seen by its look-behinds): a segment runs back to
    its sentence's start where no separator cuts it, and each pattern's alternation tried at every position of it,
    for every bracket of a sentence of thousands of "(2:27)", was the most of a minute per 100 kB."""
    return pattern.search(segment, max(0, len(segment) - SEGMENT_REACH)) is not None


# How far back from a title segment's end a work's words ending it are read (a work named, its verbs and a place:
# "The full replay is on the broadcaster's app").
SEGMENT_REACH = 200


# "Highlights are now up on the club's channel (9:48)": a work said to be somewhere, then its length closing that.
_WORK_AVAILABLE_ON = regex(
    rf"(?<![\w-]){_WORK}\s+(?:is|are|has\s+been|have\s+been|went|goes)\s+(?:now\s+|also\s+)?(?:up|online|available|"
    r"posted|uploaded|live|out)\s+(?:on|at|via|in|from)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+\s*$", re.IGNORECASE)
# "The full replay is on the broadcaster's app": a whole work said to be somewhere, with no "up" or "online"; so is
# the official or original cut, as _WHOLE_WORK_END reads one (round 112: "the official highlights are on the
# Camanachd Association channel (9:48)").
_WHOLE_WORK_ON = regex(
    rf"(?<![\w-])(?:full|whole|entire|complete|extended|unedited|uncut|official|original|condensed)\s+(?:[\w'’-]+\s+)?{_WORK}\s+(?:is|are)\s+"
    r"(?:now\s+|also\s+|still\s+)?(?:on|at|via)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+\s*$", re.IGNORECASE)
# "All timestamps refer to the highlights video (6:12)", "Times are from the club's stream (1:48:10)": the work the
# times count in, named with its length.
_TIMES_FROM = regex(
    r"\b(?:time\s?stamps?|times|timecodes?|chapters|positions)\b[^()]{0,30}?"
    r"\b(?:from|for|refer\s+to|relate\s+to|match|are\s+(?:based\s+)?on|count\s+(?:from|in))\s+"
    r"(?:the|this|that|our|their|its|his|her|[\w'’-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*$", re.IGNORECASE)


# (not a chapter's own number and title, "Chapter 1 – The Ferry (12:41)": one chapter named, an audiobook's closed
# by its length)
_CHAPTER_HEADING = regex(
    r"\b(?:chapters?(?![^\S\n]*\d{1,3}[^\S\n]*[:.–—-])|timestamps?|contents|key\s+moments|jump\s+to)\b\s*:?",
    re.IGNORECASE)
# A chapter starting the work in brackets, "(0:00)"; with its hours or said to start there too: "Intro to doubt
# (starts 0:00:00) · The dream argument (0:12:30)" (round 151): no length is nought, so the line's brackets are starts.
_ZERO_PAREN = regex(r"\((?:(?:starts?|starting|begins?|beginning|from)(?:\s+at)?\s+)?(?:0{1,2}:)?0{1,2}:00\)",
                    re.IGNORECASE)


def _stamped_list_line(text: str, pos: int, opens: re.Pattern[str] | None = None) -> bool:
    """The timecode at ``pos`` opens its line, and the line above or below opens with a timecode too (or with what
    ``opens`` matches): a list of chapters or cues ("00:27 Trailer part 1\n01:22 Trailer part 2"), each stamp where
    its line's part starts."""
    opens = opens or _OPENS_WITH_STAMP
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip(" \t-*•[("):
        return False
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    below = text.find("\n", pos)
    return (line_start > 0 and opens.match(text, above) is not None) \
        or (below >= 0 and opens.match(text, below + 1) is not None)


# (or a compact stamp: "0h04m Praise and worship", "12m30s Q&A")
_COMPACT_STAMP = regex(r"\d{1,2}h[0-5]\dm(?:[0-5]\ds)?|\d{1,3}m[0-5]\ds")
# A line's mark before its stamp ("- ", "• ", "(", "["), then the stamp.
_LINE_MARK = r"[ \t]*(?:[-*•][ \t]*)?[(\[]?"
_COMPACT_AT = rf"(?:{_COMPACT_STAMP.pattern})(?![\w])"
_OPENS_WITH_COMPACT = regex(rf"{_LINE_MARK}{_COMPACT_AT}")
_OPENS_WITH_STAMP = regex(rf"{_LINE_MARK}(?:\d{{1,2}}(?::[0-5]\d){{1,2}}(?![\d:])|{_COMPACT_AT})")


def _is_chapter_line(text: str, pos: int) -> bool:
    """"Chapters: Intro (0:00) | Setup (1:30)": titles with their start times, not their lengths
    (a list that starts at (0:00), or one under a chapters heading on its line)."""
    line_start = text.rfind("\n", 0, pos) + 1
    whole_line, label = _chapter_line(text, line_start)
    return whole_line or (0 <= label < pos and _CHAPTER_LABEL_INLINE.search(text, label, pos) is not None)


@lru_cache(maxsize=8)
def _chapter_line(text: str, line_start: int) -> tuple[bool, int]:
    """What :func:`_is_chapter_line` reads of the whole line at ``line_start``, read once per line, not once per
    bracket on it (a line of thousands of "(2:27)" was read to its end for each): whether the line is a chapter
    list's, and where the first chapters label with its colon stands on it (-1 if none; no inline label's match
    starts before it)."""
    line_end = text.find("\n", line_start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    whole_line = bool(_ZERO_PAREN.search(line) or _CHAPTER_HEADING.match(line.lstrip(" \t#*>-"))) \
        or ("(" in line and _under_chapter_heading(text, line_start))
    label = _CHAPTER_LABEL_KEY.search(line) if ":" in line else None
    return whole_line, -1 if label is None else line_start + label.start()


# "... and we talk to her sister. Chapters: The motel (02:10) · The phone records (18:44)": a chapters label
# after prose on its line, then titled items each closed by its bracketed time, up to the one at ``pos``.
_CHAPTER_LABEL_INLINE = regex(
    r"\b(?:chapters?|time\s?stamps?|contents|key\s+moments|jump\s+to)[^\S\n]*:[^\S\n]*"
    r"(?:[^\n.!?()]{1,80}\([^\S\n]*\d[\d:.]*[^\S\n]*\)[^\S\n]*[·•|;,/–—-]?[^\S\n]*){0,30}[^\n.!?()]{1,80}$",
    re.IGNORECASE)
# Where a match of _CHAPTER_LABEL_INLINE can start: its label and colon.
_CHAPTER_LABEL_KEY = regex(r"\b(?:chapters?|time\s?stamps?|contents|key\s+moments|jump\s+to)[^\S\n]*:", re.IGNORECASE)


# A line of a chapter list that ends with its time in brackets: "Stripping the headstock (3:41)", "- Setup (1:30)".
_PAREN_TIME_LINE = regex(rf"[^\n]{{0,120}}\({TC_TEXT}\)[ \t*_.]*$", re.MULTILINE)
# A chapter list's heading alone on its line: "Chapters", "## Timestamps:", "**Contents**".
_CHAPTER_HEADING_LINE = regex(
    r"[ \t#>*_]*(?:chapters?|time\s?stamps?|contents|key\s+moments)[ \t]*:?[ \t*_]*$"
    # a line that ends by sending the reader to the parts below: "Skip to the part you want:", "Jump to:"
    r"|[^\n]{0,80}?\b(?:skip|jump|go|fast[\s-]?forward|navigate)\s+(?:straight\s+|right\s+|ahead\s+)?to\b[^\n.!?]{0,40}"
    r":[ \t*_]*$", re.IGNORECASE)
# A chapter's title with no time, under the heading: "Introductions" (its time, 0:00, goes unsaid).
_UNTIMED_TITLE_LINE = regex(r"[ \t#>*_-]*[^\W\d][^\n.!?:()]{0,60}")


def _under_chapter_heading(text: str, line_start: int) -> bool:
    """The line at ``line_start`` is one of a run of lines ending with bracketed times ("The seized bearing
    (12:05)") under a "Chapters" heading on its own line, or a run whose entry says (0:00): positions."""
    for above, end in lines_above(text, line_start, MAX_LIST_ITEMS_ABOVE):
        line = text[above:end]
        if _CHAPTER_HEADING_LINE.fullmatch(line):
            return True
        if not _PAREN_TIME_LINE.fullmatch(line):
            heading = text.rfind("\n", 0, max(0, above - 1)) + 1
            # one untimed title may open the list, right under its heading
            return above > 0 and _UNTIMED_TITLE_LINE.fullmatch(line) is not None \
                and _CHAPTER_HEADING_LINE.fullmatch(text, heading, above - 1) is not None
        if _ZERO_PAREN.search(line):
            return True
    return False


_QUOTES = "'\"‘“"
_LIST_ITEM = regex(r"[ \t]*(?:\d{1,2}[.)]|#\d{1,2}\b|[-*•](?![*_]))")  # "**Top moments**" is no item
# "10 best moments from the final:", "Ranking every goal from Saturday's highlights video:"; a recipe's or a
# guide's steps, each with where the video shows it ("Method (video steps in brackets):", "Steps:")
_MOMENTS_HEADING = regex(
    r"\b(?:moments?|highlights?|goals?|best\s+bits|key\s+plays|saves|tries|wickets|knockdowns|"
    r"steps?|method|instructions|directions)\b[^\n]*:\s*$",
    re.IGNORECASE,
)
# A title line with no colon that names moments: "Top 5 moments from last night's debate", "## Key beats of the
# finale" (no sentence: "Nice moments." ends one; "highlights" or "goals" alone may head a playlist of clips, and
# "for the moment" is no list of moments).
# (the whole work's length may close it: "Top 7 moments from last night's stream (full VOD 4:32:10)")
_MOMENTS_TITLE = regex(
    r"[ \t#>*_]*(?=[^\n]{0,100}$)[^\n.!?:]*?\b(?:moments|best\s+bits|key\s+plays|(?:key\s+|story\s+)?beats)\b"
    r"(?:[^\n.!?:]|(?<=\d)[:.](?=\d))*",
    re.IGNORECASE,
)
# A title line counting things inside one work: "Every explosion in the "Rogue Delta" trailer, ranked", "All the
# cameos in last night's episode", "Each save from the Sunday stream" (not works of their own: "Every trailer from
# the showcase", "All the clips in this compilation" list works and their lengths).
_PARTS_OF_ONE_WORK = regex(
    rf"^[ \t#>*_]*(?:every|each|all(?:\s+of)?(?:\s+the)?)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?!(?:{LENGTH_MEDIA}|{PLAYED_THING})s?\b)[\w'’-]+\s+(?:in|from|of|during)\s+"
    rf"(?:the|this|that|its|his|her|their|our|[\w'’-]+['’]s)\s+(?:[^\n().!?]{{0,60}}?\s)?{MEDIA_NOUN}\b",
    re.IGNORECASE,
)
# A heading that says its list gives timestamps: "5 moments you might have missed (timestamps are for the 58-minute
# episode on iPlayer)", "timestamps refer to the director's cut" (not "Tracklist / timestamps for the mix:").
# (or where they stand: "goals in order (timestamps in brackets)", "timestamps in parentheses")
_TIMESTAMPS_SAID = regex(
    r"\btime[\s-]?stamps?\s+(?:are|refer|(?:are\s+)?in\s+(?:the\s+)?(?:brackets|parenthes[ie]s|parens))\b"
    # "(times in brackets are where each step starts in my video)" (not "run times in brackets")
    r"|(?<!\brun\s)(?<!\brunning\s)(?<!\bcooking\s)(?<!\bbaking\s)\btimes\s+in\s+(?:the\s+)?"
    r"(?:brackets|parenthes[ie]s|parens)\s+(?:are\s+)?(?:where|when|positions|points)\b"
    # "(Times are from the start of the iPlayer recording)", "times refer to the club's upload": where in a recording
    # (not "Running times are from the Blu-ray", nor "Times are from the official race timing")
    r"|(?<!\brun\s)(?<!\brunning\s)(?<!\bcooking\s)(?<!\bbaking\s)\b(?:times|timecodes?)\s+(?:are\s+|were\s+)?"
    r"(?:all\s+)?(?:taken\s+|given\s+|counted\s+)?(?:from|in|refer\s+to|relate\s+to|count\s+from|are\s+for)\s+"
    r"(?:the\s+(?:start|beginning)\s+of\s+)?(?:the|this|that|our|their|its|[\w'’-]+['’]s?)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{MEDIA_NOUN}\b"
    # an intro saying the times below are where things are: "all the times below are positions in it", "so here's
    # where to find the good parts" (round 94; not "here's where to find the full video"); a heading's bracket saying
    # so with no "below": "(times are positions in our 8-minute compilation)", "(timings are points in the reel)",
    # "(the times are where each one is in the VOD)", "(each time is where the save happens)", "(timestamps show where
    # each save is)" (round 119; not "run times are ...")
    r"|(?<!\brun\s)(?<!\brunning\s)(?<!\bcooking\s)(?<!\bbaking\s)"
    r"\b(?:(?:each|every)\s+(?:time|timing|time\s?stamp)|times|timings|timecodes?|time\s?stamps?)\s+"
    r"(?:(?:below|above|listed|given|shown|here)\s+)?(?:are\s+|is\s+|refer\s+to\s+|show\s+|shows\s+|mark\s+|marks\s+)"
    r"(?:all\s+)?(?:positions|points|places|where\s+(?:each|every|the|it|they)\b)\b"
    r"|\bhere(?:['’]s|\s+is|\s+are)\s+where\s+(?:to|you(?:['’]ll|\s+can)?)\s+(?:find|see|skip\s+to|jump\s+to)\s+"
    r"(?:the\s+)?(?:good|best|key|main|big|funny|funniest|great|best-known)\s+(?:parts|bits|moments|stuff|scenes)\b",
    re.IGNORECASE)
# The first item under a list's header line, Markdown or HTML: "- the demo at 4:10", "<ul><li>the fall at 0:50".
_HEADED_ITEM = regex(rf"{_LIST_ITEM.pattern}|[ \t]*<(?:ul|ol|li)\b", re.IGNORECASE)
# How many list lines above an item its heading may stand.
MAX_LIST_ITEMS_ABOVE = 30


def _in_moments_list(text: str, pos: int) -> bool:
    """The line at ``pos`` is an item ("1. The opening ceremony fireworks (0:20)", "#4 Olsen volley (0:47)")
    of a list whose heading names moments: its times are positions, not lengths."""
    heading = _list_heading(text, pos)
    return heading is not None and (_MOMENTS_HEADING.search(heading) is not None
                                    or _MOMENTS_TITLE.fullmatch(heading) is not None
                                    or _PARTS_OF_ONE_WORK.match(heading) is not None
                                    or _TIMESTAMPS_SAID.search(heading) is not None)


# A list item's time in brackets, "(1:05)" or "(at 4:15)", closing its line; its medium may label it: "(video:
# 1:05)", "(clip 2:50)" (round 134's step list).
_ITEM_PAREN_TIME = regex(rf"\((?:(?:{LENGTH_MEDIA})\s*:?\s+)?(?:at\s+)?(?P<d>{TC_TEXT})\)[ \t*_.]*$", re.IGNORECASE)
# How many bracketed times a list must hold before their sum can say they are no lengths.
MIN_SUMMED_ITEMS = 3


def _past_whole_length(text: str, pos: int) -> bool:
    """The line at ``pos`` is an item of a list under a heading that states the whole work's length ("Quick dhal
    (video recipe, 6 min)"), whose items' bracketed times rise, each inside that length, and add up past it: no
    parts' lengths add up past their whole, so the times are positions ("1. Rinse the dal (0:20)\n2. Temper the
    seeds (1:05)")."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _LIST_ITEM.match(text, line_start):
        return False
    above = list(lines_above(text, line_start, MAX_LIST_ITEMS_ABOVE))
    items = [(line_start, (text.find("\n", pos) + 1 or len(text) + 1) - 1)]
    heading = None
    blank_skipped = False
    for start, end in above:
        if start == end and not blank_skipped and start > 0:
            blank_skipped = True  # Markdown's blank line between a heading and its list
            continue
        if not _LIST_ITEM.match(text, start):
            heading = (start, end)
            break
        items.append((start, end))
    if heading is None or not _mentions_media(text, *heading):
        return False
    whole = [v for m in re.finditer(DURATION, text[heading[0]:heading[1]], re.IGNORECASE)
             if has_unit(m.group(), 0, len(m.group())) and (v := _value(m.group())) is not None]
    if len(set(whole)) != 1:
        return False  # (no length, or lengths of several things)
    end = items[0][1]
    while end < len(text) and _LIST_ITEM.match(text, end + 1):  # the items below the line too
        nxt = text.find("\n", end + 1)
        items.append((end + 1, nxt if nxt >= 0 else len(text)))
        end = nxt if nxt >= 0 else len(text)
    times = []
    for start, stop in sorted(items):
        m = _ITEM_PAREN_TIME.search(text, start, stop)
        if m is not None and (v := _value(m.group("d"))) is not None:
            times.append(v)
    return len(times) >= MIN_SUMMED_ITEMS and all(a < b for a, b in zip(times, times[1:])) \
        and times[-1] < whole[0] < sum(times)


# A list item that places its thing in the footage: "— highlights at 0:55", "— 1:40 to 1:48", "stop at 4:02".
_ITEM_POSITION = regex(
    rf"\bat\s+(?:the\s+)?{TC_TEXT}(?![\d:]|\s*(?:[ap]\.?m\b|hrs?\b|h\b|local\b))"
    rf"|{TC_TEXT}\s*(?:-|–|to)\s*{TC_TEXT}(?![\d:])", re.IGNORECASE)
# How many of a list's items, either side of one, are read for a sibling's position.
SIBLING_ITEMS = 8


def _items_place_positions(text: str, pos: int) -> bool:
    """The line at ``pos`` is a list item, and another item of its list (a few either side, the list unbroken by a
    line that is no item) places its thing in the footage with "at" or a range ("5. Double save — highlights at
    0:55", "4. Reflex save — 1:40 to 1:48"): the list walks through one recording, so a bracketed time closing an
    item ("3. Full-stretch dive at the near post (2:32)") is where it is, not a title's length. A bracket the item
    goes on past ("- **Leg Day 20** (21:40) — start at 2:30") is its work's length: each item is a work of its own."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    if not _LIST_ITEM.match(text, line_start) \
            or not _ITEM_PAREN_TIME.match(text, pos, len(text) if line_end < 0 else line_end):
        return False
    siblings = []
    for start, end in lines_above(text, line_start, SIBLING_ITEMS):
        if not _LIST_ITEM.match(text, start):
            break
        siblings.append((start, end))
    below = text.find("\n", pos)
    for _ in range(SIBLING_ITEMS):
        if below < 0:
            break
        start, end = below + 1, text.find("\n", below + 1)
        end = len(text) if end < 0 else end
        if not _LIST_ITEM.match(text, start):
            break
        siblings.append((start, end))
        below = end if end < len(text) else -1
    # "1. Harmattan (4:12) — 0:03:20" beside "3. Adwoa (3:55)" (round 135): a sibling whose own bracketed time is
    # followed on its line by the item's position shows each item a work with its length in brackets.
    if any(_BRACKET_THEN_POSITION.search(text, start, end) for start, end in siblings):
        return False
    return any(_sibling_position(text, start, end) for start, end in siblings)


# A bracketed time, then a dash and a bare timecode: a setlist's "Kumasi Nights (5:40) — 0:08:05", song length then
# where it starts.
_BRACKET_THEN_POSITION = regex(rf"\({TC_TEXT}\)[ \t*_]*[–—-][ \t]*(?:at[ \t]+)?{TC_TEXT}(?![\d:])", re.IGNORECASE)


def _sibling_position(text: str, start: int, end: int) -> bool:
    """Whether the item line text[start:end] places a thing in the footage with "at" or a range, not past a bracketed
    time of its own the line goes on from that is longer than the place: "- 2.2 Tests (55:47) — the example at 31:12"
    places it in that item's own work, whose length the bracket gives."""
    for m in _ITEM_POSITION.finditer(text, start, end):
        own = [_value(p.group("d")) for p in _PAREN_TC.finditer(text, start, m.start())]
        placed = _value(TIMECODE.search(m.group()).group())  # type: ignore[union-attr]
        if not any(length is not None and placed is not None and length > placed for length in own):
            return True
    return False


def _list_heading(text: str, pos: int) -> str | None:
    """The line heading the list whose item is the line at ``pos`` (None if that line is no list item, or
    no heading stands within ``MAX_LIST_ITEMS_ABOVE`` items above it). One blank line may stand between the heading
    and its list, and between any two items: a loose list ("1. The flag parade (0:21:40) — ...\n\n2. ...") is one
    list under one heading; two blank lines in a row end it."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _LIST_ITEM.match(text, line_start):
        return None
    blank_above = False  # whether the line just below the one read is blank
    for prev_start, end in lines_above(text, line_start, MAX_LIST_ITEMS_ABOVE):
        line = text[prev_start:end]
        if not line.strip() and not blank_above and prev_start > 0:
            blank_above = True
            continue
        if not _LIST_ITEM.match(line):
            return line
        blank_above = False
    return None


# "Season 3 at a glance (all runtimes from the Blu-ray):", "Episodes (running times):": a list of lengths.
_LENGTHS_HEADING = regex(
    r"\b(?:run[\s-]?times|running[\s-]+times|lengths|durations)\b[^\n]*:\s*$", re.IGNORECASE)


def _listed_lengths(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """The timecodes of a list item in [b, e) under a heading that says its times are lengths."""
    line_start = text.rfind("\n", 0, b) + 1
    if text.startswith("|", line_start):
        return _length_column(text, line_start, b, e) or _length_cells(text, b, e)
    if not _LIST_ITEM.match(text, line_start):
        return _length_cells(text, b, e)  # the cheap test first: most sentences open no list item
    heading = _list_heading(text, b)
    if heading is None or not _LENGTHS_HEADING.search(heading):
        return []
    return [m.span() for m in TIMECODE.finditer(text, b, e)]


# A table's column of lengths: "| No. | Title | Length |", "| Ep | Runtime |".
# An interval timer's columns hold lengths too: "| Preset | Work / Rest | Rounds | Total time |" over "| Tabata | 20 s /
# 10 s | 8 | 4:00 |" (round 105): a work-and-rest setting and a total are no places in a video.
# A word may name what is measured: "Set length", "Clip length", "Track duration" (round 110: a festival's "<th>Set
# length</th>" over "<td>1:10</td>").
_LENGTH_CELL = regex(r"\s*[*_']{0,3}(?:(?:(?:set|clip|track|song|video|episode|film|segment|slot|item|play(?:ing)?)"
                          r"\s+)?(?:length|run[\s-]?time|running[\s-]+time|duration)|total(?:\s+(?:time|length))?"
                          r"|work\s*/\s*rest|work|rest|intervals?|time\s+cap"
                          # a pose or a stretch held (round 113): "| Pose | Hold | Watch from |" over "| 0:45 | 0:30 |"
                          r"|holds?(?:\s+(?:time|for))?)s?\s*(?:\([^()|]{0,20}\))?"
                          r"[*_']{0,3}\s*", re.IGNORECASE)  # bold too: "**Length**", "'''Runtime'''"
# A training plan's bare "Time" column is how long each session runs: "| Day | Session | Time |" over "| Mon | Easy
# run | 25:00 |" (round 113); a chapter table's "| Time | Chapter |" names no session and stays a list of positions.
_TIME_CELL = regex(r"\s*[*_']{0,3}times?[*_']{0,3}\s*", re.IGNORECASE)
_PLAN_HEADER = regex(r"\s*[*_']{0,3}(?:sessions?|workouts?|trainings?|days?|weekdays?)[*_']{0,3}\s*", re.IGNORECASE)


def _length_header(cell: str, cells: list[str]) -> bool:
    """Whether a table column headed ``cell`` (among its table's header ``cells``) holds lengths: a length, a rest or
    a hold by name, or a training plan's "Time"."""
    return _LENGTH_CELL.fullmatch(cell) is not None or (
        _TIME_CELL.fullmatch(cell) is not None and any(_PLAN_HEADER.fullmatch(c) for c in cells))


_RULE_ROW = regex(r"\|[\s|:-]*")


def _length_column(text: str, line_start: int, b: int, e: int) -> list[tuple[int, int]]:
    """The timecodes and compact lengths ("2m 15s") in [b, e) of a Markdown table's row that stand in a column its
    header names a length."""
    header = line_start
    for above, _end in lines_above(text, line_start, MAX_LIST_ITEMS_ABOVE):  # up past the rows to the header row
        if not text.startswith("|", above):
            break
        header = above
    if header == line_start:
        return []
    head_end = text.find("\n", header)
    cells = text[header:head_end].split("|")
    if _RULE_ROW.fullmatch(text, header, head_end):
        return []
    ranked = any(_RANK_CELL.fullmatch(c) for c in cells)  # a ranking lists its places out of the footage's order
    lengths = [_length_header(c, cells) or (
        not ranked and _TIME_CELL.fullmatch(c) is not None and _falls_down_rows(text, head_end, i))
        for i, c in enumerate(cells)]
    if not any(lengths):
        return []
    return [m.span() for m in _CELL_LENGTH.finditer(text, b, e)
            if text.count("|", line_start, m.start()) < len(cells) and lengths[text.count("|", line_start, m.start())]]


# A column headed only "Time": lengths when its times fall somewhere down the rows (round 110: a running plan's "| Day
# | Session | Time |" over "25:00", "35:00", "0:30", "55:00"), as a log of footage lists its places in order
# (not under a ranking's column: "| Rank | Save | Time |" over "34:12", "12:05" lists its best places, best first)
_RANK_CELL = regex(r"\s*[*_']{0,3}(?:#|no\.?|rank(?:ing)?|pos(?:ition)?\.?|place)[*_']{0,3}\s*", re.IGNORECASE)


def _falls_down_rows(text: str, head_end: int, column: int) -> bool:
    """Whether the timecodes alone in cell ``column`` of the Markdown table whose header row ends at ``head_end``
    fall from one row to a later one: a column of amounts (a session's length), not of places in a video."""
    seen: list[float] = []
    start = head_end + 1
    while start < len(text) and text.startswith("|", start):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        cells = text[start:end].split("|")
        value = _value(cells[column]) if column < len(cells) and TIMECODE.fullmatch(cells[column].strip()) else None
        if value is not None:
            if seen and value < seen[-1]:
                return True
            seen.append(value)
        start = end + 1
    return False


# What a length column's cell holds: "47:12", "2m 15s", "1h 05m".
_CELL_LENGTH = regex(rf"{TIMECODE.pattern}|{COMPACT}", re.IGNORECASE)


def _length_cells(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """The timecodes in [b, e) alone in a cell of an HTML or MediaWiki table, in a column its header names a
    length ("<th>Duration</th>", "! Title !! Runtime")."""
    return [m.span() for m in TIMECODE.finditer(text, b, e)
            if _CELL_OPENS.search(text, max(0, m.start() - 40), m.start())  # the cheap test first
            and (found := cell_column_headers(text, m.start())) is not None
            and _length_header(found[0], [_CELL_TAG.sub("", cell).strip() for cell in found[1]])]


_CELL_TAG = regex(r"<[^<>]*>")


# The opening of a table cell right before its text: "<td>", "<td><b>", "|| ", a line's "|", '|| style="x" | '.
_CELL_OPENS = regex(r"(?:<t[dh]\b[^<>]{0,30}>\s*(?:<[a-z]+\b[^<>]{0,30}>\s*)?"
                         r"|(?:^|\|)\|(?:[^|\n]{0,60}\|)?[ \t]*)$",
                         re.IGNORECASE | re.MULTILINE)


def quoted_title_length(text: str, position: int) -> float | None:
    """The length in brackets after a quoted title in title case that an end form at ``position`` says it is "of":
    'the title track, "Tidewater" (6:02) ... the last 40 seconds of "Tidewater"' counts from 6:02 (round 61). Only
    a form that names the title: such a track's length is no length of the footage (round 47)."""
    m = _OF_QUOTED_TITLE.match(text, position, position + WORK_NAME_CHARS)
    if m is None:
        return None
    title = m.group("title")
    for said in re.finditer(rf"[\"'‘“]{re.escape(title)}[\"'’”]\s*\((?P<d>{TC_TEXT})\)",
                            text[max(0, position - WORK_NAMED_REACH):position]):
        if quoted_title_paren(said.group(0)[:said.start("d") - said.start()]):
            return _value(said.group("d"))
    return None


# An end form, then the quoted title it is of: "the last 40 seconds of "Tidewater"".
_OF_QUOTED_TITLE = regex(r"[^.;!?\n]{0,40}?\bof\s+[\"'‘“](?P<title>[^\"'’”\n]{1,60})[\"'’”]")


def named_work_length(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length of the work that the words about an end form or a fraction at ``position`` name, where several
    works' lengths were stated ("in its final 15 seconds", "halfway through the Pell clip", "the last 90 seconds of
    the full recording"): on a page of several works each form counts from its own. The one place this is asked;
    three ways of naming are read in turn, the surest first: the work the form says it is "of"
    (:func:`_work_of_form`), a name told with a length and said again about the form (:func:`_name_said_again`),
    the words of a name told before its length's verb (:func:`_name_words_said`). None if the lengths are all one
    (nothing to choose) or no work is named, or two are named as much."""
    first = lengths[0].seconds if lengths else None
    if all(s.seconds == first for s in lengths):
        return None  # cheap: usually the second length differs
    own = _length_in_form(text, lengths, position)
    if own is not None:
        return own
    # (the lengths of the last few pages only: a long article's every length read at every form would be quadratic)
    nearby = lengths[bisect.bisect_left(lengths, position - WORK_NAMED_REACH, key=lambda s: s.begin):]
    named = _work_of_form(text, nearby, position)
    if named is None:
        named = _label_said_again(text, nearby, position)
    if named is not None:
        return named
    said, named = _name_said_again(text, nearby, position)
    if said:
        return named
    named = _name_words_said(text, nearby, position)
    return named if named is not None else _kind_named_once(text, nearby, position)


def _length_in_form(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length the form at ``position`` tells in the work it says it is of: "it starts 25 seconds before the end
    of the 2:30 clip" counts from 2:30, whatever other lengths the page states (round 112)."""
    at = bisect.bisect_left(lengths, position, key=lambda s: s.begin)
    for s in lengths[at:at + 2]:
        if s.begin - position > WORK_NAME_CHARS or _NAME_STOP.search(text, position, s.begin) is not None:
            break
        if _OF_THE_BEFORE_LENGTH.search(text, max(position, s.begin - 16), s.begin) is not None:
            return s.seconds
    return None


# "of the " right before a length the form names its work by: "before the end of the 2:30 clip".
_OF_THE_BEFORE_LENGTH = regex(r"\b(?:of|into|through)\s+(?:the|this|that|its)\s+$", re.IGNORECASE)


def _kind_named_once(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length of the one work of the kind the end form's sentence names ("The last ten seconds are a held
    close-up, unusual for a blockbuster trailer"; not a work named as where else a thing is, "in the broadcast"),
    where that kind of work is named in the sentence of one length
    stated before ``position`` ("The second trailer ... runs 2:14") and not of another ("The film itself ... is 166
    minutes"): a trailer and a film are told apart by their nouns; where the form names its own kind ("halfway
    through the film"), only that kind counts. None if no such single length."""
    start = max(_last_full_stop(text, position), text.rfind("\n", 0, position)) + 1
    stop = SENTENCE_STOP.search(text, position, position + NAMED_LENGTH_CHARS)
    own = _own_kind(text, position)
    said = {own} if own else {m.group(0).lower() for m in _WORK_NOUN.finditer(
        text, start, stop.start() if stop else position)
        if not _ANOTHER_WORK_BEFORE.search(text, max(start, m.start() - 40), m.start())}
    if not said and not own:
        # "The last 7 seconds of the viral clip are a freeze frame": the kind its named work ends on (round 129)
        said = _form_work_nouns(text, position)
    if not said and not own and _WORK_NOUN.search(text, start, stop.start() if stop else position) is None:
        said = _kind_walked_in_paragraph(text, start)
    if not said:
        return None
    fitting = _lengths_of_kind(text, lengths, position, said)
    if len(fitting) > 1:
        # "An audio-video clip (0:36) trending ..." then "The clip is taken from a 54-minute town hall broadcast": both
        # sentences name a clip, but only one length is told on the clip's own noun (round 129)
        attached = _lengths_on_noun(text, lengths, position, said) & fitting
        fitting = attached if len(attached) == 1 else fitting
    named = _form_work_nouns(text, position) if not fitting else set()
    if named:
        # the length said as the noun's own adjective: "The 2-minute-48-second clip, posted by ..." before "a longer
        # 11-minute upload" in a sentence on the video: "In the last 20 seconds of the viral clip" is the clip's
        # (round 109; only the kind the form says it is of: "... are from the 1966 newsreel again (its final
        # minute)" names a clip and a newsreel, round 86)
        fitting = _lengths_of_kind(text, lengths, position, named, True)
    if not fitting and said & _CLIP_OR_VIDEO.keys():
        # a clip is a video: "In the last 10 seconds of the viral clip" counts from "posted a 50-second video", not
        # from "The report is 3 minutes long" (round 94), where no clip's length was told
        either = {_CLIP_OR_VIDEO.get(w, w) for w in said}
        fitting = _lengths_of_kind(text, lengths, position, either, True)
        if len(fitting) > 1:
            # "A 47-second video of a man ..." then "a second, longer video had appeared: a 19-minute Instagram
            # livestream": only one length is told on the video's own noun (round 71)
            attached = _lengths_on_noun(text, lengths, position, either) & fitting
            fitting = attached if len(attached) == 1 else fitting
    return fitting.pop() if len(fitting) == 1 else None


def _kind_walked_in_paragraph(text: str, start: int) -> set[str]:
    """The kinds of work the form's paragraph names before its sentence at ``start``, one the speaker walks through:
    "Brian Otieno (01:04):\nAh, ... At 2:45 in the video, you see the lights come on ... And then the last minute is
    the judges" (round 108: the video's "it's four minutes" a turn before, not the episode's "length 38:12")."""
    paragraph = max(text.rfind("\n\n", max(0, start - NAMED_LENGTH_CHARS), start) + 2, start - NAMED_LENGTH_CHARS, 0)
    return {m.group("work").lower() for m in _PLACED_IN_WORK.finditer(text, paragraph, start)}


# A position placed in a work by its noun: "At 2:45 in the video", "at 1:40 in this clip".
_PLACED_IN_WORK = regex(rf"\d(?<![\d:.]\d)\d?:[0-5]\d(?:[.:]\d+)?\s+(?:in|into|of)\s+(?:the|this|that|my|his|her|our|"
                        rf"their)\s+(?P<work>{LENGTH_MEDIA})\b", re.IGNORECASE)


# The nouns a clip and a video are both named by, each to the other.
_CLIP_OR_VIDEO = {"clip": "video", "video": "clip", "clips": "videos", "videos": "clips"}


def _lengths_of_kind(text: str, lengths: list[StatedLength], position: int, said: set[str],
                     noun_after: bool = False) -> set[float]:
    """The lengths stated before ``position`` in a sentence naming a work of a kind in ``said`` before them (or, with
    ``noun_after``, the noun the length describes right after it: "posted a 50-second video")."""
    fitting = set()
    for s in lengths:
        if s.begin >= position:
            break
        sentence = max(_last_full_stop(text, s.begin), text.rfind("\n", 0, s.begin)) + 1
        described = _NOUN_DESCRIBED.match(text, s.end) if noun_after else None
        if _played_thing_nearer(text, sentence, s.begin):
            continue  # "a routine to the Marathi song "Paus Aala" (4:12)" in a sentence on a video: the song's length
        if any(w.lower() in said for w in _WORK_NOUN.findall(text, sentence, s.end)) \
                or (described is not None and described.group("work").lower() in said):
            fitting.add(s.seconds)
    return fitting


def _lengths_on_noun(text: str, lengths: list[StatedLength], position: int, said: set[str]) -> set[float]:
    """The lengths stated before ``position`` on a work's noun of a kind in ``said`` itself: bracketed right after it
    ("An audio-video clip (0:36)") or told as its adjective ("a 50-second clip")."""
    on_noun = set()
    for s in lengths:
        if s.begin >= position:
            break
        before = _NOUN_BEFORE_BRACKET.search(text, max(0, s.begin - 40), s.begin) \
            if text.startswith(("(", "["), s.begin) else None
        after = _NOUN_DESCRIBED.match(text, s.end)
        if (before is not None and before.group("work").lower() in said) \
                or (after is not None and after.group("work").lower() in said):
            on_noun.add(s.seconds)
    return on_noun


# A work's noun right before a bracket holding its length: "An audio-video clip (".
_NOUN_BEFORE_BRACKET = regex(rf"(?<![\w])(?P<work>{LENGTH_MEDIA})[^\S\n]*$", re.IGNORECASE)


def _played_thing_nearer(text: str, sentence: int, begin: int) -> bool:
    """A song, a track or an advert is named between the last work's noun of the sentence and a length at ``begin``
    ("The ... dance video is a viral video of a flash mob ... performed to the Marathi song "Paus Aala" (4:12)",
    round 101): the length is the played thing's."""
    # (the last one in a near window before ``begin``, else the text's last before that window, found once per text:
    # not a scan from the sentence's start for each length, which was quadratic in a sentence of many songs and their
    # lengths; every match is a whole word, whatever the scan's start, so both give the sentence's last)
    played_end = -1
    for m in _PLAYED_NOUN.finditer(text, max(sentence, begin - _NEAR_WINDOW), begin):
        played_end = m.end()
    if played_end < 0 and begin - _NEAR_WINDOW > sentence:
        # (a match starting that far before ``begin`` reads no character at or past it, so it is the text's own,
        # read once per text: a sentence of one song then thousands of lengths was quadratic)
        starts, ends = _played_nouns(text)
        at = bisect.bisect_left(starts, begin - _NEAR_WINDOW) - 1
        if at >= 0 and starts[at] >= sentence:
            played_end = ends[at]
    return played_end >= 0 and not _work_noun_between(text, played_end, begin)


# How far before a length the last song is looked for by a scan of its own (farther, in :func:`_played_nouns`); and
# the reach past where a work's noun starts that its pattern may read (its longest word with a run of fewer than
# eight spaces, and the word its look-ahead reads after it): well over either.
_NEAR_WINDOW = 128


@lru_cache(maxsize=8)
def _played_nouns(text: str) -> tuple[list[int], list[int]]:
    """Where each song, track or advert :data:`_PLAYED_NOUN` finds in the whole text starts and ends."""
    found = list(_PLAYED_NOUN.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


@lru_cache(maxsize=8)
def _work_nouns(text: str) -> tuple[list[int], list[int]]:
    """Where each work's noun :data:`_WORK_NOUN` finds in the whole text starts, and each run of eight or more
    spaces (over which the noun's look-aheads may read any distance)."""
    return [m.start() for m in _WORK_NOUN.finditer(text)], [m.start() for m in _LONG_SPACE.finditer(text)]


_LONG_SPACE = regex(r"\s{8,}")


def _work_noun_between(text: str, lo: int, hi: int) -> bool:
    """``_WORK_NOUN.search(text, lo, hi) is not None``: a match starting well before ``hi`` is the whole text's, found
    once per text; only the last stretch is searched (unless a long run of spaces lies between)."""
    near = max(lo, hi - _NEAR_WINDOW)
    if near > lo:
        starts, spaces = _work_nouns(text)
        at = bisect.bisect_left(spaces, lo)
        if at == len(spaces) or spaces[at] >= hi:
            first = bisect.bisect_left(starts, lo)
            if first < len(starts) and starts[first] < near:
                return True
            return _WORK_NOUN.search(text, near, hi) is not None
    return _WORK_NOUN.search(text, lo, hi) is not None


_PLAYED_NOUN = regex(rf"(?<![\w-]){PLAYED_THING}s?(?![\w-])", re.IGNORECASE)


# The work a length as an adjective describes: "a 50-second video" ("-second" read, " video" after it).
_NOUN_DESCRIBED = regex(r"[ \t-]+(?:[\w'’-]+[ \t]+)?(?P<work>clips?|videos?)\b", re.IGNORECASE)


def told_of_same_kind(text: str, position: int, length: StatedLength) -> bool:
    """Whether the sentence of an end form at ``position`` and the sentence of ``length``, told after it, name the
    same kind of work: "In the Chinese New Year video, about two minutes before the end, ... The video is 18
    minutes long." (round 81)."""
    start = max(_last_full_stop(text, position), text.rfind("\n", 0, position)) + 1
    stop = SENTENCE_STOP.search(text, position, position + NAMED_LENGTH_CHARS)
    own = {m.group(0).lower() for m in _WORK_NOUN.finditer(text, start, stop.start() if stop else position)}
    if not own:
        return False
    told = max(_last_full_stop(text, length.begin), text.rfind("\n", 0, length.begin)) + 1
    opening = _SENTENCE_OPENS_KIND.match(text, told, length.begin)
    return opening is not None and opening.group("work").lower() in own


# A sentence opening on a work of a kind named before, then its length's verb: "The video is ", "The trailer runs ".
_SENTENCE_OPENS_KIND = regex(
    rf"[\s\"”’')\]]*(?:the|this|that|its|his|her|their)\s+(?:[\w'’-]+\s+)?(?P<work>{LENGTH_MEDIA})\s+"
    r"(?:is|was|runs|ran|lasts|lasted|clocks\s+in\s+at|comes\s+in\s+at)\s", re.IGNORECASE)


def _own_kind(text: str, position: int) -> str | None:
    """The kind of work the form at ``position`` says it is of or through ("about halfway through the film"), lower
    case, or None: the other works its sentence names ("It returns to the full clip about halfway through the film")
    are not the form's."""
    stop = _NAME_STOP.search(text, position, position + WORK_NAME_CHARS)
    m = _FORM_OF_WORK.search(text, position, stop.start() if stop else position + WORK_NAME_CHARS)
    kind = _WORK_NOUN.match(m.group("name")) if m is not None else None
    return kind.group(0).lower() if kind is not None else None


def _form_work_nouns(text: str, position: int) -> set[str]:
    """The nouns of works in the name the form at ``position`` says it is of, lower case: {"clip"} for "In the last
    20 seconds of the viral clip"; empty where it names none ("its final minute")."""
    stop = _NAME_STOP.search(text, position, position + WORK_NAME_CHARS)
    m = _FORM_OF_WORK.search(text, position, stop.start() if stop else position + WORK_NAME_CHARS)
    return {w.lower() for w in _WORK_NOUN.findall(m.group("name"))} if m is not None else set()


# Where a sentence ends: a full stop not inside a number ("1.5"), "!", "?" or a line break.
SENTENCE_STOP = regex(r"[.!?](?!\d)|\n")
# A work named as where else a thing is seen: "people who, in the broadcast, are only the backs of heads".
_ANOTHER_WORK_BEFORE = regex(r"\b(?:in|on|from)\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def _work_of_form(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length of the work the form names after it ("the last 90 seconds of the full recording", "a quarter of
    the way into Video B", "the final minutes of 'Owambe'"), or, naming none, the work a position before it in its
    sentence is "of" ("cuts at 0:31 of the original, so the final 16 seconds are missing"), as stated before
    ``position`` in a sentence that names that work before its length ("The full recording ... runs 23 minutes and
    51 seconds", "Video A is a 2 min 14 s phone recording") or right after it ("a 9 min 36 s livestream clip").
    None if it names none so stated."""
    stop = _NAME_STOP.search(text, position, position + WORK_NAME_CHARS)
    names = [m.group("name") for m in
             _FORM_OF_WORK.finditer(text, position, stop.start() if stop else position + WORK_NAME_CHARS)]
    if not names:
        # the work owning the form: "The clip's final 20 seconds", "the drone's last 40 seconds"
        owner = _OWNER_OF_FORM.match(text, position, position + WORK_NAME_CHARS) \
            or _OWNER_BEFORE_FORM.search(text, max(0, position - WORK_NAME_CHARS), position)
        names = [owner.group("name")] if owner else []
    if not names:
        sentence, _ = _words_about(text, position, NAMED_LENGTH_CHARS, ".!?\n")
        names = [m.group("name") for m in _POSITION_OF_WORK.finditer(text, sentence, position)]
    for words in map(_name_words, names):
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            if k == 1 and not name[0].isalnum():
                break
            said = re.compile(rf"(?<![\w'’-]){_name_pattern(name)}(?![\w-]){_NOT_ATTRIBUTIVE}", re.IGNORECASE)
            found = _lengths_named(text, lengths, position, said)
            if not found and k == len(words) == 2:
                # "the last 40 seconds of the Sky highlights" after "Highlights of Spurs 3–2 Villa (Sky Sports,
                # 8:55)": both words told before the length, apart
                found = _lengths_named(text, lengths, position, _both_words(words))
            if k == 1 and _BARE_WORK.fullmatch(name) and not _SAME_NAME.fullmatch(name):
                # "of the clip": a bare noun names no work apart, unless one length alone is told with it ("The
                # stream is 6 hours 40 minutes long ... the recorder holds two hours ... the last hour of that
                # stream"); a kind of camera does name one: "the body-cam"
                if len(set(found)) != 1:
                    break
            if found:
                return found[-1]
    return None


def _both_words(words: list[str]) -> re.Pattern[str]:
    """A pattern finding both of a two-word name's words, in either order, a few words apart at most."""
    one, other = (re.escape(w) for w in words)
    gap = r"(?:[^\w\n]+\w+){0,6}?[^\w\n]+"
    return re.compile(rf"(?<![\w'’-])(?:{one}{gap}{other}|{other}{gap}{one})(?![\w-])", re.IGNORECASE)


def _name_words(name: str) -> list[str]:
    """A name's words, lower-cased and unquoted, up to the first that ends a name ("the original in which ...")."""
    words = []
    for word in name.split():
        word = word.strip(_QUOTE_MARKS).lower()
        if not word or word in _NAME_ENDS:
            break
        words.append(word)
    return words


# A position said "of" a work before an end form in its sentence: "cuts at 0:31 of the original, so ...".
_POSITION_OF_WORK = regex(
    r"\d:[0-5]\d(?![\d:])\s+(?:of|in)\s+(?:the|this|that)\s+(?P<name>[\w\"“”‘’'-]+(?:\s+[\w\"“”‘’'-]+){0,2})",
    re.IGNORECASE)


def _lengths_named(text: str, lengths: list[StatedLength], position: int, said: re.Pattern[str]) -> list[float]:
    """The lengths stated before ``position`` whose work ``said`` names, before the length in its sentence or right
    after it."""
    # (a name before a length is that length's only past the length before it: "A 2-minute drone clip and a
    # 6-minute phone video" names no drone clip of 6 minutes)
    found = []
    previous_end = 0
    for s in lengths:
        if s.begin >= position:
            break
        after = _NAMED_AFTER_LENGTH.match(text, s.end)
        gap = text[s.end:s.end + 3]  # (" - ", "-" or " " between a length and the name right after it)
        start = max(_last_full_stop(text, s.begin), text.rfind("\n", 0, s.begin), s.begin - NAME_BEFORE_LENGTH_CHARS,
                    previous_end)
        # (not past a song named nearer the length: "a viral video of fishermen dancing to the song "Nyar" (4:50)")
        if ((said.search(text, start, s.begin) and not _played_thing_nearer(text, start, s.begin))
                or said.match(text, s.end + len(gap) - len(gap.lstrip(" -")))
                or after and said.search(after.group("name"))):
            found.append(s.seconds)
        previous_end = after.end() if after else s.end
    return found


def _name_pattern(name: str) -> str:
    """A work's name as a pattern that also matches its other spellings: "Exhibit 7" is "Ex. 7" in the list of
    exhibits, "the body-cam" is the "body-worn camera" (a court names each exhibit both ways)."""
    parts, at = [], 0
    for m in _SAME_NAME.finditer(name):
        same = rf"{re.escape(m.group('worn'))}[\s-]*cam(?:era)?" if m.lastgroup == "worncam" \
            else _SAME_NAME_PATTERNS[m.lastgroup or ""]
        parts += [re.escape(name[at:m.start()]), same]
        at = m.end()
    return "".join(parts) + re.escape(name[at:])


def _last_full_stop(text: str, at: int) -> int:
    """Where the last full stop before ``at`` is, past the dots of abbreviations ("Ex. 7", "No. 4", "Nov. 24",
    "Sault Ste. Marie")."""
    stop = text.rfind(".", 0, at)
    while stop > 0 and (_ABBREVIATION_END.search(text, max(0, stop - 4), stop)
                        or _TITLE_END.search(text, max(0, stop - 5), stop)
                        or _MONTH_DOT.match(text, stop) and _MONTH_END.search(text, max(0, stop - 5), stop)):
        stop = text.rfind(".", 0, stop)
    return stop


# Spellings of one work's name: an exhibit abbreviated or not, a body camera said in full or short.
_SAME_NAME = regex(r"(?P<exhibit>\b(?:exhibit|exh?\.)(?:\s+|(?=\d)))|"
                        r"(?P<bodycam>\bbody[\s-]*(?:worn[\s-]+)?cam(?:era)?\b)|"
                        # and a camera worn or mounted somewhere, short or in full: "the helmet-cam file" is the
                        # "helmet camera"'s, "the head cam" the "head camera"
                        r"(?P<worncam>\b(?P<worn>helmet|head|chest|hat|cap|bike|bar|handlebar|dash|door|nest|bird|"
                        r"trail|gun|rider)[\s-]*cam(?:era)?\b)", re.IGNORECASE)
_SAME_NAME_PATTERNS = {"exhibit": r"(?:exhibit|exh?\.)\s*", "bodycam": r"body[\s-]*(?:worn[\s-]+)?cam(?:era)?"}
# The dot of an abbreviation that names a numbered thing ("Ex. 7", "Exh. 2", "No. 4", "Fig. 3"), no sentence's end.
_ABBREVIATION_END = regex(r"(?<![\w])(?:ex|exh|no|nos|fig|vol|pt|ch)\Z", re.IGNORECASE)
# A month shortened before its day, no sentence's end either: "The full video of the Nov. 24 press conference ... is 6
# minutes 40 seconds long" (round 141), "the Sept. 3 livestream", "Dec. 1st".
_MONTH_END = regex(r"(?<![\w])(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\Z", re.IGNORECASE)
_MONTH_DOT = regex(r"\.[^\S\n]*\d")
# A title's or a place's shortened word before its name, no sentence's end: "the press conference in Sault Ste.
# Marie is 6 minutes 40 seconds long" (round 141), "Dr. Osei's 12-minute briefing", "the Mt. Albert livestream".
_TITLE_END = regex(r"(?<![\w])(?:mr|mrs|ms|dr|prof|st|ste|mt|ft)\Z", re.IGNORECASE)


def _name_said_again(text: str, lengths: list[StatedLength], position: int) -> tuple[bool, float | None]:
    """Whether the words about ``position`` say again a name of two words or more told with a length, right after
    it ("a four-minute phone video") or before its verb ("The theatrical cut runs 97 minutes"), and that length:
    "a 12-minute body camera video and a four-minute phone video ... The phone video is the shortest. In its final
    15 seconds" counts from four minutes. The name said last wins, then the longer ("phone video" outranks "video"
    ending where it does); (True, None) if two lengths go by it."""
    start, end = _words_about(text, position, NAMED_LENGTH_CHARS, ("\n\n",))
    window = text[start:end].lower()
    best: tuple[int, int, float | None] = (-1, 0, None)  # where the name last said ends, its words, the length
    for s in lengths:
        if s.begin >= position:
            break
        told = _name_told_with(text, s.begin, s.end)
        if told is None:
            continue
        name, told_before = told
        at = window.rfind(name)
        while at > 0 and window[at - 1].isalnum():
            at = window.rfind(name, 0, at)
        if at < 0 or (told_before and start + at < max(s.end, position)):
            continue  # (a name told before its length counts where the end form itself says it after it)
        said = (at + len(name), name.count(" ") + 1)
        if said > best[:2]:
            best = (*said, _restated_at(lengths, start + at + len(name)) or s.seconds)
        elif said == best[:2] and best[2] != s.seconds:
            best = (*said, None)  # two videos go by that name: neither
    return best[0] >= 0, best[2]


@lru_cache(maxsize=4096)
def _name_told_with(text: str, begin: int, end: int) -> tuple[str, bool] | None:
    """The name of two words or more the length at [begin, end) is told with, lowered, and whether it comes before
    the length's verb; None if none. Read once per length: every end form after it asks again (quadratic on a page
    of many lengths and end forms)."""
    m = _NAMED_AFTER_LENGTH.match(text, end)
    before = None if m is not None else _NAMED_BEFORE_LENGTH.search(text, max(0, begin - NAMED_BEFORE_CHARS), begin)
    m = m or before
    if m is None:
        return None
    name = " ".join(m.group("name").lower().split())
    # "a 20-second clip ... halfway through the clip": a bare noun names no video apart
    return (name, before is not None) if " " in name else None


def _restated_at(lengths: list[StatedLength], name_end: int) -> float | None:
    """The length stated in brackets right after a name said again ("a 12-minute highlights cut ... <h2>The
    highlights cut (11:48)</h2>"): the later, exact length of the same work, which outranks the one first told."""
    at = bisect.bisect_left(lengths, name_end, key=lambda s: s.begin)
    return lengths[at].seconds if at < len(lengths) and lengths[at].begin <= name_end + 2 else None


def _label_said_again(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length of the work told apart by a bare label, "(a)", "(2)", "(iii)", written just before its length
    ("(a) a 2-minute bodycam clip ... (b) a 6-minute phone video") and said again in the end form's clause ("In
    (a), the last 10 seconds"): a label has no words for :func:`_name_words_said` to read. The label told last
    before ``position`` wins (a later list may letter its works again); None if the clause says no such label, or
    says two."""
    if "(" not in text[max(0, position - NAMED_LENGTH_CHARS):position + NAMED_LENGTH_CHARS]:
        return None  # cheap: most end forms have no label about them
    start, end = _words_about(text, position, NAMED_LENGTH_CHARS, ".!?\n")  # (to the clause's end: "of (b),")
    said = {m.group("label").lower() for m in _WORK_LABEL.finditer(text, start, end)}
    if len(said) != 1:
        return None
    told: dict[str, float] = {}
    previous_end = 0
    for s in lengths:
        if s.begin >= position:
            break
        labels = list(_WORK_LABEL.finditer(text, max(previous_end, s.begin - LABEL_BEFORE_LENGTH_CHARS), s.begin))
        if labels:
            told[labels[-1].group("label").lower()] = s.seconds
        previous_end = s.end
    return told.get(said.pop())


# A bare label of one work on a page of several: "(a)", "(B)", "(2)", "(iv)".
_WORK_LABEL = regex(r"\((?P<label>[a-hA-H]|\d{1,2}|(?:i{1,3}|iv|vi{0,3}|ix|x))\)")
# How far before a length its label is read ("(b) an 8-minute ...", "(2) the body camera video, 11:40 long").
LABEL_BEFORE_LENGTH_CHARS = 60


def _name_words_said(text: str, lengths: list[StatedLength], position: int) -> float | None:
    """The length of the work whose own words, said before its length's verb ("The Korva test video runs 12:40, the
    Pell clip is shorter at 8:20", "night two is longer at 2 hours 58") or right after the length before it with the
    verb left out ("Night one runs 2:41:10, night two 2:58:30"), the end form's sentence says most of:
    "Halfway through the Pell clip" counts from 8:20; "before the end of the original" reads only "the original".
    None if none is said, or two are said as much."""
    start, end = _words_about(text, position, NAMED_LENGTH_CHARS, ".!?\n")
    of_work = _END_OF_WORK.search(text, position, end)
    window = text[of_work.end() if of_work else start:end].lower()
    best: tuple[int, float | None] = (0, None)
    previous_end = -1
    for s in lengths:
        if s.begin >= position:
            break
        words = _work_name_words(text, s.begin, s.end, previous_end)
        previous_end = s.end
        if not words:
            continue
        said = sum(1 for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", window))
        if said > best[0]:
            best = (said, s.seconds)
        elif said and said == best[0] and best[1] != s.seconds:
            best = (said, None)  # as much of two works' names: neither
    return best[1]


@lru_cache(maxsize=4096)
def _work_name_words(text: str, begin: int, end: int, previous_end: int) -> frozenset[str]:
    """The words of the work's name the length at [begin, end) is told with (after the length before it, which ends
    at ``previous_end``, or -1), as :func:`_name_words_said` matches them; empty if none. Read once per length:
    every end form after it asks again (quadratic on a page of many lengths and end forms)."""
    m = _WORK_BEFORE_VERB.search(text, max(0, begin - NAMED_BEFORE_CHARS), begin)
    if m is None and previous_end >= 0:
        m = _WORK_ELIDED.fullmatch(text, previous_end, begin)  # "..., night two 2:58:30"
    # "Officer Mark Ruiz's body camera (9 minutes 50 seconds)": the work named before its length's brackets, its
    # owner said again as "Ruiz's" or "Ruiz" (round 81)
    bracketed = _WORK_BEFORE_PAREN.search(text, max(previous_end, begin - NAMED_BEFORE_CHARS), begin) \
        if m is None else None
    # "A 1 minute 36 second video posted to TikTok": the work named by the platform it went up on, said again
    # as "The TikTok's split-screen ...: in its last 20 seconds" (round 101)
    platform = _POSTED_TO_PLATFORM.match(text, end) if m is None and bracketed is None else None
    m = m or bracketed or platform
    # a table's row: "| 3 | Twelve Minute Burner | 12:00 | All |" under "| # | Video | Length | Level |", said
    # again as "Twelve Minute Burner is the one ..., but the last two minutes are nothing but swings" (round 105)
    name = m.group("name") if m is not None else _row_name(text, begin)
    if not name:
        return frozenset()
    words = {w.removesuffix("'s").removesuffix("’s") if bracketed else w
             for w in name.lower().split() if w not in _GENERIC_NAME_WORDS
             and not _LENGTH_MEDIA_WORD.fullmatch(w)}
    # a work told apart by a letter or a number: "Video A is a 2 min 14 s phone recording", "Camera 2 runs 41:10"
    words.update(" ".join(label.group(0).lower().split()) for label in _LETTERED_WORK.finditer(name))
    return frozenset(words)


def _words_about(text: str, position: int, reach: int, breaks: Iterable[str]) -> tuple[int, int]:
    """Where the words about an end form at ``position`` that may name its work start and end: back at most
    ``reach`` characters, not past the last of ``breaks`` (a paragraph's or a sentence's), on to the end of the
    form's clause ("... of the drone clip.")."""
    lo = max(0, position - reach)
    stop = _CLAUSE_STOP.search(text, position, position + NAMED_LENGTH_CHARS // 4)
    return max(lo, *(text.rfind(mark, lo, position) + 1 for mark in breaks)), stop.start() if stop else position


# How far before an end form the name of the video it counts in is read (a quarter of it after, to the clause's end).
NAMED_LENGTH_CHARS = 400
_CLAUSE_STOP = regex(r"[.;!?\n]|,\s")
# How far before a length the name of the work it is the length of is read.
NAMED_BEFORE_CHARS = 80
# The verbs that state a work's length after its name: "runs 97 minutes", "clocks in at just under 18 minutes".
_LENGTH_VERB = r"(?:runs|ran|lasts|lasted|is|was|clocks\s+in\s+at|comes\s+in\s+at)"
# The name of a video after its length: "four-minute phone video", "12-minute body camera video".
_NAMED_AFTER_LENGTH = regex(
    rf"[\s-]+(?:long\s+)?(?P<name>(?:(?!(?:of|from|by|in|on|at|with|that|which)\b)[\w'’-]+\s+){{0,2}}{LENGTH_MEDIA})\b",
    re.IGNORECASE)
# The name of a video before its length's verb, its medium last: "The theatrical cut runs 97 minutes", "the long
# version is 3:20", "the highlights cut clocks in at just under 18 minutes".
_NAMED_BEFORE_LENGTH = regex(
    rf"(?<![\w'’-])(?P<name>(?:(?!(?:the|a|an|this|that|its|of|from|by|in|on|at|with|which|and)\b)[\w'’-]+\s+){{1,2}}"
    rf"{LENGTH_MEDIA})\s+{_LENGTH_VERB}\s+(?:to\s+)?(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+|barely\s+)?$",
    re.IGNORECASE)
# Any work's name before its length's verb, after a determiner or at a clause's start: "The Korva test video runs ",
# "the Pell clip is shorter at ", "the Drift Mini footage is a ", "night two is longer at ".
_WORK_BEFORE_VERB = regex(
    r"(?:(?:^|[\s(])(?:the|this|that|its|their|our|my|his|her)\s+|(?:^|[;:.—–]\s+|\n\s*|\b(?:and|but|while)\s+))"
    rf"(?P<name>(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+{_LENGTH_VERB}\s+"
    r"(?:(?:a\s+(?:bit|little)\s+)?(?:shorter|longer)\s+at\s+|(?:just\s+)?(?:over|under)\s+|(?:a|an|about|roughly|"
    r"around|nearly|almost|only|just|for)\s+)*$", re.IGNORECASE)
# A work's name before the brackets its length opens, from its clause's start: "three files: Officer Dana
# Kowalczyk's body-worn camera (".
_WORK_BEFORE_PAREN = regex(r"(?:^|[,:;(—–]|\n)\s*(?:and\s+)?(?P<name>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*\(\s*$")
# A video said with its length and the platform it was posted to, capitalised: " video posted to TikTok", " clip
# uploaded to YouTube on 3 May".
_POSTED_TO_PLATFORM = regex(
    rf"[\s-]+(?:[\w'’-]+\s+){{0,2}}?{LENGTH_MEDIA}\s+(?:posted|uploaded|shared|published)\s+(?:to|on)\s+"
    r"(?P<name>(?-i:[A-Z])[\w-]+)\b", re.IGNORECASE)
# A work's name right after the length before it, its verb left out: ", night two " in "Night one runs 2:41:10,
# night two 2:58:30".
_WORK_ELIDED = regex(r"\s*(?:,|;|,?\s+and)\s+(?P<name>(?:[\w'’-]+\s+)?[\w'’-]+)\s+", re.IGNORECASE)
def _row_name(text: str, pos: int) -> str:
    """The words of the other cells of the Markdown table row holding ``pos`` (a length in its Length column), those
    with letters in them: the row's title and tags ("Twelve Minute Burner All"); "" outside a table's row."""
    line = text.rfind("\n", 0, pos) + 1
    if not text.startswith("|", line):
        return ""
    stop = text.find("\n", pos)
    cells = text[line:len(text) if stop < 0 else stop].strip().strip("|").split("|")
    return " ".join(c.strip(" *_") for c in cells if _ROW_NAME_CELL.search(c) and not TIMECODE.search(c))


_ROW_NAME_CELL = regex(r"[A-Za-z]{2}")
_GENERIC_NAME_WORDS = frozenset((
    "test", "full", "whole", "entire", "complete", "final", "finished", "official", "own", "new", "old", "short",
    "long", "longer", "shorter", "raw", "edited", "unedited", "original", "first", "second", "other", "main",
    "it", "this", "that", "which", "the", "a", "an", "and"))
_LENGTH_MEDIA_WORD = regex(LENGTH_MEDIA, re.IGNORECASE)
_LETTERED_WORK = regex(r"\b[A-Za-z]+\s+(?:[A-Z]|\d{1,2})\b")
# The work an end form names after it: "20 seconds before the end of the original".
_END_OF_WORK = regex(r"\b(?:end|start|beginning|rest|middle)\s+of\s+(?:the|this|that|its|his|her|their)\s",
                          re.IGNORECASE)
# How far after an end form's start the work it is "of" is read, how far back lengths are read for the work named
# (twenty thousand characters: a few pages), and how far before a length its work is named.
WORK_NAME_CHARS = 70
WORK_NAMED_REACH = 20_000
NAME_BEFORE_LENGTH_CHARS = 150
_NAME_STOP = regex(r"[.;!?\n—–]|,\s")
_FORM_OF_WORK = regex(
    r"\b(?:of|into|through)\s+(?!the\s+way\b|(?:it|them)\b|(?:this|that)\b(?!\s+\w))(?:(?:the|this|that)\s+)?"
    r"(?P<name>[\w\"“”‘’'-]+(?:\s+[\w\"“”‘’'-]+){0,3})", re.IGNORECASE)
# A work's possessive opening an end form, or right before it: "The clip's final 20 seconds", "its drone's last".
_OWNER = r"(?:the|this|that|its)\s+(?P<name>[\w-]+(?:\s+[\w-]+)?)['’]s\s+"
_OWNER_OF_FORM = regex(rf"{_OWNER}(?:very\s+)?(?:final|last|closing)\b", re.IGNORECASE)
_OWNER_BEFORE_FORM = regex(rf"\b{_OWNER}(?:very\s+)?$", re.IGNORECASE)
_QUOTE_MARKS = "\"“”‘’'"
# Words that end a work's name: "of the Cam 7 export he said", "of 'Owambe' are as good".
_NAME_ENDS = frozenset(("is", "are", "was", "were", "in", "on", "at", "for", "with", "and", "or", "but", "which",
                        "where", "when", "that", "he", "she", "they", "we", "you", "it", "as", "to", "from", "by",
                        "shows", "show", "showed", "has", "had", "have", "the", "an"))
_BARE_WORK = regex(rf"{LENGTH_MEDIA}|{MEDIA_NOUN}|way|end|day|night|match|game", re.IGNORECASE)


def stated_runtimes(text: str) -> list[tuple[StatedLength, str]]:
    """Every length ``text`` says is a work's runtime, with the work, in text order ("The episode runs 58
    minutes": (58 minutes, "episode")). Found from the runtime's words, each length read in its own line, so that
    a long article is not read whole for its lengths (a megabyte takes a second)."""
    found: list[tuple[StatedLength, str]] = []
    for m in _work_runs(text):
        b = max(text.rfind("\n", 0, m.start()) + 1, m.start() - RUNTIME_LINE_CHARS)
        e = text.find("\n", m.end(), m.end() + RUNTIME_LINE_CHARS)
        e = e if e >= 0 else min(len(text), m.end() + RUNTIME_LINE_CHARS)
        said = m.start("tail") if m.group("tail") else m.end()  # a hedged length begins at its hedge
        found += [(s, m.group("work").lower()) for s in find_lengths(text, b, e) if said <= s.begin <= m.end()]
    for m in _IT_RUNS_AFTER_WORK.finditer(text):
        # "The recording is still on the station's website. It runs 4 hours 6 minutes": the work the sentence
        # before opens with
        lo, hi = max(0, m.start() - RUNTIME_LINE_CHARS), max(0, m.start() - 2)
        before = max(text.rfind(".", lo, hi), text.rfind("\n", lo, hi))
        opening = _SENTENCE_OPENS_WORK.match(text, before + 1, m.start()) if before >= 0 or lo == 0 else None
        if opening is None or text.find("\n", opening.end(), m.start()) >= 0:
            continue
        e = text.find("\n", m.end(), m.end() + RUNTIME_LINE_CHARS)
        e = e if e >= 0 else min(len(text), m.end() + RUNTIME_LINE_CHARS)
        found += [(s, opening.group("work").lower()) for s in find_lengths(text, m.start(), e)
                  if m.start("tail") <= s.begin <= m.end()]
    for m in _DIRECTOR_CREDIT.finditer(text):
        # "Dir. Harriet Osei. Cert 15, 2hr 11min.": a credits line's length is the reviewed film's runtime (round 85),
        # not another work's told later ("whose debut Saltmarsh ran a lean 88 minutes")
        line_end = text.find("\n", m.end(), m.end() + RUNTIME_LINE_CHARS)
        found += [(s, "film") for s in _credit_line_lengths(
            text, m.start(), line_end if line_end >= 0 else min(len(text), m.end() + RUNTIME_LINE_CHARS))]
    labelled = list(_work_labels(text))
    for work, said in labelled:
        b = max(text.rfind("\n", 0, said) + 1, said - RUNTIME_LINE_CHARS)
        e = text.find("\n", said, said + RUNTIME_LINE_CHARS)
        e = e if e >= 0 else min(len(text), said + RUNTIME_LINE_CHARS)
        found += [(s, work) for s in find_lengths(text, b, e) if said <= s.begin <= said + 1]
    return sorted(found, key=lambda f: f[0].begin)


# How far about a runtime's words its length is read (within their line).
RUNTIME_LINE_CHARS = 300


def whole_work_length(text: str, runtimes: list[tuple[StatedLength, str]], position: int) -> float | None:
    """The length of the work the text is about, said as its runtime (``runtimes``, from
    :func:`stated_runtimes`), nearest before ``position`` (else the first after); None
    if no length is so said. Where the words about ``position`` name a work ("gave the episode five stars, calling
    the final 10 minutes", "halfway through the package"), the runtime must be that work's."""
    if not runtimes:
        return None
    named = {w.lower() for w in _WORK_NOUN.findall(text, *_words_about(text, position, WORK_NAMED_CHARS, ("\n\n",)))}
    fitting = [s for s, work in runtimes if not named or work in named]
    before = [s for s in fitting if s.begin < position]
    return before[-1].seconds if before else fitting[0].seconds if fitting else None


# How far before an end form a work it names is read ("gave the episode five stars, calling the final 10 minutes").
WORK_NAMED_CHARS = 40
# A work's noun said of people or a trade, no work: "a room of film students", "a video editor", "podcast hosts".
_NOT_ATTRIBUTIVE = (r"(?!\s+(?:students?|school|schools|festivals?|critics?|makers?|buffs?|fans?|club|society|"
                    r"studies|industry|crews?|career|rights|editors?|directors?|producers?|hosts?|viewers?|"
                    r"audiences?|historians?|nerds?|lovers?|archives?|archivists?)\b)")
# (a passive's "cut" is no work: "One scene was cut, a 12-minute conversation")
_PASSIVE_BEFORE = "".join(rf"(?<!\b{w}\s)" for w in ("was", "were", "been", "be", "is", "are", "got", "get"))
_WORK_NOUN = regex(rf"(?<![\w-]){_PASSIVE_BEFORE}{LENGTH_MEDIA}(?![\w-]){_NOT_ATTRIBUTIVE}", re.IGNORECASE)
# The work itself, then its runtime's verb: "The episode runs", "the finished film runs", "This documentary lasts".
_RUNTIME_DETERMINERS = ("the", "this")
_RUNTIME_ADJECTIVES = ("finished", "full", "whole", "complete", "final", "entire", "released")
_RUNTIME_WORKS = ("episode", "film", "movie", "documentary", "programme", "program", "feature", "broadcast",
                  "recording", "video")
_WORK_RUNS = regex(
    rf"\b(?:{'|'.join(_RUNTIME_DETERMINERS)})\s+(?:(?:{'|'.join(_RUNTIME_ADJECTIVES)})\s+)?"
    rf"(?P<work>{'|'.join(_RUNTIME_WORKS)})(?:\s+|(?=,))"
    # (its title or a short relative clause may stand between: "The film that came out of it, “Owambe”, runs"; the
    # comma inside the quotes as American style sets it: 'The feature ..., "The Sound Between," is' (round 73))
    r"(?:(?:that|which)\s+[^.,;:!?\n]{1,40}?)?(?:,\s*[\"“‘'][^\"“”‘’\n]{1,40}(?:[\"”’']\s*,|,[\"”’'])\s*)?"
    r"(?:runs|ran|lasts|lasted|is|was|clocks\s+in\s+at)\s+(?P<tail>for\s+|just\s+(?:over|under)\s+|(?:about|roughly)\s+)?",
    re.IGNORECASE)
# "It runs 4 hours 6 minutes", "It lasts about 50 minutes": a runtime told of the work the sentence before named.
_IT_RUNS_AFTER_WORK = regex(r"(?<![\w-])It\s+(?:runs|lasts)\s+(?P<tail>)")
# (the work picked out among several: "The longest recording is a Facebook livestream by ... It runs 1 hour 36
# minutes" (round 73))
_SENTENCE_OPENS_WORK = regex(
    rf"\s*(?:{'|'.join(_RUNTIME_DETERMINERS)})\s+(?:(?:{'|'.join(_RUNTIME_ADJECTIVES)}|longest|shortest|main|"
    rf"original|first|second|third|last|earliest|latest)\s+)?"
    rf"(?P<work>{'|'.join(_RUNTIME_WORKS)})\b", re.IGNORECASE)
# A work's length told as a label, as a page's metadata line writes it: "Episode length 1:04:37", "Film runtime:
# 97 min", "Programme duration 58:10".
_LABEL_WORDS = ("length", "runtime", "run time", "running time", "duration")
_WORK_BEFORE_LABEL = regex(rf"(?<![\w-])(?P<work>{'|'.join(_RUNTIME_WORKS)})\s+$", re.IGNORECASE)
_LABEL_AFTER = regex(r"(?:\*\*|__)?\s*[:=]?\s*(?:\*\*|__)?\s*")


def _work_labels(text: str) -> Iterator[tuple[str, int]]:
    """The work and where its length must begin, for each label of :data:`_LABEL_WORDS` after a work's noun (found
    with ``str.find``, not an alternation tried at every position)."""
    low = lowered(text)
    if low is None:
        return
    for word in _LABEL_WORDS:
        at = low.find(word)
        while at >= 0:
            work = _WORK_BEFORE_LABEL.search(text, max(0, at - LABEL_WORK_CHARS), at)
            if work is not None:
                after = _LABEL_AFTER.match(text, at + len(word))
                yield work.group("work").lower(), after.end() if after else at + len(word)
            at = low.find(word, at + 1)


# How far before a label its work's noun is looked for ("Documentary   length").
LABEL_WORK_CHARS = 16


# Characters that IGNORECASE matches to an ASCII letter not their own lower case ("ſ" to "s"; "İ" lowers to two
# characters, so a text holding it has no :func:`lowered` copy): with none, ASCII words are found in the lowered text.
_FOLDS_TO_ASCII = ("ı", "ſ", "\u212a")


def _work_runs(text: str) -> Iterator[re.Match[str]]:
    """What ``_WORK_RUNS.finditer(text)`` yields, tried only where a work's noun found by ``str.find`` has a
    determiner (and an adjective) before it: the alternation tried at every position of a long article cost
    more than the rest of reading its runtimes (a twentieth of the extraction at one timed sentence in ten)."""
    low = lowered(text)
    if low is None or any(c in text for c in _FOLDS_TO_ASCII):
        yield from _WORK_RUNS.finditer(text)
        return
    starts = set()
    for work in _RUNTIME_WORKS:
        at = low.find(work)
        while at >= 0:
            start = _determiner_before(text, low, at, adjective=True)
            if start is not None:
                starts.add(start)
            at = low.find(work, at + 1)
    end = 0
    for start in sorted(starts):
        m = _WORK_RUNS.match(text, start) if start >= end else None  # (as finditer: on past the last match)
        if m is not None:
            end = m.end()
            yield m


def _determiner_before(text: str, low: str, at: int, adjective: bool) -> int | None:
    """Where a word of _RUNTIME_DETERMINERS starts that ends before the space run ending at ``at`` (through one of
    _RUNTIME_ADJECTIVES and its space run if ``adjective``), or None: the one place _WORK_RUNS may match."""
    word_end = at
    while word_end > 0 and text[word_end - 1].isspace():  # (str.isspace is what re's \s tests)
        word_end -= 1
    if word_end == at:
        return None
    for word in _RUNTIME_DETERMINERS:
        if word_end >= len(word) and low.startswith(word, word_end - len(word)):
            return word_end - len(word)
    for word in _RUNTIME_ADJECTIVES if adjective else ():
        if word_end >= len(word) and low.startswith(word, word_end - len(word)):
            return _determiner_before(text, low, word_end - len(word), adjective=False)
    return None


def whole_lengths(text: str, lengths: list[StatedLength], position: int) -> list[StatedLength]:
    """``lengths`` without those told of a part, where the form at ``position`` names its work as a whole ("about
    three-quarters of the way through the film", after "a 17-minute conversation between two trappers" that the
    film cut): a conversation, a scene or a take is a stretch of the film, not the film."""
    stop = _NAME_STOP.search(text, position, position + WORK_NAME_CHARS)
    end = stop.start() if stop else position + WORK_NAME_CHARS
    if _FORM_OF_WHOLE.search(text, position, end) is not None:
        lengths = [s for s in lengths if _PART_AFTER_LENGTH.match(text, s.end) is None]
        # (nor one bracketed on a promotion's noun: "The trailer (1:02) gives away the final shot ... in the last
        # half-minute of the film" (round 67), kept where every length is one)
        lengths = [s for s in lengths if not (text[s.begin - 1:s.begin] in ("(", "[") and _PROMO_BEFORE_BRACKET.search(
            text, max(0, s.begin - 40), s.begin - 1))] or lengths
    if _FORM_OF_FOOTAGE.search(text, position, end) is not None:
        # "three-quarters of the way through the video", after the song it is danced to, '"Paus Aala" (4:12)' (round
        # 101): a song's or an advert's length is no footage's (kept where every length is one)
        kept = [s for s in lengths if not _played_length(text, s.begin)]
        lengths = kept or lengths
    return lengths


@lru_cache(maxsize=4096)
def _played_length(text: str, begin: int) -> bool:
    """:func:`_played_thing_nearer` for a length at ``begin``, from its sentence's start: read once per length, not
    once per form that asks (every form naming its footage asks it of every length before it: quadratic)."""
    return _played_thing_nearer(text, max(_last_full_stop(text, begin), text.rfind("\n", 0, begin)) + 1, begin)


# A form's work named as a whole: "of the film", "through the episode", "into the documentary".
_FORM_OF_WHOLE = regex(
    r"\b(?:of|through|into)\s+(?:the|this|that)\s+(?:(?:full|whole|entire|finished|released)\s+)?"
    r"(?:film|movie|episode|documentary|feature)\b", re.IGNORECASE)
# A form's footage named: "through the video", "of the clip", "into the livestream".
_FORM_OF_FOOTAGE = regex(
    rf"\b(?:of|through|into|in)\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+)?{LENGTH_MEDIA}\b", re.IGNORECASE)
# A promotion's noun right before a bracket holding its length: "The trailer (", "the teaser [".
_PROMO_BEFORE_BRACKET = regex(r"(?<![\w-])(?:trailers?|teasers?|promos?|previews?|sneak\s+peeks?|excerpts?|clips?)"
                              r"[^\S\n]*$", re.IGNORECASE)
# A length told of a part of a work, right after it: "17-minute conversation", "a 40-second take", "The
# eleven-minute version of "Lough Road"" (a titled song's rendition in a concert film).
_PART_AFTER_LENGTH = regex(
    r"[\s-]+(?:long\s+)?(?:(?:conversation|sequence|scene|speech|exchange|segment|section|passage|take|shot|"
    r"montage|interview|monologue)s?\b|(?:version|rendition)\s+of\s+[\"“‘'])", re.IGNORECASE)


def nearest_length(lengths: list[StatedLength], position: int) -> float | None:
    """The stated length closest before ``position`` (else the first after it)."""
    i = bisect.bisect_right(lengths, position, key=lambda s: s.begin)
    if i:
        return lengths[i - 1].seconds
    return lengths[0].seconds if lengths else None


_ALL_SPACE = regex(r"\s*")


def _intro_heads_no_list(m: re.Match[str], text: str, b: int) -> bool:
    """A list's introduction that is itself a list's item, or that no list follows (``b`` unused).  The text's
    opening line heads what follows, items or not: "Our Cebu day-trip vlog (32:10) itinerary po:\n5:30 AM hotel
    pickup ..." (round 124)."""
    opening = text.rfind("\n", 0, m.start()) + 1
    below = text.find("\n", m.end())
    if below >= 0 and _ALL_SPACE.fullmatch(text, 0, opening) is not None:
        return False  # (read in place: no copy of the text before or after, once per match)
    while below >= 0 and text.startswith("\n", below + 1):
        below += 1  # (a blank line may stand between the intro and its list)
    return _LIST_ITEM.match(text, opening) is not None or below < 0 or _LIST_ITEM.match(text, below + 1) is None


def _labels_chapters(m: re.Match[str], text: str, b: int) -> bool:
    """A numbered recording's label among labels that start at "(0:00)": chapters of one work ("Clip 1 (0:00):
    ...\nClip 2 (1:47): ..."), as are the items of a list of moments (``b`` unused: the labels' block is read)."""
    block = text.rfind("\n\n", 0, m.start()) + 1
    stop = text.find("\n\n", m.end())
    return _in_moments_list(text, m.start()) or any(
        _value(x.group("d")) == 0 for x in _NUMBERED_RECORDING_LABEL.finditer(text, block, stop if stop >= 0
                                                                              else len(text)))


# Patterns whose matches one test of their context tells apart from a length (read by ``_not_a_length``).
_TOLD_APART = {id(p): told for p, told in ((_CUT_DOWN_TO, _cut_amount), (_MEDIA_LABEL_ITEM, _label_places_later),
                                          (_NUMBERED_RECORDING_LABEL, _labels_chapters),
                                          (_LIST_INTRO_PAREN, _intro_heads_no_list),
                                          (_ADJ_MEDIA, _adjective_length_apart))}
