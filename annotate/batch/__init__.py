"""Many stories at once: a job file lists stories and the outputs wanted;
``run`` makes them on a local process pool or a Dask cluster, resumably,
and reports every item's result, failure and time."""

from annotate.batch.jobs import JOB_SCHEMA_VERSION, JobFile, JobFileError, Outputs, Story, load
from annotate.batch.runner import REPORT_JSON, BatchReport, Item, run

__all__ = ["JOB_SCHEMA_VERSION", "REPORT_JSON", "BatchReport", "Item", "JobFile", "JobFileError", "Outputs", "Story",
           "load", "run"]
