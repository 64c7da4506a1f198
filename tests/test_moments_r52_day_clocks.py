"""Times of day that round 52 (`tests/data/moments_genres_round52.jsonl`) showed read as positions: a timeline
listed under a lead-in naming the clock it is told in ("Using Video C's clock, corrected for BST:"), the text of an
HTML `<time datetime="2024-...">` element, and a byline's clock before a date in capitals ("09:14, 15 NOV 2023").
Sentences written for each family, with look-alikes that must stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a list's lead-in that names the clock its times are read from
    "a timeline under a clock's lead-in": [
        ("Using the dashcam's clock, adjusted for daylight saving:\n- 21:14:05 van pulls out\n"
         "- 21:15:40 collision", []),
        ("By the doorbell camera's clock:\n- 06:02:11 courier arrives\n- 06:03:09 parcel taken", []),
        ("Sequence of events, in times of day\n\n- 14:20 crowd gathers\n- 14:31 first arrest", []),
        # look-alike: a lead-in naming the video, a list of positions
        ("Using the full video:\n- 0:45 van pulls out\n- 1:20 collision", [(45.0, None), (80.0, None)]),
    ],
    # the text of a <time> element whose datetime holds a calendar date
    "an HTML time element with a date": [
        ('<p class="stamp"><time datetime="2024-03-02T09:40:00Z">09:40</time></p>\n<p>Flooding closed the road.</p>',
         []),
        ('<time datetime="2023-11-15 21:05">21:05</time> Update: the council has responded.', []),
        # look-alike: a position in a marked-up paragraph
        ('<p>The video shows the flood wall giving way at <b>1:45</b>.</p>', [(105.0, None)]),
    ],
    # a clock before a date written in capitals, as a byline prints it
    "a byline clock before a date in capitals": [
        ("By Sam Reid, Crime Reporter\n18:22, 3 MAR 2024\n\nA video shows the van at 0:40.", [(40.0, None)]),
        ("Posted 07:05, 21 SEPTEMBER 2022\n\nThe clip is worth a look.", []),
        # look-alike: capitals that are no month
        ("WATCH AT 2:10 MAYHEM ON THE M4", [(130.0, None)]),
    ],
}

_CASES, _IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), _CASES, ids=_IDS)
def test_round52_times_of_day_told_as_such(text, expected):
    assert found_spans(text) == expected
