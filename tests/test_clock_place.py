"""Clock moments: the model and timeline file keep them unplaced, align places
them through a clock map (synthetic maps here; the samples' own map, read by
OCR, in the acceptance tests at the end), and every output leaves an
unplaced one out."""

from __future__ import annotations

import calendar
import json
import subprocess
import sys

import pysrt
import pytest

from annotate.align import align, report_rows
from annotate.clips.plan import plan_timeline, unplaced_notes
from annotate.clock.model import ClockMap, ClockSegment
from annotate.clock.place import cached_clock_map, first_showing, place
from annotate.clocktext import parse_clock
from annotate.errors import MediaWarning, TimelineError
from annotate.interchange import FORMATS, dumps
from annotate.model import Alignment, Footage, Moment, Timeline
from annotate.subtitles import dumps as subtitle_dumps
from annotate.timeline import dumps as timeline_dumps
from annotate.timeline import loads
from annotate.timeline.build import from_article
from tests import system
from tests.align_support import excerpt
from tests.browser import browser, chromium_page  # noqa: F401  (fixtures)

FPS = 25.0
DAY = calendar.timegm((2017, 11, 13, 0, 0, 0))


def _segment(start_frame: int, frames: int, clock: str, rate: float = 1.0, kind: str = "clock") -> ClockSegment:
    h, m, s = (float(x) for x in clock.split(":"))
    return ClockSegment(start=start_frame / FPS, end=(start_frame + frames) / FPS, first_frame=start_frame,
                        last_frame=start_frame + frames - 1, clock_seconds=DAY + h * 3600 + m * 60 + s,
                        rate=rate, region=(0, 0, 10, 10), fps=FPS, kind=kind)


def _map(*segments: ClockSegment) -> ClockMap:
    return ClockMap(path="x.mp4", fps=FPS, duration=600.0, segments=segments)


def _clock(text: str, ident: str = "c1") -> Moment:
    return Moment(start=None, clock=text, id=ident, caption=f"at {text}", approximate=parse_clock(text).precision > 1)


# -- the model and the file ---------------------------------------------------

def test_only_a_clock_moment_may_wait_without_a_start():
    with pytest.raises(TimelineError, match="needs a start"):
        Moment(start=None, id="m1")
    with pytest.raises(TimelineError, match="clock"):
        Moment(start=None, clock="25:00:00", id="c1")
    with pytest.raises(TimelineError, match="kind is 'unplaced'"):
        Alignment(None, "cut")
    assert not _clock("15:14:40").placed and Moment(start=3.0).placed


def test_timeline_file_keeps_start_null_and_the_clock():
    timeline = Timeline(moments=(Moment(start=41.0, id="m1", caption="a"), _clock("15:14:40"),
                                 _clock("2017-11-13T15:14 UTC", "c2")))
    text = timeline_dumps(timeline)
    assert "start: null" in text and "clock: 15:14:40" in text
    back = loads(text)
    assert back.moments == timeline.moments
    old = loads('schema_version: 1\nmoments:\n  - {start: "2:27", caption: x}\n')
    assert old.moments[0].clock == "" and old.moments[0].start == 147.0


def test_an_unplaced_moment_with_its_note_round_trips_through_the_file():
    m = place(_clock("16:02:10"), _map(_segment(0, 250, "15:02:11.4")))
    back = loads(timeline_dumps(Timeline(moments=(m,))))
    assert back.moments[0] == m and back.moments[0].alignment.kind == "unplaced"


def test_a_start_set_by_hand_places_an_unplaced_clock_moment():
    m = place(_clock("16:02:10"), _map(_segment(0, 250, "15:02:11.4")))
    text = timeline_dumps(Timeline(moments=(m,))).replace("start: null\n", 'start: "1:05"\n', 1)
    back = loads(text).moments[0]
    assert back.placed and back.effective_start == 65.0 and back.alignment.kind == "unplaced"


def test_a_timeline_from_an_article_gets_its_clock_times_after_its_positions():
    t = from_article("At 2:27 the truck stops. The timestamp reads 06:31:08 when the bus pulls away.")
    assert [(m.id, m.start, m.clock) for m in t.moments] == [("m1", 147.0, ""), ("c1", None, "06:31:08")]


# -- placing --------------------------------------------------------------------

