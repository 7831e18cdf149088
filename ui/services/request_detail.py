"""One request in full, as the detail pane shows it: who, what, when due, and its history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.clock import CenterClock
from desk.services.request_rows import RequestDetail
from desk.text import format_phone
from ui.i18n import fill
from ui.moments import moment_text
from ui.services.labels import channel_label, event_label, rating_label, status_label



def detail_text(detail: RequestDetail, clock: CenterClock, urgency: str = "") -> str:
    row = detail.row
    lines = [
        fill(QCoreApplication.translate("RequestDetail", "%1 (%2, %3)"), row.item_name, row.item_code, row.category),
        fill(QCoreApplication.translate("RequestDetail", "Resident: %1  %2"), row.resident or "—",
             format_phone(detail.phone) or "—"),
        fill(QCoreApplication.translate("RequestDetail", "Status: %1 · came %2"), status_label(row.status),
             channel_label(row.channel)),
        fill(QCoreApplication.translate("RequestDetail", "Owner: %1"), row.owner_name),
        fill(QCoreApplication.translate("RequestDetail", "Accepted %1; time limit %2; due %3"),
             moment_text(clock, row.accepted_at, with_year=True), row.time_limit,
             moment_text(clock, row.due_at, with_year=True)),
    ]
    if urgency == "overdue":
        lines.append(QCoreApplication.translate("RequestDetail", "⚠ OVERDUE: past its time limit."))
    elif urgency == "due_today":
        lines.append(QCoreApplication.translate("RequestDetail", "◷ Due today."))
    if row.resolved_at is not None:
        lines.append(fill(QCoreApplication.translate("RequestDetail", "Resolved %1%2"),
                          moment_text(clock, row.resolved_at, with_year=True),
                          QCoreApplication.translate("RequestDetail", " (late)") if row.overdue else ""))
    if row.rating:
        lines.append(fill(QCoreApplication.translate("RequestDetail", "Rating: %1 %2"), rating_label(row.rating),
                          detail.rating_comment))
    lines.append(fill(QCoreApplication.translate("RequestDetail", "Service list version %1"),
                      detail.catalogue_version))
    lines.append("")
    lines.append(QCoreApplication.translate("RequestDetail", "History"))
    for event in detail.events:
        what = event_label(event.kind)
        if event.kind == "handover":
            what = fill(QCoreApplication.translate("RequestDetail", "%1: %2 → %3"), what, event.from_name,
                        event.to_name)
        elif event.kind == "accepted" and event.to_name:
            what = fill(QCoreApplication.translate("RequestDetail", "%1, owner %2"), what, event.to_name)
        text = f"  {moment_text(clock, event.at)}  {what}"
        if event.text:
            text += f" — {event.text}"
        lines.append(f"{text}  [{event.by}]")
    return "\n".join(lines)
