"""Many stories at once: a job file lists stories and the outputs wanted;
``run`` makes them on a local process pool or a Dask cluster, resumably,
and reports every item's result, failure and time."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotate.batch.jobs import JOB_SCHEMA_VERSION, JobFile, JobFileError, Outputs, Story, load
    from annotate.batch.runner import REPORT_JSON, BatchReport, Item, run

__all__ = ["JOB_SCHEMA_VERSION", "REPORT_JSON", "BatchReport", "Item", "JobFile", "JobFileError", "Outputs", "Story",
           "load", "run"]
# Loaded on first use: a pool worker imports this package for its tasks
# module and needs neither the job file reader nor the runner.
_HOME = {"JOB_SCHEMA_VERSION": "jobs", "JobFile": "jobs", "JobFileError": "jobs", "Outputs": "jobs", "Story": "jobs",
         "load": "jobs", "REPORT_JSON": "runner", "BatchReport": "runner", "Item": "runner", "run": "runner"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"annotate.batch.{_HOME[name]}"), name)
