"""A TCP server on 127.0.0.1 (port 0) that answers every connection with fixed bytes: for replies no well-behaved
server sends (a download cut short, an HTTP reply where a Dask scheduler should be), which the tool must refuse in one
line."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator


@contextlib.contextmanager
def raw_server(reply: bytes | None, *, hold: bool = False) -> Iterator[int]:
    """Serve until the block ends; yield the port. Each connection's request is read, then ``reply`` sent and the
    connection closed, or, with ``hold``, kept open (a peer that never finishes); with ``reply`` None nothing is
    read or said at all."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            if reply is not None:
                conn.recv(65536)
                conn.sendall(reply)
            if hold or reply is None:
                held.append(conn)
            else:
                conn.close()

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield listener.getsockname()[1]
    finally:
        for sock in [listener, *held]:
            sock.close()
