"""Clauses that report the world: a past-tense report, the future, an attribution, a story's timeline
("the bomb exploded at 8:46"); footage is told in the present, so these clocks are times of day."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import (
    _ENTITY_SEMICOLON,
    _HOUR_MINUTE,
    _I,
    _IN_MEDIA_AFTER,
    _INTO_AFTER,
    _RANGE_SEP,
    CONTEXT_CHARS,
    NEAR_CHARS,
    NOT_ED_NOUN,
    _clause,
    _clause_start,
    _Clock,
    _may_attribute,
    _paragraph_start,
    footage_word,
)
from annotate.moments.exclusions.screen_clocks import _PAST_BEFORE
from annotate.moments.exclusions.sport import _RANGE_OPENER_FROM
from annotate.moments.exclusions.world_times import _ATTRIBUTION, _PAST_IN_CLAUSE, _TWO_DIGIT_CLOCK
from annotate.moments.patterns import MEDIA_NOUN, TIMECODE, any_stem

# Real-world events "began at 10:45" when the sentence says nothing of footage.
_EVENT_NOUNS = (
    r"(?:rally|rallies|protest|protests|march|demonstration|meeting|shop|store|stores|office|polls|count|"
    r"counting|recount|vote|hearing|trial|inquiry|deposition|"
    r"flights?|trains?|bus(?:es)?|trams?|ceremony|service|concert|parade|vigil|briefing|press\s+conference|"
    r"news\s+conference|curfew|kickoff|kick-off|school|class|market|bank|court|mass|funeral|wedding|"
    r"festival|strike|summit|session|debate|event|match|game|race|trading|voting|sale|auction|"
    r"rehearsal|shift|museum|restaurant|bar|pub|gates|doors|mall|airport|station|clinic|hospital|"
    r"plane|ferry|convoy|motorcade|procession|operation|raid|evacuation|shelling|attack|air\s+raid|"
    r"siren|sirens|alarm|explosion|blast|quake|earthquake|storm|bakery|cafe|café|library|pharmacy|"
    r"supermarket|pool|gym|venue|box\s+office|polling\s+stations?|exhibition|gallery|zoo|hearing\s+room|"
    # food and service counters that keep hours: "Coffee at the kiosk — they open at 8:30"
    r"kiosk|stalls?|canteen|diner|deli|takeaway|chipper|cafeteria|food\s+trucks?|taproom|brewery|"
    r"visitor\s+cent(?:re|er)|registration|reception|ticket\s+office|car\s+park|playground|"
    # a premiere's or a livestream's room opening before it: "Live premiere tonight at 7pm GMT, with chat open from
    # 6:45" (round 105)
    r"(?:live\s+)?chat|waiting\s+room|lobby|"
    r"headliners?|bands?|DJs?|gig|performance|line-?up|support\s+act|sun|tide|"
    # "the 911 call ... comes in at 1:52": an emergency call's time in the world
    r"(?:911|999|112|000|emergency|distress|mayday)\s+calls?)"
)
_EVENT_VERBS = (
    r"(?:began|begins|begin|started|starts|start|opened|opens|open|closed|closes|close|had\s+been|"
    r"ended|ends|end|last|lasts|lasted|ran|runs|run|was|were|was\s+held|were\s+held|is\s+held|took\s+place|takes\s+place|"
    r"kicked\s+off|kicks\s+off|kick\s+off|got\s+under\s?way|gets\s+under\s?way|resumed|adjourned|convened|"
    r"returned|reconvened|departed|departs|arrived|arrives|landed|lands|"
    r"took\s+off|was\s+scheduled|is\s+scheduled|were\s+scheduled|sounded|struck|hit|occurred|happened|"
    r"was\s+reported|were\s+reported|was\s+called|wrapped\s+up|finished|broke\s+out|comes\s+in|came\s+in|"
    r"was\s+logged|was\s+placed|was\s+made|"
    r"play|plays|perform|performs|takes?\s+the\s+stage|goes\s+on|go\s+on|sets|set|rises|rose|"
    # a schedule changed, from the time it had: "kick-off has moved from 4:35 because of the broadcast deal" (round
    # 127), "the vigil was pushed back from 18:00"
    r"(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?)?(?:moved|shifted|changed|brought\s+forward|pushed\s+back|"
    r"put\s+back|bumped)(?:\s+from)?|"
    # "leaves the park at 13:00", "reaches the seafront by 14:30"
    r"(?:leaves|leave|left|reaches|reach|reached)(?:\s+(?:the|a|an)\s+[\w'’-]+)?)"
)
# A venue's or a community's programme, which a programme in the footage also has ("the quiz starts at 12:40" of a
# podcast): a time of the world at a venue named after it, or where nothing near names footage.
_PROGRAMME_NOUNS = (
    r"(?:quiz(?:zes)?|quiz\s+night|bingo|raffle|tombola|karaoke|open\s+mic|ceilidh|disco|fete|fête|fair|funfair|"
    r"jumble\s+sale|car\s+boot(?:\s+sale)?|coffee\s+morning|barbecue|bbq|party|screening|fireworks|book\s+club|"
    r"choir|practice|training|worship|matinee|story\s?time|bake\s+sale|signing|tasting|tour)"
)
_EVENT = regex(
    # (not the last word of a quoted title: '"Low Tide" includes a hidden track, which begins at'; nor a point of
    # play the noun names: "the Hawk-Eye challenge on match point runs from 11:40 to 12:05" (round 110))
    rf"\b{_EVENT_NOUNS}s?\b(?!-\w|\s+{MEDIA_NOUN}\b|\s+(?:points?|balls?|winners?)\b|['’]s\b|[\"”])[^.;!?]{{0,50}}\b{_EVENT_VERBS}\s+"
    r"(?:(?:at|around|about|by|until|till|(?<=\bopen\s)from|(?<=\bopens\s)from|shortly\s+after|just\s+after|"
    r"just\s+before|before|after|"
    r"roughly|approximately|sometime\s+after|(?:after|before)\s+(?:(?:a|the)\s+)?(?:lunch|dinner|breakfast|"
    r"break|recess|adjournment|delay))\s+)*$",
    _I,
)
# A singular event noun after its determiner, then the bare "start" or "finish" that no singular subject takes as its
# verb ("the mass starts"): the head of a compound noun, the clock a place in what shows it. "It opens on the mass
# start at 1:35" (round 153's harbour swim), "the race finish at 0:48:10", "a rolling start at 2:05" (not "the
# races start at 10:00", a plural's verb, nor "the mass will start at", a modal's).
_COMPOUND_EVENT_NOUN = regex(
    r"\b(?:the|a|an|this|that|its|their|our|his|her|my|your|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+)?"
    r"(?!(?:they|we|you|i|people|will|would|can|could|should|must|may|might|to|did|do|does)\s)"
    r"[\w'’-]*(?:ss|[^\Ws])\s+(?:start|finish)\s+(?:(?:at|around|about|from|just\s+after|just\s+before)\s+)*$", _I)


def compound_event_noun(c: _Clock, event: re.Match[str]) -> bool:
    """The event's verb is the head of a compound noun ("the mass start"), not a verb: the clock after it a place in
    what shows it (:data:`_COMPOUND_EVENT_NOUN`), unless it is told as the day's, in two digits or with a dot, with no
    footage named in its sentence ("The race start at 10:00 was delayed by fog", "the mass start at 10.00")."""
    return _COMPOUND_EVENT_NOUN.search(c.before, max(0, event.start() - 40)) is not None \
        and (_DAY_CLOCK_SHAPE.match(c.text, c.begin, c.end) is None or footage_word(c.text, c.b, c.e))


# A clock told as the day's: in two digits ("10:00", "09:15") or with a dot ("10.00", "8.30").
_DAY_CLOCK_SHAPE = regex(r"(?:\d\d|0\d):\d\d(?!:)|\d{1,2}\.\d\d(?![\d:])")


# "At 07:45 the ferry left Circular Quay": the event and its verb right after an opening clock.
_EVENT_AFTER = regex(
    rf"\s*,?\s*(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\w'’-]+\s+)?{_EVENT_NOUNS}\s+"
    r"(?:began|started|opened|closed|ended|lasted|ran|was|were|took\s+place|kicked\s+off|resumed|adjourned|"
    r"convened|departed|arrived|landed|took\s+off|sounded|struck|hit|occurred|happened|finished|broke\s+out|"
    r"rose|left|reached|returned|reconvened)\b",
    _I,
)

_FUTURE = regex(
    # "at 08:10 the line should reopen": a service's expected state
    r"\bshould\s+(?:re-?open|resume|restart|be\s+(?:restored|reopened|back\s+open|running))\b|"
    # (not an explanation offered for what is seen: "two drones would explain the second light at 1:55")
    r"\b(?:will|would(?!\s+(?:(?:also|easily|neatly|surely|certainly|fully)\s+)?(?:explain|account\s+for|fit|match|"
    r"be\s+consistent\s+with)\b)|is\s+due|are\s+due|was\s+due|were\s+due|is\s+expected|are\s+expected|"
    # (not a device set for a length: "even though the timer is set for 15 minutes", a setting, not a plan)
    # (and the active present: "in prayer, which the ceremony's programme schedules for 11:00" (round 30); not the
    # noun: "the schedules for")
    r"scheduled|(?<!\bthe\s)schedules?\s+(?:(?:it|them|this|that|(?:the|a|an|its|their)\s+[\w'’-]+)\s+)?for|slated|"
    # (not a scene set to music: "From 6:10 to 7:25 the emus perform a dance, set to a song by the band" (round 182))
    r"set\s+to(?!\s+(?:(?:a|an|the|its|his|her|their|some)\s+)?(?:[\w'’-]+\s+){0,3}?(?:music|songs?|tracks?|tunes?|"
    r"score|soundtrack|beats?|melod(?:y|ies)|anthems?|hymns?|singles?|ballads?|jingles?|remix(?:es)?|playlists?|drums|"
    r"drumming|strings|piano|guitar|chants?)\b)|"
    r"set\s+for(?!\s+(?:(?:about|around|only|just)\s+)?(?:\d+|an?|one|two|three|four|five|"
    r"ten|fifteen|twenty|thirty|forty|sixty|ninety)[\s-]+(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b)|"
    r"planned|plans?\s+to|is\s+to|are\s+to)\b",
    _I,
)

_PAST_IRREGULAR_OR_ED = regex(
    # (a participle after a present "be", contracted too: "if you're stuck on relic 4, the jump is at 9:36")
    r"(?<![\w])(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!['’]re\s)(?<!['’]m\s)(?<!\bbe\s)(?<!\bbeing\s)(?:"
    # "the most disputed cue", "the condensed game": an -ed word after a determiner is an adjective (or a noun:
    # "The accused's vehicle cuts into the lane at 00:01:08", round 109: capitalised too, and with a possessive)
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bmost\s)(?<!\bmore\s)(?<!\bits\s)(?<!\bthis\s)(?<!\btheir\s)"
    r"(?<!\bThe\s)(?<!\bA\s)(?<!\bAn\s)(?<!\bIts\s)(?<!\bThis\s)(?<!\bTheir\s)"
    # (nor the second half of a compound adjective: "The much-discussed rooftop dance begins at 2:10", "the
    # long-awaited reveal" (round 138); a verb's prefix still counts: "re-entered", "co-signed")
    rf"(?:(?<!-)|(?<=\bre-)|(?<=\bco-)|(?<=\bde-)|(?<=\bpre-)){NOT_ED_NOUN}[a-z]{{3,}}(?<!ne)(?<!ee)ed(?!['’]s\b)|was|"
    r"were|had|"
    r"left(?=\s+(?:the|a|an|his|her|their|its|for|home|after|before)\b|\s+[A-Z])|sold|lost|won|kept|fled|threw|caught|bought|brought|built|fought|sought|spent|sent|"
    r"felt|slept|swept|dug|hung|stuck|struck|swung|sprang|sang|rang|drank|swam|began|ran|came|became|gave|"
    r"ate|rode|rose|drove|wrote|spoke|broke|chose|froze|woke|stole|wore|tore|grew|knew|flew|drew|blew|"
    r"saw|heard|told|said|paid|laid|made|found|stood|sat|met|held|took|shook|got|went|did|"
    r"lifted\s+off|took\s+off"
    # (a diary's or a post's past with its subject left out, opening the sentence before its object: "Rang my
    # provider at 9:15, on hold 40 minutes." (round 189), "Called the bank at 10:20"; not a name, "Ahmed enters")
    r"|(?:(?<=[.!?]\s)|(?<=\n)|(?<![\s\S]))(?:[A-Z][a-z]{2,}(?<!ne)(?<!ee)ed|Rang|Went|Came|Got|Took|Left|Sent|Saw|"
    r"Heard|Told|Made|Paid|Met|Ran|Drove|Spoke|Wrote|Began|Woke|Caught|Bought)"
    r"(?=\s+(?:the|my|our|his|her|their|a|an|to|in|on|up|out|back|home|off|into)\b))\b(?![\w-])",
)

# "By 9:45 most of the crowd had gone home": footage is never told in the past perfect.
_PAST_PERFECT_AFTER = regex(
    r"^[^.;:!?]{0,60}?\bhad\s+(?:already\s+|been\s+)?[a-z]+(?:ed|en|one|ft|ught|ound)\b", _I
)

# Footage of a place or an event, its noun then "of": "B-roll of the clinic", "drone shots of the market", "the
# cutaway of the stadium" (round 127): the event noun after it is what the footage shows.
FOOTAGE_OF_BEFORE = regex(
    rf"\b(?:{MEDIA_NOUN}|b-?roll|shots?|aerials?|cutaways?|stills?|pans?|wides?|close-?ups?|establishing\s+shots?)"
    r"\s+of\s+(?:(?:the|a|an|this|that|our|their|its)\s+)?(?:[\w'’-]+\s+)?$", _I)

# (not a noun after its determiner: "the shot of the tournament", "a hit", "the speed": no finite verb follows one)
PAST_OR_WAS = regex(
    r"(?<![\w])(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)"
    r"(?<!\bour\s)(?<!\bmy\s)(?<!\byour\s)(?<!\bthis\s)"
    rf"(?:was|were|had|said|told|{NOT_ED_NOUN}[a-z]{{3,}}ed|began|rose|struck|fell|came|went|took|broke|met|spoke|"
    r"rang|ran|drew|gave|got|held|sat|stood|woke|wrote|flew|blew|sank|burst|fled|sent|saw|heard|told|found|made|left|"
    r"opened|shot|hit|arrived)\b(?![\w-])",
)

_SECONDS_SPAN = regex(r"for\s+(?:\S+\s+){0,3}?(?:seconds?|secs?)\b", _I)

_SENTENCE_END_AFTER = regex(r"\s*[.!?;\"”’']")


def _world_report(c: _Clock) -> str | None:
    """A clause that reports the world: an event, a past-tense verb, the future, an attribution."""
    text, b, e, begin = c.text, c.b, c.e, c.begin
    event = _EVENT.search(c.before)
    other = _NEW_SUBJECT.search(c.before, event.start(), event.end()) \
        if event and "," in c.before[event.start():] and footage_word(text, b, e) else None
    if other is not None:
        # "at the 1:50 mark the band appears on a rooftop, and the final chorus begins at": another subject
        # takes the verb, in a sentence that walks through footage
        event = _EVENT.search(c.before, other.end())
    if event and (FOOTAGE_OF_BEFORE.search(c.before, max(0, event.start() - 60), event.start())
                  or compound_event_noun(c, event)):
        event = None  # "B-roll of the clinic opens at 08:02": the footage of the place opens there, not the place
    if event and not _TOPIC_BEFORE.search(c.before, 0, event.start()) and not _setting(c.before, event):
        return "time of day"  # but "the best story, about the 1998 storm, starts at 23:10" is a topic
    if _programme_of_the_world(c) or _event_at_venue(c) or _habitual_clock(c) or _rescheduled(c):
        # "the quiz at the Anchor begins at 8:30", "Bingo at the social club starts at 7:45", "move the Christmas Day
        # swim from 11:00 to 10:30"
        return "time of day"
    past = None if c.footage_context else _PAST_BEFORE.search(c.before)
    if past and _SAME_IN_PRESENT.match(past.group()) and not _PASSIVE_OR_PERFECT.search(c.before, 0, past.start()) \
            and footage_word(text, b, e):
        past = None  # "a few seconds of wobble hit at roughly 10:02", in a sentence about the video: present
    part_named = _PART_AT_BEFORE.search(c.before, max(0, len(c.before) - 30)) is not None \
        or _PART_APPOSED_BEFORE.search(c.before, max(0, len(c.before) - 50)) is not None \
        or _CORRECTED_AS_SAID_BEFORE.search(c.before, max(0, len(c.before) - 90)) is not None
    if past and not past.group("aux") and not _commented_on_at(c) and not part_named:
        return "time of day"
    if _FUTURE.search(c.clause) and _FUTURE.search(_QUOTED.sub("", _clause_to_stop(c))) and not _future_reported(c) \
            and not _future_in_aside(c) and not _future_in_reason_after(c) and not _future_in_apposition_after(c) \
            and not _future_before_coordination(c) and not _ELAPSED_AFTER.match(c.after):
        return "time of day"  # but not "said at 12:48 "we will not raise taxes"": the future is the quote's
    if (PAST_OR_WAS.search(text, _after_coordination(c, max(b, begin - 120)), begin)
            or PAST_OR_WAS.search(c.clause)) \
            and _may_attribute(text, b, e) and _ATTRIBUTION.search(text, b, e) and not part_named \
            and not _IN_MEDIA_AFTER.match(c.after) and not _IN_FILE_AFTER.match(c.after):
        # (not a time said in the footage right after it: "Paramedics arrive at 11:47 in the file, according to the
        # department's own timeline" (round 59))
        return "time of day"  # "Police said the gunman opened fire at 9:41"
    if (_TWO_DIGIT_CLOCK.match(text, begin, c.end) or _own_journey_clock(c)) \
            and _FIRST_PERSON_MOVED.search(text, max(b, begin - 80), begin):
        return "time of day"  # "we left the car park at 06:10 and were back by 14:45": the writer's own day
    # Two-digit or zero-padded clocks ("11:00", "06:00") in a past-tense clause about the world.
    # A comma ends that clause: "watched this at 3am, can confirm the jumpscare at 11:11".
    if _TWO_DIGIT_CLOCK.match(text, begin, c.end) \
            and _past_outside_relative(text, _clause_start(text, b, _apposed_from(c), _COMMA_EDGE), _told_now_from(c),
                                       _PAST_IN_CLAUSE, _clause_start(text, b, begin)) \
            and not (c.footage_context and c.ends(_SAID_AT_BEFORE)) and not _commented_on_at(c) and not part_named:
        return "time of day"  # but "(the clip ...) What she said at 12:48 was" quotes the footage
    if _past_clock_range(c):
        return "time of day"  # "the eggs hatched between 10:00 and 14:00"
    return None


# A recording's file named right after the clock: "at 11:47 in the file", "at 4:02 in the full file" (round 59).
_IN_FILE_AFTER = regex(r"\s*(?:in|into|of)\s+(?:the|that|this|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}files?\b", _I)


# A correction of what the recording says, then where it says it: "The acreage is 240, not 420 as stated around",
# "it was May, not April as I said at", "the figure is 3.5%, not 5.3% as shown at" (the past verb is the recording's).
_CORRECTED_AS_SAID_BEFORE = regex(
    r"\bnot\s+[^.;!?\n]{1,40}?\s+as\s+(?:(?:i|we|he|she|they|it|was|is|were)\s+)?(?:wrongly\s+|mistakenly\s+)?"
    r"(?:stated|said|mentioned|claimed|quoted|given|shown|written|reported|announced|read\s+out)\s+"
    r"(?:(?:at|around|about|roughly|near|approximately|just\s+after|just\s+before)\s+)+$", _I)

# What the recording should have said there, a modal's perfect of a speech verb: "I should have said so at 1:14 too"
# (round 141, forum), "we ought to have flagged it at", "could have mentioned that at" (the past is the maker's regret
# about the footage, not an act in the day).
_SHOULD_HAVE_SAID_BEFORE = regex(
    r"\b(?:should|could|would|might|ought\s+to)(?:n['’]t|\s+not)?\s+have\s+(?:(?:also|just|really)\s+)?"
    r"(?:said|mentioned|explained|noted|flagged|stated|pointed\s+(?:that|it|this)\s+out|made\s+(?:that|it|this)\s+clear|"
    r"added|shown|put)\s+(?:(?:so|it|that|this|them)\s+)?(?:(?:too|also|as\s+well|already|earlier|there)\s+)?"
    r"(?:(?:at|around|about|roughly|near|by)\s+)+$", _I)


def _past_clock_range(c: _Clock) -> bool:
    """A range of two-digit or zero-padded clocks opened by "between" or "from" right after a past-tense verb, in a
    sentence that names no footage: "the eggs hatched between 10:00 and 14:00", "the power failed from 09:10 to
    11:40" (the world's hours; "the quote appears from 12:04 to 12:19" is present, and "the dog barked between
    00:10 and 00:14 in the clip" names its footage)."""
    if c.footage_context:
        return False
    opener = _CLOCK_RANGE_OPENER.match(c.text, c.begin, c.end)
    if opener is None or _TWO_DIGIT_CLOCK.match(c.text, opener.end(), c.end) is None:
        return False
    verb = _PAST_VERB_ENDS.search(c.before, max(0, len(c.before) - 30))
    return verb is not None and _PAST_IRREGULAR_OR_ED.fullmatch(c.before, verb.start(), verb.end("verb")) is not None \
        and not footage_word(c.text, c.b, c.e)


