"""Times counted from an event of the world rather than from the footage's start: "about 2:41 after liftoff",
"1:30 after kick-off", "0:45 after the gun". A mission's or a match's clock, not a position. And a clock of the
day restated at once as a position in the footage: "At 21:47, about 47 minutes into the broadcast"."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.forms import Candidate
from annotate.moments.patterns import EQUATED_WITH

# The event a clock counts from, right after the time.
_AFTER_EVENT = regex(
    r"\s+(?:after|past|from|since)\s+(?:the\s+)?(?:lift-?off|launch|ignition|engine\s+start|take-?off|touchdown|"
    r"kick-?off|tip-?off|puck\s+drop|throw-?in|gun|starting\s+gun|start\s+of\s+(?:the\s+)?(?:race|match|game)|"
    r"opening\s+whistle|first\s+whistle|opening\s+bell)\b",
    re.IGNORECASE)


def event_clocks(chosen: list[Candidate], text: str, e: int) -> None:
    """Sets aside as a game clock each live timecode said as counted from an event (``_AFTER_EVENT``)."""
    for c in chosen:
        if not c.excluded and c.timecode and c.kind == "point" and _AFTER_EVENT.match(text, c.end, e):
            c.excluded = "game clock"


def restated_clocks(chosen: list[Candidate], text: str) -> None:
    """Sets aside as a time of day each live timecode restated right after as a different position said into the
    footage ("The trouble started at 21:47, about 47 minutes into the broadcast"): one moment told twice, by the
    day's clock and by the recording's. The same number told twice ("at 1:05, 65 seconds into the video") stays."""
    ordered = sorted(chosen, key=lambda c: c.begin)
    for clock, position in zip(ordered, ordered[1:]):
        if not clock.excluded and not position.excluded and clock.timecode and clock.kind == "point" \
                and position.kind == "point" and abs(position.start - clock.start) > RESTATED_SLACK \
                and _APPOSED_GAP.fullmatch(text, clock.end, position.begin) \
                and _SAID_INTO.search(text, position.begin, position.end):
            if position.into_part and position.start < clock.start:
                # "the nearest keyframe is at 0:12.5, half a second into the cut" (round 92): the offset counts
                # from the part's start, the timecode is the footage's position
                position.excluded = "offset into a part"
                continue
            clock.excluded = "time of day"
    _equated_clocks(ordered, text)


def _equated_clocks(ordered: list[Candidate], text: str) -> None:
    """Sets aside as a time of day a live timecode an offset said in words is equated with, in a chronolocation's
    sum: "it started at 16:31, which fits: two minutes in is 16:33" (round 127): the offset is the footage's, the
    clock the day's."""
    for position, clock in zip(ordered, ordered[1:]):
        if not clock.excluded and not position.excluded and clock.timecode and clock.kind == "point" \
                and position.kind == "point" and not position.timecode \
                and abs(clock.start - position.start) > RESTATED_SLACK \
                and _EQUATED_GAP.fullmatch(text, position.end, clock.begin):
            clock.excluded = "time of day"


# How far apart two tellings of one moment may be and still be the same number.
RESTATED_SLACK = 1.0
_APPOSED_GAP = regex(r"\s*(?:,|\(|[—–]|\s-)\s*")
_SAID_INTO = regex(r"\b(?:in|into)\s+(?:the|this|that|its|his|her|their)\b", re.IGNORECASE)
# An offset said in words equated with a clock: "two minutes in is 16:33", "five minutes in makes it 07:10".
_EQUATED_GAP = regex(EQUATED_WITH, re.IGNORECASE)
