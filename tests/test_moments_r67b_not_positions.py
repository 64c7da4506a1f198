"""Round 67's look-alikes and a missed offset (blind round 67): hours "put into" a game are time spent, not a point
of footage; a process timed on a file ("The render of a 5-minute file drops from 3:40 to 2:10") is a measure that
changed; a length written with a non-breaking hyphen ("2&#8209;min clip", "2‑min") is still a length; and "roughly
2h50 in" closing its clause is an offset (while "21h30 in the lobby" stays a clock of the day); ", more or less"
closing a time's clause hedges it; a release note's example value of an option whose syntax it tells of ("`--start
0:30` now accepts `1h2m3s`") is no position, while an option run on the footage still names one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "time spent on a thing": [
        ("I've sunk about 90 hours into it and still find secrets.", []),
        ("She put 30 hours into the remaster before the review.", []),
        ("We are 40 minutes into the stream when the host falls.", [(2400.0, None, False)]),
        ("The pass he puts away 3 minutes into the video is lovely.", [(180.0, None, False)]),
    ],
    "a process timed on a file": [
        ("- Export of a 10-minute 4K file drops from 6:20 to 3:55 on the new chip.", []),
        ("- Encoding of long videos fell from 12:40 to 8:05.", []),
        ("The score drops from 3:40 to 4:10 in the video.", [(220.0, 250.0, False)]),
    ],
    "a non-breaking hyphen in a length": [
        ("Full 3&#8209;min clip below. The final 20 seconds show the roof going.", [(160.0, 180.0, False)]),
        ("Full 3‑min clip below. The final 20 seconds show the roof going.", [(160.0, 180.0, False)]),
    ],
    "an hours-h-minutes offset closing its clause": [
        ("The speech is roughly 1h40 in.", [(6000.0, None, True)]),
        ("- Fireworks — about 3h05 in\n- Credits", [(11100.0, None, True)]),
        ("Meet at 21h30 in the lobby.", []),
    ],
    "more or less closing a time's clause": [
        ("The duel — 1:02:15, more or less — is the high point.", [(3735.0, None, True)]),
        ("The kiss comes at 48:10, more or less.", [(2890.0, None, True)]),
        ("At 48:10 more or less everyone in the room stands.", [(2890.0, None, False)]),
    ],
    "an option's example value in a note on its syntax": [
        ("- `--from 1:15` now accepts `75s` too (#93)", []),
        ("* `--seek 0:45` also supports frame numbers.", []),
        ("Run `cutter --start 2:10 match.mp4` to jump to the goal.", [(130.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_not_positions(text, expected):
    assert found_hedged(text) == expected
