"""Timeline files: the minimal hand-written file, validation errors that say
where, and saving that keeps a person's edits."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.errors import AnnotateError, InputError, MediaWarning, TimelineError
from annotate.model import Alignment
from annotate.timeline import dumps, footage_path, load, loads, save
from annotate.timeline.build import from_article, guess_credit

MINIMAL = """\
schema_version: 1
footage: footage.mp4
moments:
  - start: "2:27"
    caption: The defector abandons the truck and runs for the border
  - {start: 161, end: 175, caption: Soldiers open fire}
"""


def test_minimal_hand_written_timeline_loads():
    t = loads(MINIMAL)
    assert [m.start for m in t.moments] == [147.0, 161.0]
    assert t.moments[1].end == 175.0
    assert [m.id for m in t.moments] == ["m1", "m2"]
    assert t.footage.path == "footage.mp4"


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        ("moments: [{start: -3}]", "field 'start'", "negative"),
        ("moments: [{start: 5, end: 2}]", "field 'end'", "before start"),
        ("moments: [{start: 1}, {id: x, start: 2, captoin: c}]", "moment x", "unknown field 'captoin'"),
        ("schema_version: 7\nmoments: []", "schema_version", "unsupported"),
        ("moments: [{caption: no time}]", "field 'start'", "required"),
        ("moments: {start: 1}", "field 'moments'", "list"),
        ("moments: [", "line", "not valid YAML"),
        ("moments: [{start: 1, approximate: maybe}]", "field 'approximate'", "true or false"),
        ("footage: {path: f.mp4, fps: -1}\nmoments: []", "footage.fps", "must be > 0"),
        ("moments: [{id: a, start: 1}, {id: a, start: 2}]", "moment a", "duplicate"),
        ("edit_rate: fast\nmoments: []", "field 'edit_rate'", "must be a number, not 'fast'"),
        ("edit_rate: .nan\nmoments: []", "field 'edit_rate'", "must be a finite number"),
        ("edit_rate: true\nmoments: []", "field 'edit_rate'", "must be a number, not True"),
        ("edit_rate: 0\nmoments: []", "field 'edit_rate'", "must be > 0"),
        ("moments: [{start: 1, color: [red]}]", "field 'color'", "expected text"),
        # a YAML set, binary or timestamp in a text field was its Python repr ("{'b', 'a'}", "b'hello'")
        ("moments: [{start: 1, caption: !!set {a, b}}]", "moment #1, field 'caption'", "expected text, got a set"),
        ("title: !!binary aGVsbG8=\nmoments: []", "field 'title'", "expected text, got binary data (!!binary)"),
        ("moments: [{start: 1, notes: !!timestamp 2017-11-13}]", "field 'notes'", "got a date (!!timestamp)"),
        # corners typed for [x, y, w, h]: the box used to be drawn running off the frame
        ("moments: [{start: 1, highlight: [0.5, 0.5, 0.9, 0.9]}]", "field 'highlight'",
         "reaches past the frame's right edge (x + w = 1.4; at most 1)"),
        ("moments: [{start: 1, highlight: [0, 0.75, 0.5, 0.5]}]", "field 'highlight'",
         "reaches past the frame's bottom edge (y + h = 1.25; at most 1)"),
        ("- just a list", "", "mapping"),
        ("", "", "empty"),
    ],
)
def test_errors_name_the_file_moment_and_field(text, where, what):
    with pytest.raises(TimelineError) as info:
        loads(text, origin="story.yaml")
    message = str(info.value)
    assert message.startswith("story.yaml")
    assert where in message and what in message
    assert "\n" not in message


def test_unsafe_yaml_tags_are_not_executed(tmp_path):
    text = "moments:\n  - start: !!python/object/apply:os.system ['touch pwned']\n"
    with pytest.raises(TimelineError):
        loads(text)
    assert not (tmp_path / "pwned").exists()


def test_alias_bomb_is_refused():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    lines.append("moments: [{start: 1, tags: *a8}]")
    with pytest.raises(TimelineError, match="expands to more than .* values .aliases"):
        loads("\n".join(lines))


def test_aliases_of_aliases_are_read_in_the_files_size_not_expanded():
    # 550 bytes naming 9^10 values: the tagging of text fields walked every alias's expansion (a hang), before the
    # copy's value budget could refuse the file (that is, this test then hangs).
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    lines.append("moments: [{start: 1, caption: c}]")
    with pytest.raises(TimelineError, match="expands to more than .* values .aliases"):
        loads("\n".join(lines))


def test_a_value_holding_itself_is_refused():
    with pytest.raises(TimelineError, match="holds a value inside itself"):
        loads("x: &a [1, *a]\nmoments: [{start: 1, caption: c}]\n")


@pytest.mark.parametrize(("text", "key", "line"), [
    ("moments:\n  - start: 5\n    caption: a\n    start: 7\n", "start", 4),
    ("title: a\nmoments: []\ntitle: b\n", "title", 3),
    ("moments: [{start: 5, tags: [a], tags: [b]}]\n", "tags", 1),
    ('footage: {path: a.mp4, "path": b.mp4}\nmoments: []\n', "path", 1),
])
def test_a_key_given_twice_is_refused_naming_it_and_its_line(text, key, line):
    # The safe loader would keep the last value without a word, and ruamel
    # refuses such a file on saving, which then lost every comment in it.
    with pytest.raises(TimelineError) as info:
        loads(text, origin="story.yaml")
    message = str(info.value)
    assert message.startswith("story.yaml") and f"repeats the key {key!r} at line {line}" in message


def test_the_same_key_in_different_mappings_and_a_merge_key_are_fine():
    t = loads("moments:\n  - {start: 1, caption: a}\n  - <<: {start: 2}\n    caption: b\n")
    assert [(m.start, m.caption) for m in t.moments] == [(1.0, "a"), (2.0, "b")]


def test_saving_over_a_file_with_a_repeated_key_leaves_it_untouched(tmp_path):
    path = tmp_path / "story.yaml"
    original = "# my notes\nmoments:\n  - start: 5\n    start: 7\n"
    path.write_text(original, encoding="utf-8")
    with pytest.raises(TimelineError, match="cannot update the file: it repeats the key 'start' at line 4"):
        save(loads("moments: [{start: 1}]"), path)
    assert path.read_text(encoding="utf-8") == original


def test_save_keeps_hand_edits_comments_and_order(tmp_path):
    path = tmp_path / "story.yaml"
    path.write_text(
        "# my notes about this story\n"
        "schema_version: 1\n"
        "footage: footage.mp4   # the UNC release\n"
        "moments:\n"
        "  - caption: The defector runs   # checked by hand\n"
        "    start: 147\n"
        "    x-reviewer: ana\n"
        "  - {start: 161, end: 175, caption: Soldiers open fire}\n",
        encoding="utf-8",
    )
    t = load(path)
    aligned = t.with_moments([t.moments[0].with_alignment(Alignment(148.0, "cut", 0.93)), t.moments[1]])
    save(aligned, path)
    text = path.read_text(encoding="utf-8")
    assert "# my notes about this story" in text and "# checked by hand" in text and "# the UNC release" in text
    assert "x-reviewer: ana" in text
    assert "start: 147\n" in text  # the user's spelling of an unchanged time is kept
    assert text.index("caption: The defector") < text.index("start: 147")  # field order kept
    assert "{start: 161, end: 175, caption: Soldiers open fire}" in text
    again = load(path)
    assert again.moments[0].alignment == Alignment(148.0, "cut", 0.93)
    assert again.moments[0].effective_start == 148.0
    assert "id:" not in text  # generated ids aren't forced into a hand-written file


def test_fresh_file_round_trips_and_quotes_clock_times(tmp_path):
    t = loads(MINIMAL)
    text = dumps(t)
    assert 'start: "2:27"' in text  # YAML 1.1 readers would take 2:27 for 147 in base 60
    assert loads(text).moments == t.moments
    save(t, tmp_path / "t.yaml")
    assert load(tmp_path / "t.yaml").moments == t.moments


def test_footage_path_resolves_against_the_timeline_folder(tmp_path):
    (tmp_path / "footage.mp4").write_bytes(b"x")
    (tmp_path / "t.yaml").write_text(MINIMAL, encoding="utf-8")
    assert footage_path(load(tmp_path / "t.yaml")) == tmp_path / "footage.mp4"
    with pytest.raises(InputError, match="footage not found"):
        footage_path(load(tmp_path / "t.yaml"), tmp_path / "missing.mp4")
    with pytest.raises(InputError, match="names no footage"):
        footage_path(loads("moments: []"))


@pytest.mark.parametrize("content", [b"\x00\x01binary", b"\xff\xfe\x00bad", b"moments: ["])
def test_load_rejects_unreadable_files(tmp_path, content):
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    with pytest.raises(TimelineError, match="bad.yaml"):
        load(path)


def test_load_missing_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file, expected a timeline"):
        load(tmp_path / "nope.yaml")
    with pytest.raises(InputError, match="directory"):
        load(tmp_path)


yaml_ish = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10_000) | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300)
@given(st.dictionaries(st.sampled_from(["schema_version", "title", "footage", "sources", "moments", "x"]),
                       yaml_ish, max_size=5))
def test_random_documents_give_a_timeline_or_a_clear_error(data):
    from annotate.timeline import from_data

    try:
        from_data(data, origin="fuzz.yaml")
    except AnnotateError as exc:
        assert str(exc).startswith("fuzz.yaml") and "\n" not in str(exc)


def test_from_article_numbers_moments_and_finds_the_credit():
    text = "Video: A headline\n\nUnited Nations Command via AP\n\nAt 1:12 the officer draws. At 2:41 he falls."
    t = from_article(text, article="story.txt")
    assert t.title == "A headline"  # the "Video:" rubric is not part of the title
    assert t.credit == "Footage: United Nations Command via AP"
    assert [m.id for m in t.moments] == [f"m{i + 1}" for i in range(len(t.moments))]


@pytest.mark.parametrize("line", ["He went via Rome.", "The clip spread via Telegram on Monday and was seen widely."])
def test_credit_is_not_found_in_ordinary_sentences(line):
    assert guess_credit(line) is None


def test_saving_twice_changes_nothing_and_keeps_quotes(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text('schema_version: 1\nmoments:\n  - start: "2:27"\n    caption: x\n'
                    "  - {start: 161, caption: y}\n", encoding="utf-8")
    save(load(path), path)
    once = path.read_text(encoding="utf-8")
    save(load(path), path)
    assert path.read_text(encoding="utf-8") == once
    assert 'start: "2:27"' in once


def test_saved_paths_stay_right_from_the_new_files_folder(tmp_path):
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "footage.mp4").write_bytes(b"x")
    fresh = loads(f"footage: {tmp_path / 'media' / 'footage.mp4'}\nmoments: [{{start: 1}}]")  # as commands build it
    save(fresh, tmp_path / "timelines" / "story.yaml")
    saved = load(tmp_path / "timelines" / "story.yaml")
    assert saved.footage.path == "../media/footage.mp4"  # the story folder can move as a whole
    assert footage_path(saved).resolve() == (tmp_path / "media" / "footage.mp4").resolve()
    save(saved, tmp_path / "elsewhere" / "deeper" / "copy.yaml")  # moved: rebased from its own folder
    moved = load(tmp_path / "elsewhere" / "deeper" / "copy.yaml")
    assert moved.footage.path == "../../media/footage.mp4"
    assert footage_path(moved).resolve() == (tmp_path / "media" / "footage.mp4").resolve()


def test_editor_fields_round_trip_through_the_file(tmp_path):
    """``edit_rate`` and a moment's ``color`` (from an imported editor file) survive save and load."""
    t = loads("edit_rate: 23.976\nmoments:\n  - {start: 1, color: blue}\n  - {start: 2}\n")
    assert t.edit_rate == 23.976 and [m.color for m in t.moments] == ["BLUE", ""]
    save(t, tmp_path / "t.yaml")
    text = (tmp_path / "t.yaml").read_text(encoding="utf-8")
    assert "edit_rate: 23.976" in text and "color: BLUE" in text and text.count("color") == 1
    back = load(tmp_path / "t.yaml")
    assert back.edit_rate == t.edit_rate and back.moments == t.moments


