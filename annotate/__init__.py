"""annotate: moments described in articles, as timestamped annotations,
subtitles, overlays and clips aligned to the footage."""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any  # noqa: E402

from annotate.errors import AnnotateError  # noqa: E402
from annotate.model import Alignment, Footage, Moment, Source, Timeline  # noqa: E402

if TYPE_CHECKING:
    from annotate.moments import References, extract_moments, extract_references

# The moment reader compiles hundreds of patterns on import (about half the
# start-up of a process): loaded on first use, so that a batch worker or a
# command that never reads an article does not pay for it.
_MOMENTS = frozenset({"References", "extract_moments", "extract_references"})


def __getattr__(name: str) -> Any:
    if name in _MOMENTS:
        from annotate import moments

        return getattr(moments, name)
    raise AttributeError(f"module 'annotate' has no attribute {name!r}")

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
