"""The ``annotate`` command line: thin commands over the library, one module per verb."""

from annotate.cli.base import main

# Each module registers its commands on ``main`` when imported (so after ``main``).
from annotate.cli import (  # noqa: E402,F401,I001
    extract,
    timeline,
    align,
    clips,
    render,
    export,
    review,
    batch,
    samples,
    demo,
    bench,
)

__all__ = ["main"]
