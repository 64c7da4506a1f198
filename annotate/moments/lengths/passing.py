"""A work's length said in passing (a title line and its dash or bracket, a label, a link card, a caption): the
patterns and the cheap tests that choose which of them a sentence may hold."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.lengths.stated import _WordGate
from annotate.moments.lengths.words import (
    _EMOJI_RANGES,
    _HEADING_START,
    _LENGTH_THEN_LINK,
    _LIST_INTRO_PAREN,
    _LONG_PAREN,
    _MEDIA_APPOSED,
    _MEDIA_LABEL_ITEM,
    _POSITION_OF_WORK_PAREN,
    _QUOTED_ITEM_DASH_LENGTH,
    _TITLE_LINE_PAREN,
    PAIRED_WORKS_PAREN,
)
from annotate.moments.patterns import (
    COMPACT,
    DURATION,
    HEDGE,
    INLINE_CLOSED,
    INLINE_OPENED,
    LENGTH_JUDGED,
    LENGTH_MEDIA,
    MEDIA_NOUN,
    PLATFORM,
    PLAYED_THING,
    TC_TEXT,
    WEB_DOMAIN,
    WEB_TLD,
)

# A title, then its version and that version's length in brackets: "The Reel in the Biscuit Tin (restored, 11:06) can
# be viewed online" (round 80; a capitalised title's last word before the brackets, not "he falls (restored, 0:47)").
_VERSION_PAREN = regex(
    rf"(?-i:[A-Z])[\w'’-]*[^\S\n]*\(\s*(?:restored|remastered|extended|uncut|director['’]s\s+cut|theatrical\s+cut|"
    rf"final\s+cut)\s*[,:;]\s*(?P<d>{TC_TEXT}|{DURATION})\s*\)", re.IGNORECASE)
_GATE_VERSION_PAREN = regex(r"\(\s*(?:restored|remastered|extended|uncut|director|theatrical|final)", re.IGNORECASE)
_EMOJI_CHARS = "".join(chr(c) for first, last in _EMOJI_RANGES for c in range(first, last + 1))
# What may close a title's line after its bracket: markup, a list header's colon, emoji.
_LINE_CLOSING_CHARS = " \t*_.#=:" + _EMOJI_CHARS
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
_LINK_TO_LINE_END = rf"(?:https?://|www\.)?{WEB_DOMAIN}\b[^\s()]*"
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
_GATE_URL = _WordGate(rf"https?://|www\.|\.{WEB_TLD}/")
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
# (2:44), the bell lap starts at 1:05" (round 121), marked up in them too: "the full video on our channel
# (<em>12:06</em>)" (round 197): where to find it and how long it runs (not "he slips in the video
# (0:45)", nor "The keeper slips in the video on YouTube (0:45)": a position cited in it, after the event's "in the").
_CHANNEL_WORK_PAREN = regex(
    rf"(?<!(?-i:in)\sthe\s)(?<!(?-i:in)\sa\s)\b{MEDIA_NOUN}\s+(?:on|via)\s+[^()\n.;:!?]{{0,40}}?\b(?:{PLATFORM}|channel|page|website|account)"
    rf"\s*\(\s*{INLINE_OPENED}(?P<d>{TC_TEXT}){INLINE_CLOSED}\s*\)",
    re.IGNORECASE)
# A match's or a show's whole recording with its length in brackets, told as a length by what follows: a note of
# what the length holds ("Sunday's T20 final (4:02:15, rain delay included)"), the work's address after a colon ("in
# the highlights package (3:40): youtu.be/pkl12pt"), or a judgment of the whole ("the full-match stream on the league
# app (1:18:30) is worth watching end to end") (round 197; not "the try in the replay (1:05) where he dives", a
# position cited in it).
# What a broadcast's whole recording runs with or without besides the match: "with the pre-match show", "without the
# ads", "plus the post-match analysis" (a note no position in it carries).
# (several such, and "including" too: "(2:04:30 with the build-up and the presentations)" (round 202))
_SHOW_PART = (r"(?:the\s+|all\s+the\s+)?(?:[\w'’-]+\s+){0,2}?"
              r"(?:show|build-?up|ads|adverts|advertisements|commercials|analysis|studio|interval|coverage|"
              r"ceremony|ceremonies|presentations?|interviews)")
_WITH_SHOW = rf"(?:with|without|plus|including)\s+{_SHOW_PART}(?:\s+(?:and|&)\s+{_SHOW_PART})?"
_RECORDING_PAREN = regex(
    # (a work something is "in" is judged only with its address: "The goal in the highlights (1:05) is worth it" cites)
    r"(?P<cited>(?<=\bin\sthe\s)|(?<=\bin\sa\s))?"
    # (the place told with a verb of being: "the full replay is on the club's channel (" (round 202))
    rf"\b(?:{LENGTH_MEDIA}|replay|final|match|game|highlights)(?:\s+(?:(?:is|are|was)\s+)?(?:on|via)\s+"
    r"[^()\n.;:!?]{1,40}?)?"
    rf"\s*\(\s*(?P<d>{TC_TEXT})"
    r"(?:\s*,\s*(?:[\w'’-]+\s+){0,3}?(?:included|including|incl\.?|excluded|excluding|excl\.?|uncut|unedited|"
    r"in\s+full)\b[^()\n]{0,30}\)"
    # (or a note of what it runs with: "the replay on the league's channel (1:58:10 with the pre-match show)" (round
    # 199))
    rf"|\s*,?\s+{_WITH_SHOW}\s*\)"
    rf"|\)(?=[^\S\n]*:[^\S\n]*(?:https?://|www\.|{WEB_DOMAIN}/))"
    r"|(?(cited)(?!)|\)(?=\s+(?:is|are|was|were)\s+(?:well\s+|also\s+)?worth\b)))",
    re.IGNORECASE)
_GATE_RECORDING_PAREN = regex(
    r"\)(?:[^\S\n]*:|\s+(?:is|are|was|were)\s)|\b(?:includ|exclud|incl\.|excl\.|uncut|unedited|in\s+full\))"
    r"|\s(?:with|without|plus|including)\s[^()\n]{1,60}\)", re.IGNORECASE)
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
# A length judged in brackets, whatever it is of: "from the trailer alone (a brisk 2:10)", "the recap (a tight 1 min
# 50 s)": a reviewer's word on how long it runs, never a position (round 73).
_JUDGED_PAREN = regex(rf"\(\s*{LENGTH_JUDGED}(?P<d>{DURATION}|{TC_TEXT})\s*\)", re.IGNORECASE)
_GATE_JUDGED_PAREN = regex(r"\(\s*an?\s", re.IGNORECASE)
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
# An embedded player's caption, the work's kind, a comma and its length, alone in its element or line: "<div
# class="player-caption">Video, 00:02:31</div>", "Video, 1:58" (a page's furniture, the length of what it plays);
# a dash and what it shows may follow: "<figcaption>Video, 00:00:45 &mdash; the collapse</figcaption>".
_PLAYER_CAPTION = regex(
    rf"(?:^|(?<=\n)|(?<=>))[ \t]*(?:{LENGTH_MEDIA}|audio)[ \t]*,[ \t]*(?P<d>{TC_TEXT})"
    # (or a middle dot before the player's next item: "Video, 00:02:36 · Source: Suffolk Live")
    r"(?=[ \t]*(?:<|\n|$|(?:&[mn]dash;|[—–|])[ \t]|[·•]|&middot;|&bull;))",
    re.IGNORECASE | re.MULTILINE)
# (the sentence's cheap test for the dash)
_APPOSING_DASH = regex(r"[—–]|\s--?\s")
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
_GATE_QUOTED_ITEM = regex(r"[\"”][*_]{0,2}(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+[—–-][ \t]")
_TITLE_DOT = regex(r"[^\S\n](?:·|•|&middot;|&bull;)[^\S\n]")
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
        patterns += [_RECORDING_PAREN] if media and _GATE_RECORDING_PAREN.search(text, b, e) else []
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
_GATE_LONG_PAREN = regex(r"(?:long|short|lengthy|brief|longer|shorter)\s*\(", re.IGNORECASE)
