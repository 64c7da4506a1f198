"""annotate.clock.read without OCR: a crop that looks like one read less
than a second before takes its reading; a seconds tick, or a crop further
away, is read again (the reader on real clocks: tests/test_clock.py)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from annotate.clock.read import ClockReader

FPS = 25.0
REGION = (0, 0, 200, 40)


class CountingEngine:
    name = "counting"

    def __init__(self) -> None:
        self.texts: list[str] = []

    def read(self, gray: np.ndarray) -> str:
        self.texts.append("read")
        return f"2021-06-30 12:00:{len(self.texts):02d}"


def _frame(text: str, seed: int, grain: float = 12.0) -> np.ndarray:
    """Light text on a dark box, with grain as a camera gives it."""
    image = Image.new("L", (REGION[2], REGION[3]), 30)
    ImageDraw.Draw(image).text((6, 4), text, fill=230, font=ImageFont.load_default(size=28))
    noise = np.random.default_rng(seed).normal(0, grain, (REGION[3], REGION[2]))
    return np.clip(np.asarray(image, np.float32) + noise, 0, 255).astype(np.uint8)


def _reader() -> tuple[ClockReader, CountingEngine]:
    engine = CountingEngine()
    source = SimpleNamespace(fps=FPS, regions=[REGION], width=REGION[2], height=REGION[3])
    return ClockReader(source, [], detect=False, engine=engine), engine  # type: ignore[arg-type]


def test_the_same_second_under_new_grain_is_not_read_again():
    reader, engine = _reader()
    first = reader._ocr(0, REGION, _frame("12:00:01", seed=1))
    again = reader._ocr(5, REGION, _frame("12:00:01", seed=2))
    assert len(engine.texts) == 1 and again is first and reader.reads == 1


def test_a_tick_is_read_again():
    reader, engine = _reader()
    reader._ocr(0, REGION, _frame("12:00:01", seed=1))
    for digit, frame in (("2", 10), ("8", 20)):
        reader._ocr(frame, REGION, _frame(f"12:00:0{digit}", seed=frame))
    assert len(engine.texts) == 3


def test_a_crop_a_second_or_more_away_is_read_again():
    reader, engine = _reader()
    reader._ocr(0, REGION, _frame("12:00:01", seed=1))
    reader._ocr(int(FPS), REGION, _frame("12:00:01", seed=2))
    assert len(engine.texts) == 2
