"""Opening a data folder: the store (migrated, after a backup copy) and every service.

``open_desk`` is what the GUI, the command line and the tests use. It hands out the
services explicitly; there is no global desk object.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from db.engine import Store
from db.migrate import upgrade
from db.tables import Center
from desk.accounts.service import AccountService
from desk.audit.trail import AuditService
from desk.center.service import CenterService
from desk.clock import CenterClock
from desk.passes.service import PassService
from desk.roster.disclosure import DisclosureService
from desk.roster.posts import PostService
from desk.roster.schedule import Schedule, open_schedule
from desk.roster.staff import StaffService
from desk.roster.whereabouts import WhereaboutsService
from desk.paths import data_dir, database_path
from desk.visits.privacy import PrivacyService
from desk.visits.purpose_admin import PurposeAdmin
from desk.visits.service import VisitService
from desk.services.catalogue import CatalogueService
from desk.services.figures import ServiceFiguresService
from desk.services.lists import DemandService, MicroWishService, SharedResourceService
from desk.services.requests import RequestService
from desk.rooms.activities import ActivityService
from desk.rooms.approval import ApprovalService
from desk.rooms.bookings import BookingService
from desk.rooms.checkin import CheckInService
from desk.rooms.closures import ClosureService
from desk.rooms.grid import RoomGrid
from desk.rooms.rooms import RoomService
from desk.rooms.upstream import UpstreamImport
from desk.rooms.usage import UsageService
from desk.reports.monthly import MonthlyReportService
from desk.reports.statistics import StatisticsService


@dataclass
class DeskContext:
    folder: Path
    store: Store
    clock: CenterClock
    center: CenterService
    accounts: AccountService
    audit: AuditService
    passes: PassService
    visits: VisitService
    privacy: PrivacyService
    purposes: PurposeAdmin
    staff: StaffService
    posts: PostService
    whereabouts: WhereaboutsService
    disclosure: DisclosureService
    schedule: Schedule
    catalogue: CatalogueService
    requests: RequestService
    demands: DemandService
    wishes: MicroWishService
    resources: SharedResourceService
    service_figures: ServiceFiguresService
    activities: ActivityService
    rooms: RoomService
    bookings: BookingService
    booking_approvals: ApprovalService
    booking_checkin: CheckInService
    closures: ClosureService
    upstream_bookings: UpstreamImport
    room_grid: RoomGrid
    room_usage: UsageService
    statistics: StatisticsService
    reports: MonthlyReportService

    def center_row(self) -> Center | None:
        return self.center.get()

    def close(self) -> None:
        self.store.close()


def open_desk(folder: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> DeskContext:
    where = data_dir(folder)
    store = Store(database_path(where))
    if migrate:
        upgrade(store)
    center = CenterService(store)
    row = center.get()
    clock = CenterClock(row.timezone if row else "Asia/Shanghai")
    passes = PassService(store)
    visits = VisitService(store, center, passes, clock)
    schedule = open_schedule(store, clock, center)
    booking_checkin = CheckInService(store, clock, passes)
    statistics = StatisticsService(store, clock)
    return DeskContext(
        folder=where,
        store=store,
        clock=clock,
        center=center,
        accounts=AccountService(store),
        audit=AuditService(store),
        passes=passes,
        visits=visits,
        privacy=PrivacyService(store, center, clock),
        purposes=PurposeAdmin(store),
        staff=StaffService(store, clock),
        posts=PostService(store),
        whereabouts=WhereaboutsService(store, clock, center),
        disclosure=DisclosureService(store, clock),
        schedule=schedule,
        catalogue=CatalogueService(store, clock),
        requests=RequestService(store, clock),
        demands=DemandService(store),
        wishes=MicroWishService(store),
        resources=SharedResourceService(store),
        service_figures=ServiceFiguresService(store, clock),
        activities=ActivityService(store, passes, clock),
        rooms=RoomService(store, clock),
        bookings=BookingService(store, clock, passes),
        booking_approvals=ApprovalService(store, clock),
        booking_checkin=booking_checkin,
        closures=ClosureService(store, clock),
        upstream_bookings=UpstreamImport(store, clock, booking_checkin),
        room_grid=RoomGrid(store, clock),
        room_usage=UsageService(store, clock),
        statistics=statistics,
        reports=MonthlyReportService(store, clock, statistics),
    )
