"""The suite's own guards: a missing system package skips with its install
line (and fails the run under ANNOTATE_STRICT_TESTS=1), and an ERROR logged
during a test fails it unless the test declares it expected."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest_plugins = ["pytester"]

CONFTEST = "from tests.conftest import no_logged_errors, pytest_sessionfinish  # noqa: F401\n"
MISSING = '''
from tests.system import SystemPackage, require

NOTHING = SystemPackage("a package nobody has", "apt-get install no-such-package", lambda: False)

def test_needs_it():
    require(NOTHING)

def test_plain():
    assert True
'''


@pytest.fixture
def suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.delenv("ANNOTATE_STRICT_TESTS", raising=False)
    # Each inner run is a subprocess (its log records must not reach this
    # test's own guard) that imports this checkout's ``tests`` package.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    pytester.makeconftest(CONFTEST)
    pytester.makeini("[pytest]\nmarkers =\n    expected_log_errors(*pairs): expected\n")
    return pytester


def test_a_missing_package_skips_with_its_install_line(suite: pytest.Pytester) -> None:
    suite.makepyfile(MISSING)
    result = suite.runpytest_subprocess("-rs")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(["*needs a package nobody has: apt-get install no-such-package*"])
    assert result.ret == pytest.ExitCode.OK


def test_strict_mode_turns_any_skip_into_a_failed_run(suite: pytest.Pytester,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATE_STRICT_TESTS", "1")
    suite.makepyfile(MISSING)
    result = suite.runpytest_subprocess()
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*1 test(s) skipped, which fails the run*",
                                 "*test_needs_it*apt-get install no-such-package*"])


def test_strict_mode_passes_when_nothing_is_skipped(suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATE_STRICT_TESTS", "1")
    suite.makepyfile("def test_plain():\n    assert True\n")
    assert suite.runpytest_subprocess().ret == pytest.ExitCode.OK


def test_an_error_logged_during_a_test_fails_it_unless_declared(suite: pytest.Pytester) -> None:
    suite.makepyfile('''
import logging
import pytest

def test_logs_an_error():
    logging.getLogger("some.library").error("Couldn't gather keys: x")

@pytest.mark.expected_log_errors(("some.library", "Couldn't gather keys"))
def test_logs_the_declared_error():
    logging.getLogger("some.library").error("Couldn't gather keys: x")

@pytest.mark.expected_log_errors(("some.library", "Couldn't gather keys"))
def test_logs_another_error():
    logging.getLogger("some.library").error("something else")
''')
    result = suite.runpytest_subprocess()
    result.assert_outcomes(passed=3, errors=2)  # the guard fails at teardown
    result.stdout.fnmatch_lines(["*logged errors: some.library: Couldn't gather keys: x*",
                                 "*logged errors: some.library: something else*"])
