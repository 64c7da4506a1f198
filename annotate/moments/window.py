"""The tolerance window alignment may search around a stated time.

Rule (seconds):
- exact, granularity g <= 1 s (``2:27`` -> g = 1, ``2:27.5`` -> 0.1; milliseconds and
  frames are widened to ``MIN_WINDOW_SECONDS``):
  ``(start, start + g)``: the text names that second (or tenth), nothing earlier.
- exact, coarser (``the four-minute mark`` g = 60, ``a minute and a half`` g = 30):
  ``(start - g/6, start + g/2)``: writers round minute marks, mostly down.
- hedged ("roughly", "about", fractions, relative to a hedged moment): the exact
  window widened by ``HEDGE_PAD_SECONDS`` for second-level times and
  ``COARSE_HEDGE_PAD_SECONDS`` for coarser ones.
- fractions of a length: ``FRACTION_PAD_RATIO`` of the length either side (at least the hedge pad).
For a range the window is about its start.  Low is clamped at 0, high at the duration when known
(unless the stated time is already past the end).
"""

from __future__ import annotations

HEDGE_PAD_SECONDS = 5.0
COARSE_HEDGE_PAD_SECONDS = 10.0
FRACTION_PAD_RATIO = 0.05
# Milliseconds and frames are finer than alignment can use: a tenth of a second at least.
MIN_WINDOW_SECONDS = 0.1


def window(
    start: float,
    granularity: float,
    approximate: bool,
    *,
    length: float | None = None,
    fraction: bool = False,
    duration: float | None = None,
) -> tuple[float, float]:
    """(low, high) seconds that alignment may search for a moment stated at ``start``."""
    g = max(granularity, MIN_WINDOW_SECONDS)
    if g <= 1.0:
        low, high = start, start + g
    else:
        low, high = start - g / 6, start + g / 2
    if approximate:
        pad = HEDGE_PAD_SECONDS if g <= 1.0 else COARSE_HEDGE_PAD_SECONDS
        if fraction and length:
            pad = max(pad, FRACTION_PAD_RATIO * length)
            low, high = start, start
        low, high = low - pad, high + pad
    low = max(0.0, low)
    if duration is not None and start <= duration:
        # Clamp to the footage; a time past its end keeps its own window (the text may be wrong).
        high = min(high, duration)
        low = min(low, high)
    return round(low, 3), round(max(high, low), 3)
