"""Where generated and downloaded files are kept: ``$ANNOTATE_CACHE``, else
``$XDG_CACHE_HOME/annotate`` as the XDG base directories say, else
``~/.cache/annotate`` (sample footage, downloaded footage, benchmark inputs)."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "ANNOTATE_CACHE"


def cache_root() -> Path:
    root = os.environ.get(CACHE_ENV)
    if root:
        return Path(root).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "annotate"  # (a relative one is ignored)


def cache_dir(*parts: str, create: bool = False) -> Path:
    """``cache_root() / parts...``, made on request."""
    folder = cache_root().joinpath(*parts)
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder
