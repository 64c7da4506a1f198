"""Imports keep what the user gave: moment ids come back from every format
that can carry them (a warning on export says which cannot), a caption split
over cues is one moment again, and importing into an existing timeline keeps
each moment's evidence the file does not carry."""

from __future__ import annotations

import warnings
from dataclasses import replace

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings

from annotate import interchange
from annotate.cli import main
from annotate.errors import InputError
from annotate.interchange.common import ExportWarning
from annotate.model import Alignment, Footage, Moment, Timeline
from annotate.subtitles import SubtitleWarning, vtt
from annotate.timeline import load, save
from tests.strategies import moment_ids

IMPORTABLE = {"otio": ".otio", "edl": ".edl", "fcp-xml": ".xml", "fcpx": ".fcpxml", "csv": ".csv",
              "json": ".json", "srt": ".srt", "vtt": ".vtt", "ass": ".ass"}


def _timeline(ids: list[str]) -> Timeline:
    # Captions in capitals: all an EDL's locators keep (its export says so of any other).
    return Timeline(footage=Footage(path="/tmp/footage.mp4", duration=600.0, fps=25.0), moments=tuple(
        Moment(id=i, start=10.0 * n + 1, end=10.0 * n + 4, caption=f"CAPTION {n}") for n, i in enumerate(ids)))


