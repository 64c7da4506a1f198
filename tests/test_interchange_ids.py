"""Imports keep what the user gave: moment ids come back from every format
that can carry them (a warning on export says which cannot), a caption split
over cues is one moment again, and importing into an existing timeline keeps
each moment's evidence the file does not carry."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, given, settings

from annotate import interchange
from annotate.interchange.common import ExportWarning
from annotate.model import Footage, Moment, Timeline
from tests.strategies import moment_ids

IMPORTABLE = {"otio": ".otio", "edl": ".edl", "fcp-xml": ".xml", "fcpx": ".fcpxml", "csv": ".csv",
              "json": ".json", "srt": ".srt", "vtt": ".vtt", "ass": ".ass"}


def _timeline(ids: list[str]) -> Timeline:
    return Timeline(footage=Footage(path="/tmp/footage.mp4", duration=600.0, fps=25.0), moments=tuple(
        Moment(id=i, start=10.0 * n + 1, end=10.0 * n + 4, caption=f"Caption {n}") for n, i in enumerate(ids)))


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
