from __future__ import annotations

from dataclasses import dataclass

from desk.errors import NotAllowed

ADMIN = "admin"
RECEPTIONIST = "receptionist"
ROLES = (ADMIN, RECEPTIONIST)


@dataclass(frozen=True)
class Actor:
    """Who is doing something: the signed-in account, or the desk itself (auto check-out)."""

    user_id: int | None
    username: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN

    def require_admin(self) -> None:
        if not self.is_admin:
            raise NotAllowed("Only an administrator may do this. Ask an administrator to sign in.")


SYSTEM = Actor(user_id=None, username="system", role="system")
# Whoever runs `desk …` on the desk PC has the machine, and so acts as an administrator;
# the audit trail names them "cli".
COMMAND_LINE = Actor(user_id=None, username="cli", role=ADMIN)
