"""Reading passes with a webcam, for desks that have one (the USB scanner comes first).

Frames are decoded with zxing-cpp on the thread pool, at most ``max_decodes_per_s`` a
second and never more than one at a time, so a slow PC keeps its GUI responsive and
simply decodes fewer frames. A camera sees the same code on every frame, so each text is
emitted once, and again only after it has been out of sight for ``repeat_ms``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QHideEvent, QImage, QShowEvent
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
)
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.passes.image_decode import decode_qr

log = logging.getLogger(__name__)

Decoder = Callable[[QImage], list[str]]


def _monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


class _DecodeRelay(QObject):
    """Carries results from a pool thread back to the GUI thread (queued connection).

    Not parented to the view: a job still running when the view closes emits on this
    object, which stays alive as long as the job holds it.
    """

    frame_decoded = Signal(list)
    """A submitted frame was decoded; the list holds the texts found (maybe none)."""


def _decode_job(image: QImage, decode: Decoder, relay: _DecodeRelay) -> None:
    """Runs on a pool thread: only the image (a private copy) and the relay, no widgets."""
    try:
        # zxing reads luminance anyway; one conversion here handles every camera format.
        texts = decode(image.convertToFormat(QImage.Format.Format_Grayscale8))
    except Exception:  # a bad frame must not stop the camera
        log.exception("decoding a camera frame failed")
        texts = []
    relay.frame_decoded.emit(texts)


class CameraScanView(QWidget):
    """The camera preview, or a plain message when the desk has no camera."""

    scan_received = Signal(str)
    """The camera read a code (normalised; repeats within repeat_ms are dropped)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        cameras: Sequence[QCameraDevice] | None = None,
        now_ms: Callable[[], int] = _monotonic_ms,
        decode: Decoder = decode_qr,
        pool: QThreadPool | None = None,
        max_decodes_per_s: int = 5,
        repeat_ms: int = 3_000,
    ) -> None:
        super().__init__(parent)
        self._now_ms = now_ms
        self._decode = decode
        self._pool = pool or QThreadPool.globalInstance()
        self._min_interval_ms = 1_000 // max_decodes_per_s
        self._repeat_ms = repeat_ms
        self._in_flight = False
        self._last_submit_ms: int | None = None
        self._last_seen_ms: dict[str, int] = {}
        self._relay = _DecodeRelay()
        self._relay.frame_decoded.connect(self._on_frame_decoded)
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None

        layout = QVBoxLayout(self)
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        devices = list(QMediaDevices.videoInputs() if cameras is None else cameras)
        if not devices:
            # The camera is optional: say so plainly and build nothing else.
            self._message.setText(self.tr("No camera found. Use the USB scanner or type the code."))
            layout.addWidget(self._message)
            return
        preview = QVideoWidget(self)
        layout.addWidget(preview, 1)
        self._message.setText(self.tr("Hold the QR code up to the camera."))
        layout.addWidget(self._message)
        self._camera = QCamera(devices[0], self)
        self._camera.errorOccurred.connect(self._on_camera_error_occurred)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoOutput(preview)
        preview.videoSink().videoFrameChanged.connect(self._on_video_frame_changed)

    @property
    def has_camera(self) -> bool:
        return self._camera is not None

    @property
    def busy(self) -> bool:
        """A frame is being decoded; new frames are dropped until it is done."""
        return self._in_flight

    @property
    def message(self) -> str:
        return self._message.text()

    def submit_frame(self, image: QImage) -> bool:
        """Decode ``image`` on the pool unless one is in flight or the last was too recent.

        Returns whether it was taken. The image is copied, so the caller may reuse it.
        """
        now = self._now_ms()
        if self._in_flight or image.isNull():
            return False
        if self._last_submit_ms is not None and now - self._last_submit_ms < self._min_interval_ms:
            return False
        self._in_flight = True
        self._last_submit_ms = now
        copy, decode, relay = image.copy(), self._decode, self._relay
        self._pool.start(lambda: _decode_job(copy, decode, relay))
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._camera is not None:
            self._camera.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        # The camera light goes off when nobody is looking at the preview.
        if self._camera is not None:
            self._camera.stop()
        super().hideEvent(event)

    def _on_video_frame_changed(self, frame: QVideoFrame) -> None:
        # Cheap checks first: most frames are dropped before the costly toImage().
        if self._in_flight or not frame.isValid():
            return
        if self._last_submit_ms is not None and (
            self._now_ms() - self._last_submit_ms < self._min_interval_ms
        ):
            return
        self.submit_frame(frame.toImage())

    def _on_frame_decoded(self, texts: list[str]) -> None:
        self._in_flight = False
        now = self._now_ms()
        self._last_seen_ms = {
            text: seen for text, seen in self._last_seen_ms.items() if now - seen < self._repeat_ms
        }
        for text in texts:
            # Every sighting restarts the quiet period: a phone held up for ten seconds
            # is one scan, not four.
            repeated = text in self._last_seen_ms
            self._last_seen_ms[text] = now
            if not repeated:
                self.scan_received.emit(text)

    def _on_camera_error_occurred(self, error: QCamera.Error, description: str) -> None:
        log.warning("camera error %s: %s", error, description)
        self._message.setText(
            self.tr("The camera is not working. Use the USB scanner or type the code.")
        )
