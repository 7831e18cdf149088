"""What the activities page does to sign-ups: sign a resident up (typed, found or by
their pass), cancel a sign-up (and say who moved up), tick who came, take a tick back.

Each is a service call through the page's writes; the message says what happened in the
words the receptionist repeats on the phone ("李四 moved up from the waiting list").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from desk.changes import Done
from desk.passes.service import IssuedPass
from desk.rooms.activity_rows import CANCELLED, CONFIRMED, WAITLIST, SignupOutcome, SignupRow
from ui.i18n import fill
from ui.rooms.activity_dialogs import SignupDialog
from ui.services.lists_dialogs import CHOICE, TEXT, Field, FieldsDialog

if TYPE_CHECKING:
    from ui.rooms.activities_page import ActivitiesPage


class SignupActions(QObject):
    def __init__(self, page: "ActivitiesPage") -> None:
        super().__init__(page)
        self.page = page
        self.services = page.services

    # ---- public (the page's buttons and keys) ----------------------------------------
    def sign_up(self) -> None:
        activity = self.page.activity_to_change()
        if activity is not None:
            self.page.open_dialog(SignupDialog(self.services, self._on_signup_submitted, activity, self.page))

    def sign_up_by_pass(self, dialog: SignupDialog, text: str) -> None:
        """The resident's pass scanned while the sign-up form is open: sign its holder up."""
        actor = self.services.session.actor
        if actor is None:
            return
        signups, companions = self.services.desk.activities.signups, dialog.companions_spin.value()
        activity_id = dialog.activity.id
        self.page.writes.write(lambda: signups.sign_up_by_pass(actor, activity_id, text, companions=companions), "",
                               dialog, then=self._on_signed_up)

    def cancel_selected(self) -> None:
        signup = self.page.selected_signup()
        if signup is None or signup.state == CANCELLED or signup.attended_at is not None:
            return
        self.page.open_dialog(FieldsDialog(
            self._on_cancel_submitted, self.tr("Cancel the sign-up"),
            [Field("reason", self.tr("Why"), TEXT, hint=self.tr("e.g. 本人来电取消"))], action="signup.cancel",
            ok_text=self.tr("Cancel the sign-up"), subject=signup,
            heading=fill(self.tr("%1 (%2 people)"), signup.name, signup.people), parent=self.page))

    def mark_selected_attended(self) -> None:
        """Tick by hand; with companions, ask how many of them came."""
        signup, actor = self.page.selected_signup(), self.services.session.actor
        if signup is None or actor is None or signup.state != CONFIRMED or signup.attended_at is not None:
            return
        if signup.companions == 0:
            self._mark_attended(signup, None)
            return
        choices = [(str(n), n) for n in range(signup.people, 0, -1)]
        self.page.open_dialog(FieldsDialog(
            self._on_people_submitted, self.tr("Who came"),
            [Field("people", self.tr("People who came"), CHOICE, choices=choices)], action="signup.attended",
            ok_text=self.tr("Signed in"), subject=signup, heading=signup.name, parent=self.page))

    def undo_selected_attendance(self) -> None:
        signup, actor = self.page.selected_signup(), self.services.session.actor
        if signup is None or actor is None or signup.attended_at is None:
            return
        door = self.services.desk.activities.door
        self.page.keep_signup_selected(signup.id)
        self.page.writes.write(lambda: door.undo_attendance(actor, signup.id),
                               fill(self.tr("The sign-in of %1 was taken back."), signup.name))

    def issue_pass_for_selected(self) -> None:
        """A sign-up pass (QR) for the selected sign-up, shown ready to print; one issued
        before is withdrawn, so only the newest card opens the door."""
        signup, actor = self.page.selected_signup(), self.services.session.actor
        if signup is None or actor is None or signup.state == CANCELLED:
            return
        desk = self.services.desk

        def job() -> Done[tuple[IssuedPass, str]]:
            done = desk.activities.signups.issue_pass(actor, signup.id)
            center = desk.center.get()
            return Done((done.value, center.name if center else ""), done.changes)

        def then(done: Done[tuple[IssuedPass, str]]) -> None:
            issued, center_name = done.value
            self.page.keep_signup_selected(signup.id)
            self.page.documents.signup_pass(center_name, signup.name, issued)

        self.page.writes.write(job, fill(self.tr("Sign-up pass issued for %1."), signup.name), then=then)

    # ---- forms and writes ------------------------------------------------------------
    def _on_signup_submitted(self, dialog: QDialog) -> None:
        actor = self.services.session.actor
        if actor is None or not isinstance(dialog, SignupDialog):
            return
        signups, form, activity_id = self.services.desk.activities.signups, dialog.form(), dialog.activity.id
        self.page.writes.write(lambda: signups.sign_up(actor, activity_id, form), "", dialog, then=self._on_signed_up)

    def _on_signed_up(self, done: Done[SignupOutcome]) -> None:
        row = done.value.signup
        self.page.keep_signup_selected(row.id)
        if row.state == WAITLIST:
            self.page.writes.say(fill(self.tr("%1 is on the waiting list (number %2)."), row.name, row.position or "?"))
        else:
            self.page.writes.say(fill(self.tr("%1 signed up (%2 people)."), row.name, row.people))

    def _on_cancel_submitted(self, dialog: FieldsDialog) -> None:
        actor, signup = self.services.session.actor, dialog.subject
        if actor is None or not isinstance(signup, SignupRow):
            return
        signups, reason = self.services.desk.activities.signups, dialog.text("reason")

        def then(done: Done[SignupOutcome]) -> None:
            lines = [fill(self.tr("The sign-up of %1 was cancelled."), signup.name)]
            # The receptionist rings whoever moved up: say who, by name.
            lines += [fill(self.tr("%1 moved up from the waiting list."), row.name) for row in done.value.promoted]
            self.page.writes.say(" ".join(lines))

        self.page.writes.write(lambda: signups.cancel(actor, signup.id, reason), "", dialog, then=then)

    def _on_people_submitted(self, dialog: FieldsDialog) -> None:
        signup, people = dialog.subject, dialog.value("people")
        if isinstance(signup, SignupRow) and isinstance(people, int):
            self._mark_attended(signup, people, dialog)

    def _mark_attended(self, signup: SignupRow, people: int | None, dialog: FieldsDialog | None = None) -> None:
        actor, door = self.services.session.actor, self.services.desk.activities.door
        if actor is None:
            return
        self.page.keep_signup_selected(signup.id)
        self.page.writes.write(lambda: door.mark_attended(actor, signup.id, people),
                               fill(self.tr("%1 signed in."), signup.name), dialog)
