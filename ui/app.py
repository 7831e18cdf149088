"""Starting the desk window: options, log, crash handler, language, lock, store, screens.

Environment switches (for tests and the benchmark, never needed by a person):

- ``DESK_QUIT_AFTER_OPEN=1``: open (and migrate) the store, print ``store-open-ok <db
  path>``, exit 0 without a window (the frozen-bundle smoke test).
- ``DESK_EXIT_AFTER_PAINT=1``: when the first screen paints, print
  ``first-paint-window=<main|login|wizard>`` and ``first-paint-ms=<ms>``, then quit. The
  time is counted from the OS start of the process (``/proc/self/stat`` on Linux: it
  includes the interpreter starting and every import); where that is not readable, from
  the import of this module. With ``DESK_AUTO_SIGN_IN=user:password`` (honoured only
  together with ``DESK_EXIT_AFTER_PAINT``) the sign-in runs without the dialog and the
  main window is the screen timed; without it the sign-in dialog is.
"""

from __future__ import annotations

import time

_IMPORTED_AT = time.perf_counter()

import argparse  # noqa: E402 - the clock above is read as early as possible
import gc  # noqa: E402
import importlib.util  # noqa: E402
import logging  # noqa: E402
import logging.handlers  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal  # noqa: E402
from PySide6.QtGui import QGuiApplication, QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from desk.instance import AlreadyRunning, InstanceLock  # noqa: E402
from desk.paths import APP_AUTHOR, APP_NAME, data_dir, log_dir, resources_dir  # noqa: E402

log = logging.getLogger("desk.app")

LOG_FILE = "desk.log"


def ms_since_process_start() -> float:
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start, in ticks
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options; anything else (``-platform``, ``-style``…) is Qt's."""
    parser = argparse.ArgumentParser(prog="desk", add_help=False, allow_abbrev=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--lang")
    return parser.parse_known_args(argv)


def setup_logging(folder: Path, file_name: str = LOG_FILE) -> Path:
    """The rotating log in ``<data dir>/logs/desk.log``, plus warnings on stderr. Each
    process has its own file (the lobby board writes board.log): two processes rotating
    one file would lose each other's lines."""
    path = log_dir(folder) / file_name
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "desk_handler", False)]:
        root.removeHandler(handler)
        handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    for handler in (file_handler, console):
        handler.desk_handler = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources_dir() / "icons"
    for name in ("desk-256.png", "desk.svg"):
        if (folder / name).is_file():
            icon.addFile(str(folder / name))
    return icon


def startup_error(text: str) -> None:
    """A reason the desk cannot start: on stderr always, in a box when someone can see it."""
    print(text, file=sys.stderr, flush=True)
    log.error("%s", text)
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, QCoreApplication.translate("DeskApp", "Desk"), text)


class FirstPaintProbe(QObject):
    """Watches paint events until a wanted window paints for the first time."""

    painted = Signal(str, float)
    """A wanted window painted; its name and the ms since the process started."""

    def __init__(self, app: QCoreApplication, which: Callable[[QWidget], str | None]) -> None:
        super().__init__(app)
        self._app, self._which = app, which
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            name = self._which(watched.window())
            if name:
                self._app.removeEventFilter(self)
                self.painted.emit(name, ms_since_process_start())
        return False


def install_fonts(app: QApplication) -> None:
    if importlib.util.find_spec("ui.fonts") is None:
        return
    from ui.fonts import install_application_fonts

    install_application_fonts(app)


def _make_scanner(app: QApplication) -> QObject | None:
    if importlib.util.find_spec("ui.visits.scanner") is None:
        return None
    from ui.visits.scanner import ScannerFilter

    scanner = ScannerFilter(parent=app)
    app.installEventFilter(scanner)
    return scanner


def _demo_maker(ctx) -> Callable[[], object] | None:  # noqa: ANN001
    if importlib.util.find_spec("desk.demo") is None:
        return None
    from desk.demo import create_demo

    def make() -> object:
        summary = create_demo(ctx, visits=20000)
        print(f"demo center in {ctx.folder}; accounts (user name / password / role):", flush=True)
        for username, display, role, password in getattr(summary, "accounts", ()):
            print(f"  {username:8} {password:14} {role:13} {display}", flush=True)
        if getattr(summary, "pass_payload", ""):
            print(f"a resident pass to scan or type: {summary.pass_payload}", flush=True)
        return summary

    return make


def freeze_long_lived_objects() -> None:
    """Once, when the desk has started: what exists by then (modules, the store, the
    services) lives as long as the process. A full garbage collection walks all of it,
    holding the GIL ~90 ms, and the sync thread's allocations trigger one mid-upload: the
    GUI thread would freeze that long. Frozen objects are not walked (measured in
    bench/sync_gui.py: 89 ms → 9 ms)."""
    gc.freeze()


def _start_sync(services):  # noqa: ANN001, ANN202 - UiServices -> SyncController
    """The background sync with the city hub: it starts by itself once the desk is enrolled."""
    from ui.sync.controller import SyncController

    controller = SyncController(services.desk, services.tasks, services.bus, services.bus)
    controller.start()
    return controller