def test_old_field_names_load_and_are_written_under_the_new_ones(tmp_path):
    """Before one word per meaning, a moment's article words were ``stated``
    and a source's sentence ``quote``: such files load unchanged, and an
    update writes ``quote`` and ``excerpt`` where the old names stood."""
    path = tmp_path / "old.yaml"
    path.write_text(
        "schema_version: 1\n"
        "sources:\n  - {article: a.txt, quote: The whole sentence.}\n"
        "moments:\n"
        "  - id: m1\n"
        "    start: '2:27'\n"
        "    stated: roughly 2:27  # as printed\n"
        "    caption: He runs\n")
    timeline = load(path)
    assert timeline.moments[0].quote == "roughly 2:27"
    assert timeline.sources[0].excerpt == "The whole sentence."
    save(timeline, path)
    text = path.read_text()
    assert "stated" not in text  # the comment and the order stay:
    assert re.search(r"\n    quote: roughly 2:27 +# as printed\n    caption: He runs\n", text)
    assert "excerpt: The whole sentence." in text
    assert load(path) == timeline
    fresh = dumps(timeline)
    assert "quote: roughly 2:27" in fresh and "stated" not in fresh


def test_old_and_new_name_together_is_refused():
    text = "moments:\n  - {start: 1, stated: at 0:01, quote: at one second}\n"
    with pytest.raises(TimelineError, match="has both 'stated' \\(the old name\\) and 'quote'; keep only 'quote'"):
        loads(text, origin="t.yaml")


