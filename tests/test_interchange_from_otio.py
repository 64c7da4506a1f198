"""Editor files whose timeline names one clip's media as the footage: each
marker is read at its time in that media (through its clip, as OTIO's own
adapters and ``transformed_time_range`` map it), not at its sequence time;
a marker that cannot be mapped to the footage is said, never moved in silence."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import opentimelineio as otio
import pytest

from annotate import interchange
from annotate.errors import collected
from annotate.interchange.common import ExportWarning
from annotate.model import Footage, Timeline
from annotate.timeline import load, save

RT = otio.opentime.RationalTime
TR = otio.opentime.TimeRange


def _fcp7(media: Path, clips: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xmeml version="4"><sequence id="s"><name>trim</name>'
            "<rate><timebase>25</timebase><ntsc>FALSE</ntsc></rate><media><video><track>"
            + clips.replace("MEDIA", media.as_uri()) + "</track></video></media></sequence></xmeml>\n")


TRIMMED = ('<clipitem id="c1"><name>cam</name><rate><timebase>25</timebase><ntsc>FALSE</ntsc></rate>'
           "<start>0</start><end>250</end><in>250</in><out>500</out>"
           '<file id="f1"><name>compilation.mp4</name><pathurl>MEDIA</pathurl>'
           "<rate><timebase>25</timebase></rate><duration>6750</duration></file>"
           "<marker><name>at 15 s of the footage</name><in>375</in><out>-1</out></marker></clipitem>")


def _story(samples) -> Timeline:
    from annotate.timeline.build import from_article

    return from_article(samples.article.read_text(encoding="utf-8"), article=str(samples.article),
                        footage=Footage(path=str(samples.video), duration=samples.truth["video"]["duration"],
                                        fps=samples.fps)).placed()


def test_a_marker_on_a_trimmed_clip_is_at_its_media_time_as_otio_reads_it(samples, tmp_path):
    path = tmp_path / "trim.xml"
    path.write_text(_fcp7(samples.video, TRIMMED), encoding="utf-8")
    reference = next(iter(otio.adapters.read_from_file(str(path)).find_clips())).markers[0]
    notes: list[str] = []
    with collected(notes, ExportWarning):
        got = interchange.read(path)
    assert [(m.start, m.caption) for m in got.moments] == \
        [(reference.marked_range.start_time.to_seconds(), "at 15 s of the footage")]
    assert got.moments[0].start == 15.0 and got.footage is not None
    assert Path(got.footage.path or "") == samples.video and notes == []


@pytest.mark.parametrize("suffix", [".xml", ".fcpxml", ".edl", ".otio"])
def test_selects_come_back_at_their_footage_times(samples, tmp_path, suffix):
    """annotate's own selects, exported then imported (alone, and into the
    story timeline they came from): every moment where it was in the footage."""
    story = _story(samples)
    assert len(story.moments) >= 5
    # Ids that are not the m1, m2, ... an import numbers moments with in time order.
    story = story.with_moments(tuple(replace(m, id=f"x{len(story.moments) - i}") for i, m in enumerate(story.moments)))
    written = interchange.write(story, tmp_path / f"sel{suffix}", selects=True).path
    notes: list[str] = []
    with collected(notes, ExportWarning):
        back = interchange.read(written)
    frame = 1 / samples.fps
    by_time = sorted(story.moments, key=lambda m: m.effective_start)
    assert len(back.moments) == len(by_time)
    for got, was in zip(back.moments, by_time, strict=True):
        assert abs(got.start - was.effective_start) <= frame, (got, was)
    assert back.footage is not None and Path(back.footage.path or "") == samples.video
    if suffix != ".fcpxml":  # an FCPX marker carries no id
        assert [m.id for m in back.moments] == [m.id for m in by_time]
    assert not [n for n in notes if "sequence time" in n]
    # Into the story: nothing moves, no alignment is cleared.
    target = tmp_path / "story.yaml"
    save(story, target)
    with collected(notes := [], ExportWarning):
        interchange.import_into(written, target)
    assert not [n for n in notes if "moved" in n], notes
    again = load(target)
    for was in by_time:
        now = next(m for m in again.moments if m.id == was.id)
        assert abs(now.effective_start - was.effective_start) <= frame, (now, was)


def test_a_marker_off_the_footage_is_said_and_the_sequence_is_the_timeline(samples, tmp_path):
    """A second clip of another file: its marker cannot be a time of the
    footage, so every marker stays at its sequence time, no footage is named,
    and the warning names the marker."""
    other = TRIMMED.replace('"c1"', '"c2"').replace('"f1"', '"f2"').replace("compilation.mp4", "broadcast.mp4") \
        .replace("<start>0</start><end>250</end>", "<start>250</start><end>500</end>") \
        .replace("at 15 s of the footage", "on the other file")
    path = tmp_path / "two.xml"
    path.write_text(_fcp7(samples.video, TRIMMED + other.replace("MEDIA", samples.broadcast.as_uri())),
                    encoding="utf-8")
    notes: list[str] = []
    with collected(notes, ExportWarning):
        got = interchange.read(path)
    assert [(m.start, m.caption) for m in got.moments] == [(5.0, "at 15 s of the footage"),
                                                          (15.0, "on the other file")]
    assert got.footage is None
    assert len(notes) == 1 and "'on the other file'" in notes[0] and "sequence time" in notes[0]


def test_a_marker_on_the_track_is_mapped_through_the_clip_under_it(samples):
    """A marker on the track (not on a clip) at sequence 2 s, over a clip
    showing its media from 10 s: 12 s of the footage."""
    clip = otio.schema.Clip(name="cam", source_range=TR(RT(250, 25), RT(250, 25)),
                            media_reference=otio.schema.ExternalReference(
                                target_url=samples.video.as_uri(), available_range=TR(RT(0, 25), RT(6750, 25))))
    track = otio.schema.Track()
    track.append(clip)
    track.markers.append(otio.schema.Marker(name="on the track", marked_range=TR(RT(50, 25), RT(0, 25))))
    gap_marker = otio.schema.Marker(name="past the clip", marked_range=TR(RT(300, 25), RT(0, 25)))
    tl = otio.schema.Timeline()
    tl.tracks.append(track)
    got = interchange.loads(otio.adapters.write_to_string(tl, "otio_json"), "otio")
    assert [(m.start, m.caption) for m in got.moments] == [(12.0, "on the track")]
    assert got.footage is not None and got.footage.duration == 270.0
    track.markers.append(gap_marker)
    notes: list[str] = []
    with collected(notes, ExportWarning):
        got = interchange.loads(otio.adapters.write_to_string(tl, "otio_json"), "otio")
    assert [(m.start, m.caption) for m in got.moments] == [(2.0, "on the track"), (12.0, "past the clip")]
    assert got.footage is None and len(notes) == 1 and "'past the clip'" in notes[0]


def _nested(url: str, other: str) -> otio.schema.Timeline:
    """Two tracks (one trimmed), a gap, a transition, another file's clip, a
    trimmed stack nested in a track, three rates; a marker on each kind of item."""
    def clip(name: str, first: int, length: int, rate: float, media: str = url, start: int = 0) -> otio.schema.Clip:
        ref = otio.schema.ExternalReference(target_url=media, available_range=TR(RT(start, rate), RT(10**6, rate)))
        return otio.schema.Clip(name=name, media_reference=ref, source_range=TR(RT(first, rate), RT(length, rate)))

    def marked(item: Any, name: str, at: float, rate: float, length: float = 0) -> None:
        item.markers.append(otio.schema.Marker(name=name, marked_range=TR(RT(at, rate), RT(length, rate))))

    a, b, c = clip("a", 100, 50, 25), clip("b", 240, 96, 24, start=24), clip("c", 0, 30, 30000 / 1001, other)
    inner_track = otio.schema.Track(source_range=TR(RT(10, 25), RT(60, 25)))
    inner_track.extend([clip("d", 500, 40, 25), clip("e", 12, 48, 24)])
    nested = otio.schema.Stack(name="nested")
    nested.append(inner_track)
    first = otio.schema.Track()
    first.extend([a, otio.schema.Gap(source_range=TR(RT(0, 25), RT(20, 25))), b,
                  otio.schema.Transition(in_offset=RT(5, 24), out_offset=RT(5, 24)), c, nested])
    second = otio.schema.Track(source_range=TR(RT(30, 25), RT(200, 25)))
    second.extend([clip("f", 7, 300, 25, other)])
    for item, name, at, rate in [(a, "on a", 110, 25), (b, "on b", 250, 24), (c, "on c", 3, 30000 / 1001),
                                 (first[1], "on the gap", 5, 25), (first, "on the track", 80, 25),
                                 (inner_track[1], "on e, nested", 20, 24), (inner_track, "inner track", 55, 25),
                                 (nested, "on the stack", 3, 25), (second, "second track", 41, 25),
                                 (second[0], "on f", 100, 25)]:
        marked(item, name, at, rate, length=rate / 2 if "track" in name else 0)
    tl = otio.schema.Timeline()
    tl.tracks.extend([first, second])
    tl.tracks.markers.append(otio.schema.Marker(name="on top", marked_range=TR(RT(33, 25), RT(0, 25))))
    return tl


def _otio_per_marker(tl: otio.schema.Timeline, url: str | None) -> list[tuple[float, float | None, str]] | None:
    """Each marker placed by OTIO's own mapping, one call each (as place did
    before ToTop): its clip's media time, else through the first clip of
    ``url`` that shows it; None if one lies on none."""
    from annotate.interchange.from_otio import markers_of, media_url, seconds

    out = []
    for item, marker in markers_of(tl):
        rng, clip = marker.marked_range, item if isinstance(item, otio.schema.Clip) else None
        if url is None:
            rng = item.transformed_time_range(rng, tl.tracks)
        elif clip is None or media_url(clip) != url:
            top = item.transformed_time_range(rng, tl.tracks)
            clip = next((c for c in tl.find_clips() if media_url(c) == url
                         and c.transformed_time_range(c.trimmed_range(), tl.tracks).contains(top.start_time)), None)
            if clip is None:
                return None
            rng = tl.tracks.transformed_time_range(top, clip)
        if url is not None:
            rng = TR(rng.start_time - clip.media_reference.available_range.start_time, rng.duration)
        start, length = seconds(rng.start_time), seconds(rng.duration)
        out.append((start, round(start + length, 6) if length > 0 else None, marker.name))
    return sorted(out, key=lambda p: p[0])


def test_every_marker_is_where_otio_maps_it_one_by_one():
    """place maps each item's time once (ToTop, ClipsOf): the same places as
    OTIO's mapping asked per marker, in sequence time and in media time."""
    from annotate.interchange.from_otio import place

    url, other = "file:///cam.mp4", "file:///other.mp4"
    tl = _nested(url, other)
    expected = _otio_per_marker(tl, None)
    assert expected is not None and len(expected) == 11
    with collected(notes := [], ExportWarning):
        placed, mapped = place(tl, url=url)
    assert not mapped and len(notes) == 1 and "'on c'" in notes[0]  # another file's clip, a gap
    assert [(p.start, p.end, p.name) for p in placed] == expected
    # Every clip of the one file, and the markers left only where that file shows:
    for clip in tl.find_clips():
        clip.media_reference.target_url = url
    tl.tracks[0][1].markers.pop()
    expected = _otio_per_marker(tl, url)
    assert expected is not None and len(expected) == 10
    placed, mapped = place(tl, url=url)
    assert mapped and [(p.start, p.end, p.name) for p in placed] == expected


