"""Clock times read from article text: what is listed, what is not, and what each keeps."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given

from annotate import extract_moments, extract_references
from annotate.cli import main
from annotate.clocktext import parse_clock
from annotate.errors import TimeFormatError
from tests.strategies import clock_times


@pytest.mark.parametrize(("text", "clock", "approximate", "quote"), [
    ("At 4:52:10 p.m., the loading-dock camera shows a van.", "16:52:10", False, "4:52:10 p.m."),
    ("The timestamp reads 06:31:08 when the bus pulls away.", "06:31:08", False, "06:31:08"),
    ("At 7:05 p.m. UTC the gate opens.", "19:05 UTC", True, "7:05 p.m. UTC"),
    ("At 12:10 a.m. the lights go out.", "00:10", True, "12:10 a.m."),
    ("The van pulled up at 4:41:09 p.m. on March 3, 2024, according to the camera's clock.",
     "2024-03-03T16:41:09", False, "4:41:09 p.m."),
    ("On 2023-11-02 the camera's clock reads 23:14:05.250 as the car arrives.",
     "2023-11-02T23:14:05.25", False, "23:14:05.250"),
    ("The mayor spoke to reporters at 10:15 a.m. local time.", "10:15 local time", True, "10:15 a.m. local time"),
    ("At 23:15:44 by the camera's clock, the lights in the lobby go out.", "23:15:44", False, "23:15:44"),
])
def test_clock_times_are_listed_with_precision_date_and_zone(text, clock, approximate, quote):
    found = extract_references(text)
    assert found.moments == tuple(extract_moments(text))
    [m] = found.clock_times
    assert (m.clock, m.approximate, m.quote, m.start) == (clock, approximate, quote, None)
    assert text[m.span[0]:m.span[1]] == m.quote and m.sentence == text
    assert m.caption and m.quote not in m.caption


@pytest.mark.parametrize("text", [
    "With 4:31 to play in the half, he scored.",
    "She finished the marathon in 3:05:44.",
    "The surgery lasted 2:30 hours.",
    "The council approved it 9:4.",
    "Read John 3:16 aloud.",
    "The video runs 48:12 and was shared widely.",
    "The case is 2:19-cv-04410.",
    "The lap record is 1:21.046.",
    "Surgery lasted five hours and the crowd was 24 years old on Nov. 13, 2017.",
    "At 2:27 the truck stops.",
])
def test_non_times_and_footage_positions_are_not_clock_times(text):
    assert extract_references(text).clock_times == ()


def test_the_caption_leaves_out_the_words_that_say_it_is_a_clock():
    text = "The camera's clock reads 23:14:05 when the car arrives, and 23:16:40 when it leaves."
    times = extract_references(text).clock_times
    assert [m.clock for m in times] == ["23:14:05", "23:16:40"]
    assert times[0].caption == "the car arrives" and "clock" not in times[1].caption


def test_positions_are_unchanged_beside_clock_times():
    text = "At 2:27 the truck stops. At 4:41:09 p.m. by the camera's clock, the van leaves. At 3:10 it turns."
    found = extract_references(text)
    assert list(found.moments) == extract_moments(text)
    assert [m.start for m in found.moments] == [147.0, 190.0]
    assert [m.clock for m in found.clock_times] == ["16:41:09"]


@given(clock_times)
def test_clock_text_round_trips(clock):
    assert parse_clock(clock.text()) == clock


@pytest.mark.parametrize("bad", ["24:00", "7:05", "12:60:00", "2024-13-01T10:00", "10:00:00 ", "", 5, None,
                                 "10:00/24:00", "10:00/10:01:00", "10:00/"])
def test_bad_clock_text_is_refused(bad):
    with pytest.raises(TimeFormatError, match="not a"):
        parse_clock(bad)


def test_cli_lists_both_lists_and_keeps_the_plain_list(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("At 2:27 the truck stops. The timestamp reads 06:31:08 when the bus pulls away.", encoding="utf-8")
    runner = CliRunner()
    plain = json.loads(runner.invoke(main, ["extract", str(path), "--json"]).stdout)
    both = runner.invoke(main, ["extract", str(path), "--json", "--all"])
    assert both.exit_code == 0, both.output
    data = json.loads(both.stdout)
    assert data["moments"] == plain and [r["start"] for r in plain] == [147.0]
    [clock] = data["clock_times"]
    assert (clock["clock"], clock["time"], clock["precision"], clock["date"], clock["zone"]) == \
        ("06:31:08", "06:31:08", 1.0, None, None)
    table = runner.invoke(main, ["extract", str(path), "--all"]).stdout
    assert "06:31:08" in table and "the bus pulls away" in table


@pytest.mark.parametrize(("text", "duration", "clock", "start"), [
    # From BARE_CLOCK_MIN_HOURS on, a bare time with seconds is a clock when the length is unknown ...
    ("At 23:15:44 the lights in the lobby go out.", None, "23:15:44", None),
    ("at 05:00:00 the shutters rise and a cyclist passes.", None, "05:00:00", None),
    ("At 04:59:59 the shutters rise.", None, None, 17999.0),
    # ... and past the footage's length when it is known, whatever the hour.
    ("At 02:14:36 the lights go out.", 600.0, "02:14:36", None),
    ("At 02:14:36 the lights go out.", 9000.0, None, 8076.0),
    ("At 23:15:44 the streamer finally beats the boss.", 86000.0, None, 83744.0),
    # A footage word, "into" or brackets keep a position, however long the recording.
    ("At 6:12:40 into the stream he wins.", None, None, 22360.0),
    ("The bailiff interrupts at 5:02:11 in the recording.", None, None, 18131.0),
    ("The final ruling comes late in the day [5:48:02].", None, None, 20882.0),
])
def test_a_bare_time_with_seconds_the_footage_cannot_reach_is_a_clock_time(text, duration, clock, start):
    found = extract_references(text, duration)
    assert [m.start for m in found.moments] == ([start] if start is not None else [])
    assert [m.clock for m in found.clock_times] == ([clock] if clock else [])


@pytest.mark.parametrize(("text", "clock", "approximate", "quote"), [
    ("From 06:31:08 to 06:33:40 by the camera clock, the bus idles at the stop.", "06:31:08/06:33:40", False,
     "From 06:31:08 to 06:33:40"),
    ("The van idles between 4:52 and 4:58 p.m. outside the store.", "16:52/16:58", True,
     "between 4:52 and 4:58 p.m."),
    ("The lobby stayed dark from 23:15:44 to 23:17:02.", "23:15:44/23:17:02", False, "from 23:15:44 to 23:17:02"),
    ("On 2024-03-03 the timestamp reads 06:31:08 to 06:33:40 UTC while the bus waits.",
     "2024-03-03T06:31:08/06:33:40 UTC", False, "06:31:08 to 06:33:40 UTC"),
])
def test_clock_ranges_are_listed_with_their_end(text, clock, approximate, quote):
    found = extract_references(text)
    assert found.moments == ()
    [m] = found.clock_times
    assert (m.clock, m.approximate, m.quote, m.start, m.end) == (clock, approximate, quote, None, None)
    assert text[m.span[0]:m.span[1]] == m.quote
    assert parse_clock(m.clock).end is not None and m.quote not in m.caption


def test_cli_gives_a_clock_range_its_end_time(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("From 06:31:08 to 06:33:40 by the camera clock, the bus idles.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--json", "--all"])
    assert result.exit_code == 0, result.output
    [clock] = json.loads(result.stdout)["clock_times"]
    assert (clock["clock"], clock["time"], clock["end_time"]) == ("06:31:08/06:33:40", "06:31:08", "06:33:40")


# A thread's post headers as forums, comment systems and mail readers print them: when the post was written.
POST_STAMPS = [
    "Posted by kwonj on 22 Nov 2017, 10:32",  # the attack report's thread
    "Edited 11:07",
    "Reply #3 - 1:12 PM",
    # an edit's label with a colon or its number, the clock alone after it
    "Edit: 11:07",
    "EDIT 2: 23:40",
    "Updated 14:05",
    "**Edit:** 11:07 pm",
    "Update #2: 14:05.",
    # phpBB
    "Post by kwonj » Wed Nov 22, 2017 10:32 am",
    "by kwonj » Wed Nov 22, 2017 10:32 am",
    "Last edited by kwonj on Wed Nov 22, 2017 11:07 am, edited 1 time in total.",
    "kwonj wrote: ↑Wed Nov 22, 2017 10:32 am",
    "Posted: Wed Nov 22, 2017 10:32 am    Post subject: Re: JSA video",
    # vBulletin
    "22-11-2017, 10:32 AM   #2",
    "Old 11-22-2017, 10:32 AM #3",
    "11-22-2017, 10:32 AM\n#1",  # (a saved page: the post counter on a line of its own)
    "Last edited by kwonj; 22-11-2017 at 11:07 AM.",
    "Last edited by kwonj; 11-22-2017 at 11:07 AM. Reason: typo",
    # SMF
    "« Reply #3 on: November 22, 2017, 01:12:44 PM »",
    "Quote from: kwonj on November 22, 2017, 10:32:11 am",
    "« Last Edit: November 22, 2017, 11:07:02 am by kwonj »",
    "Re: JSA video « Reply #3 on: Today at 01:12:44 PM »",
    # Discourse, Reddit, Disqus, Hacker News exports
    "kwonj · Nov 22, 2017 10:32 am",
    "kwonj Nov 22, 2017 10:32 am #3",
    "u/kwonj • 22 Nov 2017, 10:32",
    "**kwonj** · 22 Nov 2017, 10:32",
    "Posted by u/kwonj on 2017-11-22 10:32:11 UTC",
    "kwonj — Wednesday, November 22, 2017 10:32 AM",
    "kwonj on 2017-11-22 10:32 | parent | next [–]",
    "kwonj\nNovember 22, 2017, 10:32am",  # (Discourse: the handle alone on the line above)
    "kwonj\n\nNov 22, 2017 at 10:32 AM",  # (a saved XenForo page: every block parted by a blank line)
    "siggi_r\n\nNov 22, 2017 at 10:40 AM",
    "#4 · 22 Nov 2017 10:32",
    # news and blog stamps, a mail's reply header
    "Updated 22 Nov 2017 11:07",
    "Posted 22 November 2017 - 10:32 AM",
    "On Wed, Nov 22, 2017 at 10:32 AM, Kwon J <kwonj@example.com> wrote:",
    "From: Kwon J <kwonj@example.com>\nSent: Wednesday, November 22, 2017 10:32 AM",
    "From: Kwon J <kwonj@example.com>\nDate: Wed, 22 Nov 2017 10:32:11 +0900\nSubject: Re: JSA",
    "> Posted by kwonj on 22 Nov 2017, 10:32",
]


@pytest.mark.parametrize("stamp", POST_STAMPS)
def test_a_posts_own_stamp_is_no_clock_time(stamp):
    text = f"Re: JSA defector video\n\n{stamp}\n\nWatch from 2:27, he jumps out and runs.\n"
    found = extract_references(text)
    assert found.clock_times == ()
    assert [(m.start, m.quote) for m in found.moments] == [(147.0, "2:27")]


def test_the_attack_reports_thread_keeps_its_positions_and_no_post_time():
    text = ("Re: JSA defector video - what happens at the truck?\n\nPosted by kwonj on 22 Nov 2017, 10:32\n\n"
            "Watch from 2:27, he jumps out and runs. The shots start around 2:40.\n\n"
            "Posted by mlee on 22 Nov 2017, 11:05\n\n> Watch from 2:27, he jumps out and runs.\n\n"
            "Yeah and at 3:05 you can see the soldier cross the line. Edited 11:07.\n\n"
            "Posted by anon on 22 Nov 2017, 13:45\nReply #3 - 1:12 PM\n\n"
            "The camera's clock reads 23:14:05 when the jeep arrives.\n")
    found = extract_references(text)
    assert [m.start for m in found.moments] == [147.0, 160.0, 147.0, 185.0]
    assert [m.clock for m in found.clock_times] == ["23:14:05"]  # a clock in the footage is still one


def test_an_editors_cut_points_under_an_edit_label_stay_positions():
    """"Edit: 2:27" with a one-digit hour and nothing after it reads as a cut in the footage, not a post's stamp."""
    found = extract_references("Cuts in the video:\nEdit: 2:27\nEdit: 3:05\n\nEdit: 2:40 - the shots start.\n")
    assert [m.start for m in found.moments] == [147.0, 185.0, 160.0] and found.clock_times == ()


