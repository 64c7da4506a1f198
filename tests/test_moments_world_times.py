"""Families of times in the world that blind rounds 12 and 13 (`tests/data/moments_genres_round12.jsonl`,
`..._round13.jsonl`) exposed: line-ups, services named by their clock time, 24-hour clocks written with `h`, and
world events at clock times. Each family has sentences written for it (not the rounds' own) and near-misses that
must stay footage positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

NBSP, NNBSP = "\u00a0", "\u202f"


# A paragraph with no time and no service in it, to put distance between two mentions.
_FILLER = " ".join(["The town has a library, two schools and a market on Thursdays."] * 8)


FAMILIES = {
    # names then clock times after a line-up's or running order's label, in prose, bullets or HTML
    "line-ups and running orders": [
        ("Sunday line-up\n• Big Top: Mara Quist 17:05–17:50, Delphine 20:10–21:00\n• Arena: karaoke from 15:00",
         []),
        ("Stage times, Arena: The Pylons 19:20-20:00 · Wet Leg Tribute 20:40-21:30 · headliner Gaz 22:00-23:30.",
         []),
        ("<p><b>Running order</b></p><ul><li>Brass band 14:00</li><li>Choir 15:30</li></ul>", []),
        (f"LINE-UP, SECOND STAGE: Okafor Trio 18:00{NBSP}–{NBSP}18:45, then Ruth Vale 19:30.", []),
        ("Club night: doors 22:00, on decks 23:15, entry £8.", []),
        ("**Set times** — Kiki Moss 21:10–22:00, Boreal 22:30–23:40", []),
        ("<h3>Running-order</h3><ul><li><b>Arena</b>: Cass 18:00–18:40</li><li>Finale 22:15</li></ul>", []),
        ("LINE UP — Main Stage: Hollow Pines 19:00–19:45, The Reeds 20:30–21:30", []),
        ("Tonight's lineup at the Roxy: Ada Moss 8:30–9:15, The Vents 9:45–11:00.", []),
        # near-misses: footage named after the line-up, a one-digit position, a range said into the recap
        ("Friday line-up: Hollow Pines 19:00–19:45. The aftermovie has their best song at 4:44.", [(284.0, None)]),
        ("Friday line-up: Hollow Pines 19:00–19:45. The aftermovie has their best song from 4:44 to 5:10.",
         [(284.0, 310.0)]),
        ("Saturday line-up was announced. In the stream, the headliner walks on at 12:40.", [(760.0, None)]),
        ("Starting line-up: Pope; Trippier, Dunk. The volley at 12:40 is the goal of the season.", [(760.0, None)]),
        ("Main stage line-up recap: the opener plays from 03:10 to 07:45 in the video.", [(190.0, 465.0)]),
        ("Running order: Tessaly 20:00–20:50. Skip to the encore at 4:12, it is worth it.", [(252.0, None)]),
    ],
    # a 24-hour clock written with "h" is a time of day, never a number of hours; "1h20m" stays a length or offset
    "24-hour clocks written with h": [
        ("The clinic in Thiès opens at 07h30 and closes at 16h00.", []),
        ("Night shifts ran from 22h00 to 06h00 all winter.", []),
        (f"The convoy left at 04H15{NBSP}and was parked by 11h40.", []),
        ("Kick-off: 20h45. Buses from 18h30.", []),
        ("The pharmacy opens at 8h30 on weekdays and at 9h15 on Saturdays.", []),
        ("<p>Le marché ferme à <b>13h30</b>; the ferry sails at 17h05.</p>", []),
        # near-misses: hours and minutes with units stay lengths or offsets
        ("The interview starts 1h 20m into the stream.", [(4800.0, None)]),
        ("The verdict is read 12h05m into the livestream.", [(43500.0, None)]),
        (f"The knockout lands 2h{NNBSP}10m in.", [(7800.0, None)]),
        ("The battery lasted 11h25m in our loop test.", []),
    ],
    # a service named or timed by its clock in a paragraph about services: "the 05:38", "leaves Wick at 06:18"
    "services named or scheduled by their clock": [
        ("The line is single track and the trains are old. Passengers on the 07:12 are a mix of nurses and students.",
         []),
        ("The overnight coach is due into Glasgow at 06:45 and leaves again at 07:30.", []),
        ("The branch line has one train an hour. We'll get the 18:05 as usual and arrive at 19:20.", []),
        ("The 22:15 crossing to Belfast was cancelled.", []),
        ("<p>The last bus from Market Square is 23:10, so we left early.</p>", []),
        (f"The Dublin flight lands at 14:35 and the shuttle departs Terminal{NBSP}2 at 15:00.", []),
        ("THE NIGHT FERRY leaves Oban at 22:40; the 06:10 takes the lorries.", []),
        ("The last train home is at 23:42, so we left the pub early.", []),
        ("The far north line has four trains a day. The first leaves Thurso at 6:18 and is due at Inverness at 9:52.",
         []),
        ("THE 21:30 SAILING FROM PORTSMOUTH IS THE QUIETEST.", []),
        ("The 06:52 to Carlisle is always late.\n\n" + _FILLER + "\n\nRegulars on the 06:52 know the guard by name.",
         []),
        # near-misses: the same services seen in footage; a clock said earlier as a position, not a service
        ("In the highlights the goal comes at 12:40.\n\n" + _FILLER + "\n\nWatch the 12:40 again: the keeper slips.",
         [(760.0, None), (760.0, None)]),
        ("In the video the train leaves at 12:40 and the crowd cheers.", [(760.0, None)]),
        ("Trainspotting compilation: the sleeper pulls in at 10:15, watch the driver wave.", [(615.0, None)]),
        ("In this bus-spotting vlog, the coach arrives at 4:40.", [(280.0, None)]),
        ("A slow train, and a lovely film about it. The train leaves Thurso at 6:18 and the driver waves.",
         [(378.0, None)]),
        ("The ferry leaves the harbour at 11:05 into the clip.", [(665.0, None)]),
        ("The cab-ride video is 40 minutes long and worth it. The train arrives at Wick at 12:40, and the driver "
         "waves.",
         [(760.0, None)]),
    ],
    # world events at clock times: a reading reached by then, a broadcast's slot, a state since then, a court's
    # break, a time somewhere else or in real time, a witness's answer to "what time?", a second device's clock,
    # times in a story's world in a plot summary
    "world events at clock times": [
        ("The mercury reached 38 degrees by 14:00 and the race was shortened.", []),
        ("Wind gusts of 110 km/h at 03:20 brought down the pylon.", []),
        ("The finale premiered on 3 March 2019 on Channel 4 at 22:00 to 3 million viewers.[2] Its last scene is "
         "silent.", []),
        ("The series went out on Channel 5 at 21:00 on Sundays; it will be shown again on More4 at 23:05.", []),
        ("Traffic on the ring road has been at a standstill since 7:15.", []),
        (f"The flood barrier has been closed ever since{NNBSP}06:50 this morning.", []),
        ("Temperatures hit 27 ºC by 11:45 on the course.", []),
        ("THE COURT: We'll take a short recess until 11:15.", []),
        ("MR. PATEL: Could we have the lunch break at 12:30, Judge?", []),
        ("<p>THE COURT: Let's take our afternoon break at 3:05.</p>", []),
        ("00:41 Caller from Perth (it was 02:00 there, sorry for the yawns)", [(41.0, None)]),
        ("00:41 Caller from Perth, it's 02:00 there!", [(41.0, None)]),
        ("The DVR runs behind; add six minutes and the alarm sounds at 03:16 real time.", []),
        ("Q. And you called the police at what time?\nA. About 11:20, maybe a bit later.", []),
        ("DET. RUIZ: What time did you leave the bar?\nMR. COLE: 1:45, I think.", []),
        ("Q. When did you post it, what time?\nA. It was about 6:40.", []),
        ("The hall cam's timestamp is 50 seconds behind, so it shows the door opening at 08:14:50.", []),
        ("The film takes place over one night in Lagos. At 22:10 the generator fails; by 23:40 the party has moved "
         "to the roof.", []),
        (f"Plot: At 7:15{NBSP}Nora misses the bus; by 8:00 she has lost her job.", []),
        ("## Plot\n\nThe film takes place over one day. **At 7:15** Nora misses the bus; _by 8:00_ she is fired.", []),
        ("<p>The episode is set over a single night in Hull.</p><p>At 22:10 the power fails.</p>", []),
        ("7:30 Portrait samples (at 18:20, golden hour)\n9:05 Low light (blue hour, 20:40)",
         [(450.0, None), (545.0, None)]),
        # near-misses: the same words placing footage
        ("In the clip, the sky at 2:40 turns gold: golden hour at last.", [(160.0, None)]),
        ("The man has been standing by the door since 2:10 in the clip.", [(130.0, None)]),
        ("The ad break in the stream is at 12:40.", [(760.0, None)]),
        ("The picture goes out of focus at 1:12 and comes back at 1:40.", [(72.0, None), (100.0, None)]),
        ("Q. At what time in the video does the car appear?\nA. At 2:10.", [(130.0, None)]),
        ("Q. And the car appears when?\nA. At 2:10.", [(130.0, None)]),
        ("The clock in the corner is wrong, but the fall is 01:02:03 into the stream.", [(3723.0, None)]),
        ("The episode is set over a weekend. The opening credits end at 1:12 and the title card follows at 2:40.",
         [(72.0, None), (160.0, None)]),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_world_time_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
