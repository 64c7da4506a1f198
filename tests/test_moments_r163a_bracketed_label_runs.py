"""A work's length told after a label in brackets and the words naming whose it is (blind round 163, a Northern
Territory appeal): "The body-worn camera footage (BWC) of Senior Constable Meaney, which runs 14 minutes 20 seconds,
was played at trial. ... In the last 30 seconds of the footage ..." The bracketed label ended the reach of the words
allowed between the work and its verb, so the length was never stated and the end form had nothing to count from.
A label in brackets may now be followed by the same short words a bare noun may."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bracketed label, then whose work it is, then its length": [
        ("The body-worn camera footage (BWC) of Senior Constable Meaney, which runs 14 minutes 20 seconds, was played "
         "at trial. In the last 30 seconds of the footage the appellant is handed a copy.", [(830.0, 860.0)]),
        ("The dashcam video (Exhibit D4) from the second cruiser, which runs 6 minutes 10 seconds, was played. In the "
         "last 20 seconds the car stops.", [(350.0, 370.0)]),
        ("The CCTV footage (Ex. 7) shown to the jury runs 3 minutes. In the final 30 seconds the van leaves.",
         [(150.0, 180.0)]),
        ("The interview recording (ROI) with the accused, which lasts 42 minutes, was tendered. In its final "
         "2 minutes he asks for a lawyer.", [(2400.0, 2520.0)]),
    ],
    "no length of the footage, no end form": [
        ("The footage (BWC) was played at trial; the stop itself lasts 9 minutes. In the last 30 seconds of the "
         "footage he signs.", []),
        ("The footage (BWC) of the arrest was played. In the last 30 seconds of the footage he signs.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bracketed_label_runs(text, expected):
    assert found_spans(text) == expected
