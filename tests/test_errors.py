"""annotate.errors: the one way a library call warns, and how a report
gathers those warnings (``collected``)."""

from __future__ import annotations

import warnings

import pytest

from annotate.errors import AnnotateWarning, MediaWarning, collected
from annotate.subtitles import SubtitleWarning


def _warn_all() -> None:
    warnings.warn("subtitle", SubtitleWarning, stacklevel=2)
    warnings.warn("media", MediaWarning, stacklevel=2)
    warnings.warn("python", DeprecationWarning, stacklevel=2)


def test_collected_gathers_its_category_and_passes_on_the_rest():
    notes: list[str] = []
    with warnings.catch_warnings(record=True) as outside:
        warnings.simplefilter("always")
        with collected(notes, SubtitleWarning):
            _warn_all()
    assert notes == ["subtitle"]
    assert [(str(w.message), w.category) for w in outside] == [("media", MediaWarning),
                                                              ("python", DeprecationWarning)]


def test_collected_with_keep_also_warns_again_for_the_cli():
    notes: list[str] = []
    with warnings.catch_warnings(record=True) as outside:
        warnings.simplefilter("always")
        with collected(notes, keep=True):
            _warn_all()
    assert notes == ["subtitle", "media"]
    assert [str(w.message) for w in outside] == ["subtitle", "media", "python"]


def test_a_layout_problem_is_a_subtitle_warning_not_a_callback():
    from annotate.model import Footage, Moment, Timeline
    from annotate.subtitles import layout

    late = Timeline(moments=(Moment(id="late", start=70, caption="gone"),), footage=Footage(path="f.mp4", duration=60))
    with pytest.warns(SubtitleWarning, match=r"moment late: starts at 1:10, after the footage ends"):
        assert layout(late) == []
    assert issubclass(SubtitleWarning, AnnotateWarning)


def test_collected_drops_the_warnings_of_a_body_that_fails():
    notes: list[str] = []
    with warnings.catch_warnings(record=True) as outside:
        warnings.simplefilter("always")
        with pytest.raises(ValueError), collected(notes, keep=True):
            _warn_all()
            raise ValueError("refused")
    assert notes == [] and outside == []
