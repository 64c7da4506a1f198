"""A software release's notes (fitted round 197, a video player's changelog "## Tuklas Player 5.3.0"): its stamps set
in code are the software's examples and settings ("Lines must start with a timestamp such as `0:00`", "a default of
up to `1:30`", "Seeking past `59:59` now shows `1:00:00` instead of `60:00`"), in no footage; and a setting's length
changed "from ... to" ("Buffer raised from 8 s to 20 s") is its old value. A page of no release, and a release's note
placing a stamp in one named work, keep their positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "release notes' example stamps": [
        ("## Reelo 2.4.0 (2026-03-02)\n\n### Added\n- Chapters are read from lines starting with `0:00` or "
         "`1:02:03`.\n\n### Fixed\n- Seeking past `59:59` showed `60:00`.", []),
        ("# Release notes: version 3.1\n\n## New\n- Skip intro now defaults to `1:30`.\n\n## Bug fixes\n"
         "- Timestamps like `12:05` in comments are links again.", []),
        ("### v1.8.2\n\n**Changed**\n- The sleep timer's longest preset is `1:00:00`.\n\n**Removed**\n"
         "- The `00:00:10` pre-roll option.", []),
        ("## Podkast 0.9.1\n\n### Changed\n- Buffer raised from 8 s to 20 s on mobile data.\n- Rewind step cut from "
         "30 seconds to 10 seconds.", []),
    ],
    "left alone": [
        ("## Release notes — Clipper 4.2.0\n\n**Fixed**\n- Thumbnails were black.\n\n**Known issue**\nIn the sample "
         "project the audio drifts from about `00:03:40` onward, and the title card at `00:00:12` flickers.",
         [(220.0, None), (12.0, None)]),
        ("## Kestrel 4.2.0\n\nThe walkthrough video is pinned.\n\n| Feature | Where it's shown in the walkthrough |\n"
         "|---|---|\n| Ripple trim | `02:10`–`03:05` |\n| Proxies | at `05:40` |\n\n### Fixed\n- Crash on start.",
         [(130.0, 185.0), (340.0, None)]),
        ("Our notes on the film: the fire starts at `12:05` and the roof falls at `14:40`.",
         [(725.0, None), (880.0, None)]),
        ("## Cut 3 changes (2026-03-02)\n\n### Changed\n- Replaced the archive shot at 22:10.\n\n### Added\n"
         "- New music from 44:00.", [(1330.0, None), (2640.0, None)]),
        ("In the video the loading bar grows from 8 s to 20 s, and the crash comes at 0:41.", [(41.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_release_notes(text, expected):
    assert found_spans(text) == expected
