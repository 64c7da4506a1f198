"""The extractor's saved pattern code (``annotate.moments.compiled``): the patterns it rebuilds are the ones
``re.compile`` makes, a second run reads them all back, and a missing, damaged or unwritable file costs only the
time to compile them again, never a different result or a crash."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import annotate.moments
from annotate.moments import compiled

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "jsa-defection-article.txt"
ROUND = ROOT / "tests" / "data" / "moments_genres_round58.jsonl"

pytestmark = pytest.mark.skipif(not compiled.BUILD, reason="this Python's re internals differ: nothing is saved")


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in ROUND.read_text(encoding="utf-8").splitlines()[:25]]
    return ([SEED.read_text(encoding="utf-8")] if SEED.exists() else []) + texts


def _package_patterns() -> list[re.Pattern[str]]:
    found: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(annotate.moments.__path__, "annotate.moments."):
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, re.Pattern):
                found[id(value)] = value
    return list(found.values())


def test_every_rebuilt_pattern_finds_what_re_compile_finds() -> None:
    sample = "\n\n".join(_texts()[:8])
    patterns = _package_patterns()
    assert len(patterns) > 500
    for pattern in patterns:
        fresh = re.compile(pattern.pattern, pattern.flags)
        rebuilt = compiled._rebuild(pattern.pattern, compiled._parts(pattern.pattern, pattern.flags))
        assert rebuilt is not None, pattern.pattern[:80]
        assert (rebuilt.pattern, rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        # (every group's span too: the saved code's alternations are grouped by first character, compiled._grouped)
        assert [m.regs for m in rebuilt.finditer(sample)] == [m.regs for m in fresh.finditer(sample)], \
            pattern.pattern[:80]


def test_a_bad_pattern_is_an_error_as_re_compile_makes_it() -> None:
    with pytest.raises(re.error):
        compiled.regex(r"(unclosed")


# Extracts from the texts in a fresh process and prints how many patterns it compiled afresh with the moments.
_RUN = (
    "import json, sys\n"
    "from annotate.moments import compiled\n"
    "from annotate import extract_moments\n"
    "texts = json.load(sys.stdin)\n"
    "found = [[(m.start, m.end, m.approximate) for m in extract_moments(t)] for t in texts]\n"
    "print(json.dumps({'afresh': compiled.compiled_afresh, 'found': found}))\n"
)


def _run(cache: Path) -> dict[str, object]:
    env = {**os.environ, "ANNOTATE_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-c", _RUN], input=json.dumps(_texts()), capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=300, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    cache = tmp_path_factory.mktemp("cache")
    return cache, _run(cache)


def test_a_second_run_reads_every_pattern_back_and_finds_the_same(first_run: tuple[Path, dict[str, object]]) -> None:
    cache, first = first_run
    assert isinstance(first["afresh"], int) and first["afresh"] > 500
    assert len(list(cache.glob("patterns-*.bin"))) == 1
    second = _run(cache)
    assert second["afresh"] == 0
    assert second["found"] == first["found"]
    assert any(first["found"])  # (the texts do hold moments)


def test_a_damaged_file_is_compiled_again_and_rewritten(first_run: tuple[Path, dict[str, object]],
                                                        tmp_path: Path) -> None:
    _, first = first_run
    _run(tmp_path)
    saved = next(tmp_path.glob("patterns-*.bin"))
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte in the middle of the compressed code
    saved.write_bytes(bytes(data))
    damaged = _run(tmp_path)
    assert damaged["afresh"] == first["afresh"]
    assert damaged["found"] == first["found"]
    assert _run(tmp_path)["afresh"] == 0  # rewritten whole


def test_a_cache_that_cannot_be_written_costs_only_time(first_run: tuple[Path, dict[str, object]],
                                                        tmp_path: Path) -> None:
    _, first = first_run
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be\n")
    result = _run(blocked)
    assert result["afresh"] == first["afresh"]
    assert result["found"] == first["found"]
    assert blocked.read_text() == "a file where the cache folder would be\n"


def test_a_fifo_under_the_files_name_is_not_waited_on(first_run: tuple[Path, dict[str, object]],
                                                        tmp_path: Path) -> None:
    _, first = first_run
    _run(tmp_path)
    saved = next(tmp_path.glob("patterns-*.bin"))
    saved.unlink()
    os.mkfifo(saved)  # (a run that opened it for reading the usual way would wait for a writer for ever)
    result = _run(tmp_path)
    assert result["afresh"] == first["afresh"]
    assert result["found"] == first["found"]
