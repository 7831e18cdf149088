"""Scan anywhere after the GUI thread was busy: keys queued meanwhile still join their scan.

When the GUI thread is busy while a scanner types, Qt queues the keys and, once free, may
run the overdue end-of-burst timer before delivering them. Here the queued keys are posted
events (carrying the timestamps the platform gave them) and the deadline is fired by hand
before the event loop runs, which is that order, deterministically.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from ui.visits.scanner import ScannerFilter

PASS = "DQ1AHZ4KQ2B7XMN3PL6RT5VW8YC9EF"
STAMP_GAP = 5  # ms between keys by the keys' own timestamps: a scanner
BUSY_MS = 300  # how long the GUI thread was away: past every threshold of the filter


def post_key(target: QObject, key: int, text: str, stamp: int) -> None:
    """Queue a press and a release the way the platform does while the GUI thread is busy."""
    modifiers = Qt.KeyboardModifier.ShiftModifier if text.isupper() \
        else Qt.KeyboardModifier.NoModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, modifiers, text)
        event.setTimestamp(stamp)
        QCoreApplication.postEvent(target, event)


def fire_deadline(scan_filter: ScannerFilter) -> None:
    """The end-of-burst timer comes due before the queued keys are delivered."""
    scan_filter._deadline.timeout.emit()


class BusyAgain(QObject):
    """Posted among the keys: the clock jumps and the deadline fires inside delivery."""

    def __init__(self, scan_filter: ScannerFilter, clock) -> None:
        super().__init__()
        self.scan_filter = scan_filter
        self.clock = clock
        self.fired = 0

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.User:
            return super().event(event)
        self.clock.advance(BUSY_MS)
        self.fired += 1
        fire_deadline(self.scan_filter)
        return True


def test_keys_queued_while_the_gui_was_busy_finish_the_scan(
    qtbot, focused_form, scan_filter, wedge, ms_clock
):
    field = focused_form[1]
    scans: list[str] = []
    scan_filter.scan_received.connect(scans.append)
    split = 4  # fewer than a code: ending the burst here would type "DQ1A" into the field
    for index, char in enumerate(PASS[:split]):
        wedge.click(ord(char), text=char, stamp=500 + STAMP_GAP * index)
    ms_clock.advance(BUSY_MS)
    for index, char in enumerate(PASS[split:], start=split):
        post_key(field, ord(char), char, 500 + STAMP_GAP * index)
    post_key(field, Qt.Key.Key_Return, "\r", 500 + STAMP_GAP * len(PASS))
    fire_deadline(scan_filter)
    qtbot.waitUntil(lambda: not scan_filter.busy, timeout=2_000)
    QCoreApplication.processEvents()  # anything still queued reaches the field now
    assert scans == [PASS]
    assert field.text() == ""


def test_a_scan_without_enter_queued_while_busy_ends_by_silence_whole(
    qtbot, focused_form, scan_filter, wedge, ms_clock
):
    field = focused_form[1]
    scans: list[str] = []
    scan_filter.scan_received.connect(scans.append)
    split = 12  # already a scan when the GUI thread went away
    for index, char in enumerate(PASS[:split]):
        wedge.click(ord(char), text=char, stamp=500 + STAMP_GAP * index)
    ms_clock.advance(BUSY_MS)
    for index, char in enumerate(PASS[split:], start=split):
        post_key(field, ord(char), char, 500 + STAMP_GAP * index)
    fire_deadline(scan_filter)
    assert scans == []  # the queued keys joined the burst: it waits for its own silence
    ms_clock.advance(scan_filter.settings.idle_end_ms + 1)
    qtbot.waitUntil(lambda: scans != [], timeout=2_000)
    assert scans == [PASS]
    assert field.text() == ""


def test_a_deadline_firing_again_while_queued_keys_arrive_does_not_split_the_scan(
    qtbot, focused_form, scan_filter, wedge, ms_clock
):
    field = focused_form[1]
    scans: list[str] = []
    scan_filter.scan_received.connect(scans.append)
    busy_again = BusyAgain(scan_filter, ms_clock)
    for index, char in enumerate(PASS[:4]):
        wedge.click(ord(char), text=char, stamp=500 + STAMP_GAP * index)
    ms_clock.advance(BUSY_MS)
    for index, char in enumerate(PASS[4:], start=4):
        post_key(field, ord(char), char, 500 + STAMP_GAP * index)
        if index == 15:
            QCoreApplication.postEvent(busy_again, QEvent(QEvent.Type.User))
    post_key(field, Qt.Key.Key_Return, "\r", 500 + STAMP_GAP * len(PASS))
    fire_deadline(scan_filter)
    qtbot.waitUntil(lambda: not scan_filter.busy, timeout=2_000)
    QCoreApplication.processEvents()
    assert busy_again.fired == 1
    assert scans == [PASS]
    assert field.text() == ""


def test_a_person_typing_late_after_a_busy_spell_still_gets_every_key_in_order(
    qtbot, focused_form, scan_filter, wedge, ms_clock
):
    field = focused_form[1]
    scans: list[str] = []
    scan_filter.scan_received.connect(scans.append)
    wedge.click(Qt.Key.Key_A, text="a", stamp=500)
    wedge.click(Qt.Key.Key_B, text="b", stamp=505)
    ms_clock.advance(BUSY_MS)
    post_key(field, Qt.Key.Key_C, "c", 505 + 200)  # pressed well after: not part of it
    fire_deadline(scan_filter)
    QCoreApplication.processEvents()
    ms_clock.advance(1_000)  # then a real pause: "c" alone is replayed at its deadline
    qtbot.waitUntil(lambda: field.text() == "abc", timeout=2_000)
    assert scans == []


def test_nothing_queued_ends_the_burst_at_its_deadline_as_before(
    focused_form, scan_filter, wedge, ms_clock
):
    scans: list[str] = []
    scan_filter.scan_received.connect(scans.append)
    wedge.type(PASS, 5)
    ms_clock.advance(scan_filter.settings.idle_end_ms + 1)
    fire_deadline(scan_filter)
    assert scans == [PASS]
    assert not scan_filter.busy