def test_a_time_with_seconds_lands_on_the_first_frame_showing_it():
    seg = _segment(100, 1000, "15:14:21.2")
    placed = place(_clock("15:14:40"), _map(seg))
    # 18.8 s after the segment starts: frame 100 + 470.
    assert placed.start == pytest.approx((100 + 470) / FPS) and placed.alignment.kind == "clock"
    assert seg.shown_at_frame(570) == DAY + 15 * 3600 + 14 * 60 + 40
    assert seg.shown_at_frame(569) < seg.shown_at_frame(570)
    assert not placed.approximate


def test_a_time_to_the_minute_lands_on_the_first_frame_of_that_minute():
    seg = _segment(0, 3000, "15:13:50")
    placed = place(_clock("15:14"), _map(seg))
    assert placed.start == pytest.approx(10.0) and placed.approximate
    # The segment opens inside the minute: its first frame is the first to show it.
    later = place(_clock("15:14"), _map(_segment(50, 500, "15:14:21.2")))
    assert later.start == pytest.approx(2.0)


def test_a_time_no_segment_shows_stays_unplaced_with_where_the_clock_runs():
    moment = place(_clock("16:02:10"), _map(_segment(0, 250, "15:02:11.4"), _segment(500, 250, "15:52:17.1")))
    assert moment.start is None and not moment.placed
    note = moment.alignment.note
    assert "runs from 2017-11-13T15:02:11 to 2017-11-13T15:02:21" in note and "15:52:17" in note
    assert place(_clock("16:02:10"), _map()).alignment.note.endswith("no clock is shown in the footage")


def test_two_segments_showing_the_time_place_it_on_the_first_and_list_the_other():
    placed = place(_clock("15:14:40"), _map(_segment(0, 500, "15:14:30"), _segment(1000, 500, "15:14:35")))
    assert placed.start == pytest.approx(10.0)
    assert "also shown at 0:45.00" in placed.alignment.note


def test_an_article_date_settles_a_footage_date_that_reads_both_ways():
    """03/04/2017 on screen, guessed 3 April: an article's 'March 4, 2017' clock time was left unplaced."""
    seg = _segment(0, 500, "15:00:00")
    seg = ClockSegment(**{**seg.__dict__, "clock_seconds": calendar.timegm((2017, 4, 3, 15, 0, 0))})  # as guessed
    guessed = ClockMap(path="x.mp4", fps=FPS, duration=600.0, segments=(seg,), date_guessed=True)
    with pytest.warns(MediaWarning, match="c1: the footage's date reads as day/month or month/day: taken month "
                                          "first, as the article's 2017-03-04"):
        placed = place(_clock("2017-03-04T15:00:05"), guessed)
    assert placed.start == pytest.approx(5.0) and placed.alignment.kind == "clock"
    assert placed.alignment.note.startswith("clock 2017-03-04T15:00:05.000 first shown at frame 125")
    assert place(_clock("2017-04-03T15:00:05"), guessed).start == pytest.approx(5.0)  # the guess itself fits too
    known = ClockMap(path="x.mp4", fps=FPS, duration=600.0, segments=(seg,))  # the order was read, no guess
    assert place(_clock("2017-03-04T15:00:05"), known).start is None
    left = place(_clock("2017-03-05T15:00:05"), guessed)  # neither order fits: unplaced, the guess said
    assert left.start is None and left.alignment.note.endswith("(taken day first, a guess)")


def test_a_date_must_match_and_a_timecode_is_no_clock():
    seg = _segment(0, 500, "15:14:30")
    assert first_showing(seg, parse_clock("2017-11-13T15:14:40")) == pytest.approx(10.0)
    assert first_showing(seg, parse_clock("2017-11-14T15:14:40")) is None
    # beside a clock, a counter is no clock
    both = _map(_segment(0, 500, "00:00:00", kind="timecode"), _segment(500, 500, "15:14:30"))
    assert place(_clock("00:00:07"), both).start is None
    assert place(_clock("15:14:40"), both).start == pytest.approx(30.0)


