"""The ledger tests' world: visits, bookings, activities, volunteer hours and requests
written straight into the store (their own services are tested elsewhere), and reading
an exported ledger back the way a spreadsheet program would."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import load_workbook
from sqlmodel import select

from db.tables import (
    Activity,
    AuditEntry,
    Booking,
    Purpose,
    RequestEvent,
    Room,
    ServiceCategory,
    ServiceItem,
    ServiceRequest,
    Signup,
    Staff,
    Visit,
    Visitor,
    VolunteerService,
)

BEIJING = ZoneInfo("Asia/Shanghai")
# The moment every ledger test runs at: Tuesday 2026-12-01 10:00 in Shanghai.
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=BEIJING)
CENTER = "幸福社区党群服务中心"


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    """A moment in the center's zone, as people say it (stored as UTC)."""
    return datetime(year, month, day, hour, minute, second, tzinfo=BEIJING).astimezone(UTC)


class LedgerWorld:
    def __init__(self, ctx) -> None:  # noqa: ANN001
        self.ctx = ctx
        self.visitors: dict[str, int] = {}

    def _add(self, row: Any) -> int:
        with self.ctx.store.write() as session:
            session.add(row)
            session.flush()
            return row.id

    # ---- visits -----------------------------------------------------------------------
    def visit(self, name: str | None, check_in: datetime, check_out: datetime | None = None, *,
              phone: str | None = None, purpose: str = "consult", headcount: int = 1, source: str = "walkin",
              organisation: str | None = None, notes: str | None = None) -> str:
        with self.ctx.store.write() as session:
            visitor_id = None
            if name is not None:
                visitor_id = self.visitors.get(name)
                if visitor_id is None:
                    visitor = Visitor(name=name, phone=phone, phone_last4=phone[-4:] if phone else None,
                                      organisation=organisation, created_at=check_in)
                    session.add(visitor)
                    session.flush()
                    visitor_id = self.visitors[name] = visitor.id
            purpose_id = session.exec(select(Purpose.id).where(Purpose.code == purpose)).one()
            ident = str(uuid.uuid4())
            session.add(Visit(id=ident, visitor_id=visitor_id, purpose_id=purpose_id, headcount=headcount,
                              source=source, check_in_at=check_in, check_out_at=check_out, notes=notes))
            return ident

    def many_visits(self, count: int, first: datetime, *, purpose: str = "consult") -> None:
        """``count`` anonymous visits a minute apart from ``first``, in one transaction."""
        with self.ctx.store.write() as session:
            purpose_id = session.exec(select(Purpose.id).where(Purpose.code == purpose)).one()
            session.add_all(Visit(id=str(uuid.uuid4()), purpose_id=purpose_id, source="walkin",
                                  check_in_at=first + timedelta(minutes=n), notes=f"第{n}位") for n in range(count))

    def purge_visitor(self, name: str) -> None:
        """As retention does: the personal fields become NULL, the visits stay."""
        with self.ctx.store.write() as session:
            visitor = session.get(Visitor, self.visitors[name])
            visitor.name = visitor.phone = visitor.phone_last4 = visitor.organisation = None
            visitor.purged_at = datetime.now(UTC)
            session.add(visitor)

    # ---- rooms and activities ---------------------------------------------------------
    def room(self, name: str, capacity: int = 30, sort_order: int = 0) -> int:
        return self._add(Room(name=name, capacity=capacity, sort_order=sort_order, created_at=datetime.now(UTC)))

    def booking(self, room_id: int, starts: datetime, ends: datetime, **fields: Any) -> int:
        values = {"state": "confirmed", "title": "主题党日", "booker_name": "第一党支部", "headcount": 10,
                  "created_at": starts, "updated_at": starts} | fields
        return self._add(Booking(room_id=room_id, starts_at=starts, ends_at=ends, block_start=starts,
                                 block_end=ends, **values))

    def activity(self, title: str, starts: datetime, ends: datetime, **fields: Any) -> int:
        return self._add(Activity(title=title, starts_at=starts, ends_at=ends, created_at=starts, **fields))

    def signup(self, activity_id: int, name: str, *, companions: int = 0, state: str = "confirmed",
               came: int | None = None, phone: str = "") -> int:
        row = Signup(activity_id=activity_id, name=name, phone=phone, companions=companions, state=state,
                     created_at=datetime.now(UTC))
        if came is not None:
            row.attended_at, row.attended_count = datetime.now(UTC), came
        return self._add(row)

    def staff(self, name: str, public_phone: str = "", private_phone: str = "13911112222") -> int:
        return self._add(Staff(name=name, public_phone=public_phone, private_phone=private_phone,
                               active_from=date(2020, 1, 1), created_at=datetime.now(UTC)))

    def volunteer(self, activity_id: int, name: str, minutes: int, *, recorded_at: datetime,
                  **fields: Any) -> int:
        return self._add(VolunteerService(activity_id=activity_id, name=name, minutes=minutes,
                                          recorded_at=recorded_at, **fields))

    # ---- requests ---------------------------------------------------------------------
    def item(self, name: str, category: str) -> int:
        with self.ctx.store.write() as session:
            found = session.exec(select(ServiceCategory).where(ServiceCategory.name == category)).first()
            if found is None:
                found = ServiceCategory(name=category)
                session.add(found)
                session.flush()
            item = ServiceItem(code=f"T{abs(hash(name)) % 10**6}", category_id=found.id, name=name,
                               limit_kind="days", limit_amount=3, updated_at=datetime.now(UTC))
            session.add(item)
            session.flush()
            return item.id

    def request(self, item_id: int, owner_id: int, accepted: datetime, due: datetime, *,
                resolved: datetime | None = None, name: str = "", phone: str = "", rating: str | None = None,
                handed_to: tuple[int, ...] = ()) -> int:
        with self.ctx.store.write() as session:
            row = ServiceRequest(item_id=item_id, owner_id=owner_id, name=name, phone=phone, limit_kind="days",
                                 limit_amount=3, accepted_at=accepted, due_at=due, resolved_at=resolved,
                                 status="resolved" if resolved else "accepted", rating=rating)
            session.add(row)
            session.flush()
            for staff_id in handed_to:
                session.add(RequestEvent(request_id=row.id, at=accepted, kind="handover",
                                         from_staff_id=owner_id, to_staff_id=staff_id))
            return row.id

    def audit(self, action: str) -> list[AuditEntry]:
        with self.ctx.store.read() as session:
            return list(session.exec(select(AuditEntry).where(AuditEntry.action == action)))


@dataclass
class Sheet:
    """An exported ledger read back with openpyxl, as a spreadsheet program shows it."""

    sheet: Any

    @property
    def title(self) -> str:
        return self.sheet["A1"].value

    @property
    def subtitle(self) -> str:
        return self.sheet["A2"].value

    @property
    def headers(self) -> list[str]:
        return [cell.value for cell in self.sheet[3]]

    def rows(self) -> list[dict[str, Any]]:
        """Data lines under the headers, by header; the totals line is not one of them."""
        lines = []
        for values in self.sheet.iter_rows(min_row=4, values_only=True):
            line = dict(zip(self.headers, values))
            if "合计" in values:
                break
            lines.append(line)
        return lines

    def totals(self) -> dict[str, Any] | None:
        last = [cell.value for cell in self.sheet[self.sheet.max_row]]
        return dict(zip(self.headers, last)) if "合计" in last else None

    def cell_under(self, header: str, line: int = 1) -> Any:
        """The cell (not only its value) of a column on the n-th data line."""
        return self.sheet.cell(row=3 + line, column=self.headers.index(header) + 1)


def read_ledger(path: Path) -> Sheet:
    book = load_workbook(path)
    assert len(book.worksheets) == 1
    return Sheet(book.worksheets[0])
