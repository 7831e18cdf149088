"""Check-in rules: walk-ins, returning visitors, scans, repeats, check-out, closing time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from sqlmodel import func, select

from db.tables import AuditEntry, Visit
from desk.errors import Refusal
from desk.passes.codec import PassKind
from desk.visits.queries import VisitQuery
from desk.visits.service import WalkInForm, new_token

# 09:00 in Shanghai on a Monday.
MONDAY_0900 = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)


def count(ctx, table=Visit) -> int:
    with ctx.store.read() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def walk_in(ctx, actor, **fields):
    form = WalkInForm(token=fields.pop("token", new_token()), purpose_code=fields.pop("purpose", "service"),
                      consent=fields.pop("consent", True), **fields)
    return ctx.visits.check_in_walk_in(actor, form)


@time_machine.travel(MONDAY_0900, tick=False)
def test_walk_in_is_stored_with_audit(center_ctx, receptionist) -> None:
    done = walk_in(center_ctx, receptionist, name="张三", phone="138 1234 5678")
    assert done.value.name == "张三"
    assert done.value.phone_masked == "138****5678"
    assert done.changes.touches("visits")
    assert [row.name for row in center_ctx.visits.inside_now()] == ["张三"]
    with center_ctx.store.read() as session:
        actions = list(session.exec(select(AuditEntry.action)))
    assert "visit.check_in" in actions


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"name": "", "phone": "13812345678"}, "Name is required"),
        ({"name": "张三", "phone": "12345"}, "not a valid phone"),
        ({"name": "张" * 51, "phone": "13812345678"}, "too long"),
        ({"name": "张\x07三", "phone": "13812345678"}, "control character"),
        ({"name": "张三", "phone": "13812345678", "consent": False}, "privacy notice"),
        ({"name": "张三", "phone": "13812345678", "headcount": 0}, "Headcount"),
        ({"name": "张三", "phone": "13812345678", "purpose": "party_report"}, "Party branch is required"),
    ],
)
def test_bad_walk_in_changes_nothing(center_ctx, receptionist, fields, message) -> None:
    with pytest.raises(Refusal, match=message):
        walk_in(center_ctx, receptionist, **fields)
    assert count(center_ctx) == 0


def test_sql_looking_and_rare_text_is_stored_literally(center_ctx, receptionist) -> None:
    walk_in(center_ctx, receptionist, name="𠮷䶮'; DROP TABLE visit;--", phone="13812345678",
            notes="Robert'); DELETE FROM visitor; --")
    rows = center_ctx.visits.search(VisitQuery(name="𠮷䶮"))
    assert rows[0].name == "𠮷䶮'; DROP TABLE visit;--"
    assert rows[0].notes == "Robert'); DELETE FROM visitor; --"


def test_saving_the_same_form_twice_makes_one_visit(center_ctx, receptionist) -> None:
    token = new_token()
    first = walk_in(center_ctx, receptionist, name="张三", phone="13812345678", token=token)
    second = walk_in(center_ctx, receptionist, name="张三", phone="13812345678", token=token)
    assert first.value.id == second.value.id
    assert not second.changes
    assert count(center_ctx) == 1


def test_returning_visitor_found_by_last4_name_and_initials(center_ctx, receptionist) -> None:
    walk_in(center_ctx, receptionist, name="张小明", phone="13812345678")
    visit = center_ctx.visits.inside_now()[0]
    center_ctx.visits.check_out(receptionist, visit.id)
    for text in ("5678", "13812345678", "小明", "zxm", "ZX", "zhangxiao", "zhang xiaoming"):
        found = center_ctx.visits.find_visitors(text)
        assert [v.name for v in found] == ["张小明"], text
    visitor_id = center_ctx.visits.find_visitors("5678")[0].id
    done = center_ctx.visits.check_in_returning(receptionist, visitor_id, "consult", token=new_token())
    assert done.value.source == "returning"
    with pytest.raises(Refusal, match="already inside"):
        center_ctx.visits.check_in_returning(receptionist, visitor_id, "consult", token=new_token())


def _resident_pass(ctx, actor, now):
    walk_in(ctx, actor, name="李四", phone="13900001111")
    row = ctx.visits.inside_now()[0]
    ctx.visits.check_out(actor, row.id)
    issued = ctx.passes.issue(actor, kind=PassKind.RESIDENT, visitor_id=row.visitor_id,
                              valid_from=now, valid_until=now + timedelta(days=30)).value
    return issued.payload


def test_scan_checks_in_repeats_then_checks_out(center_ctx, receptionist) -> None:
    with time_machine.travel(MONDAY_0900, tick=False):
        payload = _resident_pass(center_ctx, receptionist, MONDAY_0900)
        first = center_ctx.visits.scan(receptionist, payload + "\r\n")
        assert first.outcome == "checked_in"
        assert first.fields["time"] == "09:00"
    with time_machine.travel(MONDAY_0900 + timedelta(seconds=30), tick=False):
        again = center_ctx.visits.scan(receptionist, payload)
        assert again.outcome == "repeat"
        assert "already checked in at 09:00" in again.message
    with time_machine.travel(MONDAY_0900 + timedelta(hours=1), tick=False):
        out = center_ctx.visits.scan(receptionist, payload)
        assert out.outcome == "checked_out"
        assert [v.source for v in center_ctx.visits.today()].count("pass") == 1


def test_refused_scans_record_nothing_but_an_audit_line(center_ctx, receptionist) -> None:
    visits_before = count(center_ctx)
    for junk in ("DQ1XYZ", "hello", "", "DQ1" + "A" * 150, "'; DROP TABLE visit;--"):
        result = center_ctx.visits.scan(receptionist, junk)
        assert result.outcome == "refused" and result.message
    assert count(center_ctx) == visits_before
    with center_ctx.store.read() as session:
        refused = session.exec(select(func.count()).select_from(AuditEntry)
                               .where(AuditEntry.action == "scan.refused")).one()
    assert refused == 5


def test_expired_pass_is_refused_with_its_date(center_ctx, receptionist) -> None:
    with time_machine.travel(MONDAY_0900, tick=False):
        payload = _resident_pass(center_ctx, receptionist, MONDAY_0900)
    with time_machine.travel(MONDAY_0900 + timedelta(days=31), tick=False):
        result = center_ctx.visits.scan(receptionist, payload)
    assert result.outcome == "refused"
    assert "expired" in result.message


def test_closing_time_checks_everyone_out(center_ctx, receptionist, admin) -> None:
    from desk.accounts.actor import SYSTEM

    with time_machine.travel(MONDAY_0900, tick=False):
        walk_in(center_ctx, receptionist, name="王五", phone="13700001111")
    # 17:00 local: still open (the default weekday closes at 17:30).
    with time_machine.travel(datetime(2026, 11, 16, 9, 0, tzinfo=UTC), tick=False):
        assert center_ctx.visits.close_day(SYSTEM).value == 0
    # 17:31 local: closed at 17:30 exactly.
    with time_machine.travel(datetime(2026, 11, 16, 9, 31, tzinfo=UTC), tick=False):
        assert center_ctx.visits.close_day(SYSTEM).value == 1
    row = center_ctx.visits.search(VisitQuery(name="王五"))[0]
    assert center_ctx.clock.local(row.check_out_at).strftime("%H:%M") == "17:30"


def test_visit_after_closing_is_closed_at_midnight(center_ctx, receptionist) -> None:
    from desk.accounts.actor import SYSTEM

    # 19:00 local, an evening event after the 17:30 close.
    with time_machine.travel(datetime(2026, 11, 16, 11, 0, tzinfo=UTC), tick=False):
        walk_in(center_ctx, receptionist, name="赵六", phone="13700002222")
        assert center_ctx.visits.close_day(SYSTEM).value == 0
    with time_machine.travel(datetime(2026, 11, 16, 16, 1, tzinfo=UTC), tick=False):
        assert center_ctx.visits.close_day(SYSTEM).value == 1
    row = center_ctx.visits.search(VisitQuery(name="赵六"))[0]
    assert center_ctx.clock.local(row.check_out_at).strftime("%d %H:%M") == "17 00:00"


def test_search_by_phone_fragment_purpose_and_dates(center_ctx, receptionist) -> None:
    with time_machine.travel(MONDAY_0900, tick=False):
        walk_in(center_ctx, receptionist, name="甲", phone="13812340001", purpose="service")
    with time_machine.travel(MONDAY_0900 + timedelta(days=2), tick=False):
        walk_in(center_ctx, receptionist, name="乙", phone="13812340002", purpose="consult")
    monday = MONDAY_0900.date()
    assert [r.name for r in center_ctx.visits.search(VisitQuery(phone="0002"))] == ["乙"]
    assert [r.name for r in center_ctx.visits.search(VisitQuery(purpose_code="service"))] == ["甲"]
    assert [r.name for r in center_ctx.visits.search(VisitQuery(date_from=monday, date_to=monday))] == ["甲"]
    assert len(center_ctx.visits.search(VisitQuery(phone="1234"))) == 0  # last four only
    assert len(center_ctx.visits.search(VisitQuery(phone="812340"))) == 2


def test_only_an_admin_reveals_a_phone_and_it_is_audited(center_ctx, receptionist, admin) -> None:
    walk_in(center_ctx, receptionist, name="张三", phone="13812345678")
    visitor_id = center_ctx.visits.inside_now()[0].visitor_id
    with pytest.raises(Refusal, match="administrator"):
        center_ctx.visits.reveal_phone(receptionist, visitor_id)
    assert center_ctx.visits.reveal_phone(admin, visitor_id) == "13812345678"
    with center_ctx.store.read() as session:
        assert session.exec(select(AuditEntry).where(AuditEntry.action == "visitor.reveal_phone")).first()
