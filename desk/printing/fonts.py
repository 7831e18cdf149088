"""The two bundled fonts as reportlab fonts, and text that picks between them.

WenQuanYi Zen Hei ("DeskSans") covers GB2312/GBK and CJK Extension A, which is almost every
name a visitor writes. Names with an Extension B character (𠮷 in 吉 family names, rare
given names) would print as empty boxes, so those characters are set in HanaMin B
("DeskRare"). Both are embedded as subsets, so the PDF prints the same on any PC.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, makeToUnicodeCMap
from reportlab.pdfgen.canvas import Canvas

from desk.paths import RARE_FONT_FILE, SANS_FONT_FILE, font_path

SANS = "DeskSans"
RARE = "DeskRare"
# Zen Hei has no bold face and faking one (stroked outlines) thickens CJK strokes into
# blots on a laser printer; bold text uses the regular face and stands out by size.
SANS_BOLD = SANS

SANS_FILE = SANS_FONT_FILE
RARE_FILE = RARE_FONT_FILE

_lock = threading.Lock()


class _DeskTTFont(TTFont):
    """A TTFont whose ToUnicode map is right for characters beyond the BMP.

    reportlab writes each code point as ``<%04X>``, so U+20BB7 becomes five hex digits and
    readers (copy-paste, pdftotext, search) get garbage. PDF wants UTF-16BE there, i.e. a
    surrogate pair; we rewrite the map of any subset that holds such a character.

    It also reads the glyph table in place when embedding a subset (see ``_GlyphTable``).
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        face = self.face
        read_table = face.get_table

        def get_table(tag: str) -> object:
            if tag != "glyf":
                return read_table(tag)
            start, length = face.get_table_pos(tag)
            return _GlyphTable(face._ttf_data, start, length)  # noqa: SLF001

        face.get_table = get_table

    def addObjects(self, doc) -> None:  # noqa: ANN001, N802 - reportlab's name
        # reportlab forgets the document's subsets at the end of addObjects; note them first.
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            if max(subset, default=0) <= 0xFFFF:
                continue
            base_name = b"".join(
                (SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)
            ).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base_name)
            if stream is not None:
                stream.content = _utf16_cmap(base_name, subset)


class _GlyphTable:
    """The font's glyph table, sliced glyph by glyph without copying the whole table.

    reportlab's ``makeSubset`` takes ``get_table("glyf")`` (10 MB in Zen Hei, 21 MB in
    HanaMin B) as a bytes copy only to slice a few hundred glyphs out of it: 1–3 ms per
    font per document, the largest single cost of a short printout. Slicing is all it
    does with the table, so slices of the font's own data are the same bytes.
    """

    def __init__(self, data: bytes, start: int, length: int) -> None:
        self.data, self.start, self.length = data, start, length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, key: slice) -> bytes:
        if not isinstance(key, slice):
            raise TypeError("the glyph table is read by slices")
        first, stop, step = key.indices(self.length)
        return self.data[self.start + first:self.start + stop:step]


def _utf16_cmap(base_name: str, subset: list[int]) -> str:
    plain = makeToUnicodeCMap(base_name, subset)
    for code, char in enumerate(subset):
        if char > 0xFFFF:
            wrong = "<%02X> <%04X>" % (code, char)
            right = "<%02X> <%s>" % (code, chr(char).encode("utf-16-be").hex().upper())
            plain = plain.replace(wrong, right, 1)
    return plain


def register_fonts() -> None:
    """Register DeskSans and DeskRare with reportlab (safe to call again, from any thread)."""
    with _lock:
        if SANS in pdfmetrics.getRegisteredFontNames():
            return
        sans = _DeskTTFont(SANS, str(font_path(SANS_FILE)), subfontIndex=0)
        rare = _DeskTTFont(RARE, str(font_path(RARE_FILE)))
        pdfmetrics.registerFont(rare)
        # Registered last: its presence is what marks the whole registration as done.
        pdfmetrics.registerFont(sans)
        for family in (SANS, RARE):
            # <b> and <i> in a Paragraph look the family up; map them onto the one face.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(family, bold, italic, family)


