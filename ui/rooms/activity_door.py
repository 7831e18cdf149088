"""Door mode (签到): the big result of each scan at the activity's door, and the count.

Green: signed in. Amber: scanned before ("already signed in at 16:31"). Red: not let in,
with what to do (sign them up first, offer the waiting list, wrong activity...). A chime
or a buzz goes with it, because the person at the door watches the residents, not the
screen. The counts below say how many of the sign-ups have come.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desk.clock import CenterClock
from desk.rooms.activity_rows import ActivityInfo, AttendanceSummary, DoorScanResult
from ui.explain import translate_desk
from ui.i18n import fill
from ui.rooms.activity_labels import when_label
from ui.visits.banner import NEUTRAL, OK, REFUSED, REPEAT, ResultBanner
from ui.visits.sound import FeedbackSound
from ui.visits.sound import OK as SOUND_OK
from ui.visits.sound import REFUSED as SOUND_REFUSED

PANEL_STYLE = "#activityDoor { background: #fafafa; border: 2px solid #c62828; border-radius: 10px; }"
COUNT_PX = 26
TITLE_PX = 22


def door_colour(result: DoorScanResult) -> str:
    """The banner's colour for an outcome (see ``DoorScanResult.outcome``)."""
    if result.outcome == "signed_in":
        return OK
    if result.outcome == "repeat":
        return REPEAT
    return REFUSED


class ActivityDoorPanel(QFrame):
    """Shown on the activities page while door mode is on."""

    def __init__(self, clock: CenterClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDoor")
        self.setStyleSheet(PANEL_STYLE)
        self._clock = clock
        self.activity: ActivityInfo | None = None
        self.summary: AttendanceSummary | None = None
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet(f"font-size: {TITLE_PX}px; font-weight: bold;")
        self.banner = ResultBanner(self)
        self.counts_label = QLabel()
        self.counts_label.setStyleSheet(f"font-size: {COUNT_PX}px; font-weight: bold;")
        self.counts_label.setAccessibleName(self.tr("Signed in so far"))
        self.hint_label = QLabel(self.tr("Scan the sign-up pass or the resident's pass. Someone not on the list: "
                                         "sign them up (Ctrl+S), then scan again. F12 leaves door mode."))
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #546e7a; font-size: 15px;")
        self.sound = FeedbackSound(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.hint_label)
        self.banner.show_result(NEUTRAL, self.tr("Ready: scan a pass at the door."))
        self.set_activity(None)

    # ---- public ----------------------------------------------------------------------
    def set_activity(self, activity: ActivityInfo | None, summary: AttendanceSummary | None = None) -> None:
        """The activity whose door this is (None: none chosen yet), with its count."""
        # Another activity's door: the last result belonged to the one before. (Not on the way
        # from none: a pass scanned with no door open sets its activity, then shows its result.)
        changed = activity is not None and self.activity is not None and activity.id != self.activity.id
        self.activity, self.summary = activity, summary
        if activity is None:
            self.title_label.setText(self.tr("Door mode: choose the activity in the list, or scan a sign-up pass."))
        else:
            self.title_label.setText(fill(self.tr("Door: %1 — %2 — %3"), activity.title,
                                          when_label(self._clock, activity.starts_at, activity.ends_at),
                                          activity.place))
        if changed:
            self.banner.show_result(NEUTRAL, self.tr("Ready: scan a pass at the door."))
        self.counts_label.setText(self.counts_text())

    def counts_text(self) -> str:
        summary = self.summary
        if summary is None:
            return ""
        return fill(self.tr("Signed in: %1 of %2 sign-ups · %3 of %4 people"), summary.attended, summary.signed_up,
                    summary.attended_people, summary.signed_up_people)

    def show_scan(self, result: DoorScanResult) -> None:
        """The outcome of one scan, in the desk's language, in its colour, with its sound."""
        kind = door_colour(result)
        self.banner.show_result(kind, translate_desk(result.template, result.fields))
        self.sound.play(SOUND_OK if kind == OK else SOUND_REFUSED)

    def show_refusal(self, message: str) -> None:
        """A scan the door could not take at all (a failure, or no activity to take it for)."""
        self.banner.show_result(REFUSED, message)
        self.sound.play(SOUND_REFUSED)

    def result_text(self) -> str:
        return self.banner.text()

    def result_kind(self) -> str:
        return self.banner.kind

