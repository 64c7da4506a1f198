"""A table column headed as where the best (or a named) moment of each work is (blind round 118): "| # | Trailer |
Length | Best shot at | Release |" over "| 1 | *Saltmarsh* | 2:31 | 1:48 | 3 Oct |". The family: a header naming a
moment in the work by what is best or key about it ("Best shot at", "Funniest bit at", "Key moment", "Watch from")
holds positions in that work, whatever date a later cell of the row gives (the release or posting date is the row's,
not the clock's day). The "Length" cell stays a length; a schedule's "Starts at" column over the same dates, and a
"Shot at" column (when it was filmed), stay clocks of the day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a best-moment column holds positions, whatever date the row gives": [
        ("Our goat compilation, ranked:\n\n| Clip | Length | Funniest bit at | Posted |\n|---|---|---|---|\n"
         "| Goat yoga | 3:05 | 2:12 | 4 Mar |\n| Goat on a trampoline | 1:40 | 0:55 | 11 Mar |",
         [(132.0, None), (55.0, None)]),
        ("| Goal | Best angle at | Aired |\n|---|---|---|\n| Kane volley | 0:48 | Sat 4 Oct |\n"
         "| Saka curler | 1:12 | Sun 5 Oct |", [(48.0, None), (72.0, None)]),
        ("<table><tr><th>Film</th><th>Runtime</th><th>Key moment</th><th>Premiered</th></tr>\n"
         "<tr><td>Blue Ferry</td><td>1:44:00</td><td>1:02:30</td><td>12 June</td></tr>\n"
         "<tr><td>Tin Roof</td><td>1:31:10</td><td>4:15</td><td>3 July</td></tr></table>",
         [(3750.0, None), (255.0, None)]),
        ("| Episode | Watch from | Uploaded |\n|---|---|---|\n| Ep 3: the bothy | 6:40 | 14 Feb |", [(400.0, None)]),
    ],
    "a schedule's start column and a filming-time column stay clocks of the day": [
        ("| Session | Starts at | Date |\n|---|---|---|\n| Keynote | 9:30 | 3 Oct |\n| Panel | 11:15 | 3 Oct |", []),
        ("| Scene | Shot at | Date |\n|---|---|---|\n| Harbour | 14:20 | 3 Oct |\n| Market | 9:45 | 4 Oct |", []),
        ("| Stage | Time shot | Day |\n|---|---|---|\n| Main | 8:15 | Fri 7 Nov |", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_best_moment_column(text, expected):
    assert found_spans(text) == expected
