"""Footage lengths stated in the text ("the six-minute clip", "runs 48:12", "Teaser (1:36)"): the finder that
chooses the length patterns a sentence may hold and keeps every match its context does not tell apart."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.forms import has_unit, has_unit_stem
from annotate.moments.hedges import hedge_after
from annotate.moments.lengths.lists import (
    _credit_line_lengths,
    _dotted,
    _list_lengths,
    _metadata_patterns,
    _work_line_lengths,
)
from annotate.moments.lengths.passing import _passing_patterns
from annotate.moments.lengths.stated import StatedLength, _lowered_mentions_media, _mentions_media, _value, _WordGate
from annotate.moments.lengths.titles import title_paren_spans
from annotate.moments.lengths.told_apart import _not_a_length, _work_named_before
from annotate.moments.lengths.words import (
    _ADJ_MEDIA,
    _ADVERT,
    _CLOSER,
    _CUT_DOWN_TO,
    _CUT_OBJECT,
    _DOT_SEP,
    _EMPHASIS_OPEN,
    _GATE_LENGTH_LABEL,
    _LENGTH_LABEL_LINE,
    _LENGTH_THEN_LINK,
    _LENGTH_WORK,
    _LONG_PAREN,
    _MEDIA_APPOSED,
    _MEDIA_VERB,
    _NOT_RANGE,
    _NUMBERED_RECORDING_LABEL,
    _RATED_LENGTH,
    _RUNTIME,
    _TC_LONG,
    _TC_MEDIA,
    _TOTAL_TIME,
    _WORK_LASTS,
    IT_WORK_CHARS,
    PAIRED_WORKS_PAREN,
)
from annotate.moments.patterns import (
    DRONE,
    DRONE_FLIGHT,
    DURATION,
    HEDGE,
    LENGTH_JUDGED,
    LENGTH_MEDIA,
    MEDIA_NOUN,
    RECORDED_TALK,
    TC_TEXT,
)
from annotate.moments.scan import CaseBlind

_GATE_ADVERT = _WordGate(rf"\b{_ADVERT}\b")
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
    r"|[^.;:,()\n]{1,60}?,\s*[^.;:,()\n]{1,60},\s*(?:which|that)\s+"
    # (or a phrase, then a relative clause the verb of running follows, closed by a comma or a dash: "Leclerc's full
    # onboard on F1TV, which is basically the whole race — runs 1 hr 38 min" (round 51))
    r"|[^.;:,()\n]{1,60}?,\s*(?:which|that)\s+[^.;:,()\n]{1,60}?(?:,|\s(?:—|–|--))\s*))"
    r"(?:runs|lasts)\s+(?:for\s+|to\s+)?"
    rf"(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+)?(?P<d>{DURATION}|{TC_TEXT})"
    rf"(?!\s+(?:into|in\b|later|earlier|before|after|fast|slow|behind|ahead)){_NOT_RANGE}",
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
# A work as chat names it, opening its clause with no article or after one: "Video", "the clip", "di vid".
_CHAT_WORK = r"(?:(?:the|di|de|dis|this|that|my|ma)\s+)?(?:video|vid|clip|footage|recording)"
# A timecode said to be all the work is, where a work was named a little before: "The one on WhatsApp is only 3:12,
# it's not complete", Pidgin "na only 3:12, e no complete" (not "the goal is only 3:12 in", a position).
# Chat leaves the verb out after the work, or says the work is short, then its length (round 199): Singlish "Video
# only 2:10 but I watch ten times already", Patois "Video nuh even long, 2:45", "the clip isn't even long, 0:58".
_ONLY_LENGTH = regex(
    rf"(?<![\w'’-])(?:(?:is|was|na|it['’]s|{_CHAT_WORK})\s+only\s+"
    rf"|{_CHAT_WORK}\s+(?:(?:is|was|nuh|no|not|isn['’]t|wasn['’]t|nah|ain['’]t)\s+)?(?:even\s+)?(?:that\s+|so\s+)?"
    rf"(?:long|short)\s*[,:—–-]\s*(?:only\s+|just\s+)?)(?P<d>{TC_TEXT})"
    # (not a position opening the next clause: "The video is long, 2:45 is where it drags")
    r"(?!\s*(?:in\b|into|mark|point|of\b|on\b|later|earlier|away|left|to\s+go|(?:is|was)\s+(?:where|when)\b))",
    re.IGNORECASE)
_GATE_CHAT_WORK = _WordGate(r"\b(?:video|vid|clip|footage|recording)\s+\w+\s|\s(?:long|short)\s*[,:—–-]")
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
    # (a label opening the text or a line too: "Length of clip: 3 mins", "Duration of the video: 3 minutes")
    rf"\b(?:running\s+time|run\s*time|run-time|(?<![^\s(])duration|(?<![^\s(])length)"
    # "Run time of the film: 1 h 48 min", "Length of clip: 3 mins"
    rf"(?:\s+of\s+(?:(?:the|this|that|its|their)\s+)?(?:[\w'’-]+\s+){{0,2}}?{LENGTH_MEDIA}\s*:)?"
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
# A reviewer's verdict on the whole work by its minutes, conceding them: "Worth your time, even at 52 minutes",
# "Even at two hours, it never drags" (round 197; not a place in it: "even at 12 minutes in, the sound is off").
_EVEN_AT_LENGTH = regex(
    rf"\beven\s+at\s+(?:(?:just|only|barely|over|under|nearly|almost|a\s+(?:brisk|lean|tight|hefty|bloated))\s+)?"
    rf"(?P<d>{DURATION})(?=\s*(?:[.,;!?)—–]|$)|\s+(?:it|this|that|the\s+\w+)\s+(?!is\s+where)\w)",
    re.IGNORECASE)
# "The studio's reel ... is shorter, at 2 minutes 50 seconds": a length compared with another's.
# And "the video version runs a bit longer, 1:21:30, because ...": the comparison, then the length after a comma.
# (the verb left out, as Singlish and chat write it, right after the work or where it is: "someone say the full
# version on TikTok longer, 2 min 10 sec" (round 137))
_COMPARED_LENGTH = regex(
    rf"(?:\b(?:is|was|runs|ran|lasts|lasted)\s+|(?<=\sversion\s)|(?<=\sclip\s)|(?<=\svideo\s)"
    rf"|(?<=\sTikTok\s)|(?<=\sYouTube\s))(?:much\s+|a\s+bit\s+|a\s+little\s+|slightly\s+|far\s+)?"
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
_GATE_CUT_OBJECT = regex(rf"\s{_CUT_OBJECT}\s+to\s", re.IGNORECASE)
# A work introduced, where it is, then its length after a colon: "a livestream on a community organiser's Facebook
# page: 2 hours 51 minutes, filmed on a phone" (not "the key moment in the video: 2 minutes 30 seconds in").
_INTRODUCED_COLON_LENGTH = regex(
    rf"\b(?:an?|one)\s+(?:[\w'’-]+\s+){{0,2}}?{MEDIA_NOUN}\b[^.;:!?()\n]{{0,60}}:[^\S\n]+(?:(?:{HEDGE})\s+)?"
    rf"(?P<d>{DURATION})(?=\s*(?:[,.;)]|$))",
    re.IGNORECASE)
# "a second clip of 1 minute 12 seconds", "a video of about four minutes": the work, "of", its length in words;
# an archive's "a single file of 15 hours 45 minutes" (round 73)
# (not "the footage of 3:15", a clock; nor "the clip of two minutes into the game", nor its first words alone: "a
# clip of 1 minute 12 seconds into the game" is no clip of 1 minute).
# "From" a camera names where the recording comes from: "a recording of 3 minutes 40 seconds from the forecourt
# camera" (round 199; not "a clip of 30 seconds from the end").
_MEDIA_OF = regex(
    rf"(?:{MEDIA_NOUN}|{RECORDED_TALK}|(?<![\w-])files?)\s+of\s+(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+)?(?P<d>{DURATION})"
    rf"(?![\w-]|\s+(?:\d|into|in\b|later|earlier|before|after|ago|of\b|left|remaining|to\s+go)"
    rf"|\s+from\b(?!\s+(?:the|a|an|its|his|her|their|our|my)\s+(?:[\w'’-]+[\s-]+){{0,2}}?"
    rf"(?:camera|cam|dashcam|webcam|bodycam|phone|drone|cctv)s?\b)){_NOT_RANGE}",
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
# A recorded game or event told whole by its length, in a sentence naming its footage: "Footage: club Veo, full game
# `58:40`." (round 189: a club camera's recording of the whole game), "Stream: full match 1:32:10" (not "the full 2:00
# of added time", no length of a recording).
_FULL_EVENT_TC = regex(
    r"\b(?:full|whole|entire|complete)\s+(?:game|match|fixture|bout|fight|race|concert|gig|show|service|meeting)"
    rf"[ \t]*[:,—–-]?[ \t]*(?P<q>`)?(?P<d>{TC_TEXT})(?(q)`)(?=[ \t]*(?:[.;,)\n]|$))", re.IGNORECASE)
# The whole of a recording, its length set off after it as "N of it": "the whole of Tuesday's recording — 7 hours 12
# minutes of it — from the start", "the entire livestream (all 3 hours 5 minutes of it)" (round 88).
_WHOLE_APPOSED = regex(
    rf"\b(?:whole|full|entire)\s+(?:of\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{LENGTH_MEDIA})\s*(?:[—–,(]|--?)\s*"
    rf"(?:all\s+)?(?:(?:{HEDGE})\s+)?(?P<d>{TC_TEXT}|{DURATION})(?=\s+of\s+it\b)",
    re.IGNORECASE)
# ... or watched whole, its length set off after it: "I watched all of it, 4 hours 20 minutes, from a flat", "sat
# through the whole thing (2 hours 10 minutes)" (round 199; not "waited through all of it, two hours", no watching).
_WATCHED_WHOLE_APPOSED = regex(
    r"\b(?:watch|watched|watching|sat\s+through|sit\s+through|sitting\s+through|saw|seen|caught)\s+"
    r"(?:all\s+of\s+it|the\s+(?:whole|entire)\s+(?:thing|lot)|every\s+minute\s+of\s+it)\s*(?:[—–,(]|--?)\s*"
    rf"(?:all\s+)?(?:(?:{HEDGE})\s+)?(?P<d>{TC_TEXT}|{DURATION})(?=\s*(?:[,;)—–]|\.(?!\d)|$))",
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
# A work brought in with an article and its length in brackets: "A volunteer made a highlight reel of the week (4:36).
# Favourite bits: ... at 1:02" (the next sentence walks through it, as after SUBJECT_WORK_PAREN).
INTRODUCED_WORK_PAREN = regex(
    rf"(?:^|\s)(?:an?|another)\s+(?:[\w'’-]+,?\s+){{0,3}}{LENGTH_MEDIA}"
    rf"(?:\s+of\s+the\s+(?:week|day|month|year|season|night|weekend|tournament|match))?\s*\({TC_TEXT}\)",
    re.IGNORECASE)
# A broadcast's total running time told with its label after it: "protest package (2:30 TRT)", "TRT 1:02:30".
# A title, its year in brackets, then its length after a comma: "Love Love Peace Peace (2016), 6 min 10 sec — watch
# it", "Nosferatu (1922), 1:34:10." (a work's entry in a list of things mentioned).
_TITLE_YEAR_LENGTH = regex(
    rf"(?-i:[A-Z])[^\n()]{{0,60}}\((?:19|20)\d\d\),[ \t]*(?P<d>{DURATION}|{TC_TEXT})(?=[ \t]*(?:[—–;,.)]|-[ \t]|$))",
    re.IGNORECASE | re.MULTILINE)
_TRT_LENGTH = regex(rf"(?P<d>{DURATION}|{TC_TEXT})[ \t]*(?-i:TRT)\b", re.IGNORECASE)
# Or with its label first: "Package TRT 2:10", "TRT: 1:02:30".
_TRT_LABEL_LENGTH = regex(rf"(?-i:TRT)\b[ \t]*[:=—–-]?[ \t]*(?P<d>{DURATION}|{TC_TEXT})", re.IGNORECASE)
# A length, then "total" closing its clause, the work before it named in any language: "Video ni 14:12 total."
# (round 105, Swahili), "the lot is 1:02:40 in total;" (not "at 14:12 total chaos breaks out", a place in it; a
# timecode only: "14 episodes run to a little over 11 hours in total" (round 18) sums a series, no one work).
_TOTAL_AFTER = regex(
    rf"(?<![\w:.])(?P<d>{TC_TEXT})[ \t]+(?:in[ \t]+)?total(?=[ \t]*(?:[.;,)!]|$))",
    re.IGNORECASE | re.MULTILINE)
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
# The tail of _MEDIA_VERB alone: cheap to scan for, and every _MEDIA_VERB match holds one.
_VERB_LENGTH = regex(
    rf"(?:\b(?:lasts|lasted|runs|run|last|ran|is|was|are|were|na|ni|be|ay|running|lasting|clocks\s+in\s+at|"
    rf"went(?:\s+on)?(?=\s+for\s)|clocking\s+in\s+at|came\s+back\s+at|comes\s+back\s+at|spans|totals)|['’]s)\s+(?:for\s+|(?<=\bruns\s)to\s+|(?<=\bran\s)to\s+|(?<=\brun\s)to\s+|(?<=\bis\s)of\s+|(?<=\bwas\s)of\s+)?(?:(?:{HEDGE})\s+)?(?:just\s+|only\s+|barely\s+|{_CLOSER})?"
    rf"(?:a\s+total\s+of\s+|{LENGTH_JUDGED})?{_EMPHASIS_OPEN}?(?:{DURATION}|{TC_TEXT})",
    re.IGNORECASE,
)
# The lengths listed before the last of them and its "long": "both files (3:05 and 4:50 long)", "the clips are 0:45,
# 1:10 and 2:02 long".
_LISTED_LONG = regex(
    rf"(?:\b(?:are|were)\s+|[(,]\s*)(?P<d>{TC_TEXT})(?=(?:\s*,\s*{TC_TEXT})*,?\s+(?:and|&)\s+{TC_TEXT}[\s-]+long\b)",
    re.IGNORECASE)
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
# Works LENGTH_MEDIA names that MEDIA_STEMS leaves out: "in the last 10 seconds of a 2:30 short"; and a video called
# by its platform (PLATFORM_WORK): "the 1:20 TikTok" (round 136).
# (and the copies _TC_MEDIA reads a length of: "against the 1:54:10 master", "the 3:20 original" (round 204))
_LENGTH_ONLY_STEM = _WordGate(r"short|excerpt|tik[\s-]?tok|master|original")


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
_GATE_WHOLE = _WordGate(r"whole|full|entire|all ")
_GATE_THING = _WordGate(r"thing|lot")
_GATE_EDIT_TARGET = _WordGate(r"\b(?:needs?|has|have|must|should|ought)\s")


# _VERB_LENGTH as its case-bound twin, searched in an ASCII window's lower-cased copy: the same answer (its matches open
# on the verb, so the twin reads nothing before the window but the character its ``\b`` looks at), about 30 -> 4 us.
_VERB_LENGTH_BLIND = CaseBlind(_VERB_LENGTH)


def _verb_length_in(text: str, b: int, e: int, ascii_low: str | None) -> bool:
    """Whether ``_VERB_LENGTH.search(text, b, e)`` finds a match, ``ascii_low`` text[b:e] lower-cased if ASCII."""
    if ascii_low is None or (b > 0 and not text[b - 1].isascii()):
        return _VERB_LENGTH.search(text, b, e) is not None
    return _VERB_LENGTH_BLIND.twin.search(text[b - 1:b].lower() + ascii_low, 1 if b > 0 else 0) is not None


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
            and _verb_length_in(text, b, e, ascii_low):
        patterns.append(_MEDIA_VERB)
        patterns += [_MEDIA_RUNS_FAR] if media and _GATE_RUNS.found(text, b, e, ascii_low) else []
    patterns += [_MEDIA_OF] if media and unit and " of " in low else []
    if media and unit and (" of " in low or " from " in low):
        patterns.append(_RELEASED_AMOUNT)
    if colon and ((" only " in low and named_before.found())
                  or (media and _GATE_CHAT_WORK.found(text, b, e, ascii_low))):
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
    patterns += [_FULL_EVENT_TC] if colon and media and whole else []
    # (its timecode too, with no unit word, where a unit's stem let it through before: "three" holds "hr")
    patterns += [_WHOLE_APPOSED] if (unit or colon and has_unit_stem(text, b, e)) and whole \
        and text.find(" of it", b, e) >= 0 else []
    patterns += [_MEDIA_APPOSED_OF_IT] if unit and (media or "recorded " in low) and text.find(" of it", b, e) >= 0 \
        else []
    patterns += [_WATCHED_WHOLE_APPOSED] if (unit or colon) and whole else []
    if (whole and (colon or unit) and (_GATE_THING.found(text, b, e, ascii_low)
                                       or (media and (" only " in low or " just " in low)))) \
            or (unit and _GATE_IT.found(text, b, e, ascii_low) and _work_named_before(text, b, e)):
        patterns.append(_WORK_LASTS)
    apposed_at = text.find(", at ", b, e) >= 0
    compared = (media or apposed_at) and _GATE_COMPARED.found(text, b, e, ascii_low)  # (two patterns ask)
    if media and compared:
        patterns.append(_COMPARED_LENGTH)
    patterns += [_MINUTES_THAT] if media and unit and _GATE_THAT.found(text, b, e, ascii_low) else []
    patterns += [_EVEN_AT_LENGTH] if unit and "even at " in low else []
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
            at = m.start(group)
            if at > 1 and text[at - 1] == ":" and text[at - 2].isdigit():
                continue  # (a timecode's seconds told with a unit: "clip length 3:20 min" is 3:20, not "20 min")
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
    found.update(((s.begin, s.end), s) for s in _work_line_lengths(text, b, e))
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
_GATE_IT = _WordGate(r"\b(?:it|one)(?:\s|['’]s\s)|\b(?:shot|take|original)\s+(?:lasts|runs)\s|\be\s+be\s")

# The work's label and its length as an item of such a line, the line's last or followed by another: "Prep: 25 mins
# &middot; Cook: 1 hr 50 mins &middot; Video: 18:36</p>" (round 109), "Episode 12 · Audio: 41:05 · Explicit".
_DOTTED_LABEL_LENGTH = regex(
    r"(?:(?<=[·•|])|(?<=&middot;)|(?<=&bull;))[ \t\u00a0]*(?:\*\*|<(?:b|strong)>)?"
    rf"(?:(?:full|whole)\s+)?(?:{LENGTH_MEDIA}|audio)[ \t]*(?:\*\*|</(?:b|strong)>)?[ \t]*:[ \t]*"
    rf"(?:\*\*|</(?:b|strong)>)?[ \t\u00a0]*(?P<d>{TC_TEXT}|{DURATION})"
    rf"(?=[ \t\u00a0]*(?:{_DOT_SEP}|</(?:p|li|div|span|dd|td)>|\n|$))",
    re.IGNORECASE)