def _round_trip(timeline: Timeline, fmt: str) -> tuple[list[str], list[str]]:
    """The ids read back after writing ``timeline`` as ``fmt``, and the export's warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = interchange.dumps(timeline, fmt)
    back = interchange.loads(text, fmt, origin=f"x{IMPORTABLE[fmt]}")
    return [m.id for m in back.moments], [str(w.message) for w in caught if issubclass(w.category, ExportWarning)]


def test_every_importable_format_is_in_the_id_round_trip():
    assert set(IMPORTABLE) == {n for n, m in interchange.FORMATS.items() if hasattr(m, "loads")}


@pytest.mark.parametrize("fmt", sorted(IMPORTABLE))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ids=moment_ids)
def test_custom_ids_come_back_or_the_export_says_they_cannot(fmt, ids):
    back, said = _round_trip(_timeline(ids), fmt)
    assert len(back) == len(ids)
    if back != ids:
        assert any("id" in w and "import" in w for w in said), (fmt, ids, back, said)
    else:
        assert not any("id" in w and "import" in w for w in said), said


@pytest.mark.parametrize("fmt", sorted(IMPORTABLE))
def test_ids_with_spaces_at_their_edges_come_back_or_the_export_says_they_cannot(fmt):
    # Attack report 8 #22 (web-platform-tests' webvtt ids.vtt): CSV and FCP 7 XML gave ' leading space' and
    # 'trailing space ' back stripped without a word; FCP XML's warning spoke of control characters.
    ids = [" leading space", "trailing space "]
    back, said = _round_trip(_timeline(ids), fmt)
    if fmt in ("csv", "fcp-xml", "otio", "json"):
        assert (back, [w for w in said if "id" in w and "import" in w]) == (ids, []), said
    elif back != ids:
        assert any("id" in w and "import" in w for w in said), (fmt, back, said)


@pytest.mark.parametrize("fmt", ["otio", "edl", "fcp-xml", "csv", "json", "vtt", "ass"])
def test_plain_and_hostile_ids_that_a_format_carries_come_back(fmt):
    ids = ["intro", "gate_2", "m7", "after.noon"] + ([] if fmt == "vtt" else ["a b", "x --> y", "c,d", "日本 \"q\""])
    back, said = _round_trip(_timeline(ids), fmt)
    assert back == ids and not said


@pytest.mark.parametrize("fmt", ["srt", "fcpx"])
def test_a_format_without_ids_numbers_them_and_the_export_says_so(fmt):
    back, said = _round_trip(_timeline(["intro", "gate"]), fmt)
    assert back == ["m1", "m2"]
    assert any("intro" in w and "m1" in w for w in said), said


def test_default_ids_in_a_format_without_ids_need_no_warning():
    assert _round_trip(_timeline(["m1", "m2"]), "srt") == (["m1", "m2"], [])


@pytest.mark.parametrize("fmt", ["vtt", "ass"])
def test_a_caption_split_over_cues_is_one_moment_again(fmt):
    long = " ".join(["a long caption that cannot fit in one cue"] * 6)
    timeline = Timeline(moments=(Moment(id="m1", start=1.0, caption="short"),
                                 Moment(id="gate", start=5.0, caption=long),
                                 Moment(id="m3", start=60.0, caption="after")))
    text = interchange.dumps(timeline, fmt)
    assert text.count("long caption") >= 2  # really split
    back = interchange.loads(text, fmt, origin="x")
    assert [m.id for m in back.moments] == ["m1", "gate", "m3"]
    gate = back.moments[1]
    assert gate.start == 5.0 and gate.end is not None and gate.end > 5.0
    assert " ".join(gate.caption.split()) == " ".join(long.split())


def test_a_vtt_from_another_tool_keeps_the_numbering_and_its_own_unique_identifiers():
    text = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\none\n\nm1\n00:00:03.000 --> 00:00:04.000\ntwo\n\n"
            "intro\n00:00:05.000 --> 00:00:06.000\nthree\n\nintro\n00:00:07.000 --> 00:00:08.000\nfour\n")
    back = interchange.loads(text, "vtt", origin="x.vtt")
    # a cue without identifier numbered by its place; a taken number is not given twice; a repeated
    # identifier that is not a part of a split (intro.2) is numbered.
    ids = [m.id for m in back.moments]
    assert ids[1:3] == ["m1", "intro"] and len(set(ids)) == 4 and ids[0] not in ("m1", "intro")
    assert [m.caption for m in back.moments] == ["one", "two", "three", "four"]


def test_a_split_part_that_does_not_follow_its_moment_stays_a_moment_of_its_own():
    text = ("WEBVTT\n\ngate\n00:00:01.000 --> 00:00:02.000\none\n\nother\n00:00:03.000 --> 00:00:04.000\ntwo\n\n"
            "gate.2\n00:00:05.000 --> 00:00:06.000\nthree\n")
    assert [m.id for m in interchange.loads(text, "vtt", origin="x").moments] == ["gate", "other", "gate.2"]


@pytest.mark.parametrize("first", ["scene", "1"])
def test_cues_of_another_tool_named_like_parts_stay_two_cues(first):
    """``scene`` then ``scene.2`` in a file annotate did not write are two cues (as browsers, vtt.js and
    webvtt-py read them): two moments with their own times and text, written back as the two cues."""
    text = (f"WEBVTT\n\n{first}\n00:01.000 --> 00:02.000\nFirst speaker\n\n"
            f"{first}.2\n00:05.000 --> 00:09.000\nSomething later\n")
    back = interchange.loads(text, "vtt", origin="s.vtt")
    assert [(m.id, m.start, m.end, m.caption, m.tags) for m in back.moments] == [
        (first, 1.0, 2.0, "First speaker", ("cue",)), (f"{first}.2", 5.0, 9.0, "Something later", ("cue",))]
    written = interchange.dumps(back, "vtt")
    cues = [(c.start, c.end, c.text, c.moment_id) for c in vtt.loads(written)]
    assert cues == [(1.0, 2.0, "First speaker", first), (5.0, 9.0, "Something later", f"{first}.2")]
    again = interchange.loads(written, "vtt", origin="back.vtt")
    assert [(m.id, m.start, m.end) for m in again.moments] == [(first, 1.0, 2.0), (f"{first}.2", 5.0, 9.0)]


@pytest.mark.parametrize("fmt", ["vtt", "ass"])
def test_an_id_that_would_read_back_as_the_next_part_of_a_split_caption_is_not_written_and_said(fmt):
    long = " ".join(["a long caption that cannot fit in one cue"] * 6)
    parts = len(interchange.dumps(Timeline(moments=(Moment(id="gate", start=5.0, caption=long),)), "vtt")
                .split("-->")) - 1
    assert parts > 1
    timeline = Timeline(moments=(Moment(id="gate", start=5.0, caption=long),
                                 Moment(id=f"gate.{parts + 1}", start=60.0, caption="after")))
    with pytest.warns(SubtitleWarning, match=rf"moment gate\.{parts + 1}: its id right after moment gate would read "
                                             "back as the next part"):
        text = interchange.dumps(timeline, fmt)
    back = interchange.loads(text, fmt, origin="x")
    assert [(m.id, m.start, m.caption) for m in back.moments][1:] == [("m2", 60.0, "after")]
    assert back.moments[0].id == "gate" and " ".join(back.moments[0].caption.split()) == " ".join(long.split())


def test_a_repeated_cue_identifier_is_renamed_with_a_warning_naming_its_line():
    text = "WEBVTT\n\ndup\n00:01.000 --> 00:02.000\nA\n\ndup\n00:03.000 --> 00:04.000\nB\n"
    with pytest.warns(SubtitleWarning, match=r"d\.vtt, line 8: cue identifier 'dup' was already used by the cue "
                                             r"at line 4; imported as moment m2"):
        back = interchange.loads(text, "vtt", origin="d.vtt")
    assert [m.id for m in back.moments] == ["dup", "m2"]


def test_a_repeated_identifier_is_refused_under_strict():
    text = "WEBVTT\n\ndup\n00:01.000 --> 00:02.000\nA\n\ndup\n00:03.000 --> 00:04.000\nB\n"
    with pytest.raises(InputError, match="cue identifier 'dup' was already used"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        interchange.loads(text, "vtt", origin="d.vtt", strict=True)



# The OTIO-based imports whose markers carry a moment id (FCPX numbers its markers: it carries none).
MARKER_IDS = ("otio", "edl", "fcp-xml")


def _copied_marker(fmt: str) -> str:
    """``fmt`` text of two markers, the second a copy an editor made: it carries the first one's id."""
    text = interchange.dumps(_timeline(["keep", "copied"]), fmt)
    assert text.count("copied") == 1
    return text.replace("copied", "keep")


