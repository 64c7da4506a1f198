"""SubStation Alpha (``.ass``, ``.ssa``) for interchange, both ways through annotate.subtitles:
export is the subtitle writer's output; import reads each cue as a ranged
moment tagged ``cue``, to the millisecond, so writing subtitles gives it back."""

from annotate.interchange.subtitle_files import subtitle_format

EXTENSIONS = (".ass", ".ssa")
dumps, loads, read = subtitle_format("ass")
