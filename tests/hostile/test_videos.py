"""Hostile use of the features of several videos, quoted speech and clock
times: ``--footage`` values no one meant, ``videos:`` lists edited by hand,
ids that would collide as file names, clock fields that name no real time.
Each ends in one ``annotate: error:`` line naming the file and the field (exit
2, no traceback), or in outputs that do not overwrite each other."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from annotate.errors import TimelineError
from annotate.model import Footage, Moment, Timeline
from annotate.timeline import loads, per_video
from annotate.validate import MAX_VIDEOS
from tests.hostile.test_inputs import _run, assert_one_error_line


def _two_videos(tmp_path: Path, ids: tuple[str, str], **extra: object) -> Path:
    data = {"schema_version": 2,
            "videos": [{"id": ids[0], "path": "a.mp4"}, {"id": ids[1], "path": "b.mp4"}],
            "moments": [{"id": "m1", "start": 1, "caption": "one", "footage": ids[0]},
                        {"id": "m2", "start": 2, "caption": "two", "footage": ids[1]}], **extra}
    path = tmp_path / "story.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


# --- ids that name files -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("ids", [("A", "a"), ("Rooftop", "ROOFTOP"), ("cam.1", "CAM.1")])
def test_ids_equal_but_for_case_are_refused_naming_file_and_field(tmp_path, ids):
    # out.A.srt and out.a.srt are one file on macOS and Windows disks.
    path = _two_videos(tmp_path, ids)
    result, elapsed = _run(["subtitles", path, "-o", tmp_path / "out.srt"])
    line = assert_one_error_line(result, elapsed, mentions="story.yaml, field 'videos'")
    assert repr(ids[0]) in line and repr(ids[1]) in line
    assert not list(tmp_path.glob("out*"))


def test_default_ids_are_unique_case_folded():
    tl = Timeline(videos=(Footage(path="/x/Clip.mp4"), Footage(path="/y/clip.mp4"), Footage(path="/z/CLIP.mov")))
    assert [v.id for v in tl.videos] == ["Clip", "clip-2", "CLIP-3"]
    named = Timeline(videos=(Footage(path="/x/a.mp4", id="A"), Footage(path="/y/a.mp4")))
    assert [v.id for v in named.videos] == ["A", "a-2"]


def test_per_video_outputs_of_look_alike_stems_are_distinct_files(tmp_path):
    # 'a b.mp4', 'a-b.mp4' and 'a_b.mp4': the first two make the same stem, so the second gets -2.
    tl = Timeline(moments=(Moment(id="m1", start=1.0, caption="x"),),
                  videos=(Footage(path="/v/a b.mp4"), Footage(path="/v/a-b.mp4"), Footage(path="/v/a_b.mp4")))
    targets = [target for _one, target in per_video(tl, tmp_path / "out.srt")]
    assert [t.name for t in targets] == ["out.a-b.srt", "out.a-b-2.srt", "out.a_b.srt"]
    assert len({t.name.casefold() for t in targets}) == len(targets)
    assert all(t.parent == tmp_path for t in targets)


# --- videos: lists edited by hand ----------------------------------------------------------------------------------

def test_too_many_videos_are_refused_at_once_in_a_short_line(tmp_path):
    data = {"schema_version": 2, "videos": [{"id": f"v{i}", "path": "a.mp4"} for i in range(20_000)],
            "moments": [{"id": "m1", "start": 1, "caption": "x", "footage": "v1"}]}
    path = tmp_path / "story.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    result, elapsed = _run(["subtitles", path, "-o", tmp_path / "out.srt"])
    line = assert_one_error_line(result, elapsed, mentions="story.yaml, field 'videos'")
    assert f"at most {MAX_VIDEOS}" in line and len(line) < 300, line
    assert not list(tmp_path.glob("out*"))
    # "At once": refusing costs about what reading the YAML costs, not a check
    # of every entry (it took 17 s). CPU time, so a loaded machine cannot fail it.
    text = path.read_text(encoding="utf-8")
    began = time.process_time()
    yaml.safe_load(text)
    reading = time.process_time() - began
    began = time.process_time()
    with pytest.raises(TimelineError):
        loads(text, origin="story.yaml")
    assert time.process_time() - began < 2 * reading + 0.5, (time.process_time() - began, reading)


def test_an_unknown_video_among_many_is_named_in_a_short_line(tmp_path):
    data = {"schema_version": 2, "videos": [{"id": f"v{i}", "path": "a.mp4"} for i in range(MAX_VIDEOS)],
            "moments": [{"id": "m1", "start": 1, "caption": "x", "footage": "nope"}]}
    with pytest.raises(TimelineError) as caught:
        loads(yaml.safe_dump(data), origin="story.yaml")
    message = str(caught.value)
    assert "moment m1, field 'footage'" in message and "'nope'" in message
    assert f"({MAX_VIDEOS} in all)" in message and len(message) < 400, message


# --- --footage values no one meant ---------------------------------------------------------------------------------

ARTICLE = "At 0:02 in the first video the truck stops. At 0:03 in the second video a man runs.\n"


@pytest.fixture()
def folder(tmp_path: Path, samples) -> Path:
    (tmp_path / "A.mp4").symlink_to(samples.video)
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("value", "mentions"), [
    ("../x=A.mp4", "a video id is"),             # the file is there: the name is what is wrong
    ("a b=A.mp4", "a video id is"),
    ("=A.mp4", "a video id is"),
    ("cam=", "names video 'cam' but no file"),
    ("cam=missing.mp4", "missing.mp4: no such file"),
    ("a=b=A.mp4", "b=A.mp4: no such file"),    # the first '=' ends the name
    ("dir", "is a directory"),
])
def test_odd_footage_values_end_in_one_line(folder, monkeypatch, value, mentions):
    (folder / "dir").mkdir()
    monkeypatch.chdir(folder)
    result, elapsed = _run(["timeline", "story.txt", "--footage", value, "-o", "story.yaml"])
    assert_one_error_line(result, elapsed, mentions=mentions)
    assert not (folder / "story.yaml").exists()


def test_a_file_whose_name_holds_an_equals_sign_is_a_path(folder, monkeypatch):
    (folder / "cam=A.mp4").symlink_to(folder / "A.mp4")
    monkeypatch.chdir(folder)
    result, _elapsed = _run(["timeline", "story.txt", "--footage", "cam=A.mp4", "--footage", "x=A.mp4",
                             "-o", "story.yaml"])
    assert result.exit_code == 0, result.output
    assert [v.id for v in loads((folder / "story.yaml").read_text(encoding="utf-8")).videos] == ["cam-A", "x"]


# --- clock times --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "clock"), [
    ("The footage runs from 23:58:10 to 00:02:30 by the camera clock.", "23:58:10/00:02:30"),  # past midnight
    ("The footage runs from 23:58 to 00:02 by the camera clock.", "23:58/00:02"),
    ("The footage runs from 06:31:08 to 06:31:08 by the camera clock.", "06:31:08"),  # ends where it starts
    ("On February 31, 2024, the camera clock shows 10:00:05 as the truck arrives.", "10:00:05"),  # no such day
    ("The video's timestamp reads 2024-02-31 10:00:05.", "10:00:05"),
    ("On February 29, 2024, the camera clock shows 10:00:05 as the truck arrives.", "2024-02-29T10:00:05"),
])
def test_odd_clock_ranges_and_dates_in_articles(text, clock):
    from annotate import extract_references

    found = extract_references(text)
    assert [m.clock for m in found.clock_times] == [clock]
    assert not found.moments, "no end of a clock range is a footage position"  # was 23:58:10 -> 86290 s


@pytest.mark.parametrize("text", ["The clip runs from 2:30 to 1:10.", "From 2:30 to 1:10 in the video he runs."])
def test_a_reversed_range_that_is_no_clock_reads_its_ends_alone(text):
    from annotate import extract_references

    found = extract_references(text)
    assert [m.start for m in found.moments] == [150.0, 70.0] and not found.clock_times


@pytest.mark.parametrize(("clock", "mentions"), [
    ("2024-02-31T10:00", "not a date: '2024-02-31'"),
    ("2023-02-29T10:00", "not a date: '2023-02-29'"),
    ("10:00:00/10:00:00", "it ends where it starts"),
    ("24:00:00", "not a time of day"),
    ("12:60", "not a time of day"),
    ("23:59/", "not a clock time"),
    ("{\\b1}10:00", "not a clock time"),
])
def test_a_hand_edited_clock_field_is_refused_naming_file_moment_and_field(tmp_path, clock, mentions):
    path = tmp_path / "story.yaml"
    path.write_text(yaml.safe_dump({"schema_version": 1, "moments": [{"id": "c1", "start": None, "clock": clock}]}),
                    encoding="utf-8")
    result, elapsed = _run(["subtitles", path, "-o", tmp_path / "out.srt"])
    line = assert_one_error_line(result, elapsed, mentions="story.yaml, moment c1, field 'clock'")
    assert mentions in line


def test_a_clock_range_past_midnight_round_trips():
    from annotate.clocktext import parse_clock

    clock = parse_clock("2024-03-03T23:58:10/00:02:30 UTC")
    assert (clock.seconds, clock.end, clock.date, clock.zone) == (86290.0, 150.0, "2024-03-03", "UTC")
    assert parse_clock(clock.text()) == clock


# --- quotes -------------------------------------------------------------------------------------------------------

def _cues(*texts: str) -> list:
    from annotate.subtitles.cues import Cue

    return [Cue(10.0 * i, 10.0 * i + 2.0, text) for i, text in enumerate(texts)]


@pytest.mark.parametrize("said", [
    "Ha\u200bnds wh\u200dere I can\u2060 see them",   # zero-width space, joiner, word joiner inside words
    "Han\u00adds where I can see them",              # a soft hyphen
    "\u202bHands where I can see \u200fthem\u202c",   # bidi embedding and marks
    "\ufeffHands where I can see them",
])
def test_invisible_characters_in_a_quote_do_not_hide_its_words(said):
    from annotate.speech.match import find, words

    assert words(said) == ["hands", "where", "i", "can", "see", "them"]
    [match] = find(said, _cues("They went out.", "Hands where I can see them!"))
    assert (match.start, match.score) == (10.0, 1.0)


@pytest.mark.parametrize(("alternatives", "mentions"), [
    ([{"footage": "A", "start": 3}], "gives video 'A' an alternative though the moment is on it"),
    ([{"footage": "B", "start": 3}, {"footage": "B", "start": 4}], "gives video 'B' an alternative twice"),
])
def test_hand_edited_alternatives_on_the_moments_own_video_or_twice_are_refused(tmp_path, alternatives, mentions):
    path = _two_videos(tmp_path, ("A", "B"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["moments"][0]["alternatives"] = alternatives
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    result, elapsed = _run(["subtitles", path, "-o", tmp_path / "out.srt"])
    line = assert_one_error_line(result, elapsed, mentions="story.yaml, moment m1, field 'alternatives'")
    assert mentions in line


def test_an_article_of_10000_quotes_is_read_in_linear_time():
    # Each quote looked its sentence up in a list of every sentence: 10 s CPU for this text, 0.3 s now.
    from annotate.moments.speech import find_quotes

    text = "\n\n".join(f'In the video, a man shouts "Get down {i} now".' for i in range(10_000))
    began = time.process_time()
    quotes = find_quotes(text)
    assert time.process_time() - began < 3.0
    assert len(quotes) == 10_000 and quotes[-1].said(text) == "Get down 9999 now"


# --- what reaches the terminal ---------------------------------------------------------------------------------------

TERMINAL_ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31m\x9b31m\r\x08"


def test_the_extract_table_shows_an_articles_quote_without_terminal_escapes(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(f'In the video, a man shouts "Get {TERMINAL_ESCAPES}down now".\n', encoding="utf-8")
    result, _elapsed = _run(["extract", article, "--all"])
    assert result.exit_code == 0, result.output
    said = [line for line in result.stdout.splitlines() if "Get" in line]
    assert len(said) == 1 and "down now" in said[0], result.stdout
    assert not any(ch in result.stdout for ch in "\x1b\x07\x9b\r\x08"), repr(result.stdout)


def test_error_lines_carry_no_terminal_escapes(tmp_path):
    # A file name is the user's text the error line quotes.
    missing = tmp_path / f"story{TERMINAL_ESCAPES}.yaml"
    result, elapsed = _run(["subtitles", missing, "-o", tmp_path / "out.srt"])
    line = assert_one_error_line(result, elapsed, mentions="story")
    assert "pwned" in line and not any(ch in result.stderr for ch in "\x1b\x07\x9b\r\x08"), repr(line)


def test_status_lines_and_bars_carry_no_terminal_escapes(samples, tmp_path):
    """"wrote FILE", a command's summary, each ``subtitles --check`` line and the progress bar name
    the user's files: they came out raw (a name holding ESC ] 0; retitled the terminal, a line
    break split the line), where error and warning lines were already cleaned."""
    article, footage = tmp_path / f"story{TERMINAL_ESCAPES}.txt", tmp_path / f"cam{TERMINAL_ESCAPES}.mp4"
    article.write_bytes(samples.article.read_bytes())
    footage.symlink_to(samples.video)
    story, subs = tmp_path / f"out{TERMINAL_ESCAPES}\n.yaml", tmp_path / f"subs{TERMINAL_ESCAPES}.srt"
    subs_too_fast = tmp_path / f"lint{TERMINAL_ESCAPES}.srt"
    subs_too_fast.write_text("1\n00:00:01,000 --> 00:00:01,100\nfar too much text for a tenth of a second\n")
    runs = [["timeline", article, "--footage", footage, "-o", story],
            ["shots", footage, "--start", "140", "--end", "150"], ["subtitles", story, "-o", subs],
            ["export", story, "-o", tmp_path / f"x{TERMINAL_ESCAPES}.csv"],
            ["subtitles", "--check", subs_too_fast]]
    for args in runs:
        result, _elapsed = _run(args)
        assert result.exit_code in (0, 1), (args, result.output)  # --check exits 1 for its violations
        assert not any(ch in result.output for ch in "\x1b\x07\x9b\x08"), (args, repr(result.output))
        status = [line for line in result.stderr.replace("\r", "\n").splitlines()
                  if line.strip() and not line.startswith("annotate: warning: ")]
        assert status and all("pwned" in line for line in status), (args, status)  # each names its file
    lint = result.stdout.splitlines()
    assert lint and all(line.startswith(f"{tmp_path}/lint]0;pwned") for line in lint), lint


@pytest.mark.parametrize("videos", ["[null, {id: A, path: a.mp4}]", "\n  - {id: A, path: a.mp4}\n  -", "[~]"])
def test_an_empty_entry_in_videos_is_refused_not_skipped(tmp_path, videos):
    path = tmp_path / "story.yaml"
    path.write_text(f"schema_version: 2\nvideos: {videos}\nmoments:\n  - {{id: m1, start: 1, caption: x}}\n",
                    encoding="utf-8")
    result, elapsed = _run(["subtitles", path, "-o", tmp_path / "out.srt"])
    assert_one_error_line(result, elapsed, mentions="field 'videos.")
    assert not list(tmp_path.glob("out*"))
