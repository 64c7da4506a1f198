"""Reading the clock burnt into footage: where it is drawn, what it reads,
and the footage's clock map (one segment per continuous run of a clock)."""

from annotate.clock.model import ClockMap, ClockSegment, Region
from annotate.clock.read import read_clock

__all__ = ["ClockMap", "ClockSegment", "Region", "read_clock"]