@pytest.mark.parametrize("fmt", MARKER_IDS)
def test_a_repeated_marker_id_is_renamed_with_a_warning_naming_both_markers(fmt):
    text = _copied_marker(fmt)
    origin = f"d{IMPORTABLE[fmt]}"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        back = interchange.loads(text, fmt, origin=origin)
    assert [m.id for m in back.moments] == ["keep", "m2"]
    said = [str(w.message) for w in caught if issubclass(w.category, ExportWarning)]
    assert [s.lower() for s in said] == [f"{origin}: marker 'caption 1' at 11 s: id 'keep' was already used by the "
                                         "marker 'caption 0' at 1 s; imported as moment m2"]


@pytest.mark.parametrize("fmt", MARKER_IDS)
def test_a_repeated_marker_id_is_refused_under_strict(fmt, tmp_path):
    source = tmp_path / f"d{IMPORTABLE[fmt]}"
    source.write_text(_copied_marker(fmt), encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(source), "--strict", "-o", str(tmp_path / "t.yaml")])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("annotate: error")]
    assert len(lines) == 1 and "id 'keep' was already used by the marker" in lines[0]
    assert lines[0].endswith("imported as moment m2; an error under --strict")
    assert "Traceback" not in result.output and not (tmp_path / "t.yaml").exists()


# --- importing into an existing timeline keeps the evidence ------------------------------------------------

EVIDENCE = dict(quote="at 0:03 the gate opens", sentence="At 0:03 the gate opens.", window=(1.0, 6.0),
                notes="check with the agency", tags=("key",), said="open the gate")


def _story(samples, tmp_path) -> tuple[object, Timeline]:
    story = tmp_path / "timelines" / "story.yaml"
    runner = CliRunner()
    made = runner.invoke(main, ["timeline", str(samples.article), "--footage", str(samples.video), "-o", str(story)])
    assert made.exit_code == 0, made.output
    before = load(story)
    placed = [m for m in before.moments if m.placed]
    assert len(placed) >= 2
    first, second = placed[0], placed[1]
    aligned = first.start or 0.0
    evidenced = (replace(first, **EVIDENCE, alignment=Alignment(start=aligned + 0.4, kind="cut", score=0.9)),
                 replace(second, **EVIDENCE))
    swap = {m.id: m for m in evidenced}
    before = before.with_moments(tuple(swap.get(m.id, m) for m in before.moments))
    save(before, story)
    return story, load(story)