def test_a_quote_moment_round_trips_through_yaml_json_and_csv():
    from annotate import interchange
    from annotate.model import Moment, Timeline

    said = 'Hands where I can see them! "--> {\\an8}'
    timeline = Timeline(moments=(
        Moment(id="m1", start=5.0, said="Get down", caption="A deputy orders"),
        Moment(id="q1", start=None, said=said, caption="A deputy yells",
               alignment=Alignment(6.2, "subtitle", 0.93, "subtitle footage.srt, cue 2")),
        Moment(id="q2", start=None, said="They went out the back door",
               alignment=Alignment(None, "unplaced", 0.0, "not found")),
    ))
    back = loads(dumps(timeline))
    assert back.moments == timeline.moments
    assert "start: null" in dumps(timeline) and "said: They went out the back door" in dumps(timeline)
    json_back = interchange.loads(interchange.dumps(timeline, "json"), "json")
    assert [m.said for m in json_back.moments] == ["Get down", said]  # exports leave the unplaced quote out
    csv_rows = interchange.loads(interchange.dumps(timeline, "csv"), "csv").moments
    assert [m.said for m in csv_rows] == ["Get down", said]


def test_a_timeline_without_said_loads_unchanged_and_a_start_may_wait_only_for_a_clock_or_quote():
    from annotate.model import Moment

    old = loads("schema_version: 1\nmoments:\n  - {start: 4, caption: x}\n")
    assert old.moments[0].said == "" and old.moments[0].start == 4.0
    assert loads("moments:\n  - {start: null, said: Stop right there}\n").moments[0].placed is False
    with pytest.raises(TimelineError, match="start.*is required"):
        loads("moments:\n  - {start: null, caption: nothing to find}\n")
    with pytest.raises(TimelineError, match="clock time or a quote"):
        Moment(start=None, caption="nothing to find")
    with pytest.raises(TimelineError, match="no end"):
        loads("moments:\n  - {start: null, end: 4, said: Stop}\n")


# ---------------------------------------------------------------- several videos

VERSION_1 = """\
schema_version: 1
title: One video
footage:
  path: clips/A.mp4
  sha256: 00ff
  duration: 30.0
  fps: 25.0
  width: 640
  height: 360
  has_audio: true
moments:
  - id: m1
    start: "0:04"
    caption: The gate opens
"""


def two_videos():
    from annotate.model import Footage, Moment, Timeline

    return Timeline(
        title="Two angles",
        videos=(Footage(path="/v/rooftop.mp4", duration=30.0, fps=25.0), Footage(path="/v/B.mp4", id="street")),
        moments=(Moment(4.0, id="m1", caption="gate"), Moment(2.0, id="m2", footage="street", caption="car"),
                 Moment(9.0, id="m3", footage="rooftop")),
    )


def test_a_version_1_file_loads_unchanged_and_is_written_back_as_it_was():
    t = loads(VERSION_1)
    assert [v.id for v in t.videos] == ["A"] and t.footage is t.videos[0]
    assert t.footage.path == "clips/A.mp4" and t.footage.duration == 30.0
    assert [t.video_id(m) for m in t.moments] == ["A"]
    assert dumps(t, into=VERSION_1) == VERSION_1
    fresh = dumps(t)
    assert "schema_version: 1" in fresh and "videos" not in fresh and "id: A" not in fresh


def test_several_videos_are_written_as_version_2_and_read_back_equal():
    t = two_videos()
    text = dumps(t)
    assert "schema_version: 2" in text and "videos:" in text and "\nfootage:" not in text
    back = loads(text)
    assert back == t
    assert [back.video_id(m) for m in back.moments] == ["rooftop", "street", "rooftop"]


def test_a_named_single_video_keeps_its_name():
    from annotate.model import Footage, Timeline

    text = dumps(Timeline(footage=Footage(path="/v/A.mp4", id="rooftop")))
    assert "id: rooftop" in text and "schema_version: 1" in text
    assert loads(text).footage.id == "rooftop"


@pytest.mark.parametrize(("text", "words"), [
    ("footage: a.mp4\nvideos: [b.mp4, c.mp4]\nmoments: []\n", ["both 'footage' and 'videos'"]),
    ("videos: [a.mp4, b.mp4]\nmoments: [{start: 1, footage: c}]\n", ["moment m1", "field 'footage'", "'c'",
                                                                       "videos: a, b"]),
    ("videos: [{path: a.mp4, id: x}, {path: b.mp4, id: x}]\nmoments: []\n", ["two videos have the id 'x'"]),
    ("videos: [{path: a.mp4, id: 'no good'}]\nmoments: []\n", ["videos.1.id", "a video id"]),
    ("videos: a.mp4\nmoments: []\n", ["expected a list of videos"]),
    ("schema_version: 3\nmoments: []\n", ["newer annotate: upgrade"]),
    ("schema_version: true\nmoments: []\n", ["unsupported schema_version"]),
    ("moments: [{start: 1, footage: '../x'}]\n", ["field 'footage'", "a video id"]),
])
def test_bad_videos_fail_with_a_message_that_says_where(text, words):
    with pytest.raises(TimelineError) as info:
        loads(text, origin="story.yaml")
    message = str(info.value)
    assert "story.yaml" in message
    for word in words:
        assert word in message


def test_video_ids_default_to_the_stem_made_safe_and_unique():
    from annotate.model import Footage, Timeline

    t = Timeline(videos=(Footage(path="/a/A.mp4"), Footage(path="/b/A.mov"), Footage(path="/c/my clip!.mp4"),
                         Footage(url="https://example.com/v/Drone%20View.webm?t=3"), Footage(),
                         Footage(path="/d/..mp4")))
    assert [v.id for v in t.videos] == ["A", "A-2", "my-clip", "Drone-20View", "video", "video-2"]


def test_one_video_is_chosen_never_guessed():
    t = two_videos()
    with pytest.raises(InputError, match=r"render needs one video; this timeline has 2: pass --video ID "
                                         r"\(one of rooftop, street\)"):
        t.one_video(None, "render")
    with pytest.raises(InputError, match="pass --video ID"):
        _ = t.footage
    street = t.one_video("street", "render")
    assert [v.id for v in street.videos] == ["street"] and [m.id for m in street.moments] == ["m2"]
    assert street.footage.path == "/v/B.mp4"
    with pytest.raises(InputError, match=r"no video 'nope' in this timeline \(videos: rooftop, street\)"):
        t.one_video("nope", "render")