EDITORIAL = Path(__file__).parent / "data" / "third-party" / "editorial"


def test_a_nested_sequence_marker_repeated_on_its_clip_item_is_one_moment():
    """Premiere's ``empty_name_tags.xml`` (otio-fcp-adapter) holds a nested
    sequence's marker (frame 1009) on the sequence and again on the clip item
    holding it; OTIO's reader puts both on the nested stack, and two identical
    moments came of it, without a word, as of a clip's marker outside the part
    of its media the clip shows (the reference gives it on the clip only)."""
    path = EDITORIAL / "otio-fcp-adapter" / "empty_name_tags.xml"
    ref = otio.adapters.read_from_file(str(path), "fcp_xml")
    on_stack = [m for s in ref.find_children(descended_from_type=otio.schema.Stack) for m in s.markers]
    on_clips = [(c.name, m.marked_range.start_time.value) for c in ref.find_clips() for m in c.markers]
    assert len(on_stack) == 2 and on_stack[0].marked_range == on_stack[1].marked_range
    assert on_clips == [("mymovie.mov", 52)]
    said: list[str] = []
    with collected(said, ExportWarning):
        back = interchange.read(path)
    starts = [m.start for m in back.moments]
    assert len(starts) == len(set(starts)) == 2
    assert said == [
        f"{path}: marker '' at 42.0837 s of stack 'myshow' is given twice (a nested sequence's marker repeated on "
        "its clip item): read once",
        f"{path}: 1 marker(s) lie outside the part of its media their clip shows ('' of clip 'mymovie.mov' at "
        "2.16883 s, which shows 43.1688-48.5075 s): placed where that part would reach, where the clip is not shown"]



