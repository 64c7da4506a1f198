"""The one font lookup: fontconfig first (for every script in a text, so CJK,
Arabic, Hebrew and emoji never render as empty boxes, and naming the package
to install when nothing covers them), then known file paths, then Pillow's
own font (on a machine with no font at all). The overlay, the strip, contact
sheets and the sample footage all find their fonts here."""

from __future__ import annotations

import functools
import itertools
import os
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from annotate import bidi
from annotate.errors import AnnotateWarning


class FontWarning(AnnotateWarning):
    """Some characters of a text drawn (the strip, a contact sheet) have no installed font: they show as
    boxes. The message names the package to install."""


# Script -> (fontconfig lang, Debian package that covers it). Order matters:
# the first matching range wins.
_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...], str | None, str], ...] = (
    ("Japanese kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF)), "ja", "fonts-noto-cjk"),
    ("Korean Hangul", ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)), "ko", "fonts-noto-cjk"),
    ("CJK ideographs", ((0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
                        (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x20000, 0x3134F)), "zh-cn", "fonts-noto-cjk"),
    ("Arabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                (0xFE70, 0xFEFF)), "ar", "fonts-noto-core"),
    ("Hebrew", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)), "he", "fonts-noto-core"),
    ("Cyrillic", ((0x0400, 0x052F),), "ru", "fonts-dejavu-core"),
    ("Greek", ((0x0370, 0x03FF),), "el", "fonts-dejavu-core"),
    ("Devanagari", ((0x0900, 0x097F),), "hi", "fonts-noto-core"),
    ("Thai", ((0x0E00, 0x0E7F),), "th", "fonts-noto-core"),
    ("emoji and symbols", ((0x2190, 0x2BFF), (0x1F000, 0x1FAFF)), None, "fonts-symbola"),
    # Marks of no script of their own (accents stacked on Latin letters, Zalgo text): below 0x0370, so they
    # were never looked up and showed as boxes without a word.
    ("combining marks", ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF),
                         (0xFE20, 0xFE2F)), None, "fonts-noto-core"),
)
# Where Debian (and, for the sample footage's mono font, other systems) keep
# the families we ask for by name, for a machine without fontconfig.
KNOWN_FILES: dict[tuple[str, str], tuple[str, ...]] = {
    ("DejaVu Sans", ""): ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",),
    ("DejaVu Sans", "bold"): ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",),
    ("DejaVu Sans Mono", "bold"): (
        "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", "/usr/share/fonts/TTF/DejaVuSansMono-Bold.ttf",
        "/Library/Fonts/Courier New Bold.ttf", "C:/Windows/Fonts/courbd.ttf"),
    ("Noto Sans CJK SC", ""): ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",),
    ("Noto Sans CJK SC", "bold"): ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",),
}
FONTCONFIG_TIMEOUT_SECONDS = 20
MAX_CHARSET_QUERY = 24  # code points per fc-list charset query


@dataclass(frozen=True)
class FontChoice:
    family: str
    file: str


@dataclass(frozen=True)
class FontPlan:
    """What the overlay will use: the main family, per-script fallbacks,
    and warnings for scripts nothing installed can show."""

    main: FontChoice | None
    mono: FontChoice | None
    fallbacks: dict[str, FontChoice] = field(default_factory=dict)  # character -> font
    warnings: tuple[str, ...] = ()

    def files(self) -> list[str]:
        chosen = [self.main, self.mono, *self.fallbacks.values()]
        return sorted({c.file for c in chosen if c is not None})

    def family_for(self, char: str) -> str | None:
        """The family to switch to for ``char`` (None: the main font covers it)."""
        choice = self.fallbacks.get(char)
        return choice.family if choice else None


# Characters drawn as nothing by design (no glyph wanted): controls, format characters (ZWJ, bidi marks,
# soft hyphen), spaces, surrogates, private use, variation selectors, the combining grapheme joiner.
_NO_GLYPH = ("Cc", "Cf", "Zs", "Zl", "Zp", "Cs", "Co")
_IGNORABLE = ((0x034F, 0x034F), (0x180B, 0x180F), (0x17B4, 0x17B5), (0xFE00, 0xFE0F), (0xE0100, 0xE01EF))
# The words of a character's name after its script's (BENGALI | LETTER KA, OL CHIKI | LETTER LA).
_NAME_STOPS = frozenset({"LETTER", "SIGN", "DIGIT", "VOWEL", "SYLLABLE", "SMALL", "CAPITAL", "COMBINING",
                         "MARK", "NUMBER", "LIGATURE", "INDEPENDENT", "CONSONANT", "FRACTION", "MODIFIER",
                         "PUNCTUATION", "SYMBOL", "VIRAMA"})