def test_a_counter_from_midnight_is_the_clock_of_footage_that_shows_no_other():
    """Attack report 7 #29: a CCTV hour file's dateless clock starting at 00:00:00 reads as a timecode;
    the article's 00:00:07 was "not placed: no clock is shown in the footage"."""
    counter = _map(_segment(0, 500, "00:00:00", kind="timecode"))
    placed = place(_clock("00:00:07"), counter)
    assert placed.start == pytest.approx(7.0) and placed.alignment.kind == "clock"
    assert "its counter (read as a timecode) was taken as its clock" in placed.alignment.note
    left = place(_clock("15:14:40"), counter)
    assert left.start is None and "only a counter (read as a timecode)" in left.alignment.note
    assert "no clock is shown" not in left.alignment.note


@pytest.mark.parametrize("clock", ["2017-11-13T14:02:07 UTC", "2017-11-13T14:02:07 KST", "14:02:07 EST"])
def test_a_zone_the_article_gave_is_said_not_compared_when_placed(clock):
    """Attack report 7 #8: UTC, KST and EST all landed on one frame with score 1.0 and no word of the zone."""
    zone = clock.split()[-1]
    with pytest.warns(MediaWarning, match=rf"c1: the article's zone \({zone}\) was not compared: "
                                          "the footage's clock states none"):
        placed = place(_clock(clock), _map(_segment(0, 15000, "14:00:00")))
    assert placed.start == pytest.approx(127.0)
    assert placed.alignment.note.endswith(f"the article's zone ({zone}) was not compared: the footage's clock "
                                          "states none")


def test_a_stopped_clock_shows_its_one_second_from_its_first_frame():
    seg = _segment(200, 100, "15:14:40.5", rate=0.0)
    assert first_showing(seg, parse_clock("15:14:40")) == pytest.approx(8.0)
    assert first_showing(seg, parse_clock("15:14:41")) is None


# -- outputs leave unplaced moments out ---------------------------------------------

@pytest.fixture()
def mixed() -> Timeline:
    return Timeline(moments=(Moment(start=41.0, id="m1", caption="The truck stops"), _clock("16:02:10")))


def test_subtitles_leave_out_an_unplaced_clock_time(mixed):
    cues = pysrt.from_string(subtitle_dumps(mixed, "srt"))
    assert [c.text for c in cues] == ["The truck stops"]


def test_every_export_leaves_out_an_unplaced_clock_time():
    positions = tuple(Moment(start=t, id=f"m{i}", caption=f"Truck {i}") for i, t in enumerate((20.0, 60.0, 120.0), 1))
    unplaced = Moment(start=None, clock="16:02:10", id="c1", caption="Zebra crossing")
    timeline = Timeline(moments=(*positions, unplaced), footage=Footage(path="f.mp4", duration=300.0, fps=25.0))
    for name in FORMATS:
        text = dumps(timeline, name)
        assert "truck 3" in text.lower() and "zebra" not in text.lower(), name
    data = json.loads(dumps(timeline, "json"))
    assert [m["id"] for m in data["moments"]] == ["m1", "m2", "m3"]


def test_clips_leave_out_an_unplaced_clock_time_with_a_warning(mixed):
    plans, skipped = plan_timeline(mixed, label="t", folder="", footage_duration=100.0)
    assert [p.moment.id for p in plans] == ["m1"] and skipped == []
    assert unplaced_notes(mixed.moments) == ["moment c1: clock time 16:02:10 is not placed in the footage, "
                                             "so it has no clip (annotate align places it)"]


@pytest.mark.browser
def test_review_page_leaves_out_an_unplaced_clock_time_and_shows_a_placed_ones_reading(
        mixed, samples, tmp_path, chromium_page):  # noqa: F811
    from annotate.review import build

    placed = place(_clock("15:14:40", "c2"), _map(_segment(0, 500, "15:14:30")))
    timeline = mixed.with_moments([*mixed.moments, placed])
    index = build(timeline, tmp_path / "review", footage=samples.video, pictures=False)
    page = chromium_page
    page.goto(index.as_uri())
    page.wait_for_function("() => window.annotateReview && window.annotateReview.ready")
    cards = page.locator("#moments > li")
    assert cards.count() == 2
    texts = [cards.nth(i).inner_text() for i in range(2)]
    assert "16:02:10" not in " ".join(texts)
    # The clock moment shows the reading the article gave beside its footage time.
    assert "clock 15:14:40" in texts[1] and "0:10.00" in texts[1]
    assert page.errors == []