@lru_cache(maxsize=2)
def _cmap(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def runs(text: str) -> list[tuple[str, str]]:
    """Split text into (font name, piece) runs so each character has a glyph."""
    return list(_runs(text))


# A sheet measures and draws the same few hundred short strings (names, times, phones)
# several times over; splitting each once is a measurable share of a duty sheet.
@lru_cache(maxsize=8192)
def _runs(text: str) -> tuple[tuple[str, str], ...]:
    sans, rare = _cmap(SANS), _cmap(RARE)
    if all(ord(char) in sans for char in text):
        return ((SANS, text),) if text else ()
    pieces: list[tuple[str, str]] = []
    for char in text:
        code = ord(char)
        # A character neither font has stays in DeskSans: a box either way, and one
        # font switch fewer.
        font = RARE if code not in sans and code in rare else SANS
        if pieces and pieces[-1][0] == font:
            pieces[-1] = (font, pieces[-1][1] + char)
        else:
            pieces.append((font, char))
    return tuple(pieces)


def missing_from_sans(text: str) -> bool:
    return any(font == RARE for font, _ in _runs(text))


def markup(text: str) -> str:
    """Text as reportlab Paragraph markup: escaped, rare characters set in DeskRare."""
    parts: list[str] = []
    for font, piece in _runs(text):
        escaped = escape(piece).replace("\n", "<br/>")
        parts.append(f'<font name="{RARE}">{escaped}</font>' if font == RARE else escaped)
    return "".join(parts)


@lru_cache(maxsize=2)
def _font(font_name: str) -> TTFont:
    register_fonts()
    return pdfmetrics.getFont(font_name)


def string_width(text: str, size: float) -> float:
    # Straight to the font object: a sheet measures a few thousand short strings, and
    # pdfmetrics.stringWidth looks the font up by name every time.
    pieces = _runs(text)
    if len(pieces) == 1:
        return _font(pieces[0][0]).stringWidth(pieces[0][1], size)
    return sum(_font(font).stringWidth(piece, size) for font, piece in pieces)


def draw_string(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    align: Literal["left", "center", "right"] = "left",
) -> None:
    """Draw one line on a canvas, switching to DeskRare for characters DeskSans lacks."""
    width = string_width(text, size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    for font, piece in _runs(text):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)


def fit_size(text: str, size: float, max_width: float, minimum: float = 8) -> float:
    """The largest size up to `size` at which text fits on one line of max_width."""
    width = string_width(text, size)
    if width <= max_width or width == 0:
        return size
    return max(minimum, size * max_width / width)



class TextWriter:
    """Many short strings drawn through one PDF text object.

    ``draw_string`` starts a text object per call and measures every piece; a sheet with
    hundreds of cells spent more time on that than on its text. The writer switches font,
    size and colour only when they change, and lets the PDF's own text cursor carry each
    run on from the one before. Call ``close`` to put the text on the canvas.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.text = canvas.beginText()
        self._font: tuple[str, float] | None = None
        self._colour: object = None

    def start_line(self, x: float, y: float) -> None:
        self.text.setTextOrigin(x, y)

    def write(self, text: str, size: float, colour: object) -> None:
        """Text at the cursor, which then moves past it."""
        if colour is not self._colour:  # one colour object per sheet: no need for Color.__eq__
            self.text.setFillColor(colour)
            self._colour = colour
        for font, piece in _runs(text):
            if self._font != (font, size):
                self.text.setFont(font, size)
                self._font = (font, size)
            # The PDF advances its own cursor (Tj); textOut would measure each piece
            # again only to keep a Python copy of the position we never read.
            self.text._textOut(piece)  # noqa: SLF001

    def close(self) -> None:
        self.canvas.drawText(self.text)