@pytest.mark.parametrize("event", ["AA   ", "AA/V "])
def test_one_edl_event_copied_onto_several_tracks_is_one_moment(tmp_path, event):
    """OpenTimelineIO's cmx_3600 reader puts an event on each of its tracks:
    ``multi_audio.edl``'s (otio-cmx3600-adapter) one sound event, ``AA`` with
    ``AUD 3``, on A1 and A2, an ``AA/V`` event on V, A1 and A2; each copy
    was a moment, identical to the others."""
    path = EDITORIAL / "otio-cmx3600-adapter" / "multi_audio.edl"
    if event.startswith("AA/V"):
        path = tmp_path / "aav.edl"
        path.write_text("TITLE: T\nFCM: NON-DROP FRAME\n\n001  AX       AA/V  C        00:00:00:00 00:00:05:00 "
                        "00:00:00:00 00:00:05:00\n* FROM CLIP NAME: AX\n", encoding="utf-8")
    ref = otio.adapters.read_from_file(str(path), "cmx_3600", rate=25)
    assert len(ref.find_clips()) == (3 if event.startswith("AA/V") else 2)
    back = interchange.read(path, fps=25)
    assert [(m.start, m.end, m.caption) for m in back.moments] == \
        [(0.0, 5.0 if event.startswith("AA/V") else 3415.88, "AX")]


def test_a_picture_on_two_tracks_of_an_otio_file_stays_two_moments():
    """effects.otio holds 'A_title.png' on two video tracks at the same time: the editor's own, kept."""
    back = interchange.read(EDITORIAL / "OpenTimelineIO" / "effects.otio")
    assert sum(1 for m in back.moments if m.caption == "A_title.png" and m.start == 0.0) == 2