def test_align_json_lists_kind_clock_and_a_null_start(samples, tmp_path):
    timeline = Timeline(moments=(_clock("15:14:40"), _clock("16:02:10", "c2")))
    clocks = _map(_segment(3700, 950, "15:14:21.2"))
    aligned = align(timeline, samples.video, clock_map=clocks)
    rows = report_rows(aligned)
    assert [(r["kind"], r["clock"], r["evidence"]) for r in rows] == \
        [("clock", "15:14:40", "clock"), ("clock", "16:02:10", "unplaced")]
    assert rows[0]["start"] == pytest.approx(166.8) and rows[1]["start"] is None


# -- acceptance on the samples (the clock map read by OCR, once per session) ----------

@pytest.fixture(scope="session")
def sample_clock_map(samples) -> ClockMap:
    system.require(system.RAPIDOCR)
    return cached_clock_map(samples.video)


def test_sample_article_clock_times_are_placed_by_the_footage_clock(samples, sample_clock_map, tmp_path):
    timeline = from_article(samples.article.read_text(encoding="utf-8"))
    aligned = align(timeline, samples.video, clock_map=sample_clock_map)
    truth = samples.truth["article"]["clock_moments"]
    clocks = [m for m in aligned.moments if m.clock]
    assert [m.clock for m in clocks] == [t["clock"] for t in truth]
    frame = 1 / samples.fps
    for m, t in zip(clocks, truth):
        if t["true_start"] is None:
            assert m.start is None and "the footage's clock runs from" in m.alignment.note, m
        elif t["precision"] == 1.0:
            assert abs(m.start - t["true_start"]) <= frame + 1e-6, (m, t)
        else:
            # Within the stated minute: the frame it lands on shows that minute.
            seg = sample_clock_map.at(m.start + 1e-6)
            shown = seg.shown_at_frame(round(m.start * samples.fps)) - DAY
            wanted = parse_clock(t["clock"]).seconds
            assert wanted <= shown < wanted + 60 and m.approximate, (m, t)
    # The positions are aligned as before (not by the clock): the article's
    # stated times, two of them beside quoted speech.
    article = samples.truth["article"]
    positions = len(article["moments"]) + sum(q["stated_start"] is not None for q in article["speech"])
    assert [m.id for m in aligned.moments if not m.clock and m.start is not None] == \
        [f"m{i}" for i in range(1, positions + 1)]
    # The untimed quotes are moments of their own, waiting for their words to be found.
    assert [m.said for m in aligned.moments if m.said and m.start is None] == \
        [q["quote"] for q in article["speech"] if q["stated_start"] is None]


