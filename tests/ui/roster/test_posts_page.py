"""The posts page: the table model, adding a post with A, B and covers through the dialog,
A == B refused in the dialog, Enter to edit, Delete to deactivate, read-only for
receptionists."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desk.roster.posts import PostForm
from desk.roster.staff import StaffForm
from ui.roster.post_dialog import PostDialog
from ui.roster.post_model import PostTableModel
from ui.roster.posts_page import PostsPage


@pytest.fixture
def people(desk_ctx, admin_actor) -> dict[str, int]:
    today = desk_ctx.clock.today()
    ids = {}
    for name in ("张三", "李四", "王五", "赵六"):
        ids[name] = desk_ctx.staff.create(admin_actor, StaffForm(
            name, active_from=today - timedelta(days=100))).value.id
    ids["钱七"] = desk_ctx.staff.create(admin_actor, StaffForm(
        "钱七", active_from=today - timedelta(days=100), active_until=today - timedelta(days=1))).value.id
    return ids


@pytest.fixture
def reception_post(desk_ctx, admin_actor, people) -> int:
    return desk_ctx.posts.create(admin_actor, PostForm(
        "咨询接待", location="一楼大厅", duties="接待来访群众", service_standard="首问负责",
        time_limit="即时办结", holder_id=people["张三"], backup_id=people["李四"],
        cover_ids=(people["王五"],))).value.id


def make_page(qtbot, ui_services, actor) -> PostsPage:
    ui_services.session.sign_in(actor)
    page = PostsPage(ui_services)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def page(qtbot, ui_services, admin_actor, reception_post) -> PostsPage:
    return make_page(qtbot, ui_services, admin_actor)


def rows(page: PostsPage) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def cover_names(dialog: PostDialog) -> list[str]:
    return [dialog.cover_list.item(i).text() for i in range(dialog.cover_list.count())]


def test_the_model_passes_qt_checks(qtmodeltester, desk_ctx, reception_post):
    model = PostTableModel()
    names = {p.id: p.name for p in desk_ctx.staff.list(include_inactive=True)}
    model.set_posts(desk_ctx.posts.list(include_inactive=True), names)
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_posts_are_listed_with_a_b_covers_and_details(page):
    assert page.title == "Posts"
    assert rows(page) == [["咨询接待", "一楼大厅", "张三", "李四", "王五", "即时办结", "Active"]]
    assert "Duties: 接待来访群众" in page.details_label.text()
    assert "Service standard: 首问负责" in page.details_label.text()


def test_adding_a_post_through_the_dialog(qtbot, page, desk_ctx, people):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PostDialog) and dialog.isVisible()
    assert "钱七" not in " ".join(cover_names(dialog))  # former staff are not offered
    dialog.name_edit.setText("后勤管理")
    dialog.location_edit.setText("二楼 203")
    dialog.duties_edit.setPlainText("场地设备维护\n物资管理")
    dialog.time_limit_combo.setCurrentText("3个工作日")
    dialog.choose(dialog.holder_combo, people["王五"])
    dialog.choose(dialog.backup_combo, people["赵六"])
    dialog.set_cover(people["张三"], True)
    dialog.set_cover(people["王五"], True)  # A is greyed out in the list: not counted
    dialog.buttons.accepted.emit()

    assert not dialog.isVisible()
    assert page.message_label.text() == "Post 后勤管理 added."
    assert rows(page)[-1] == ["后勤管理", "二楼 203", "王五", "赵六", "张三", "3个工作日", "Active"]
    assert page.selected_post().name == "后勤管理"
    stored = next(p for p in desk_ctx.posts.list() if p.name == "后勤管理")
    assert stored.duties == "场地设备维护\n物资管理" and stored.cover_ids == (people["张三"],)


def test_the_same_person_as_a_and_b_is_refused_in_the_dialog(page, desk_ctx, people):
    page.add_button.click()
    dialog = page.dialog
    dialog.name_edit.setText("宣传策划")
    dialog.choose(dialog.holder_combo, people["赵六"])
    dialog.choose(dialog.backup_combo, people["赵六"])
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
    assert "two different people" in dialog.error_label.text()
    assert dialog.name_edit.text() == "宣传策划"
    assert [p.name for p in desk_ctx.posts.list()] == ["咨询接待"]


def test_enter_edits_and_delete_deactivates(qtbot, page, desk_ctx, people, reception_post):
    page.view.selectRow(0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, PostDialog) and dialog.name_edit.text() == "咨询接待"
    assert dialog.holder_combo.currentData() == people["张三"]
    dialog.choose(dialog.backup_combo, people["赵六"])
    dialog.buttons.accepted.emit()
    assert rows(page)[0][3] == "赵六"

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert rows(page)[0][-1] == "Inactive"
    assert page.active_button.text() == "Activate"
    assert desk_ctx.posts.list() == []
    page.active_button.click()
    assert rows(page)[0][-1] == "Active"


def test_an_empty_b_shows_as_nobody_in_red(page, desk_ctx, admin_actor, ui_services, people):
    done = desk_ctx.posts.create(admin_actor, PostForm("宣传策划", holder_id=people["赵六"]))
    ui_services.bus.announce(done.changes)
    index = page.model.index(page.model.row_of(done.value.id), PostTableModel.BACKUP)
    assert index.data() == "(nobody)"
    assert index.data(Qt.ItemDataRole.ForegroundRole).name() == "#b00020"


def test_a_receptionist_reads_posts_but_cannot_change_them(qtbot, ui_services, receptionist_actor, reception_post):
    page = make_page(qtbot, ui_services, receptionist_actor)
    assert rows(page)[0][:4] == ["咨询接待", "一楼大厅", "张三", "李四"]
    for button in (page.add_button, page.edit_button, page.active_button):
        assert not button.isVisibleTo(page)
    page.view.selectRow(0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.dialog is None and rows(page)[0][-1] == "Active"
    assert "Duties: 接待来访群众" in page.details_label.text()


def test_a_receptionist_prints_the_responsibility_list(qtbot, ui_services, receptionist_actor, reception_post,
                                                       tmp_path):
    import subprocess

    page = make_page(qtbot, ui_services, receptionist_actor)
    assert page.print_button.isVisibleTo(page)
    page.print_button.click()
    qtbot.waitUntil(lambda: page.documents.last_preview is not None, timeout=5000)
    path = tmp_path / "responsibilities.pdf"
    path.write_bytes(page.documents.last_preview.pdf_bytes)
    page.documents.last_preview.close()
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "岗位责任清单" in text
    assert "咨询接待" in text and "一楼大厅" in text and "接待来访群众" in text
    assert "张三" in text and "李四" in text and "办理时限：即时办结" in text
