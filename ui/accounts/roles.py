"""The words for roles, as the desk shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.accounts.actor import ADMIN, RECEPTIONIST, ROLES


def role_label(role: str) -> str:
    labels = {
        ADMIN: QCoreApplication.translate("roles", "Administrator"),
        RECEPTIONIST: QCoreApplication.translate("roles", "Receptionist"),
        "system": QCoreApplication.translate("roles", "System"),
    }
    return labels.get(role, role)


def role_choices() -> list[tuple[str, str]]:
    """(code, label) for every role an account may have."""
    return [(role, role_label(role)) for role in ROLES]
