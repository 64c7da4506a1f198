"""Families that round 56 (`tests/data/moments_genres_round56.jsonl`) showed the extractor missing or reading
wrongly. Each family has sentences written for it (not the round's own) and look-alikes that must stay as they
are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # Indian dotted minutes.seconds with no length told: one said to be "in the clip" makes the sentence's dotted
    # numbers positions; a stretch from one to another may be the subject of its verb
    "dotted positions said in the clip": [
        ("The petitioner says that at 2.10 in the video the constable raises his lathi.", [(130.0, None)]),
        ("The lorry jumps the signal at 2.15 in the video, and the stretch from 3.05 to 3.30 is blurred.",
         [(135.0, None), (185.0, 210.0)]),
        ("The defence says the stretch from 0.52 to 1.10 in the footage is missing.", [(52.0, 70.0)]),
        # look-alikes: no footage anchor and no length; a time of the day; a verb after a single time
        ("The rally reached the collectorate at 2.15 in the afternoon and the video shows a lathi charge.", []),
        ("The clip was shared at 9.45 on WhatsApp and went viral by 10.30.", []),
        ("The video shows the crowd gathering from 4.05 to 4.40 near the temple.", []),
        ("The stretch from 0.52 to 1.10 in the footage is missing, and the bus at 4.40 was late.", [(52.0, 70.0)]),
    ],
    # a tilde hedging a range's end ("between ~2:05 and 2:20"), and a cue's in and out points said with "at"
    "hedge marks and in/out points in ranges": [
        ("Watch the clip from ~1:10 to 1:25.", [(70.0, 85.0)]),
        ("The B-roll between 2:05 and ~2:20 wobbles.", [(125.0, 140.0)]),
        ("Subtitle 9: in at 00:01:12:05, out at 00:01:15:20 at 25 fps, overlaps the cut.", [(72.2, 75.8)]),
        ("Cue 4 comes in at 0:42, out at 0:47, one frame late.", [(42.0, 47.0)]),
        # look-alikes: a shift's clock times; a shop's hours; Markdown strike-through before a corrected time
        ("Dave clocked in at 09:10, out at 17:30 every day that week.", []),
        ("The shop is open between ~9:00 and 17:30 on weekdays.", []),
        ("Old value ~~5:40~~ 5:52 in the edit.", [(352.0, None)]),
    ],
    # an image's alt text is words read in the image's place, not markup
    "times in alt text": [
        ('<figure><img src="/img/a.jpg" alt="Still at 1:12 of the video, the van turns"></figure>', [(72.0, None)]),
        ("<p>The clip: <img src='x.png' alt='Frame from 0:48 of the footage'></p>", [(48.0, None)]),
        # look-alikes: other attributes stay markup (a tooltip's title too); a clock in alt text is still a clock
        ('<div data-start="1:12">Intro</div>', []),
        ('<p title="Frame from 0:48 of the footage">The crane tips.</p>', []),
        ('<img src="p.jpg" alt="Runner crossing the line, race clock showing 2:14:33">', []),
        ('<img src="p.jpg" alt="The town hall clock at 10:15 on Tuesday">', []),
    ],
    # a workplace chat's export: "[10:42 AM] Name Surname:" opens a message (no chapter line whose title the times
    # after it would be in)
    "chat lines stamped with a half of the day": [
        ("**[9:05 AM] Dana K:** the swell at 0:12 and again around 0:40 is too loud\n"
         "**[9:07 AM] Sam Lee:** agreed, the fade in the video at 1:10 too",
         [(12.0, None), (40.0, None), (70.0, None)]),
        ("[3:02 p.m.] Tom B: see https://youtu.be/x?t=48 the cut is late\n[3:04 p.m.] Ana: ok", [(48.0, None)]),
        # look-alikes: the chat's own plans; a chapter list whose titles hold figures
        ("[9:40 PM] Jo Hart: meet at the pub at 8:30 tomorrow\n[9:41 PM] Sam: see you at 8:30", []),
        ("0:00 Intro\n2:30 Battery life – 9h40m in my test, 16:10 panel\n5:10 Verdict", [(0.0, None), (150.0, None),
                                                                                        (310.0, None)]),
    ],
    # a working shift's hours, labelled as a list item is ("Shift: 06:00–18:00"): a window of the day
    "shift hours": [
        ("* Shift: 06:00–18:00\n* Fuel: £86", []),
        ("**Shift:** 08:00 – 16:00", []),
        ("Her shift ran from 07:00 to 19:00 that day.", []),
        # look-alikes: a shift in the footage, a gear shift, a shift line beside a position in a vlog
        ("Watch the shift change in the video from 02:10 to 02:40.", [(130.0, 160.0)]),
        ("In the clip the gear shift happens between 12:10 and 12:30.", [(730.0, 750.0)]),
        ("Shift: 06:00–18:00. The van clips the mirror at 1:02:10 in the vlog.", [(3730.0, None)]),
    ],
    # "the first hour" priced: a car park's or a hire's tariff, not the opening of the footage
    "charged first hours": [
        ("The plans would see the first hour at the Quay Street car park rise from £1.50 to £2.", []),
        ("At the hospital the first hour costs £3.50.", []),
        ("Parking: first 2 hours free.", []),
        ("The first 30 minutes are free, then £2 an hour.", []),
        # look-alikes: the opening of a work, something priced inside it
        ("The first 30 seconds of the advert show a £5 note.", [(0.0, 30.0)]),
        ("In the first minute of the footage he pays £2 at the meter.", [(0.0, 60.0)]),
        ("The first 12 minutes are apologies and the minutes of the last meeting.", [(0.0, 720.0)]),
    ],
    # footage played to the people in the room: "The jury was shown JD/3 from 2:14" is a position in what was played
    "shown to the court": [
        ("The jury was shown JD/3 from 2:14, when a man in a red coat enters.", [(134.0, None)]),
        ("The court was shown Exhibit 4 from 1:12, when the van reverses.", [(72.0, None)]),
        ("The panel was shown MK/2 at 3:05, where the ball crosses the line.", [(185.0, None)]),
        # look-alikes: a broadcast's slot; a showing at a time of day
        ("The documentary was first shown on BBC Two at 21:00.", []),
        ("It was shown on RTÉ One from 9:30 last night.", []),
        ("The committee was shown the recording at 14:30 on Tuesday.", []),
    ],
    # the longest a work may run ("must stay under 2:30"): a cap on its length, no position
    "length caps": [
        ("- [ ] Teaser must stay under 2:30 for Instagram", []),
        ("The video has to stay under 3:00, so trim the intro.", []),
        ("The clip must stay under 2:30: the crash at 1:10 is key.", [(70.0, None)]),
        # look-alikes: a position said "just under" a time into the clip
        ("The crash comes just under 2:30 into the clip.", [(150.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_round56_families(text, expected):
    assert found_spans(text) == expected
