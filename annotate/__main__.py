"""``python -m annotate`` runs the command line."""

from annotate.cli import main

if __name__ == "__main__":
    main()
