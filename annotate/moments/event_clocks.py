"""Times counted from an event of the world rather than from the footage's start: "about 2:41 after liftoff",
"1:30 after kick-off", "0:45 after the gun". A mission's or a match's clock, not a position."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.forms import Candidate

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
