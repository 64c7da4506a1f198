"""``annotate demo``."""

from __future__ import annotations

import click

from annotate.cli.base import force_option, main, one_line, progress_bar, say
from annotate.cli.outputs import no_stdout


@main.command("demo")
@click.option("-o", "--output", "out", default="annotate-demo", show_default=True,
              type=click.Path(file_okay=False), help="Folder to write the demo outputs into.")
@force_option
def demo_command(out: str, force: bool) -> None:
    """Run the whole pipeline on the sample footage and list what it wrote.

    \b
    Example:
      annotate demo -o /tmp/demo
    """
    no_stdout(out, "demo", "a folder of outputs")
    from annotate.demo import run_demo

    with progress_bar("demo") as on_progress:
        run = run_demo(out, say=say, force=force, on_progress=on_progress)
    width = max(len(what) for what, _ in run.written)
    for what, path in run.written:
        click.echo(one_line(f"{what:<{width}}  {run.out / path}"))
    for note in run.notes:
        say(f"note: {note}")
