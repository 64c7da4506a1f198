"""Is webvtt-py a conformant WebVTT reader? Reads Mozilla vtt.js's
conformance files (tests/data/third-party/subtitles/vttjs: cue times and file
layout with the cues vtt.js expects; cue text with the text its DOM shows)
and three cases the W3C algorithm settles, with webvtt-py and with
annotate's reader, and counts the files each reads as expected.

Run: ``python -m bench.webvtt_conformance`` (needs ``pip install webvtt-py``).
A refused file counts as right where no cue is expected; a file read
differently counts as right for annotate only if it warned."""

from __future__ import annotations

import csv
import html
import json
import re
from pathlib import Path

from annotate.errors import InputError
from annotate.subtitles import vtt

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "data" / "third-party" / "subtitles" / "vttjs"
Cues = list[tuple[float, float, str]]
NO_TIME = -1.0  # cue-text files: only the text is compared
# What the W3C parser reads and an ad hoc one may not: (name, file text, cues).
SPEC_CASES: list[tuple[str, str, Cues]] = [
    ("timing line right after cue text", "WEBVTT\n\n00:01.000 --> 00:02.000\nOne\n00:03.000 --> 00:04.000\nTwo\n",
     [(1.0, 2.0, "One"), (3.0, 4.0, "Two")]),
    ("no spaces around -->", "WEBVTT\n\n00:01.000-->00:02.000\nOne\n", [(1.0, 2.0, "One")]),
    ("settings glued to the end time", "WEBVTT\n\n00:01.000 --> 00:02.000align:start\nOne\n", [(1.0, 2.0, "One")]),
]


def visible(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", text)).split())


def cases() -> list[tuple[str, str, Cues]]:
    out = []
    with (FIXTURES / "expected.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            expected = json.loads((FIXTURES / row["expected"]).read_text(encoding="utf-8"))["cues"]
            text = (FIXTURES / row["vtt"]).read_bytes().decode("utf-8")
            out.append((row["vtt"], text, [(c["startTime"], c["endTime"], visible(c["text"])) for c in expected]))
    for path in sorted((FIXTURES / "cuetext").glob("*/*.vtt")):
        shown = json.loads(path.with_name(f"{path.stem}-proc.json").read_text(encoding="utf-8"))
        out.append((str(path.relative_to(FIXTURES)), path.read_text(encoding="utf-8"),
                    [(NO_TIME, NO_TIME, " ".join(cue["textContent"].split())) for cue in shown]))
    return out + SPEC_CASES


def same(got: Cues | None, expected: Cues) -> bool:
    if got is None:
        return not expected
    return len(got) == len(expected) and all(
        (b[0] == NO_TIME or (abs(a[0] - b[0]) < 0.001 and abs(a[1] - b[1]) < 0.001)) and a[2] == b[2]
        for a, b in zip(got, expected))


def ours(text: str) -> tuple[Cues | None, int]:
    said: list[str] = []
    try:
        cues = vtt.loads(text.removeprefix("\ufeff"), lambda _line, reason, _rule="": said.append(reason))
    except InputError:
        return None, 0
    return [(c.start, c.end, " ".join(c.text.split())) for c in cues], len(said)


def _clock(stamp: str) -> float:
    """webvtt-py's ``HH:MM:SS.mmm`` (its ``*_in_seconds`` are whole seconds)."""
    h, m, s = stamp.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def webvtt_py(text: str) -> Cues | None:
    import webvtt

    try:
        return [(_clock(c.start), _clock(c.end), " ".join(c.text.split())) for c in webvtt.from_string(text).captions]
    except Exception:  # webvtt-py refuses with its own errors
        return None


def main() -> None:
    rows, right_ours, warned, right_theirs = cases(), 0, 0, 0
    print(f"{'file':55} {'expected':>8} {'annotate':>9} {'webvtt-py':>9}")
    for name, text, expected in rows:
        got, warnings = ours(text)
        theirs = webvtt_py(text)
        ok_ours, ok_theirs = same(got, expected), same(theirs, expected)
        right_ours += ok_ours
        warned += not ok_ours and warnings > 0
        right_theirs += ok_theirs
        print(f"{name[:55]:55} {len(expected):>8} {'ok' if ok_ours else 'warned' if warnings else 'DIFF':>9} "
              f"{'ok' if ok_theirs else 'DIFF':>9}")
    print(f"annotate: {right_ours}/{len(rows)} as expected, {warned} more with a warning naming the difference; "
          f"webvtt-py: {right_theirs}/{len(rows)}")


if __name__ == "__main__":
    main()
