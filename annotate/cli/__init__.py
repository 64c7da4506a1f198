"""The ``annotate`` command line: thin commands over the library, one module
per verb (``export.py`` holds the pair ``export`` / ``import``)."""

# Each module registers its commands on ``main`` (from annotate.cli.base) when imported.
from annotate.cli import (  # noqa: F401
    align,
    batch,
    bench,
    clips,
    clock,
    demo,
    export,
    extract,
    render,
    review,
    samples,
    shots,
    strip,
    subtitles,
    sync,
    timeline,
)
from annotate.cli.base import main

__all__ = ["main"]
