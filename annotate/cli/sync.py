"""``annotate sync``: how times in one copy of the footage map into another."""

from __future__ import annotations

import json

import click

from annotate.cli.base import main, progress_bar, warn


@main.command("sync")
@click.argument("reference", type=click.Path(dir_okay=False))
@click.argument("other", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help='Print {"offset":..., "rate":..., "confidence":...}.')
def sync_command(reference: str, other: str, as_json: bool) -> None:
    """How times in REFERENCE map into OTHER, another copy of the same
    footage (re-upload, broadcast with a slate, rescaled, with a logo):
    OTHER time = REFERENCE time x rate + offset.

    \b
    Examples:
      annotate sync original.mp4 broadcast.mp4
      annotate sync original.mp4 reupload.mp4 --json
    """
    from annotate.sync import sync

    with progress_bar("sync") as on_progress:
        result = sync(reference, other, on_progress=on_progress)
    if as_json:
        click.echo(json.dumps(result.as_dict()))
    else:
        click.echo(f"offset {result.offset:+.3f} s, rate {result.rate:.6f}, confidence {result.confidence:.2f} "
                   f"({result.matches} matched shot changes)")
    if result.confidence < 0.5:
        warn(f"only {result.matches} shot changes matched: check the offset by eye")
