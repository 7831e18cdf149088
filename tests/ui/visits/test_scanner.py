"""Scan anywhere: scanner bursts become scans, people's typing reaches the field."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.visits.scanner import ScannerFilter, ScannerSettings

PASS = "DQ1AHZ4KQ2B7XMN3PL6RT5VW8YC9EF"
SCANNER_GAP = 5  # ms: what a USB scanner (or xdotool --delay 2..10) produces
PERSON_GAP = 120


def settle(qtbot, ms_clock, scan_filter: ScannerFilter) -> None:
    """Let a pause longer than any threshold pass, and the real deadline timer fire."""
    ms_clock.advance(1_000)
    qtbot.waitUntil(lambda: not scan_filter.busy, timeout=2_000)


class KeyLog(QObject):
    """Counts key events that reach a widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.events: list[tuple[QEvent.Type, str]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.events.append((event.type(), event.text()))
        return False


def test_a_fast_burst_and_enter_is_one_scan_and_never_reaches_the_field(
    qtbot, focused_form, scan_filter, wedge
):
    log = KeyLog(focused_form[1])
    with qtbot.waitSignal(scan_filter.scan_received) as blocker:
        wedge.type(PASS, SCANNER_GAP)
        wedge.enter()
    assert blocker.args == [PASS]
    assert focused_form[1].text() == ""
    assert log.events == []  # not a press, not a release


def test_slow_typing_reaches_the_field_unchanged(
    qtbot, focused_form, scan_filter, wedge, ms_clock
):
    scans: list[str] = []
    scan_filter.scan_received.connect(scans.append)
    wedge.type("hello world", PERSON_GAP)
    settle(qtbot, ms_clock, scan_filter)
    assert focused_form[1].text() == "hello world"
    assert scans == []


def test_a_fast_burst_shorter_than_a_code_is_replayed(
    qtbot, focused_form, scan_filter, wedge, ms_clock
):
    scans: list[str] = []
    scan_filter.scan_received.connect(scans.append)
    wedge.type("ab", SCANNER_GAP)
    assert focused_form[1].text() == ""  # held for a moment ...
    settle(qtbot, ms_clock, scan_filter)
    assert focused_form[1].text() == "ab"  # ... then delivered as typed
    assert scans == []


def test_a_terminator_after_a_short_burst_is_replayed_after_it(focused_form, scan_filter, wedge):
    returns: list[bool] = []
    focused_form[1].returnPressed.connect(lambda: returns.append(True))
    wedge.type("ab", SCANNER_GAP)
    wedge.enter()
    assert focused_form[1].text() == "ab"
    assert returns == [True]


def test_a_key_that_ends_a_short_burst_arrives_after_it(focused_form, scan_filter, wedge):
    wedge.type("ab", SCANNER_GAP)
    wedge.click(Qt.Key.Key_Backspace)
    assert focused_form[1].text() == "a"


def test_full_width_input_is_folded(qtbot, focused_form, scan_filter, wedge):
    with qtbot.waitSignal(scan_filter.scan_received) as blocker:
        wedge.type("ＤＱ１ＡＢＣ１２３", SCANNER_GAP)
        wedge.enter()
    assert blocker.args == ["DQ1ABC123"]
    assert focused_form[1].text() == ""


def test_a_scanner_without_enter_ends_by_silence(
    qtbot, focused_form, scan_filter, wedge, ms_clock
):
    wedge.type(PASS, SCANNER_GAP)
    with qtbot.waitSignal(scan_filter.scan_received) as blocker:
        ms_clock.advance(scan_filter.settings.idle_end_ms + 1)
    assert blocker.args == [PASS]
    assert focused_form[1].text() == ""


def test_a_stutter_inside_a_scan_does_not_split_it(
    qtbot, focused_form, scan_filter, wedge, ms_clock
):
    scans: list[str] = []
    scan_filter.scan_received.connect(scans.append)
    wedge.type(PASS[:10], SCANNER_GAP)
    ms_clock.advance(scan_filter.settings.max_gap_ms + 20)  # too slow for a person's burst
    wedge.type(PASS[10:], SCANNER_GAP)
    wedge.enter()
    assert scans == [PASS]


def test_tab_ends_a_scan_without_moving_focus(qtbot, focused_form, scan_filter, wedge):
    other = QLineEdit(focused_form[0])
    focused_form[0].layout().addWidget(other)
    with qtbot.waitSignal(scan_filter.scan_received):
        wedge.type(PASS, SCANNER_GAP)
        wedge.click(Qt.Key.Key_Tab, text="\t")
    assert focused_form[1].hasFocus()


def test_back_to_back_scans_are_each_taken(focused_form, scan_filter, wedge, ms_clock):
    scans: list[str] = []
    scan_filter.scan_received.connect(scans.append)
    wedge.type(PASS, SCANNER_GAP)
    wedge.enter()
    ms_clock.advance(SCANNER_GAP)
    wedge.type("DQ1SECOND2", SCANNER_GAP)
    wedge.enter()
    assert scans == [PASS, "DQ1SECOND2"]


def test_typing_right_after_a_scan_reaches_the_field(
    qtbot, focused_form, scan_filter, wedge, ms_clock
):
    wedge.type(PASS, SCANNER_GAP)
    wedge.enter()
    ms_clock.advance(PERSON_GAP)
    wedge.type("ok", PERSON_GAP)
    settle(qtbot, ms_clock, scan_filter)
    assert focused_form[1].text() == "ok"


def test_shortcuts_and_editing_keys_pass_at_once(qtbot, focused_form, scan_filter, wedge):
    window, field = focused_form
    fired: list[bool] = []
    QShortcut(QKeySequence("Ctrl+L"), window).activated.connect(lambda: fired.append(True))
    field.setText("abc")
    log = KeyLog(field)
    QTest.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]
    wedge.click(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, "\x01")
    wedge.click(Qt.Key.Key_Backspace)
    assert field.text() == ""  # select all, then delete: no delay, nothing held
    assert (QEvent.Type.KeyPress, "\x01") in log.events