# A range's opening word before its first clock: "between ", "from ".
_CLOCK_RANGE_OPENER = regex(r"(?:from|between)\s+", _I)
# The last word before the range, a verb's shape: "hatched ".
_PAST_VERB_ENDS = regex(r"(?<![\w'’-])(?P<verb>[a-z]{3,})\s+$")


# An event of the world at a place, then its clock, no verb: "We've a funeral in Bowmore at 11:30" (round 92).
_EVENT_AT_VENUE = regex(
    rf"\b{_EVENT_NOUNS}s?\b(?!-\w|\s+{MEDIA_NOUN}\b|['’]s\b)(?P<gap>\s+(?:in|at)\s+[^.;!?,()]{{1,30}}?)"
    r"\s+(?:at|around|about)\s+$", _I)


def _event_at_venue(c: _Clock) -> bool:
    """An event noun, a venue (:data:`_VENUE`) and its clock, in a sentence naming no footage: the world's day."""
    m = _EVENT_AT_VENUE.search(c.before)
    return m is not None and _VENUE.match(m.group("gap").lstrip()) is not None and not c.footage_context \
        and not footage_word(c.text, c.b, c.e)


# What usually happens at a clock, a habit of the world: "usually ends around 11:15, when the landlord turns the
# lights up" (round 92); footage does not "usually" reach a position.
_HABITUAL_BEFORE = regex(
    r"\b(?:usually|normally|typically|generally|always|often|mostly|tends?\s+to)\s+"
    r"(?:ends?|finish(?:es)?|starts?|begins?|opens?|closes?|kicks?\s+off|wraps?\s+up|breaks?\s+up|"
    r"(?:is|are)\s+(?:over|done|finished))\s+(?:(?:at|around|about|by|before|after|until|till)\s+)+$", _I)


