"""Where generated and downloaded files are kept: ``$ANNOTATE_CACHE`` or
``~/.cache/annotate`` (sample footage, downloaded footage, benchmark inputs)."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "ANNOTATE_CACHE"


def cache_root() -> Path:
    root = os.environ.get(CACHE_ENV)
    return Path(root).expanduser() if root else Path.home() / ".cache" / "annotate"


def cache_dir(*parts: str, create: bool = False) -> Path:
    """``cache_root() / parts...``, made on request."""
    folder = cache_root().joinpath(*parts)
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder
