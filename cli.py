"""Run the ``annotate`` command line from a checkout: ``python cli.py --help``.

The click group lives in ``annotate.cli`` so the installed console script and
``python -m annotate`` work too; this file is only a convenience and is not
installed."""

from annotate.__main__ import main

if __name__ == "__main__":
    main()
