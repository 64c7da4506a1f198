"""Reading moments (positions in the footage) out of article text."""

from __future__ import annotations

from annotate.model import Moment


def extract_moments(text: str, duration: float | None = None) -> list[Moment]:
    """Placeholder until the extractor lands."""
    return []
