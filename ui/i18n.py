"""Which language the desk speaks, and loading its translations.

Chinese is the default: the source strings are English, and ``desk_zh_CN.qm`` (ours) and
``qtbase_zh_CN.qm`` (Qt's own buttons and dialogs) are loaded unless ``--lang en`` or the
environment variable ``DESK_LANG=en`` asks for English.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk.paths import resources_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
ENGLISH = "en"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def choose_language(option: str | None = None) -> str:
    """``--lang`` wins over ``DESK_LANG``, which wins over the default (zh_CN)."""
    value = (option or os.environ.get("DESK_LANG") or DEFAULT_LANGUAGE).strip()
    value = value.replace("-", "_")
    if value.lower().startswith("en"):
        return ENGLISH
    if value.lower() in ("zh", "zh_cn", "cn", "zh_hans"):
        return DEFAULT_LANGUAGE
    return value


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's for ``language``; English needs none.

    The translators are parented to ``app`` so that they live as long as it does; the
    list is returned so tests can remove them again.
    """
    QLocale.setDefault(QLocale(ENGLISH if language == ENGLISH else language))
    if language == ENGLISH:
        return []
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"desk_{language}", translations_dir()), (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no translation %s in %s; showing English", name, folder)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(ENGLISH))


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """Qt's ``QString::arg`` for Python: put ``values`` into ``%1``, ``%2``… in one pass,
    so a value that itself contains "%2" is left alone."""

    def replace(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(replace, template)
