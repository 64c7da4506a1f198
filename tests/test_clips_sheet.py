"""The contact sheet's caption wrapping, measured with the sheet's own font."""

from __future__ import annotations

import warnings

from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.fonts import FontWarning
from tests.strategies import caption_text


@settings(max_examples=100, deadline=None)
@given(caption_text, st.sampled_from([40, 120, 320]), st.integers(1, 3))
def test_wrapped_lines_fit_and_keep_every_character_unless_cut_with_an_ellipsis(text, width, lines):
    from PIL import Image, ImageDraw

    from annotate.clips import sheet

    draw = ImageDraw.Draw(Image.new("RGB", (8, 8)))
    with warnings.catch_warnings():  # (a glyph no font has is said; here only the wrapping matters)
        warnings.simplefilter("ignore", FontWarning)
        [font] = sheet._fonts([text], False, 14)
    got = sheet._wrap(draw, text, font, width, lines)
    words = " ".join(text.split())
    assert len(got) <= lines and all(got)
    # A line wider than the tile holds one character that fits nowhere.
    assert all(draw.textlength(line, font=font) <= width or len(line.rstrip("…")) <= 1 for line in got)
    if not got[-1:] or not got[-1].endswith("…") or words.endswith("…"):
        assert "".join(got).replace(" ", "") == words.replace(" ", "")
    else:  # cut short: what is shown is the text's start
        shown = "".join(got)[:-1].replace(" ", "")
        assert words.replace(" ", "").startswith(shown) and len(shown) < len(words.replace(" ", ""))