def test_setting_the_footage_replaces_one_video_and_keeps_the_moments():
    import dataclasses

    from annotate.model import Footage

    t = two_videos()
    moved = dataclasses.replace(t, footage=Footage(path="/elsewhere/copy.mp4"))
    assert [v.id for v in moved.videos] == ["rooftop", "street"] and moved.videos[0].path == "/elsewhere/copy.mp4"
    street = dataclasses.replace(t, footage=Footage(path="/w/street2.mp4", id="street"))
    assert street.videos[1].path == "/w/street2.mp4" and street.videos[0] == t.videos[0]
    one = t.for_video("street")
    swapped = dataclasses.replace(one, footage=Footage(path="/w/other.mp4"))
    assert [v.id for v in swapped.videos] == ["other"] and [swapped.video_id(m) for m in swapped.moments] == ["other"]
    assert dataclasses.replace(t, footage=None).videos == ()


def test_saving_rebases_every_video_path(tmp_path):
    t = two_videos()
    import dataclasses

    from annotate.model import Footage

    t = dataclasses.replace(t, videos=(Footage(path=str(tmp_path / "v" / "a.mp4"), id="a"),
                                       Footage(path=str(tmp_path / "v" / "b.mp4"), id="b")),
                            moments=tuple(dataclasses.replace(m, footage="") for m in t.moments))
    save(t, tmp_path / "story.yaml")
    back = load(tmp_path / "story.yaml")
    assert [v.path for v in back.videos] == ["v/a.mp4", "v/b.mp4"]
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "b.mp4").write_bytes(b"x")
    assert footage_path(back, video=back.video("b")) == tmp_path / "v" / "b.mp4"


def test_per_video_outputs_are_named_by_the_video():
    from annotate.timeline import output_for, per_video

    t = two_videos()
    assert [(one.videos[0].id, str(path)) for one, path in per_video(t, "out/story.srt")] == [
        ("rooftop", "out/story.rooftop.srt"), ("street", "out/story.street.srt")]
    assert [str(path) for _, path in per_video(t, "story.srt", "street")] == ["story.srt"]
    single = t.for_video("rooftop")
    assert [str(path) for _, path in per_video(single, "s.srt")] == ["s.srt"]
    assert str(output_for("a.b/x.tar.srt", "B")) == "a.b/x.tar.B.srt"


@pytest.mark.parametrize(("value", "expected"), [
    ("rooftop=A.mp4", ("rooftop", "A.mp4")),
    ("A.mp4", ("", "A.mp4")),
    ("https://www.youtube.com/watch?v=abc", ("", "https://www.youtube.com/watch?v=abc")),
    ("cam=https://youtu.be/abc?t=3", ("cam", "https://youtu.be/abc?t=3")),
    ("bad name=A.mp4", ("", "bad name=A.mp4")),  # no file A.mp4 here: the whole value is a path
])
def test_a_footage_value_may_name_its_video(value, expected):
    from annotate.timeline.make import footage_arg

    assert footage_arg(value) == expected


def test_a_footage_value_naming_a_video_but_no_file_is_refused():
    from annotate.errors import InputError
    from annotate.timeline.make import footage_arg

    with pytest.raises(InputError, match="names video 'x' but no file"):
        footage_arg("x=")


def test_a_file_whose_name_holds_an_equals_sign_is_a_path(tmp_path, monkeypatch):
    from annotate.timeline.make import footage_arg

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a=b.mp4").write_bytes(b"")
    assert footage_arg("a=b.mp4") == ("", "a=b.mp4")


def test_a_moment_past_the_end_of_its_footage_is_said_when_the_timeline_is_made(samples, tmp_path):
    """The wrong video (a 3 s excerpt for an article about the whole
    compilation) gave a timeline without a word; each output then left the
    moment out on its own. The timeline says it once, naming moment and video."""
    import warnings as w

    from annotate import ffmpeg
    from annotate.errors import MediaWarning
    from annotate.probe import probe, to_footage

    short = tmp_path / "excerpt.mp4"
    ffmpeg.run(["-i", str(samples.video), "-t", "3", "-c", "copy", str(short)])
    text = "At 0:02 the truck stops. At the 2:27 mark the driver runs."
    with w.catch_warnings(record=True) as caught:
        w.simplefilter("always")
        timeline = from_article(text, footage=to_footage(probe(short)))
    said = [str(c.message) for c in caught if issubclass(c.category, MediaWarning)]
    assert [m.start for m in timeline.moments] == [2.0, 147.0]  # both kept: the article is not changed
    assert len(said) == 1 and said[0].startswith("moment m2: the article places it at 2:27,")
    assert "excerpt.mp4 (0:03)" in said[0]
    with w.catch_warnings(record=True) as caught:
        w.simplefilter("always")
        from_article(text, footage=to_footage(probe(samples.video)))
    assert not [c for c in caught if issubclass(c.category, MediaWarning)]


def test_editor_timecode_in_a_timeline_counts_frames_at_the_footage_rate():
    """``"00:02:27:12"`` (frames, as an editor writes it) is read at the
    rate of the moment's video when the timeline states one, else at the
    article timecode rate (30 fps); a frame field past the rate is refused."""
    from annotate.timecode import ARTICLE_TIMECODE_FPS

    at_25 = loads("footage: {path: a.mp4, fps: 25}\nmoments:\n  - {id: m1, start: '00:02:27:12', end: '00:02:30:00'}\n")
    assert at_25.moments[0].start == pytest.approx(147 + 12 / 25) and at_25.moments[0].end == 150
    with pytest.warns(MediaWarning, match="30 fps"):  # a.mp4 is not here to read its rate
        unstated = loads("footage: a.mp4\nmoments:\n  - {id: m1, start: '00:02:27:12'}\n")
    assert unstated.moments[0].start == pytest.approx(147 + 12 / ARTICLE_TIMECODE_FPS)
    two = loads("videos:\n  - {id: A, path: a.mp4, fps: 25}\n  - {id: B, path: b.mp4, fps: 50}\nmoments:\n"
                "  - {id: m1, footage: B, start: '00:00:01:40', alternatives: [{footage: A, start: '00:00:01:20'}]}\n")
    assert two.moments[0].start == pytest.approx(1.8) and two.moments[0].alternatives[0].start == pytest.approx(1.8)
    with pytest.raises(TimelineError) as info:
        loads("footage: {path: a.mp4, fps: 25}\nmoments:\n  - {id: m1, start: '00:02:27:25'}\n")
    assert "00:02:27:25" in str(info.value) and "m1" in str(info.value)


HAND_WRITTEN_FRAMES = """footage: {footage}
moments:
  - {{id: a, start: "00:00:05:12", caption: two frames early}}
  - {{id: b, start: 2, end: "00:00:03:20", caption: range}}
  - {{id: c, start: "0:04", caption: no frames}}
"""


