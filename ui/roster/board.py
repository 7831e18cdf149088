"""三公开公示屏: the public board on the lobby TV — who serves at each post now, where
everyone is, how to reach them. Read-only, no sign-in, nothing to click.

It redraws by itself: at once when this process announces a change on the bus, within a
second when another process (the desk, while the board runs as ``desk board``) commits
one — it polls the store's change mark — and every 30 s, because the duty of the hour
changes without anyone touching anything. The snapshot is read on a worker; the GUI
thread only paints.

A passer-by cannot close it: Esc and Alt+F4 do nothing; Ctrl+Shift+Q or the desk's own
button close it. When its screen is unplugged it moves to a remaining one, and it goes
back to the TV when the TV returns.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage, QKeyEvent, QKeySequence, QPainter, QPaintEvent, \
    QScreen, QShortcut
from PySide6.QtWidgets import QWidget

from desk.changes import CALENDAR, CENTER, POSTS, ROSTER, SETTINGS, STAFF, WHEREABOUTS, Changes
from ui.bus import ChangeBus
from ui.i18n import fill
from ui.roster.board_content import BoardContent, build_content
from ui.roster.board_paint import BoardPainter, regions
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desk.context import DeskContext
    from desk.roster.disclosure import BoardSnapshot

log = logging.getLogger(__name__)

POLL_MS = 1_000
FULL_REFRESH_MS = 30_000
PAGE_MS = 12_000
PHOTO_HEIGHT = 480  # decoded once at this height: sharp on a card, cheap to draw
TOPICS = (WHEREABOUTS, STAFF, POSTS, ROSTER, CENTER, SETTINGS, CALENDAR)


class _Screen(Protocol):
    def name(self) -> str: ...
    def geometry(self) -> QRect: ...


def choose_screen(screens: Sequence[_Screen], primary: _Screen | None, wanted: str | int | None = None,
                  exclude: _Screen | None = None) -> _Screen | None:
    """The screen for the board: the one asked for (index or name) if it is there, else
    the largest screen that is not the desk's own (primary), else the primary."""
    left = [s for s in screens if s is not exclude]
    if not left:
        return None
    if isinstance(wanted, int) and 0 <= wanted < len(left):
        return left[wanted]
    if isinstance(wanted, str):
        for screen in left:
            if screen.name() == wanted:
                return screen
    others = [s for s in left if s is not primary]
    if others:
        return max(others, key=lambda s: s.geometry().width() * s.geometry().height())
    return primary if primary in left else left[0]


