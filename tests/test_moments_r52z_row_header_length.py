"""A length in an HTML table's data cell whose row is headed by a length label (blind round 52): "<tr><th>Running
time</th><td>9:40</td></tr>" in a restoration feature's Numbers table is the film's length, as "| Running time | 9:40 |"
in Markdown and "Running time: 9:40" already were. Each cell is a sentence of its own, so the row's header cell is read
before the data cell. A row headed as a place in the footage ("Starts", "Best bit") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a data cell under a length row header": [
        # the round's case (g52-html_md-05)
        ("<table>\n<tr><th>Frames</th><td>13,920</td></tr>\n<tr><th>Running time</th><td>9:40</td></tr>\n"
         "<tr><th>Cost</th><td>&euro;38,500</td></tr>\n</table>", []),
        ("<table><tr><th>Duration</th><td class=\"num\">1:04:09</td></tr><tr><th>Format</th><td>4K</td></tr>"
         "</table>", []),
        ("<table>\n<tr><td>Length</td><td>12:05</td></tr>\n<tr><td>Uploaded</td><td>3 March</td></tr>\n</table>", []),
        ("<dl><dt>Runtime</dt><dd>58:21</dd><dt>Language</dt><dd>Irish</dd></dl>", []),
    ],
    "a row headed as a place in the footage stays a position": [
        ("<table><tr><th>Scene</th><td>Harbour</td></tr><tr><th>Starts</th><td>9:40</td></tr></table>",
         [(580.0, None)]),
        ("<table><tr><td>Length</td><td>1:04:09</td></tr><tr><td>Best bit</td><td>41:30</td></tr></table>",
         [(2490.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_row_header_length(text, expected):
    assert found_spans(text) == expected
