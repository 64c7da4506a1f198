"""Everything an article points at in the footage, by kind: footage positions
(:func:`~annotate.moments.extract.extract_moments`), clock times
(:mod:`annotate.moments.clocks`) and quoted speech (:mod:`annotate.moments.speech`).
The one API that reads all three."""

from __future__ import annotations

from dataclasses import dataclass

from annotate.model import Moment
from annotate.moments.clocks import _clock_moment, _read, _said_span, unfound_clocks
from annotate.moments.extract import ClockMention, _extract
from annotate.moments.scan import reading_copy
from annotate.moments.speech import attach
from annotate.textio import Article, read_article


@dataclass(frozen=True)
class References:
    """What an article points at in the footage, by kind.

    ``moments``: footage positions, exactly :func:`extract_moments`'s result
    (a position whose sentence quotes what is said there has ``said`` set).
    ``clock_times``: times of day the footage's clock may show, as moments
    with ``start`` None and ``clock`` set.
    ``said``: quoted speech with no stated position, as moments with
    ``start`` None and ``said`` set (``align`` finds the words in the footage).
    """

    moments: tuple[Moment, ...]
    clock_times: tuple[Moment, ...]
    said: tuple[Moment, ...] = ()


def extract_references(text: str, duration: float | None = None) -> References:
    """Footage positions, clock times and quotes that ``text`` states, each in document order."""
    mentions: list[ClockMention] = []
    found = attach(text, _extract(text, duration, mentions))
    taken = [(c.begin, c.end) for c in mentions] + [m.span for m in found.moments if m.span is not None]
    read_as = reading_copy(text)  # (read as the extractor reads it; the quotes and captions are cut from the text)
    mentions = sorted(mentions + unfound_clocks(read_as, taken), key=lambda c: c.begin)
    read = [(c, reading) for c in mentions if (reading := _read(read_as, c)) is not None]
    # The caption leaves out every clock phrase of its sentence, as a moment's leaves out every time.
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for c, reading in read:
        by_sentence.setdefault(c.b, []).append(_said_span(read_as, c.b, *reading[1]))
    clock_times = [_clock_moment(text, c, *reading, by_sentence[c.b], read_as) for c, reading in read]
    return References(found.moments, tuple(clock_times), found.quotes)


def extract_references_file(source: str, duration: float | None = None) -> tuple[Article, References]:
    """Read an article (path or "-"; text, Markdown or HTML) and extract its references."""
    article = read_article(source)
    return article, extract_references(article.text, duration)