def _decode_photos(raw: dict[int, bytes]) -> dict[int, QImage]:
    """Runs on the worker: QImage (unlike QPixmap) may be made off the GUI thread."""
    images: dict[int, QImage] = {}
    for staff_id, data in raw.items():
        image = QImage.fromData(data)
        if not image.isNull():
            images[staff_id] = image.scaledToHeight(PHOTO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
    return images


class RosterBoard(QWidget):
    board_closed = Signal()
    """The board was closed (Ctrl+Shift+Q or the desk's button)."""
    refreshed = Signal(int)
    """New content arrived and a repaint is scheduled; the argument counts refreshes."""

    def __init__(self, tasks: TaskRunner, desk: "DeskContext | None" = None, bus: ChangeBus | None = None, *,
                 center_name: str = "", kiosk: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.tasks = tasks
        self.desk: DeskContext | None = None
        self.kiosk = kiosk  # its own process on a TV: always full screen, no cursor
        self.content: BoardContent | None = None
        self.snapshot: BoardSnapshot | None = None
        self.refresh_count = 0
        self.painted_count = 0  # the refresh_count of the last content painted
        self.page = 0
        self.screen_name: str | None = None  # where the board is now
        self.wanted_screen: str | int | None = None  # where it belongs (the TV)
        self.photos: dict[int, QImage] = {}
        self._center_name = center_name
        self._painter = BoardPainter(self.font())
        self._mark = -1
        self._loading = self._polling = self._again = False
        self._photos_stale = True
        self._failing_since: str = ""
        self._allow_close = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(QSize(640, 360))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._set_title()

        self._tick = QTimer(self)
        self._tick.setInterval(POLL_MS)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._full = QTimer(self)
        self._full.setInterval(FULL_REFRESH_MS)
        self._full.timeout.connect(self.refresh)
        self._turn = QTimer(self)
        self._turn.setInterval(PAGE_MS)
        self._turn.timeout.connect(self._on_turn_timeout)
        for timer in (self._tick, self._full, self._turn):
            timer.start()
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, activated=self.close_board)
        if bus is not None:
            bus.changes_applied.connect(self._on_bus_changes_applied)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self._on_screen_removed)
            app.screenAdded.connect(self._on_screen_added)
        if desk is not None:
            self.set_desk(desk)

    # ---- data --------------------------------------------------------------------------
    def set_desk(self, desk: "DeskContext") -> None:
        """The store is open (the board app opens it on a worker after showing the board)."""
        self.desk = desk
        self.refresh()

    def refresh(self) -> None:
        """Read a new snapshot on a worker; several asks while one runs make one more read."""
        if self.desk is None:
            return
        if self._loading:
            self._again = True
            return
        self._loading, self._again = True, False
        disclosure = self.desk.disclosure

        def load() -> tuple[int, BoardSnapshot]:
            mark = disclosure.change_mark()  # before the snapshot: a change in between is read again
            return mark, disclosure.snapshot()

        self.tasks.read(load, self._guard(self._on_snapshot_loaded), self._guard(self._on_snapshot_failed))

    def _on_snapshot_loaded(self, result: tuple[int, "BoardSnapshot"]) -> None:
        self._loading = False
        mark, snapshot = result
        self._mark = max(self._mark, mark)
        self.snapshot = snapshot
        self.content = build_content(snapshot)
        self._failing_since = ""
        self.refresh_count += 1
        self._set_title()
        self.update()
        self.refreshed.emit(self.refresh_count)
        self._load_photos(snapshot)
        if self._again:
            self.refresh()

    def _on_snapshot_failed(self, error: BaseException) -> None:
        self._loading = False
        log.warning("the board could not read the store: %s", error, exc_info=error)
        if not self._failing_since and self.content is not None:
            self._failing_since = self.content.updated[:5]
            self.update()
        if self._again:
            self.refresh()

    def _load_photos(self, snapshot: "BoardSnapshot") -> None:
        shown = {card.person_id for card in self.content.cards} if self.content else set()
        wanted = [p.staff_id for p in snapshot.people if p.has_photo and p.staff_id in shown]
        self.photos = {i: image for i, image in self.photos.items() if i in wanted}  # removed photos go
        missing = wanted if self._photos_stale else [i for i in wanted if i not in self.photos]
        self._photos_stale = False
        if not missing or self.desk is None:
            return
        staff = self.desk.staff
        self.tasks.read(lambda: _decode_photos(staff.photos(missing)), self._guard(self._on_photos_loaded),
                        self._guard(lambda error: log.warning("board photos not loaded: %s", error)))

    def _on_photos_loaded(self, images: dict[int, QImage]) -> None:
        self.photos.update(images)
        self.update()

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(*TOPICS):
            self._photos_stale = self._photos_stale or changes.touches(STAFF)
            self.refresh()

    def _on_tick_timeout(self) -> None:
        self.update(self._clock_rect())
        if self.desk is None or self._polling or self._loading:
            return
        self._polling = True
        self.tasks.read(self.desk.disclosure.change_mark, self._guard(self._on_mark_read),
                        self._guard(self._on_mark_failed))

    def _on_mark_read(self, mark: int) -> None:
        self._polling = False
        if mark > self._mark:
            self._photos_stale = True  # another process changed something: maybe a photo
            self.refresh()

    def _on_mark_failed(self, error: BaseException) -> None:
        self._polling = False
        log.info("the board's change poll failed: %s", error)

    def _on_turn_timeout(self) -> None:
        if self.content is not None and self._painter.page_count(self.content, QRectF(self.rect())) > 1:
            self.page += 1
            self.update()

    def _guard(self, callback):  # noqa: ANN001, ANN202 - a task may finish after the board is gone
        def call(*args: object) -> None:
            if shiboken6.isValid(self):
                callback(*args)

        return call

    @property
    def shown_mark(self) -> int:
        """The store's change mark the current content was read at (or after)."""
        return self._mark

    # ---- painting ----------------------------------------------------------------------
    def visible_texts(self) -> list[str]:
        """The board's sentences (all pages): what a test or a screen reader can check."""
        return self.content.texts() if self.content else []

    def clock_text(self) -> str:
        now = self.desk.clock.now() if self.desk is not None else None
        return now.strftime("%H:%M:%S") if now is not None else ""

    def _clock_rect(self) -> QRect:
        return regions(QRectF(self.rect())).clock.toAlignedRect()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        content = self.content or self._loading_content()
        note = fill(self.tr("Not updated since %1"), self._failing_since) if self._failing_since else ""
        self._painter.paint(painter, QRectF(self.rect()), content, self.page, self.photos, self.clock_text(), note)
        painter.end()
        self.painted_count = self.refresh_count

    def _loading_content(self) -> BoardContent | None:
        if not self._center_name:
            return None
        return BoardContent(self._center_name, "", "", "", "", False, self.tr("Loading…"), "", (), (), "", "", "")

    def _set_title(self) -> None:
        # The counter at the end lets a test (or a person at a terminal) see the board redraw.
        center = self.content.center_name if self.content else self._center_name
        title = self.tr("Public board")
        self.setWindowTitle(f"{title} — {center} #{self.refresh_count}")
        self.setAccessibleName(self.windowTitle())

    # ---- closing -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        event.accept()  # Esc and everything else: a kiosk ignores passers-by

    def close_board(self) -> None:
        """Close for real (Ctrl+Shift+Q, or the desk's button)."""
        self._allow_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._allow_close:
            event.ignore()
            return
        for timer in (self._tick, self._full, self._turn):
            timer.stop()
        event.accept()
        self.board_closed.emit()

    # ---- screens -----------------------------------------------------------------------
    def show_on_screen(self, wanted: str | int | None = None) -> None:
        """Show full screen on the TV (``wanted``: an index or name; default the largest
        screen that is not the desk's). A desk with one screen shows it in a window,
        unless this is the board's own process (kiosk)."""
        self.wanted_screen = wanted
        screens = QGuiApplication.screens()
        screen = choose_screen(screens, QGuiApplication.primaryScreen(), wanted)
        if screen is None:
            self.show()
            return
        if screen is not QGuiApplication.primaryScreen() and not isinstance(wanted, str):
            self.wanted_screen = screen.name()  # come back to this TV if it is unplugged
        if self.kiosk or len(screens) > 1:
            self._place(screen)  # type: ignore[arg-type]
        else:
            self.screen_name = screen.name()
            self.resize(1280, 720)
            self.show()

    def _place(self, screen: QScreen) -> None:
        self.screen_name = screen.name()
        self.showNormal()  # a full-screen window keeps its screen: leave full screen to move
        handle = self.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.update()

    def _on_screen_removed(self, screen: QScreen) -> None:
        if screen.name() != self.screen_name:
            return
        others = [s for s in QGuiApplication.screens() if s is not screen and s.name() != screen.name()]
        target = choose_screen(others, QGuiApplication.primaryScreen())
        log.info("the board's screen %s went away; moving to %s", screen.name(), target.name() if target else None)
        if target is not None:
            self._place(target)  # type: ignore[arg-type]

    def _on_screen_added(self, screen: QScreen) -> None:
        wanted = self.wanted_screen
        if isinstance(wanted, str) and screen.name() == wanted and self.screen_name != wanted:
            log.info("the board's screen %s is back", wanted)
            self._place(screen)
        elif wanted is None and screen is not QGuiApplication.primaryScreen() and self.isVisible():
            self.wanted_screen = screen.name()  # a TV plugged in after the board opened
            self._place(screen)


