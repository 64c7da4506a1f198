"""The one streamed SHA-256 of a file: footage (which can be gigabytes),
clips the manifest records and the outputs a batch report lists."""

from __future__ import annotations

import hashlib
import os

HASH_CHUNK_BYTES = 1 << 20


def file_digest(path: str | os.PathLike[str]) -> tuple[int, str]:
    """(size in bytes, hex SHA-256) of a file, read once in chunks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(HASH_CHUNK_BYTES):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def sha256(path: str | os.PathLike[str]) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    return file_digest(path)[1]
