"""The catalogue page: an administrator adds an item (the domain's checks shown in the
form), retires one, imports a file with row errors, exports, and prints the list; a
receptionist reads it with nothing to press."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ui.services.catalogue_import_dialog import CatalogueImportDialog
from ui.services.catalogue_page import CataloguePage
from ui.services.item_dialog import ItemDialog


def make_page(qtbot, ui_services, actor) -> CataloguePage:
    ui_services.session.sign_in(actor)
    page = CataloguePage(ui_services)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def shown_names(page: CataloguePage) -> list[str]:
    return [page.proxy.index(row, page.model.NAME).data() for row in range(page.proxy.rowCount())]


def test_admin_adds_an_item_and_retires_another(qtbot, ui_services, admin_actor, services_world, desk_ctx):
    page = make_page(qtbot, ui_services, admin_actor)
    assert shown_names(page) == ["党员组织关系转接", "居住证明开具", "老年优待证代办"]
    version_before = page.version_label.text()
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ItemDialog)
    dialog.code_edit.setText("SH-003")
    dialog.choose_category(services_world.categories["生活服务"])
    dialog.name_edit.setText("困难群众临时救助申请")
    dialog.limit_combo.setCurrentText("过几天")
    dialog.choose_post(services_world.posts["便民服务"])
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "not a time limit the desk understands" in dialog.error_label.text()
    assert page.dialog is dialog and dialog.name_edit.text() == "困难群众临时救助申请"  # nothing typed is lost
    dialog.limit_combo.setCurrentText("5个工作日")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.dialog is None
    assert "困难群众临时救助申请" in shown_names(page)
    assert page.selected_item().code == "SH-003"
    assert page.version_label.text() != version_before

    page.select_item(services_world.items["SH-001"])
    assert page.retire_button.text() == "Retire"
    page.retire_button.click()
    assert "居住证明开具" not in shown_names(page)
    assert [i.code for i in desk_ctx.catalogue.items()] == ["DY-001", "SH-002", "SH-003"]
    page.retired_check.setChecked(True)
    assert "居住证明开具" in shown_names(page)
    page.select_item(services_world.items["SH-001"])
    assert page.retire_button.text() == "Restore"
    page.retire_button.click()
    assert desk_ctx.catalogue.item(services_world.items["SH-001"]).active


def test_a_receptionist_reads_the_list_with_nothing_to_edit(qtbot, ui_services, receptionist_actor, services_world):
    page = make_page(qtbot, ui_services, receptionist_actor)
    assert len(shown_names(page)) == 3
    assert not any(button.isVisibleTo(page) for button in page.admin_buttons)
    assert page.print_button.isVisibleTo(page) and page.three_lists_button.isVisibleTo(page)


def test_import_shows_row_errors_and_imports_the_good_rows(qtbot, ui_services, admin_actor, services_world,
                                                          desk_ctx, tmp_path):
    page = make_page(qtbot, ui_services, admin_actor)
    source = tmp_path / "清单.csv"
    with source.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["编码", "类别", "事项名称", "办理时限", "责任岗位"])
        writer.writerow(["FL-001", "法律服务", "法律咨询", "即时办结", "咨询接待"])
        writer.writerow(["SH-010", "生活服务", "水电气代缴", "即时办结", "便民服务"])
        writer.writerow(["SH-011", "生活服务", "房屋出租登记", "3个工作日", ""])
        writer.writerow(["SH-011", "生活服务", "房屋出租登记（重复）", "3个工作日", ""])
    page.import_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CatalogueImportDialog)
    dialog.read_file(str(source))
    problems = [dialog.model.index(row, dialog.model.PROBLEMS).data() for row in range(dialog.model.rowCount())]
    assert "There is no category called 法律服务" in problems[0]
    assert "more than one line" in problems[2] and "more than one line" in problems[3]
    assert dialog.import_button.isEnabled() and "1" in dialog.import_button.text()
    dialog.import_button.click()
    assert page.dialog is None
    assert "水电气代缴" in shown_names(page) and "法律咨询" not in shown_names(page)
    assert "1 added" in page.message_label.text()

    exported = tmp_path / "out.csv"
    page.export_to(str(exported))
    rows = list(csv.reader(exported.open(encoding="utf-8-sig")))
    assert rows[0][:3] == ["编码", "类别", "事项名称"]
    assert {row[2] for row in rows[1:]} == {"党员组织关系转接", "居住证明开具", "老年优待证代办", "水电气代缴"}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_print_service_list_and_three_lists_previews(qtbot, ui_services, receptionist_actor, services_world, tmp_path):
    page = make_page(qtbot, ui_services, receptionist_actor)
    for button, names in ((page.print_button, ("党员组织关系转接", "居住证明开具", "老年优待证代办")),
                          (page.three_lists_button, ("居住证明开具",))):
        button.click()
        preview = page.documents.last_preview
        assert preview is not None and preview.page_count() >= 1, page.message_label.text()
        pdf = tmp_path / "list.pdf"
        pdf.write_bytes(preview.pdf_bytes)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert all(name in text for name in names)
        preview.close()
