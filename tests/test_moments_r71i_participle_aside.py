"""A participle's phrase set off by commas before the clock's clause (blind round 71): "In the full 38-minute speech,
posted by the ministry on 2 March, the line comes at 21:14, and the condition she attaches ... is about ten seconds
earlier" places the line in the speech. "posted" tells when the work went up, in an aside, as a bracket would; the
clock's own clause is in the present, and the relative moment after it counts from it. A past verb of the clock's
own clause ("started at 10:45", "said the decision came at 9:30") still tells the world's time."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the round's case": [
        ("A 15-second clip circulating on WhatsApp appears to show Finance Minister Adaeze Nwosu saying fuel "
         "subsidies \"will never come back.\" The clip is genuine but cut. In the full 38-minute speech, posted by "
         "the ministry on 2 March, the line comes at 21:14, and the condition she attaches - \"if we do nothing "
         "about smuggling\" - is about ten seconds earlier.", [(1274.0, None, False), (1264.0, None, True)]),
    ],
    "the aside's past is the work's, the clause's present places the time": [
        ("In the full address, uploaded by the council on Friday, the apology comes at 14:40.",
         [(880.0, None, False)]),
        ("In the hearing, streamed by the court last week, the judge interrupts at 1:12:05.",
         [(4325.0, None, False)]),
        ("On the bodycam file, released by police on 9 June, the officer draws his weapon at 3:18 and fires about "
         "two seconds later.", [(198.0, None, False), (200.0, None, True)]),
    ],
    "a past verb of the clock's own clause: the world's time": [
        ("The rally, organised by the union in March, started at 10:45.", []),
        ("The minister, interviewed on Tuesday, said the decision came at 9:30.", []),
        ("The ferry, delayed by fog on Sunday, finally left at 11:20.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_participle_aside(text, expected):
    assert found_hedged(text) == expected
