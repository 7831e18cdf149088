"""The statistics page: a period's figures at a glance, each with its definition, compared
with the period before, and the numbers behind every chart one key away."""

from __future__ import annotations

from datetime import UTC, datetime

import time_machine

from desk.reports.definitions import tooltip
from desk.visits.service import WalkInForm
from ui.reports.statistics_page import CHOSEN, LAST_MONTH, StatisticsPage


def _visit(ctx, actor, when: datetime, purpose: str, headcount: int = 1, name: str = "王五") -> None:  # noqa: ANN001
    from desk.visits.service import new_token

    with time_machine.travel(when, tick=False):
        ctx.visits.check_in_walk_in(actor, WalkInForm(token=new_token(), purpose_code=purpose, name=name, phone="13812345678",
                                                      headcount=headcount, consent=True))


def test_a_month_at_a_glance_with_the_numbers_behind_the_charts(qtbot, ui_services, admin_actor):
    ctx = ui_services.desk
    # October: 2 visits; November: 3 check-ins, 6 person-times (local times 09:10, 09:40, 15:05).
    _visit(ctx, admin_actor, datetime(2026, 10, 12, 2, 0, tzinfo=UTC), "consult")
    _visit(ctx, admin_actor, datetime(2026, 10, 13, 2, 0, tzinfo=UTC), "consult")
    _visit(ctx, admin_actor, datetime(2026, 11, 2, 1, 10, tzinfo=UTC), "consult", name="张三")
    _visit(ctx, admin_actor, datetime(2026, 11, 2, 1, 40, tzinfo=UTC), "service", headcount=3)
    _visit(ctx, admin_actor, datetime(2026, 11, 3, 7, 5, tzinfo=UTC), "consult", headcount=2, name="李四")
    with time_machine.travel(datetime(2026, 11, 21, 2, 0, tzinfo=UTC), tick=False):
        ui_services.session.sign_in(admin_actor)
        page = StatisticsPage(ui_services)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        tiles = page.tiles.tiles
        assert tiles["visits.person_times"].value_label.text().startswith("6")
        assert tiles["visits.checkins"].value_label.text().startswith("3")
        assert tiles["visits.person_times"].toolTip() == tooltip("visits.person_times", chinese=False)
        assert "+200.0%" in tiles["visits.person_times"].change_label.text()  # 6 against October's 2
        assert "2026" in page.period_label.text()
        # The hour chart's numbers: local hours, not UTC.
        page.tabs.setCurrentIndex(0)
        page.toggle_numbers()
        assert page.by_hour.showing_numbers()
        assert page.by_hour.model.rows() == [["9:00", "4"], ["15:00", "2"]]
        by_day = {row[0]: row[1] for row in page.by_day.model.rows()}
        assert by_day["2"] == "4" and by_day["3"] == "2" and by_day["4"] == "0"
        page.toggle_numbers()
        assert not page.by_hour.showing_numbers()

        page.period_combo.setCurrentIndex(LAST_MONTH)
        assert tiles["visits.person_times"].value_label.text().startswith("2")
        assert page.comparison.current is page.figures  # the comparison is of the month on screen
        page.period_combo.setCurrentIndex(CHOSEN)
        page.choose_days(datetime(2026, 11, 5).date(), datetime(2026, 11, 1).date())  # end before start
        assert "color" in page.message_label.styleSheet() and "before" in page.message_label.text()
        page.choose_days(datetime(2026, 12, 1).date(), datetime(2026, 12, 31).date())  # nothing there yet
        assert "Nothing was recorded" in page.message_label.text()
        assert tiles["rooms.utilisation"].value_label.text() == "—"
