"""One exception hierarchy: every user-facing failure is an AnnotateError that
knows the input it is about and renders itself as one line."""

from __future__ import annotations

import contextlib
import errno
import pickle
import warnings
from collections.abc import Iterator


def os_reason(exc: OSError) -> str:
    """What went wrong in an ``OSError``, as a user can act on it: the system's words, and for too many open
    files the limit and how to raise it (a batch under ``ulimit -n 16`` said only "Too many open files")."""
    if exc.errno == errno.EMFILE:
        try:
            import resource

            limit = f"the limit is {resource.getrlimit(resource.RLIMIT_NOFILE)[0]}: "
        except (ImportError, OSError, ValueError):  # (no resource module on Windows)
            limit = ""
        return f"too many open files ({limit}raise it with `ulimit -n`, or run fewer workers)"
    if exc.errno == errno.ENFILE:
        return "too many open files on the whole system (the kernel's file table is full)"
    if exc.errno == errno.EFBIG:  # (Python ignores SIGXFSZ: a write past `ulimit -f` fails with EFBIG)
        return "file size limit exceeded (a `ulimit -f` or a quota)"
    return exc.strerror or str(exc)


def cannot_write(exc: OSError) -> str:
    """The message of a write that failed with ``exc``: "cannot write: " and :func:`os_reason`, except for too
    many open files, a limit of the process, not of the file or its disk (`clips` under ``ulimit -n 12`` said
    "cannot write: Too many open files")."""
    reason = os_reason(exc)
    return reason if exc.errno in (errno.EMFILE, errno.ENFILE) else f"cannot write: {reason}"


# The command line's exit status when Ctrl-C (or SIGTERM) stopped it: 128 + SIGINT, as a shell reports it.
EXIT_INTERRUPTED = 130


class AnnotateError(Exception):
    """Base of every error the toolkit raises on purpose.

    ``subject`` names the offending input (a path, a field, a value) so the
    one-line message says *what* is wrong and *where*.
    """

    def __init__(self, message: str, *, subject: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.subject = subject

    def __str__(self) -> str:
        if self.subject is None or self.subject == "":
            return self.message
        return f"{self.subject}: {self.message}"

    def __reduce__(self) -> tuple[object, ...]:
        # Pickle by state, not by calling __init__ again: subclasses take
        # keyword-only arguments (TruncatedMediaError's ``readable``), which
        # the default (``cls(*args)``) cannot pass, so a batch worker's error
        # could not reach the report. Subjects that cannot be pickled go as text.
        state = dict(self.__dict__)
        if state.get("subject") is not None:
            try:
                pickle.dumps(state["subject"])
            except Exception:  # noqa: BLE001 - any unpicklable subject
                state["subject"] = str(state["subject"])
        return (_rebuild, (type(self), self.args, state))


def _rebuild(cls: type[AnnotateError], args: tuple[object, ...], state: dict[str, object]) -> AnnotateError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class AnnotateWarning(UserWarning):
    """Base of every warning the library gives: something was done, but not
    quite as asked (a font substituted, a format forced a change). The library
    never prints; the CLI shows each as one ``annotate: warning: ...`` line."""


@contextlib.contextmanager
def collected(notes: list[str], category: type[AnnotateWarning] = AnnotateWarning, *,
              keep: bool = False) -> Iterator[None]:
    """Gather the messages of the ``category`` warnings raised inside into
    ``notes`` (a report's list); with ``keep`` they are then warned again, so
    whoever handles warnings (the CLI) still sees them. Other warnings pass on.
    When the body raises, the warnings it gave are dropped: the error is what
    matters then (a file refused does not also warn of an assumed rate)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for w in caught:
        if issubclass(w.category, category):
            notes.append(str(w.message))
        if not issubclass(w.category, category) or keep:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)


class MediaWarning(AnnotateWarning):
    """Footage was read only in part (decoding stopped with errors; what decoded is used), or does not
    reach a moment the article places in it."""


class AttributionWarning(AnnotateWarning):
    """A moment of an article about several videos was put on the first one: the text did not say which."""


class BusyWarning(AnnotateWarning):
    """The call waits for another run that holds the output folder."""


class InputError(AnnotateError):
    """An input file or argument is missing, unreadable or malformed."""


class TimeFormatError(InputError):
    """A time could not be read as seconds or a timecode."""


class TimelineError(InputError):
    """A timeline file does not follow the schema.

    ``path``, ``moment`` and ``field`` locate the problem in the file.
    """

    def __init__(
        self,
        message: str,
        *,
        path: object | None = None,
        moment: object | None = None,
        field: str | None = None,
    ) -> None:
        where = [str(p) for p in (path,) if p]
        if moment is not None:
            where.append(f"moment {moment}")
        if field:
            where.append(f"field '{field}'")
        super().__init__(message, subject=", ".join(where) or None)
        self.path = path
        self.moment = moment
        self.field = field


class MediaError(AnnotateError):
    """Footage cannot be decoded, probed or has no usable stream."""


class ToolError(AnnotateError):
    """An external tool (ffmpeg, a browser) failed or lacks a needed feature."""


class OutputError(AnnotateError):
    """An output cannot be written (unwritable directory, full disk, clash)."""
