"""A runtime changed by a conversion, told as shorter or longer, restated, and what it becomes (blind round 108,
subtitles-04, a frame-rate conversion question: "runtime 1:34:12 ... so the new runtime is shorter, about 1:30:18",
then a reply "Your 1:34:12 becomes roughly 1:30:20"). A runtime's comparative ("is shorter, about") still tells the
length; the runtime's digits written again bare are that length again, and what a length becomes is a length. A
position said with "at" or "into", or a cue's time that becomes another, stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a runtime told with its comparative is a length": [
        ("After the PAL speed-up the running time is longer, roughly 2:05:40, so the festival slot is too short.", []),
        ("The director's cut adds a scene; its duration is slightly longer, 1:48:12.", []),
    ],
    "a runtime restated and converted is a length": [
        ("The NTSC master has a runtime of 52:10. At 25 fps your 52:10 becomes about 50:02.", []),
        ("Film runtime 1:41:30 at 24 fps. Sped up, 1:41:30 turns into roughly 1:37:28 at 25.", []),
    ],
    "a position said of the footage, or a cue converted, stays one": [
        ("The film runs 1:34:12. The fire starts at 1:12:40 and the credits roll at 1:34:12.",
         [(4360.0, None), (5652.0, None)]),
        ("After the conversion the cue at 10:00 becomes 9:35.", [(600.0, None), (575.0, None)]),
        # a title's length, then the same digits as where the next track starts: not restated, nothing converted
        ("Timestamps for the DJ set:\n01. Warm-up (2:05)\n02. Blue Nile — 2:05\n03. Desert Rose — 6:40\n"
         "04. Sunrise — 11:15\nTotal 52:30, streamed live from the beach.", [(125.0, None), (400.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_converted_runtime(text, expected):
    assert found_spans(text) == expected