@pytest.mark.parametrize(("text", "clock"), [
    ("Arrival — 13 Nov 2017, 15:11:04", "2017-11-13T15:11:04"),  # a log's line, no handle
    ("13 Nov 2017, 15:11:04 — the jeep arrives at the bridge.", "2017-11-13T15:11:04"),
    ("| 13 Nov 2017 | 15:11:04 | jeep #2 arrives |", "2017-11-13T15:11:04"),  # no post's number after the clock
    ("Posted by the UN Command, the footage shows the clock at 15:11:04.", "15:11:04"),
    ("Edited footage shows the van at 4:41:09 p.m.", "16:41:09"),
    ("On Nov 13, 2017 at 3:11 p.m. the defector crossed the line.", "2017-11-13T15:11"),  # no "wrote:"
    ("Date: 13 Nov 2017 15:11:04", "2017-11-13T15:11:04"),  # no mail header beside it
    ("Guards were posted from 2:00 to 4:00 p.m.", "14:00/16:00"),  # no handle: the guards' hours
    ("Budget GH₵ 3,200. Edit by Friday 12:00.", "12:00"),  # a deadline: a day is no editor's handle
    # past a sentence's end only a label opens a stamp: "The news said" is no quote's header
    ("**jbrandt** · Oct 22: Were you able to see the timestamp on the garage screen? The news said 22:31.", "22:31"),
])
def test_times_of_events_beside_stamp_words_stay_clock_times(text, clock):
    assert [m.clock for m in extract_references(text).clock_times] == [clock]


