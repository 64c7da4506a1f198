"""Another cut of the work told with its length after an end form (blind round 101): '| runtime = 112 minutes' in
the infobox, then "''Premium Times'' wrote that the final six minutes "undo much of the tension," and the director
later said a 121-minute cut had been trimmed by the distributor'. A length said of another cut ("a 121-minute cut",
"an earlier 95-minute version") is no restatement of the work's own: the end form counts from the runtime. A length
told later that restates the work's stays the one counted from."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a later length of another cut is not the work's": [
        ("{{Infobox film\n| name = Kora\n| runtime = 98 minutes\n}}\n\nCritics hated how the last ten minutes "
         "play out; the producer admitted a 104-minute cut had been rejected.", [(5280.0, 5880.0)]),
        ("{{Infobox film\n| name = Kora\n| runtime = 98 minutes\n}}\n\nThe trailer (1:50) came out in May.\n\n"
         "The chase opens 30 minutes into the film and lasts for three minutes. The final five minutes drag, and an "
         "earlier 103-minute version was worse.", [(1800.0, 1980.0), (5580.0, 5880.0)]),
    ],
    "a later length restating the work's is still counted from": [
        ("The 31-hour stream went out on Saturday.\n\nThe last hour of the stream is a blur of thank-yous. It is "
         "31:08:00 long.", [(108480.0, 112080.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_another_cut_after(text, expected):
    assert found_spans(text) == expected
