"""``python -m bench.speech_accuracy``: how well the sample set's spoken lines
are found and recognised.

1. Calibration of :data:`annotate.speech.audio.FOUND_FLOOR`: each line's words
   force-aligned to every candidate window of the whole sample soundtrack
   (the other lines, the gunfire); the score where the line is spoken and the
   best score anywhere else. The floor must sit between the lowest of the
   first and the highest of the second.
2. Free recognition (PocketSphinx's en-us language model, no phrase given) of
   each line: word error rate, the measure of whether a word-level
   ``annotate transcribe`` would help a person.
"""

from __future__ import annotations

import sys

import numpy as np

import media_samples
from annotate.speech import audio

SAME_PLACE_SECONDS = 1.0


def calibration(samples: media_samples.SampleSet) -> list[tuple[str, float, float]]:
    """(line, score where spoken, best score elsewhere) per line."""
    recogniser = audio._recogniser()
    stretches = audio.speech_stretches(samples.video, 0.0, float("inf"))
    sounds: dict[tuple[float, float], np.ndarray] = {}
    out = []
    for line in samples.truth["speech"]["lines"]:
        known, _ = recogniser.split_known(audio.phrase_words(line["text"]))
        expected = max(0.4, recogniser.phone_count(known) * audio.SECONDS_PER_PHONE)
        right = wrong = 0.0
        for a, b in audio.candidate_windows(stretches, expected):
            if (a, b) not in sounds:
                sounds[(a, b)] = audio.read_pcm(samples.video, a, b)
            found = recogniser.align(sounds[(a, b)], a, known)
            if found is None:
                continue
            if abs(found.start - line["start"]) < SAME_PLACE_SECONDS:
                right = max(right, found.score)
            else:
                wrong = max(wrong, found.score)
        out.append((line["text"], right, wrong))
    return out


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    """Levenshtein distance over words."""
    row = list(range(len(hypothesis) + 1))
    for i, ref in enumerate(reference, start=1):
        prev, row[0] = row[0], i
        for j, hyp in enumerate(hypothesis, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ref != hyp))
    return row[-1]


def free_recognition(samples: media_samples.SampleSet) -> list[tuple[str, str, int]]:
    """(line, what the recogniser heard, word errors) per line."""
    import pocketsphinx

    decoder = pocketsphinx.Decoder(loglevel="FATAL")
    out = []
    for line in samples.truth["speech"]["lines"]:
        pcm = audio.read_pcm(samples.video, line["start"] - 0.5, line["end"] + 0.5)
        decoder.start_utt()
        decoder.process_raw(pcm.tobytes(), full_utt=True)
        decoder.end_utt()
        heard = decoder.hyp().hypstr if decoder.hyp() else ""
        out.append((line["text"], heard, word_errors(audio.phrase_words(line["text"]), audio.phrase_words(heard))))
    return out


def main() -> None:
    samples = media_samples.generate()
    rows = calibration(samples)
    for text, right, wrong in rows:
        print(f"{text:40} spoken {right:.3f}  elsewhere {wrong:.3f}")
    low, high = min(r[1] for r in rows), max(r[2] for r in rows)
    ok = high < audio.FOUND_FLOOR <= low
    print(f"lowest where spoken {low:.3f}, highest elsewhere {high:.3f}, floor {audio.FOUND_FLOOR}"
          f" ({'between' if ok else 'NOT between'})")
    heard = free_recognition(samples)
    words = sum(len(audio.phrase_words(t)) for t, _, _ in heard)
    errors = sum(e for _, _, e in heard)
    for text, hyp, e in heard:
        print(f"{text:40} heard {hyp!r} ({e} errors)")
    print(f"free recognition: word error rate {errors / words:.0%} ({errors}/{words} words)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
