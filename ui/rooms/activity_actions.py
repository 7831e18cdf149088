"""What the activities page does to activities themselves: create one, change it, call it off.

The forms are ``ActivityDialog`` and a reason form; the service refuses what it must (a
capacity below the places taken, more places than the room holds) and the form shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from desk.changes import Done
from desk.rooms.activity_rows import ActivityInfo
from ui.i18n import fill
from ui.rooms.activity_dialogs import ActivityDialog
from ui.services.lists_dialogs import TEXT, Field, FieldsDialog

if TYPE_CHECKING:
    from ui.rooms.activities_page import ActivitiesPage


class ActivityActions(QObject):
    def __init__(self, page: "ActivitiesPage") -> None:
        super().__init__(page)
        self.page = page
        self.services = page.services

    def new(self) -> None:
        """A new activity, on today if the period shows it, else on the period's first day."""
        today = self.services.desk.clock.today()
        first, last = self.page.period()
        day = today if first <= today <= last else first
        self.page.open_dialog(ActivityDialog(self.services, self._on_submitted, day, None, self.page))

    def edit_selected(self) -> None:
        activity = self.page.activity_to_change()
        if activity is not None:
            self.page.open_dialog(ActivityDialog(self.services, self._on_submitted, self.page.period()[0], activity,
                                                 self.page))

    def cancel_selected(self) -> None:
        activity = self.page.activity_to_change()
        if activity is None:
            return
        self.page.open_dialog(FieldsDialog(
            self._on_cancel_submitted, self.tr("Cancel the activity"),
            [Field("reason", self.tr("Why"), TEXT, hint=self.tr("e.g. 暴雨预警，活动延期"))],
            action="activity.cancel",
            ok_text=self.tr("Cancel the activity"), subject=activity,
            heading=fill(self.tr("%1: the sign-ups are kept, so the residents can be told."), activity.title),
            parent=self.page))

    def _on_submitted(self, dialog: QDialog) -> None:
        actor = self.services.session.actor
        if actor is None or not isinstance(dialog, ActivityDialog):
            return
        activities, form, existing = self.services.desk.activities, dialog.form(), dialog.activity
        if existing is None:
            job: Callable[[], Done[Any]] = lambda: activities.create(actor, form)  # noqa: E731
            text = fill(self.tr("%1 created."), form.title.strip())
        else:
            job = lambda: activities.update(actor, existing.id, form)  # noqa: E731
            text = fill(self.tr("%1 saved."), form.title.strip())

        def then(done: Done[ActivityInfo]) -> None:
            self.page.reveal_activity(done.value)  # selected, even on a day the period did not show

        self.page.writes.write(job, text, dialog, then=then)

    def _on_cancel_submitted(self, dialog: FieldsDialog) -> None:
        actor, activity = self.services.session.actor, dialog.subject
        if actor is None or not isinstance(activity, ActivityInfo):
            return
        activities, reason = self.services.desk.activities, dialog.text("reason")
        self.page.writes.write(lambda: activities.cancel(actor, activity.id, reason),
                               fill(self.tr("%1 was cancelled."), activity.title), dialog)
