"""The statistics page's charts from one period's figures: what each chart draws, and so
what its numbers table lists (the same rows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desk.reports.figures import PeriodFigures

if TYPE_CHECKING:
    from ui.reports.statistics_page import StatisticsPage


def fill_tabs(page: "StatisticsPage", figures: PeriodFigures) -> None:
    visits, rooms, activities, volunteers, requests = (figures.visits, figures.rooms, figures.activities,
                                                       figures.volunteers, figures.requests)
    person_times = QCoreApplication.translate("StatisticsTabs", "Person-times")
    checkins = QCoreApplication.translate("StatisticsTabs", "Visits")
    nothing = QCoreApplication.translate("StatisticsTabs", "Nothing recorded in this period")
    # A month's days by their number (they must fit under 31 bars); other periods by month-day.
    within_month = figures.period.first.month == figures.period.last.month
    page.by_day.set_bars([str(d.day.day) if within_month else f"{d.day:%m-%d}" for d in visits.by_day],
                         [(person_times, [d.person_times for d in visits.by_day]),
                          (checkins, [d.visits for d in visits.by_day])],
                         category_header=QCoreApplication.translate("StatisticsTabs", "Day"))
    hours = [h for h in visits.by_hour if h.visits] or list(visits.by_hour)
    page.by_hour.set_bars([f"{h.hour}:00" for h in hours], [(person_times, [h.person_times for h in hours])],
                          category_header=QCoreApplication.translate("StatisticsTabs", "Hour"))
    page.by_purpose.set_bars([p.label for p in visits.by_purpose],
                             [(person_times, [p.person_times for p in visits.by_purpose]),
                              (checkins, [p.visits for p in visits.by_purpose])],
                             category_header=QCoreApplication.translate("StatisticsTabs", "Purpose"),
                             empty_text=nothing)
    # Per cent and hours share a scale; people and no-shows are on the tiles and in the ledger.
    used = [r for r in rooms.rooms if r.open_hours or r.bookings]
    page.rooms.set_bars([r.room_name for r in used],
                        [(QCoreApplication.translate("StatisticsTabs", "Utilisation %"),
                          [round((r.utilisation or 0) * 100, 1) for r in used]),
                         (QCoreApplication.translate("StatisticsTabs", "Hours used"), [round(r.used_hours, 1) for r in used])],
                        category_header=QCoreApplication.translate("StatisticsTabs", "Room"), empty_text=nothing)
    page.activities.set_bars(
        [QCoreApplication.translate("StatisticsTabs", "Held"), QCoreApplication.translate("StatisticsTabs", "Cancelled"),
         QCoreApplication.translate("StatisticsTabs", "Places signed up"),
         QCoreApplication.translate("StatisticsTabs", "Came (person-times)"),
         QCoreApplication.translate("StatisticsTabs", "Signed up, did not come")],
        [(QCoreApplication.translate("StatisticsTabs", "Activities"),
          [activities.held, activities.cancelled, activities.signups, activities.attendance, activities.no_shows])],
        category_header=QCoreApplication.translate("StatisticsTabs", "Figure"))
    top = volunteers.by_volunteer[:15]
    page.volunteers.set_bars([v.name for v in top],
                             [(QCoreApplication.translate("StatisticsTabs", "Hours"), [round(v.hours, 1) for v in top]),
                              (QCoreApplication.translate("StatisticsTabs", "Times"), [v.times for v in top])],
                             category_header=QCoreApplication.translate("StatisticsTabs", "Volunteer"),
                             empty_text=nothing)
    page.requests.set_bars([c.category for c in requests.by_category],
                           [(QCoreApplication.translate("StatisticsTabs", "Accepted"),
                             [c.accepted for c in requests.by_category])],
                           category_header=QCoreApplication.translate("StatisticsTabs", "Category"),
                           empty_text=nothing)
