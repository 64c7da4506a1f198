"""Extraction from several threads at once gives what it gives alone: the extractor keeps per-text scan state (a
paragraph's footage-stem scan, `exclusions/context.footage_word`), which must never pass from one thread's text to
another's (a batch or a server may extract two articles at once)."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

from annotate import extract_moments

# Dotted positions in long paragraphs, one that names its reel and one that does not: the stem scan decides both.
NAMED = " ".join(["The Lagos danfo clip is wild. Watch at 0.12 — the conductor hangs off the door. And from 0.40 to "
                  "0.58 he runs beside the bus."] * 20)
UNNAMED = " ".join(["The Lagos danfo ride is wild. Wait at 9.12 — the conductor hangs off the door. And from 9.40 to "
                    "9.58 the bus stops."] * 20)


def test_threads_extract_as_one_thread_does() -> None:
    alone = {text: extract_moments(text) for text in (NAMED, UNNAMED)}
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            texts = [NAMED, UNNAMED] * 20
            results = list(pool.map(extract_moments, texts))
    finally:
        sys.setswitchinterval(interval)
    assert alone[NAMED] != alone[UNNAMED]
    assert all(result == alone[text] for text, result in zip(texts, results, strict=True))