def test_event_timestamps_outrank_a_late_arrival(
    qtbot, focused_form, scan_filter, wedge, ms_clock
):
    """Keys pressed 5 ms apart stay a scan even if a busy GUI thread sees them late."""
    scans: list[str] = []
    scan_filter.scan_received.connect(scans.append)
    for index, char in enumerate(PASS):
        ms_clock.advance(PERSON_GAP)
        wedge.click(ord(char), Qt.KeyboardModifier.ShiftModifier, char, stamp=500 + 5 * index)
    wedge.click(Qt.Key.Key_Return, text="\r", stamp=500 + 5 * len(PASS))
    assert scans == [PASS]
    assert focused_form[1].text() == ""


def test_a_prefix_key_makes_any_burst_a_scan(qapp, qtbot, focused_form, ms_clock, make_wedge):
    prefixed = ScannerFilter(ScannerSettings(prefix_key=Qt.Key.Key_F9), now_ms=ms_clock)
    qapp.installEventFilter(prefixed)
    try:
        wedge = make_wedge(focused_form[1])
        with qtbot.waitSignal(prefixed.scan_received) as blocker:
            wedge.click(Qt.Key.Key_F9)
            wedge.type("AB12", SCANNER_GAP)  # shorter than min_length
            wedge.enter()
        assert blocker.args == ["AB12"]
        assert focused_form[1].text() == ""
    finally:
        qapp.removeEventFilter(prefixed)


@pytest.mark.parametrize("switch_off", ["suspend", "disable"])
def test_switched_off_it_hands_back_held_keys_and_takes_no_scans(
    qtbot, focused_form, scan_filter, wedge, switch_off
):
    scans: list[str] = []
    scan_filter.scan_received.connect(scans.append)
    wedge.type("DQ", SCANNER_GAP)
    if switch_off == "suspend":
        scan_filter.suspended = True
    else:
        scan_filter.set_enabled(False)
    assert focused_form[1].text() == "DQ"
    wedge.type("1ABCDEF", SCANNER_GAP)
    wedge.enter()
    assert focused_form[1].text() == "DQ1ABCDEF"
    assert scans == []