def script_of(char: str) -> str | None:
    """The script name of a character whose glyph must be looked up (None: ASCII, or a character drawn as
    nothing). Every other character is looked up, whatever its script: those of the table by their
    name there, any other letter, mark or digit by the script its Unicode name starts with (Bengali,
    Tamil, Ethiopic...), the rest as symbols and punctuation."""
    cp = ord(char)
    if cp < 0x80 or unicodedata.category(char) in _NO_GLYPH or any(lo <= cp <= hi for lo, hi in _IGNORABLE):
        return None
    for name, ranges, _, _ in _SCRIPTS:
        if any(lo <= cp <= hi for lo, hi in ranges):
            return name
    category = unicodedata.category(char)
    if category == "So":
        return "emoji and symbols"
    words = unicodedata.name(char, "").split()
    if category[0] in "LMN" and words:
        head = list(itertools.takewhile(lambda w: w not in _NAME_STOPS, words[:2]))
        return " ".join(head or words[:1]).title()
    return "symbols and punctuation"


def package_for(script: str) -> str:
    return next((pkg for name, _, _, pkg in _SCRIPTS if name == script), "fonts-noto-core")


def _fc(*args: str) -> str:
    exe = shutil.which(args[0])
    if exe is None:
        return ""
    try:
        return subprocess.run([exe, *args[1:]], capture_output=True, text=True, check=False,
                              timeout=FONTCONFIG_TIMEOUT_SECONDS).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""


def have_fontconfig() -> bool:
    return shutil.which("fc-match") is not None and shutil.which("fc-list") is not None


@functools.lru_cache(maxsize=64)
def match_family(family: str, style: str = "") -> FontChoice | None:
    """The file fontconfig picks for ``family`` (``style`` e.g. ``bold``), or
    None when it only finds a substitute of another family (fontconfig always
    answers something)."""
    out = _fc("fc-match", "-f", "%{family}|%{file}", family + (f":{style}" if style else "")).strip()
    if "|" not in out:
        return None
    families, path = out.rsplit("|", 1)
    names = [f.strip().lower() for f in families.split(",")]
    if family.lower() not in names or not path:
        return None
    return FontChoice(family, path)


@functools.lru_cache(maxsize=16)
def file_family(path: str) -> str | None:
    """The family name inside a font file (what ASS styles must name), via fc-query."""
    name = _fc("fc-query", "-f", "%{family[0]}\n", path).split("\n")[0].strip()
    return name if re.match(r"^[\w .\-]{1,80}$", name) else None


@functools.lru_cache(maxsize=256)
def covering(chars: str, lang: str | None = None) -> FontChoice | None:
    """An installed font with every one of ``chars`` (sans-serif, regular
    weight preferred), via ``fc-list :charset=...`` (and ``:lang=`` if given)."""
    pattern = ":charset=" + " ".join(f"{ord(c):x}" for c in sorted(set(chars))[:MAX_CHARSET_QUERY])
    if lang:
        pattern += f":lang={lang}"
    out = _fc("fc-list", pattern, "family", "style", "file")
    best: tuple[int, FontChoice] | None = None
    for line in out.splitlines():
        # "/path/file.ttc: Family A,Family B:style=Regular,..."
        m = re.match(r"^(.*?): ([^:]*)(?::style=(.*))?$", line.strip())
        if not m:
            continue
        path, families, style = m.group(1), m.group(2), (m.group(3) or "")
        family = families.split(",")[0].strip()
        if not re.match(r"^[\w .\-]{1,80}$", family):
            continue
        score = 0
        score += 4 if "regular" in style.lower() or "book" in style.lower() else 0
        score += 2 if "sans" in family.lower() else 0
        score += 1 if "mono" not in family.lower() else 0
        score += 1 if family.endswith(" JP") or family.endswith(" SC") else 0
        if best is None or score > best[0] or (score == best[0] and path < best[1].file):
            best = (score, FontChoice(family, path))
    return best[1] if best else None


