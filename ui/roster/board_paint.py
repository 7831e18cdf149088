"""Drawing the lobby board: a red header with the date and clock, a grid of post cards,
a strip of everyone's whereabouts, and a footer with the notice and the supervision phone.

Every size is given for a 1920×1080 TV and scaled to the real height, so that at 1080
lines post names are at least 40 px and people's names at least 48 px — readable from
five metres. 4–12 posts share one page as a grid; more posts, or more people than the
strip holds, make more pages, which the board turns every few seconds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QTextLayout, QTextOption,
)

from ui.roster.board_content import ABSENT, AWAY, PRESENT, STALE, BoardContent, Card, Chip

BASE_HEIGHT = 1080.0
POSTS_PER_PAGE = 12
STRIP_ROWS = 2

RED = QColor("#c62828")
DEEP_RED = QColor("#8e0000")
GOLD = QColor("#ffd54f")
PAPER = QColor("#f5eee6")
INK = QColor("#1a1a1a")
MUTED = QColor("#5f5f5f")
WHITE = QColor("#ffffff")
AMBER = QColor("#ffc400")
TONE_COLOURS = {PRESENT: QColor("#2e7d32"), AWAY: QColor("#e65100"), ABSENT: QColor("#616161"),
                STALE: QColor("#b71c1c")}
CHIP_BACKGROUNDS = {PRESENT: QColor("#e8f5e9"), AWAY: QColor("#fff3e0"), ABSENT: QColor("#eeeeee"),
                    STALE: QColor("#ffebee")}
# Type sizes in px at 1080 lines, by the number of card rows on the page.
SIZES = {
    1: {"post": 60, "location": 32, "name": 88, "status": 44, "phone": 44, "referral": 40, "role": 28},
    2: {"post": 48, "location": 28, "name": 64, "status": 36, "phone": 36, "referral": 32, "role": 24},
    3: {"post": 40, "location": 24, "name": 48, "status": 30, "phone": 30, "referral": 28, "role": 22},
}


def grid_shape(count: int) -> tuple[int, int]:
    """(columns, rows) for ``count`` cards on a 16:9 screen."""
    if count <= 2:
        return max(count, 1), 1
    if count <= 4:
        return 2, 2
    if count <= 6:
        return 3, 2
    if count <= 8:
        return 4, 2
    if count <= 9:
        return 3, 3
    return 4, 3


@dataclass(frozen=True)
class Regions:
    header: QRectF
    clock: QRectF
    grid: QRectF
    strip: QRectF
    footer: QRectF
    scale: float


def regions(rect: QRectF) -> Regions:
    s = rect.height() / BASE_HEIGHT
    margin = 24 * s
    header = QRectF(rect.left(), rect.top(), rect.width(), 140 * s)
    footer = QRectF(rect.left(), rect.bottom() - 64 * s, rect.width(), 64 * s)
    strip = QRectF(rect.left() + margin, footer.top() - 10 * s - 100 * s, rect.width() - 2 * margin, 100 * s)
    grid = QRectF(rect.left() + margin, header.bottom() + 14 * s, rect.width() - 2 * margin,
                  strip.top() - 12 * s - header.bottom() - 14 * s)
    clock = QRectF(header.right() - margin - 420 * s, header.top(), 420 * s, header.height())
    return Regions(header, clock, grid, strip, footer, s)


class BoardPainter:
    """Paints one page of a ``BoardContent``; keeps nothing between paints but the font."""

    def __init__(self, base: QFont) -> None:
        self.base = QFont(base)
        self.scale = 1.0

    # ---- pages -------------------------------------------------------------------------
    def page_count(self, content: BoardContent, rect: QRectF) -> int:
        post_pages = max(1, math.ceil(len(content.cards) / POSTS_PER_PAGE))
        return max(post_pages, len(self.strip_pages(content.chips, rect)))

    def strip_pages(self, chips: tuple[Chip, ...], rect: QRectF) -> list[list[list[Chip]]]:
        """The chips in rows that fit the strip, STRIP_ROWS rows to a page."""
        area = self._chip_area(regions(rect))
        self.scale = regions(rect).scale
        metrics = QFontMetricsF(self.font(26))
        rows: list[list[Chip]] = [[]]
        used = 0.0
        for chip in chips:
            width = self._chip_width(chip, metrics)
            if rows[-1] and used + width > area.width():
                rows.append([])
                used = 0.0
            rows[-1].append(chip)
            used += width + 10 * self.scale
        return [rows[i:i + STRIP_ROWS] for i in range(0, len(rows), STRIP_ROWS)] or [[]]

    # ---- the whole board ---------------------------------------------------------------
    def paint(self, painter: QPainter, rect: QRectF, content: BoardContent | None, page: int,
              photos: dict[int, QImage], clock_text: str, stale_note: str = "") -> None:
        r = regions(rect)
        self.scale = r.scale
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(rect, PAPER)
        self.paint_header(painter, r, content)
        self.paint_clock(painter, r, clock_text)
        pages = self.page_count(content, rect) if content else 1
        page = page % pages
        if content is not None:
            self._paint_grid(painter, r.grid, content.cards, page, photos)
            self._paint_strip(painter, r, self.strip_pages(content.chips, rect), page)
        self._paint_footer(painter, r, content, page, pages, stale_note)

    def paint_header(self, painter: QPainter, r: Regions, content: BoardContent | None) -> None:
        s = self.scale
        painter.fillRect(r.header, RED)
        painter.fillRect(QRectF(r.header.left(), r.header.bottom() - 6 * s, r.header.width(), 6 * s), GOLD)
        left = r.header.left() + 24 * s
        width = r.clock.left() - left - 16 * s
        name = content.center_name if content else ""
        self._text(painter, QRectF(left, r.header.top() + 12 * s, width, 70 * s), name, 54, WHITE, bold=True)
        if content is None:
            return
        x = left
        y = r.header.top() + 84 * s
        line = QRectF(x, y, width, 46 * s)
        x = self._text(painter, line, f"{content.date_text}  {content.weekday}", 34, WHITE) + 18 * s
        if content.day_mark:
            x = self._pill(painter, QPointF(x, y + 2 * s), content.day_mark, 28, GOLD, DEEP_RED) + 18 * s
        colour = QColor("#2e7d32") if content.open_now else QColor("#616161")
        x = self._pill(painter, QPointF(x, y + 2 * s), content.open_text, 28, colour, WHITE) + 14 * s
        self._text(painter, QRectF(x, y, max(0.0, line.right() - x), 46 * s), content.hours_text, 30, WHITE)

    def paint_clock(self, painter: QPainter, r: Regions, clock_text: str) -> None:
        painter.fillRect(r.clock.adjusted(0, 0, 0, -6 * self.scale), RED)  # the gold rule stays
        self._text(painter, r.clock.adjusted(0, 0, -8 * self.scale, -6 * self.scale), clock_text, 88, GOLD,
                   bold=True, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # ---- cards -------------------------------------------------------------------------
    def _paint_grid(self, painter: QPainter, grid: QRectF, cards: tuple[Card, ...], page: int,
                    photos: dict[int, QImage]) -> None:
        if not cards:
            return
        pages = max(1, math.ceil(len(cards) / POSTS_PER_PAGE))
        shown = cards[(page % pages) * POSTS_PER_PAGE:][:POSTS_PER_PAGE]
        columns, rows = grid_shape(min(len(cards), POSTS_PER_PAGE))
        gap = 14 * self.scale
        width = (grid.width() - gap * (columns - 1)) / columns
        height = (grid.height() - gap * (rows - 1)) / rows
        for index, card in enumerate(shown):
            row, column = divmod(index, columns)
            cell = QRectF(grid.left() + column * (width + gap), grid.top() + row * (height + gap), width, height)
            self.paint_card(painter, cell, card, SIZES[min(rows, 3)], photos.get(card.person_id or -1))

    def paint_card(self, painter: QPainter, rect: QRectF, card: Card, size: dict[str, int],
                   photo: QImage | None) -> None:
        s = self.scale
        pad = 14 * s
        outline = QPainterPath()
        outline.addRoundedRect(rect, 10 * s, 10 * s)
        painter.fillPath(outline, WHITE)
        painter.save()
        painter.setClipPath(outline)
        band = QRectF(rect.left(), rect.top(), rect.width(), size["post"] * 1.45 * s)
        painter.fillRect(band, RED)
        location_width = QFontMetricsF(self.font(size["location"])).horizontalAdvance(card.location)
        location_width = min(location_width, band.width() * 0.45)
        self._text(painter, band.adjusted(pad, 0, -pad - location_width - pad, 0), card.post_name, size["post"],
                   WHITE, bold=True)
        self._text(painter, band.adjusted(band.width() - pad - location_width, 0, -pad, 0), card.location,
                   size["location"], GOLD, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        bottom = rect.bottom()
        if card.referral:
            bottom = self._paint_referral(painter, rect, card, size)
        body = QRectF(rect.left() + pad, band.bottom() + pad * 0.7, rect.width() - 2 * pad,
                      bottom - band.bottom() - pad * 1.4)
        photo_width = min(max(0.0, body.height()) * 0.8, body.width() * 0.32)
        photo_rect = QRectF(body.left(), body.top(), photo_width, min(max(0.0, body.height()), photo_width * 1.35))
        dimmed = card.tone != PRESENT
        self.paint_photo(painter, photo_rect, photo, dimmed=dimmed)
        if card.role:
            self._pill(painter, QPointF(photo_rect.left() + 4 * s, photo_rect.bottom() - size["role"] * 1.5 * s),
                       card.role, size["role"], RED, WHITE)
        text_left = photo_rect.right() + pad
        column = QRectF(text_left, body.top(), body.right() - text_left, body.height())
        self._paint_person(painter, column, card, size)
        painter.restore()
        painter.setPen(QPen(QColor("#d9cfc4"), 1.5 * s))
        painter.drawPath(outline)

    def _paint_person(self, painter: QPainter, column: QRectF, card: Card, size: dict[str, int]) -> None:
        s = self.scale
        y = column.top()
        if not card.person_name:
            self._text(painter, QRectF(column.left(), y, column.width(), size["status"] * 1.4 * s), card.status,
                       size["status"], MUTED)
            return
        name_height = size["name"] * 1.25 * s
        name_right = self._text(painter, QRectF(column.left(), y, column.width(), name_height), card.person_name,
                                size["name"], INK, bold=True)
        chip_width = self._pill_width(card.status, size["status"])
        chip_height = size["status"] * 1.4 * s
        room_below = column.bottom() - (y + name_height + 4 * s) >= chip_height
        beside = column.right() - name_right - 14 * s
        if chip_width <= beside or (not room_below and beside >= size["status"] * 3 * s):
            chip_at = QPointF(name_right + 14 * s, y + (name_height - chip_height) / 2)
            y += name_height + 6 * s
        else:
            y += name_height + 4 * s
            chip_at = QPointF(column.left(), y)
            y += chip_height + 6 * s
        if chip_at.y() + chip_height <= column.bottom() + 2 * s:
            self._pill(painter, chip_at, card.status, size["status"], TONE_COLOURS[card.tone], WHITE,
                       max_width=column.right() - chip_at.x())
        phone_height = size["phone"] * 1.3 * s
        if card.phone and y + phone_height <= column.bottom() + 2 * s:
            self._text(painter, QRectF(column.left(), y, column.width(), phone_height), f"☎ {card.phone}",
                       size["phone"], INK)
            y += phone_height + 4 * s
        backup_height = size["referral"] * 1.3 * s
        if card.backup_line and y + backup_height <= column.bottom() + 2 * s:
            self._text(painter, QRectF(column.left(), y, column.width(), backup_height), card.backup_line,
                       size["referral"], MUTED)

    def _paint_referral(self, painter: QPainter, rect: QRectF, card: Card, size: dict[str, int]) -> float:
        """The "please see B" bar across the card's foot (two lines at most); returns its top."""
        s = self.scale
        pad = 12 * s
        font = self.font(size["referral"], bold=True)
        lines = wrap_lines(card.referral, font, rect.width() - 2 * pad, 2)
        spacing = QFontMetricsF(font).lineSpacing()
        bar = QRectF(rect.left(), rect.bottom() - len(lines) * spacing - 1.4 * pad, rect.width(),
                     len(lines) * spacing + 1.4 * pad)
        painter.fillRect(bar, RED if card.urgent else AMBER)
        painter.setFont(font)
        painter.setPen(WHITE if card.urgent else INK)
        for number, line in enumerate(lines):
            painter.drawText(QRectF(bar.left() + pad, bar.top() + 0.7 * pad + number * spacing,
                                    bar.width() - 2 * pad, spacing),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
        return bar.top()

    def paint_photo(self, painter: QPainter, rect: QRectF, photo: QImage | None, *, dimmed: bool) -> None:
        if rect.width() <= 1 or rect.height() <= 1:
            return
        painter.save()
        frame = QPainterPath()
        frame.addRoundedRect(rect, 8 * self.scale, 8 * self.scale)
        painter.setClipPath(frame)
        if dimmed:
            painter.setOpacity(0.55)
        if photo is not None and not photo.isNull():
            # Fill the frame, cropping the longer side around the centre (faces sit there).
            ratio = max(rect.width() / photo.width(), rect.height() / photo.height())
            source_w, source_h = rect.width() / ratio, rect.height() / ratio
            source = QRectF((photo.width() - source_w) / 2, (photo.height() - source_h) / 2, source_w, source_h)
            painter.drawImage(rect, photo, source)
        else:
            self.paint_silhouette(painter, rect)
        painter.restore()

    def paint_silhouette(self, painter: QPainter, rect: QRectF) -> None:
        """A head-and-shoulders outline for someone without a photo."""
        painter.fillRect(rect, QColor("#e3e8ec"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#9aa8b3"))
        w, h = rect.width(), rect.height()
        cx = rect.center().x()
        head = min(w, h) * 0.22
        painter.drawEllipse(QPointF(cx, rect.top() + h * 0.38), head, head * 1.12)
        shoulders = QPainterPath()
        top = rect.top() + h * 0.62
        shoulders.moveTo(rect.left() + w * 0.08, rect.bottom())
        shoulders.cubicTo(rect.left() + w * 0.08, top + h * 0.05, cx - w * 0.25, top, cx, top)
        shoulders.cubicTo(cx + w * 0.25, top, rect.right() - w * 0.08, top + h * 0.05,
                          rect.right() - w * 0.08, rect.bottom())
        shoulders.closeSubpath()
        painter.drawPath(shoulders)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    # ---- the strip and the footer ------------------------------------------------------
    def _chip_area(self, r: Regions) -> QRectF:
        return r.strip.adjusted(190 * r.scale, 0, 0, 0)

    def _chip_width(self, chip: Chip, metrics: QFontMetricsF) -> float:
        return metrics.horizontalAdvance(f"{chip.name}  {chip.status}") + 44 * self.scale

    def _paint_strip(self, painter: QPainter, r: Regions, pages: list[list[list[Chip]]], page: int) -> None:
        s = self.scale
        title = QRectF(r.strip.left(), r.strip.top(), 175 * s, r.strip.height())
        path = QPainterPath()
        path.addRoundedRect(title, 8 * s, 8 * s)
        painter.fillPath(path, DEEP_RED)
        font = self.font(30, bold=True)
        widest = max(QFontMetricsF(font).horizontalAdvance(word) for word in _strip_title().split() or [""])
        if widest > title.width() - 16 * s:  # a long word in some language: shrink it to fit
            font.setPixelSize(max(1, int(font.pixelSize() * (title.width() - 16 * s) / widest)))
        painter.setFont(font)
        painter.setPen(WHITE)
        painter.drawText(title.adjusted(8 * s, 4 * s, -8 * s, -4 * s),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), _strip_title())
        area = self._chip_area(r)
        rows = pages[page % len(pages)] if pages else []
        metrics = QFontMetricsF(self.font(26))
        row_height = (area.height() - 10 * s) / STRIP_ROWS
        for number, row in enumerate(rows):
            x = area.left()
            y = area.top() + number * (row_height + 10 * s)
            for chip in row:
                width = self._chip_width(chip, metrics)
                box = QRectF(x, y, width, row_height)
                outline = QPainterPath()
                outline.addRoundedRect(box, row_height / 2, row_height / 2)
                painter.fillPath(outline, CHIP_BACKGROUNDS[chip.tone])
                painter.setPen(QPen(TONE_COLOURS[chip.tone], 2 * s))
                painter.drawPath(outline)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(TONE_COLOURS[chip.tone])
                painter.drawEllipse(QPointF(x + 18 * s, box.center().y()), 7 * s, 7 * s)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                after_name = self._text(painter, QRectF(x + 32 * s, y, width, row_height), chip.name, 26, INK,
                                        bold=True)
                self._text(painter, QRectF(after_name + 8 * s, y, width, row_height), chip.status, 26,
                           TONE_COLOURS[chip.tone])
                x += width + 10 * s

    def _paint_footer(self, painter: QPainter, r: Regions, content: BoardContent | None, page: int, pages: int,
                      stale_note: str) -> None:
        s = self.scale
        painter.fillRect(r.footer, DEEP_RED)
        if content is None:
            return
        right = r.footer.right() - 24 * s
        supervision_width = QFontMetricsF(self.font(34, bold=True)).horizontalAdvance(content.supervision)
        self._text(painter, QRectF(right - supervision_width, r.footer.top(), supervision_width, r.footer.height()),
                   content.supervision, 34, GOLD, bold=True)
        right -= supervision_width + 28 * s
        if pages > 1:
            for dot in range(pages):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(GOLD if dot == page else QColor("#c98a8a"))
                painter.drawEllipse(QPointF(right - (pages - dot) * 24 * s, r.footer.center().y()), 7 * s, 7 * s)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            right -= pages * 24 * s + 20 * s
        if stale_note:
            note_width = QFontMetricsF(self.font(24, bold=True)).horizontalAdvance(stale_note) + 24 * s
            self._pill(painter, QPointF(right - note_width, r.footer.top() + 14 * s), stale_note, 24, AMBER, INK)
            right -= note_width + 20 * s
        left = r.footer.left() + 24 * s
        self._text(painter, QRectF(left, r.footer.top(), right - left, r.footer.height()), content.notice, 26, WHITE)

    # ---- drawing helpers ---------------------------------------------------------------
    def font(self, px: float, *, bold: bool = False) -> QFont:
        font = QFont(self.base)
        font.setPixelSize(max(1, round(px * self.scale)))
        font.setBold(bold)
        return font

    def _text(self, painter: QPainter, rect: QRectF, text: str, px: float, colour: QColor, *, bold: bool = False,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) -> float:
        """One line, elided to ``rect``; returns the x where the drawn text ends."""
        if not text or rect.width() <= 0:
            return rect.left()
        font = self.font(px, bold=bold)
        metrics = QFontMetricsF(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, int(align), shown)
        return rect.left() + metrics.horizontalAdvance(shown)

    def _pill_width(self, text: str, px: float) -> float:
        return QFontMetricsF(self.font(px, bold=True)).horizontalAdvance(text) + px * 0.9 * self.scale

    def _pill(self, painter: QPainter, at: QPointF, text: str, px: float, background: QColor, colour: QColor,
              *, max_width: float | None = None) -> float:
        """Text on a rounded label; returns its right edge."""
        if not text:
            return at.x()
        width = self._pill_width(text, px)
        if max_width is not None:
            width = min(width, max_width)
        box = QRectF(at.x(), at.y(), width, px * 1.4 * self.scale)
        path = QPainterPath()
        path.addRoundedRect(box, box.height() / 2.6, box.height() / 2.6)
        painter.fillPath(path, background)
        self._text(painter, box.adjusted(px * 0.45 * self.scale, 0, -px * 0.3 * self.scale, 0), text, px, colour,
                   bold=True)
        return box.right()


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width``; the last one ends in
    "…" if the text is longer (Qt breaks Chinese between any two characters)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[tuple[int, int]] = []
    while len(starts) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start:start + length].rstrip() for start, length in starts]
    if starts and sum(starts[-1]) < len(text):
        rest = text[starts[-1][0]:]
        lines[-1] = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


def _strip_title() -> str:
    return QCoreApplication.translate("RosterBoard", "Whereabouts")
