"""Shared fixtures: the sample footage (generated once, cached) and a guard
that fails any test during which a library logged an ERROR."""

from __future__ import annotations

import logging

import pytest

import media_samples


@pytest.fixture(scope="session")
def samples() -> media_samples.SampleSet:
    """The sample set in the cache ($ANNOTATE_CACHE or ~/.cache/annotate);
    generated on first use (about half a minute), reused afterwards."""
    return media_samples.generate()


# Loggers that may be set not to propagate to the root (PySceneDetect's does
# once its CLI has configured it): listen to them directly.
NON_PROPAGATING_LOGGERS = ("pyscenedetect",)


@pytest.fixture(autouse=True)
def no_logged_errors(caplog: pytest.LogCaptureFixture):
    """PySceneDetect and others report trouble through logging, not
    exceptions: an ERROR logged during a test fails it."""
    loggers = [logging.getLogger(name) for name in NON_PROPAGATING_LOGGERS]
    for logger in loggers:
        logger.addHandler(caplog.handler)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeHandler(caplog.handler)
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    if errors:
        pytest.fail("logged errors: " + "; ".join(f"{r.name}: {r.getMessage()}" for r in errors), pytrace=False)
