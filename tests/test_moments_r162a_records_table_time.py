"""A runner's records in a MediaWiki or HTML table (blind round 162, a wiki biography): "! Distance !! Time !! Venue
!! Date" over "| Marathon || 2:41:18 || Port Elizabeth || 14 May 2017" holds race times. A table's "Time" (or
"Result", "Finish") column beside a column naming who raced or the distance run was read as race times only in
tables drawn with pipes or spaces; MediaWiki and HTML tables now read it too, and "Distance" names a race as
"Winner" does. A table whose headers name footage, or a chapter table ("Scene | Time"), keeps its positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

ROUND = (
    "== Personal records ==\n"
    '{| class="wikitable"\n'
    "! Distance !! Time !! Venue !! Date\n"
    "|-\n"
    "| Marathon || 2:41:18 || Port Elizabeth || 14 May 2017\n"
    "|-\n"
    "| 56 km || 3:58:40 || Cape Town (Two Oceans) || 20 April 2019\n"
    "|}\n"
)
WIKI_WINNERS = (
    '{| class="wikitable sortable"\n'
    "! Year !! Winner !! Time\n"
    "|-\n"
    "| 2019 || Ruth Chepngetich || 2:32:40\n"
    "|-\n"
    "| 2021 || Joyciline Jepkosgei || 2:24:11\n"
    "|}\n"
)
HTML_DISTANCE = (
    "<table><tr><th>Distance</th><th>Result</th><th>Meet</th></tr>"
    "<tr><td>10,000 m</td><td>27:43.1</td><td>Hengelo</td></tr>"
    "<tr><td>Half marathon</td><td>1:00:12</td><td>Valencia</td></tr></table>"
)
PIPE_DISTANCE = (
    "| Distance | Time | Course |\n"
    "|---|---|---|\n"
    "| 50 km | 3:12:09 | Two Oceans |\n"
    "| 100 km | 7:01:44 | Karoo Rim |\n"
)
WIKI_SCENES = (
    "The official video runs 4:10.\n"
    '{| class="wikitable"\n'
    "! Scene !! Time\n"
    "|-\n"
    "| Opening shot || 0:12\n"
    "|-\n"
    "| Bridge || 2:41\n"
    "|}\n"
)
HTML_FOOTAGE = (
    "<table><tr><th>Runner</th><th>Time in video</th></tr>"
    "<tr><td>Kipchoge</td><td>1:12</td></tr>"
    "<tr><td>Kiplagat</td><td>2:05</td></tr></table>"
)

FAMILIES = {
    "a Time column beside who raced or the distance is race times": [
        (ROUND, []),
        (WIKI_WINNERS, []),
        (HTML_DISTANCE, []),
        (PIPE_DISTANCE, []),
    ],
    "a table of scenes or of positions in a video keeps them": [
        (WIKI_SCENES, [(12.0, None), (161.0, None)]),
        (HTML_FOOTAGE, [(72.0, None), (125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_records_table_time(text, expected):
    assert found_spans(text) == expected
