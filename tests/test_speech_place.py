"""Quotes placed through the footage's text tracks, on real media made here:
a clip of the samples with a muxed subtitle stream (mov_text in MP4, ASS in
Matroska) and a clip with a WebVTT file beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate import ffmpeg
from annotate import timeline as tl
from annotate.align import align, align_moment
from annotate.cli import main
from annotate.model import Moment, Timeline
from annotate.speech import audio
from annotate.speech.place import place_said
from annotate.speech.tracks import SpeechWarning, read_tracks, sidecars

CLIP_SECONDS = 16
TOLERANCE_SECONDS = 0.5
# The words and when each cue shows them (cue 4 and 5 carry one sentence split in two).
SRT = """1
00:00:01,000 --> 00:00:03,000
Where are you going?

2
00:00:04,200 --> 00:00:06,800
OFFICER: Hands where I can see 'em!

3
00:00:07,000 --> 00:00:09,000
I said drop the gun, drop it now

4
00:00:10,500 --> 00:00:12,000
Get down

5
00:00:12,000 --> 00:00:13,600
on the ground, now!

6
00:00:14,000 --> 00:00:15,500
Drop the gun!
"""
VTT = "WEBVTT\n\n" + "\n".join(
    line.replace(",", ".") if "-->" in line else line for line in SRT.splitlines() if not line.isdigit()) + "\n"


@pytest.fixture(scope="module")
def media(samples, tmp_path_factory) -> dict[str, Path]:
    """Three copies of the first CLIP_SECONDS of the samples' footage: with a
    mov_text stream (MP4), an ASS stream (Matroska), and plain with a sidecar."""
    folder = tmp_path_factory.mktemp("speech")
    subs = folder / "words.srt"
    subs.write_text(SRT, encoding="utf-8")
    base = ["-i", samples.video, "-i", subs, "-t", str(CLIP_SECONDS), "-map", "0:v", "-map", "0:a",
            "-c:v", "copy", "-c:a", "copy"]
    out = {"mp4": folder / "muxed.mp4", "mkv": folder / "muxed.mkv", "plain": folder / "plain" / "footage.mp4"}
    ffmpeg.run([*base, "-map", "1", "-c:s", "mov_text", out["mp4"]])
    ffmpeg.run([*base, "-map", "1", "-c:s", "ass", out["mkv"]])
    out["plain"].parent.mkdir()
    ffmpeg.run(["-i", samples.video, "-t", str(CLIP_SECONDS), "-c", "copy", out["plain"]])
    (out["plain"].parent / "footage.en.vtt").write_text(VTT, encoding="utf-8")
    (out["plain"].parent / "other.srt").write_text(SRT.replace("Hands", "Feet"), encoding="utf-8")
    return out


@pytest.fixture
def heard(monkeypatch) -> list[tuple[str, tuple[float, float] | None]]:
    """The audio finder's calls (phrase, window); it finds nothing, so these tests see only the text tracks."""
    calls: list[tuple[str, tuple[float, float] | None]] = []

    def find_spoken(path, phrase, window=None, **_kw):
        calls.append((phrase, window))
        return None

    monkeypatch.setattr(audio, "find_spoken", find_spoken)
    return calls


def _placed(video: Path, *moments: Moment) -> dict[str, Moment]:
    aligned = align(Timeline(moments=moments), video)
    return {m.id: m for m in aligned.moments}


def _quote(ident: str, said: str, start: float | None = None, approximate: bool = False) -> Moment:
    return Moment(start=start, id=ident, said=said, approximate=approximate, caption=said)


@pytest.mark.parametrize("kind", ["mp4", "mkv", "plain"])
def test_every_kind_of_text_track_is_read(media, kind):
    [track] = read_tracks(media[kind])
    assert [c.start for c in track.cues] == [1.0, 4.2, 7.0, 10.5, 12.0, 14.0]
    assert "Hands where I can see 'em!" in track.cues[1].text
    assert track.source == ("footage.en.vtt" if kind == "plain" else track.source)


def test_sidecars_are_the_files_named_after_the_footage(media):
    assert [p.name for p in sidecars(media["plain"])] == ["footage.en.vtt"]


