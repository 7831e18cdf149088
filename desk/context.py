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
    )