# A routine told by the days it comes round on, its clock later in the clause: "Every weekday I get on at Pilrig around
# 7:50" (round 197), "Each morning the stall opens by 6:30", "Most nights we eat at 8:15" (no other number between).
_ROUTINE_BEFORE = regex(
    r"\b(?:(?:every|each)\s+(?:single\s+)?(?:week\s?day|work\s?day|school\s+day|day|morning|evening|night|afternoon|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|most\s+(?:week\s?days|days|mornings|evenings|nights)|"
    r"on\s+(?:week\s?days|school\s+days|work\s?days))\b[^.;!?\n\d]{0,70}$", _I)
_ROUTINE_STEMS = any_stem(("every", "each", "most", "days"))


# A thing rescheduled, then the clock it had and the one it moves to: "Proposal to move the Christmas Day swim from
# 11:00 to 10:30 to catch the tide" (round 160), "the parade is brought forward from 11:00 to 10:30", "the swim has been
# pushed back from 7:45 to 8:15"; not an edit moving a part of the file ("moved the title card from 1:20 to 1:35").
_RESCHEDULED_VERB = (r"(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|reschedul(?:e|es|ed|ing)|bring|brings|brought|bringing|"
                     r"push|pushes|pushed|pushing|put|puts|putting)")
# (the thing moved, opened by a determiner: "the Christmas Day swim", "Saturday's parkrun"; no part of a file)
_RESCHEDULED_OBJECT = (r"(?:the|a|an|our|this|that|their|its|his|her|my|your|next|[\w'’-]+['’]s)"
                       r"(?:\s+(?!(?:cues?|titles?|captions?|subtitles?|markers?|chapters?|cuts?|clips?|scenes?|shots?|"
                       r"cards?|transitions?|logos?|credits?|keyframes?|overlays?|graphics?|lines?|stamps?|frames?|"
                       r"playhead|cursor|audio|music|sound|voice-?over|edit|intro|outro|ad|break|segment)\b)[\w'’-]+){1,4}?")
