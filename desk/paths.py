"""Where the desk keeps its data: --data-dir, else DESK_DATA_DIR, else the per-user folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Desk"
APP_AUTHOR = "DeskProject"
DB_FILENAME = "desk.sqlite3"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get("DESK_DATA_DIR")
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def database_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def log_dir(folder: Path) -> Path:
    return folder / "logs"


# The bundled fonts: WenQuanYi Zen Hei (GBK + CJK Ext A) and a HanaMin B subset (Ext B).
SANS_FONT_FILE = "wqy-zenhei.ttc"
RARE_FONT_FILE = "HanaMinB-ExtB.ttf"


def font_path(filename: str) -> Path:
    return resources_dir() / "fonts" / filename


def resources_dir() -> Path:
    """The bundled resources: next to the code, or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
