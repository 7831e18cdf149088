"""Issuing a pass to a person known by name and phone (`desk pass issue`)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from db.tables import Pass, Visitor
from desk.errors import Refusal
from desk.passes.codec import PassKind


def test_a_pass_for_a_person_by_name_and_phone_records_them_once_with_the_pass(center_ctx, admin) -> None:
    first = center_ctx.visits.issue_pass_to(admin, name="张小明", phone="13812345678", kind=PassKind.RESIDENT,
                                            valid_for=timedelta(days=30)).value
    again = center_ctx.visits.issue_pass_to(admin, name="张小明", phone="13812345678", kind=PassKind.RESIDENT,
                                            valid_for=timedelta(days=30)).value
    assert center_ctx.passes.verify(first.payload).kind is PassKind.RESIDENT
    with center_ctx.store.read() as session:
        visitors = session.exec(select(Visitor)).all()
        holders = {p.visitor_id for p in session.exec(select(Pass)).all()}
    assert len(visitors) == 1 and holders == {visitors[0].id} and first.serial != again.serial
    with pytest.raises(Refusal):
        center_ctx.visits.issue_pass_to(admin, name="李四", phone="12", kind=PassKind.RESIDENT,
                                        valid_for=timedelta(days=30))
    with center_ctx.store.read() as session:
        assert len(session.exec(select(Visitor)).all()) == 1  # a refused pass leaves no stray visitor
