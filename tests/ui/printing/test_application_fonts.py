"""After install, the screens draw 𠮷 with HanaMin B instead of a box."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QApplication

from ui.fonts import RARE_FAMILY, SANS_FAMILY, install_application_fonts


def _fonts_drawing(text: str, app: QApplication) -> list[str]:
    layout = QTextLayout(text, app.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]


def test_rare_characters_fall_back_to_the_bundled_fonts(qapp: QApplication) -> None:
    families = install_application_fonts(qapp)
    assert families == [SANS_FAMILY, RARE_FAMILY]
    assert {SANS_FAMILY, RARE_FAMILY} <= set(QFontDatabase.families())
    assert qapp.font().families()[:2] == [SANS_FAMILY, RARE_FAMILY]
    metrics = QFontMetrics(qapp.font())
    assert metrics.inFontUcs4(0x20BB7)  # 𠮷
    assert metrics.inFontUcs4(0x4DAE)  # 䶮
    assert sorted(_fonts_drawing("张𠮷明䶮", qapp)) == sorted([SANS_FAMILY, RARE_FAMILY])


def test_installing_twice_is_harmless(qapp: QApplication) -> None:
    install_application_fonts(qapp)
    once = qapp.font().families()
    assert install_application_fonts(qapp) == [SANS_FAMILY, RARE_FAMILY]
    assert qapp.font().families() == once
    assert len(once) == 3  # the system font is kept as the last fallback


def test_a_missing_font_file_is_logged_not_fatal(qapp: QApplication, monkeypatch, tmp_path, caplog) -> None:
    import ui.fonts

    monkeypatch.setattr(ui.fonts, "font_path", lambda name: tmp_path / name)
    before = qapp.font()
    try:
        assert install_application_fonts(qapp) == []
        assert "bundled font missing" in caplog.text
        assert qapp.font() == before
    finally:
        qapp.setFont(before)
