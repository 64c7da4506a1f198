"""A news report walking through its clip with dotted minutes (blind round 182): "The video is 4.20 minutes duration
... At 0.22 in the video the driver points to the meter. Near about 1.05 a second driver joins and says no auto will
go by meter after 10 pm. From 1.40 to 2.15 Ms. Mohanty reads out the fare chart" is 22, 65 and 100-135. Three things
cut the walk: the future said by someone in the footage with a noun subject ("says no auto will", "says nobody
will") is what they say, not the clock's future, as "says he will" already was; an undotted "pm." after a clock's
number ends its sentence as "p.m." does, so the next sentence's stretch is not read with the day's clock; and a
subject named with an honorific ("Ms. Mohanty", "Dr. Iyer") opens the clause after a dotted stretch, not the unit
"ms". The writer's own day and a world clock after "pm." stay no position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the round's walk through the clip": [
        ("The passenger recorded the exchange on her phone around 10.15 pm on Sunday. The video is 4.20 minutes "
         "duration and has crossed 6 lakh views.\n\nAt 0.22 in the video the driver points to the meter and says it "
         "is \"out of order\". Near about 1.05 a second driver joins and says no auto will go by meter after 10 pm. "
         "From 1.40 to 2.15 Ms. Mohanty reads out the fare chart, and the drivers laugh. From approximately 3.30 "
         "onwards the drivers surround her.",
         [(22.0, None, False), (65.0, None, True), (100.0, 135.0, False), (210.0, None, True)]),
    ],
    "fresh walks: a reported future, an honorific, a sentence ended at pm": [
        ("The clip, 3.10 minutes long, was shot outside the Lucknow depot at 7 pm. At 0.15 in the clip the conductor "
         "waves the bus on. Around 0.50 a supervisor arrives and says every bus will leave late today. From 1.10 to "
         "1.45 Mr. Verma argues with the driver.",
         [(15.0, None, False), (50.0, None, True), (70.0, 105.0, False)]),
        ("The video is 5.30 minutes duration. At 0.40 in the video the guard shuts the gate. Near about 1.20 a "
         "resident comes and says nobody will be allowed inside after 9 pm. Then from 2.05 to 2.40 Dr. Iyer talks "
         "to the crowd.",
         [(40.0, None, False), (80.0, None, True), (125.0, 160.0, False)]),
        ("The footage is 2.50 minutes duration. At 0.10 in the footage the lorry stops. Around 0.35 the cleaner gets "
         "down and says the police will come. From 0.55 to 1.30 Smt. Das holds the lorry's door.",
         [(10.0, None, False), (35.0, None, True), (55.0, 90.0, False)]),
    ],
    "the day's clocks stay none": [
        ("We reached the station at 10 pm. From 1.40 to 2.15 we waited.", []),
        ("The meeting ended at 6 pm. At 7.15 the minister left.", []),
        ("The office says no staff will work after 6 pm. From 1.40 to 2.15 Mr. Rao had lunch.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_news_walk(text, expected):
    assert found_hedged(text) == expected