def _from_file(font_file: str, family: str, warnings: list[str]) -> FontChoice:
    """A theme's font file under the family inside it, else under ``family``, said in ``warnings``."""
    inside = file_family(font_file)
    if inside is None:  # not a font at all, or a family name no ASS style can hold
        warnings.append(f"font file {font_file} holds no font family fontconfig can read; "
                        f"captions use the family {family!r}")
    return FontChoice(inside or family, font_file)


def plan(texts: Iterable[str], *, family: str, mono: str, font_file: str | None = None) -> FontPlan:
    """Fonts for all ``texts``: the main family must exist; each other script
    present gets a fallback font only if the main font lacks it."""
    warnings: list[str] = []
    if not have_fontconfig():
        warnings.append("fontconfig (fc-match) not found: fonts cannot be checked; install the Debian "
                        "package fontconfig and fonts-dejavu-core (fonts-noto-cjk for CJK text)")
        if font_file:
            return FontPlan(FontChoice(family, font_file), None, {}, tuple(warnings))
        return FontPlan(_last_resort(warnings), None, {}, tuple(warnings))
    main = _from_file(font_file, family, warnings) if font_file else match_family(family)
    main = main or _substitute(family, warnings)
    mono_choice = match_family(mono) or main
    by_script: dict[str, set[str]] = {}
    for text in texts:
        for char in set(text):
            script = script_of(char)
            if script:
                by_script.setdefault(script, set()).add(char)
    fallbacks: dict[str, FontChoice] = {}
    for script, chars in sorted(by_script.items()):
        sample = "".join(sorted(chars))
        if main is not None and _file_covers(main.file, sample):
            continue
        lang = next((lg for name, _, lg, _ in _SCRIPTS if name == script), None)
        choice = (covering(sample, lang) if lang else None) or covering(sample)
        if choice is not None and _file_covers(choice.file, sample):  # (covering asks for the first chars)
            for char in sample:
                fallbacks[char] = choice
            continue
        # No single font has them all: character by character, and report the rest.
        missing = []
        for char in sample:
            if main is not None and _file_covers(main.file, char):
                continue
            one = covering(char)
            if one is None:
                missing.append(char)
            else:
                fallbacks[char] = one
        if missing:
            shown = "".join(missing[:8])
            warnings.append(f"no installed font has the {script} characters {shown!r}; they will show as "
                            f"empty boxes: install the Debian package {package_for(script)}")
    return FontPlan(main, mono_choice, fallbacks, tuple(warnings))


BUILT_IN_FAMILY = "Aileron"  # Pillow's own font: ASCII and a few signs


def _substitute(family: str, warnings: list[str]) -> FontChoice | None:
    """DejaVu Sans for a family not installed, else Pillow's own font; said in ``warnings``."""
    substitute = match_family("DejaVu Sans")
    if substitute is None:
        return _last_resort(warnings, family)
    warnings.append(f"font {family!r} is not installed; using {substitute.family} "
                    "(install it, or the Debian package fonts-dejavu-core)")
    return substitute


def _last_resort(warnings: list[str], family: str | None = None) -> FontChoice | None:
    """Pillow's own font, written once to the cache, when no font is installed at all (a bare machine: libass
    then drew no caption, title or timecode, not even their boxes), said in ``warnings``."""
    from annotate.atomic import write_bytes
    from annotate.cache import cache_dir
    from annotate.errors import OutputError

    wanted = ("no font can be looked up" if family is None else
              f"font {family!r} is not installed, nor any other font" if family == "DejaVu Sans" else
              f"font {family!r} is not installed, nor DejaVu Sans")
    try:
        data = pil_font(12).font_bytes  # Pillow 10.1 on: the TrueType bytes of its built-in Aileron
        path = cache_dir("fonts", create=True) / f"{BUILT_IN_FAMILY}-Regular.ttf"
        if not path.is_file() or path.stat().st_size != len(data):  # (written whole, by rename)
            write_bytes(path, data)
    except (AttributeError, OSError, OutputError):
        warnings.append(f"{wanted}: captions, title, timecode and credit will not be drawn "
                        "(install the Debian package fonts-dejavu-core)")
        return None
    warnings.append(f"{wanted}: text is drawn in Pillow's built-in {BUILT_IN_FAMILY}, which has no accented or "
                    "non-Latin letters (install the Debian package fonts-dejavu-core)")
    return FontChoice(BUILT_IN_FAMILY, str(path))


