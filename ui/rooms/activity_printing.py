"""The activity's printouts, made on a worker and shown in the print preview: the sign-in
sheet (活动签到表) and a sign-up's own pass (the QR the resident shows at the door).

The sheet's data is read by ``desk.rooms.printouts.signin_sheet`` and drawn by
``desk.printing.signin_sheet.render_signin_sheet`` (the pair ``desk print signin`` uses);
the pass is drawn by ``desk.printing.pass_card``. Both are imported when a document is
made, so the page opens without loading reportlab.
"""

from __future__ import annotations

from datetime import datetime

from desk.passes.service import IssuedPass
from ui.printing.jobs import PreviewJobs

# The card's kind line. Printed documents speak Chinese; this belongs beside
# ``desk.printing.wording.PASS_CARD["resident"]`` as "signup" (not this helper's file).
SIGNUP_PASS_LABEL = "活动报名凭证"


class ActivityDocuments(PreviewJobs):
    def signin_sheet(self, activity_id: int) -> None:
        """The sign-in sheet of one activity: its sign-ups with their QR codes, blank rows."""
        desk = self.services.desk

        def build() -> bytes:
            from desk.printing.signin_sheet import render_signin_sheet
            from desk.rooms.printouts import signin_sheet

            return render_signin_sheet(signin_sheet(desk.store, desk.clock, activity_id), printed_at=desk.clock.now())

        self.make(build, self.tr("Sign-in sheet"), self.tr("The sign-in sheet could not be made; see the log."))

    def signup_pass(self, center_name: str, holder: str, issued: IssuedPass) -> None:
        """A sign-up pass as a card to cut out (or to photograph with a phone)."""
        clock = self.services.desk.clock
        printed_at = clock.now()
        # Passes carry UTC; a printed card speaks the center's time, as every document does.
        valid_from: datetime = clock.local(issued.claims.valid_from)
        valid_until: datetime = clock.local(issued.claims.valid_until)

        def build() -> bytes:
            from desk.printing.pass_card import render_pass_card

            return render_pass_card(center_name, holder, issued.payload, valid_from, valid_until,
                                    kind_label=SIGNUP_PASS_LABEL, printed_at=printed_at)

        self.make(build, self.tr("Sign-up pass"), self.tr("The sign-up pass could not be made; see the log."))