@pytest.mark.parametrize("kind", ["mp4", "mkv", "plain"])
def test_quotes_are_placed_from_the_text_track(media, heard, kind):
    placed = _placed(
        media[kind],
        _quote("begins-cue", "Hands where I can see them!"),
        _quote("two-cues", "Get down on the ground now!"),
        _quote("reworded", "Hands where I can see them, now"),
        _quote("inside", "drop the gun, drop it now"),
        _quote("absent", "They went out the back door"),
    )
    for ident, truth in (("begins-cue", 4.2), ("two-cues", 10.5), ("reworded", 4.2),
                         ("inside", 7.0 + 2.0 * 2 / 8)):
        a = placed[ident].alignment
        assert a is not None and a.kind == "subtitle" and a.start == pytest.approx(truth, abs=TOLERANCE_SECONDS), ident
        assert placed[ident].effective_start == a.start
    assert placed["begins-cue"].alignment.score == 1.0
    assert 0.7 <= placed["reworded"].alignment.score < 1.0
    assert "Hands where I can see 'em!" in placed["begins-cue"].alignment.note  # the evidence: the cue's text
    assert "Get down / on the ground, now!" in placed["two-cues"].alignment.note
    absent = placed["absent"]
    assert absent.alignment.kind == "unplaced" and absent.alignment.start is None and not absent.placed
    assert "not found in 1 text track" in absent.alignment.note
    assert heard == [("They went out the back door", None)]  # the sound is asked only when the text fails


def test_a_stated_time_picks_its_occurrence_and_narrows_the_sound_search(media, heard):
    placed = _placed(
        media["mp4"],
        _quote("late", "Drop the gun", start=14.0),
        _quote("early", "Drop the gun", start=7.0, approximate=True),
        _quote("absent", "They went out the back door", start=3.0),
    )
    assert placed["late"].alignment.start == pytest.approx(14.0)
    assert placed["early"].alignment.start == pytest.approx(7.5)
    assert "also at" in placed["late"].alignment.note
    absent = placed["absent"].alignment
    # Words not found: a timed quote is snapped like any stated time, and the note says the words were not found.
    expected = align_moment(_quote("absent", "They went out the back door", start=3.0), media["mp4"]).alignment
    assert (absent.kind, absent.start) == (expected.kind, expected.start)
    assert "words were not found" in absent.note and expected.note in absent.note
    assert heard == [("They went out the back door", (3.0, 4.0))]


def test_what_the_sound_finds_is_kind_speech(media, monkeypatch):
    def find_spoken(path, phrase, window=None, **_kw):
        return audio.SpokenMatch(5.25, 6.5, 0.82, (("they", 5.25, 5.5), ("went", 5.5, 5.8)))

    monkeypatch.setattr(audio, "find_spoken", find_spoken)
    [moment] = align(Timeline(moments=(_quote("q1", "They went out the back door"),)), media["mp4"]).moments
    assert (moment.alignment.kind, moment.alignment.start, moment.alignment.score) == ("speech", 5.25, 0.82)
    assert 'heard "they went"' in moment.alignment.note


def test_unplaced_quotes_are_left_out_of_outputs_and_placed_ones_kept(media, heard, tmp_path):
    from annotate import subtitles

    aligned = align(Timeline(moments=(_quote("q1", "Hands where I can see them!"),
                                      _quote("q2", "They went out the back door"))), media["mp4"])
    cues = subtitles.FORMATS["srt"].loads(subtitles.dumps(aligned, "srt"))
    assert len(cues) == 1 and cues[0].start == pytest.approx(4.2) and "Hands where" in cues[0].text


