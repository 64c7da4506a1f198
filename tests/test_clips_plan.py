"""Clip planning: spans (padding, clamping, alignment), selection and safe, unique names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.clips import plan
from annotate.errors import InputError
from annotate.escape import MAX_FILENAME_BYTES
from annotate.model import Alignment, Moment, Timeline
from tests.strategies import caption_text


def test_point_gets_default_window_and_range_its_span():
    assert plan.clip_span(Moment(start=60), 600) == plan.Span(57, 67)
    assert plan.clip_span(Moment(start=60, end=75), 600) == plan.Span(60, 75)


def test_given_padding_applies_to_ranges_too():
    assert plan.clip_span(Moment(start=60, end=75), 600, (2, 4)) == plan.Span(58, 79)
    assert plan.clip_span(Moment(start=60), 600, (0, 1)) == plan.Span(60, 61)



def test_a_range_that_ends_where_it_starts_is_cut_as_a_point_with_a_note():
    """``start: 5, end: 5`` was cut as a 0.12 s clip (the shortest clip), where a point gets its padding and the
    subtitles show it as a point: it is a point's window now, and the note says why."""
    span = plan.clip_span(Moment(start=60, end=60), 600)
    assert (span.start, span.end) == (plan.clip_span(Moment(start=60), 600).start,
                                      plan.clip_span(Moment(start=60), 600).end) == (57, 67)
    assert span.notes == ("its end is its start: cut as a point",)

def test_aligned_moment_is_cut_where_the_footage_says():
    m = Moment(start=60, end=70, alignment=Alignment(start=62.5, kind="cut"))
    assert plan.clip_span(m, 600) == plan.Span(62.5, 72.5)


def test_clamped_at_both_ends_with_notes():
    early = plan.clip_span(Moment(start=1), 600)
    assert (early.start, early.end) == (0, 8) and "trimmed" in early.notes[0]
    late = plan.clip_span(Moment(start=590, end=650), 600)
    assert (late.start, late.end) == (590, 600) and "beyond the footage" in late.notes[0]


def test_moment_after_the_footage_is_skipped_with_a_reason():
    reason = plan.clip_span(Moment(start=700), 600)
    assert isinstance(reason, str) and "after the end of the footage" in reason and "10:00" in reason


def test_only_selects_by_id_or_tag_and_rejects_unknown():
    moments = [Moment(start=1, id="a"), Moment(start=2, id="b", tags=("fire",)), Moment(start=3, id="c")]
    assert plan.select(moments, None) == [0, 1, 2]
    assert plan.select(moments, ["a", "fire"]) == [0, 1]
    with pytest.raises(InputError, match="matches no moment"):
        plan.select(moments, ["nope"], where="t.yaml")


def test_one_unknown_name_among_good_ones_is_an_error_naming_it_and_the_nearest():
    """``--only m1,m2x`` cut m1 and said nothing of m2x. Now any name no moment has fails, naming each
    unknown one and the known name nearest to it."""
    moments = [Moment(start=1, id="m1"), Moment(start=2, id="truck", tags=("fire",))]
    with pytest.raises(InputError, match=r"--only m2x, trukc matches no moment id or tag; did you mean "
                                         r"trukc -> truck\? \(have: fire, m1, truck\)"):
        plan.select(moments, ["m1,m2x", "trukc"], where="t.yaml")
    with pytest.raises(InputError, match="fire2 matches no moment"):  # over all timelines of a run
        plan.check_names(moments, ["fire", "fire2"])
    plan.check_names(moments, ["m1", "fire"])


def test_a_value_that_is_an_id_is_taken_whole_else_split_at_commas():
    """An id holding a comma was cut at it (``--only 'a,b'`` cut moment a). A value that is itself an
    id or tag is taken whole; any other is split at its commas."""
    moments = [Moment(start=1, id="a"), Moment(start=2, id="b"), Moment(start=3, id="a,b")]
    assert plan.select(moments, ["a,b"]) == [2]
    assert plan.select(moments, ["a", "b"]) == [0, 1]
    assert plan.select(moments, ["b, a"]) == [0, 1]
    with pytest.raises(InputError, match="names no moment id or tag"):
        plan.select(moments, [","])


def test_same_caption_gets_distinct_names_and_a_warning():
    moments = [Moment(start=1, caption="Tank"), Moment(start=2, caption="tank"), Moment(start=3, caption="Tank!")]
    assert plan.clip_stems(moments) == ["01-tank", "02-tank-2", "03-tank-3"]
    assert "share the caption" in plan.duplicate_captions(moments)[0]


