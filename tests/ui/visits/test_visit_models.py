"""The visit table models, checked without a view, and the banner's message split."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSortFilterProxyModel

from desk.clock import CenterClock
from desk.visits.rows import VisitorRow, VisitRow
from ui.visits.banner import split_message
from ui.visits.inside_model import SORT_ROLE, InsideTableModel
from ui.visits.log_model import VisitLogModel
from ui.visits.returning import VisitorResultsModel

NOW = datetime(2025, 3, 10, 3, 0, tzinfo=UTC)  # 11:00 in Shanghai


def visit(name: str, minutes_ago: int, headcount: int = 1, out: bool = False) -> VisitRow:
    start = NOW - timedelta(minutes=minutes_ago)
    return VisitRow(id=f"v-{name}", visitor_id=1 if name else None, name=name, phone_masked="138****5678",
                    purpose_code="consult", purpose_label="咨询", headcount=headcount, source="walkin",
                    check_in_at=start, check_out_at=start + timedelta(minutes=5) if out else None,
                    organisation="幸福小学", party_member=False, branch="", notes="第一行\n第二行")


@pytest.fixture
def clock() -> CenterClock:  # overrides the scanner tests' fake clock in this module
    return CenterClock("Asia/Shanghai")


def test_inside_model(qtmodeltester, clock):
    model = InsideTableModel(clock, now=lambda: NOW)
    model.set_rows([visit("𠮷䶮", 30, 2), visit("", 90, 5), visit("走了", 10, out=True)])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and (model.visits_count, model.people_count) == (2, 7)
    assert [model.data(model.index(1, c)) for c in range(6)] == ["—", "138****5678", "咨询", "5", "09:30", "1 h 30 min"]
    assert model.data(model.index(0, 5)) == "30 min"


def test_inside_model_sorts_through_a_proxy(qtmodeltester, clock):
    model = InsideTableModel(clock, now=lambda: NOW)
    model.set_rows([visit("早", 120), visit("晚", 5), visit("中", 60)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(4)
    qtmodeltester.check(proxy)
    assert [proxy.data(proxy.index(r, 0)) for r in range(3)] == ["早", "中", "晚"]


def test_an_earlier_day_shows_the_date(clock):
    model = InsideTableModel(clock, now=lambda: NOW)
    model.set_rows([visit("昨天", 24 * 60)])
    assert model.data(model.index(0, 4)) == "03-09 11:00"


def test_log_model(qtmodeltester, clock):
    model = VisitLogModel(clock)
    model.set_rows([visit("张三", 30), visit("李四", 60, out=True)])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "inside"
    assert model.data(model.index(1, 2)) == "10:05"
    assert model.data(model.index(1, 8)) == "第一行 第二行"
    assert model.people_count == 2


def test_visitor_results_model(qtmodeltester, clock):
    model = VisitorResultsModel(clock)
    model.set_rows([VisitorRow(1, "张小明", "ZXM", "138****5678", "", True, "第一支部", NOW, True),
                    VisitorRow(2, "王芳", "WF", "", "社区", False, "", None, False)])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 4)) == "Inside"
    assert model.data(model.index(1, 3)) == ""


@pytest.mark.parametrize(("text", "headline", "detail"), [
    ("This code is not a valid pass: it could not be read. Scan it again.",
     "This code is not a valid pass: it could not be read.", "Scan it again."),
    ("Welcome, 张三 — checked in at 09:03.", "Welcome, 张三 — checked in at 09:03.", ""),
    ("此码不是有效的通行证。请重新扫码。", "此码不是有效的通行证。", "请重新扫码。"),
])
def test_banner_splits_a_long_message(text, headline, detail):
    assert split_message(text) == (headline, detail)