def test_cli_align_json_on_the_samples(samples, sample_clock_map, tmp_path):
    path = tmp_path / "t.yaml"
    subprocess.run([sys.executable, "-m", "annotate", "timeline", str(samples.article), "--footage",
                    str(samples.video), "-o", str(path)], check=True, capture_output=True)
    done = subprocess.run([sys.executable, "-m", "annotate", "align", str(path), "--json"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = {r["id"]: r for r in json.loads(done.stdout)}
    assert rows["c2"]["kind"] == "clock" and rows["c2"]["start"] == pytest.approx(166.8, abs=0.041)
    assert rows["c4"]["start"] is None and "c4" in done.stderr and "runs from" in done.stderr
    assert rows["m1"]["kind"] == "position"
    assert "start: null" in path.read_text(encoding="utf-8")


def test_the_strip_leaves_out_an_unplaced_clock_time_and_draws_a_placed_one(samples, tmp_path):
    import numpy as np
    from PIL import Image

    from annotate import strip
    from tests.align_support import excerpt

    short = excerpt(samples.video, tmp_path / "excerpt.mp4", 140, 12)
    base = Timeline(moments=(Moment(start=3.0, id="m1", caption="a"),))
    plain = np.asarray(Image.open(strip.strip(base, short, tmp_path / "a.png", width=800)))
    with_unplaced = base.with_moments([*base.moments, _clock("16:02:10")])
    same = np.asarray(Image.open(strip.strip(with_unplaced, short, tmp_path / "b.png", width=800)))
    assert np.array_equal(plain, same)
    placed = place(_clock("15:14:40", "c2"), _map(_segment(0, 300, "15:14:35")))
    more = Image.open(strip.strip(base.with_moments([*base.moments, placed]), short, tmp_path / "c.png", width=800))
    assert more.size[1] >= len(plain) and not np.array_equal(np.asarray(more)[: len(plain)], plain)


def test_a_render_preview_is_the_same_with_an_unplaced_clock_time(samples, tmp_path):
    import numpy as np
    from PIL import Image

    from annotate.render import render
    from tests.align_support import excerpt

    short = excerpt(samples.video, tmp_path / "excerpt.mp4", 140, 12)
    base = Timeline(moments=(Moment(start=3.0, id="m1", caption="The truck stops"),),
                    footage=Footage(path=str(short)))
    pictures = []
    for name, timeline in (("a", base), ("b", base.with_moments([*base.moments, _clock("16:02:10")]))):
        out = render(timeline, tmp_path / f"{name}.png", preview_at=4.0).out
        pictures.append(np.asarray(Image.open(out).convert("RGB")))
    assert np.array_equal(*pictures)


def test_a_clock_range_ends_where_the_clock_shows_its_end_or_where_its_camera_stops():
    # 15:02:11.4 at frame 0, 25 fps: 15:02:20 is first shown at (20 - 11.4) s = frame 215.
    clock_map = _map(_segment(0, 500, "15:02:11.4"))
    m = place(_clock("15:02:12/15:02:20"), clock_map)
    assert (m.start, m.end) == (pytest.approx(0.6), pytest.approx(8.6)) and "ends at" in m.alignment.note
    # The camera (20 s) stops before 15:02:40: the range ends with it, and the note says so.
    cut = place(_clock("15:02:12/15:02:40"), clock_map)
    assert cut.end == pytest.approx(20.0) and "stops at" in cut.alignment.note
    # A single time has no end.
    assert place(_clock("15:02:12"), clock_map).end is None


def test_a_clock_range_past_midnight_ends_on_the_next_day():
    # Dated, the end's date is the next day's (it was looked for on 2017-11-13 and the range ran to the camera's end).
    dated = place(_clock("2017-11-13T23:59:58/00:00:03"), _map(_segment(0, 500, "23:59:55")))
    undated = place(_clock("23:59:58/00:00:03"), _map(_segment(0, 500, "23:59:55")))
    assert (dated.start, dated.end) == (undated.start, undated.end) == (3.0, 8.0)


def test_a_clock_without_a_date_is_matched_by_its_time_of_day_and_written_without_one():
    # A time-only clock from 23:59:55 (counted from the midnight before it): no date is made up in any note.
    seg = ClockSegment(start=0.0, end=20.0, first_frame=0, last_frame=499, clock_seconds=23 * 3600 + 59 * 60 + 55,
                       rate=1.0, region=(0, 0, 10, 10), fps=FPS, dated=False)
    assert seg.clock == "23:59:55.000"
    m = place(_clock("23:59:58/00:00:03"), _map(seg))
    assert (m.start, m.end) == (3.0, 8.0) and m.alignment.note.startswith("clock 23:59:58.000 first shown")
    # The article's date cannot be checked against a clock that shows none: placed by the time, and said.
    dated = place(_clock("2017-11-13T23:59:58/00:00:03"), _map(seg))
    assert (dated.start, dated.end) == (3.0, 8.0) and "shows no date: 2017-11-13 not checked" in dated.alignment.note
    away = place(_clock("12:00:00"), _map(seg))
    assert not away.placed and "runs from 23:59:55 to 00:00:14" in away.alignment.note
    assert "1970" not in m.alignment.note + dated.alignment.note + away.alignment.note


def test_a_clock_range_ends_after_its_start_on_a_clock_that_runs_for_days():
    # A time-lapse from midnight, 10 clock minutes a second (24 s a frame), for 30 clock hours:
    # 00:30 is first shown at 3 s, but the range 23:30/00:30 ends at the next day's, 147 s.
    lapse = _map(_segment(0, 4500, "00:00:00", rate=600.0))
    m = place(_clock("23:30/00:30"), lapse)
    assert (m.start, m.end) == (141.0, 147.0) and "stops" not in m.alignment.note


def _clips_story(samples, tmp_path):
    from annotate.timeline import save

    path = tmp_path / "story.yaml"
    save(Timeline(title="Clock", footage=Footage(path=str(samples.video)),
                  moments=(Moment(id="m1", start=41.0, end=43.0, caption="placed"),
                           _clock("16:02:10", "c4"), _clock("16:05", "c5"))), path)
    return path


def test_clips_only_an_unplaced_clock_time_is_one_error_line_and_no_output(samples, tmp_path):
    from click.testing import CliRunner

    from annotate.cli import main

    story, out = _clips_story(samples, tmp_path), tmp_path / "clips"
    result = CliRunner().invoke(main, ["clips", str(story), "-o", str(out), "--mode", "copy", "--only", "c4,c5"])
    assert result.exit_code == 2, result.output
    assert [line for line in result.stderr.splitlines() if line.startswith("annotate:")] == [
        f"annotate: error: {story}: --only c4, c5 selects no clip: moment c4 (clock time 16:02:10), "
        "moment c5 (clock time 16:05) not placed in the footage yet (run annotate align, or annotate clock)"]
    assert not out.exists() or list(out.iterdir()) == []


def test_clips_of_a_timeline_with_only_unplaced_moments_is_the_same_one_error_line(samples, tmp_path):
    # Without --only, a timeline of clock times and quotes alone wrote nothing and exited 0.
    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.timeline import save

    story, out = tmp_path / "story.yaml", tmp_path / "clips"
    save(Timeline(title="Clock", footage=Footage(path=str(samples.video)),
                  moments=(_clock("16:02:10", "c4"), Moment(start=None, said="Hold your fire", id="q1"))), story)
    result = CliRunner().invoke(main, ["clips", str(story), "-o", str(out), "--mode", "copy"])
    assert result.exit_code == 2, result.output
    assert [line for line in result.stderr.splitlines() if line.startswith("annotate:")] == [
        f"annotate: error: {story}: no moment to cut: moment c4 (clock time 16:02:10), "
        "moment q1 (quote “Hold your fire”) not placed in the footage yet (run annotate align, or annotate clock)"]
    assert not out.exists() or list(out.iterdir()) == []
    # A second timeline with a placed moment is cut; the unplaced ones are warnings, as with --only.
    (tmp_path / "placed").mkdir()
    placed = _clips_story(samples, tmp_path / "placed")
    both = CliRunner().invoke(main, ["clips", str(story), str(placed), "-o", str(out), "--mode", "copy"])
    assert both.exit_code == 0, both.output
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["clips"][0]["moment_id"] == "m1"


def test_clips_only_with_one_placed_moment_cuts_it_and_warns_about_the_rest(samples, tmp_path):
    import json

    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.clips import media

    story, out = _clips_story(samples, tmp_path), tmp_path / "clips"
    result = CliRunner().invoke(main, ["clips", str(story), "-o", str(out), "--mode", "copy", "--only", "m1,c4"])
    assert result.exit_code == 0, result.output
    assert "moment c4: clock time 16:02:10 is not placed in the footage" in result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [c["moment_id"] for c in manifest["clips"]] == ["m1"]
    assert media.measure(out / manifest["clips"][0]["file"]).frames > 0


def test_align_progress_moves_while_the_footage_clock_is_read(samples, tmp_path, monkeypatch):
    """The bar counted whole moments: it sat at 0 % with no ETA through the
    OCR of the footage's clock (seconds on the samples, a minute on 30 minutes
    of footage), before the first moment was placed."""
    system.require(system.RAPIDOCR)
    monkeypatch.setenv("ANNOTATE_CACHE", str(tmp_path / "cache"))  # no clock map read before
    clip = excerpt(samples.video, tmp_path / "clock.mp4", 150.0, 20.0, width=640)
    timeline = Timeline(moments=(_clock("15:14:40"), Moment(id="m1", start=8.0, caption="after")))
    events: list[object] = []
    aligned = align(timeline, clip, on_progress=events.append, on_moment=lambda m: events.append(m.id))
    assert aligned.moments[0].alignment is not None and aligned.moments[0].alignment.kind == "clock"
    reads = events[: events.index("c1")]
    assert len({round(f, 3) for f in reads if isinstance(f, float) and f > 0}) >= 3, events
    fractions = [f for f in events if isinstance(f, float)]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0, events
