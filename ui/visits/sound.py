"""The desk's two sounds: a chime when a check-in or check-out worked, a buzz when refused.

A receptionist often looks at the visitor, not the screen; the sound tells them the scan
was taken. Audio is optional: with no output device (a PC without speakers, CI, the
offscreen platform) the player stays silent and never raises.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from desk.paths import resources_dir

log = logging.getLogger(__name__)

OK = "ok"
REFUSED = "refused"


def sound_path(kind: str) -> Path:
    return resources_dir() / "sounds" / f"{kind}.wav"


class FeedbackSound(QObject):
    """Plays ``ok`` or ``refused``; silently does nothing when audio is unavailable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, object] = {}
        self._available: bool | None = None
        self.last_played: str | None = None  # what was asked for, audible or not (for tests)

    def _ready(self) -> bool:
        if self._available is None:
            self._available = self._load()
        return self._available

    def _load(self) -> bool:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:  # a bundle built without QtMultimedia
            return False
        try:
            if not QMediaDevices.audioOutputs():
                return False
            for kind in (OK, REFUSED):
                path = sound_path(kind)
                if not path.exists():
                    continue
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.6)
                self._effects[kind] = effect
        except Exception:  # noqa: BLE001 - sound is a nicety; the banner carries the result
            log.warning("sound effects unavailable", exc_info=True)
            return False
        return bool(self._effects)

    def play(self, kind: str) -> None:
        self.last_played = kind
        if not self._ready():
            return
        effect = self._effects.get(kind)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
