"""The rooms page's printed documents, made on a worker and shown in the print preview:
the day's room schedule, a sheet for each room's door, and the week's poster. The same
data and drawing functions as `desk print rooms` / `desk print room-week`."""

from __future__ import annotations

from datetime import date

from ui.printing.jobs import PreviewJobs


class RoomDocuments(PreviewJobs):
    def day_schedule(self, day: date) -> None:
        desk = self.services.desk

        def build() -> bytes:
            from desk.printing.room_schedule import render_room_schedule
            from desk.rooms.printouts import room_day

            return render_room_schedule(room_day(desk.store, desk.clock, day), printed_at=desk.clock.now())

        self.make(build, self.tr("Room schedule"), self.tr("The room schedule could not be made; see the log."))

    def door_sheets(self, day: date, room_id: int | None = None) -> None:
        desk = self.services.desk

        def build() -> bytes:
            from desk.printing.door_sheet import render_door_sheets
            from desk.rooms.printouts import room_day

            return render_door_sheets(room_day(desk.store, desk.clock, day, room_id=room_id),
                                      printed_at=desk.clock.now())

        self.make(build, self.tr("Door sheets"), self.tr("The door sheets could not be made; see the log."))

    def week_poster(self, day: date, size: str = "A4") -> None:
        desk = self.services.desk

        def build() -> bytes:
            from desk.printing.room_poster import render_room_poster
            from desk.rooms.printouts import room_week

            return render_room_poster(room_week(desk.store, desk.clock, day), printed_at=desk.clock.now(), size=size)

        self.make(build, self.tr("Week poster"), self.tr("The week poster could not be made; see the log."))
