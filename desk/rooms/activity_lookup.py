"""Which activity a scanned sign-up pass belongs to, so the door can open at the right one.

A receptionist at the activities page often has no activity chosen when the first
resident arrives and holds up their sign-up QR: the scan itself says which activity it
is. Only the pass's form is read here, not its signature or dates; the door
(``DoorService.scan_at_door``) verifies all of that when it signs the holder in, and
audits a refusal.
"""

from __future__ import annotations

from sqlmodel import col, select

from db.engine import Store
from db.tables import Signup
from desk.passes.codec import PassKind, decode
from desk.passes.errors import PassRejected


def activity_of_pass(store: Store, raw: str) -> int | None:
    """The activity of the sign-up that holds this SIGNUP pass; None for another kind of
    pass, a text that is not a pass, or a pass the desk has no sign-up for."""
    try:
        claims, _message, _signature = decode(raw)
    except PassRejected:
        return None
    if claims.kind is not PassKind.SIGNUP:
        return None
    with store.read() as session:
        # A pass issued again keeps the sign-up; the newest sign-up wins if a serial was reused upstream.
        return session.exec(select(Signup.activity_id).where(Signup.pass_serial == claims.serial)
                            .order_by(col(Signup.id).desc())).first()
