"""The OCR engine behind the clock reader: RapidOCR (ONNX models shipped in
its wheel, nothing downloaded at run time), used for finding text in a few
frames and for reading the located clock in the others."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import numpy as np

from annotate.errors import ToolError

INSTALL_HINT = "pip install 'annotate[clock]' && pip install --no-deps 'rapidocr-onnxruntime==1.4.4'"


@dataclass(frozen=True)
class Found:
    """One line of text found in a frame: its box (x, y, w, h) and text."""

    box: tuple[int, int, int, int]
    text: str


@functools.lru_cache(maxsize=1)
def _engine() -> Any:
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:
        raise ToolError(f"reading clocks needs RapidOCR, which is not installed ({exc}): {INSTALL_HINT}") from None
    # One thread each: onnxruntime's pool spins while it waits, and on a
    # clock crop one thread did the same work for half the CPU (27 ms a read
    # against 56 ms; text detection on a 720p frame 0.44 s against 1.0 s).
    return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)


def _bgr(gray: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(np.repeat(gray[:, :, None], 3, axis=2))


class RapidEngine:
    """RapidOCR: detection on whole frames, recognition alone on clock crops."""

    name = "rapidocr-onnxruntime"

    def find(self, gray: np.ndarray) -> list[Found]:
        result, _ = _engine()(_bgr(gray))
        out = []
        for quad, text, _score in result or []:
            xs = [p[0] for p in quad]
            ys = [p[1] for p in quad]
            x0, y0 = int(min(xs)), int(min(ys))
            out.append(Found((x0, y0, int(max(xs)) - x0 + 1, int(max(ys)) - y0 + 1), str(text)))
        return out

    def read(self, gray: np.ndarray) -> str:
        result, _ = _engine()(_bgr(gray), use_det=False, use_cls=False)
        return " ".join(str(r[0]) for r in result or [])
