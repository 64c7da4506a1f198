"""``annotate sync``: how times in one copy of the footage map into another."""

from __future__ import annotations

import json

import click

from annotate.cli.base import main, progress_bar, warn


@main.command("sync")
@click.argument("reference", type=click.Path(dir_okay=False))
@click.argument("other", type=click.Path(dir_okay=False))
@click.option("--method", type=click.Choice(["auto", "shots", "sound"]), default="auto", show_default=True,
              help="shots: copies of one footage; sound: angles of one event; auto: shots, else sound.")
@click.option("--json", "as_json", is_flag=True,
              help='Print {"method":..., "offset":..., "rate":..., "confidence":..., "matches":...}.')
def sync_command(reference: str, other: str, method: str, as_json: bool) -> None:
    """How times in REFERENCE map into OTHER: OTHER time = REFERENCE time x
    rate + offset. A copy of the same footage (re-upload, broadcast with a
    slate, rescaled, with a logo) is matched by its shot changes; another
    angle of the same event, whose pictures share none, by its sound (no
    offset when the sound is unrelated).

    \b
    Examples:
      annotate sync original.mp4 broadcast.mp4
      annotate sync original.mp4 reupload.mp4 --json
      annotate sync rooftop.mp4 passerby.mp4 --method sound
    """
    from annotate.fetch import given_path
    from annotate.sync import sync

    with progress_bar("sync") as on_progress:  # (a file:// URL, as every command's footage)
        result = sync(given_path(reference), given_path(other), method=method, on_progress=on_progress)
    if as_json:
        click.echo(json.dumps(result.as_dict()))
    else:
        evidence = "shot changes" if result.method == "shots" else "sound windows"
        offset = round(result.offset, 3) + 0.0  # (+ 0.0: -0.0 reads as the other copy being ahead)
        click.echo(f"offset {offset:+.3f} s, rate {result.rate:.6f}, confidence {result.confidence:.2f} "
                   f"by {result.method} ({result.matches} matched {evidence})")
    if result.confidence < 0.5:
        warn(f"only {result.matches} {'shot changes' if result.method == 'shots' else 'sound windows'} "
             "matched: check the offset by eye")
