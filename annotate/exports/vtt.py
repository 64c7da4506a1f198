"""WebVTT (``.vtt``) for interchange, both ways through annotate.subtitles:
export is the subtitle writer's output; import reads each cue as a ranged
moment tagged ``cue``, to the millisecond, so writing subtitles gives it back."""

from annotate.exports.subtitle_files import adapter

EXTENSIONS = (".vtt",)
dumps, loads, read = adapter("vtt")
