"""Placing a quote (``Moment.said``) in the footage, best evidence first: the
footage's text tracks (:mod:`annotate.speech.tracks`, matched by
:mod:`annotate.speech.match`), then its sound
(:func:`annotate.speech.audio.find_spoken`), else unplaced (``start`` None,
kind ``unplaced``) or placed as its stated time is (the caller's ``otherwise``;
else kept, kind ``none``), with a note saying the words were not found.

A stated time narrows the choice, not the search of the text tracks (they
are cheap to search whole): a match inside the stated window (widened by
``CUE_SLACK_SECONDS``) wins over a better one outside it; the sound is
searched only inside the window. A short quote ("drop it") recurs by chance:
its words place it only inside the stated window, or, untimed, when they
occur in one place only.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Sequence
from dataclasses import replace

from annotate.errors import AnnotateError
from annotate.model import Alignment, Moment
from annotate.speech import audio
from annotate.speech.match import SHORT_QUOTE_WORDS, TextMatch, find, words
from annotate.speech.tracks import SpeechWarning, Track
from annotate.timecode import format_clock

# Cue times lead or lag the words by up to about a second in made-by-hand subtitles.
CUE_SLACK_SECONDS = 1.0
MAX_ALSO = 3  # other places the words were found, listed in the note
EVIDENCE_CHARS = 160  # of the cue text quoted in the note


def place_said(
    moment: Moment, footage_path: str | os.PathLike[str], tracks: Sequence[Track], *,
    stated: float | None = None, window: tuple[float, float] | None = None, has_audio: bool = True,
    otherwise: Callable[[Moment], Moment] | None = None,
    on_progress: Callable[[float], None] | None = None,
) -> Moment:
    """``moment`` with an Alignment for its ``said`` words. ``stated`` and
    ``window`` are its stated time and search window in ``footage_path``'s
    seconds (None for a quote with no time). A timed quote whose words are
    not found is placed by ``otherwise`` (align: snapped like any stated
    time), else kept at its stated time; the note says the words were not found.
    ``on_progress(fraction)`` follows a search of the sound."""
    found = [(t, m) for t in tracks for m in find(moment.said, t.cues)]
    doubt = _doubt(moment.said, found, window) if found else ""
    if found and not doubt:
        return moment.with_alignment(_from_text(found, stated, window))
    heard = _heard(footage_path, moment.said, window, on_progress) if has_audio else None
    if isinstance(heard, audio.SpokenMatch):
        said = " ".join(w for w, _s, _e in heard.words)
        note = (f"heard \"{said}\"" if said else "heard") + \
            f" ({format_clock(heard.start, places=2)}–{format_clock(heard.end, places=2)})"
        return moment.with_alignment(Alignment(round(heard.start, 3), "speech", round(heard.score, 3), note))
    searched = f"{len(tracks)} text track(s)" + (f" ({', '.join(t.source for t in tracks)})" if tracks else "")
    sound = heard if isinstance(heard, str) else \
        ("nor heard in the sound" if has_audio else "and the footage has no sound")
    if window is not None:
        sound += f" in {window[0]:.2f}-{window[1]:.2f} s"
    why = f"the words were not found in {searched} {sound}"
    if doubt:
        why = f"{doubt}; {why.replace('the words were not found', 'not found otherwise', 1)}"
    if stated is None:
        return moment.with_alignment(Alignment(None, "unplaced", 0.0, why))
    placed = otherwise(moment) if otherwise is not None else None
    if placed is not None and placed.alignment is not None:
        return placed.with_alignment(replace(placed.alignment, note=f"{why}; {placed.alignment.note}"))
    return moment.with_alignment(Alignment(max(0.0, stated), "none", 0.0, f"{why}: kept stated time"))


def _doubt(said: str, found: list[tuple[Track, TextMatch]], window: tuple[float, float] | None) -> str:
    """Why text matches of a short quote (``SHORT_QUOTE_WORDS`` words or fewer:
    "drop it", "no") place nothing, or "": such words recur by chance, so they
    count only inside the stated window, or, with no stated time, in one place."""
    if len(words(said)) > SHORT_QUOTE_WORDS:
        return ""
    starts = sorted({round(m.start, 2) for _t, m in found})
    shown = ", ".join(format_clock(s, places=2) for s in starts[:MAX_ALSO]) + \
        (f" and {len(starts) - MAX_ALSO} more" if len(starts) > MAX_ALSO else "")
    if window is not None:
        if any(_inside(m, window) for _t, m in found):
            return ""
        return f"a quote this short found only outside the stated window (at {shown}) is not placed there"
    if len(starts) > 1:
        return f"a quote this short found in {len(starts)} places ({shown}) is not placed by its words"
    return ""


def _inside(m: TextMatch, window: tuple[float, float] | None) -> bool:
    return window is None or window[0] - CUE_SLACK_SECONDS <= m.start <= window[1] + CUE_SLACK_SECONDS


def _from_text(found: list[tuple[Track, TextMatch]], stated: float | None,
               window: tuple[float, float] | None) -> Alignment:
    def inside(m: TextMatch) -> bool:
        return _inside(m, window)

    found.sort(key=lambda tm: (not inside(tm[1]), -tm[1].score,
                               abs(tm[1].start - stated) if stated is not None else 0.0, tm[1].start))
    track, best = found[0]
    cues = track.cues[best.first_cue: best.last_cue + 1]
    text = " / ".join(" ".join(c.text.split()) for c in cues)
    if len(text) > EVIDENCE_CHARS:
        text = text[:EVIDENCE_CHARS - 1] + "…"
    note = (f"subtitle {track.source}, cue {best.first_cue + 1} at {format_clock(cues[0].start, places=2)}: "
            f"\"{text}\"")
    if not inside(best) and window is not None:
        note += f"; outside the stated window {window[0]:.2f}-{window[1]:.2f} s"
    others = sorted({round(m.start, 2) for _t, m in found[1:] if abs(m.start - best.start) > 0.01})
    if others:
        note += "; also at " + ", ".join(format_clock(s, places=2) for s in others[:MAX_ALSO])
        if len(others) > MAX_ALSO:
            note += f" and {len(others) - MAX_ALSO} more"
    return Alignment(round(best.start, 3), "subtitle", best.score, note)


def _heard(footage_path: str | os.PathLike[str], phrase: str, window: tuple[float, float] | None,
           on_progress: Callable[[float], None] | None = None) -> audio.SpokenMatch | str | None:
    """The audio finder's match, None, or why it could not run (recogniser missing, unreadable sound)."""
    try:
        return audio.find_spoken(os.fspath(footage_path), phrase, window, on_progress=on_progress)
    except AnnotateError as exc:
        warnings.warn(f"quote not searched in the sound: {exc.message}", SpeechWarning, stacklevel=3)
        return f"(sound not searched: {exc.message})"