_RESCHEDULED_BEFORE = regex(
    rf"\b{_RESCHEDULED_VERB}(?:\s+{_RESCHEDULED_OBJECT}(?:\s+(?:forward|back|up))?|(?:\s+{_RESCHEDULED_OBJECT})?"
    r"\s+(?:forward|back))"
    r"\s+(?:from(?:\s+\d{1,2}[:.][0-5]\d(?:\s?[ap]\.?m\.?)?\s+(?:to|till|until)\b)?\s+)?$", _I)
_RESCHEDULED_STEMS = any_stem(("mov", "shift", "reschedul", "bring", "brought", "push", "put"))


def _rescheduled(c: _Clock) -> bool:
    """A clock a thing of the day is moved from or to, in a sentence naming no footage (:data:`_RESCHEDULED_BEFORE`):
    the clock said "from" (a range opened by it too) or the one it moves "to"."""
    opens_from = c.text.startswith(("from ", "From "), c.begin)
    if not (opens_from or c.before.endswith(("from ", "to ", "till ", "until "))) or c.footage_context \
            or not c.may_end(_RESCHEDULED_STEMS):
        return False
    return c.ends(_RESCHEDULED_BEFORE, 90) and not footage_word(c.text, c.b, c.e)


def _habitual_clock(c: _Clock) -> bool:
    """A clock something usually happens at, or the one of a routine told by its days ("Every weekday I get on at
    Pilrig around 7:50"), in a sentence naming no footage."""
    return (c.ends(_HABITUAL_BEFORE, 60) or (c.may_end(_ROUTINE_STEMS) and c.ends(_ROUTINE_BEFORE, 90))) \
        and not c.footage_context and not footage_word(c.text, c.b, c.e)


def _programme_of_the_world(c: _Clock) -> bool:
    """A programme's item starting at a clock (:data:`_PROGRAMME`) at a venue named after its noun, or where neither
    the clock's paragraph so far nor the words after it name footage and no position was just placed."""
    if not c.may_end(_PROGRAMME_STEMS):
        return False
    m = _PROGRAMME.search(c.before)
    if m is None or _TOPIC_BEFORE.search(c.before, 0, m.start()):
        return False
    if _VENUE.search(m.group("gap")):
        return True
    return not c.footage_context and not footage_word(c.text, _paragraph_start(c.text, c.begin), c.e)


_PROGRAMME_STEMS = any_stem((
    "quiz", "bingo", "raffle", "tombola", "karaoke", "mic", "ceilidh", "disco", "fete", "fête", "fair", "sale",
    "boot", "morning", "barbecue", "bbq", "party", "screening", "fireworks", "club", "choir", "practice",
    "training", "worship", "matinee", "story", "signing", "tasting", "tour"))


def _apposed_from(c: _Clock) -> int:
    """Where the clause a clock is read with ends: before the comma of a clock apposed at the sentence's end ("The
    crew arrived 11 minutes after the first call, at 07:52."), else at the clock."""
    m = _APPOSED_AT_BEFORE.search(c.before, max(0, len(c.before) - NEAR_CHARS))
    if m is None or not _SENTENCE_END_AFTER.match(c.after) and c.after.strip():
        return c.begin
    return c.bare - len(c.before) + m.start()


_APPOSED_AT_BEFORE = regex(r",\s*(?:at|by|around|about|shortly\s+after|just\s+after|just\s+before)\s+$", _I)


# "the autofocus hunting I complained about at 3:20 is fixed", "the hiss you pointed out at 1:05 has gone": a
# relative clause in which the writer or reader remarked on a thing at a position, then the thing's own verb.
_COMMENTED_AT_BEFORE = regex(
    r"(?<=[a-z]\s)(?<!and\s)(?<!but\s)(?<!then\s)(?<!so\s)(?<!when\s)(?<!while\s)(?<!as\s)(?<!if\s)"
    r"(?:i|we|you|y'all)\s+(?:(?:also|already|briefly|just|once|originally|first)\s+)?"
    r"(?:mentioned|noted|flagged|highlighted|showed|showcased|demoed|critici[sz]ed|praised|covered|"
    r"(?:complained|moaned|griped|whined|ranted|raved|talked|asked|wondered|joked|warned)\s+about|"
    r"(?:pointed|called)\s+out)\s+(?:(?:at|around|about)\s+)+$", _I)
_COMMENTED_AT_AFTER = regex(
    r"^[^\S\n]*(?:\([^()]{0,40}\)[^\S\n]*)?(?:(?:in|of)\s+(?:my|our|your|the|that|this)\s+(?:[\w'’-]+\s+){0,2}?)?"
    r"(?:is|are|has|have|was|were|got|gets|still|now|finally|seems|looks|remains)\b", _I)


def _commented_on_at(c: _Clock) -> bool:
    """The past verb before the clock is a remark made on the footage at that position: a position."""
    return c.ends(_COMMENTED_AT_BEFORE, 60) and _COMMENTED_AT_AFTER.match(c.after) is not None


# Verbs whose past is their present plural ("the cymbals hit at 2:10"): a past tense only outside footage.
_SAME_IN_PRESENT = regex(r"(?:hit|burst|shut|cut|put|set\s+off|set\s+out|read\s+out)\s", _I)
# "the road was shut at 8:20", "had hit at": the past after all.
_PASSIVE_OR_PERFECT = regex(r"\b(?:was|were|had|has|have|been|got|get|gets)\s+(?:\w+ly\s+)?$", _I)


# A clause with its own subject coordinated after the event noun's: ", and the final chorus".
_NEW_SUBJECT = regex(r",\s+(?:and|but|while|whereas|then)\s+(?:the|a|an|its|his|her|their)\s+", _I)


def _after_coordination(c: _Clock, floor: int) -> int:
    """Where the clock's own clause starts in the text, after a clause with its own subject coordinated before it
    (", and the chap at the back stands up at"), else ``floor``."""
    ends = [m.end() for m in _NEW_SUBJECT.finditer(c.before)]
    return max(floor, c.bare - len(c.before) + ends[-1]) if ends else floor


def _future_before_coordination(c: _Clock) -> bool:
    """The future is in a clause coordinated before the clock's own: "says the bins will be collected from April, and
    the chap at the back stands up at 17:40" (the clock's clause, after ", and the", is in the present)."""
    own = _after_coordination(c, -1)
    if own < 0 or _FUTURE.search(c.text, own, c.bare):
        return False
    stop = _CLAUSE_STOP_AFTER.search(c.after)
    return _FUTURE.search(c.after, 0, stop.start() if stop else len(c.after)) is None


def _future_in_reason_after(c: _Clock) -> bool:
    """The future is only in a reason given after the clock, in a sentence naming footage: "Parents are requested to
    see ... the prize distribution at 41.10 only, as the same format will be followed" (round 100): the reason's
    tense, not the clock's ("The meeting will be at 10:30, as the hall is free" keeps its own)."""
    reason = _REASON_AFTER.search(c.text, c.end, c.e)
    return reason is not None and _FUTURE.search(c.text, c.b, reason.start()) is None \
        and footage_word(c.text, c.b, c.e)


# A reason or a purpose set off by a comma after the clock: ", as the same format will", ", because we will".
_REASON_AFTER = regex(r",\s*(?:as|because|since|so\s+that)\s", _I)
_CLAUSE_STOP_AFTER = regex(r"[.;!?]|,\s+(?:and|but)\s")
# A bare "in" closing the clause after the time: time elapsed in the footage, whatever the tense about it ("The
# moment everyone will be talking about comes about 31.15 in, when ...").
_ELAPSED_AFTER = regex(r"\s*in(?=\s*(?:[,;:!?)—–]|\.(?!\d)|$))", _I)


def _future_reported(c: _Clock) -> bool:
    """The future is only in what someone asks or says after the time, told in the present: "At 11:54, the
    contractor asks whether the committee will see it" narrates footage; so does any indirect question after it: "runs
    from 17:20 to 21:45, where Haji and his grandson argue ... about whether the new hulls will kill the craft"
    (round 204: the question's tense, not the clock's)."""
    after = c.text[c.end:min(c.e, c.end + REPORTED_READ_CHARS)]  # "At 6:51, after ..., he looks up and says he will"
    told = _REPORTED_AFTER.search(after) or _WHETHER_AFTER.search(after)
    return told is not None and not _FUTURE.search(c.before) and not _FUTURE.search(after, 0, told.start())


