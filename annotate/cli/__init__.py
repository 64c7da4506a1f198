"""The ``annotate`` command line: thin commands over the library, one module per verb."""

from annotate.cli.base import main

# Each module registers its commands on ``main`` when imported.
from annotate.cli import extract  # noqa: E402,F401
from annotate.cli import samples  # noqa: E402,F401

__all__ = ["main"]
from annotate.cli import timeline  # noqa: E402,F401
from annotate.cli import export  # noqa: E402,F401
from annotate.cli import demo  # noqa: E402,F401
from annotate.cli import render  # noqa: E402,F401
from annotate.cli import review  # noqa: E402,F401
from annotate.cli import clips  # noqa: E402,F401
from annotate.cli import align  # noqa: E402,F401
from annotate.cli import batch  # noqa: E402,F401
from annotate.cli import bench  # noqa: E402,F401
