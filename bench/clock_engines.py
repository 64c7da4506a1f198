"""Which OCR engine reads burnt-in clocks best here: each engine tried reads
the clock crops of CROPS frames spread over the sample compilation's clock
segments (both styles, no transition frames); a read is right when the parsed
time equals the painted one to the second. Prints accuracy and milliseconds
per read. ``python -m bench.clock_engines [rapidocr] [tesseract]``."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import numpy as np

CROPS = 200
# The crop boxes around each style's clock (x, y, w, h), with a few pixels of margin.
BOX_24H = (4, 2, 190, 30)
BOX_12H_OFFSET = (-6, -6, 220, 32)
TRANSITION_MARGIN_FRAMES = 25


def _rapidocr() -> Callable[[np.ndarray], str]:
    from annotate.clock.ocr import RapidEngine

    return RapidEngine().read


def _tesseract() -> Callable[[np.ndarray], str]:
    import cv2
    import pytesseract  # type: ignore[import-not-found, unused-ignore]

    def read(gray: np.ndarray) -> str:
        # Tesseract wants dark text on a light page: upscale, binarise, and
        # invert when most of the crop came out dark.
        big = cv2.resize(gray, None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC)
        _, page = cv2.threshold(big, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        if page.mean() < 127:
            page = 255 - page
        return str(pytesseract.image_to_string(page, config="--psm 7 -c tessedit_char_whitelist=0123456789:/-.APM "))
    return read


ENGINES = {"rapidocr": _rapidocr, "tesseract": _tesseract}


def crops() -> list[tuple[np.ndarray, float, str]]:
    """(crop, true seconds since 1970, date order) for CROPS frames."""
    import calendar

    import av

    import media_samples
    from media_samples import script as sc
    from media_samples.render import CLOCK_12H_CORNER

    samples = media_samples.generate()
    wanted: dict[int, tuple[sc.Shot, int]] = {}
    frames = [(shot, f) for shot in sc.SHOTS if shot.clock_style
              for f in range(shot.first + TRANSITION_MARGIN_FRAMES, shot.last - TRANSITION_MARGIN_FRAMES)]
    for k in np.linspace(0, len(frames) - 1, CROPS).astype(int):
        shot, f = frames[k]
        wanted[f] = (shot, f - shot.first)
    y, m, d = (int(v) for v in sc.CLOCK_DATE.split("-"))
    midnight = calendar.timegm((y, m, d, 0, 0, 0))
    out = []
    with av.open(str(samples.video)) as container:
        for index, frame in enumerate(container.decode(container.streams.video[0])):
            if index not in wanted:
                continue
            shot, i = wanted[index]
            gray = frame.to_ndarray(format="gray")
            if shot.clock_style == "24h":
                x, yy, w, h = BOX_24H
            else:
                dx, dy, w, h = BOX_12H_OFFSET
                x, yy = CLOCK_12H_CORNER[0] + dx, CLOCK_12H_CORNER[1] + dy
            truth = midnight + int(shot.clock_seconds(i))
            order = "ymd" if shot.clock_style == "24h" else "mdy"
            out.append((np.array(gray[yy:yy + h, x:x + w]), float(truth), order))
    return out


def _cpu() -> float:
    """CPU seconds of this process and its finished children (tesseract runs as one)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str]) -> int:
    from annotate.clock.parse import parse

    data = crops()
    for name in argv or list(ENGINES):
        try:
            read = ENGINES[name]()
            read(data[0][0])  # load the models before timing
        except Exception as exc:  # noqa: BLE001 - an engine that is not installed is reported, not fatal
            print(f"{name}: unavailable ({exc})")
            continue
        right = 0
        started, cpu = time.perf_counter(), _cpu()
        for gray, truth, order in data:
            fields = parse(read(gray))
            right += fields is not None and fields.seconds(order) == truth
        per_read = (time.perf_counter() - started) / len(data) * 1000
        cpu_per_read = (_cpu() - cpu) / len(data) * 1000
        print(f"{name}: {right}/{len(data)} right ({right / len(data):.1%}), {per_read:.0f} ms per read "
              f"(wall), {cpu_per_read:.0f} ms CPU per read")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
