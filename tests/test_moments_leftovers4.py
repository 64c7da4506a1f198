"""Families of misses that blind rounds 46 and 48 (`tests/data/moments_genres_round46.jsonl`, `..._round48.jsonl`)
left open after their fixers, each with sentences written for the family (not the rounds' own) and near-misses that
must stay as they are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged, found_spans

FAMILIES = {
    # Markdown emphasis with underscores around a time, a tilde hedge inside or outside it: "_~3:10_", "__0:48__"
    "a time in underscore emphasis": [
        ("- The goalpost shot at _~4:05_ was trimmed.", [(245.0, None)]),
        ("Fixed the jump cut at __~0:48__ in v2.", [(48.0, None)]),
        ("The glitch sits around _2:14_ in the upload.", [(134.0, None)]),
        ("* ~_6:02_ the door swings open.", [(362.0, None)]),
        ("From _1:05_ to _1:20_ the smoke thickens.", [(65.0, 80.0)]),
        ("At __1:12__ the van stops; at _1:40_ it pulls away.", [(72.0, None), (100.0, None)]),
        # near-misses: an underscore joining the digits to a word is a file or take name, not emphasis
        ("Saved as take_3:10 in the bin.", []),
        ("The file interview_0:30_final.mov will not open.", []),
    ],
    # "later"/"after" as also written, misspelt or in dialect: "ten seconds efter", "latter", "afta", "arter"
    "later and after misspelt": [
        ("The header lands at 0:52. Then twenty seconds efter, the keeper drops it.", [(52.0, None), (72.0, None)]),
        ("The lights cut at 2:10. Ten seconds latter a torch comes on.", [(130.0, None), (140.0, None)]),
        ("She walks in at 1:05, and 15 secs afta, the dog barks.", [(65.0, None), (80.0, None)]),
        ("Alarm at 3:00. Five seconds arter, everyone runs.", [(180.0, None), (185.0, None)]),
        ("Whistle at 4:20. Thirty seconds efter that, the crowd is on the pitch.", [(260.0, None), (290.0, None)]),
        ("At 0:40 the drone lifts; a minute ten latter it is over the bay.", [(40.0, None), (110.0, None)]),
        # near-misses: with no moment before, or counted from an event of the world, no moment
        ("Ten seconds efter the bell, the class had emptied.", []),
        ("We left the pub at noon and ten minutes latter the rain came.", []),
        ("The latter half of the season was better.", []),
        # the unit words misspelt the same way: "minuts", "minits", "mintues", "secounds", "secons"
        ("the ref slips like 4 minuts in", [(240.0, None)]),
        ("5 minits in, the mic cuts out.", [(300.0, None)]),
        ("The flare goes up at 0:20. 15 secounds later a second one follows.", [(20.0, None), (35.0, None)]),
        ("about 3 mintues into the stream the host sneezes", [(180.0, None)]),
        ("He turned up 3 minuts late.", []),
        ("We waited 40 minits for the ferry.", []),
    ],
    # hours with a unit, then the minutes with none, as a clock is read: "1hr 5", "1hr5", "an hour ten", "2 hours
    # and twenty" (and minutes then seconds); every form a duration takes ("in", "at", "later", a hedge, "or so")
    # reads them as one
    "hours then bare minutes": [
        ("the twist is about 1hr10 in", [(4200.0, None)]),
        ("skip to 2 hr 14 for the finale", [(8040.0, None)]),
        ("the proposal happens at like an hour twenty", [(4800.0, None)]),
        ("around two hours and five in, the power cuts out", [(7500.0, None)]),
        ("she finally answers at 1h 35 or so", [(5700.0, None)]),
        ("The chat freezes at 0:40. An hour fifteen later it freezes again.", [(40.0, None), (4540.0, None)]),
        # the same with minutes then seconds: "2min30", "1 minute and 45"
        ("at 2min30 the goalkeeper slips", [(150.0, None)]),
        ("Around 1 minute and 45 into the vid, a siren starts.", [(105.0, None)]),
        ("Halfway through the 4 min 20 video, the dog barks.", [(130.0, None)]),
        ("Boil for 3 min 30, then drain.", []),
        ("The clip is 2 min 30 long.", []),
        # near-misses: a duration of the world, or minutes before a noun they count
        ("The match lasted 1 hour 20 and the crowd drifted off.", []),
        ("We queued 1hr 5 for the ferry.", []),
        ("Only 1 hour 20 people turned up.", []),
        ("It took 2 hours 3 attempts to land it.", []),
    ],
    # a reply correcting a position asked about: "(no,) way later, more like X or so", "earlier, maybe X"
    "a position corrected in a reply": [
        (">>the reveal starts around 30 mins\nno its way later, more like 1hr 5 or so.",
         [(1800.0, None), (3900.0, None)]),
        ("nah, a bit earlier, around 25 mins", [(1500.0, None)]),
        ("no way later lol, maybe 52 min", [(3120.0, None)]),
        # near-misses: "later" said of the world, or with no hedge to say it is a guess at a position
        ("The bus came later, more like 40 minutes.", []),
        ("It was much later, around 20 minutes or so.", []),
        ("no, later, 50 minutes of waiting", []),
    ],
    # a venue's or a community's programme item starting at a clock: a schedule of the world, unless the sentence
    # puts it in the footage ("In the vlog, the pub quiz begins at 14:30")
    "a venue's programme at a clock": [
        ("Bingo at the social club starts at 7:45.", []),
        ("Karaoke at the Crown kicks off at 9:30.", []),
        ("The tombola at St Mary's opens at 11:00.", []),
        ("Tonight's ceilidh in the village hall gets under way at 7:30.", []),
        ("Meanwhile the quiz at the Fox & Hounds starts at 9:00.", []),
        # near-misses: the same programme inside the footage
        ("In the vlog, the pub quiz begins at 14:30.", [(870.0, None)]),
        ("The ceilidh scene begins at 1:02:10.", [(3730.0, None)]),
        ("The bingo segment of the stream starts at 33:10.", [(1990.0, None)]),
        ("In the stream, the quiz round begins at 8:30 and lasts ten minutes.", [(510.0, 1110.0)]),
        ("The podcast runs 40 minutes. At 2:10 the hosts argue. The quiz begins at 8:30.", [(130.0, None),
                                                                                        (510.0, None)]),
        ("Episode 12 (42:10). The intro is long; the quiz starts at 12:40 and the adverts at 30:00.",
         [(760.0, None), (1800.0, None)]),
        ("Tracks in this set: 'Dune' (2:10), 'Salt' (3:05). The karaoke section starts at 9:40.", [(580.0, None)]),
    ],
    # a journey's or a crowd's hours of the day as a range on the quarter hours: travel advice, not footage
    "travel hours as a range": [
        ("PORTO IN A DAY\n00:00 Arrival\n04:10 The Ribeira\n09:45 Port cellars\n\nTip: the metro is packed "
         "07:30–09:30, and avoid the Dom Luís bridge between 17:00 and 19:00.",
         [(0.0, None), (250.0, None), (585.0, None)]),
        ("Ferries to the island are busiest between 10:00 and 13:00.", []),
        ("Mind your bag on the number 12 bus from 16:30 to 18:30.", []),
        ("Skip the funicular between 12:00 and 15:00 unless you like queues.", []),
        ("Between 11:00 and 16:00 the trams up to the castle are full.", []),
        # near-misses: the same words about the footage, a reader sent to view it, or a clip's own seconds
        ("In the clip the tram passes between 02:15 and 02:40.", [(135.0, 160.0)]),
        ("The crowd surges between 12:00 and 13:30 of the stream.", [(720.0, 810.0)]),
        ("Watch the crowd between 10:00 and 11:15, when the band plays.", [(600.0, 675.0)]),
        ("The tram rattles past between 01:10 and 01:25.", [(70.0, 85.0)]),
    ],
    # "N seconds before the end of the 2-minute clip": the length in the phrase is the one counted back from,
    # whatever other work the text measures
    "before the end of a work measured in the phrase": [
        ("The full interview runs 45 minutes. The flag drops 20 seconds before the end of the 2-minute clip.",
         [(100.0, None)]),
        ("The 10-minute director's cut adds a scene. Ten seconds before the end of the three-minute trailer, the "
         "logo appears.", [(170.0, None)]),
        ("In the 6-minute video, at 1:10 the car stops. 15 secs before the end of the 90-second teaser, a door "
         "slams.", [(70.0, None), (75.0, None)]),
        ("Twenty seconds from the end of the two-minute clip, a hand appears; the 40-minute cut is on iPlayer.",
         [(100.0, None)]),
        # near-misses: with no length in the phrase, the one the text states; a match is no work
        ("The 4-minute clip is grainy. Ten seconds before the end a torch flares.", [(230.0, None)]),
        ("The goal comes 30 seconds before the end of the 90-minute match.", []),
    ],
    # a fraction ("halfway through") counted from a length the text states after it, in any form a length takes
    "a fraction before its length": [
        ("Halfway through, the drone dips.\nLength: 3 min 20 s", [(100.0, None)]),
        ("Halfway through, the kite snaps.\nDuration - 4m10s", [(125.0, None)]),
        ("Halfway through the video, the drone dips. It lasts 6 minutes in all.", [(180.0, None)]),
        ("A quarter of the way through the clip a gull lands. It runs about eight minutes.", [(120.0, None)]),
        ("Halfway through the upload, the picture freezes. The whole thing is 5 minutes.", [(150.0, None)]),
        # near-misses: "it" with no work named is an event's, and a past length is an event's
        ("The storm hit halfway through the day. It lasted 40 minutes.", []),
        ("Halfway through the meeting, the lights failed. It runs 2 hours on Tuesdays.", []),
    ],
    # the end of a work told in spelled fractions of an hour, from its length wherever and however it is stated
    "the last quarter-hour, the final half-hour": [
        ("The documentary (1 h 40 min) loses steam in the last quarter-hour.", [(5100.0, 6000.0)]),
        ("The final half-hour is pure chaos.\nRuntime 1h45", [(4500.0, 6300.0)]),
        ("In the closing half hour of the 2-hour stream, the band plays.", [(5400.0, 7200.0)]),
        ("The last quarter-hour is the best part. The stream runs 2 hours.", [(6300.0, 7200.0)]),
        ("A quarter of an hour before the end of the 90-minute film, the hero returns.", [(4500.0, None)]),
        ("The replay runs 2 hours. Throughout the final three-quarters of an hour, fans sing.", [(4500.0, 7200.0)]),
        # near-misses: the last part of an event of the world, with or without a work measured beside it
        ("Kick-off was late, and the last quarter-hour of the match was chaos. The highlights video runs 8 "
         "minutes.", []),
        ("The stream runs 2 hours. I left in the last half-hour of the party.", []),
        ("Length 10 minutes of queueing, then the doors opened.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_leftover_families_of_rounds_forty_six_and_forty_eight(
        text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected


def test_a_hedge_inside_or_beside_emphasis_hedges_the_time() -> None:
    assert found_hedged("The pan at _~3:33_ was re-timed.") == [(213.0, None, True)]
    assert found_hedged("The pan at _3:33_ was re-timed.") == [(213.0, None, False)]
    assert found_hedged("The whip pan at _~2:05ish_ lands late.") == [(125.0, None, True)]
    assert found_hedged("The whip pan at __2:05-ish__ lands late.") == [(125.0, None, True)]
    assert found_hedged("The pan comes at _around_ 3:33 in the edit.") == [(213.0, None, True)]
    assert found_hedged("The pan comes at **roughly** 3:33.") == [(213.0, None, True)]
    assert found_hedged("The pan comes at *about* 3:33.") == [(213.0, None, True)]
    # a hedge word emphasised on its own away from the time hedges nothing
    assert found_hedged("It is *about* the pan, at 3:33.") == [(213.0, None, False)]
