"""A headless Chromium for tests that need a real browser (Debian's
``chromium`` driven by playwright); the test starts and stops it itself.

    from tests.browser import chromium_page   # pytest fixture, re-export in a test module
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest

from tests import system
from tests.system import require

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """A launched playwright Browser, closed on exit."""
    from playwright.sync_api import sync_playwright

    require(system.CHROMIUM)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(system.CHROMIUM_BINARY), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One browser per test module (starting Chromium costs about a second)."""
    with chromium() as b:
        yield b


@pytest.fixture
def chromium_page(browser: Any) -> Iterator[Any]:
    """A fresh page that fails the test on any uncaught page error (collected in ``page.errors``)."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    try:
        yield page
    finally:
        context.close()