def run_gui(argv: list[str], demo_if_empty: bool = False) -> int:
    args, qt_args = parse_args(list(argv))
    folder = data_dir(args.data_dir)
    quit_after_open = os.environ.get("DESK_QUIT_AFTER_OPEN") == "1"
    if quit_after_open:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    log_path = setup_logging(folder)
    log.info("starting the desk on %s", folder)

    from ui.crash import CrashHandler
    from ui.i18n import choose_language, fill, install_translations

    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    # Screens follow each other (wizard → sign-in → window) with a read in between; the
    # flow quits explicitly, never because no window happened to be showing.
    app.setQuitOnLastWindowClosed(False)
    crash = CrashHandler(log_path, app)
    crash.install()
    install_translations(app, choose_language(args.lang))
    install_fonts(app)
    icon = app_icon()
    app.setWindowIcon(icon)

    lock = InstanceLock(folder)
    try:
        lock.acquire()
    except AlreadyRunning as running:
        startup_error(fill(QCoreApplication.translate(
            "DeskApp", "Desk is already open on this data folder (%1). "
            "Switch to that window, or close it first."), running.folder))
        return 1
    try:
        return _open_and_run(app, folder, crash, icon, demo_if_empty, quit_after_open)
    finally:
        lock.release()
        crash.uninstall()


def explain_open_failure(error: BaseException, folder: Path) -> str:
    from db.errors import StoreError
    from ui.explain import explain
    from ui.i18n import fill

    log.error("the store could not be opened", exc_info=error)
    if isinstance(error, StoreError):
        return fill(QCoreApplication.translate(
            "DeskApp", "The desk's data could not be opened: %1 Nothing was deleted."),
            explain(error) or error.message)
    return fill(QCoreApplication.translate(
        "DeskApp", "The desk's data could not be opened (%1). Nothing was deleted; "
        "the log is in %2."), error, folder / "logs")


def _open_and_run(app: QApplication, folder: Path, crash, icon: QIcon,  # noqa: ANN001
                  demo_if_empty: bool, quit_after_open: bool) -> int:
    """Show the first window as soon as possible, then open the store behind it.

    On a set-up center the sign-in window goes up before the store stack is even
    imported (``desk.peek`` reads the center's name with plain sqlite3); opening the
    store is the first job on the write worker, so a sign-in typed meanwhile simply
    queues behind it. A first run, the demo and the smoke switches open the store first.
    """
    from desk.peek import glance
    from ui.bus import ChangeBus
    from ui.app_services import UiServices
    from ui.session import SessionState
    from ui.tasks import TaskRunner

    exit_after_paint = os.environ.get("DESK_EXIT_AFTER_PAINT") == "1"
    auto = os.environ.get("DESK_AUTO_SIGN_IN", "") if exit_after_paint else ""
    auto_sign_in = tuple(auto.split(":", 1)) if ":" in auto else None
    services = UiServices(None, TaskRunner(app), ChangeBus(app), SessionState(app))  # type: ignore[arg-type]
    services.tasks.error_occurred.connect(crash.report)
    early_login = None
    center = None if quit_after_open or auto_sign_in else glance(folder)
    if center is not None and center.set_up:
        from ui.shell.login import LoginDialog

        early_login = LoginDialog(services, center_name=center.center_name or "")
        early_login.setWindowIcon(icon)

    state: dict[str, object] = {}

    def which(window: QWidget) -> str | None:
        flow = state.get("flow")
        if early_login is not None and window is early_login:
            return "login"
        if flow is None:
            return None
        if window is flow.window:  # type: ignore[attr-defined]
            return "main"
        if auto_sign_in is None and window is flow.login:  # type: ignore[attr-defined]
            return "login"
        if auto_sign_in is None and window is flow.wizard:  # type: ignore[attr-defined]
            return "wizard"
        return None

    def on_painted(name: str, ms: float) -> None:
        log.info("first paint of the %s window %.0f ms after the process started", name, ms)
        if exit_after_paint:
            print(f"first-paint-window={name}", flush=True)
            print(f"first-paint-ms={ms:.0f}", flush=True)
            QTimer.singleShot(0, lambda: app.exit(0))

    probe = FirstPaintProbe(app, which)
    probe.painted.connect(on_painted)

    def opened(ctx) -> None:  # noqa: ANN001
        from ui.shell.flow import DeskFlow

        services.desk = ctx
        services.sync = _start_sync(services)
        flow = DeskFlow(services, icon=icon)
        state["flow"] = flow
        flow.idle.install(app)
        scanner = _make_scanner(app)
        if scanner is not None:
            scanner.scan_received.connect(flow.route_scan)
        if early_login is not None:
            flow.adopt_login(early_login)
        else:
            flow.start(demo=_demo_maker(ctx) if demo_if_empty else None,
                       auto_sign_in=auto_sign_in)  # type: ignore[arg-type]
        freeze_long_lived_objects()  # before the sync thread starts: it waits for a read queued above

    def failed(error: BaseException) -> None:
        startup_error(explain_open_failure(error, folder))
        app.exit(1)

    def open_store():  # noqa: ANN202 - runs on the write worker (or inline, below)
        from desk.context import open_desk

        return open_desk(folder)

    if early_login is not None:
        early_login.show()
        services.tasks.write(open_store, opened, failed)
    else:
        try:
            ctx = open_store()
        except Exception as error:  # noqa: BLE001 - any reason, explained; data left as it is
            startup_error(explain_open_failure(error, folder))
            return 1
        if quit_after_open:
            print(f"store-open-ok {ctx.store.path}", flush=True)
            ctx.close()
            return 0
        opened(ctx)
    try:
        return app.exec()
    finally:
        if services.sync is not None:
            services.sync.stop()
        services.tasks.wait_idle()
        if services.desk is not None:
            services.desk.close()
