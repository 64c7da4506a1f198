"""WebVTT (``.vtt``) for interchange, both ways through annotate.subtitles:
export is the subtitle writer's output; import reads each cue as a ranged
moment tagged ``cue``, to the millisecond, so writing subtitles gives it back."""

from annotate.interchange.subtitle_files import CARRIES, subtitle_format

EXTENSIONS = (".vtt",)
__all__ = ["CARRIES", "EXTENSIONS", "dumps", "loads", "read"]
dumps, loads, read = subtitle_format("vtt")