@pytest.mark.parametrize("fmt", sorted(IMPORTABLE))
def test_import_into_a_timeline_keeps_the_evidence_the_file_does_not_carry(samples, tmp_path, fmt):
    story, before = _story(samples, tmp_path)
    exported = tmp_path / f"edited{IMPORTABLE[fmt]}"
    runner = CliRunner()
    assert runner.invoke(main, ["export", str(story), "-o", str(exported)]).exit_code == 0
    result = runner.invoke(main, ["import", str(exported), "-o", str(story)])
    assert result.exit_code == 0, result.output
    after = {m.id: m for m in load(story).moments}
    for old in before.moments:
        new = after[old.id]
        for name in ("quote", "sentence", "window", "notes", "said", "tags"):
            assert getattr(new, name) == getattr(old, name), (fmt, old.id, name)
        if old.placed:  # nothing moved: the aligned time and its evidence stay
            assert new.alignment == old.alignment, (fmt, old.id)
            assert abs(new.effective_start - old.effective_start) < 0.021, (fmt, old.id)


@pytest.mark.parametrize("fmt", sorted(set(IMPORTABLE) - {"srt", "fcpx"}))  # (no ids: matched by time)
def test_a_moment_moved_in_the_file_keeps_its_evidence_but_not_its_alignment(samples, tmp_path, fmt):
    story, before = _story(samples, tmp_path)
    moved = next(m for m in before.moments if m.alignment is not None and m.quote == EVIDENCE["quote"])
    assert moved.alignment is not None and moved.start is not None
    # An editor drags the marker two seconds later (an aligned moment is shown at its aligned time).
    dragged = replace(moved, start=moved.start + 2.0, end=None if moved.end is None else moved.end + 2.0,
                      alignment=replace(moved.alignment, start=moved.effective_start + 2.0))
    shifted = before.with_moments(tuple(dragged if m.id == moved.id else m for m in before.moments))
    exported = tmp_path / f"edited{IMPORTABLE[fmt]}"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        interchange.write(shifted, exported)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        interchange.import_into(exported, story)
    after = {m.id: m for m in load(story).moments}[moved.id]
    assert after.alignment is None
    assert abs(after.effective_start - (moved.effective_start + 2.0)) < 0.021
    assert (after.quote, after.sentence, after.notes, after.said) == \
        (moved.quote, moved.sentence, moved.notes, moved.said)
    said = [str(w.message) for w in caught]
    assert any(moved.id in w and "alignment" in w for w in said), said


@pytest.mark.parametrize("fmt", ["json", "otio", "csv"])  # the formats that carry an alignment
def test_a_moment_set_by_hand_in_the_file_keeps_its_stated_time_and_manual_alignment(tmp_path, fmt):
    # The review page's download: the shown time set by hand (alignment kind manual), the stated time as it was.
    # It took the set time as the stated time and dropped the alignment, as if dragged in an editor.
    story = tmp_path / "story.yaml"
    before = Timeline(footage=Footage(path="clip.mp4", fps=25.0), moments=(
        Moment(id="a", start=10.0, end=12.0, caption="gate", alignment=Alignment(10.4, "cut", 3.0)),))
    save(before, story)
    manual = Alignment(start=10.52, kind="manual", score=1.0, note="set in the review page")
    edited = tmp_path / f"edited{IMPORTABLE[fmt]}"
    interchange.write(before.with_moments((replace(before.moments[0], alignment=manual),)), edited)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        interchange.import_into(edited, story)
    after = load(story).moments[0]
    assert (after.start, after.end) == (10.0, 12.0)
    assert after.alignment is not None and after.alignment.kind == "manual"
    assert (after.effective_start, after.effective_end) == (pytest.approx(10.52), pytest.approx(12.52))
    assert [str(w.message) for w in caught] == []


FULL = Moment(id="full", start=3.0, end=5.0, approximate=True, quote="the stated words", span=(4, 20),
              sentence="The sentence.", caption="A caption", window=(1.0, 8.0), notes="a note", tags=("key",),
              alignment=Alignment(start=3.0, kind="cut", score=0.9), highlight=(0.1, 0.1, 0.5, 0.5), color="BLUE",
              said="the words said", clock="15:14:40")