# An indirect question, whatever verb or noun asks it (not the concessive "whether or not", which opens no question).
_WHETHER_AFTER = regex(r"\bwhether\b(?!\s+or\s+not\b)", _I)
# How far after the clock the present reporting verb is looked for.
REPORTED_READ_CHARS = 160
# A present reporting verb and the reported question or statement: "asks whether", "tells her that", "says he".
_REPORTED_AFTER = regex(
    r"\b(?:asks|wonders|says|tells\s+[\w'’]+|promises|warns|insists|claims|explains|adds|replies|answers|"
    r"assures\s+[\w'’]+|(?:asking|telling)(?:\s+[\w'’]+){1,3}?|wondering|saying|promising|warning|explaining)\s+"
    # (or a subject that is no pronoun, a quantifier or an article on it: "says no auto will go by meter" (round 182))
    r"(?:whether|if|that|when|how|why|what|he|she|they|we|it|no|none|nobody|nothing|every|everyone|all|the)\b", _I)


def _clause_to_stop(c: _Clock) -> str:
    """The clause, ended at a full stop after the clock that did not split the sentence ("yea at 3:33ish. will
    check tmrw": the lower-case reply after it is another sentence) and opened after one before it ("ok will try.
    what about the noise at the end, like 2:03ish")."""
    stop = _FULL_STOP_AFTER.search(c.text, c.end, c.e)
    start = _after_inner_stop(c.text, c.b, c.begin)
    if stop is None and start == c.b:
        return c.clause
    return _clause(c.text, c.begin, c.end, start, c.e if stop is None else stop.start())


_FULL_STOP_AFTER = regex(r"[.!?]+\s")
# A relative clause set off by commas, whose tense is its own: "The penalty decision, which Aberdeen will feel
# hard done by, is from 1:55 to 2:30".
_RELATIVE_ASIDE = regex(r",\s*(?:which|who|whom|whose)\b[^,;.!?\d]*,", _I)


def _future_in_aside(c: _Clock) -> bool:
    """Every future word from a relative clause set off by commas before the clock to the clause's end after it
    stands in such an aside: the aside's tense, not the clock's."""
    asides = [m.span() for m in _RELATIVE_ASIDE.finditer(c.text, max(c.b, c.begin - CONTEXT_CHARS), c.bare)]
    if not asides:
        return False
    stop = _CLAUSE_END_AFTER.search(c.text, c.end, c.e)
    return all(any(a <= f.start() < b for a, b in asides)
               for f in _FUTURE.finditer(c.text, asides[0][0], c.e if stop is None else stop.start()))


_CLAUSE_END_AFTER = regex(r"[;.!?](?:\s|$)")


def _future_in_apposition_after(c: _Clock) -> bool:
    """Every future word after the clock stands in a relative clause of a noun set in apposition to it, after a dash
    or a comma: "Carmody's drop off Menon at 7.10 - the catch that would have had Desai for 12" (round 71) tells what
    happens at the point, the modal the catch's, not the clock's (no future before the clock: "the ferry will leave at
    7:10, the last one that will run today" keeps its own; and in a sentence or a passage about footage: not "The
    council meets at 9:30 - the meeting that will decide the budget")."""
    apposed = _APPOSED_RELATIVE_AFTER.match(c.text, c.end, c.e)
    if apposed is None or _FUTURE.search(c.text, c.b, c.bare) \
            or not (c.footage_context or footage_word(c.text, c.b, c.e)):
        return False
    return _FUTURE.search(c.text, c.end, apposed.end()) is None


# A noun set in apposition after the clock, then its relative pronoun: " - the catch that", ", the moment which".
_APPOSED_RELATIVE_AFTER = regex(
    r"\s*(?:,|\s[-–—]|[–—])\s*(?:the|a|an|that|this|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+"
    r"(?:that|which|who|where)\b", _I)
# Words in quotation marks, whose tense is the speaker's, not the clause's.
# (and straight single quotes, as pasted text writes them: "he says 'we will review taxes'"; an apostrophe inside
# the quote, "'we won't'", is followed by a letter and does not close it)
_QUOTED = regex(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|(?<!\w)'(?=\w)[^'\n]{0,200}?(?<=[\w.,!?])'(?!\w)")
# A speech verb that the time follows, said while the text walks through footage.
_SAID_AT_BEFORE = regex(
    r"\b(?:said|says|asked|answered|replied|added|stated|announced|shouted|told\s+[\w'’]+)\s+"
    r"(?:(?:at|around|about|from|between)\s+)?$", _I)


def _past_narration(c: _Clock) -> str | None:
    """Any clock in a past-tense report with no footage word in the whole sentence: footage is
    described in the present ("the gunman enters at 9:05"), the world in the past ("entered").
    "paused for 10 seconds at 2:40" measures footage; "wailed for an hour starting at 9:15" the world."""
    text, b, e, begin, end = c.text, c.b, c.e, c.begin, c.end
    if (c.footage_context and not _later_the_same_morning(c)) or _INTO_AFTER.match(c.after) \
            or _INTO_A_RECORDING_AFTER.match(c.after) \
            or _PRESENT_CLAUSE_AFTER.match(c.after) or _PART_NAMED_AFTER.match(c.after) or _commented_on_at(c) \
            or _PRESENT_SPAN_OPENS.match(text, begin, end) or _REPORTED_PRESENT.search(text, c.b, c.bare) \
            or _SAYS_AT_AFTER.match(c.after) or _PART_AT_BEFORE.search(c.before, max(0, len(c.before) - 30)) \
            or _CORRECTED_AS_SAID_BEFORE.search(c.before, max(0, len(c.before) - 90)) \
            or _SHOULD_HAVE_SAID_BEFORE.search(c.before, max(0, len(c.before) - 60)) \
            or (c.may_end(_AUDIENCE_STEMS) and c.ends(_AUDIENCE_ASKED_ABOUT_BEFORE, 90)) \
            or (_STRETCH_OPENS.match(text, begin, end) and _VIEWED_BEFORE.search(text, max(c.b, begin - 20), begin)) \
            or (c.may_end(_YOU_CAN_STEMS) and c.ends(_YOU_CAN_SEE_BEFORE, 90)) \
            or (c.may_end(_OWN_TALK_STEMS) and c.ends(_OWN_TALK_AT_BEFORE, 60)):
        return None
    world_span = not c.opens_range or (
        not _RANGE_OPENER_FROM.match(text, begin, end) and not _RANGE_SEP.search(text, begin, end)
        and not _SECONDS_SPAN.match(text, begin, end))
    if world_span and (
            _past_outside_relative(text, _spoken_clause_start(text, b, begin), begin)
            or _PAST_PERFECT_AFTER.match(c.after) or _past_after_opening(c)) and not footage_word(text, b, e) \
            and not _present_when_after(c) and not _joined_to_position(c):
        return "time of day"
    return None


# The words between a clock and the one before it in its sentence, a clause joined by "and" with no stop or other
# number between: 'picked up the phones "just after 0:37" and left the shop by 1:05' (round 151).
_JOINED_BY_AND = regex(r"[^.;:!?\n\d]{0,80}?\band\b[^.;:!?\n\d]{0,60}", _I)
# How far before a clock the clock it is joined to may start.
JOINED_CLOCK_CHARS = 160


def _joined_to_position(c: _Clock) -> bool:
    """The clock is joined by "and" to the clock just before it in its sentence, and that one is a position: a witness
    walking through the CCTV in the past tense, 'the accused picked up the phones "just after 0:37" and left the shop
    by 1:05' (round 151), tells both in the same footage (not "the shop opened at 9:15 and the courier left by
    10:40", whose first clock is a time of day)."""
    from annotate.moments.exclusions.rules import clock_exclusion  # (the rules run this one: imported when asked)
    if _JOINED_ASKING:
        return False  # (one clock back only: a line of "opens at 7:30 and ..." would ask the whole chain, quadratic)
    previous = max(TIMECODE.finditer(c.text, max(c.b, c.bare - JOINED_CLOCK_CHARS), c.bare),
                   key=lambda m: m.start(), default=None)
    if previous is None or _JOINED_BY_AND.fullmatch(c.text, previous.end(), c.bare) is None:
        return False
    _JOINED_ASKING.append(True)
    try:
        return clock_exclusion(c.text, previous.start(), previous.end(), c.b, c.e, c.footage_context) == ""
    finally:
        _JOINED_ASKING.pop()


