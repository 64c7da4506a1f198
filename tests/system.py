"""System packages some tests need, and how a test says so.

A test that needs one calls :func:`require`: on a machine without it the test is skipped with the exact install
line in the reason, so ``python -m pytest`` passes on a fresh machine that
has only Python. CI sets ``ANNOTATE_STRICT_TESTS=1``; then any skipped test
fails the run (see ``conftest.py``), so CI never silently runs fewer tests.
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

STRICT_ENV = "ANNOTATE_STRICT_TESTS"


@dataclass(frozen=True)
class SystemPackage:
    what: str
    install: str
    present: Callable[[], bool]

    @property
    def reason(self) -> str:
        return f"needs {self.what}: {self.install}"


@functools.cache
def _font_covers(chars: str) -> bool:
    from annotate import fonts

    return fonts.have_fontconfig() and fonts.covering(chars) is not None


def _font_family(family: str) -> bool:
    from annotate import fonts

    return fonts.have_fontconfig() and fonts.match_family(family) is not None


# Debian's browser (playwright's own browser download is not possible here).
CHROMIUM_BINARY = Path("/usr/bin/chromium")
CHROMIUM = SystemPackage("Debian's chromium", "apt-get install chromium",
                         lambda: os.access(CHROMIUM_BINARY, os.X_OK) and CHROMIUM_BINARY.is_file())
DEJAVU = SystemPackage("the DejaVu fonts", "apt-get install fontconfig fonts-dejavu-core",
                       lambda: _font_family("DejaVu Sans") and _font_family("DejaVu Serif"))
CJK_FONT = SystemPackage("a CJK font", "apt-get install fontconfig fonts-noto-cjk", lambda: _font_covers("日本語中文"))
# Where Debian's opencv-doc puts OpenCV's sample clips: Megamind.avi is an
# 11 s excerpt of a real animated film trailer, with real cuts.
REAL_CLIP = Path("/usr/share/doc/opencv-doc/examples/data/Megamind.avi")
OPENCV_DOC = SystemPackage("opencv-doc's sample film", "apt-get install opencv-doc", REAL_CLIP.exists)
def _importable(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


# Not a system package, but one `pip install -e '.[test]'` cannot bring: its
# opencv-python requirement would clash with opencv-python-headless.
RAPIDOCR = SystemPackage("RapidOCR (annotate clock)", "pip install --no-deps 'rapidocr-onnxruntime==1.4.4'",
                         lambda: _importable("rapidocr_onnxruntime"))
SETPRIV = SystemPackage("util-linux's setpriv with --pdeathsig (2.33+)", "apt-get install util-linux",
                        lambda: _setpriv_ties())
MELT = SystemPackage("MLT's melt", "apt-get install melt", lambda: shutil.which("melt") is not None)


def _setpriv_ties() -> bool:
    from annotate import children

    return children._setpriv() is not None


def require(package: SystemPackage) -> None:
    """Skip the calling test (with the install line) unless ``package`` is here."""
    if not package.present():
        pytest.skip(package.reason)


def about_fonts(line: str) -> bool:
    """A warning line that fonts are missing (a bare machine: render says so before anything else), which
    tests about other things leave out of an exact comparison of a command's output."""
    return line.startswith("annotate: warning:") and "fonts-dejavu-core" in line
