"""Clip export: one clip per moment, cut frame-exact (``exact``), lossless
(``copy``) or both (``smart``), in resumable parallel batches with posters, a
contact sheet and a manifest that records how each clip was made."""

from annotate.clips.cut import MODES
from annotate.clips.manifest import MANIFEST_CSV, MANIFEST_JSON
from annotate.clips.run import CONTACT_SHEET, ExportReport, Failure, export

__all__ = ["CONTACT_SHEET", "MANIFEST_CSV", "MANIFEST_JSON", "MODES", "ExportReport", "Failure", "export"]
