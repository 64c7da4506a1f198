"""The one streamed SHA-256 of a file: footage (which can be gigabytes),
clips the manifest records and the outputs a batch report lists."""

from __future__ import annotations

import functools
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


def file_version(path: str | os.PathLike[str]) -> list[int]:
    """What changes whenever a file's bytes do: its size, mtime, ctime (which
    no one can set back) and inode. A digest recorded with it (a download's,
    in the fetch cache's index) holds for as long as it is the same."""
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def versioned_sha256(path: str | os.PathLike[str]) -> str:
    """Hex SHA-256 of a file, read once per version of the file in a process
    (path and :func:`file_version`): footage that the commands checking it
    against the timeline and those recording it both need, a font a render
    stamps, a clip a resumed run proves its own before it proves it finished.
    A file changed in place is read again."""
    resolved = os.path.realpath(path)
    return _version_sha256(resolved, *file_version(resolved))


# Entries are a path and a digest: enough for every clip of a large batch.
@functools.lru_cache(maxsize=4096)
def _version_sha256(path: str, size: int, mtime_ns: int, ctime_ns: int, inode: int) -> str:
    return sha256(path)
