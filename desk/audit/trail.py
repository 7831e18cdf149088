"""Writing and browsing audit records.

``record`` is called inside the service's own write transaction, so a change and its
audit line are committed together or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import AuditEntry
from desk.accounts.actor import Actor
from desk.clock import utcnow


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    entity: str = "",
    entity_id: object = "",
    before: Any = None,
    after: Any = None,
    detail: str = "",
) -> AuditEntry:
    entry = AuditEntry(
        at=utcnow(),
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=str(entity_id) if entity_id is not None else "",
        before=_json(before),
        after=_json(after),
        detail=detail[:1000],
    )
    session.add(entry)
    return entry


@dataclass(frozen=True)
class AuditQuery:
    text: str = ""
    action: str = ""
    username: str = ""
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 500


class AuditService:
    """Read the audit trail (administrators only)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def browse(self, actor: Actor, query: AuditQuery = AuditQuery()) -> list[AuditEntry]:
        actor.require_admin()
        statement = select(AuditEntry)
        if query.action:
            statement = statement.where(AuditEntry.action == query.action)
        if query.username:
            statement = statement.where(AuditEntry.username == query.username)
        if query.since:
            statement = statement.where(AuditEntry.at >= query.since)
        if query.until:
            statement = statement.where(AuditEntry.at < query.until)
        if query.text:
            like = f"%{query.text}%"
            statement = statement.where(
                col(AuditEntry.detail).like(like)
                | col(AuditEntry.entity_id).like(like)
                | col(AuditEntry.before).like(like)
                | col(AuditEntry.after).like(like)
            )
        statement = statement.order_by(col(AuditEntry.id).desc()).limit(query.limit)
        with self.store.read() as session:
            return list(session.exec(statement))

    def actions(self) -> list[str]:
        with self.store.read() as session:
            rows = session.exec(select(AuditEntry.action).distinct().order_by(AuditEntry.action))
            return list(rows)
