"""Translations: every string has its Chinese, the catalogue loads, screens speak Chinese.

If a test here fails after you added a string: run ``make translations`` (``python -m
ui.i18n_build --update``), translate what it marked unfinished in
``resources/translations/desk_zh_CN.ts``, then ``python -m ui.i18n_build``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desk.errors import Refusal
from ui import i18n_build
from ui.explain import explain
from ui.i18n import install_translations, remove_translations, translations_dir

TS_FILE = translations_dir() / "desk_zh_CN.ts"
PLACEHOLDERS = re.compile(r"%\d|%n|\{[a-z_]*(?::[^}]*)?\}")


def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _untranslated(ts_file: Path) -> list[str]:
    problems = []
    for context, source, message in _messages(ts_file):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                (form or "").strip() for form in forms):
            problems.append(f"{context}: {source!r}")
    return problems


def test_every_string_in_the_catalogue_is_translated():
    assert TS_FILE.is_file()
    assert _untranslated(TS_FILE) == []


def test_translations_keep_the_placeholders_of_their_source():
    wrong = []
    for context, source, message in _messages(TS_FILE):
        translation = message.find("translation")
        for form in [f.text for f in translation.iter("numerusform")] or [translation.text]:
            if sorted(PLACEHOLDERS.findall(source)) != sorted(PLACEHOLDERS.findall(form or "")):
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert wrong == []


@pytest.mark.slow
def test_the_sources_hold_no_string_missing_from_the_catalogue(tmp_path):
    """lupdate over today's sources, into a copy: nothing may come out unfinished."""
    copy = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, copy)
    generated = tmp_path / "_desk_messages.py"
    i18n_build.write_messages(i18n_build.collect_messages(), generated)
    sources = [str(p) for p in sorted((i18n_build.ROOT / "ui").rglob("*.py"))
               if "__pycache__" not in p.parts and p.name != "_desk_messages.py"]
    subprocess.run([i18n_build.qt_tool("lupdate"), *sources, str(generated), "-ts", str(copy),
                    "-locations", "none", "-silent"], check=True, capture_output=True)
    assert _untranslated(copy) == [], "run `python -m ui.i18n_build --update` and translate"


def test_the_domain_templates_are_collected_for_context_desk():
    messages = i18n_build.collect_messages()
    assert "Wrong user name or password." in messages  # SignInRefused
    assert "This pass expired on {date}." in messages  # passes' TEMPLATES dict
    assert "Goodbye, {name}: checked out at {time}." in messages  # ScanResult template
    assert "Supervision phone" in messages  # a field= name
    assert "malformed" not in messages  # PassRejected takes reason codes


def test_the_compiled_catalogue_loads(qapp):
    translator = QTranslator()
    assert translator.load("desk_zh_CN", str(translations_dir()))
    assert translator.translate("LoginDialog", "Sign in") == "登录"


def test_widgets_and_refusals_speak_chinese_once_installed(qtbot, qapp, ui_services):
    from ui.center.wizard import CenterWizard
    from ui.shell.login import LoginDialog

    installed = install_translations(qapp, "zh_CN")
    try:
        assert len(installed) == 2  # ours and Qt's own (qtbase_zh_CN)
        dialog = LoginDialog(ui_services)
        qtbot.addWidget(dialog)
        assert dialog.sign_in_button.text() == "登录"
        assert dialog.windowTitle() == "登录 — 前台"
        wizard = CenterWizard(ui_services)
        qtbot.addWidget(wizard)
        assert wizard.center_page.hours_editor.layout().itemAt(0).widget().text() == "星期一"
        refusal = Refusal("Too many wrong passwords. Try again in {seconds} seconds.", seconds=31)
        assert explain(refusal) == "密码错误次数过多，请 31 秒后再试。"
        missing = Refusal("{field} is required.", field="Supervision phone")
        assert explain(missing) == "监督电话不能为空。"  # the field's name too
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own
    finally:
        remove_translations(qapp, installed)
    assert LoginDialog(ui_services).sign_in_button.text() == "Sign in"
