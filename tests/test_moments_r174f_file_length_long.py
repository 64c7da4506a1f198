"""A file's length told with "long" after it (blind round 174, a Singapore magistrate's grounds): "footage ...
exported by the town council as a file 3 minutes 20 seconds long", then "The last 30 seconds of the file show the
paramedics arriving" is 170 to 200. "file" was no work's noun before the length, so the end form had no length to
count from; "The file is 6 minutes 20 seconds long" already read. A file told by its size, or a length that is
not the file's, stays no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a file's length with long after it": [
        ("The Prosecution relied on footage exported by the town council as a file 3 minutes 20 seconds long. "
         "The last 30 seconds of the file show the paramedics arriving.", [(170.0, 200.0)]),
        ("The police produced the doorbell recording as a file 2 minutes long. In the final 15 seconds of the file "
         "the car drives off.", [(105.0, 120.0)]),
        ("Disclosure came as two files; the second, a file 4:10 long, is the one that matters. Halfway through "
         "the file the van reverses.", [(125.0, None)]),
        ("The council sent us the bodycam as one file 12 minutes long, and in its last minute the officer "
         "switches it off.", [(660.0, 720.0)]),
    ],
    "a file told by its size or another length stays no length": [
        ("The council sent a file 40 MB in size. In the last 30 seconds of the file the car drives off.", []),
        ("The file took 3 minutes to download. In the final 20 seconds of the file the van reverses.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_file_length_long(text, expected):
    assert found_spans(text) == expected