def test_editor_timecode_in_a_hand_written_timeline_counts_at_the_probed_footages_rate(tmp_path):
    """The README's minimal timeline (``footage: FILE``, no fps) with an
    editor's ``"00:00:05:12"`` read the frames at 30 fps (5.400 s) while
    every command then worked at the 25 fps footage (frame 12 is 5.480 s),
    silently. The footage is read for its rate, as the commands read it."""
    from annotate import ffmpeg

    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=d=7:r=25:s=160x120", "-c:v", "libx264", "-preset", "ultrafast",
                str(tmp_path / "b25.mp4")])
    path = tmp_path / "hw.yaml"
    path.write_text(HAND_WRITTEN_FRAMES.format(footage="b25.mp4"), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", MediaWarning)
        timeline = load(path)
    assert [(m.start, m.end) for m in timeline.moments] == [(5.48, None), (2.0, 3.8), (4.0, None)]


def test_editor_timecode_whose_footage_cannot_be_read_says_it_counts_at_30_fps(tmp_path):
    path = tmp_path / "hw.yaml"
    path.write_text(HAND_WRITTEN_FRAMES.format(footage="elsewhere.mp4"), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        timeline = load(path)
    assert [(m.start, m.end) for m in timeline.moments] == [(5.4, None), (2.0, 2 + 1 + 20 / 30), (4.0, None)]
    said = [str(w.message) for w in caught if issubclass(w.category, MediaWarning)]
    assert len(said) == 1, said
    assert str(path) in said[0] and "a, b" in said[0] and "30 fps" in said[0] and "elsewhere.mp4" in said[0]
    assert "c" not in said[0].split("moment(s) ")[1].split(":")[0]


def test_a_timeline_is_never_written_over_a_file_that_is_not_one(samples, tmp_path):
    """``timeline story.txt -o story.txt``, ``-o`` a video, a config file or a broken timeline, and
    ``import subs.srt -o subs.srt`` (or an exported ``story.json``) used to replace the file whole with
    YAML. Saving merges into a timeline (or an empty file) and refuses anything else, or the file the
    command reads, in one line; the file stays as it was."""
    import shutil

    from click.testing import CliRunner

    from annotate.cli import main

    article, video = tmp_path / "story.txt", tmp_path / "footage.mp4"
    shutil.copyfile(samples.article, article)
    shutil.copyfile(samples.video, video)
    config, broken, subs = tmp_path / "compose.yaml", tmp_path / "old.yaml", tmp_path / "subs.srt"
    config.write_text("services:\n  web: {image: nginx}\n")
    broken.write_text("schema_version: 1\nmoments: [{start: 1\n")
    base = tmp_path / "base.yaml"
    for args in (["timeline", str(article), "--footage", str(video), "-o", str(base)],
                 ["subtitles", str(base), "-o", str(subs)]):
        made = CliRunner().invoke(main, args)
        assert made.exit_code == 0, made.output
    kept = {path: path.read_bytes() for path in (article, video, config, broken, subs)}
    exported = tmp_path / "story.json"  # an export holds 'moments' too: it is the file imported here
    made = CliRunner().invoke(main, ["export", str(base), "-o", str(exported)])
    assert made.exit_code == 0, made.output
    kept[exported] = exported.read_bytes()
    cases = [(["timeline", str(article), "-o", str(target)], target) for target in (article, video, config, broken)]
    cases += [(["import", str(source), "-o", str(source)], source) for source in (subs, exported)]
    for args, target in cases:
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        line = result.stderr.splitlines()[-1]
        assert line.startswith(f"annotate: error: {target}: ")
        if target.suffix in (".mp4", ".srt", ".json"):  # named as another kind: refused by its name, before all
            assert line.startswith(f"annotate: error: {target}: a timeline is YAML, not "), line
            continue
        assert "; refusing to replace it with a timeline: " in line
        if args[0] == "import":  # the file imported is named as such
            kind = {subs: "subtitle file", exported: "json file"}[target]
            assert f"{target}: is the {kind} this command reads;" in line
    assert {path: path.read_bytes() for path in kept} == kept
    # An empty file is filled; an existing timeline is merged into, its comment kept.
    empty, story = tmp_path / "empty.yaml", tmp_path / "story.yaml"
    empty.touch()
    story.write_text("# my notes\nschema_version: 1\nmoments: []\n")
    for target in (empty, story):
        result = CliRunner().invoke(main, ["timeline", str(article), "-o", str(target)])
        assert result.exit_code == 0, result.output
        assert [m.start for m in load(target).moments] == [m.start for m in load(base).moments]
    assert story.read_text().startswith("# my notes\n")


def test_bare_footage_that_is_no_readable_video_is_a_warning_not_silence(samples, tmp_path):
    """Subtitles of a hand-written ``footage: FILE`` stop at the file's end, read by probing it; a file
    that is there but is text, empty or a truncated download was passed over without a word (cues then
    ran past where the footage stops). A file not here at all stays silent: it is not needed."""
    import pysrt
    from click.testing import CliRunner

    from annotate.cli import main

    bad = {"text.mp4": b"hello, this is text\n", "empty.mp4": b"",
           "cut-short.mp4": samples.video.read_bytes()[:3_000_000]}
    for name, content in [*bad.items(), ("missing.mp4", None)]:
        if content is not None:
            (tmp_path / name).write_bytes(content)
        story, out = tmp_path / f"{name}.yaml", tmp_path / f"{name}.srt"
        # (id m1: the one an SRT file gives back, so the only warning is the footage's)
        story.write_text(f"footage: {name}\nmoments:\n  - {{id: m1, start: 100, caption: Late}}\n", encoding="utf-8")
        result = CliRunner().invoke(main, ["subtitles", str(story), "-o", str(out)])
        assert result.exit_code == 0, result.output
        warned = [line for line in result.stderr.splitlines() if line.startswith("annotate: warning: ")]
        if content is None:
            assert warned == []
        else:
            assert len(warned) == 1 and warned[0].startswith(f"annotate: warning: {tmp_path / name}: "), warned
            assert warned[0].endswith("; its length and rate are unknown: what is made from it may run past its end")
        assert [cue.text for cue in pysrt.open(str(out))] == ["Late"]


def test_text_fields_keep_a_scalar_yaml_reads_as_a_number_as_written(tmp_path):
    """A caption ``2.50`` or ``.5`` (and a title, id, note or tag) that YAML
    resolves as a number was rewritten from the number (``2.5``, ``0.5``) with
    no word; every text field keeps the characters written, the numeric
    fields stay numbers, and saving writes the text back."""
    path = tmp_path / "n.yaml"
    path.write_text("schema_version: 1\ntitle: 3.10\nmoments:\n"
                    "  - {id: m1, start: 1, caption: 2.50, tags: [1.0, 007, x]}\n"
                    "  - {id: 2.0, start: 5, end: 6.50, caption: .5, notes: 1e3}\n", encoding="utf-8")
    timeline = load(path)
    assert timeline.title == "3.10"
    assert [(m.id, m.start, m.end, m.caption, m.notes, m.tags) for m in timeline.moments] == [
        ("m1", 1.0, None, "2.50", "", ("1.0", "007", "x")), ("2.0", 5.0, 6.5, ".5", "1e3", ())]
    save(timeline, path)
    assert load(path) == timeline


def test_a_timeline_is_not_saved_over_a_file_changed_since_it_was_read(tmp_path):
    """Saving a timeline loaded from a file merges it back into that file: done after another command rewrote
    the file, it undid that command's work without a word. Refused now, the file as the other command left it;
    a save after a fresh read, and saves one after the other, go through."""
    from annotate.errors import OutputError

    path = tmp_path / "story.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    mine = load(path)
    theirs = MINIMAL.replace("Soldiers open fire", "Soldiers fire 40 rounds")
    path.write_text(theirs, encoding="utf-8")  # another command, meanwhile
    with pytest.raises(OutputError, match=r"story\.yaml: changed since this command read it"):
        save(mine.with_moments(mine.moments[:1]), path)
    assert path.read_text(encoding="utf-8") == theirs
    fresh = load(path)
    save(fresh.with_moments(fresh.moments[:1]), path)
    save(load(path), path)
    assert [m.caption for m in load(path).moments] == [fresh.moments[0].caption]


@pytest.fixture(scope="module")
def camera_file(tmp_path_factory: pytest.TempPathFactory):
    """2 s at 25 fps with sound, carrying a camera's 01:00:00:00 start timecode."""
    from annotate import ffmpeg

    out = tmp_path_factory.mktemp("camera") / "camera.mp4"
    ffmpeg.run(("-f", "lavfi", "-i", "testsrc2=d=2:r=25:s=160x120", "-f", "lavfi", "-i", "sine=d=2",
                "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", "-timecode", "01:00:00:00",
                str(out)))
    return out


def test_a_timeline_recording_its_length_but_not_sound_or_timecode_gets_them_probed(camera_file, tmp_path):
    """A timeline made before the footage's sound and start timecode were recorded records its length:
    they were never probed, and its EDL, XML and OTIO exports lacked the sound and counted from
    00:00:00:00. What is missing is probed; what is recorded stays (a length set by hand)."""
    import shutil

    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.timeline import with_footage_length

    shutil.copy(camera_file, tmp_path / "camera.mp4")
    story = tmp_path / "story.yaml"
    story.write_text("footage: {path: camera.mp4, duration: 1.9, fps: 25, width: 160, height: 120}\n"
                     "moments:\n  - {id: a, start: 0.5, caption: here}\n", encoding="utf-8")
    found = with_footage_length(load(story)).footage
    assert (found.timecode, found.has_audio, found.audio_channels, found.duration, found.fps) == (
        "01:00:00:00", True, 1, 1.9, 25)
    result = CliRunner().invoke(main, ["export", str(story), "-o", str(tmp_path / "story.edl")])
    assert result.exit_code == 0, result.output
    event = next(line for line in (tmp_path / "story.edl").read_text(encoding="utf-8").splitlines()
                 if line[:3].isdigit())
    assert event.split()[2] == "B" and event.split()[-4] == "01:00:00:00", event  # mono: picture and audio 1


def test_a_timeline_recording_everything_of_its_footage_is_not_probed(camera_file, tmp_path, monkeypatch):
    import shutil

    from annotate import probe
    from annotate.timeline import with_footage_length

    shutil.copy(camera_file, tmp_path / "camera.mp4")
    story = tmp_path / "story.yaml"
    story.write_text("footage: {path: camera.mp4, duration: 2, fps: 25, has_audio: true, audio_channels: 1,\n"
                     "          timecode: '01:00:00:00'}\nmoments:\n  - {id: a, start: 0.5}\n", encoding="utf-8")
    timeline = load(story)

    def refused(path):
        raise AssertionError(f"probed {path}")

    monkeypatch.setattr(probe, "probe", refused)
    assert with_footage_length(timeline) == timeline


def test_footage_not_found_from_a_moved_timeline_says_to_pass_footage(tmp_path):
    """A timeline copied to another folder gave "moved/footage.mp4: footage not found (timeline moved/t.yaml)"
    and no way on; the line now says to pass --footage, but not when the
    file --footage named is the one missing."""
    moved = tmp_path / "moved"
    moved.mkdir()
    (moved / "t.yaml").write_text(MINIMAL, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        footage_path(load(moved / "t.yaml"))
    assert str(caught.value) == (f"{moved / 'footage.mp4'}: footage not found (timeline {moved / 't.yaml'}); "
                                 "if it is elsewhere, pass --footage FILE")
    with pytest.raises(InputError) as caught:
        footage_path(load(moved / "t.yaml"), tmp_path / "missing.mp4")
    assert str(caught.value) == f"{tmp_path / 'missing.mp4'}: footage not found (timeline {moved / 't.yaml'})"


def test_an_update_keeps_a_windows_edited_timeline_s_line_endings_and_bom(tmp_path):
    """``align`` on a timeline edited on Windows (CRLF, a UTF-8 BOM) wrote its new lines with LF beside the
    user's CRLF ones (mixed endings) and dropped the BOM. The file keeps both; saved twice in one process (as
    align saves as it goes) it is not taken for one changed by another command."""
    import codecs
    from dataclasses import replace

    path = tmp_path / "t.yaml"
    path.write_bytes(codecs.BOM_UTF8 + MINIMAL.replace("footage:", "# mine\nfootage:").replace("\n", "\r\n").encode())
    timeline = load(path)
    for n in (1, 2):
        placed = replace(timeline.moments[0], alignment=Alignment(start=147.0 + n, kind="cut", score=0.9))
        save(timeline.with_moments((placed, *timeline.moments[1:])), path)
        data = path.read_bytes()
        assert data.startswith(codecs.BOM_UTF8) and data.count(b"\n") == data.count(b"\r\n") > 8
        assert b"# mine\r\n" in data and b"\xef\xbb\xbf" not in data[3:]
        assert load(path).moments[0].alignment.start == 147.0 + n


@pytest.mark.parametrize(("name", "text"), [
    ("story.txt", "The defector runs at 2:27.\n"),
    ("post.md", "---\ntitle: The run\n---\n\nAt 2:27 he runs.\n"),
    ("notes.eml", "From: desk@example.com\nSubject: notes\nMIME-Version: 1.0\n\nAt 2:27 he runs.\n"),
])
def test_an_article_given_for_its_timeline_says_so(tmp_path, name, text):
    """``annotate align story.txt`` (for story.yaml) said only "expected a mapping of fields, got str"."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(TimelineError) as caught:
        load(tmp_path / name)
    assert str(caught.value) == (f"{tmp_path / name}: is an article, not a timeline; make one from it first: "
                                 f"`annotate timeline {tmp_path / name} -o TIMELINE`")


def test_a_timeline_named_txt_keeps_its_own_error(tmp_path):
    (tmp_path / "t.txt").write_text("schema_version: 1\nmoments: 3\n", encoding="utf-8")
    with pytest.raises(TimelineError, match="moments") as caught:
        load(tmp_path / "t.txt")
    assert "is an article" not in str(caught.value)


def test_a_timeline_in_yamls_json_style_is_no_json_export(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text('{"schema_version": 1, "moments": [{"start": "2:27", "caption": "runs"}]}\n', encoding="utf-8")
    assert [(m.start, m.caption) for m in load(path).moments] == [(147, "runs")]


FORUM = """Re: JSA defector video - what happens at the truck?

Posted by kwonj on 22 Nov 2017, 10:32

Watch from 2:27, he jumps out and runs. The shots start around 2:40.

Posted by mlee on 22 Nov 2017, 11:05

> Watch from 2:27, he jumps out and runs.

Yeah and at 3:05 you can see the soldier cross the line. Edited 11:07.
"""


def _built(text: str, name: str = "forum.txt"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        timeline = from_article(text, article=name)
    return timeline, [str(w.message) for w in caught]


def test_a_quoted_line_repeating_a_moment_is_that_moment_once(tmp_path):
    from click.testing import CliRunner

    from annotate import extract_moments
    from annotate.cli import main

    assert [m.start for m in extract_moments(FORUM)] == [147.0, 160.0, 147.0, 185.0]  # extract counts every mention
    timeline, said = _built(FORUM)
    assert [(m.id, m.start, m.caption) for m in timeline.moments] == [
        ("m1", 147.0, "Watch, he jumps out and runs"), ("m2", 160.0, "The shots start"),
        ("m3", 185.0, "Yeah you can see the soldier cross the line")]  # and no post's time as a clock time
    assert said == ["forum.txt: 1 moment(s) a quote repeats merged into the moment they repeat, its caption kept: "
                    "line 9 (2:27) into line 5"]
    # the same through the command, read back from the file it wrote
    (tmp_path / "forum.txt").write_text(FORUM, encoding="utf-8")
    result = CliRunner().invoke(main, ["timeline", str(tmp_path / "forum.txt"), "-o", str(tmp_path / "f.yaml")])
    assert result.exit_code == 0, result.output
    assert [m.start for m in load(tmp_path / "f.yaml").moments] == [147.0, 160.0, 185.0]
    assert "line 9 (2:27) into line 5" in result.output


def test_a_quote_of_a_post_not_in_the_text_stays():
    text = "Posted by mlee\n\n> Watch from 2:27, he jumps out and runs.\n\nYeah and at 3:05 he crosses the line.\n"
    timeline, said = _built(text)
    assert [m.start for m in timeline.moments] == [147.0, 185.0] and said == []


def test_a_quote_at_another_time_or_a_range_is_not_merged():
    text = "At 2:27 he runs.\n\n> At 2:27 he runs for about 10 seconds starting at 2:27.\n> At 2:28 he falls.\n"
    timeline, _ = _built(text)
    assert [(m.start, m.end) for m in timeline.moments][1:] == [(147.0, 157.0), (148.0, None)]


def test_a_reply_restating_the_quote_above_is_merged_unless_it_says_more():
    text = ("From the tip line:\n\n> At 2:27 the defector runs for the line.\n> At 2:40 the shooting starts.\n\n"
            "Thanks. So at 2:27 he runs and at 2:40 the shooting starts, as you say.\n")
    timeline, said = _built(text, "reply.txt")
    assert [(m.start, m.caption) for m in timeline.moments] == [
        (147.0, "the defector runs for the line"), (160.0, "the shooting starts")]
    assert said == ["reply.txt: 2 moment(s) a quote repeats merged into the moment they repeat, its caption kept: "
                    "line 6 (2:27, restating the quote above it) into line 3; "
                    "line 6 (2:40, restating the quote above it) into line 4"]
    more = text.replace("So at 2:27 he runs and at", "At 2:27 the defector jumps from the jeep, stumbles over the kerb "
                        "and sprints past the guard post. And at")
    timeline, said = _built(more, "reply.txt")
    assert [m.start for m in timeline.moments] == [147.0, 160.0, 147.0]  # 2:27 said with more: its own moment
    assert said and "line 6 (2:40, restating" in said[0] and "(2:27, restating" not in said[0]


def test_the_original_below_a_mails_reply_is_quoted_too():
    text = ("The runner crosses at 2:27, I checked.\n\n-----Original Message-----\nFrom: Kwon J\n"
            "Sent: Wednesday, November 22, 2017 10:32 AM\nSubject: JSA\n\nThe defector runs at 2:27. Fire at 2:40.\n")
    timeline, said = _built(text, "mail.txt")
    assert [(m.start, m.caption) for m in timeline.moments][0] == (147.0, "The runner crosses, I checked")
    assert [m.start for m in timeline.moments] == [147.0, 160.0]
    assert said == ["mail.txt: 1 moment(s) a quote repeats merged into the moment they repeat, its caption kept: "
                    "line 8 (2:27) into line 1"]


def test_a_long_thread_s_merges_are_counted_in_one_short_warning():
    text = "".join(f"At 0:{i:02d} he runs.\n\n> At 0:{i:02d} he runs.\n\n" for i in range(12))
    timeline, said = _built(text)
    assert [m.start for m in timeline.moments] == [float(i) for i in range(12)]
    assert len(said) == 1 and said[0].startswith("forum.txt: 12 moment(s) a quote repeats merged")
    assert "line 3 (0:00) into line 1; line 7 (0:01) into line 5" in said[0] and said[0].endswith(" and 2 more")


# A saved page's quotes: a forum's reply quoting a post (phpBB's <blockquote>, Discourse's <aside class="quote">), a
# news story's embedded post above its own words and a pull quote set paragraphs above the passage it repeats.
_PAGE_QUOTES = [
    ("<div class='post'><p>Watch from 2:27, he jumps out and runs.</p></div><div class='post'><blockquote><cite>"
     "kwonj wrote:</cite>\nWatch from 2:27, he jumps out and runs.</blockquote><p>Yeah and at 3:05 he falls.</p></div>",
     [147.0, 185.0], "line 4 (2:27) into line 1"),
    ("<div class='post'><p>Watch from 2:27, he jumps out and runs.</p></div><div class='post'><aside class='quote'>"
     "<div class='title'>kwonj:</div><blockquote><p>Watch from 2:27, he jumps out and runs.</p></blockquote></aside>"
     "<p>And at 3:05 he falls.</p></div>", [147.0, 185.0], "line 5 (2:27) into line 1"),
    ("<article><h1>Defector's dash</h1><blockquote class='pullquote'>At 2:27 the defector jumps from the jeep."
     "</blockquote><p>The footage released by the UN Command shows the escape.</p><p>Analysts call it the clearest "
     "yet.</p><p>At 2:27 the defector jumps from the jeep, stumbles over the kerb and sprints past the guard post."
     "</p></article>", [147.0], "line 3 (2:27, quoted above where it is told) into line 9"),
]


@pytest.mark.parametrize(("body", "starts", "merge"), _PAGE_QUOTES)
def test_a_saved_pages_quoted_passage_yields_its_moments_once(body, starts, merge):
    from annotate.textio import parse_article

    article = parse_article(f"<html><body>{body}</body></html>".encode(), name="page.html", suffix=".html")
    timeline, said = _built(article.text, "page.html")
    assert [m.start for m in timeline.moments] == starts
    assert said == [f"page.html: 1 moment(s) a quote repeats merged into the moment they repeat, its caption kept: "
                    f"{merge}"]
    kept = timeline.moments[0].span[0]  # the moment of the story's own words, or of the post quoted: no quote's
    assert article.text[article.text.rfind("\n", 0, kept) + 1] != ">"


def test_a_quoted_original_telling_another_event_at_the_same_time_is_kept():
    """A top-posted reply adding a different event at the time the quoted original gives merged the original's
    moment away (the defector's run lost from the timeline): only a quote saying the same thing is merged."""
    text = ("Thanks. Also, at 2:27 the guard on the left fires twice at the truck.\n\n-----Original Message-----\n"
            "From: Kwon J\nSent: Wednesday, November 22, 2017 10:32 AM\nTo: Desk\nSubject: defector video\n\n"
            "At 2:27 the defector jumps out of the truck and runs for the line.\n")
    timeline, said = _built(text, "reply.txt")
    assert [(m.start, m.caption) for m in timeline.moments] == [
        (147.0, "Also, the guard on the left fires twice at the truck"),
        (147.0, "the defector jumps out of the truck and runs for the line")]
    assert said == []
    # the same original quoted under a reply that tells the same scene is still merged
    same = text.replace("Also, at 2:27 the guard on the left fires twice at the truck",
                        "At 2:27 the defector jumps out of the truck and runs, I checked")
    timeline, said = _built(same, "reply.txt")
    assert [m.start for m in timeline.moments] == [147.0] and "line 9 (2:27) into line 1" in said[0]


def test_a_file_url_is_footage_for_every_command_and_in_a_timeline(tmp_path):
    """A ``file://`` URL (what OTIO, FCP XML and Kdenlive write for media; a browser's address bar) was footage for
    ``timeline --footage`` only: ``render/align/review/strip/clips --footage`` named a mangled ``file:/...`` not found,
    a timeline's ``footage: file:///...`` was joined under its folder, ``shots``/``sync`` said no such file. Every
    command reads it as the path it names (percent-escapes decoded)."""
    from urllib.parse import quote

    from click.testing import CliRunner
    from PIL import Image

    from annotate import ffmpeg
    from annotate.cli import main

    folder = tmp_path / "my clips"
    folder.mkdir()
    video = folder / "v 1.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=1", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", str(video)])
    url = "file://" + quote(str(video))
    story = tmp_path / "t.yaml"
    story.write_text(f"schema_version: 1\nfootage: {url}\nmoments:\n  - {{start: 0.5, caption: a}}\n", encoding="utf-8")
    assert footage_path(load(story)) == video
    assert footage_path(load(story), url) == video
    assert footage_path(load(story), Path(url)) == video  # (as a click.Path(path_type=Path) option leaves it)
    for args in (["render", str(story), "-o", str(tmp_path / "a.png"), "--preview", "0.5"],
                 ["render", str(story), "--footage", url, "-o", str(tmp_path / "b.png"), "--preview", "0.5"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        with Image.open(args[args.index("-o") + 1]) as frame:
            assert frame.size == (160, 120)
    shots = CliRunner().invoke(main, ["shots", url])
    assert shots.exit_code == 0 and "of v 1.mp4" in shots.output, shots.output


@pytest.mark.parametrize("written", [r"C:\\Users\\me\\clips\\f.mp4", "D:/clips/f.mp4", r"\\\\nas\\share\\f.mp4"])
def test_a_windows_path_in_a_timelines_footage_is_named_one_not_joined_under_its_folder(tmp_path, written):
    """A timeline made on a colleague's Windows machine named ``footage: C:\\Users\\me\\clips\\f.mp4``, which was
    joined under the timeline's folder (``/tmp/C:\\Users\\...: footage not found``). It is said to be a Windows
    path, and the file of its name beside the timeline is pointed to when there is one."""
    story = tmp_path / "t.yaml"
    story.write_text(f'schema_version: 1\nfootage: "{written}"\nmoments:\n  - {{start: 1, caption: a}}\n',
                     encoding="utf-8")
    path = load(story).footage.path
    with pytest.raises(InputError) as caught:
        footage_path(load(story))
    assert str(caught.value) == (f"{path}: footage not found: a Windows path (of another machine), not a file here; "
                                 "no f.mp4 beside the timeline either: pass --footage FILE")
    (tmp_path / "f.mp4").write_bytes(b"")
    with pytest.raises(InputError) as caught:
        footage_path(load(story))
    assert str(caught.value).endswith(f"; f.mp4 lies beside the timeline: pass --footage {tmp_path / 'f.mp4'}")


@pytest.mark.parametrize("given", [r"C:\Users\me\f.mp4", "file:///C:/Users/me/f.mp4", "file:///c|/Users/me/f.mp4"])
def test_a_windows_path_or_windows_file_url_is_named_one_by_every_command_that_reads_footage(tmp_path, given):
    """``file:///C:/Users/me/f.mp4`` (RFC 8089 E.2, what Windows' browsers give) became the path ``/C:/Users/...``
    everywhere, and ``timeline --footage``, ``shots`` and ``sync`` said "no such file" of a Windows path where
    render and a timeline's ``footage:`` named it one. Every command now says it is a Windows path, one line."""
    from click.testing import CliRunner

    from annotate.cli import main

    article = tmp_path / "art.txt"
    article.write_text("The van arrives at 0:03.\n", encoding="utf-8")
    story = tmp_path / "t.yaml"
    story.write_text("schema_version: 1\nfootage: x.mp4\nmoments:\n  - {id: m1, start: 2, caption: x}\n",
                     encoding="utf-8")
    for args in (["timeline", str(article), "--footage", given, "-o", str(tmp_path / "n.yaml")],
                 ["render", str(story), "--footage", given, "-o", str(tmp_path / "r.png"), "--preview", "1"],
                 ["shots", given], ["sync", given, given]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        assert "a Windows path (of another machine), not a file here" in result.stderr, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and "/C:" not in result.stderr and "/c|" not in result.stderr
