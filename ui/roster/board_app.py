"""`desk board`: the public board as its own program, for a lobby TV.

It runs beside the desk on the same data folder: it takes no instance lock, never
migrates (the desk does that, after its backup copy) and only reads. The board goes up
at once with the center's name; the store opens on a worker behind it.

    desk board [--data-dir D] [--screen N] [--lang en]
"""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desk.paths import APP_AUTHOR, APP_NAME, data_dir, database_path
from ui.app import install_fonts, app_icon, setup_logging, startup_error

log = logging.getLogger("desk.board")


def parse_board_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options; anything else (``-platform``…) is Qt's."""
    parser = argparse.ArgumentParser(prog="desk board", add_help=False, allow_abbrev=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--lang")
    parser.add_argument("--screen", type=int, default=None)
    return parser.parse_known_args(argv)


def check_folder(folder) -> str | None:  # noqa: ANN001 - a Path
    """Why the board cannot show this folder, in words; None if it can."""
    from db.migrate import HEAD, recorded_revision
    from desk.peek import glance
    from ui.i18n import fill

    path = database_path(folder)
    if not path.exists():
        return fill(QCoreApplication.translate(
            "RosterBoard", "There is no desk data in %1. Open the desk and set up the center first."), folder)
    revision = recorded_revision(path)
    if revision != HEAD:
        return fill(QCoreApplication.translate(
            "RosterBoard", "The desk's data in %1 is from another version of Desk. Open the desk once to "
            "update it, then start the board again."), folder)
    if not glance(folder).set_up:
        return fill(QCoreApplication.translate(
            "RosterBoard", "No center is set up in %1 yet. Open the desk and set up the center first."), folder)
    return None


def run_board(argv: list[str]) -> int:
    args, qt_args = parse_board_args(list(argv))
    folder = data_dir(args.data_dir)
    log_path = setup_logging(folder, "board.log")
    log.info("starting the public board on %s", folder)

    from ui.crash import CrashHandler
    from ui.i18n import choose_language, install_translations

    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    crash = CrashHandler(log_path, app)
    crash.install()
    install_translations(app, choose_language(args.lang))
    install_fonts(app)
    app.setWindowIcon(app_icon())
    try:
        problem = check_folder(folder)
        if problem is not None:
            startup_error(problem)
            return 1
        return _show(app, folder, args.screen)
    finally:
        crash.uninstall()


def _show(app: QApplication, folder, screen: int | None) -> int:  # noqa: ANN001 - a Path
    from desk.peek import glance
    from ui.roster.board import RosterBoard
    from ui.tasks import TaskRunner

    tasks = TaskRunner(app)
    board = RosterBoard(tasks, center_name=glance(folder).center_name or "", kiosk=True)
    board.board_closed.connect(app.quit)
    board.show_on_screen(screen)
    state: dict[str, object] = {}

    def open_store():  # noqa: ANN202 - runs on the write worker
        from desk.context import open_desk

        return open_desk(folder, migrate=False)

    def opened(ctx) -> None:  # noqa: ANN001
        state["desk"] = ctx
        board.set_desk(ctx)

    def failed(error: BaseException) -> None:
        from ui.app import explain_open_failure

        startup_error(explain_open_failure(error, folder))
        app.exit(1)

    tasks.write(open_store, opened, failed)
    try:
        return app.exec()
    finally:
        tasks.wait_idle()
        desk = state.get("desk")
        if desk is not None:
            desk.close()  # type: ignore[attr-defined]
