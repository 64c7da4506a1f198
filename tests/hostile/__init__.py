"""Hostile input and faults, table-driven: every command over every class of
bad input must end in one ``annotate: error:`` line and exit status 2,
within seconds, never a traceback, a hang or a silent wrong result."""