# Set while :func:`_joined_to_position` asks the rules about the clock before: that clock's own is not asked.
_JOINED_ASKING: list[bool] = []


# Into one recording of several, named with "a": "an announcer breaking into giggles 2:40 into a take", "1:10 into a
# 12-minute reel".
_INTO_A_RECORDING_AFTER = regex(
    rf"\s+into\s+(?:an?|one)\s+(?:[\w'’-]+\s+){{0,2}}?(?:takes?|reels?|tapes?|rushes|{MEDIA_NOUN})\b", _I)
# The viewer told where to look, whatever the tense around it: "I was 3 seconds behind, you can see me miss the dash
# at 19:20" (the past is the run's, the time is in its video).
_YOU_CAN_SEE_BEFORE = regex(
    r"\byou(?:\s+(?:can|could|will)|['’]ll)\s+(?:(?:clearly|actually|also|still)\s+)?(?:see|hear|watch|spot)\b"
    r"(?!\s+(?:why|how|that|what|where|when|if|whether)\b)[^.:;!?\d\n]{0,60}\b(?:at|from|around|about)\s+$", _I)
_YOU_CAN_STEMS = any_stem(("you",))


# A part of the recording named at the time: "drew the court's attention to the portion at 3:42 where"; or a thing
# the recording shows there: "students said the diagram at 12:48 was the thing that made it click".
_PART_AT_BEFORE = regex(
    r"\b(?:the|that|this)\s+(?:portion|part|section|segment|passage|bit|diagram|slide|chart|graph|graphic|"
    r"animation|caption|title\s+card)\s+at\s+$", _I)
# A part of the work named, then where it runs set off after a comma or a dash: "The middle act, from 19:40 to 27:15,
# is the chase ..., shot in a single take according to the director" (round 137: the attribution read it as the day's
# hours), "Its second movement (from 12:05 to 19:30) was recorded in one pass, according to the liner notes".
_PART_APPOSED_BEFORE = regex(
    r"\b(?:the|its|this|that|his|her|their)\s+(?:(?:first|second|third|final|last|middle|opening|closing|next|whole)"
    r"\s+)?(?:act|scene|sequence|movement|chapter|segment|passage|section|montage|prologue|epilogue|coda)\s*"
    r"[,(—–]\s*(?:(?:from|between)\s+)?$", _I)
# The audience asked about a thing at a position: "a few of you asked about the hum at around 6:40".
_AUDIENCE_ASKED_ABOUT_BEFORE = regex(
    r"\b(?:you|people|viewers|commenters|folks|listeners|readers)\s+(?:have\s+)?(?:asked|wondered|commented|"
    r"complained|moaned)\s+about\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}?(?:at|around|about)\s+"
    r"(?:(?:around|about|roughly)\s+)?$", _I)
_AUDIENCE_STEMS = any_stem(("you", "people", "viewers", "commenters", "folks", "listeners", "readers"))
# The maker pointing to where they speak of a thing in their own video, in the present (round 71, a pinned comment:
# "a few of you asked what olive oil I use, I mention it at about 3:30"); not "I mentioned it at lunch at 1:30".
_OWN_TALK_AT_BEFORE = regex(
    r"\b(?:I|we)\s+(?:(?:also|only|briefly|quickly)\s+)?(?:mention|talk\s+about|explain|cover|discuss|answer|address|"
    r"go\s+(?:over|through|into))(?:\s+(?:it|this|that|them|both|all\s+that))?\s+(?:at|around|from|near)\s+"
    r"(?:(?:around|about|roughly|approx\.?|approximately)\s+)?$", _I)
_OWN_TALK_STEMS = any_stem(("mention", "talk", "explain", "cover", "discuss", "answer", "address", "go "))


def _spoken_clause_start(text: str, b: int, begin: int) -> int:
    """Where the clause holding ``begin`` starts, past a lower-case reply's inner stop and past words quoted."""
    return _after_quotes(text, _after_inner_stop(text, _clause_start(text, b, begin), begin), begin)


def _after_quotes(text: str, start: int, begin: int) -> int:
    """Where the clause holding ``begin`` starts once the words quoted before it are left behind: their tense is the
    speaker's ("3:10 — "the ferry was delayed" 3:18 — "and we missed the train"": a transcript's stamps)."""
    if not any(q in text[start:begin] for q in _QUOTE_CLOSERS):
        return start  # (most clauses hold no quote: a plain scan spares the pattern)
    for m in _QUOTED.finditer(text, start, begin):
        start = m.end()
    opened = _OPEN_QUOTE.search(text, start, begin)
    return opened.end() if opened else start  # (inside a quote still open: its words are read from its start)


_QUOTE_CLOSERS = ("\"", "”", "’", "'", "“")  # (and an opener: a quote still open at the clock)
# A double quote opened in the clause and not closed before the clock: 'sent a note "indicator at 1:47, contact at
# 1:50"' (round 108), 'she captioned it "the bang at 0:42"': the note's own words, not the past verb that sends it.
_OPEN_QUOTE = regex(r"(?:(?<=[\s(:])|^)[\"“](?=[\w(])(?![^\"”\n]*[\"”])")


def _after_inner_stop(text: str, start: int, begin: int) -> int:
    """Where the clause holding ``begin`` starts when a full stop the sentence splitter kept (a lower-case
    reply: "fez was CRAZY. at like 5:30 we meet Youssef") stands between ``start`` and it."""
    for m in _INNER_STOP.finditer(text, start, begin + 1):  # (one past ``begin``: the lower-case letter may open it)
        start = min(m.end(), begin)
    return start


# A full stop after a word, then a lower-case word: chat that does not capitalise its sentences.
_INNER_STOP = regex(r"(?<=[a-z]{3})[.!?]+\s+(?=[a-z])|(?<=[A-Z]{3})[.!?]+\s+(?=[a-z])")


# A witness's words reported in the present, the past only in the verb reporting them: "Moreno said the first shot is
# at 8:19", "she testified that the van appears at about 2:10", "a commenter claimed the face shows up at "exactly
# 0:47"" (footage is told in the present).
_REPORTED_PRESENT = regex(
    r"\b(?:said|testified|told\s+(?:the\s+)?[\w'’-]+|agreed|accepted|conceded|confirmed|explained|noted|claimed|wrote|"
    r"posted|swore|insisted|reckoned|thought|commented|pointed\s+out)\s+(?:that\s+)?"
    r"(?:the|a|an|his|her|their|its|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:is|are|appears|reappears|comes|happens|starts|"
    r"begins|occurs|falls|shows\s+up|pops\s+up|turns\s+up|is\s+visible|is\s+seen|can\s+be\s+(?:seen|heard)|vanishes|"
    r"disappears|flickers|flashes|moves)\s+(?:(?:at|around|about|roughly|just|after|before)\s+)+"
    r"[\"“‘']?(?:(?:exactly|precisely|right|bang\s+on)\s+)?$", _I)


# Someone says something at the position, in the present: what they say may be in the past ("At 3:10 the minister
# says the plan was approved in 2019", "At 19:05 I say the Act was passed in 1846").
_SAYS_AT_AFTER = regex(
    r"\s*,?\s*(?:I|you|we|he|she|they|(?:the|a|an|his|her|their|our|my)\s+[\w'’-]+|(?-i:[A-Z])[\w'’-]+)\s+"
    r"(?:(?:also|then|wrongly|clearly|falsely)\s+)?(?:say|says|claim|claims|state|states|tell|tells|explain|explains|"
    r"mention|mentions|argue|argues|insist|insists|suggest|suggests|recall|recalls|admit|admits|read|reads)\b", _I)


# A stretch of footage named by its length and start, as what is watched: "could see the 10 seconds starting at 8:05".
_STRETCH_OPENS = regex(r"(?:the|those)\s", _I)
_VIEWED_BEFORE = regex(r"\b(?:see|saw|seen|watch|watched|view|viewed|replay|replayed|rewatch|rewatched|play|"
                            r"played|show|showed|shown)\s+(?:again\s+)?$", _I)


# The clock named as a part of the footage, in the present: "then 9:12 is the mint tea bit", "4:10's where he
# slips" (the past of a clause before it is that clause's).
_PART_NAMED_AFTER = regex(
    r"\s*(?:is|['’]s)\s+(?:where\b|the\s+(?:[\w'’-]+\s+){0,3}?(?:bit|part|moment|scene|section|segment|shot)s?\b)", _I)