@functools.lru_cache(maxsize=64)
def _charset(path: str) -> tuple[tuple[int, int], ...]:
    """The code point ranges a font file has glyphs for (fc-query's charset; empty if it cannot say)."""
    out = _fc("fc-query", "-f", "%{charset}\n", path).split("\n")[0]
    ranges = []
    for part in out.split():
        lo, _, hi = part.partition("-")
        try:
            ranges.append((int(lo, 16), int(hi or lo, 16)))
        except ValueError:
            return ()
    return tuple(ranges)


@functools.lru_cache(maxsize=256)
def _file_covers(path: str, chars: str) -> bool:
    """Whether the font file has every one of ``chars``: each character checked (a font "covering Arabic"
    may lack Urdu's letters), from the file's charset, else by fc-list queries of ``MAX_CHARSET_QUERY``."""
    points = sorted({ord(c) for c in chars})
    ranges = _charset(path)
    if ranges:
        return all(any(lo <= cp <= hi for lo, hi in ranges) for cp in points)
    for i in range(0, len(points), MAX_CHARSET_QUERY):
        pattern = ":charset=" + " ".join(f"{cp:x}" for cp in points[i:i + MAX_CHARSET_QUERY])
        out = _fc("fc-list", pattern, "file")
        if not any(line.split(":", 1)[0].strip() == path for line in out.splitlines()):
            return False
    return True


@functools.lru_cache(maxsize=32)
def font_file(*families: str, style: str = "") -> str | None:
    """The file of the first of ``families`` that is installed (``style``
    e.g. ``bold``): fontconfig's answer, else a known path; None if none is."""
    for family in families:
        choice = match_family(family, style)
        if choice is not None and os.path.isfile(choice.file):
            return choice.file
        found = next((p for p in KNOWN_FILES.get((family, style), ()) if os.path.isfile(p)), None)
        if found:
            return found
    return None


def pil_font(size: int, *families: str, style: str = "", file: str | None = None) -> Any:
    """A Pillow font of ``size`` px: ``file`` if given, else the first of
    ``families`` installed, else Pillow's default (scalable from Pillow 10.1).
    Cached by the file's identity too: FreeType maps the file, so a face kept
    for a font replaced in place (a new version of a theme's font at its path)
    read the new bytes as the old font's and crashed the process (SIGSEGV)."""
    path = file or font_file(*families, style=style)
    return _pil_font(size, path, _file_identity(path) if path else None)


