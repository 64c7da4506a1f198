"""Each row of the spec table, hedges, non-moments, and the number reader, one by one."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from annotate.moments.numbers import parse_duration, word_number

N = None


def got(text: str, duration: float | None = None) -> list[tuple[float, float | None, bool]]:
    return [(m.start, m.end, m.approximate) for m in extract_moments(text, duration)]


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # timecodes
        ("He falls at 2:27.", "2:27", (147, N, False)),
        ("The drone footage (0:45) shows smoke.", "0:45", (45, N, False)),
        ("The flag drops [1:12].", "1:12", (72, N, False)),
        ("The timestamp 1:02:03 marks the start.", "1:02:03", (3723, N, False)),
        ("Cue 00:02:27,500 lines up with the shout.", "00:02:27,500", (147.5, N, False)),
        ("It tips over at 2:27.5 exactly.", "2:27.5", (147.5, N, False)),
        ("At 92:05 the chair calls a recess.", "92:05", (5525, N, False)),
        ("The flash is at 00:04:10:15.", "00:04:10:15", (250.5, N, False)),
        ("Shot at 25 fps, the flash is at 00:04:10:15.", "00:04:10:15", (250.6, N, False)),
        ("At 1:02:03.25 the lights dim.", "1:02:03.25", (3723.25, N, False)),
        # marks
        ("He stops at the 2:27 mark.", "2:27 mark", (147, N, False)),
        ("He stops at the four-minute mark.", "four-minute mark", (240, N, False)),
        ("He stops at the 90-second mark.", "90-second mark", (90, N, False)),
        ("He stops at the half-hour mark.", "half-hour mark", (1800, N, False)),
        # spelled offsets
        ("Two minutes and twenty-seven seconds in, he runs.", "Two minutes and twenty-seven seconds in",
         (147, N, False)),
        ("Ninety seconds into the video, he runs.", "Ninety seconds into the video", (90, N, False)),
        ("A minute and a half in, he runs.", "A minute and a half in", (90, N, False)),
        ("At 2 min 27 s he runs.", "2 min 27 s", (147, N, False)),
        ("Skip to 2m27s for the crash.", "2m27s", (147, N, False)),
        ("147 seconds in, he runs.", "147 seconds in", (147, N, False)),
        ("Half a minute in, he runs.", "Half a minute in", (30, N, False)),
        ("A dozen seconds into the clip, he runs.", "A dozen seconds into the clip", (12, N, False)),
        ("One hundred and five seconds into the clip, it falls.", "One hundred and five seconds into the clip",
         (105, N, False)),
        ("An hour and ten minutes into the hearing, she sighs.", "An hour and ten minutes into the hearing",
         (4200, N, False)),
        ("Two and a half minutes into the footage, a car arrives.", "Two and a half minutes into the footage",
         (150, N, False)),
        ("Thirty seconds from the start of the video, a flare goes up.",
         "Thirty seconds from the start of the video", (30, N, False)),
        # links
        ("See youtu.be/xyz?t=147 now.", "youtu.be/xyz?t=147", (147, N, False)),
        ("https://www.youtube.com/watch?v=abc&t=2m27s shows it.", "https://www.youtube.com/watch?v=abc&t=2m27s",
         (147, N, False)),
        ("https://vimeo.com/1#t=1h2m3s shows it.", "https://vimeo.com/1#t=1h2m3s", (3723, N, False)),
        ("Embedded: youtube.com/embed/abc?start=300.", "youtube.com/embed/abc?start=300", (300, N, False)),
        # ranges
        ("From 2:27 to 2:41 they fight.", "From 2:27 to 2:41", (147, 161, False)),
        ("Between 1:05 and 1:20 they fight.", "Between 1:05 and 1:20", (65, 80, False)),
        ("The fight at 2:27-2:41 is blurred.", "2:27-2:41", (147, 161, False)),
        ("The fight at 2:27–2:41 is blurred.", "2:27–2:41", (147, 161, False)),
        ("In the first 10 seconds, nothing moves.", "In the first 10 seconds", (0, 10, False)),
        ("From the 1:30 mark to the 2:00 mark it is dark.", "From the 1:30 mark to the 2:00 mark",
         (90, 120, False)),
        ("Between 30 and 45 seconds in, he reloads.", "Between 30 and 45 seconds in", (30, 45, False)),
        ("Between the 1:00 and 1:30 marks, he hides.", "Between the 1:00 and 1:30 marks", (60, 90, False)),
        # start plus length
        ("For about 20 seconds starting at 2:27, it is dark.", "For about 20 seconds starting at 2:27",
         (147, 167, True)),
        ("For 12 seconds starting at 3:40, it is dark.", "For 12 seconds starting at 3:40", (220, 232, False)),
        # by / until
        ("By 3:15 the square is empty.", "3:15", (195, N, False)),
        ("They chant until 3:15.", "3:15", (195, N, False)),
        # fractions
        ("Halfway through the six-minute clip, it lands.", "Halfway through the six-minute clip", (180, N, True)),
        ("A quarter of the way into the 10-minute video, he falls.",
         "A quarter of the way into the 10-minute video", (150, N, True)),
        # hedges
        ("At roughly 4:30 he leaves.", "roughly 4:30", (270, N, True)),
        ("Around the four-minute mark, they surge.", "Around the four-minute mark", (240, N, True)),
        ("At 2:30 or so, the music stops.", "2:30 or so", (150, N, True)),
        ("At ~3:05 the van reverses.", "~3:05", (185, N, True)),
        ("Shortly after 2:00 the stream cuts out.", "Shortly after 2:00", (120, N, True)),
        ("Just over three minutes into the stream, he hangs up.", "Just over three minutes into the stream",
         (180, N, True)),
        ("Some 147 seconds in, the lights go out.", "Some 147 seconds in", (147, N, True)),
        ("It happens 2:03:10 into the almost four-hour hearing.", "2:03:10", (7390, N, False)),
        ("At exactly 2:27 the guard turns.", "2:27", (147, N, False)),
    ],
)
def test_single_form(text: str, quote: str, expected: tuple) -> None:
    moments = extract_moments(text)
    assert [(m.start, m.end, m.approximate) for m in moments] == [pytest.approx(expected)]
    assert moments[0].quote == quote


@pytest.mark.parametrize(
    ("text", "duration", "expected"),
    [
        ("In the final 30 seconds, the car drives away.", 180, [(150, 180, False)]),
        ("In the final 30 seconds, the car drives away.", None, []),
        ("In the final 30 seconds of the three-minute video, the car drives away.", None, [(150, 180, False)]),
        ("20 seconds before the end, a man walks in.", 200, [(180, N, False)]),
        ("20 seconds before the end, a man walks in.", None, []),
        ("Ten seconds before the end of the two-minute clip, the light goes out.", None, [(110, N, False)]),
        ("With 30 seconds left in the video, the door slams.", 120, [(90, N, False)]),
        ("In the last minute of the 5-minute video, the crowd leaves.", None, [(240, 300, False)]),
        ("Halfway through the video, the narrator changes.", 120, [(60, N, True)]),
        ("Halfway through the video, the narrator changes.", None, []),
        ("Halfway through the six-minute clip, the helicopter lands.", 300, [(150, N, True)]),
        ("At the halfway point of the 10-minute video, the speech ends.", None, [(300, N, True)]),
        ("Two-thirds of the way through the nine-minute clip, the lights go out.", None, [(360, N, True)]),
        ("The video runs 4:00. Halfway through, a door opens.", None, [(120, N, True)]),
    ],
)
def test_length_dependent_forms(text: str, duration: float | None, expected: list) -> None:
    assert got(text, duration) == [pytest.approx(e) for e in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 0:58 a shot. Roughly ten seconds later, a volley.", [(58, N, False), (68, N, True)]),
        ("At roughly 0:58 a shot. Ten seconds later, a volley.", [(58, N, True), (68, N, True)]),
        ("At 1:00 the gate opens. Five seconds earlier, a guard waves.", [(60, N, False), (55, N, False)]),
        ("At 1:00 it starts. A minute later, it stops.", [(60, N, False), (120, N, False)]),
        ("At 1:00 it starts. Five seconds after that, it stops.", [(60, N, False), (65, N, False)]),
        ("Ten seconds later, the car explodes.", []),
        ("At 3:10 he falls. Two days later, he died.", [(190, N, False)]),
        ("At 0:50 he runs. Moments later, he falls. Seconds later, he rises.", [(50, N, False)]),
        ("At 0:03 he runs. Ten seconds earlier, nothing.", [(3, N, False)]),
        ("At 0:30 the gate opens. The rally began at 10:45. Ten minutes later, police arrived.", [(30, N, False)]),
    ],
)
def test_relative_forms(text: str, expected: list) -> None:
    assert got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # dates and years
        "The footage, recorded on Nov. 13, 2017, was released by the U.N. Command.",
        "He is the first to defect since 2007.",
        # times of day
        "The incident took place at 3:30 p.m. local time on Monday.",
        "Police were called at 10:45 local time.",
        "The curfew begins at 0600 hours.",
        "The rally began at 10:45 and ended before noon.",
        "The shop opened at 9:15 that day.",
        "The meeting started at 9:30 on Monday morning.",
        "The explosion was reported at 2:45 a.m.",
        "They met on June 4 at 4:30.",
        "The video was uploaded at 21:04, hours after the attack.",
        "Officials said the curfew would last until 06:00.",
        "The bomb exploded at 8:46, officials said, killing three.",
        "The metadata shows 2017-11-13T15:31:02Z as the creation time.",
        "Officers boarded the 6:30 train to the capital.",
        # on-screen clocks
        "The camera's clock reads 03:51:22 when the truck arrives.",
        "The timestamp on the security footage reads 14:02:11.",
        "Security footage timestamped 02:14:55 shows the suspect.",
        "The dashcam overlay shows 08:14:55 as the car brakes.",
        # game clocks and race times
        "The Lakers led with 4:31 to play in the half.",
        "He scored with 2:10 left in the third quarter.",
        "With 1:05 on the clock, the visitors scored again.",
        "She finished in 3:05:44, a personal best.",
        "Kipchoge won the marathon in a time of 2:03:23.",
        "He ran a 3:59 mile in 1954.",
        "Her lap time of 1:23.456 was a track record.",
        "She was 2:15 behind the leader after the first lap.",
        # dockets, votes, scores, ratios, verses, prices, versions, phones
        "The case is No. 2:19-cv-04410 in federal court.",
        "The lawsuit, 2:19-cv-04410, was dismissed.",
        "The council approved the plan 9:4.",
        "The home side won 3:2 after extra time.",
        "The final score was 21:14.",
        "The footage was shot in a 16:9 frame.",
        "The clip was cropped to 9:16 for vertical video.",
        "The 1:50,000 map shows the route.",
        "The pastor quoted John 3:16.",
        "Mark 10:45 was read at the service.",
        "A coffee costs $3.50.",
        "The app's v2.10 update broke uploads.",
        "Call 555-0143 or (202) 555-0199.",
        "The server at 10.0.0.1:8080 hosted the upload.",
        # ages, counts, distances
        "He is 24 years old.",
        "Soldiers fired about 40 rounds, and he was shot four times.",
        "The 155-mile-long zone is tense.",
        # lengths of the video
        "A 30-second clip went viral.",
        "The video lasts three minutes.",
        "The documentary runs 48:12.",
        "Teaser (1:36)",
        "Trailer (2:31) | Behind the scenes (4:05)",
        "The 3:45 video was posted by a journalist.",
        "The clip (4:12) was shared widely.",
        "The video, 3:05 long, was posted on Monday.",
        "The video is two minutes long.",
        # durations of other events
        "Surgery lasted five hours, and he woke within 48 hours.",
        "In the first 72 hours after the storm, rescuers pulled 40 people out.",
        "He was detained for 48 hours.",
        "The first 10 minutes of the meeting were spent on procedure.",
        "He served 20 years in prison.",
        # vague relatives
        "Moments later, the guards retreat.",
        "A few seconds later, the truck crashes.",
        "Two days later, the ministry denied it.",
    ],
)
def test_non_moment(text: str) -> None:
    assert got(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police say the shooting began at 10:42 p.m. In the bodycam video, the officer fires at 0:48.",
         [(48, N, False)]),
        ("The recording, made on Nov. 13, 2017, shows him collapsing at 2:41.", [(161, N, False)]),
        ("At 2:27 in the video, posted at 3:30 p.m. Monday, the soldier falls.", [(147, N, False)]),
        ("The bodycam, which runs 14:22, shows him drawing at 6:01.", [(361, N, False)]),
        ("John 3:16 is painted on the wall that appears at 0:47.", [(47, N, False)]),
        ("The match ended 3:2, but the video shows the referee at 1:05 waving play on.", [(65, N, False)]),
        ("At 0:12 the guard shouts; the camera's clock read 03:51:22 at that moment.", [(12, N, False)]),
    ],
)
def test_moments_next_to_non_moments(text: str, expected: list) -> None:
    assert got(text) == expected


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("twenty-seven", 27), ("twenty seven", 27), ("ninety", 90), ("a dozen", 12), ("a half", 0.5),
     ("one hundred forty-seven", 147), ("one hundred and forty-seven", 147), ("147", 147), ("1.5", 1.5),
     ("two three", None), ("minute", None)],
)
def test_word_number(phrase: str, value: float | None) -> None:
    assert word_number(phrase) == value


@pytest.mark.parametrize(
    ("phrase", "seconds", "granularity"),
    [("two minutes and twenty-seven seconds", 147, 1), ("a minute and a half", 90, 30), ("half a minute", 30, 30),
     ("2m27s", 147, 1), ("2 min 27 s", 147, 1), ("1h02m03s", 3723, 1), ("four-minute", 240, 60),
     ("an hour", 3600, 3600), ("one hour, two minutes and three seconds", 3723, 1), ("1.5 minutes", 90, 30)],
)
def test_parse_duration(phrase: str, seconds: float, granularity: float) -> None:
    assert parse_duration(phrase) == (seconds, granularity)


def test_parse_duration_rejects_non_durations() -> None:
    assert parse_duration("two days") is None
    assert parse_duration("forty rounds") is None


def test_link_quote_walks_back_to_the_start_of_the_url() -> None:
    text = "Watch (https://www.youtube.com/watch?v=abc&list=PL1&t=75s) and see."
    (m,) = extract_moments(text)
    assert m.quote == "https://www.youtube.com/watch?v=abc&list=PL1&t=75s" and m.start == 75


def test_text_without_sentence_ends_is_cut_into_bounded_pieces() -> None:
    from annotate.moments.sentences import MAX_SENTENCE_CHARS, split

    text = " ".join(["at 2:27 the man runs"] * 300)
    spans = split(text)
    assert len(spans) > 1 and all(e - b <= MAX_SENTENCE_CHARS for b, e in spans)
    assert len(extract_moments(text)) == 300


def test_media_stems_gate_every_media_noun() -> None:
    import re

    from annotate.moments.lengths import MEDIA_STEMS
    from annotate.moments.patterns import MEDIA_NOUN, REPOST

    # (REPOST, a group of its own, by the words it stands for)
    nouns = MEDIA_NOUN.replace(REPOST, "repost|reupload|re-upload|re-up|reup|mirror")
    words = [re.sub(r"\\s[+?]", " ", w) for w in nouns[3:-1].split("|")]
    assert len(words) > 40
    noun = re.compile(MEDIA_NOUN, re.IGNORECASE)
    for word in words:  # (after "the ": a repost is one told as the known copy)
        assert noun.fullmatch(f"the {word}", len("the ")), word
        assert any(stem in word.lower() for stem in MEDIA_STEMS), word


def test_past_tense_clock_is_world_time_unless_the_text_is_walking_through_footage() -> None:
    assert extract_moments("The gunman entered the school at 9:05 and began shooting.") == []
    walk = "The video begins on a quiet street. At 0:41 a jeep appears. The driver fired at 1:15 and fled."
    assert [m.start for m in extract_moments(walk)] == [41.0, 75.0]
    # A paragraph break ends the walk-through.
    assert [m.start for m in extract_moments("At 0:41 a jeep appears.\n\nThe gunman entered the school at 9:05.")] \
        == [41.0]


# Families found by the genre rounds (tests/data/moments_genres_blind.jsonl); each row is a new
# sentence of the family, not one of the round's texts.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time alone in brackets after a noun phrase is a cited position, several per sentence
        ("The pan handle gets hot [3:05] and the lid rattles [7:40].", [(185, N, False), (460, N, False)]),
        ("The screen flickers (1:02), then dims (1:09).", [(62, N, False), (69, N, False)]),
        ("Applause was heard on the lapel mic [0:58:10].[4]", [(3490, N, False)]),
        # a bracket after a work's noun may still hold its length
        ("The radio ad (0:30) was pulled within a day.", []),
        # fractions of an hour and clock-reading offsets
        ("Three quarters of an hour into the livestream, the feed drops.", [(2700, N, False)]),
        ("A minute forty into the clip, the gate opens.", [(100, N, False)]),
        ("Three-fifteen into the video, the crowd scatters.", [(195, N, False)]),
        ("Twenty-five into the video nothing has moved.", []),
        # on-screen clock readings and clocks dated by the recorder
        ("The bodycam's stamp reads 04:12:55 as the door gives way.", []),
        ("The traffic camera shows 17:03:41 on 11/02/2022 in its corner.", []),
        # schedules and line-ups, but not a video's own timeline
        ("Running order: 18:30 doors; 19:15 support; 20:40 main act.", []),
        ("The second band plays from 21:10 to 22:00 on the tent stage.", []),
        ("Clip timeline: 0:10 – car enters; 0:35 – car stops.", [(10, N, False), (35, N, False)]),
        # world events right before the time, even beside a footage word
        ("Our bus was at 8:20, so I watched the rest of the stream on my phone.", []),
        # sports results and amounts of something
        ("He took pole with a 1:29.904, on lap 18 of qualifying.", []),
        ("The review unit managed 11h05m of video playback.", []),
        ("The keeper was sent off at 63 mins, and the highlights show the foul at 2:40.", [(160, N, False)]),
        # a past-tense verb outside the clause of the time
        ("I watched it twice and the glitch happens at 4:12.", [(252, N, False)]),
        # titles with lengths
        ("Next up: 'Slow Harbour' (5:21) by the Greys.", []),
        ("Part 3, Chapter 2 (\"The Crossing\") — 38:50.", []),
        ("The newer episode runs 31:20; the earlier one was 29:05.", []),
        # round 2: line-opening chapter titles that look like schedules, chapter lists in brackets
        ("Contents\n00:00 Hello\n02:05 Train times explained\n09:30 News from the depot",
         [(0, N, False), (125, N, False), (570, N, False)]),
        ("Timestamps: Welcome (0:00) · Tour (2:40) · Q&A (15:10)", [(0, N, False), (160, N, False), (910, N, False)]),
        # British dates, edits and publication at a place, lengths compared and trimmed
        ("The next hearing is on 12 March at 10:00.", []),
        ("Captions were corrected at 16:20 after complaints.", []),
        ("The statement was filmed at Downing Street at 17:05.", []),
        ("Part two is the shortest at 39:40.", []),
        ("The new edit cuts the running time down to 1:41:00 from 1:49:30.", []),
        ("The extended cut (3:02:00) restores two battle scenes.", []),
        ("The quarry scene begins at 12:30 and ends at 14:05.", [(750, N, False), (845, N, False)]),
        # passive reports opening with the clock; a spoken running time gives a length
        ("At 6:15 the road was closed by police.", []),
        ("The documentary has a running time of 88 minutes. In its final 8 minutes, the archive burns.",
         [(4800, 5280, False)]),
        ("Quarter of an hour into the match highlights, the striker scores.", [(900, N, False)]),
        ("The floodlit stand is visible at 02:12 in the drone shot.", [(132, N, False)]),
        ("The recording went live, which started at 20:15, and at 4:10 the host arrives.", [(250, N, False)]),
        # pasted HTML and Markdown
        ("<li>At 0:40 the crowd cheers</li><li>Updated at 21:30</li>", [(40, N, False)]),
        ("See [1:05](https://youtu.be/abc?t=65) for the fall.", [(65, N, False)]),
        # round 3: durations of tasks and comparisons, true times, statements read out, scene-setting events
        ("The blender crushes ice in 1:05, quicker than its rival (1:40).", []),
        ("The camera clock ran slow: the actual time was 16:02.", []),
        ("The 21:15 time quoted by police matches the CCTV.", []),
        ("The verdict, read out at 14:40, took nine minutes.", []),
        ("In the extended match, the penalty kick comes at 41:10.", [(2470, N, False)]),
        ("The edit squeezes 3:10:00 of footage into a trailer.", []),
        ("The tide rises at 17:20, so the clip must have been filmed earlier.", []),
        ("At 06:30 the train departed from platform 4.", []),
        ("At 1:00 the crowd starts chanting.", [(60, N, False)]),
        ("I went to bed at 2:10 and missed the finale.", []),
        ("We booked the 6:45 screening.", []),
        ("The bridge closes 12 minutes in and reopens later.", [(720, N, False)]),
        ("Skip ahead: first 5 min are ads.", [(0, 300, False)]),
        ("Play it from *2:00* to *2:30*.", [(120, 150, False)]),
        ("The flagged subtitle sits at 00:44:02,120, the most contested line.", [(2642.12, N, False)]),
        # round 4: "on the clock" belongs to the time before it; schedule labels; metadata; yyyy/mm/dd dates
        ("A three with 0:01 on the clock, it is 6:10 into the league's recap.", [(370, N, False)]),
        ("Tip-off 19:30. The recap shows the block at 2:12.", [(132, N, False)]),
        ("The photo's EXIF data says 11:42:09.", []),
        ("The bodycam overlay reads 2021/03/02 22:10:45.", []),
        ("<p>Briefing: 9:30&nbsp;a.m.</p><p>The crane tips at 0:41.</p>", [(41, N, False)]),
        ("The keynote started late (about 10:20 instead of 10:00), but the demo at 14:05 in the VOD works.",
         [(845, N, False)]),
        ("The band's encore starts at 1:02:30.", [(3750, N, False)]),
        ("The printer produced 200 pages in 1h10m.", []),
        ("I nodded off at 3:10 in the video and woke at 3:50.", [(190, N, False), (230, N, False)]),
        ("Uploaded at 2:50 am, but the best bit at 1:44 is worth it.", [(104, N, False)]),
        ("1:20 wow. also 2:05 is the real highlight", [(80, N, False), (125, N, False)]),
        # round 5: chapter titles that read like the future, tasks that took a time, "into" wins over race words
        ("Chapters:\n0:00 Hello\n3:30 Will it work?\n7:45 It would not",
         [(0, N, False), (210, N, False), (465, N, False)]),
        ("The paint took 4:20 to dry, and at 1:10 in the video the brush slips.", [(70, N, False)]),
        ("When the inquiry reconvened at 14:30, the panel viewed the clip.", []),
        ("The winning sprint is 41:05 into the race coverage.", [(2465, N, False)]),
        ("<p>0:00 Intro</p><p>1:12 Start of the march</p>", [(0, N, False), (72, N, False)]),
        ("In the replay, the goal is scored at 2:35.", [(155, N, False)]),
        ("lol 3:33 is gold. also rip the 9:00 pm crowd", [(213, N, False)]),
        ("His speedrun was 31:02 and the WR is 30:58.", []),
        # a timetable with no heading: names, each followed by its clock
        ("Harbour 09:05 | Mill Lane 09:18 | Station 09:40", []),
        ("Intro 00:00 | Setup 01:30 | Test 04:05", [(0, N, False), (90, N, False), (245, N, False)]),
    ],
)
def test_genre_families(text: str, expected: list) -> None:
    assert got(text) == expected


@pytest.mark.parametrize(
    "phrase",
    ["in the video", "the bodycam", "dashcam", "on CCTV", "the live feed", "the highlights", "a replay",
     "the subtitles", "the caption", "the VOD", "this scene", "frame 12", "the camera angle", "the mark",
     "the timestamp", "90 seconds in", "two minutes into", "into the hearing", "the livestream", "the podcast",
     "a short", "the excerpt", "the tape", "the final cut", "the interview", "of the recap", "the vid",
     "the condensed game", "Camera B", "cam 2", "a Facebook Live", "the repost", "the reupload", "the re-up",
     "the YouTube mirror"],
)
def test_footage_stems_gate_every_footage_word(phrase: str) -> None:
    """The cheap substring gate in front of FOOTAGE_WORD never hides a word the pattern finds."""
    from annotate.moments.exclusions import FOOTAGE_STEMS, FOOTAGE_WORD, footage_word

    assert FOOTAGE_WORD.search(phrase), phrase
    assert any(stem in phrase.lower() for stem in FOOTAGE_STEMS) and footage_word(phrase), phrase


@pytest.mark.parametrize(
    "hedge",
    ["roughly at ", "about ", "around the ", "approximately ", "approx. ", "nearly ", "almost ", "some ", "near ",
     "circa ", "c. ", "ca. ", "seconds after ", "moments before ", "just over ", "a little over ", "slightly under ",
     "a bit after ", "a tad before ", "more than ", "less than ", "fewer than ", "shortly after ", "soon after ",
     "right around ", "somewhere around ", "close to ", "upwards of ", "an estimated ", "over ", "under ", "~", "≈"],
)
def test_hedge_stems_gate_every_hedge(hedge: str) -> None:
    """The substring gate in front of HEDGE_BEFORE never hides a hedge the pattern finds."""
    from annotate.moments.hedges import _HEDGE_STEMS, hedge_before
    from annotate.moments.patterns import HEDGE_BEFORE

    text = f"It falls {hedge}2:27."
    assert HEDGE_BEFORE.search(text, 0, text.index("2:27")), hedge
    assert any(stem in hedge.lower() for stem in _HEDGE_STEMS), hedge
    assert hedge_before(text, text.index("2:27")) == len("It falls "), hedge
