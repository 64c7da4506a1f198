"""Where annotate keeps what it makes and downloads."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotate.cache import CACHE_ENV, cache_root


@pytest.mark.parametrize(("annotate_cache", "xdg", "expected"), [
    ("/srv/shared/annotate", "/home/u/.xdg-cache", Path("/srv/shared/annotate")),  # ours wins
    ("", "/home/u/.xdg-cache", Path("/home/u/.xdg-cache/annotate")),  # the XDG base directory
    ("", "relative/cache", None),  # the XDG spec says to ignore a relative path
    ("", "", None),
])
def test_the_cache_is_annotate_cache_else_xdg_cache_home_else_dot_cache(
        monkeypatch: pytest.MonkeyPatch, annotate_cache: str, xdg: str, expected: Path | None) -> None:
    # XDG_CACHE_HOME was ignored: a user who moves caches off a small home folder still had ~/.cache filled.
    monkeypatch.setenv(CACHE_ENV, annotate_cache)
    monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cache_root() == (expected or Path.home() / ".cache" / "annotate")