@pytest.mark.parametrize(("text", "clock", "quote", "caption"), [
    # Attack report 7 #30: the half of day glued on, British dots, "in the afternoon".
    ("The CCTV clock shows 11:59:50pm as he runs.", "23:59:50", "11:59:50pm", "he runs"),
    ("The CCTV clock shows 11:59:52p.m. as he falls.", "23:59:52", "11:59:52p.m.", "he falls"),
    ("The CCTV timestamp reads 2:27pm as the van arrives.", "14:27", "2:27pm", "the van arrives"),
    ("The CCTV timestamp reads 2.29 p.m. as the van turns.", "14:29", "2.29 p.m.", "the van turns"),
    ("At 2.27pm, according to the timestamp on the CCTV footage, the van arrives.", "14:27", "2.27pm",
     "the van arrives"),
    ("The camera clock reads 2:27:05 in the afternoon when the door opens.", "14:27:05",
     "2:27:05 in the afternoon", "the door opens"),
    ("The camera clock reads 9:10:05 at night when the door shuts.", "21:10:05", "9:10:05 at night", "the door shuts"),
    ("The camera clock reads 12:30:05 at night when the door shuts.", "00:30:05", "12:30:05 at night",
     "the door shuts"),
    # #8: the zones newsrooms write, kept in the clock and out of the caption.
    ("At 3:15 p.m. ET, according to the timestamp on the video, officers enter.", "15:15 ET", "3:15 p.m. ET",
     "officers enter"),
    ("The camera clock reads 3:19:10 p.m. PT as the crowd gathers.", "15:19:10 PT", "3:19:10 p.m. PT",
     "the crowd gathers"),
    ("The camera clock reads 15:22:10 (UTC+3) when the bus leaves.", "15:22:10 UTC+3", "15:22:10 (UTC+3)",
     "the bus leaves"),
    ("The camera clock reads 15:24:10 Moscow time when it stops.", "15:24:10 Moscow time", "15:24:10 Moscow time",
     "it stops"),
])
def test_glued_dotted_and_spoken_halves_of_day_and_newsroom_zones_are_read(text, clock, quote, caption):
    [m] = extract_references(text).clock_times
    assert (m.clock, m.quote, m.caption.rstrip(".")) == (clock, quote, caption)
    assert parse_clock(m.clock).text() == clock
    assert extract_moments(text) == []


