"""``annotate samples``: generate (or reuse) the sample footage with its ground truth."""

from __future__ import annotations

from pathlib import Path

import click

from annotate.cli.base import main, one_line
from annotate.cli.outputs import no_stdout


@main.command()
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to write to (default: the cache, $ANNOTATE_CACHE/samples/<version>).")
@click.option("--force", is_flag=True, help="Regenerate even if a complete set is already there; replace files "
              "under its names that it did not write.")
def samples(out_dir: Path | None, force: bool) -> None:
    """Generate the synthetic surveillance compilation, its broadcast copy, a
    sample article and ground_truth.json (cuts, transitions, events).

    \b
    Example:
      annotate samples                 # into the cache, reused when present
      annotate samples -o demo --force
    """
    no_stdout(out_dir, "samples", "a folder of footage")
    from tqdm import tqdm

    import media_samples

    bar: tqdm | None = None

    def progress(fraction: float) -> None:  # the bar appears only when there is work to do
        nonlocal bar
        if bar is None:
            bar = tqdm(total=100, unit="%", desc="rendering samples", file=click.get_text_stream("stderr"),
                       bar_format="{desc}: {percentage:3.0f}%|{bar}| {elapsed}<{remaining}")
        bar.update(round(fraction * 100) - bar.n)

    try:
        result = media_samples.generate(out_dir, force=force, progress=progress)
    finally:
        if bar is not None:
            bar.close()
    state = "generated" if result.generated else "cached (use --force to regenerate)"
    click.echo(one_line(f"samples {state} in {result.directory}"))
    truth = result.truth
    video = truth["video"]
    click.echo(f"  {result.video.name:<18} {video['duration']:.1f} s, {video['width']}x{video['height']} "
               f"@ {video['fps']} fps, {len(truth['cuts'])} cuts, {len(truth['transitions'])} transitions")
    b = truth["broadcast"]
    click.echo(f"  {result.broadcast.name:<18} {b['width']}x{b['height']}, footage offset +{b['offset']:g} s")
    click.echo(f"  {result.article.name:<18} {len(truth['article']['moments'])} moments")
    click.echo(f"  {result.ground_truth.name:<18} generator version {truth['generator_version']}")
