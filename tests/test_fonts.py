"""Fonts for text Pillow draws (strip, contact sheet) and the coverage look-up the overlay shares: every
script drawn in a font that has it, or named in a warning with the package to install."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from annotate import fonts
from tests import system

ZALGO = "Z\u0337\u0322a\u0338\u0350l"


def _drawn(text: str, draw_with) -> np.ndarray:  # type: ignore[no-untyped-def]
    image = Image.new("L", (400, 60), 0)
    draw_with(ImageDraw.Draw(image), text)
    return np.asarray(image)


def test_combining_marks_are_looked_up_and_warned_for_when_no_font_has_them():
    """Marks below U+0370 had no script, so they were never looked up: boxes over the letters, no warning."""
    system.require(system.DEJAVU)
    assert fonts.script_of("\u0350") == fonts.script_of("\u0337") == "combining marks"
    assert fonts.script_of("\u0915") == "Devanagari" and fonts.script_of("\u093f") == "Devanagari"  # a vowel sign
    plan = fonts.plan([ZALGO], family="DejaVu Sans", mono="DejaVu Sans Mono")
    uncovered = fonts.covering("\u0350") is None
    warned = [w for w in plan.warnings if "combining marks" in w]
    assert bool(warned) == uncovered, plan.warnings
    if uncovered:
        assert "\u0350" in warned[0] and "fonts-noto-core" in warned[0] and "\u0337" not in warned[0]


def test_pil_fonts_draw_each_script_in_a_font_that_has_it():
    """The strip drew CJK in DejaVu Sans alone: a row of boxes. Drawn by runs, the CJK part is the CJK font's."""
    system.require(system.CJK_FONT)
    system.require(system.DEJAVU)
    text = "朝鮮人民軍"
    mixed = fonts.PilFonts.of(fonts.pil_plan([text], "DejaVu Sans"), 24)
    got = _drawn(text, lambda d, t: mixed.draw(d, (4, 4), t, fill=255))
    cjk = fonts.pil_font(24, file=fonts.covering(text).file)
    dejavu = fonts.pil_font(24, "DejaVu Sans")
    baseline = 4 + dejavu.getmetrics()[0]
    wanted = _drawn(text, lambda d, t: d.text((4, baseline), t, font=cjk, fill=255, anchor="ls"))
    boxes = _drawn(text, lambda d, t: d.text((4, baseline), t, font=dejavu, fill=255, anchor="ls"))
    assert np.array_equal(got, wanted) and not np.array_equal(got, boxes)
    assert mixed.getlength(text) == cjk.getlength(text)
    assert ImageDraw.Draw(Image.new("L", (1, 1))).textlength("ab" + text, font=mixed) == \
        dejavu.getlength("ab") + cjk.getlength(text)


def test_what_no_installed_font_has_is_named_with_its_package():
    system.require(system.DEJAVU)
    hindi = "सैनिक सीमा"
    plan = fonts.pil_plan([hindi], "DejaVu Sans")
    uncovered = fonts.covering("सैनिक") is None
    warned = [w for w in plan.warnings if "Devanagari" in w]
    assert bool(warned) == uncovered, plan.warnings
    if uncovered:
        assert "fonts-noto-core" in warned[0]
    else:
        assert all(c in plan.fallbacks for c in "सैनिक")


def test_a_mark_drawn_in_another_font_takes_its_letter_along(monkeypatch):
    """A mark the main font lacks, drawn in its own run, stood beside its letter instead of over it: the
    letter goes into the mark's font when that font has it, else stays where it was."""
    mixed = fonts.PilFonts(14, "/main.ttf", {"\u0337": "/marks.ttf"})
    monkeypatch.setattr(fonts, "pil_font", lambda size, *families, file=None, style="": file)
    monkeypatch.setattr(fonts, "_file_covers", lambda path, chars: path == "/marks.ttf")
    assert mixed.runs("aZ\u0337b") == [("a", "/main.ttf"), ("Z\u0337", "/marks.ttf"), ("b", "/main.ttf")]
    monkeypatch.setattr(fonts, "_file_covers", lambda path, chars: False)
    assert mixed.runs("aZ\u0337b") == [("aZ", "/main.ttf"), ("\u0337", "/marks.ttf"), ("b", "/main.ttf")]


def test_every_script_is_looked_up_character_by_character():
    """Bengali, Tamil (no script of the old table) were never looked up, and Urdu's letters passed as Arabic,
    which DejaVu covers: all drawn as boxes without a word."""
    system.require(system.DEJAVU)
    assert fonts.script_of("\u0995") == "Bengali" and fonts.script_of("\u0b9a") == "Tamil"
    assert fonts.script_of("\u1c5a") == "Ol Chiki" and fonts.script_of("\u200b") is None
    urdu = "فوجی ٹرک چھوڑ کر سرحد کی طرف بھاگتا ہے اور گولیاں چلتی ہیں"
    plan = fonts.plan(["সৈনিক ট্রাক ছেড়ে দৌড়ায়", "தமிழ் செய்தி", urdu], family="DejaVu Sans", mono="DejaVu Sans")
    for script, letter in (("Bengali", "\u0995"), ("Tamil", "\u0b9a"), ("Arabic", "\u06c1")):
        warned = [w for w in plan.warnings if f"the {script} characters" in w]
        if fonts.covering(letter) is None:
            assert warned and letter in warned[0] and "fonts-noto-core" in warned[0], plan.warnings
        else:
            assert not warned and letter in plan.fallbacks
    arabic = [w for w in plan.warnings if "the Arabic characters" in w]
    assert not arabic or "\u0641" not in arabic[0]  # the letters DejaVu has are not called missing


def test_right_to_left_text_of_two_fonts_keeps_its_word_order():
    """Runs of fonts were drawn in logical order: an Arabic caption with a CJK name showed its first word on
    the left. The bidi algorithm orders the runs of the whole line first, as libass does."""
    system.require(system.CJK_FONT)
    system.require(system.DEJAVU)
    text = "الجندي 士兵 يركض"
    mixed = fonts.PilFonts.of(fonts.pil_plan([text], "DejaVu Sans"), 24)
    words = [(run.strip(), rtl) for run, _, rtl in mixed.visual_runs(text) if run.strip()]
    assert words == [("يركض", True), ("士兵", False), ("الجندي", True)]
    got = _drawn(text, lambda d, t: mixed.draw(d, (4, 4), t, fill=255))
    dejavu = fonts.pil_font(24, "DejaVu Sans")
    last_word = _drawn("يركض", lambda d, t: mixed.draw(d, (4, 4), t, fill=255))
    left = 4 + int(dejavu.getlength("يركض"))
    assert np.array_equal(got[:, :left], last_word[:, :left])  # the caption's last word is drawn leftmost
    assert [run for run, _, _ in mixed.visual_runs("abc 2:27 def")] == ["abc 2:27 def"]


def test_bidi_levels_keep_numbers_and_neutrals_with_their_text():
    from annotate import bidi

    assert bidi.levels("عند 2:27 يركض") == [1] * 4 + [2] * 4 + [1] * 5  # the time stays one left-to-right piece
    assert bidi.levels("hello عالم world") == [0] * 6 + [1] * 4 + [0] * 6
    assert [x for x, _ in bidi.reorder("abc", [1, 1, 1])] == ["c", "b", "a"]
