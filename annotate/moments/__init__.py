"""Reading moments (positions in the footage) out of article text."""

from __future__ import annotations

from annotate.moments import compiled
from annotate.moments.extract import extract_file, extract_moments
from annotate.moments.references import References, extract_references, extract_references_file

# Every fixed pattern is compiled by now: keep their parsed code for the next run (see ``compiled``).
compiled.save()

__all__ = ["References", "extract_file", "extract_moments", "extract_references", "extract_references_file"]