def test_cli_timeline_then_align_json(media, heard, tmp_path):
    article = tmp_path / "story.txt"
    article.write_text('In the bodycam video, a deputy yells "Hands where I can see them!" as the car stops.\n'
                       'At 0:10 a deputy can be heard ordering, "Get down on the ground now!"\n'
                       'A woman shouts "They went out the back door," but nobody listens.\n', encoding="utf-8")
    timeline_file = tmp_path / "story.yaml"
    runner = CliRunner()
    made = runner.invoke(main, ["timeline", str(article), "--footage", str(media["mp4"]), "-o", str(timeline_file)])
    assert made.exit_code == 0, made.output
    result = runner.invoke(main, ["align", str(timeline_file), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in json.loads(result.stdout[result.stdout.index("["):])}
    assert (rows["m1"]["said"], rows["m1"]["evidence"], rows["m1"]["stated_start"]) == (
        "Get down on the ground now!", "subtitle", 10.0)
    assert rows["m1"]["start"] == pytest.approx(10.5, abs=TOLERANCE_SECONDS)
    assert (rows["q1"]["said"], rows["q1"]["evidence"], rows["q1"]["score"]) == (
        "Hands where I can see them!", "subtitle", 1.0)
    assert rows["q1"]["start"] == pytest.approx(4.2, abs=TOLERANCE_SECONDS)
    assert (rows["q2"]["start"], rows["q2"]["evidence"]) == (None, "unplaced")
    saved = {m.id: m for m in tl.load(timeline_file).moments}
    assert saved["q1"].alignment.kind == "subtitle" and saved["q2"].start is None
    assert "moment q2" in result.stderr


def test_a_short_quote_is_placed_by_its_words_only_where_they_can_be_told_apart(media, heard):
    # "Drop the gun" is said at 7.0 s (cue 3) and at 14.0 s (cue 6); "Get down" once.
    placed = _placed(
        media["plain"],
        _quote("untimed-twice", "Drop the gun"),
        _quote("untimed-once", "Get down"),
        _quote("outside", "Get down", start=2.0),
        _quote("inside", "Drop the gun", start=14.0),
    )
    twice = placed["untimed-twice"].alignment
    assert (twice.kind, twice.start) == ("unplaced", None)
    assert "found in 2 places (0:07.50, 0:14.00)" in twice.note and "not found otherwise" in twice.note
    assert (placed["untimed-once"].alignment.kind, placed["untimed-once"].alignment.start) == ("subtitle", 10.5)
    outside = placed["outside"].alignment
    assert outside.kind != "subtitle" and "only outside the stated window (at 0:10.50)" in outside.note
    assert outside.start == align_moment(_quote("outside", "Get down", start=2.0), media["plain"]).alignment.start
    assert (placed["inside"].alignment.kind, placed["inside"].alignment.start) == ("subtitle", 14.0)
    assert heard == [("Drop the gun", None), ("Get down", (2.0, 3.0))]


def test_a_sidecar_read_by_a_guessed_encoding_says_so_and_malformed_ones_do_not_stop_the_others(media, tmp_path):
    footage = tmp_path / "clip.mp4"
    footage.symlink_to(media["plain"])
    (tmp_path / "clip.de.srt").write_bytes("1\r\n00:00:04,200 --> 00:00:06,800\r\nHände hoch, sofort!\r\n"
                                           .encode("cp1252"))
    (tmp_path / "clip.bin.srt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "clip.en.vtt").write_text(VTT, encoding="utf-8")
    (tmp_path / "clip.x.srt").write_text("1\n00:00:01,000 --> 00:00:02,000 --> 00:00:03,000\n\n\n-->\n{\\b1}\n",
                                         encoding="utf-8")
    with pytest.warns(SpeechWarning) as told:
        tracks = read_tracks(footage)
    messages = [str(w.message) for w in told]
    assert any(m.startswith("clip.de.srt: not UTF-8; read as ") and "a guess" in m for m in messages), messages
    assert any(m.startswith("clip.bin.srt: not read as subtitles") for m in messages), messages
    assert "clip.en.vtt" in [t.source for t in tracks]
    placed = place_said(_quote("q", "Hands where I can see them"), footage, tracks, has_audio=False).alignment
    assert (placed.kind, placed.start) == ("subtitle", 4.2)


def _pgs(times: tuple[float, ...]) -> bytes:
    """A minimal Blu-ray PGS subtitle stream (.sup): per display set a presentation
    composition with no objects, a window and an end segment. Enough for ffmpeg to
    mux it as a bitmap subtitle stream; there is no picture in it to read."""
    import struct

    def segment(pts: int, kind: int, payload: bytes) -> bytes:
        return b"PG" + struct.pack(">IIBH", pts, 0, kind, len(payload)) + payload

    out = b""
    for number, t in enumerate(times):
        pts = round(t * 90_000)  # PGS counts a 90 kHz clock
        out += segment(pts, 0x16, struct.pack(">HHBHBBBB", 854, 480, 0x10, number, 0x80, 0, 0, 0))
        out += segment(pts, 0x17, struct.pack(">BBHHHH", 1, 0, 0, 0, 10, 10))
        out += segment(pts, 0x80, b"")
    return out


def test_a_bitmap_subtitle_stream_is_skipped_with_a_warning_and_the_sidecar_still_read(media, tmp_path):
    sup = tmp_path / "bitmap.sup"
    sup.write_bytes(_pgs((1.0, 3.0)))
    footage = tmp_path / "clip.mkv"
    ffmpeg.run(["-i", media["plain"], "-i", sup, "-map", "0:v", "-map", "0:a", "-map", "1", "-c", "copy", footage])
    (tmp_path / "clip.en.vtt").write_text(VTT, encoding="utf-8")
    with pytest.warns(SpeechWarning, match=r"clip.mkv: stream 2 \(\w+\) is not text \(needs OCR\)"):
        tracks = read_tracks(footage)
    assert [t.source for t in tracks] == ["clip.en.vtt"]
    placed = place_said(_quote("q", "Hands where I can see them"), footage, tracks, has_audio=False).alignment
    assert (placed.kind, placed.start) == ("subtitle", 4.2)


def test_align_progress_moves_while_the_sound_is_searched_for_an_untimed_quote(media):
    """An untimed quote is searched in the whole soundtrack (a minute on a
    long file): the bar moves with the search, not only when the moment is done."""
    seen: list[float] = []
    moments = (_quote("q1", "Nobody crosses that line"), Moment(start=3.0, id="m1", caption="a stated time"))
    align(Timeline(moments=moments), media["plain"], on_progress=seen.append)
    assert seen and seen == sorted(seen) and seen[-1] == 1.0, seen
    assert any(0 < f < 0.5 for f in seen), seen  # inside the first of the two moments: the quote's search