# A span whose own words open it in the present, as footage is told: "(which) begins at 31:20 and lasts ...".
_PRESENT_SPAN_OPENS = regex(r"(?:(?:which|that)\s+)?(?:begins|starts|opens|kicks\s+off)\s+(?:at|from)\s", _I)


def _later_the_same_morning(c: _Clock) -> bool:
    """A minutes clock a few hours after an am/pm clock told earlier in the paragraph: the story's timeline goes
    on, whatever footage was placed in between ("burst at around 5:15 a.m. ... at 0:38 the spray hits ... Crews
    arrived at 6:02 and had the water off by 7:30")."""
    clock = _HOUR_MINUTE.fullmatch(c.text, c.bare, c.end)
    if clock is None:
        return False
    minutes = int(clock.group(1)) * 60 + int(clock.group(2))
    for day in _AM_PM_CLOCK.finditer(c.text, _paragraph_start(c.text, c.begin), c.bare):
        told = (int(day.group(1)) % 12) * 60 + int(day.group(2) or 0)
        if told < minutes <= told + DAY_CLOCK_REACH:
            return True
    return False


# How long after an am/pm clock a bare clock still reads as the same stretch of the day (minutes).
DAY_CLOCK_REACH = 360
_AM_PM_CLOCK = regex(r"(\d(?<![\d:.]\d)\d?)(?:[:.]([0-5]\d))?\s?[ap]\.?m\b", _I)


def _present_when_after(c: _Clock) -> bool:
    """"Asked for the key moment, the pathologist chose 5:31, when the officer's weight appears to shift": a
    report in the past of a time whose "when" clause tells, in the present, what the footage shows there."""
    m = _WHEN_CLAUSE_AFTER.match(c.after)
    return m is not None and _PRESENT_VERB.search(m.group(1)) is not None \
        and _PAST_IRREGULAR_OR_ED.search(m.group(1)) is None


_WHEN_CLAUSE_AFTER = regex(r"\s*,?\s+when\s+([^.;:!?,]{1,80})", _I)
_PRESENT_VERB = regex(r"\b(?:is|are|appears|seems|can\s+be|has|does|goes|comes|gets|[a-z]{2,}[^s\W'’]s)\b")


# "Critics highlighted the shot at 1:48 in which the lighthouse collapses": what happens at the time, told in the
# present, is what the footage shows (the world's events at a clock are told in the past).
_PRESENT_CLAUSE_AFTER = regex(
    r"^\s*,?\s*(?:in\s+which|during\s+which|where|when)\s+(?:(?:the|a|an|his|her|their|its|our|this|that)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:[a-z]{3,}(?<!ss)(?<!us)(?<!ed)(?<!ics)s|is|are)\b"
    r"(?![^.;,]{0,30}?\b(?:[a-z]{3,}ed|was|were|had|did|came|went|left|took|began|ran|said|told)\b)", _I)


# "the hunting that several of you asked about shows up at 9:14", "the glitch you mentioned appears at 2:10": a
# past verb in a relative clause, then the clause's own verb in the present right before the time.
_RELATIVE_THEN_PRESENT = regex(
    # a bare pronoun opens one only after its noun ("the glitch you mentioned"), not a clause ("and she told"); so
    # does a subject with its article ("the part the coroner's office has asked about runs from 7:40")
    r"(?<![\w])(?:that|which|who|whom|(?<=[a-z]\s)(?<!and\s)(?<!but\s)(?<!then\s)(?<!so\s)(?<!when\s)(?<!while\s)"
    # (or an indefinite subject: "the joint closeup everyone wanted is at 17:12", round 109)
    r"(?<!as\s)(?<!if\s)(?<!said\s)(?:you|we|i|they|he|she|the|his|her|their|our|my|your|everyone|everybody|"
    r"someone|somebody|people|folks|viewers))\s(?:[^.;!?,]{0,60}?\s)?(?P<past>(?!{p}\b)[a-z]{3,})"
    r"(?:\s+{p})?\s+(?:[a-z]{3,}(?<!ss)(?<!us)(?<!ed)s|is|are)"
    r"(?:\s+(?:up|in|out|on|off|back|again))?\s+(?:(?:at|around|about|from|by|near|after)\s+)?$"
    .replace("{p}", r"(?:about|of|for|on|to|up|in|with|over)"), _I)

# A relative clause with its object, then the main verb "is at": "the spill that gifted Castlemere their goal is at
# 2:05", "the tackle that cost them the game is at 4:10" (the past is the clause's, the position the footage's).
# So is any main verb in the present, the clause maybe closed by a comma and its object maybe followed by a bare verb:
# "The haka itself, the item that made the judges sit up, starts at exactly 7:48" (round 120).
_RELATIVE_OBJECT_THEN_IS = regex(
    r"(?<![\w])(?:that|which)\s(?P<past>[a-z]{3,})(?:\s+(?:them|him|her|it|us|me|you|(?-i:[A-Z])[\w'’-]+))?"
    r"\s+(?:the|their|his|its|our|a|an|my|your)\s+(?:[\w'’-]+\s+)?[\w'’-]+"
    r"(?:\s+[a-z]+(?:\s+(?:up|down|out|in|on|off|back))?)?"
    # (an aside set off by commas between: "The pass that won the race, on the outside at the Chase, comes at 6:48"
    # (round 36))
    r"(?:,[^\S\n][^,.;:!?\d\n]{1,40},)?,?\s+"
    # (a verb a walk through footage tells, not any word in -s: "the lorry that hit the parked cars at 6:40 was")
    r"(?:is|are|starts|begins|comes|arrives|appears|happens|ends|follows|occurs|kicks|plays|shows|lands|enters|"
    r"emerges|peaks|finishes|continues|resumes|returns)\s+(?:(?:in|up|on|out|back)\s+)?"
    r"(?:(?:at|around|about)\s+)(?:(?:exactly|precisely|just|only)\s+)?$", _I)


def _past_outside_relative(text: str, start: int, begin: int, past: re.Pattern[str] = _PAST_IRREGULAR_OR_ED,
                           rel_from: int | None = None) -> bool:
    """A past verb in the clause before ``begin``, not only in a relative clause whose main verb is present
    (``rel_from``: where that relative clause may open, when the clause is read from after its pronoun)."""
    if not _past_outside_asides(text, start, begin, past):
        return False
    rel = _RELATIVE_THEN_PRESENT.search(text, start if rel_from is None else rel_from, begin)
    if rel is None or not _PAST_IRREGULAR_OR_ED.fullmatch(text, rel.start("past"), rel.end("past")):
        # (the clause may be read from after its "that": the pronoun is looked for just before)
        rel = _RELATIVE_OBJECT_THEN_IS.search(text, max(0, (start if rel_from is None else rel_from) - 7, begin - 90),
                                              begin)
        if rel is None or not _PAST_IRREGULAR_OR_ED.fullmatch(text, rel.start("past"), rel.end("past")):
            return True
    return _past_outside_asides(text, start, max(start, rel.start()), past)


def _past_outside_asides(text: str, start: int, begin: int, past: re.Pattern[str]) -> bool:
    """A past verb in text[start:begin] outside a bracketed aside closed before ``begin``: the aside's tense is its
    own ("In my capture (posted on our channel), the stutter is obvious from 3:32")."""
    close = text.find(")", start, begin)
    if close >= 0 and "(" not in text[start:close]:
        start = close + 1  # the clause was read from inside the aside: "The raw file (recorded in March) shows"
    if "(" not in text[start:begin] and text.count(",", start, begin) < 2:
        return past.search(text, start, begin) is not None  # (most clauses hold no aside)
    asides = [m.span() for m in _BRACKETED_ASIDE.finditer(text, start, begin)] \
        + [m.span() for m in _PARTICIPLE_ASIDE.finditer(text, start, begin)]
    return any(not any(a <= m.start() < z for a, z in asides) for m in past.finditer(text, start, begin))


_BRACKETED_ASIDE = regex(r"\([^()\n]{0,80}\)")
# ... or a participle's phrase set off by commas, which tells the work named before it: "In the full 38-minute
# speech, posted by the ministry on 2 March, the line comes at 21:14" (round 71): the phrase's past is the posting's.
_PARTICIPLE_ASIDE = regex(
    r",\s*(?:[a-z]+ed|shot|taken|made|shown|seen|given|written|held|broadcast|sent)\s+"
    r"(?:by|on|in|at|from|during|for|to|last|earlier|online)\b[^,;:()\n\d]{0,60}(?:\d[^,;:()\n]{0,20})?,", _I)


