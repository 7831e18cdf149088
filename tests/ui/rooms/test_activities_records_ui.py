"""The activity's record: volunteer hours and their totals, evidence files, the sign-in sheet."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import pytest
import time_machine
from PIL import Image
from PySide6.QtCore import Qt

from activities_ui_world import MONDAY_0900, at, new_activity, ok, open_page, sign_up
from desk.roster.staff import StaffForm
from ui.rooms.activity_extras_model import EvidenceModel, VolunteerTotalModel
from ui.services.lists_dialogs import FieldsDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _totals(page) -> list[tuple[str, str, str]]:
    model = page.detail.totals
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def test_volunteer_hours_are_recorded_and_added_up_for_the_period(
        qtbot, ui_services, desk_ctx, admin_actor, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False) as clock:
        zhang_wei = desk_ctx.staff.create(admin_actor, StaffForm("张伟", title="社工",
                                                                 active_from=date(2020, 1, 1))).value.id
        new_activity(desk_ctx, receptionist_actor, "重阳敬老", start="09:30", end="11:30")
        new_activity(desk_ctx, receptionist_actor, "书法班", day_offset=1, start="09:00", end="10:00")
        page = open_page(qtbot, ui_services, receptionist_actor)
        clock.move_to(at(desk_ctx, "12:00"))  # hours are recorded once the activity has started

        qtbot.keyClick(page.view, Qt.Key.Key_H, CTRL)
        form = page.dialog
        assert isinstance(form, FieldsDialog) and page.detail.currentIndex() == 1  # the Volunteers tab
        form.set_value("staff", zhang_wei)
        form.set_value("role", "签到引导")
        form.set_value("hours", "2")
        ok(qtbot, form)
        assert page.message_label.text() == "张伟: 2 h recorded."

        qtbot.keyClick(page.view, Qt.Key.Key_H, CTRL)
        form = page.dialog
        form.set_value("name", "志愿者小刘")
        form.set_value("hours", "一个半小时")
        ok(qtbot, form)  # not a number: the form says how to type it and stays open
        assert page.dialog is form and "e.g. 2 or 1.5" in form.error_label.text()
        form.set_value("hours", "1:30")
        ok(qtbot, form)
        assert page.dialog is None

        lines = page.detail.volunteers
        assert [(lines.index(r, 0).data(), lines.index(r, 2).data()) for r in range(lines.rowCount())] == [
            ("张伟", "2 h"), ("志愿者小刘", "1.5 h")]
        assert _totals(page) == [("张伟", "2 h", "1"), ("志愿者小刘", "1.5 h", "1")]
        assert page.detail.totals_label.text() == "In the period shown: 2 volunteers, 3.5 h"

        # Tomorrow's class has not started: the service refuses, in the form.
        page.select_activity(page.model.records()[1].id)
        page.detail.record_hours()
        form = page.dialog
        form.set_value("name", "志愿者小刘")
        form.set_value("hours", "1")
        ok(qtbot, form)
        assert page.dialog is form and form.error_label.text().startswith("书法班 has not started yet")
        form.reject()

        # A line recorded by mistake is removed (kept in the store), and the totals follow.
        page.select_activity(page.model.records()[0].id)
        page.detail.volunteers_view.selectRow(1)
        qtbot.mouseClick(page.detail.remove_hours_button, Qt.MouseButton.LeftButton)
        page.dialog.set_value("reason", "记错了活动")
        ok(qtbot, page.dialog)
        assert _totals(page) == [("张伟", "2 h", "1")]
        assert page.detail.totals.headers()[VolunteerTotalModel.HOURS] == "Hours in the period"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), "#b71c1c").save(out, format="PNG")
    return out.getvalue()


def test_evidence_files_are_attached_listed_opened_and_removed(
        qtbot, ui_services, desk_ctx, receptionist_actor, tmp_path, monkeypatch):
    photo = tmp_path / "合影.png"
    photo.write_bytes(_png())
    minutes = tmp_path / "会议记录.txt"
    minutes.write_text("2026年11月16日 重阳敬老活动记录：到场 23 人。", encoding="utf-8")
    program = tmp_path / "photo.jpg"
    program.write_bytes(b"MZ\x90\x00\x03" + bytes(range(256)) * 4)  # a program renamed .jpg
    opened = []
    with time_machine.travel(MONDAY_0900, tick=False):
        new_activity(desk_ctx, receptionist_actor, "重阳敬老", start="09:30")
        page = open_page(qtbot, ui_services, receptionist_actor)
        monkeypatch.setattr(page.detail, "choose_evidence_files", lambda: [str(photo), str(minutes), str(program)])
        monkeypatch.setattr(page.detail, "open_evidence_file", opened.append)

        qtbot.keyClick(page.view, Qt.Key.Key_O, CTRL)
        assert page.detail.currentIndex() == 2  # the Evidence tab
        text = page.message_label.text()
        assert text.startswith("2 file(s) attached.\nphoto.jpg was not attached: This file cannot be kept")
        model = page.detail.evidence
        assert [(model.index(r, EvidenceModel.NAME).data(), model.index(r, EvidenceModel.KIND).data())
                for r in range(model.rowCount())] == [("合影.png", "Photo"), ("会议记录.txt", "Minutes")]

        page.detail.evidence_view.selectRow(1)
        qtbot.mouseClick(page.detail.open_button, Qt.MouseButton.LeftButton)
        assert len(opened) == 1 and opened[0].read_bytes() == minutes.read_bytes()

        page.detail.evidence_view.selectRow(0)
        qtbot.mouseClick(page.detail.remove_evidence_button, Qt.MouseButton.LeftButton)
        page.dialog.set_value("reason", "照片拍错了")
        ok(qtbot, page.dialog)
        assert page.message_label.text() == "合影.png was removed from the activity."
        assert [model.index(r, EvidenceModel.NAME).data() for r in range(model.rowCount())] == ["会议记录.txt"]


def test_the_sign_in_sheet_opens_in_the_print_preview(qtbot, ui_services, desk_ctx, receptionist_actor, tmp_path):
    with time_machine.travel(MONDAY_0900, tick=False):
        act = new_activity(desk_ctx, receptionist_actor, "四点半课堂", capacity=1, start="16:30", end="18:00")
        sign_up(desk_ctx, receptionist_actor, act.id, "张三", phone="13800001111")
        sign_up(desk_ctx, receptionist_actor, act.id, "李四")
        page = open_page(qtbot, ui_services, receptionist_actor)
        qtbot.keyClick(page.view, Qt.Key.Key_P, CTRL)
        preview = page.documents.last_preview
        assert preview is not None and preview.page_count() >= 1
        assert page.message_label.text() == "Preparing the sign-in sheet…"
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "signin.pdf"
    path.write_bytes(preview.pdf_bytes)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "四点半课堂" in text and "张三" in text and "138****1111" in text and "李四" in text


def test_a_sign_up_pass_is_issued_and_shown_ready_to_print(qtbot, ui_services, desk_ctx, receptionist_actor,
                                                            tmp_path):
    with time_machine.travel(MONDAY_0900, tick=False):
        act = new_activity(desk_ctx, receptionist_actor, "四点半课堂", start="16:30", end="18:00")
        row = sign_up(desk_ctx, receptionist_actor, act.id, "张三", phone="13800001111")
        page = open_page(qtbot, ui_services, receptionist_actor)
        page.select_signup(row.id)
        qtbot.keyClick(page.view, Qt.Key.Key_I, CTRL)
        assert page.message_label.text() == "Sign-up pass issued for 张三."
        serial = desk_ctx.activities.detail(act.id).confirmed[0].pass_serial
        assert serial is not None
        preview = page.documents.last_preview
        assert preview is not None and preview.page_count() == 1
        qtbot.keyClick(page.view, Qt.Key.Key_I, CTRL)  # printed again: a new pass, the old one withdrawn
        assert desk_ctx.activities.detail(act.id).confirmed[0].pass_serial != serial
        assert page.selected_signup().name == "张三"
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "pass.pdf"
    path.write_bytes(page.documents.last_preview.pdf_bytes)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "活动报名凭证" in text and "张三" in text
