"""The issue's "done when" through the real widgets: a receptionist checks a resident in,
opens requests for two services in the same step and prints the receipt, hands one over
to a colleague, resolves both and records the resident's rating."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.services.request_dialogs import HandOverDialog, NoteDialog, RateDialog
from ui.services.requests_page import ALL_OPEN, RequestsPage
from ui.visits.page import CheckInPage


@pytest.fixture
def check_in_page(qtbot, ui_services, receptionist_actor, services_world):
    ui_services.session.sign_in(receptionist_actor)
    page = CheckInPage(ui_services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_check_in_open_two_requests_print_hand_over_resolve_and_rate(
        check_in_page, ui_services, desk_ctx, services_world, qtbot, tmp_path):
    page = check_in_page
    # The walk-in: name, phone, the privacy notice, Ctrl+Enter.
    form = page.walk_in
    form.purpose.setCurrentIndex(form.purpose.findData("service"))
    form.name.setText("张小明")
    form.phone.setText("138 1234 5678")
    form.consent.setChecked(True)
    form.phone.setFocus()
    qtbot.keyClick(form.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.services_panel.button.isEnabled()
    assert "张小明" in page.services_panel.button.text()

    # F4: the services form for the visitor just checked in.
    qtbot.keyClick(page, Qt.Key.Key_F4)
    dialog = page.services_panel.opener.dialog
    assert dialog is not None and dialog.visit is not None and dialog.visit.name == "张小明"
    # Type the pinyin initials of 居住证明开具 and press Enter; then the code of the other.
    qtbot.keyClicks(dialog.search_edit, "jzzm")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.search_edit, "SH-002")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert [item.name for item in dialog.model.picked_items()] == ["居住证明开具", "老年优待证代办"]
    # Nobody at the desk is a staff member: the first item's post's A holder receives them.
    assert dialog.owner_combo.currentText().startswith("刘芳")
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("80mm"))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)

    visit_requests = desk_ctx.requests.of_visit(dialog.visit.id)
    assert sorted(r.item_name for r in visit_requests) == ["居住证明开具", "老年优待证代办"]
    assert {r.owner_name for r in visit_requests} == {"刘芳"} and {r.channel for r in visit_requests} == {"visit"}
    assert "居住证明开具" in page.services_panel.status_label.text()
    preview = page.services_panel.opener.documents.last_preview
    assert preview is not None and preview.page_count() >= 1
    if shutil.which("pdftotext"):
        text = pdf_text(preview.pdf_bytes, tmp_path)
        assert "居住证明开具" in text and "老年优待证代办" in text

    # The requests page: all open requests, Enter on the first starts it.
    requests_page = RequestsPage(ui_services)
    qtbot.addWidget(requests_page)
    requests_page.show()
    qtbot.waitExposed(requests_page)
    requests_page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is requests_page)
    requests_page.show_filter(ALL_OPEN)
    assert requests_page.model.rowCount() == 2
    first, second = (requests_page.model.request_at(row) for row in range(2))

    # Hand the first over to 张伟, after trying to give it to its own owner.
    requests_page.select_request(first.id)
    qtbot.keyClick(requests_page, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    hand_over = requests_page.dialog
    assert isinstance(hand_over, HandOverDialog)
    hand_over.choose(services_world.staff["刘芳"])
    hand_over.reason_edit.setPlainText("需要社工上门核实")
    hand_over.buttons.button(hand_over.buttons.StandardButton.Ok).click()
    assert "already belongs to this person" in hand_over.error_label.text()
    hand_over.choose(services_world.staff["张伟"])
    hand_over.buttons.button(hand_over.buttons.StandardButton.Ok).click()
    assert requests_page.dialog is None
    assert desk_ctx.requests.request(first.id).row.owner_name == "张伟"
    requests_page.select_request(first.id)
    assert "Handed over: 刘芳 → 张伟" in requests_page.detail_edit.toPlainText()

    # Resolve both (Enter: start, Enter: resolve, then the rating form opens by itself).
    for request in (first, second):
        requests_page.select_request(request.id)
        requests_page.view.setFocus()
        qtbot.keyClick(requests_page.view, Qt.Key.Key_Return)
        start = requests_page.dialog
        assert isinstance(start, NoteDialog) and start.action == "start"
        start.buttons.button(start.buttons.StandardButton.Ok).click()
        requests_page.select_request(request.id)
        qtbot.keyClick(requests_page.view, Qt.Key.Key_Return)
        resolve = requests_page.dialog
        assert isinstance(resolve, NoteDialog) and resolve.action == "resolve"
        resolve.note_edit.setPlainText("已办结")
        resolve.buttons.button(resolve.buttons.StandardButton.Ok).click()
        rate = requests_page.dialog
        assert isinstance(rate, RateDialog) and rate.request.id == request.id
        rate.choices["basically_satisfied" if request is first else "satisfied"].setChecked(True)
        rate.comment_edit.setPlainText("办得快")
        rate.buttons.button(rate.buttons.StandardButton.Ok).click()
        assert requests_page.dialog is None

    done = {r.item_name: r for r in desk_ctx.requests.of_visit(dialog.visit.id)}
    assert {r.status for r in done.values()} == {"resolved"}
    assert done[first.item_name].rating == "basically_satisfied"
    assert done[second.item_name].rating == "satisfied"
    assert requests_page.model.rowCount() in (0, 2)  # rated requests no longer wait in view
    assert all(requests_page.model.request_at(r).rating is None for r in range(requests_page.model.rowCount()))
    QApplication.processEvents()
