"""Families of misses that blind round 51 (`tests/data/moments_genres_round51.jsonl`) exposed in long pasted pages
(chapter lists, reviews, sports reports, lists, HTML and Markdown), each with sentences written for the family (not
the round's own) and near-misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a list of lines that open with times, whose titles open in lower case after a dash: chapter entries, even
    # when a title holds a day word ("overnight", "tonight") or a schedule-like figure
    "lower-case chapter titles in a timed list": [
        ("0:00 – intro\n2:10 – mixing the glaze\n5:45 – leave it overnight to cure\n8:30 – sanding tomorrow morning",
         [(0.0, None), (130.0, None), (345.0, None), (510.0, None)]),
        ("0:00 - intro\n1:20 - setting up the tent\n7:05 - lighting the stove\n9:40 - packing up in the rain",
         [(0.0, None), (80.0, None), (425.0, None), (580.0, None)]),
        ("- 4:15 — prep the brine\n- 9:50 — rest it overnight, 12–24 hrs\n- 13:05 — smoking",
         [(255.0, None), (590.0, None), (785.0, None)]),
        # near-misses: a lone line with a day word stays a time of day; a capitalised entry was one already
        ("Plan for Saturday:\n7:30 – breakfast in the morning before we leave", []),
        ("0:00 Intro\n4:40 Overnight proofing", [(0.0, None), (280.0, None)]),
    ],
    # a ratio talked about, then the place in the video where it is said: a position, not the ratio
    "a ratio said at a position": [
        ("The 3:1 ratio of oil to vinegar I mention at 2:45 should be 3:2.", [(165.0, None)]),
        ("About the 1:4 ratio I explain around 6:10 — it's by weight, not volume.", [(370.0, None)]),
        ("The odds on that horse, which she talks about at 12:05, were long.", [(725.0, None)]),
        ("The odds of rain, which the forecaster discusses at 3:40, were 70 per cent.", [(220.0, None)]),
        ("The ratio of yeast to flour, which he talks about at 14:20, is off.", [(860.0, None)]),
        # near-misses: the ratio itself, and a ratio that stood at a figure
        ("Use a 1:2 ratio of rice to water.", []),
        ("The ratio of cement to sand stood at 1:3 on the bag.", []),
        ("We discussed the odds at 10:30 on Monday.", []),
    ],
    # a comment's header line: a label, its author and the clock it was posted at in brackets; the times in the
    # comment stay positions
    "a comment header's clock": [
        ("**Comment — Priya (09:12):** The fall is at 3:05, not 3:15.", [(185.0, None), (195.0, None)]),
        ("Reply - @kestrel_7 [21:40]\nIt cuts out around 12:30 for me too.", [(750.0, None)]),
        ("Comment #4 – Dara Byrne (16:55): the best bit is about 1:10 in the clip.", [(70.0, None)]),
        ("Note: Sam (11:03) — trim the intro to 0:20.", [(20.0, None)]),
        ("Comment – Joe B [07:15]\nNo sound after 2:10.", [(130.0, None)]),
        ("Answer - @moth_eye [18:22]\nThe logo flickers at 0:52 for me.", [(52.0, None)]),
        # near-misses: a bracketed time in a comment's text, and a chapter-style line, stay positions
        ("Comment — Priya: the fall (3:05) is the key shot.", [(185.0, None)]),
        ("Comment on the clip (2:14): it shows the gate.", [(134.0, None)]),
        ("Comment on the crash [21:40]: the wheel comes off.", [(1300.0, None)]),
    ],
    # a gap counted from an event that the previous moment's sentence never named (or a stretch "in the N minutes
    # after" an event): counted from the world, not from a position; an event the previous sentence placed counts
    "a gap from an event no position placed": [
        ("The pass is at 1:40 in the recap. The winger scored 8 seconds after the move began.", [(100.0, None)]),
        ("See the keeper at 0:52. The crowd cheers; the second roar is about 15 seconds after the first.",
         [(52.0, None)]),
        ("The motion passes at 1:02:10, and the walkout is in the 5 minutes after the vote.", [(3730.0, None)]),
        ("Her speech starts at 12:30. Ten seconds after the applause died, the mic cut.", [(750.0, None)]),
        # near-misses: the event named where the previous moment was placed, and plain "later"
        ("The alarm sounds at 0:40. Twenty seconds after the alarm, the door opens.", [(40.0, None), (60.0, None)]),
        ("The first whistle is at 3:10. Five seconds after the first whistle, a second one blows.",
         [(190.0, None), (195.0, None)]),
        ("The pass is at 1:40. Eight seconds later the winger scores.", [(100.0, None), (108.0, None)]),
    ],
    # an amount added to every time of a list, or every time of a version said to be earlier or later by it: a
    # shift of the whole list, no position
    "a shift applied to every time": [
        ("Times are for the podcast; for the YouTube upload add about 2:10 to everything. The joke lands at 14:05.",
         [(845.0, None)]),
        ("If you watch the director's cut, add 0:45 to each timestamp below.", []),
        ("The crash is at 3:12. On the re-upload all the timestamps are 20 seconds later.", [(192.0, None)]),
        ("Past the ad break the broadcast times are roughly two minutes earlier. The goal is at 41:30.",
         [(2490.0, None)]),
        # near-misses: adding a clip to a reel, and a relative moment, stay as they were
        ("Add the bit at 2:10 to the reel.", [(130.0, None)]),
        ("The crash is at 3:12. Twenty seconds later the sirens start.", [(192.0, None), (212.0, None)]),
    ],
    # a table row whose first cell names a device's measure (battery, charge time, talk time): its times are lengths
    "a measure row of a spec table": [
        ("| | Aero 3 | Bolt S |\n|---|---|---|\n| Battery life | 2:10 | 1:45 |\n| Charging | 1:30 | 0:55 |", []),
        ("| Model | A | B |\n|---|---|---|\n| Talk time (h:mm) | 9:30 | 7:15 |\n| Weight | 180 g | 150 g |", []),
        ("<table><tr><th>Playback</th><td>6:40</td><td>5:20</td></tr></table>", []),
        # near-misses: a table of scenes keeps its times, and so does a time said in prose beside the table
        ("| Scene | In the video |\n|---|---|\n| Battery swap | 2:10 |\n| Charging dock | 4:05 |",
         [(130.0, None), (245.0, None)]),
        ("| Battery | 1:22 |\n\nThe battery warning pops up at 3:40 in the video.", [(220.0, None)]),
    ],
    # several works, each named before its length ("The Arlo unboxing video runs 10:00, the Bix clip is shorter at
    # 4:00"): an end or fraction form whose sentence names one counts from that one's length
    "an end form counted from the work its sentence names": [
        ("The Arlo review video runs 10:00, and the Bix clip is shorter at 4:00.\n\n"
         "Halfway through the Arlo video the strap snaps.", [(300.0, None)]),
        ("The Arlo review video runs 10:00, and the Bix clip is shorter at 4:00.\n\n"
         "If you watch one part of the Bix clip, watch the final minute.", [(180.0, 240.0)]),
        ("Video 1 runs 20:00; Video 2 is longer at 30:00.\n\nIn the last 30 seconds of Video 1 the van leaves.",
         [(1170.0, 1200.0)]),
        ("Night one is 2 hours 30 minutes long; night two is 2 hours 50 minutes long.\n\n"
         "On night one the winner is named in the final five minutes.", [(8700.0, 9000.0)]),
        ("Night one is 2 hours long; night two is 3 hours long.\n\n5. The result (Night two, last 10 minutes)\n"
         "6. The hug (Night one, first 30 seconds)", [(10200.0, 10800.0), (0.0, 30.0)]),
        # near-misses: an end form that names the other work after it, and one naming none, count as before; a
        # bracket that does not close after the span is no list label
        ("The recap video is 8 minutes long.\n\n(Our reporter, last 10 minutes of her shift) The crowd thinned.", []),
        ("The viral clip is 30 seconds long. It matches the original film, which is 5 minutes long; the clip stops "
         "10 seconds before the end of the original.", [(290.0, None)]),
        ("The Arlo review video runs 10:00, and the Bix clip is shorter at 4:00. The final minute is the best.",
         [(180.0, 240.0)]),
    ],
    # a track's title and artist either side of a dash, then its length in brackets (artists joined by "+" or "ft.",
    # titles of several words); and a quoted title with its length inside one bracket
    "track lengths beside title and artist": [
        ("My cooldown mix\n1. Slow Burning Candle Light — Mara + The Tide Singers (5:12)\n"
         "2. Paper Planes Over Town — Okon ft. Lila (3:58)", []),
        ("Warm-up: Into The Bright Long Morning — Sol & Ruin (4:44)", []),
        ("The closing song (Nadia Rey's “Harbour Lights”, 4:26) is lovely.", []),
        ("Strings shine on the title track (the quartet's “Low Tide”, 7:02), and the video's drone shot at 1:15.",
         [(75.0, None)]),
        # near-misses: prose with a dash before a bracketed time, and a quoted line said at a time, stay positions
        ("The bridge gives way — watch the left pier (2:14) — and the crowd runs.", [(134.0, None)]),
        ("He shouts “Get back!” (0:42) and the line breaks.", [(42.0, None)]),
    ],
    # "halfway"/"midway" through a period of play, or "from halfway" on the pitch: the match's time or ground
    "a fraction of a period of play or the pitch": [
        ("The 8-minute highlights show both tries, the second midway through the first half.", []),
        ("In the 5-minute recap, the winner comes halfway into the third quarter.", []),
        ("The 10-minute package opens with a drop goal from halfway in the 12th minute.", []),
        ("The 6-minute video shows her kicking from inside halfway.", []),
        # near-misses: a fraction of the footage stays one
        ("Halfway through the 8-minute highlights the floodlights fail.", [(240.0, None)]),
        ("The recap video is 10 minutes long. Just past halfway through the recap the crowd invades.", [(300.0, None)]),
    ],
    # a start with a length told around it: "squeezed into about 40 seconds starting at 4:20", "starting 3:20 in
    # the video and running for 90 seconds"
    "a start and its length told around the footage": [
        ("The whole rally is packed into about 30 seconds starting at 2:10.", [(130.0, 160.0)]),
        ("Our wind test (starting 5:05 in the clip and running for 40 seconds) is the loudest part.",
         [(305.0, 345.0)]),
        ("The demo, beginning 1:15 into the video and lasting 20 seconds, shows the hinge.", [(75.0, 95.0)]),
        # the stretch's length is no length of the video, nor is a quoted track's
        ("Our video is 10 minutes long. The drop test (starting 2:00 in the video and running for 60 seconds) "
         "comes first; a song (Ana Lee's “Blue”, 3:10) plays under it. Halfway through the video the lid cracks.",
         [(120.0, 180.0), (300.0, None)]),
        # near-misses: a point with a length of something else, and a time "in" a later clause
        ("The hinge squeaks at 1:15 in the video and I ran it for 20 minutes.", [(75.0, None)]),
        ("We got into 40 seconds of traffic; the crash starts at 2:10.", [(130.0, None)]),
    ],
    # clocks of the world said beside footage: when a stream went live, a chat message's clock, a timer's setting
    "a stream's start, a chat's clock and a timer's length": [
        ("The hall opened at 18:30, but the stream didn't go live until 18:55. The speech is at 41:10.",
         [(2470.0, None)]),
        ("“That's the shot,” Ana wrote in the team chat at 23:14. It is at 2:05 in the video.", [(125.0, None)]),
        ("She posted it on WhatsApp at 07:42; the wave hits at 0:31.", [(31.0, None)]),
        ("The puzzle room runs on a 4:00 timer, and my run's best bit is at 12:40.", [(760.0, None)]),
        # near-misses: a position said "until", in a chat video, and a timer seen in the footage stay positions
        ("The crowd stays quiet until 3:05 in the video.", [(185.0, None)]),
        ("In the chat replay the insult appears at 14:02 in the VOD.", [(842.0, None)]),
        ("The timer on screen starts at 1:20 in the clip.", [(80.0, None)]),
    ],
    # a burnt-in timecode said to start at a clock: the picture's clock, not a position
    "a burnt-in timecode's starting clock": [
        ("The festival copy carries a burnt-in timecode starting at 20:00:00:00; the kiss is at 1:12:30.",
         [(4350.0, None)]),
        ("Our screener carried a burned-in clock that begins at 10:00:00, so subtract ten hours.", []),
        # near-misses: a subtitle cue's timecode and a scene starting at a time stay positions
        ("The cue with the timecode starting at 00:01:45 is misspelt.", [(105.0, None)]),
        ("The burnt-in captions start at 2:10 in the film.", [(130.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_one_a_families(text: str, expected: list[tuple[float, object]]) -> None:
    assert found_spans(text) == expected