@pytest.mark.parametrize("fmt", sorted(IMPORTABLE))
def test_each_format_declares_the_moment_fields_it_carries(fmt):
    # CARRIES decides what an import into a timeline takes from the file: a field it names must come back
    # from the file, and a field that comes back as written must be named (else the import would drop it).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        back = interchange.loads(interchange.dumps(Timeline(moments=(FULL,)), fmt), fmt, origin="x").moments[0]
    carried = set(interchange.FORMATS[fmt].CARRIES)
    empty = Moment(start=0.0)
    for name in Moment.__dataclass_fields__:
        if name in ("id", "start", "footage", "alternatives") or (name == "end" and fmt in ("srt", "vtt", "ass")):
            continue  # (a cue's end is its range's, or a reading time for a point: merged() tells them apart)
        got, given = getattr(back, name), getattr(FULL, name)
        if name in carried:
            assert got != getattr(empty, name), (fmt, name)
        else:
            assert got != given, (fmt, name)


# --- SRT carries no ids: a caption our writer split over cues, imported into its timeline ------------------------

def _split_srt(samples, tmp_path):
    """The sample story exported as SRT (some of its captions split over two
    cues), read back with pysrt; with the timeline before."""
    import pysrt

    story, before = _story(samples, tmp_path)
    srt = tmp_path / "story.srt"
    exported = CliRunner().invoke(main, ["export", str(story), "-o", str(srt)])
    assert exported.exit_code == 0, exported.output
    cues = pysrt.open(str(srt), encoding="utf-8")
    assert len(cues) > len(before.placed().moments)  # really split
    return story, before, srt, cues


def test_a_caption_split_over_srt_cues_imports_into_its_timeline_as_the_one_moment_it_was(samples, tmp_path):
    # Each later part of a split caption came back as a moment of its own (16 moments became 22 in the demo),
    # and a split range whose cues end before it (7 s a cue at most) lost its alignment, "moved from 186 s to 186 s".
    story, before, srt, _ = _split_srt(samples, tmp_path)
    result = CliRunner().invoke(main, ["import", str(srt), "-o", str(story)])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    after = load(story)
    assert sorted(m.id for m in after.moments) == sorted(m.id for m in before.moments)
    assert {m.id: m for m in after.moments} == {m.id: m for m in before.moments}


def test_a_split_caption_edited_in_its_cues_comes_back_one_moment_or_its_cues_with_one_warning(samples, tmp_path):
    story, before, srt, cues = _split_srt(samples, tmp_path)
    # Two cues at 2 frames of each other make up one caption: the first split in the file.
    first = next(i for i in range(len(cues) - 1) if cues[i + 1].start.ordinal - cues[i].end.ordinal == 80)
    cues[first + 1].text = cues[first + 1].text.replace("\n", " ") + " (sic)"  # words fixed, times as written
    cues.save(str(srt), encoding="utf-8")
    runner = CliRunner()
    fixed = runner.invoke(main, ["import", str(srt), "-o", str(story)])
    assert fixed.exit_code == 0 and "warning" not in fixed.output, fixed.output
    after = {m.id: m for m in load(story).moments}
    assert len(after) == len(before.moments)
    edited = next(m for m in after.values() if m.caption.endswith("(sic)"))
    old = next(m for m in before.moments if m.id == edited.id)
    assert (edited.start, edited.end, edited.alignment, edited.quote) == (old.start, old.end, old.alignment, old.quote)
    # Dragged: its second cue no longer follows the first as written, so each cue is a moment, and one warning says so.
    cues[first + 1].shift(seconds=2)
    cues.save(str(srt), encoding="utf-8")
    moved = runner.invoke(main, ["import", str(srt), "-o", str(story)])
    assert moved.exit_code == 0, moved.output
    assert [line for line in moved.output.splitlines() if "warning" in line] == [
        f"annotate: warning: {srt}: cues {first + 1} and {first + 2} were written from the caption of moment "
        f"{edited.id}, split over 2 cues; they are not where annotate writes them (retimed, or written with other "
        "options), so each is imported as a moment of its own"]
    assert len(load(story).moments) == len(before.moments) + 1


