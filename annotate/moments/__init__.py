"""Reading moments (positions in the footage) out of article text."""

from __future__ import annotations

from annotate.moments.extract import extract_file, extract_moments

__all__ = ["extract_file", "extract_moments"]
