"""A file's length told with its specs after it (blind round 73, html_md): "Raw file is 41:30, 4K, 2.1 GB." The
numbers after the comma are the file's resolution, size or rate, not a second time listed after the first ("the
highlights are 2:10 and 4:40", two positions), so the time is the file's length: no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length with the file's specs after it": [
        ("Raw file is 41:30, 4K, 2.1 GB.", []),
        ("The master recording is 1:12:08, 1080p, 60 fps.", []),
        ("Export runs 3:45, 48 kHz stereo.", []),
        ("The interview audio was 22:10, 320 kbps.", []),
    ],
    "two times listed stay positions": [
        ("The highlights are 2:10 and 4:40.", [(130.0, None), (280.0, None)]),
        ("The clip is best at 0:41, 1:05 and 1:30.", [(41.0, None), (65.0, None), (90.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_file_specs(text, expected):
    assert found_spans(text) == expected
