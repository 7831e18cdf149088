"""The lobby board: what it says for a center with two posts, how fast it follows a
whereabouts change made in this process (the bus) and in another one (the poll), that a
passer-by cannot close it, and that it moves when its screen is unplugged."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QGuiApplication

from desk.clock import utcnow
from desk.roster.posts import PostForm
from desk.roster.staff import StaffForm
from ui.roster.board import RosterBoard, choose_screen
from ui.roster.board_paint import BoardPainter, grid_shape
from ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[3]
PEOPLE = {"张伟": "13812340001", "王芳": "13812340002", "李娜": "13812340003", "刘洋": ""}


@pytest.fixture
def center(desk_ctx, admin_actor):
    """Two posts: 咨询接待 (A 张伟, B 王芳) and 活动组织 (A 李娜, B 刘洋)."""
    ids = {name: desk_ctx.staff.create(admin_actor, StaffForm(name=name, public_phone=phone,
                                                              active_from=date(2020, 1, 1))).value.id
           for name, phone in PEOPLE.items()}
    desk_ctx.posts.create(admin_actor, PostForm(name="咨询接待", location="一楼大厅", holder_id=ids["张伟"],
                                                backup_id=ids["王芳"], sort_order=1))
    desk_ctx.posts.create(admin_actor, PostForm(name="活动组织", location="201室", holder_id=ids["李娜"],
                                                backup_id=ids["刘洋"], sort_order=2))
    return ids


@pytest.fixture
def board(qtbot, desk_ctx, ui_services, center):
    tasks = TaskRunner()  # a real worker: the snapshot is never read on the GUI thread
    widget = RosterBoard(tasks, desk_ctx, ui_services.bus)
    qtbot.addWidget(widget)
    widget.resize(1920, 1080)
    widget.show()
    qtbot.waitUntil(lambda: widget.content is not None and widget.painted_count == widget.refresh_count,
                    timeout=5000)
    yield widget
    widget.close_board()
    tasks.wait_idle(5000)


def _status_id(ctx, label: str) -> int:
    return next(s.id for s in ctx.whereabouts.statuses() if s.label == label)


def _shows(board: RosterBoard, fragment: str) -> bool:
    return board.painted_count == board.refresh_count and any(fragment in text for text in board.visible_texts())


def test_the_board_shows_each_post_with_who_serves_and_how_to_reach_them(board):
    texts = board.visible_texts()
    for expected in ("幸福社区党群服务中心", "咨询接待", "一楼大厅", "张伟", "138 1234 0001", "活动组织", "李娜",
                     "Supervision phone: 010-12345678"):
        assert any(expected in text for text in texts), expected
    assert not any("please see" in text for text in texts)  # everyone is in
    assert board.windowTitle().endswith(f"#{board.refresh_count}")


def test_an_a_holder_in_a_meeting_shows_see_b_within_200_ms(qtbot, board, desk_ctx, ui_services, admin_actor,
                                                             center):
    back = utcnow() + timedelta(hours=1)
    done = desk_ctx.whereabouts.set(admin_actor, center["张伟"], _status_id(desk_ctx, "开会"), expected_return=back)
    ui_services.bus.announce(done.changes)
    qtbot.waitUntil(lambda: _shows(board, "please see the B post, 王芳 138 1234 0002"), timeout=200)
    referral = next(t for t in board.visible_texts() if "please see" in t)
    assert referral.startswith("A post 张伟 开会 (back by ")
    assert desk_ctx.clock.local(back).strftime("%H:%M") in referral


def test_nobody_of_a_post_in_says_whom_to_call(qtbot, board, desk_ctx, ui_services, admin_actor, center):
    for name in ("李娜", "刘洋"):
        ui_services.bus.announce(desk_ctx.whereabouts.set(admin_actor, center[name],
                                                          _status_id(desk_ctx, "下社区")).changes)
    qtbot.waitUntil(lambda: _shows(board, "Nobody of this post is in — please call 138 1234 0003"), timeout=1000)


def test_a_change_made_by_another_process_is_picked_up_by_the_poll(qtbot, board, desk_ctx, center, admin_password):
    script = textwrap.dedent(f"""
        from desk.context import open_desk
        ctx = open_desk({str(desk_ctx.folder)!r}, migrate=False)
        admin = ctx.accounts.sign_in("admin", {admin_password!r})
        status = next(s.id for s in ctx.whereabouts.statuses() if s.label == "外出办事")
        ctx.whereabouts.set(admin, {center["张伟"]}, status, destination="街道办")
        ctx.close()
    """)
    before = board.refresh_count
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=60)
    # No bus here: only the one-second poll of the change mark can notice.
    qtbot.waitUntil(lambda: _shows(board, "A post 张伟 外出办事 — please see the B post, 王芳"), timeout=5000)
    assert board.refresh_count > before


def test_photos_are_drawn_and_a_missing_photo_gets_the_silhouette(qtbot, board, desk_ctx, ui_services, admin_actor,
                                                                  center):
    picture = io.BytesIO()
    Image.new("RGB", (300, 400), (200, 40, 40)).save(picture, "JPEG")
    ui_services.bus.announce(desk_ctx.staff.set_photo(admin_actor, center["张伟"], picture.getvalue()).changes)
    qtbot.waitUntil(lambda: center["张伟"] in board.photos, timeout=2000)
    assert center["李娜"] not in board.photos
    shot = board.grab().toImage()
    # The photo sits at the left of the first card's body: red from the picture.
    colours = {shot.pixelColor(x, y).name() for x in range(40, 120, 8) for y in range(250, 330, 8)}
    assert any(c.startswith("#c") or c.startswith("#d") for c in colours), colours


def test_escape_and_a_plain_close_do_not_close_the_board(qtbot, board):
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    board.close()
    assert board.isVisible()
    with qtbot.waitSignal(board.board_closed, timeout=1000):
        board.close_board()
    assert not board.isVisible()


def test_the_board_moves_off_an_unplugged_screen_and_back_when_it_returns(qtbot, board, monkeypatch):
    primary = QGuiApplication.primaryScreen()

    class Tv:
        def name(self) -> str:
            return "HDMI-1"

        def geometry(self) -> QRect:
            return QRect(1920, 0, 1920, 1080)

    tv = Tv()
    board.screen_name = board.wanted_screen = "HDMI-1"  # as if shown on the TV
    board._on_screen_removed(tv)  # type: ignore[arg-type]
    assert board.screen_name == primary.name()
    assert board.isFullScreen() and board.isVisible()
    placed = []
    monkeypatch.setattr(board, "_place", placed.append)
    board._on_screen_added(tv)  # type: ignore[arg-type]
    assert placed == [tv]
    # Another screen going away does not move it.
    placed.clear()
    board.screen_name = primary.name()
    board._on_screen_removed(tv)  # type: ignore[arg-type]
    assert placed == []


def test_choosing_the_screen_prefers_the_largest_that_is_not_the_desks():
    class Screen:
        def __init__(self, name: str, width: int, height: int) -> None:
            self._name, self._size = name, QRect(0, 0, width, height)

        def name(self) -> str:
            return self._name

        def geometry(self) -> QRect:
            return self._size

    desk, small, tv = Screen("eDP-1", 1920, 1080), Screen("VGA-1", 1280, 720), Screen("HDMI-1", 3840, 2160)
    screens = [desk, small, tv]
    assert choose_screen(screens, desk) is tv
    assert choose_screen(screens, desk, 1) is small
    assert choose_screen(screens, desk, "VGA-1") is small
    assert choose_screen(screens, desk, "gone") is tv
    assert choose_screen(screens, desk, exclude=tv) is small
    assert choose_screen([desk], desk, exclude=None) is desk
    assert choose_screen([desk], desk, exclude=desk) is None


def test_many_posts_make_a_grid_and_then_pages(board, qapp):
    assert [grid_shape(n) for n in (2, 4, 6, 8, 9, 12)] == [(2, 1), (2, 2), (3, 2), (4, 2), (3, 3), (4, 3)]
    content = board.content
    painter = BoardPainter(board.font())
    rect = QRectF(0, 0, 1920, 1080)
    assert painter.page_count(content, rect) == 1
    from dataclasses import replace

    many = replace(content, cards=content.cards * 7)  # 14 posts: two pages of up to twelve
    assert painter.page_count(many, rect) == 2