def test_hostile_captions_make_safe_names():
    moments = [Moment(start=1, caption="../../etc/passwd"), Moment(start=2, caption="/abs/path"),
               Moment(start=3, caption="CON"), Moment(start=4, caption=""), Moment(start=5, caption="Ärger in Köln")]
    stems = plan.clip_stems(moments)
    assert stems == ["01-etc-passwd", "02-abs-path", "03-moment-con", "04-moment", "05-ärger-in-köln"]


def test_numbers_widen_past_99():
    stems = plan.clip_stems([Moment(start=i) for i in range(120)])
    assert stems[0].startswith("001-") and stems[-1].startswith("120-")


def test_timeline_folders_are_distinct():
    assert plan.folder_names(["story"]) == [""]
    assert plan.folder_names(["story", "Story", "../x"]) == ["story", "story-2", "x"]


def test_plan_timeline_names_and_skips():
    t = Timeline(moments=(Moment(start=5, id="m1", caption="a"), Moment(start=999, id="m2", caption="b")))
    plans, skipped = plan.plan_timeline(t, label="t", folder="t", footage_duration=60)
    assert [p.name for p in plans] == ["t/01-a.mp4"]
    assert skipped[0].moment_id == "m2"


@settings(max_examples=200, deadline=None)
@given(st.lists(caption_text, min_size=1, max_size=12))
def test_names_are_always_safe_and_unique(captions):
    moments = [Moment(start=i, caption=c) for i, c in enumerate(captions)]
    stems = plan.clip_stems(moments)
    assert len({s.casefold() for s in stems}) == len(stems)
    for stem in stems:
        name = stem + plan.CLIP_EXTENSION
        assert "/" not in name and "\\" not in name and "\x00" not in name
        assert not name.startswith(".") and ".." not in stem
        assert unicodedata.normalize("NFC", name) == name
        # number, slug limit, "-N" suffix and extension stay far below 255 bytes
        assert len(name.encode()) <= MAX_FILENAME_BYTES + 30
        assert stem.split("-", 1)[1] not in {"con", "nul", "aux", "prn"}


def test_an_unplaced_quote_is_named_as_a_quote_not_as_a_clock_time():
    """`annotate clips` before `align` warned "moment q1: clock time  is not
    placed" for each quote of the article: a clock time it does not have."""
    said = "Stop the truck right there, and keep your hands where I can see them at all times\n!"
    moments = [Moment(start=None, said=said, id="q1", caption="An order"),
               Moment(start=None, clock="16:02:10", id="c1", caption="Lift-off"),
               Moment(start=3.0, id="m1", caption="Placed")]
    notes = plan.unplaced_notes(moments)
    assert notes == [
        "moment q1: quote “Stop the truck right there, and keep your hands where I can…” is not placed in "
        "the footage, so it has no clip (annotate align places it)",
        "moment c1: clock time 16:02:10 is not placed in the footage, so it has no clip (annotate align places it)",
    ]


def test_a_moment_in_the_footages_last_instants_gets_a_clip_ending_there(samples, tmp_path):
    """A moment at 269.99 s of the 270 s sample (inside its last frame) was refused as starting "at or
    after the end of the footage"; it now gets the clip ending at the footage's end, which shows it.
    A moment at or past the end is still refused."""
    import av
    import numpy as np
    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.probe import probe

    duration = probe(samples.video).duration
    edge = duration - 0.01
    assert plan.clip_span(Moment(start=edge), duration, (0, 0)) == plan.Span(duration - plan.MIN_CLIP_SECONDS,
                                                                             duration)
    assert isinstance(plan.clip_span(Moment(start=duration), duration), str)
    story = tmp_path / "story.yaml"
    story.write_text(f"footage: {samples.video}\nmoments:\n  - {{id: edge, start: {edge}, caption: Last}}\n"
                     f"  - {{id: past, start: {duration + 1}, caption: After}}\n", encoding="utf-8")
    out = tmp_path / "clips"
    result = CliRunner().invoke(main, ["clips", str(story), "-o", str(out), "--mode", "exact", "--pad", "0,0", "-q"])
    assert result.exit_code == 2, result.output  # the moment past the end fails; the edge one is cut
    assert [line.split(": ")[2] for line in result.stderr.splitlines() if "error" in line] == [
        "timeline story, moment past"]
    with av.open(str(out / "01-last.mp4")) as clip:
        frames = [f.to_ndarray(format="rgb24").astype(int) for f in clip.decode(video=0)]
    with av.open(str(samples.video)) as footage:
        footage.seek(int((duration - 1) / footage.streams.video[0].time_base), stream=footage.streams.video[0])
        last = [f.to_ndarray(format="rgb24").astype(int) for f in footage.decode(video=0)][-1]
    assert frames and np.abs(frames[-1] - last).mean() < 3  # its last frame is the footage's last
