"""annotate: moments described in articles, as timestamped annotations,
subtitles, overlays and clips aligned to the footage."""

from __future__ import annotations

__version__ = "0.1.0"

TYPE_CHECKING = False  # (typing's own flag without importing typing: see below)
if TYPE_CHECKING:
    from typing import Any

    from annotate.errors import AnnotateError
    from annotate.model import Alignment, Footage, Moment, Source, Timeline
    from annotate.moments import References, extract_moments, extract_references

# Importing the package runs no other module: every name below is loaded on
# first use. The command line's entry (annotate.__main__) must get control
# before any of the library loads, so that Ctrl-C while it loads exits 130
# without a traceback; and the moment reader compiles hundreds of patterns on
# import (about half the start-up of a process), which a batch worker or a
# command that never reads an article should not pay for.
_LAZY = {
    "AnnotateError": "annotate.errors",
    "Alignment": "annotate.model",
    "Footage": "annotate.model",
    "Moment": "annotate.model",
    "Source": "annotate.model",
    "Timeline": "annotate.model",
    "References": "annotate.moments",
    "extract_moments": "annotate.moments",
    "extract_references": "annotate.moments",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
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
