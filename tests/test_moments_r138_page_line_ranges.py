"""A record or transcript cite written as a range of page:line pairs, one end with a one-digit line (blind round
138): 'Braud conceded as much at the hearing (R. 88:14–89:2)', 'See the transcript at pp. 117:3 to 119:20'. No clock
is written with one digit after the colon, so the pair it is ranged with is a page and a line too: a cite, no moment,
whether the range is joined by a dash or by "to". A range of two clocks stays a stretch of the footage, and a position
beside a cite stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a page:line range with a one-digit line is a cite": [
        ("The trooper admitted the light was off (RT 214:31–215:4), and the dashcam shows it off at 2:12.",
         [(132.0, None)]),
        ("Counsel took the witness through it again; see Tr. 56:7 to 58:19.", []),
        ("The officer's account is at 301:22 through 302:6 of the record, and it squares with the bodycam at 0:44.",
         [(44.0, None)]),
        ("The magistrate accepted that evidence (Record 77:9–78:25).", []),
    ],
    "a cited range of pages and lines joined by 'to' is a cite": [
        ("See the hearing transcript at pp. 41:12 to 43:20.", []),
    ],
    "a range of two clocks stays a stretch of the footage": [
        ("The Crown asks the jury to watch the footage from 1:05 to 1:22 again.", [(65.0, 82.0)]),
        ("The clip between 12:40 and 13:05 shows the handover.", [(760.0, 785.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_page_line_ranges(text, expected):
    assert found_spans(text) == expected