def test_input_method_is_off_during_a_burst_and_back_after(qtbot, focused_form, scan_filter, wedge):
    field = focused_form[1]
    qtbot.waitUntil(field.hasFocus)
    ime = Qt.WidgetAttribute.WA_InputMethodEnabled
    assert field.testAttribute(ime)
    wedge.type("DQ1", SCANNER_GAP)
    assert not field.testAttribute(ime)
    wedge.type("ABCDEF", SCANNER_GAP)
    wedge.enter()
    assert field.testAttribute(ime)


def test_real_timing_through_the_window_like_a_usb_scanner(qtbot, qapp, focused_form):
    """Default ms_clock and real timers; keys enter at the window, as X11 delivers them."""
    real = ScannerFilter()
    qapp.installEventFilter(real)
    try:
        window = focused_form[0].windowHandle()
        with qtbot.waitSignal(real.scan_received, timeout=2_000) as blocker:
            for char in PASS:
                QTest.keyClick(window, ord(char), Qt.KeyboardModifier.ShiftModifier)
            QTest.keyClick(window, Qt.Key.Key_Return)
        assert blocker.args == [PASS]
        with qtbot.waitSignal(real.scan_received, timeout=2_000) as blocker:
            qtbot.keyClicks(focused_form[1], "DQ1IDLEEND")  # no Enter: silence ends it
        assert blocker.args == ["DQ1IDLEEND"]
        assert focused_form[1].text() == ""
        qtbot.keyClick(focused_form[1], Qt.Key.Key_X)
        qtbot.waitUntil(lambda: focused_form[1].text() == "x", timeout=2_000)
    finally:
        qapp.removeEventFilter(real)


class Recorder(QWidget):
    """A focusable widget that logs the text of every key press it is given."""

    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        self.log.append(event.text())


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    keys=st.lists(
        st.tuples(st.sampled_from("ABCDEFGHJKMNPQRSTVWXYZ0123456789"), st.integers(0, 250)),
        min_size=1, max_size=30,
    )
)
def test_every_key_arrives_once_in_order_either_typed_or_scanned(
    qtbot, scan_filter, ms_clock, make_wedge, keys
):
    """Whatever the timing, nothing is lost, doubled or reordered."""
    log: list[str] = []
    recorder = Recorder(log)
    qtbot.addWidget(recorder)
    scan_filter.scan_received.connect(log.append)
    wedge = make_wedge(recorder)
    typed = ""
    for char, gap in keys:
        ms_clock.advance(gap)
        wedge.type(char, 0)
        typed += char
    settle(qtbot, ms_clock, scan_filter)
    scan_filter.scan_received.disconnect(log.append)
    assert "".join(log) == typed
    scans = [entry for entry in log if len(entry) > 1]
    assert all(len(scan) >= scan_filter.settings.min_length for scan in scans)
    gaps = [gap for _, gap in keys[1:]]
    if all(gap > scan_filter.settings.max_gap_ms for gap in gaps):
        assert scans == []
    if len(keys) >= scan_filter.settings.min_length and all(
        gap <= scan_filter.settings.max_gap_ms for gap in gaps
    ):
        assert scans == [typed]


def test_fast_typing_into_a_password_field_is_never_a_scan(qtbot) -> None:
    """The lock screen: a practised typist's password must reach the field intact."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    from ui.visits.scanner import ScannerFilter

    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    field.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)
    scans: list[str] = []
    scanner = ScannerFilter()
    scanner.scan_received.connect(scans.append)
    QApplication.instance().installEventFilter(scanner)
    try:
        qtbot.keyClicks(field, "secret-pass-1")  # no delay between keys: a burst
        qtbot.wait(300)
    finally:
        QApplication.instance().removeEventFilter(scanner)
    assert field.text() == "secret-pass-1"
    assert scans == []
