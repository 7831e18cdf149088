"""The staff page as an administrator and a receptionist use it: the table model, adding
and editing through the dialog, refusals beside the field, search by pinyin initials,
former staff, photos, and what a receptionist may not see or do."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from desk.roster.staff import StaffForm
from ui.roster.staff_dialog import StaffDialog
from ui.roster.staff_model import StaffTableModel
from ui.roster.staff_page import StaffPage


def _add(desk_ctx, admin_actor, name: str, **fields) -> int:
    return desk_ctx.staff.create(admin_actor, StaffForm(name, **fields)).value.id


@pytest.fixture
def people(desk_ctx, admin_actor) -> dict[str, int]:
    today = desk_ctx.clock.today()
    return {
        "张小明": _add(desk_ctx, admin_actor, "张小明", kind="manager", title="党委副书记",
                     public_phone="010-12345678", private_phone="13800138000"),
        "李芳": _add(desk_ctx, admin_actor, "李芳", kind="social_worker", private_phone="13912345678",
                   active_from=today - timedelta(days=100)),
        "赵四": _add(desk_ctx, admin_actor, "赵四", kind="volunteer", active_from=today - timedelta(days=400),
                   active_until=today - timedelta(days=30)),
    }


def make_page(qtbot, ui_services, actor) -> StaffPage:
    ui_services.session.sign_in(actor)
    page = StaffPage(ui_services)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def page(qtbot, ui_services, admin_actor, people) -> StaffPage:
    return make_page(qtbot, ui_services, admin_actor)


def shown(page: StaffPage, column: int = StaffTableModel.NAME) -> list[str]:
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


def select(page: StaffPage, name: str) -> None:
    page.view.selectRow(shown(page).index(name))


def png(tmp_path, name="face.png"):
    path = tmp_path / name
    Image.new("RGB", (640, 480), (20, 120, 200)).save(path)
    return path


def test_the_model_passes_qt_checks(qtmodeltester, desk_ctx, people):
    model = StaffTableModel(show_private=False, today=desk_ctx.clock.today())
    model.set_staff(desk_ctx.staff.list(include_inactive=True))
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_the_list_shows_current_staff_with_kinds_in_words(page):
    assert page.title == "Staff"
    assert shown(page) == ["张小明", "李芳"]  # 赵四 left last month
    assert shown(page, StaffTableModel.KIND) == ["Full-time manager", "Social worker"]
    assert shown(page, StaffTableModel.PRIVATE_PHONE) == ["13800138000", "13912345678"]  # an admin sees them
    assert shown(page, StaffTableModel.PHOTO) == ["No", "No"]
    assert page.count_label.text() == "2 of 3 people shown"

    page.former_check.setChecked(True)
    assert "赵四" in shown(page)
    row = shown(page).index("赵四")
    assert page.proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).name() == "#888888"


def test_search_finds_people_by_name_or_pinyin_initials_and_ctrl_f_goes_there(qtbot, page):
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "zx")
    assert shown(page) == ["张小明"]
    page.search_edit.setText("芳")
    assert shown(page) == ["李芳"]
    page.search_edit.setText("LF")
    assert shown(page) == ["李芳"]
    page.search_edit.setText("zs")
    assert shown(page) == []  # 赵四 is former staff
    page.former_check.setChecked(True)
    assert shown(page) == ["赵四"]


def test_adding_a_person_through_the_dialog_shows_the_row(qtbot, page, desk_ctx):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, StaffDialog) and dialog.isVisible()
    dialog.name_edit.setText("欧阳娜娜")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("volunteer"))
    dialog.public_edit.setText("0755-1234567")
    dialog.private_edit.setText("137 1111 2222")
    dialog.buttons.accepted.emit()

    assert not dialog.isVisible()
    assert page.message_label.text() == "欧阳娜娜 added."
    assert "欧阳娜娜" in shown(page)
    assert page.selected_person().name == "欧阳娜娜"
    row = shown(page).index("欧阳娜娜")
    assert page.proxy.index(row, StaffTableModel.KIND).data() == "Volunteer"
    assert page.proxy.index(row, StaffTableModel.PRIVATE_PHONE).data() == "13711112222"
    assert [p.name for p in desk_ctx.staff.list()].count("欧阳娜娜") == 1


def test_a_refusal_is_shown_beside_its_field_and_keeps_what_was_typed(qtbot, page, desk_ctx):
    page.add_button.click()
    dialog = page.dialog
    dialog.name_edit.setText("王五")
    dialog.public_edit.setText("12345")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    error = dialog.field_errors["Public phone"]
    assert error.isVisibleTo(dialog) and "not a valid phone number" in error.text()
    assert not dialog.field_errors["Name"].isVisibleTo(dialog)
    assert dialog.name_edit.text() == "王五" and dialog.buttons.isEnabled()
    assert "王五" not in [p.name for p in desk_ctx.staff.list(include_inactive=True)]

    dialog.public_edit.setText("")
    dialog.working_check.setChecked(False)
    dialog.until_edit.setDate(dialog.from_edit.date().addDays(-1))
    dialog.buttons.accepted.emit()
    assert dialog.field_errors["Last working day"].isVisibleTo(dialog)
    assert not error.isVisibleTo(dialog)


def test_enter_edits_the_selected_person_and_a_last_day_makes_them_former(qtbot, page, desk_ctx, people):
    select(page, "李芳")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, StaffDialog) and dialog.person.name == "李芳"
    assert dialog.private_edit.text() == "13912345678"
    yesterday = desk_ctx.clock.today() - timedelta(days=1)
    dialog.working_check.setChecked(False)
    dialog.until_edit.setDate(yesterday)
    dialog.buttons.accepted.emit()

    assert page.message_label.text() == "李芳 saved."
    assert shown(page) == ["张小明"]
    assert desk_ctx.staff.get(people["李芳"]).active_until == yesterday


def test_a_photo_is_set_from_a_file_and_removed(page, tmp_path, desk_ctx, people):
    select(page, "张小明")
    page.choose_photo_file = lambda: str(png(tmp_path))
    page.photo_button.click()
    assert page.message_label.text() == "Photo of 张小明 saved."
    assert shown(page, StaffTableModel.PHOTO)[0] == "Yes"
    assert page.clear_photo_button.isEnabled()
    with Image.open(io.BytesIO(desk_ctx.staff.photo(people["张小明"]))) as stored:
        assert max(stored.size) == 320

    page.view.setFocus()
    page._on_edit_button_clicked()
    assert page.dialog.photo_label.pixmap() is not None and not page.dialog.photo_label.pixmap().isNull()
    page.dialog.reject()

    page.clear_photo_button.click()
    assert shown(page, StaffTableModel.PHOTO)[0] == "No"
    assert desk_ctx.staff.photo(people["张小明"]) is None


def test_a_photo_that_is_not_a_picture_is_refused_in_words(page, tmp_path, desk_ctx, people):
    select(page, "李芳")
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a picture")
    page.choose_photo_file = lambda: str(bad)
    page.photo_button.click()
    assert "not a picture the desk can read" in page.message_label.text()
    assert desk_ctx.staff.photo(people["李芳"]) is None
    page.choose_photo_file = lambda: str(tmp_path / "gone.jpg")
    page.photo_button.click()
    assert "does not exist" in page.message_label.text()


def test_a_receptionist_sees_no_edit_buttons_and_masked_private_phones(qtbot, ui_services, receptionist_actor,
                                                                      people):
    page = make_page(qtbot, ui_services, receptionist_actor)
    assert shown(page) == ["张小明", "李芳"]
    assert shown(page, StaffTableModel.PRIVATE_PHONE) == ["138****8000", "139****5678"]
    assert shown(page, StaffTableModel.PUBLIC_PHONE)[0] == "01012345678"
    for button in page.admin_buttons:
        assert not button.isVisibleTo(page)
    select(page, "张小明")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.dialog is None  # nothing opens for editing


def test_the_page_reloads_when_someone_else_changes_staff(page, ui_services, desk_ctx, admin_actor):
    done = desk_ctx.staff.create(admin_actor, StaffForm("新同事", active_from=date(2020, 1, 1)))
    assert "新同事" not in shown(page)
    ui_services.bus.announce(done.changes)
    assert "新同事" in shown(page)


def test_staff_and_posts_are_in_the_navigation_for_receptionists_too(ui_services, receptionist_actor):
    from ui.shell.pages import PAGES, build_pages

    ui_services.session.sign_in(receptionist_actor)
    specs = [spec for spec in PAGES if spec.startswith(("ui.roster.staff_page:", "ui.roster.posts_page:"))]
    pages = build_pages(ui_services, receptionist_actor, specs)
    assert [page.title for page in pages] == ["Staff", "Posts"]
    for page in pages:
        page.deleteLater()


def test_someone_leaves_the_list_at_midnight_in_the_centers_zone(qtbot, ui_services, admin_actor, desk_ctx):
    import time_machine
    from datetime import UTC, datetime

    desk_ctx.staff.create(admin_actor, StaffForm("年末走", active_from=date(2026, 1, 1),
                                                 active_until=date(2026, 12, 31)))
    # 23:59 on New Year's Eve in Shanghai is 15:59 UTC: still their last working day.
    with time_machine.travel(datetime(2026, 12, 31, 15, 59, tzinfo=UTC), tick=False):
        page = make_page(qtbot, ui_services, admin_actor)
        assert shown(page) == ["年末走"]
    with time_machine.travel(datetime(2026, 12, 31, 16, 0, tzinfo=UTC), tick=False):
        page.reload()
        assert shown(page) == []
        page.former_check.setChecked(True)
        assert shown(page, StaffTableModel.PERIOD) == ["2026-01-01 – 2026-12-31"]