def test_a_split_caption_retimed_whole_keeps_its_moment_with_its_new_time_and_a_warning(samples, tmp_path):
    """Both cues of a split caption moved by one second in a subtitle editor came back as two moments: the
    moment kept its first cue's words only and a new moment took the rest, with no warning. Now it is the one
    moment (its id, notes and sentence kept) at its new time, and the warning names the change; its first cue
    alone moved is imported as cues with the split warning, as a dragged second cue is."""
    story, before, srt, cues = _split_srt(samples, tmp_path)
    first = next(i for i in range(len(cues) - 1) if cues[i + 1].start.ordinal - cues[i].end.ordinal == 80)
    noted = tuple(replace(m, notes="mine") for m in before.moments)
    save(before.with_moments(noted), story)
    cues[first].shift(seconds=1)
    cues[first + 1].shift(seconds=1)
    cues.save(str(srt), encoding="utf-8")
    runner = CliRunner()
    moved = runner.invoke(main, ["import", str(srt), "-o", str(story)])
    assert moved.exit_code == 0, moved.output
    after = load(story)
    assert [m.id for m in after.moments] == [m.id for m in before.moments]
    changed = [(m, o) for m, o in zip(after.moments, noted, strict=True) if m.start != o.start]
    assert len(changed) == 1
    (m, old), = changed
    assert m.start == pytest.approx(old.effective_start + 1.0) and m.caption == old.caption
    assert (m.notes, m.sentence) == ("mine", old.sentence)
    warned = [line for line in moved.output.splitlines() if "warning" in line]
    assert any(f"changed, each keeping its id and your fields: {m.id} " in line for line in warned), moved.output
    assert not any("imported as a moment of its own" in line for line in warned), moved.output
    cues[first].shift(seconds=1)  # now its first cue alone moved on
    cues.save(str(srt), encoding="utf-8")
    alone = runner.invoke(main, ["import", str(srt), "-o", str(story)])
    assert f"cues {first + 1} and {first + 2} were written from the caption of moment {m.id}" in alone.output
    assert len(load(story).moments) == len(before.moments) + 1


def test_a_srt_file_imported_on_its_own_keeps_every_cue_as_pysrt_srt_and_pysubs2_read_it(samples, tmp_path):
    # Without a timeline to say which cues were one caption, a cue is what every reader and editor takes it for.
    import pysubs2
    import srt as cdown_srt

    _, _, srt, cues = _split_srt(samples, tmp_path)
    fresh = tmp_path / "fresh.yaml"
    assert CliRunner().invoke(main, ["import", str(srt), "-o", str(fresh)]).exit_code == 0
    moments = load(fresh).moments
    text = srt.read_text(encoding="utf-8")
    assert len(moments) == len(cues) == len(list(cdown_srt.parse(text))) == len(pysubs2.SSAFile.from_string(text))
    assert [m.caption for m in moments] == [c.text for c in cues]


