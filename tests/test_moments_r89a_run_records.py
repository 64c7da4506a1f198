"""A speedrun's splits and records on a wiki page (blind round 89): a MediaWiki or HTML table whose columns are a
run's record or best ("WR", "PB", "Best", "Gold") beside a column naming the splits, levels or segments they time
("! Split !! WR !! Best" over "| Crypt || 4:55.2 || 4:51.9") holds no positions, nor does an old record told by
how it stood ("the old record stood at 25:10", "the previous WR, 31:04"). A position in the run's video stays one,
and so does a table of the video's own chapters ("! Segment !! Time", "! Chapter !! Starts at")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a wiki table of splits and bests holds no positions": [
        ('{| class="wikitable"\n! Level !! PB !! Gold\n|-\n| Sewers || 3:12.4 || 3:09.8\n|-\n'
         "| Rooftops || 7:40.1 || 7:31.5\n|}", []),
        ('{| class="wikitable sortable"\n! Segment !! WR !! Sum of best\n|-\n| Forest || 2:02 || 1:58\n|-\n'
         "| Castle || 9:15 || 9:01\n|}", []),
        ("<table><tr><th>Split</th><th>World record</th></tr><tr><td>Mines</td><td>5:44.0</td></tr>"
         "<tr><td>Summit</td><td>11:20.3</td></tr></table>", []),
    ],
    "an old record told by how it stood": [
        ("Until last spring the old record stood at 41:08 on the same route.", []),
        ("The previous WR, 19:55, fell to a new skip in the caves.", []),
        ("That record had stood at 1:02:44 for three years.", []),
    ],
    "the run's video and a chapter table stay positions": [
        ("The old record stood at 25:10. In the record video the skip happens at 4:12.", [(252.0, None)]),
        ('{| class="wikitable"\n! Segment !! Time\n|-\n| Intro || 0:00\n|-\n| The heist || 4:30\n|}',
         [(0.0, None), (270.0, None)]),
        ("In the WR run the clip lands at 6:40, about ten seconds after the door opens.", [(400.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_run_records(text, expected):
    assert found_spans(text) == expected
