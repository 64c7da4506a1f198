"""``annotate extract``: placeholder until the extractor lands."""
