"""What a pass scanned at an activity's door does (签到), for the activities page.

With the door open (door mode on and an activity selected) the scan signs its holder in on
the write worker, and the door panel shows the outcome in big coloured text. A sign-up pass
scanned while no door is open first finds its own activity (a read), then opens that door
and signs in there. Any other pass with no door open is refused with what to do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desk.changes import Done
from desk.passes.codec import peek_kind
from desk.rooms.activity_door import DOOR_TEMPLATES
from desk.rooms.activity_lookup import activity_of_pass
from desk.rooms.activity_rows import ActivityInfo, DoorScanResult
from ui.explain import explain_or_log, translate_desk
from ui.shell.pages import guarded

if TYPE_CHECKING:
    from ui.rooms.activities_page import ActivitiesPage


class DoorScans(QObject):
    def __init__(self, page: "ActivitiesPage") -> None:
        super().__init__(page)
        self.page = page
        self.services = page.services

    def take(self, text: str) -> None:
        """A pass scanned for the door: at the door open now, or at the one its sign-up pass names."""
        activity = self.page.door_activity()
        if activity is not None:
            self._scan_at(activity.id, text)
        elif peek_kind(text) == "signup":
            self._open_door_of_pass(text)
        else:
            self.page.set_door_mode(True)
            self.page.door_panel.show_refusal(self.tr("Choose the activity in the list first, then scan again."))

    def _scan_at(self, activity_id: int, text: str) -> None:
        actor, door = self.services.session.actor, self.services.desk.activities.door
        if actor is None:
            return
        self.services.tasks.write(lambda: door.scan_at_door(actor, activity_id, text),
                                  guarded(self, self._on_scanned), guarded(self, self._on_failed))

    def _on_scanned(self, done: Done[DoorScanResult]) -> None:
        result = done.value
        self.page.door_panel.show_scan(result)
        if result.signup is not None:
            self.page.keep_signup_selected(result.signup.id)
        self.services.bus.announce(done.changes)

    def _on_failed(self, error: BaseException) -> None:
        self.page.door_panel.show_refusal(explain_or_log(error, self.tr("The scan could not be taken; see the log."),
                                                         what="scan at the activity door"))

    def _open_door_of_pass(self, text: str) -> None:
        store, activities = self.services.desk.store, self.services.desk.activities

        def read() -> ActivityInfo | None:
            activity_id = activity_of_pass(store, text)
            return activities.get(activity_id) if activity_id is not None else None

        self.services.tasks.read(read, guarded(self, lambda found: self._on_pass_activity_found(found, text)),
                                 guarded(self, self._on_failed))

    def _on_pass_activity_found(self, activity: ActivityInfo | None, text: str) -> None:
        self.page.set_door_mode(True)
        if activity is None:
            self.page.door_panel.show_refusal(translate_desk(DOOR_TEMPLATES["unknown_pass"]))
            return
        self.page.door_panel.set_activity(activity)
        self.page.reveal_activity(activity)
        self._scan_at(activity.id, text)
