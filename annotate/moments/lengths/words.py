"""The words of works and of their lengths that more than one reader of stated lengths matches: the kinds of work a
length is told of, titles, labels and the patterns the finder and its tests of context share."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.lengths.stated import _WordGate
from annotate.moments.patterns import (
               BROADCAST_HOUR,
               COMPACT,
               DURATION,
               HEDGE,
               LENGTH_JUDGED,
               LENGTH_MEDIA,
               MEDIA_NOUN,
               PLATFORM,
               PLATFORM_WORK,
               PRODUCED_CUT,
               RECORDED_TALK,
               TC_TEXT,
               WEB_DOMAIN,
)

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
# Emphasis markup around a label or a value: Markdown's "**", "__", HTML's "<b>", "</strong>"; opening a value, a
# Markdown code span's backtick too ("Full match video is `1:34:20` on the shared drive" (round 194)).
_EMPHASIS_OPEN = r"(?:\*\*|__|`|<(?:b|strong|em|i)>)"
_EMPHASIS_CLOSE = r"(?:\*\*|__|`|</(?:b|strong|em|i)>)"
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
    rf"roughly|nearly|almost|under|over|barely)\b)[a-z])(?:\s*,\s*(?:which|that)\s[^.;,]{{0,60}},\s*|"
    # (a clock's dot is no stop: "The stream began at 9.30 am IST and runs 6 hours 15 minutes", "aired at 7:30 a.m.
    # and runs 26 minutes" (round 189))
    rf"(?:[^.;]|(?<=\d)\.(?=\d)|(?<=\d\s)[ap]\.m\.|(?<=\d)[ap]\.m\.){{0,40}}?\b"
    # (a relative clause of running closing a longer apposition: "a phone video taken by a crewman, Production 7/5,
    # which lasts 1 min 52 s" (round 112); or of being, told in units: "the video of the occurrence outside Farid
    # Gate, which is 3.40 minutes duration" (round 194); not "frame 11,650 of the footage, which is 7:46", a position)
    rf"|[^.;()\n]{{1,60}}?,\s*(?:which|that)\s+(?=(?:lasts|lasted|runs|ran)\s|(?:is|was)\s(?:[^.;,\n]|(?<=\d)\.(?=\d)){{0,30}}?"
    rf"\b(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b)"
    # (an exhibit's label in brackets between: "The recording (Gov't Ex. 3) runs 11 minutes and 2 seconds"; words
    # after it too: "The body-worn camera footage (BWC) of Senior Constable Meaney, which runs 14 minutes 20 seconds"
    # (round 163))
    # (words before the bracket as well: "the recording of Senior Constable Dwyer (Exhibit 2), which runs 11 minutes
    # and 40 seconds" (round 169))
    rf"|(?:[^.;()\n]{{1,40}}?)?\s*\([^()\n]{{1,40}}\)(?:\s+|[^.;()]{{0,40}}?\b))"
    # (Australian and Irish "went for": "the stream went for 6h 41m" (round 86))
    # (Swahili's and Sheng's "ni" for "is", as Pidgin's "na": "I took a video, clip ni 3:05" (round 174); Ghanaian
    # Pidgin's "be" and Tagalog's "ay": "The clip be 2:30", "Replay ay 2:14:50 lahat" (round 190))
    rf"{_STAMP_SUBJECT}(?:lasts|lasted|runs|run(?=\s+to\s)|ran|is|was|na|ni|be|ay|running|lasting|clocks\s+in\s+at|"
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
    # (its emphasis closed first: "The clip is **0:45** in when he slips" is a place in it)
    rf"(?P<d>{DURATION}|{TC_TEXT})(?!{_EMPHASIS_CLOSE}?\s+(?:into|in\b(?!\s+(?:total|all|length|duration|{_VERSION_OF_WORK})\b)|"
    rf"later|earlier|before(?!{_RECORDING_STOPPED})|"
    # (a file's specs after its length are no second time listed: "Raw file is 41:30, 4K, 2.1 GB")
    rf"after|fast|slow|behind|ahead)){_CUT_SHORT}{_NOT_RANGE}(?!\s*(?:,|and|&|or)\s*\d(?!{_SPEC_UNIT}))",
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
# A music release or a DJ's recording, as a title line's medium: "(mix, 61:18)", "(live set, 1:02:00)", "(EP, 22:05)"
_RELEASE = r"(?:mix|mixtape|set|album|(?-i:EP|LP))"
# Emoji and their variation selector, closing a title line as markup does: their code point ranges, as a character
# class's body (for a pattern) and as the characters themselves (for a strip).
_EMOJI_RANGES = ((0x1F300, 0x1FAFF), (0x2600, 0x27BF), (0xFE0F, 0xFE0F))
_EMOJI = "".join(f"{chr(first)}-{chr(last)}" for first, last in _EMOJI_RANGES)
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
    # (or the work it comes from, named as its source: "Top 5 Drua tries (from the club's 'Best of the Season' video,
    # 11:48)" (round 197))
    rf"\(\s*(?:(?P<m>(?:from\s+(?:the|our|their|his|her|my|this|a)\s+[^()\n,\d]{{0,50}}?)?"
    rf"(?:[\w'’-]+\s+){{0,2}}(?:{LENGTH_MEDIA}|replays?|audio|{_RELEASE}|(?-i:{PLATFORM})|"
    rf"(?-i:[A-Z])[\w'’-]*\s+(?:Records|Recordings|Music|Pictures|Films|Studios|Productions))"
    rf"(?:\s+[\w'’-]+(?=,))?)\s*[,:;]?\s+)?(?:(?:{HEDGE})\s+)?"
    # (a heading's or a caption's closing tag may end the line: "<h3>Sourdough (video 18:40)</h3>")
    # (where it is may follow: "Eurovision final (4h 02m on the EBU channel)")
    # (a list's header colon or an emoji may close the line: "Makeup tutorial steps (video 11:00, filmed in one take)
    # 💄" (round 135))
    rf"(?P<d>{DURATION}|{TC_TEXT})\s*(?P<note>,[^()\n]{{0,60}}|\s+(?:on|via)\s+[^()\n]{{1,40}})?\)[ \t*_.#=:{_EMOJI}]*"
    r"(?:</(?:h[1-6]|caption|figcaption|summary|title|strong|b|em|i|p)>[ \t]*)?(?=\n|$)",
    re.IGNORECASE)
# A length opening its sentence, then the link to the work it measures: "2 min 15 s, link: https://youtu.be/OwL8mEath"
# (round 141, forum), "4:10 - www.youtube.com/watch?v=x", "Ninety seconds, here: vimeo.com/1" (not a link that seeks:
# "0:45: youtu.be/x?t=45" is that position).
_LENGTH_THEN_LINK = regex(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t*_]*(?P<d>{DURATION}|{TC_TEXT})[ \t*_]*(?:,|[—–-]|:)[ \t]*"
    rf"(?:(?:link|video|clip|vid|here|watch|footage|recording)(?:[ \t]+(?:here|below|is|to\s+it))?[ \t]*:?[ \t]*)?"
    rf"(?=(?:https?://|www\.|{WEB_DOMAIN}/)(?![^\s()]*[?&#](?:t|start)=))",
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
# A work's timecode in brackets in the line that introduces a list, a colon closing it: "with timings in the weekly
# highlights reel (9:48) so you can jump straight there:" (round 77): the whole work's length, the list's items
# placing things in it (read by :func:`_not_a_length`: the next line must be an item, this one none).
_LIST_INTRO_PAREN = regex(
    rf"\b{LENGTH_MEDIA}\s*\(\s*(?P<d>{TC_TEXT})\s*\)[^\n()]{{0,80}}:(?=[^\S\n]*(?:\n|$))", re.IGNORECASE)
# A length told to show that the work is long or short: "Marrow Lane is long (2 hrs 11 min in the cinema cut)",
# "louder, longer (1h 52m), no less fun".
_LONG_PAREN = regex(
    rf"\b(?:long|short|lengthy|overlong|brief|longer|shorter)\s*\(\s*(?:(?:{HEDGE})\s+)?(?P<d>{DURATION}|{TC_TEXT})(?P<rest>[^()\n]{{0,60}}\))",
    re.IGNORECASE)
# A list item opened by the work's label and a timecode alone in its sentence: "<li>Recording: 49:12. The demo is at
# 18:30&ndash;24:10.</li>" (a length only where the item then places earlier times: ``labelled_item_length``).
_MEDIA_LABEL_ITEM = regex(
    rf"(?:^|(?<=\n)|(?<=<li>)|(?<=<p>)|(?<=<td>)|(?<=<dd>))[ \t]*(?:[-*•][ \t]+)?[*_]{{0,2}}(?:(?:full|whole)\s+)?"
    rf"(?:{LENGTH_MEDIA}|audio)[*_]{{0,2}}[ \t]*:[ \t]*[*_]{{0,2}}(?P<d>{TC_TEXT})(?=[*_]{{0,2}}[ \t]*[.;](?:[ \t]|$))",
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
# A total told of watching or running time: "Total watch time roughly 1h06m", "total running time: 3 hours".
# "the total walk is 1 h 10 min": the whole of a walk, a ride or a tour filmed end to end, said as what its total is
# (not "the total delay was 40 minutes", a stretch of the world; nor a journey's, a trip's or a flight's, which
# travel writing times apart from any video).
_TOTAL_TIME = regex(
    rf"\btotal(?:\s+(?:[\w-]+\s+){{0,2}}?(?:time|length|duration|runtime)\s*:?\s*(?:(?:is|was)\s+)?"
    rf"|\s+(?:walk|ride|route|tour|hike|drive|climb|descent|video|clip|film|footage|recording|stream)\s+"
    rf"(?:is|was|comes\s+to)\s+)(?P<h>(?:{HEDGE})\s+|[~≈]\s*)?(?P<d>{DURATION})",
    re.IGNORECASE)
# The ratings a release's credits carry bare, beside its length.
_RATINGS = r"(?-i:PG-13|PG|NC-17|12A|15A|TV-MA|TV-14|TV-PG)"
# A release's metadata, its rating then its length: "In cinemas 14 March; rated 12A; 2 h 38 min", "PG-13 · 1h 52m",
# "Certificate 15 | 1h 58m".
_RATED_LENGTH = regex(
    rf"(?:\b(?:rated|certificate|cert\.?)\s+[\w-]+|(?<![\w-]){_RATINGS})\s*[;,|·•/]\s*"
    rf"(?P<h>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?=\s*(?:[.;,|·•/)]|$))",
    re.IGNORECASE)
# A listed work's quoted title opening its line (after the list's number or bullet; a short note in brackets may follow
# it), then its length in words after a spaced dash, closing the clause: '1. "Pigeon vs. parking ticket" — 45 s, 2.3M
# views.', '3. "Magpie swoop season" — 1 min 20 s; the swoop happens 25 seconds in.' (round 134; not "— 25 s in").
# (the line's opening before the title is read back by :func:`_not_a_length`: a literal opening scans fast)
_QUOTED_ITEM_DASH_LENGTH = regex(
    r"[\"“][^\"“”\n]{1,80}[\"”][*_]{0,2}"
    r"(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+[—–-][ \t]+"
    rf"(?:(?:{HEDGE})\s+)?(?P<d>{DURATION})(?=[ \t]*(?:[,;.](?:\s|$)|$))",
    re.IGNORECASE | re.MULTILINE)
# A Markdown heading's opening (not a numbered item or post, "#1 The opener · 3:20", "#214 BlueLinePete · 22:18").
_HEADING_START = regex(r"#{1,6}[ \t]")
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
    # (Pidgin's "e" for "it", "be" its copula: "Una don see the video ...? E be 2 mins 40 secs on TikTok" (round 137))
    rf"(?:(?<![\w'’-])(?P<it>it|e(?=\s+be\s)|(?:this|that|the\s+(?:new|latest|second|other|first|original|"
    rf"long|longer|short|"
    rf"shorter|full|edited|cropped|trimmed|uncut|raw))\s+one"
    # (or the film's one long shot, named as the sentence's subject: "The shot lasts eleven minutes" (round 108),
    # "the opening take runs six minutes", as "a shot that lasts eight minutes" is read)
    rf"|(?:the|this|that)\s+(?:(?:opening|single|long|unbroken|continuous|whole)\s+)?(?:shot|take)(?=\s+(?:lasts|runs)\s)"
    # (or the original of a copy, named as such: "The original runs 3 minutes 10 seconds" (round 189), or by whose
    # it is: "Her original runs 4 minutes 10 seconds" (round 199))
    rf"|(?:the|this|that|her|his|their|its|our|my|your)\s+original(?=\s+(?:lasts|runs)\s))"
    rf"(?:\s+(?:(?:(?!\b(?:begins?|began|starts?|started|opens?|opened|comes?|came|"
    # (a clock or a decimal in that clause is no stop: "It aired on 22 April 2025 at 9:30 pm and runs 44 minutes" (round
    # 181))
    # (nor a clock's "a.m." or "p.m.": "It first aired on 11 March 2025 at 8:30 p.m. and runs 44 minutes" (round 189))
    rf"kicks?)\b)(?:[^.;:!?\n]|(?<=\d)[.:](?=\d)|(?<=\d\s)[ap]\.m\.|(?<=\d)[ap]\.m\.)){{1,80}}?\s+and\s+"
    rf"(?=lasts\s|runs\s|ran\s))?"
    rf"(?:(?P<runs>lasts|runs(?:\s+to)?|ran(?:\s+to)?)|clocks\s+in\s+at|comes\s+in\s+at|is|(?<=\be\s)be)|['’]s)"
    # (Pidgin's copula "na": "The whole thing na 3:40" (round 100))
    # (or the full thing: "Full thing na 3:05" (round 194))
    rf"|\b(?:whole|entire|full)\s+(?:(?:thing|lot)(?:['’]s|\s+(?:is|was|na|runs|ran|lasts|lasted|clocks\s+in\s+at|"
    # (the verb left out, as chat writes it: "Whole thing only 2 min 05 sec" (round 73); or the recording itself so
    # named: "Full video only 4 minutes, see and tell" (round 201's Sri Lankan note))
    rf"comes\s+in\s+at)|(?=\s+(?:only|just)\s))|(?:video|clip|recording|footage|vlog|stream|livestream)"
    rf"(?=\s+(?:only|just)\s)))\s+"
    # (and a reviewer's word on it: "the official livestream is still up ... — it's a whopping 9 hours 14 minutes"
    # (round 94))
    rf"(?:(?:just|only|all\s+of|like)\s+|{_CLOSER})?(?:{LENGTH_JUDGED})?"
    rf"(?P<h>(?:{HEDGE})\s+(?:exactly\s+)?)?(?P<d>{DURATION}|(?(it)(?!)|{TC_TEXT}))"
    # (and what the work does next: "it's 9 minutes and shows every fold"; what it holds: "it runs 7 hours 12 minutes
    # including the pre-race show"; after "runs" or "lasts", any such verb:
    # "It runs 58 minutes and wastes none of them")
    # (or what it carries: "3 minutes 20 seconds with a dashcam overlay")
    # (or where it is posted: "It's 2 mins 40 secs on TikTok, 1.2m views already")
    rf"(?(it)(?=\s*(?:in\s+(?:all|total)\b|all\s+told\b|including\b|with\s+(?:an?|the|its|no)\s|[,.;:!?)]|\(\d|$|"
    rf"on\s+{PLATFORM}\s*[,.;:!?)]|"
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
    # (or the copy a subtitler or a checker works against: "against the 1:54:10 master", "the 3:20 original" (round
    # 204))
    rf"(?:{LENGTH_MEDIA}|edit|masters?|originals?|{PLATFORM_WORK})\b", re.IGNORECASE)
# "Teaser (1:36)", "Full video (48:12)": a title followed by its length in parentheses.
# (an inline element may wrap the time inside the brackets: '(<time datetime="PT18M40S">18:40</time>)'; or Markdown's
# emphasis: "(**18:42**)" (round 204))
_PAREN_TC = regex(rf"\((?:<(?P<tag>time|span|b|strong|em|i|code|mark)\b[^<>]{{0,200}}>|(?P<md>\*{{1,2}}|_{{1,2}}))?"
                  rf"(?P<d>{TC_TEXT})(?(tag)</(?P=tag)\s*>)(?(md)(?P=md))\)", re.IGNORECASE)
_GATE_LENGTH_LABEL = _WordGate(r"duration|length")
_POSITION_OF_WORK_PAREN = regex(
    rf"(?P<p>{TC_TEXT})\s+(?:of|in)\s+(?:the|this|that|its|[\w'’-]+['’]s)\s+(?:[\w'’.-]+\s+){{0,3}}?{MEDIA_NOUN}"
    rf"\s*\(\s*(?P<d>{TC_TEXT})\s*\)", re.IGNORECASE)

# A length standing alone as an item of a line of items set apart by middle dots, bullets or bars, as a podcast's or
# a video's page lists them: "Published: 3 Nov 2026 · 1 hr 12 min · Explicit: No", "Vlog • 14 min • 2 days ago",
# the line's last item too: "**Episode 88** | published 2 Feb 2025 | 1 h 12 min".
_DOT_SEP = r"(?:[·•|]|&middot;|&bull;)"
_DOTTED_ITEM_LENGTH = regex(
    r"(?:(?<=[·•|])|(?<=&middot;)|(?<=&bull;))[ \t\u00a0]*"
    rf"(?P<d>{COMPACT}|{DURATION})[ \t\u00a0]*(?={_DOT_SEP}|\n|$)",
    re.IGNORECASE)
# (its look-behind read after the "d", which the pattern then opens on: tried only at a "d", not everywhere)
# A show's recording line is such a credits line too: "Recorded 29 May at Westbury allotments, Wiltshire. 47
# minutes." (round 139), its bare length the episode's.
_DIRECTOR_CREDIT = regex(r"d(?<![\w/]d)(?:ir\.|irected\s+by)\s|(?<![\w/])(?:recorded|streamed)\s", re.IGNORECASE)
# A quoted title and who made it, its length in brackets after: 'Music: “Coastline” by Ferrow (3:14)' (quotes as
# pasted HTML writes them too: "&ldquo;Coastline&rdquo;").
_QUOTE_MARK = r"(?:[\"“”‘’']|&(?:[lr][ds]quo|quot);)"
# A numbered part's abbreviated label ("Ep. 87 — The Lighthouse Keepers (52:18)"), which no sentence ends at.
_PART_LABEL = regex(r"\b(?:Ep|Eps|Pt|Pts|Ch|Chap)\.[^\S\n]*(?=\d)", re.IGNORECASE)
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
_WORK_END = regex(rf"(?<![\w-]){_WORK}\s*$", re.IGNORECASE)

# (or a compact stamp: "0h04m Praise and worship", "12m30s Q&A")
_COMPACT_STAMP = regex(r"\d{1,2}h[0-5]\dm(?:[0-5]\ds)?|\d{1,3}m[0-5]\ds")
# A line's mark before its stamp ("- ", "• ", "(", "["), then the stamp.
_LINE_MARK = r"[ \t]*(?:[-*•][ \t]*)?[(\[]?"
_COMPACT_AT = rf"(?:{_COMPACT_STAMP.pattern})(?![\w])"

_QUOTES = "'\"‘“"
_LIST_ITEM = regex(r"[ \t]*(?:\d{1,2}[.)]|#\d{1,2}\b|[-*•](?![*_]))")  # "**Top moments**" is no item

# How far before an end form the name of the video it counts in is read (a quarter of it after, to the clause's end).
NAMED_LENGTH_CHARS = 400
# How far after an end form's start the work it is "of" is read, how far back lengths are read for the work named
# (twenty thousand characters: a few pages), and how far before a length its work is named.
WORK_NAME_CHARS = 70
_NAME_STOP = regex(r"[.;!?\n—–]|,\s")
# A work's noun said of people or a trade, no work: "a room of film students", "a video editor", "podcast hosts".
_NOT_ATTRIBUTIVE = (r"(?!\s+(?:students?|school|schools|festivals?|critics?|makers?|buffs?|fans?|club|society|"
                    r"studies|industry|crews?|career|rights|editors?|directors?|producers?|hosts?|viewers?|"
                    r"audiences?|historians?|nerds?|lovers?|archives?|archivists?)\b)")
# (a passive's "cut" is no work: "One scene was cut, a 12-minute conversation")
_PASSIVE_BEFORE = "".join(rf"(?<!\b{w}\s)" for w in ("was", "were", "been", "be", "is", "are", "got", "get"))
_WORK_NOUN = regex(rf"(?<![\w-]){_PASSIVE_BEFORE}{LENGTH_MEDIA}(?![\w-]){_NOT_ATTRIBUTIVE}", re.IGNORECASE)
