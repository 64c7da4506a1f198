"""Reading moments (positions in the footage) out of article text."""

from __future__ import annotations

from annotate.moments.clocks import References, extract_references, extract_references_file
from annotate.moments.extract import extract_file, extract_moments

__all__ = ["References", "extract_file", "extract_moments", "extract_references", "extract_references_file"]
