"""A presenter telling the time, and the programme's return after a break (blind round 92, a radio phone-in's
transcript): "PRESENTER: It's 3:35, and the line is open." ... "We go to a short break, back at 3:45." Both are
the clock on the studio wall, a time of day, not a position in the footage the caller talks about. "It's 1:45
where ..." or "it's 2:10 into the video", and a return "back at 2:30 in the clip", stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the time told as the time is a time of day": [
        ("Good morning, it's 6:05 and the traffic on the M50 is already bad.", []),
        ("HOST: Cheers Dave. It's 4:50. Here's the shipping forecast.", []),
    ],
    "a programme's return after its break is a time of day": [
        ("We'll be back at 10:15 with the weather.", []),
        ("Time for an ad break, back at 9:40 with your calls.", []),
    ],
    "a position said with the same words stays one": [
        ("It's 2:10 into the video before anything happens.", [(130.0, None)]),
        ("It's 1:45 where the dog finally jumps.", [(105.0, None)]),
        ("In the clip it's 1:45, and the dog jumps.", [(105.0, None)]),
        ("The camera swings away and is back at 2:30 in the clip.", [(150.0, None)]),
    ],
    # (the merge's mend: "it's" answering the question before it points into the footage, unless it asks the time)
    "an answer to a question that does not ask the time stays a position": [
        ("Which part do you mean? It's 2:05, and the keeper is already down.", [(125.0, None)]),
        ("Where does the goat appear? It's 0:48.", [(48.0, None)]),
        ("What time is it? It's 7:50, and the line is open.", []),
        ("Anyone know the hour? It's 6:15 and I'm still up.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_told(text, expected):
    assert found_spans(text) == expected


# Counter-cases from rounds 58, 81 and 88: a correction just after a position, and a range, stay positions.
KEPT = [
    ("The jump is at the 1:20 mark in the clip.\nNah it's earlier than that, it's 1:12.", [(80.0, None), (72.0, None)]),
    ("[quote]the kick is round the 2:40 mark, watch the winger[/quote]\n\nNah it's later than that mate, it's 2:55.",
     [(160.0, None), (175.0, None)]),
    ("Step 4 is at 2:05 in the video. If you only want the glaze, it's from 8:10 to 9:00.",
     [(125.0, None), (490.0, 540.0)]),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_time_told_kept(text, expected):
    assert found_spans(text) == expected