class _BoardKeeper(QObject):
    """Holds the desk's in-process board, so it outlives the page that opened it (pages
    are rebuilt at every sign-in; the lobby must not go dark at a change of shift)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("rosterBoardKeeper")
        self.board: RosterBoard | None = None


def _keeper() -> _BoardKeeper | None:
    app = QCoreApplication.instance()
    if app is None:
        return None
    keeper = app.findChild(_BoardKeeper, "rosterBoardKeeper")
    return keeper if isinstance(keeper, _BoardKeeper) else _BoardKeeper(app)


def find_board() -> RosterBoard | None:
    """The board this desk process has open, if any."""
    keeper = _keeper()
    board = keeper.board if keeper is not None else None
    return board if board is not None and shiboken6.isValid(board) else None


def open_board(desk: "DeskContext", tasks: TaskRunner, bus: ChangeBus, wanted: str | int | None = None) -> RosterBoard:
    """Open (or bring back) the public board in this process, on the second screen if any."""
    board = find_board()
    if board is not None:
        board.raise_()
        return board
    keeper = _keeper()
    board = RosterBoard(tasks, desk, bus, kiosk=False)
    if keeper is not None:
        keeper.board = board

        def forget() -> None:
            if keeper.board is board:
                keeper.board = None
            board.deleteLater()

        board.board_closed.connect(forget)
    board.show_on_screen(wanted)
    return board
