"""Finding a quoted phrase in the sound (:func:`annotate.speech.audio.find_spoken`):
a quote with a stated time in 30-min footage (goal <= 5 s), an untimed quote
searched through 10-min footage (against real time), and the untimed search's
peak memory at two lengths (flat), each against a bare ffmpeg decode of the
same soundtrack to 16 kHz mono.

The footage is the sample compilation looped (stream copy: its picture and its
sound with the seven spoken lines at 10 dB SNR), so every loop holds the
lines at the sample's times plus the loop's start, plus the AAC priming each
loop brings along (about 21 ms a loop: in loop 4 the words are about 0.08 s
later than 4 x 270 s + their time, which the "placed ... from the words"
note counts as error)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import media_samples
from annotate import cache, ffmpeg
from annotate.atomic import atomic_path
from bench.measure import Measurement, Row, python, run_timed

LONG_MINUTES = 30
SEARCH_MINUTES = 10
SHORT_MINUTES = 3
STATED_LOOP = 4  # the stated quote is said in this loop of the long file (0-based)
STATED_SLACK_SECONDS = 5.0  # the stated time is searched +- this (a hedged time's window)

FIND = (
    "import json, sys\n"
    "from annotate.speech.audio import find_spoken\n"
    "window = json.loads(sys.argv[3])\n"
    "m = find_spoken(sys.argv[1], sys.argv[2], tuple(window) if window else None)\n"
    "json.dump(None if m is None else {'start': m.start, 'score': m.score}, open(sys.argv[4], 'w'))\n"
)


def footage(minutes: int, samples: media_samples.SampleSet) -> Path:
    path = cache.cache_dir("bench", "speech", media_samples.GENERATOR_VERSION, create=True) / f"spoken-{minutes}min.mp4"
    if not path.exists():
        loops = int(minutes * 60 // samples.truth["video"]["duration"]) + 1
        with atomic_path(path) as tmp:
            ffmpeg.run(["-stream_loop", str(loops), "-i", samples.video, "-t", str(minutes * 60), "-c", "copy",
                        "-f", "mp4", tmp], what="looping the sample footage")
    return path


def _find(path: Path, phrase: str, window: tuple[float, float] | None,
          work: Path) -> tuple[Measurement, Measurement, dict | None]:
    out = work / "found.json"
    wall, cpu = run_timed(python(FIND) + [str(path), phrase, json.dumps(window), str(out)])
    return wall, cpu, json.loads(out.read_text(encoding="utf-8"))


def _decode(path: Path) -> Measurement:
    return run_timed([ffmpeg.binary().path, "-hide_banner", "-nostdin", "-loglevel", "error", "-i", str(path),
                      "-map", "0:a:0", "-vn", "-ac", "1", "-ar", "16000", "-f", "s16le", "-y", "/dev/null"])[0]


def _verdict(found: dict | None, truths: list[float]) -> str:
    if found is None:
        return "not found"
    error = min(abs(found["start"] - t) for t in truths)
    return f"placed {error:.2f} s from the words (score {found['score']:.2f})"


def run() -> list[Row]:
    samples = media_samples.generate()
    loop = samples.truth["video"]["duration"]
    lines = samples.truth["speech"]["lines"]
    long, search, short = (footage(m, samples) for m in (LONG_MINUTES, SEARCH_MINUTES, SHORT_MINUTES))
    stated = lines[2]
    t = STATED_LOOP * loop + stated["start"]
    untimed = lines[1]
    in_search = [k * loop + untimed["start"] for k in range(int(SEARCH_MINUTES * 60 // loop) + 1)]
    with tempfile.TemporaryDirectory(prefix="bench-speech-") as tmp:
        work = Path(tmp)
        one, one_cpu, one_found = _find(long, stated["text"], (round(t) - STATED_SLACK_SECONDS,
                                                                round(t) + STATED_SLACK_SECONDS), work)
        whole, whole_cpu, whole_found = _find(search, untimed["text"], None, work)
        small, _, _ = _find(short, untimed["text"], None, work)
        absent, _, absent_found = _find(search, "Hold your fire!", None, work)
    bare_long, bare_search = _decode(long), _decode(search)
    seconds = SEARCH_MINUTES * 60
    return [
        Row(f"quote with a stated time (+-{STATED_SLACK_SECONDS:.0f} s), {LONG_MINUTES}-min footage (wall)", one,
            "decode the whole soundtrack", bare_long,
            f"goal <= 5 s; CPU {one_cpu.seconds:.1f} s; {_verdict(one_found, [t])}"),
        Row(f"untimed quote, whole {SEARCH_MINUTES}-min footage (wall)", whole, "decode the whole soundtrack",
            bare_search,
            f"{seconds / whole.seconds:.1f}x real time (CPU {whole_cpu.seconds:.0f} s, "
            f"{seconds / whole_cpu.seconds:.1f}x); {_verdict(whole_found, in_search)}"),
        Row(f"quote not said, whole {SEARCH_MINUTES}-min footage (wall)", absent, "decode the whole soundtrack",
            bare_search, _verdict(absent_found, [0.0]) + " (right: not found)"),
        Row(f"untimed search, {SHORT_MINUTES}-min vs {SEARCH_MINUTES}-min (memory)", small,
            f"same, {SEARCH_MINUTES}-min", whole,
            f"peak MB {small.peak_mb:.0f} ({SHORT_MINUTES} min) vs {whole.peak_mb:.0f} ({SEARCH_MINUTES} min)"),
    ]

