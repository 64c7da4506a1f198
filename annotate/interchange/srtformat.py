"""SubRip (``.srt``) for interchange, both ways through annotate.subtitles:
export is the subtitle writer's output; import reads each cue as a ranged
moment tagged ``cue``, to the millisecond, so writing subtitles gives it back."""

from annotate.interchange.subtitle_files import CARRIES, as_written, subtitle_format

EXTENSIONS = (".srt",)
__all__ = ["CARRIES", "EXTENSIONS", "IDS", "as_written", "dumps", "loads", "read"]
IDS = False  # SubRip numbers its cues: an import into a timeline matches moments by time (as_written first)
dumps, loads, read = subtitle_format("srt")
