"""The optional camera: a plain message without one, decoding off the GUI thread with one."""

from __future__ import annotations

import threading

import pytest
import qrcode
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QCameraDevice, QVideoFrame
from PySide6.QtMultimediaWidgets import QVideoWidget

from desk.passes.image_decode import decode_qr
from ui.visits.camera import CameraScanView

PASS = "DQ1AHZ4KQ2B7XMN3PL6RT5VW8YC9EF"


def qr_qimage(text: str) -> QImage:
    picture = qrcode.make(text).get_image().convert("RGB")
    data = picture.tobytes("raw", "RGB")
    image = QImage(data, picture.width, picture.height, picture.width * 3,
                   QImage.Format.Format_RGB888)
    return image.convertToFormat(QImage.Format.Format_ARGB32)  # a camera-like format


def blank_qimage() -> QImage:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    return image


@pytest.fixture
def make_view(qtbot, ms_clock):
    def make(**kwargs) -> CameraScanView:
        view = CameraScanView(cameras=[], now_ms=ms_clock, **kwargs)
        qtbot.addWidget(view)
        return view

    return make


def test_without_a_camera_it_says_so_and_builds_nothing_else(make_view):
    view = make_view()
    assert not view.has_camera
    assert view.message == "No camera found. Use the USB scanner or type the code."
    assert view.findChildren(QVideoWidget) == []


def test_a_frame_with_a_code_is_decoded_off_the_gui_thread(qtbot, make_view):
    threads: list[threading.Thread] = []

    def spy(image: QImage) -> list[str]:
        threads.append(threading.current_thread())
        return decode_qr(image)

    view = make_view(decode=spy)
    with qtbot.waitSignal(view.scan_received, timeout=5_000) as blocker:
        assert view.submit_frame(qr_qimage(PASS))
    assert blocker.args == [PASS]
    assert threads and threads[0] is not threading.main_thread()


def test_the_same_code_is_reported_once_while_it_stays_in_sight(qtbot, make_view, ms_clock):
    view = make_view()
    scans: list[str] = []
    view.scan_received.connect(scans.append)
    image = qr_qimage(PASS)
    for _ in range(4):  # a phone held up for four seconds
        assert view.submit_frame(image)
        qtbot.waitUntil(lambda: not view.busy, timeout=5_000)
        ms_clock.advance(1_000)
    assert scans == [PASS]
    ms_clock.advance(3_000)  # out of sight long enough: a new scan
    assert view.submit_frame(image)
    qtbot.waitUntil(lambda: len(scans) == 2, timeout=5_000)
    assert scans == [PASS, PASS]


def test_frames_are_throttled_and_one_decode_at_a_time(qtbot, make_view, ms_clock):
    view = make_view()
    assert view.submit_frame(blank_qimage())
    assert not view.submit_frame(blank_qimage())  # one in flight
    qtbot.waitUntil(lambda: not view.busy, timeout=5_000)
    assert not view.submit_frame(blank_qimage())  # at most five a second
    ms_clock.advance(200)
    assert view.submit_frame(blank_qimage())
    qtbot.waitUntil(lambda: not view.busy, timeout=5_000)


def test_a_failing_decoder_does_not_stop_the_camera(qtbot, make_view, ms_clock, caplog):
    def broken(image: QImage) -> list[str]:
        raise ValueError("bad frame")

    view = make_view(decode=broken)
    assert view.submit_frame(qr_qimage(PASS))
    qtbot.waitUntil(lambda: not view.busy, timeout=5_000)
    ms_clock.advance(200)
    assert view.submit_frame(qr_qimage(PASS))
    qtbot.waitUntil(lambda: not view.busy, timeout=5_000)
    assert "decoding a camera frame failed" in caplog.text


def test_frames_from_the_video_sink_are_decoded(qtbot, ms_clock):
    """The camera branch, fed through its real sink (no webcam needed: a null device)."""
    view = CameraScanView(cameras=[QCameraDevice()], now_ms=ms_clock)
    qtbot.addWidget(view)
    assert view.has_camera
    [preview] = view.findChildren(QVideoWidget)
    with qtbot.waitSignal(view.scan_received, timeout=5_000) as blocker:
        preview.videoSink().setVideoFrame(QVideoFrame(qr_qimage(PASS)))
    assert blocker.args == [PASS]
