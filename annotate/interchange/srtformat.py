"""SubRip (``.srt``) for interchange, both ways through annotate.subtitles:
export is the subtitle writer's output; import reads each cue as a ranged
moment tagged ``cue``, to the millisecond, so writing subtitles gives it back."""

from annotate.interchange.subtitle_files import subtitle_format

EXTENSIONS = (".srt",)
dumps, loads, read = subtitle_format("srt")
