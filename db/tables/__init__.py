"""Every table of the store. Importing this package registers them all on SQLModel.metadata."""

from db.tables.accounts import LoginAttempt, User
from db.tables.audit import AuditEntry
from db.tables.center import Center, Setting
from db.tables.passes import Pass, RevokedPass, SigningKey
from db.tables.visits import Purpose, Visit, Visitor

__all__ = [
    "AuditEntry",
    "Center",
    "LoginAttempt",
    "Pass",
    "Purpose",
    "RevokedPass",
    "Setting",
    "SigningKey",
    "User",
    "Visit",
    "Visitor",
]