@pytest.mark.parametrize(("text", "clock"), [
    # Attack report 7 #22: a date in figures is the clock time's date.
    ("On 13.11.2017 the camera clock reads 14:02:08 as he falls.", "2017-11-13T14:02:08"),
    ("On 13/11/2017 the camera clock reads 14:02:09 as the guards arrive.", "2017-11-13T14:02:09"),
    ("On 11/13/2017 the camera clock reads 14:02:10 as the jeep stops.", "2017-11-13T14:02:10"),
    ("On 2017/11/13 the camera clock reads 14:02:11 as the jeep stops.", "2017-11-13T14:02:11"),
    ("On 2017年11月13日 the camera clock reads 14:02:13 as it ends.", "2017-11-13T14:02:13"),
    # a date that reads as d/m/y and m/d/y alike names no day: the time keeps none
    ("On 03/04/2017 the camera clock reads 14:02:11 as the door opens.", "14:02:11"),
    ("On 31.02.2017 the camera clock reads 14:02:12 as the door opens.", "14:02:12"),
])
def test_a_date_in_figures_is_kept_with_the_clock_time(text, clock):
    [m] = extract_references(text).clock_times
    assert m.clock == clock


@pytest.mark.parametrize(("text", "clock"), [
    # Attack report 7 #11: ISO 8601's end of the day was neither a clock time nor a moment.
    ("The bodycam clock reads 24:00:00 as the shift ends.", "00:00:00"),
    ("On 13 November 2017 the bodycam clock reads 24:00:00 as the shift ends.", "2017-11-14T00:00:00"),
    ("The camera clock reads 23:59:50 as he runs.", "23:59:50"),
])
def test_the_end_of_a_day_is_the_next_days_midnight(text, clock):
    [m] = extract_references(text).clock_times
    assert m.clock == clock and m.quote in ("24:00:00", "23:59:50")
    assert extract_moments(text) == []
