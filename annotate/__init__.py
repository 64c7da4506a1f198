"""annotate: moments described in articles, as timestamped annotations,
subtitles, overlays and clips aligned to the footage."""

from __future__ import annotations

__version__ = "0.1.0"

from annotate.errors import AnnotateError  # noqa: E402
from annotate.model import Alignment, Footage, Moment, Source, Timeline  # noqa: E402
from annotate.moments import References, extract_moments, extract_references  # noqa: E402

__all__ = [
    "AnnotateError",
    "Alignment",
    "Footage",
    "Moment",
    "Source",
    "Timeline",
    "extract_moments",
    "extract_references",
    "References",
    "__version__",
]