def test_a_range_whose_end_alone_moved_in_a_srt_file_says_its_end_moved(tmp_path):
    # "moment r moved from 10 s to 10 s" named the start, which had not moved.
    import pysrt

    story, srt = tmp_path / "story.yaml", tmp_path / "story.srt"
    save(Timeline(footage=Footage(path=str(tmp_path / "v.mp4"), duration=60.0, fps=25.0), moments=(
        Moment(id="r", start=10.0, end=14.0, caption="Short", alignment=Alignment(start=10.0, kind="cut", score=0.9)),
    )), story)
    interchange.write(load(story), srt)
    cues = pysrt.open(str(srt), encoding="utf-8")
    cues[0].end.seconds += 1
    cues.save(str(srt), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        interchange.import_into(srt, story)
    assert [str(w.message) for w in caught] == [f"{srt}: moment r's end moved from 14 s to 15 s; its alignment "
                                                "(found at the old time) is cleared: annotate align finds it again"]
    assert (load(story).moments[0].end, load(story).moments[0].alignment) == (15.0, None)


def test_a_subtitle_export_of_a_bare_footage_path_stops_at_its_end_and_imports_back(samples, tmp_path):
    # `annotate subtitles` stopped the cues at the footage's end since round 4; `annotate export -o x.srt`
    # of the same timeline (a hand-written `footage: FILE`, no duration) still wrote a cue at 6:40 of 4:30.
    import pysrt

    story = tmp_path / "story.yaml"
    long = ("the guards reach the barrier, stop, and turn back toward the truck while a second burst of gunfire "
            "erupts from the far side of the line")
    save(Timeline(footage=Footage(path=str(samples.video)), moments=(
        Moment(41.0, id="m1", caption="Stop"), Moment(267.0, id="m2", caption=long),
        Moment(400.0, id="m3", caption="After the end"))), story)
    assert "duration" not in story.read_text(encoding="utf-8")
    srt = tmp_path / "story.srt"
    runner = CliRunner()
    made = runner.invoke(main, ["export", str(story), "-o", str(srt)])
    assert made.exit_code == 0, made.output
    assert "moment m3: starts at 6:40, after the footage ends (4:30); left out" in made.output
    cues = pysrt.open(str(srt), encoding="utf-8")
    assert cues[-1].end.ordinal <= 270_000 and "After the end" not in [c.text for c in cues]
    back = runner.invoke(main, ["import", str(srt), "-o", str(story)])
    # m3 is in no subtitle file, so the import that takes the file as the truth removes it, and says so
    warned = [line for line in back.output.splitlines() if "warning" in line]
    assert back.exit_code == 0 and len(warned) == 1 and warned[0].endswith("does not hold removed: m3"), back.output
    # m2, split over two cues cut short by the footage's end, is one moment again
    assert [c.text.replace("\n", " ") for c in cues][1:] != [long] and " ".join(
        c.text.replace("\n", " ") for c in cues[1:]) == long
    assert [m.id for m in load(story).moments] == ["m1", "m2"]


def test_an_import_says_which_placed_moments_it_removes_and_refuses_to_empty_a_timeline(tmp_path):
    story = tmp_path / "story.yaml"
    save(Timeline(moments=(Moment(1.0, id="m1", caption="One"), Moment(5.0, id="m2", caption="Two"),
                           Moment(None, id="q1", caption="Not placed yet", clock="06:31:08"))), story)
    runner = CliRunner()
    empty = tmp_path / "empty.srt"
    empty.write_bytes(b"")
    refused = runner.invoke(main, ["import", str(empty), "-o", str(story)])
    assert refused.exit_code == 2 and "holds no moments" in refused.output and "nothing written" in refused.output
    assert [m.id for m in load(story).moments] == ["m1", "m2", "q1"]  # untouched
    one = tmp_path / "one.srt"
    one.write_text("1\n00:00:01,000 --> 00:00:02,000\nOne\n", encoding="utf-8")
    kept = runner.invoke(main, ["import", str(one), "-o", str(story)])
    warned = [line for line in kept.output.splitlines() if "warning" in line]
    assert kept.exit_code == 0 and len(warned) == 1 and warned[0].endswith("does not hold removed: m2"), kept.output
    assert [m.id for m in load(story).moments] == ["m1", "q1"]  # a moment not placed yet is no export's to remove
    fresh = tmp_path / "fresh.yaml"
    assert runner.invoke(main, ["import", str(empty), "-o", str(fresh)]).exit_code == 0  # nothing to lose: as before
    assert load(fresh).moments == ()


@pytest.mark.parametrize("ext", ["srt", "vtt", "ass"])
def test_annotate_subtitles_says_which_ids_the_file_cannot_carry_as_export_does(tmp_path, ext):
    """Both commands write the same file: both say which ids it loses, each
    id quoted exactly (its runs of spaces kept), and the file read back gives
    those moments the ids the warning names."""
    path = tmp_path / "v.yaml"
    save(_timeline(["a --> b", "  spaced  ", "m3"]), path)
    runner = CliRunner()
    # (SubRip carries no id at all: `annotate subtitles` makes it to be shown, only `export` to be imported again)
    commands = [["export", str(path), "-o", str(tmp_path / f"e.{ext}")]]
    commands += [] if ext == "srt" else [["subtitles", str(path), "-o", str(tmp_path / f"s.{ext}")]]
    for command in commands:
        result = runner.invoke(main, command)
        assert result.exit_code == 0, result.output
        said = [line for line in result.stderr.splitlines() if "cannot carry" in line]
        assert len(said) == 1, (command, result.stderr)
        back = [m.id for m in interchange.read(tmp_path / command[-1].rsplit("/", 1)[-1]).moments]
        lost = [(old, new) for old, new in zip(["a --> b", "  spaced  ", "m3"], back, strict=True) if old != new]
        assert lost, back
        for old, new in lost:
            assert f"{old!r} as {new}" in said[0], said
        assert f"{'an' if ext in ('srt', 'ass') else 'a'} {ext.upper()} file cannot carry" in said[0], said


@pytest.mark.parametrize("fmt", sorted(IMPORTABLE))
def test_a_caption_whose_only_change_is_its_letter_case_is_imported(samples, tmp_path, fmt):
    # "the car stops" -> "The car stops" in an editor was read back as no change, and the timeline kept the old
    # caption without a word. Only an EDL, whose locators hold capitals alone, cannot tell a case-only edit.
    story, before = _story(samples, tmp_path)
    edited = next(m for m in before.moments if m.placed and m.caption[:1].islower())
    recased = edited.caption[0].upper() + edited.caption[1:]
    exported = tmp_path / f"edited{IMPORTABLE[fmt]}"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        interchange.write(before.with_moments(tuple(replace(m, caption=recased) if m.id == edited.id else m
                                                    for m in before.moments)), exported)
    result = CliRunner().invoke(main, ["import", str(exported), "-o", str(story)])
    assert result.exit_code == 0, result.output
    after = {m.id: m for m in load(story).moments}
    assert after[edited.id].caption == (edited.caption if fmt == "edl" else recased), fmt
    # The other captions, as the file holds them written in its own way (an EDL's capitals), stay as they were.
    assert {i: m.caption for i, m in after.items() if i != edited.id} == \
        {m.id: m.caption for m in before.moments if m.id != edited.id}


def test_a_srt_import_into_its_timeline_matches_each_cue_as_a_rerun_from_subtitles_does(tmp_path):
    # `import s.srt -o t.yaml` kept its own matcher (each cue took the id of a moment within half a frame of its
    # start): a cue retimed in a subtitle editor (0:12 -> 0:13) lost its moment's id, so the moment's notes and
    # article sentence were removed ('placed moment(s) ... removed: m2') and the cue came back as a new moment.
    # timeline/match.py's matcher, which `timeline --from-srt` uses, finds it by its text, says so in the same
    # words, and keeps its notes; a cue nobody touched keeps its alignment; a new cue is a new moment.
    story, srt = tmp_path / "t.yaml", tmp_path / "s.srt"
    save(Timeline(footage=Footage(path="f.mp4", fps=25.0, duration=60.0), moments=(
        Moment(id="m1", start=5.0, end=7.0, caption="the first scene", sentence="At 0:05 the first scene.",
               quote="0:05", alignment=Alignment(5.2, "cut", 3.0)),
        Moment(id="m2", start=12.0, end=14.0, caption="the second scene", sentence="At 0:12 the second scene.",
               quote="0:12", notes="frame 301"))), story)
    cue = "{}\n00:00:{:02d},{:03d} --> 00:00:{:02d},{:03d}\n{}\n"
    srt.write_text("\n".join([cue.format(1, 2, 0, 3, 0, "a new first"), cue.format(2, 5, 200, 7, 200,
                                                                                   "the first scene"),
                              cue.format(3, 13, 0, 15, 0, "the second scene")]), encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(srt), "-o", str(story)])
    assert result.exit_code == 0, result.output
    assert f"annotate: warning: {story}: 1 moment(s) found in {srt} changed, each keeping its id and your fields: " \
           "m2 by its sentence (its time 0:12 -> 0:13)" in result.stderr.splitlines(), result.stderr
    assert "removed" not in result.stderr, result.stderr
    after = load(story).moments
    assert [(m.id, m.effective_start, m.caption, m.notes, m.sentence) for m in after] == [
        ("m3", 2.0, "a new first", "", ""), ("m1", 5.2, "the first scene", "", "At 0:05 the first scene."),
        ("m2", 13.0, "the second scene", "frame 301", "At 0:12 the second scene.")]
    assert after[1].alignment == Alignment(5.2, "cut", 3.0)
