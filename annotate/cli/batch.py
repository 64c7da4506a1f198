"""``annotate batch``: every output of many stories, locally or on a Dask cluster."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from annotate.cli.base import EXIT_USER_ERROR, error, main, one_line, progress_bar, warn
from annotate.cli.outputs import no_stdout


@main.command("batch")
@click.argument("job_file", metavar="JOBS.yaml", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("batch-out"),
              show_default=True, help="Output folder: OUTPUT/<story>/... and OUTPUT/batch-report.json.")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Run the tasks on this Dask scheduler's workers (they must see the same paths).")
@click.option("--workers", type=click.IntRange(min=1),
              help="Local worker processes (default: number of cores; with --scheduler the cluster decides).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def batch_command(job_file: Path, out_dir: Path, scheduler: str | None, workers: int | None, quiet: bool) -> None:
    """Make subtitles, clips, renders and review pages for every story in a
    job file, one task per output, on local processes or a Dask cluster.
    Re-running resumes: outputs whose files match their recorded sha256 are
    reused. The exit status is 2 when any item failed (see the report).

    \b
    Job file:
      batch: 1
      defaults: {subtitles: [srt, vtt], clips: {mode: copy, pad: [2, 5]}}
      stories:
        - {name: harbour, article: harbour.txt, footage: harbour.mp4}
        - {name: bridge, timeline: bridge.yaml, outputs: {render: true, review: true}}
        - {name: crossing, article: crossing.txt, footage: [rooftop=A.mp4, B.mp4]}

    \b
    Examples:
      annotate batch jobs.yaml -o out/
      annotate batch jobs.yaml -o /shared/out --scheduler tcp://10.0.0.5:8786
    """
    no_stdout(out_dir, "batch", "a folder of outputs")
    from annotate.batch import run

    with progress_bar("batch", enabled=not quiet) as on_progress:
        report = run(job_file, out_dir, scheduler=scheduler, workers=workers, on_progress=on_progress,
                     on_wait=lambda: warn(f"another run is writing to {out_dir}; waiting for it to finish"))
    for message in report.warnings:
        warn(message)
    for item in report.items:
        if item.status == "failed":
            error(f"{item.id}: {item.reason}")
    work = report.work()
    if work:
        click.echo("work: " + ", ".join(f"{kind} {n} in {seconds:.1f} s" for kind, (n, seconds) in sorted(work.items()))
                   + " (time inside the workers)")
    click.echo(one_line(f"{report.count('written')} written, {report.count('reused')} reused, "
                        f"{report.count('failed')} failed in {report.seconds:.1f} s on {report.executor}; "
                        f"report: {report.report_path}"))
    if not report.ok:
        sys.exit(EXIT_USER_ERROR)
