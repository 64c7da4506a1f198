"""``annotate clock``: the footage's burnt-in clock, as a clock map."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from annotate.cli.base import main, progress_bar, warn
from annotate.errors import InputError

if TYPE_CHECKING:
    from annotate.clock.model import ClockMap


def _region(text: str | None) -> tuple[int, int, int, int] | None:
    if text is None:
        return None
    parts = text.replace(" ", "").split(",")
    try:
        x, y, w, h = (int(p) for p in parts)
    except ValueError:
        raise InputError(f"--region wants four whole numbers x,y,w,h (pixels), got {text!r}") from None
    if w <= 0 or h <= 0 or x < 0 or y < 0:
        raise InputError(f"--region wants x,y >= 0 and w,h > 0, got {text!r}")
    return x, y, w, h


def _both_ways(clock_map: ClockMap) -> str:
    """`` (03/04/2017: 3 April or 4 March)``: the first date shown, read both ways."""
    import calendar

    dated = next((s for s in clock_map.segments if s.kind == "clock"), None)
    if dated is None:
        return ""
    year, month, day = (int(x) for x in dated.clock[:10].split("-"))
    return (f" ({day:02d}/{month:02d}/{year}: {day} {calendar.month_name[month]} or "
            f"{month} {calendar.month_name[day]})")


@main.command("clock")
@click.argument("footage", type=click.Path(dir_okay=True))
@click.option("--json", "as_json", is_flag=True, help="Print the clock map as JSON.")
@click.option("--region", metavar="X,Y,W,H", help="Where the clock is drawn, in pixels (skips detection).")
def clock_command(footage: str, as_json: bool, region: str | None) -> None:
    """Find and read the clock burnt into FOOTAGE: one segment per continuous
    run of a clock (start, end, the clock's reading at start, its rate).

    \b
    Examples:
      annotate clock cctv.mp4
      annotate clock cctv.mp4 --json --region 10,8,190,24
    """
    from annotate.clock import read_clock

    wanted = _region(region)
    with progress_bar("reading the clock") as on_progress:
        clock_map = read_clock(footage, wanted, on_progress)
    if clock_map.date_guessed:
        warn(f"{footage}: the clock's date reads as day/month or month/day{_both_ways(clock_map)}: shown day "
             "first, a guess; align takes the order of an article's dates")
    if as_json:
        click.echo(json.dumps(clock_map.to_dict(), indent=2))
        return
    if not clock_map.segments:
        click.echo("no clock found")
        return
    click.echo(f"{'start':>9}  {'end':>9}  {'clock at start':<23}  {'rate':<6}  kind")
    for s in clock_map.segments:
        click.echo(f"{s.start:9.2f}  {s.end:9.2f}  {s.clock:<23}  {s.rate:<6g}  {s.kind}")