# A word (the event noun's end).
_WORD = regex(r"\w+")


def _setting(before: str, event: re.Match[str]) -> bool:
    """The event noun only sets the scene: "In the condensed game, the interception return starts at"."""
    noun_end = _WORD.match(before[event.start():])
    after_noun = event.start() + (noun_end.end() if noun_end else 0)
    return bool(_SETTING_BEFORE.search(before, 0, event.start())) and before[after_noun:after_noun + 1] == ","


_PROGRAMME = regex(
    rf"\b{_PROGRAMME_NOUNS}\b(?!-\w|\s+(?:{MEDIA_NOUN}|section|part|bit|portion|round)\b|['’]s\b|[\"”])(?P<gap>[^.;!?]{{0,50}})\b{_EVENT_VERBS}\s+"
    r"(?:(?:at|around|about|from|shortly\s+after|just\s+after)\s+)*$", _I)
# A venue after the programme's noun: "at the Anchor", "in the village hall", "at St Mary's", "at Dot's Bar".
_VENUE = regex(
    r"\b(?:at|in)\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:village|church|community|parish|town|school|social|sports|"
    r"local|main)\b|(?:hall|club|pub|library|centre|center|park|square|bar|church)\b)", _I)

# A topic, not an actor: "a story about the 1998 storm".
_SETTING_BEFORE = regex(
    r"\b(?:in|on|during|throughout|from)\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\w'’-]+\s+){0,2}$", _I
)
_TOPIC_BEFORE = regex(
    r"\b(?:about|regarding|concerning"
    # a scene that shows the event: "the flashback to the mine strike runs from 24:30"
    r"|(?:flashbacks?|flash-forwards?|scenes?|sequences?|montages?|shots?|cutaways?|re-?enactments?|reconstructions?|"
    r"dramati[sz]ations?)\s+(?:to|of|from|at|showing|depicting)"
    # the subject of a relative clause about a part: "the part the coroner's office asked about runs from 7:40"
    r"|\b(?:parts?|bits?|sections?|segments?|passages?|stretch|exchanges?)(?:\s+(?:that|which))?"
    r"(?=\s+(?:the|this|that|his|her|their|its)\s))"
    r"\s+(?:(?:the|a|an|this|that|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}$", _I
)

def _own_journey_clock(c: _Clock) -> bool:
    """A one-digit hour after a speaker's own past journey, in a sentence naming no footage, even where a
    transcript's cue times set the footage context: "and I still only reached Ikeja at 8:40"."""
    return _ONE_DIGIT_CLOCK.fullmatch(c.text, c.bare, c.end) is not None and not _INTO_AFTER.match(c.after) \
        and not _IN_MEDIA_AFTER.match(c.after) and not footage_word(c.text, c.b, c.e)


_ONE_DIGIT_CLOCK = regex(r"[1-9]:[0-5]\d")
_FIRST_PERSON_MOVED = regex(
    r"\b(?:[Ww]e|I)\s+(?:(?:then|finally|only|had|all|still|just|eventually)\s+){0,2}(?:left|arrived|got\s+(?:there|back|home|in|up)|went|"
    # (or passed a place: "I passed through Kasoa around 7:50", Pidgin's present for it "I pass there 8:30" (round 194))
    r"came\s+(?:back|home)|reached|set\s+off|set\s+out|headed|parked|(?:were|was)\s+back|"
    r"pass(?:ed)?\s+(?:there|through|by|past)|drove\s+(?:past|through|by))\b[^.;!?\d]{0,50}$")

_COMMA_EDGE = regex(rf"[,:—–(\[]|{_ENTITY_SEMICOLON}|\b(?:that|and|but|while|whereas)\b", _I)


# Someone in the footage telling, in the present, what happened, the report running on to the clock: "he admits the
# jug cracked after 6 months at 11:40", "she explains that the bridge collapsed at 10:15" (round 36): the past is the
# report's, the clock where it is told.
_TOLD_NOW_BEFORE = regex(
    r"\b(?:he|she|they)\s+(?:(?:also|then|later|finally|openly|briefly)\s+)?"
    r"(?:admits|says|explains|mentions|notes|reveals|confirms|concedes|recalls|adds|points\s+out|tells\s+(?:us|viewers))"
    r"\s+(?:that\s+)?[^.;!?,:\n]{1,80}$", _I)


def _told_now_from(c: _Clock) -> int:
    """Where the past that may make the clock a time of day must be read up to: before a report told in the present
    by someone in footage the text is walking through (:data:`_TOLD_NOW_BEFORE`), else up to the clock."""
    if not c.footage_context:
        return c.begin
    told = _TOLD_NOW_BEFORE.search(c.text, max(c.b, c.begin - 120), c.begin)
    return told.start() if told is not None and told.end() == c.begin else c.begin


def _past_after_opening(c: _Clock) -> bool:
    """A sentence that opens with the clock and goes on in the passive past, the voice of reports:
    "At 8:50 the station was evacuated" (but "At 2:40 he paused" may narrate footage)."""
    opening = _clause_opening(c)
    if not _AT_OPENING.fullmatch(c.text, opening, c.bare):
        # "the report came out at 9 a.m. and by 9:15 the stock was down": a clause coordinated after an am/pm clock
        coordinated = _COORDINATED_AT_BEFORE.search(c.before, max(0, len(c.before) - NEAR_CHARS))
        if coordinated is None or not _later_the_same_morning(c):
            return False
        opening = c.bare - len(c.before) + coordinated.start("at")
    stop = _CLAUSE_STOP.search(c.text, c.end, c.e)
    if (c.text[opening:opening + 3].lower() == "by " or _SOME_POINT.match(c.text, opening, c.bare)) \
            and _WAS_AFTER.search(c.text, c.end, stop.start() if stop else c.e):
        return True  # "By 23:20 it was all over", "At some point after 16:40 it was not": a state of the world
    clause_end = stop.start() if stop else c.e
    return _PASSIVE_PAST.search(c.text, c.end, clause_end) is not None \
        or _EVENT_AFTER.match(c.text, c.end, c.e) is not None \
        or (_TWO_DIGIT_CLOCK.fullmatch(c.text, c.bare, c.end) is not None
            and _FIRST_PERSON_MOVED_AFTER.match(c.text, c.end, clause_end) is not None) \
        or (_PAST_IN_CLAUSE.search(c.text[c.end:clause_end].lower()) is not None and _later_the_same_morning(c))
    # "At 21:15 we stopped at Kilbride Junction": the writer's own journey; "Crews were called at 3:12 a.m. ...
    # At 4:05 the roof collapsed": an active past told on the day's clock, a few hours after its am/pm time


_COORDINATED_AT_BEFORE = regex(
    r"(?:,|\band|\bbut|\bthen)\s+(?P<at>(?:by|at|around|about|shortly\s+after|just\s+after|just\s+before)\s+)$", _I)
# The writer's own party moving, right after an opening clock: "At 21:15 we stopped at", "At 06:40 I set off".
_FIRST_PERSON_MOVED_AFTER = regex(
    r"\s*,?\s*(?:we|I)\s+(?:(?:then|finally|only|all|still|just|eventually)\s+){0,2}(?:stopped|left|arrived|reached|"
    r"pulled\s+(?:in|into|out)|set\s+(?:off|out)|got\s+(?:in|into|to|there|back|off|on|home)|boarded|landed|docked|"
    r"departed|crossed|checked\s+(?:in|out)|headed|parked|turned\s+back|made\s+it)\b", _I)


def _clause_opening(c: _Clock) -> int:
    """Where the words opening the clock's clause start: the sentence's start, or past a semicolon ("Within 14
    minutes, nine volunteers had left their beds; by 03:40 the first of them were at the roadside")."""
    semi = c.text.rfind(";", c.b, c.bare)
    if semi < 0:
        return c.b
    return semi + 1 + len(c.text[semi + 1:c.bare]) - len(c.text[semi + 1:c.bare].lstrip())


_WAS_AFTER = regex(r"\b(?:was|were|had)\b", _I)
_SOME_POINT = regex(r"(?:at\s+)?some\s*(?:point|time)\s", _I)
_PASSIVE_PAST = regex(r"\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ght)\b", _I)
_AT_OPENING = regex(r"(?:at|by|around|about|shortly\s+after|just\s+after|just\s+before|"
                         r"(?:at\s+)?some\s*(?:point|time)\s+(?:after|before))\s+", _I)
_CLAUSE_STOP = regex(r"[,;:.!?]")
