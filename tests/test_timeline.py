"""Timeline files: the minimal hand-written file, validation errors that say
where, and saving that keeps a person's edits."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.errors import AnnotateError, InputError, TimelineError
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
