"""The bundled fonts for the screens, so a name like 张𠮷明 never shows as a box.

Reception PCs run whatever Windows image the district installed; many have no font with
CJK Extension B. The desk ships WenQuanYi Zen Hei (GBK and Extension A) and HanaMin B
(Extension B) and makes them the application font, the second as a fallback family that
Qt consults for each character the first lacks.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from desk.paths import RARE_FONT_FILE as RARE_FILE
from desk.paths import SANS_FONT_FILE as SANS_FILE
from desk.paths import font_path

log = logging.getLogger(__name__)

SANS_FAMILY = "WenQuanYi Zen Hei"
RARE_FAMILY = "HanaMinB"


def _load(filename: str, wanted: str) -> str | None:
    """Add one bundled file to Qt's font database; the family name if it is there."""
    path = font_path(filename)
    if not path.is_file():
        log.warning("bundled font missing: %s", path)
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("Qt could not load the bundled font %s", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if wanted in families:
        return wanted
    if families:  # a renamed build of the same font still helps
        log.info("bundled font %s has families %s, not %s", path, families, wanted)
        return families[0]
    return None


def install_application_fonts(app: QGuiApplication) -> list[str]:
    """Load the bundled fonts and make them the application font; returns the families used.

    Call once, before the first window is shown. If a font fails to load the desk keeps
    the system font for it (logged): an odd box beats a desk that will not start.
    """
    families = [
        family
        for family in (_load(SANS_FILE, SANS_FAMILY), _load(RARE_FILE, RARE_FAMILY))
        if family is not None
    ]
    if not families:
        return []
    font = QFont(app.font())
    # The system's own UI font stays last, for any script the bundled fonts do not cover.
    others = [family for family in (font.families() or [font.family()]) if family not in families]
    font.setFamilies([*families, *others])
    app.setFont(font)
    return families
