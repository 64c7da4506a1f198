"""Every output of the moment extractor over every case set, the seed article and the
benchmark articles, as one JSON document (a measuring harness, not part of the library).

Run it before and after a change that must not change results (a speed-up) and
compare the two files byte for byte:

    python -m tests.moments_snapshot /tmp/before.json   # on the old code
    python -m tests.moments_snapshot /tmp/after.json    # on the new code
    cmp /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _texts() -> list[tuple[str, str, float | None]]:
    from bench.bench_extract import TYPICAL_TIMED_SHARE, build_article

    texts: list[tuple[str, str, float | None]] = []
    for path in sorted(DATA.glob("moments*.jsonl")):  # every case set, each blind round included
        name = path.name
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                texts.append((f"{name}:{case.get('id', len(texts))}", case["text"], case.get("duration")))
    texts.append(("seed", (DATA / "jsa-defection-article.txt").read_text(encoding="utf-8"), None))
    texts.append(("bench-every", build_article(200_000), None))
    texts.append(("bench-tenth", build_article(200_000, timed_share=TYPICAL_TIMED_SHARE), None))
    return texts


def snapshot() -> dict[str, dict[str, list[dict]]]:
    from annotate.moments import extract_references

    out = {}
    for name, text, duration in _texts():
        found = extract_references(text, duration)
        out[name] = {"moments": [dataclasses.asdict(m) for m in found.moments],
                     "clock_times": [dataclasses.asdict(m) for m in found.clock_times]}
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    Path(argv[0]).write_text(json.dumps(snapshot(), indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