def _file_identity(path: str) -> tuple[int, int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None  # (truetype says what is wrong)
    return found.st_ino, found.st_size, found.st_mtime_ns


@functools.lru_cache(maxsize=64)
def _pil_font(size: int, path: str | None, identity: tuple[int, int, int] | None) -> Any:
    from PIL import ImageFont

    if path:
        return ImageFont.truetype(path, size)
    try:
        return ImageFont.load_default(size)
    except TypeError:  # Pillow < 10.1: a bitmap font of one size
        return ImageFont.load_default()


def prefix_within(draw: Any, text: str, width: float, font: Any, after: str = "…") -> str:
    """The longest start of ``text`` that fits ``width`` pixels with ``after``
    behind it, as ``draw.textlength`` measures ``font``. Found by bisection
    (a line only widens as it grows): cutting a character at a time measured
    the whole line each time, minutes for a long quote."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if draw.textlength(text[:mid] + after, font=font) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo]


def pil_plan(texts: Iterable[str], *families: str, style: str = "") -> FontPlan:
    """:func:`plan` for text Pillow draws (the strip, the contact sheet): the first of ``families`` installed
    as the main font, a fallback by coverage for each character it lacks, and a warning naming the package
    for what no installed font has (as the overlay's), instead of boxes drawn without a word."""
    main = font_file(*families, style=style)
    if not have_fontconfig():  # (no look-up possible: Pillow's default or the known file, as before)
        return FontPlan(FontChoice(families[0], main) if main else None, None)
    return plan(texts, family=families[0], mono=families[0], font_file=main)


_CLUSTER = regex.compile(r"\X")


@functools.lru_cache(maxsize=1)
def _raqm() -> bool:
    """Whether Pillow lays text out with libraqm (bidi and shaping within a run), as its wheels do."""
    from PIL import features

    return bool(features.check_feature("raqm"))


_JOINS_BEFORE = frozenset("\u200c\u200d\ufe0e\ufe0f")  # ZWNJ, ZWJ, text and emoji variation selectors


def _last_cluster(text: str) -> str:
    """The last letter of ``text`` with the marks after it ("" if it is marks alone)."""
    i = len(text)
    while i > 0 and unicodedata.category(text[i - 1])[0] == "M":
        i -= 1
    return text[i - 1:] if i > 0 else ""


@dataclass(frozen=True)
class PilFonts:
    """Pillow fonts of one size for mixed-script text: runs of the main font and of the fallbacks a
    :class:`FontPlan` chose. ``getlength`` has ImageFont's signature, so ``ImageDraw.textlength`` and
    :func:`prefix_within` measure mixed text as it is drawn by :meth:`draw`."""

    size: int
    main: str | None  # font file; None: Pillow's default
    fallbacks: Mapping[str, str] = field(default_factory=dict)  # character -> font file

    @classmethod
    def of(cls, fonts: FontPlan, size: int) -> PilFonts:
        return cls(size, fonts.main.file if fonts.main else None,
                   {char: choice.file for char, choice in fonts.fallbacks.items()})

    def font(self, file: str | None = None) -> Any:
        return pil_font(self.size, file=file or self.main)

    def runs(self, text: str) -> list[tuple[str, Any]]:
        """``text`` cut where its font changes; a mark or joiner with no font of its own stays with the
        letter before it, and a mark in another font takes its letter along when that font has it (drawn
        apart, a mark stands alone beside its letter instead of over it)."""
        out: list[list[Any]] = []
        for char in text:
            own = self.fallbacks.get(char)
            mark = unicodedata.category(char)[0] == "M"
            if out and (own == out[-1][1] or own is None and (char.isspace() or char in _JOINS_BEFORE or mark)):
                out[-1][0] += char
                continue
            if out and mark and own is not None:
                cluster = _last_cluster(out[-1][0])
                if cluster and _file_covers(own, cluster[0]):
                    out[-1][0] = out[-1][0][:-len(cluster)]
                    out.append([cluster + char, own])
                    continue
            out.append([char, own])
        return [(run, self.font(file)) for run, file in out if run]

    def getlength(self, text: str, *args: Any, **kwargs: Any) -> float:
        return float(sum(font.getlength(run, *args, **kwargs) for run, font in self.runs(text)))

    def draw(self, draw: Any, xy: tuple[float, float], text: str, fill: Any, anchor: str = "la") -> None:
        """``draw.text`` of mixed text: every run on one baseline, the main font's. ``anchor`` as Pillow's:
        l, m or r, then a (``xy`` at the main font's ascender) or s (at the baseline)."""
        x, y = xy
        if anchor[0] in "mr":
            x -= self.getlength(text) / (2 if anchor[0] == "m" else 1)
        if anchor[1] == "a":
            y += self.font().getmetrics()[0]
        raqm = _raqm()
        for run, font, rtl in self.visual_runs(text):
            if not raqm:  # (Pillow's basic layout lays every run out left to right)
                run = "".join(reversed(_CLUSTER.findall(run))) if rtl else run
            draw.text((x, y), run, font=font, fill=fill, anchor="ls",
                      **({"direction": "rtl" if rtl else "ltr"} if raqm else {}))
            x += font.getlength(run)

    def visual_runs(self, text: str) -> list[tuple[str, Any, bool]]:
        """:meth:`runs` cut where the direction changes too, in the order they are drawn from the left, each
        with whether it runs right to left: the bidi algorithm over the whole line first, as libass and
        browsers do (runs drawn in logical order put an Arabic caption's first word on the left)."""
        if text.isascii():
            return [(run, font, False) for run, font in self.runs(text)]
        line_levels = bidi.levels(text)
        pieces: list[tuple[str, Any]] = []
        piece_levels: list[int] = []
        start = 0
        for run, font in self.runs(text):
            cut = start
            for k in range(start + 1, start + len(run) + 1):
                if k == start + len(run) or line_levels[k] != line_levels[cut]:
                    pieces.append((text[cut:k], font))
                    piece_levels.append(line_levels[cut])
                    cut = k
            start += len(run)
        return [(run, font, level % 2 == 1) for (run, font), level in bidi.reorder(pieces, piece_levels)]
