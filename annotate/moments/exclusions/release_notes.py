"""A software release's notes: the stamps they set in code are the software's examples and settings ("Lines must
start with a timestamp such as `0:00`", "Skip intro defaults to `1:30`", "Seeking past `59:59` now shows `1:00:00`"),
in no footage (round 197); not one placed in a work the notes name, said "at" or "from" it or in a table's cell
("In the sample project the audio drifts from about `00:03:40` onward, and the title card at `00:00:12` flickers",
round 76; "| Proxy generation | at `05:40` |" under "Where it's shown in the walkthrough", round 160). A release is told
by a heading naming its version and the sections release notes keep
("Added", "Fixed", "Bug fixes"): an edit's changelog of one film ("Cut 3 changes ... Replaced the archive shot at
22:10") names no version and keeps its positions."""

from __future__ import annotations

import re
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import _Clock

# A heading naming a release's version: "## Tuklas Player 5.3.0 (2026-02-11)", "# Release notes: version 3.1",
# "### v1.8.2".
_VERSION_HEADING = regex(
    r"^[ \t]*(?:#{1,6}[ \t]*|\*\*)[^\n]{0,60}?(?:\bv(?:ersion)?[ \t]*\d+\.\d+|(?<![\d.])\d+\.\d+\.\d+(?![\d.]))",
    re.MULTILINE | re.IGNORECASE)
# A release notes' section heading alone on its line: "### Added", "**Bug fixes**", "## New".
_SECTION_HEADING = regex(
    r"^[ \t]*(?:#{1,6}[ \t]*|\*\*)(?:Added|Changed|Fixed|Removed|Deprecated|Security|New(?:\s+features)?|"
    r"Improve(?:d|ments)|Bug\s*fixes|Fixes|Known\s+issues)(?:\*\*)?:?[ \t]*$", re.MULTILINE | re.IGNORECASE)


@lru_cache(maxsize=8)
def _is_release_notes(text: str) -> bool:
    """Whether ``text`` holds a release's notes: a version's heading and a release section's (read once a text)."""
    return _VERSION_HEADING.search(text) is not None and _SECTION_HEADING.search(text) is not None


def release_example(c: _Clock) -> bool:
    """A stamp set alone in code (`` `1:30` ``) in a software release's notes, not placed in a work: the software's
    example or setting."""
    return c.text[c.bare - 1:c.bare] == "`" and c.text[c.end:c.end + 1] == "`" and _is_release_notes(c.text) \
        and _PLACED_BEFORE.search(c.before) is None \
        and not c.text.startswith("|", c.text.rfind("\n", 0, c.begin) + 1)


# A stamp placed in a work: "at `05:40`", "from about `00:03:40`", "~`07:15`" (its code span's backtick cut off).
_PLACED_BEFORE = regex(r"(?:\b(?:at|from|between|around|about|near|by)|~|[–—-])\s*$", re.IGNORECASE)
