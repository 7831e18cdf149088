"""Demo activities for the demo center: an after-school class with a waiting list, a Party
day held last week with its attendance, volunteer hours and minutes, a calligraphy class
and an evening film. Everything goes through the services (and so the audit trail),
except the sign-ups of last week's activity, which the services rightly refuse after the
end: those are written straight into the store, as a paper list entered afterwards."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, select

from db.tables import Room, Signup, Staff, Visitor
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.rooms.activity_rows import CONFIRMED, ActivityForm, SignupForm, VolunteerForm

PLACES = ("二楼活动室", "党员教育室", "书画室", "一楼多功能厅")


@dataclass(frozen=True)
class ActivityDemoSummary:
    activities: int
    signups: int
    volunteer_records: int


def _photo() -> bytes:
    """A plain picture standing in for a photo of the event."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 480), "#b71c1c")
    ImageDraw.Draw(image).rectangle((60, 60, 580, 420), outline="#ffd54f", width=12)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


def create_activity_demo(ctx, admin: Actor) -> ActivityDemoSummary:  # noqa: ANN001
    """Add the demo activities around today; needs the demo visitors (``create_demo``)."""
    service = ctx.activities
    with ctx.store.read() as session:
        visitors = list(session.exec(select(Visitor).where(col(Visitor.name).is_not(None),
                                                           col(Visitor.purged_at).is_(None))
                                     .order_by(col(Visitor.id)).limit(40)))
        rooms = [r.name for r in session.exec(select(Room).where(Room.active == True)  # noqa: E712
                                              .order_by(col(Room.sort_order)))]
        staff = list(session.exec(select(Staff).order_by(col(Staff.sort_order)).limit(3)))
    places = (rooms + list(PLACES))[:4] if rooms else list(PLACES)
    today = ctx.clock.today()

    def at(days: int, hhmm: str) -> datetime:
        return ctx.clock.at(today + timedelta(days=days), hhmm)

    def sign_up(activity_id: int, people: list[Visitor], companions: int = 0) -> int:
        for visitor in people:
            service.signups.sign_up(admin, activity_id, SignupForm(visitor_id=visitor.id, companions=companions))
        return len(people)

    signups = 0
    # The after-school class: parents sign up with a child each; 12 places for 8 families.
    lesson = service.create(admin, ActivityForm(
        title="四点半课堂：作业辅导", organiser="社区团委", place=places[0], capacity=12,
        description="小学1-6年级作业辅导，家长陪同签到。",
        starts_at=at(1, "16:30"), ends_at=at(1, "18:00"))).value
    signups += sign_up(lesson.id, visitors[0:8], companions=1)

    # Last week's Party day: held, signed in from the paper list, with hours and minutes.
    party = service.create(admin, ActivityForm(
        title="主题党日：重温入党誓词", organiser="社区第一党支部", place=places[1], capacity=30,
        description="重温入党誓词，学习党的二十大精神。",
        starts_at=at(-7, "09:00"), ends_at=at(-7, "11:30"))).value
    with ctx.store.write() as session:
        for index, visitor in enumerate(visitors[8:23]):
            came = index % 5 != 4  # one in five did not come
            session.add(Signup(activity_id=party.id, visitor_id=visitor.id, name=visitor.name or "",
                               phone=visitor.phone or "", state=CONFIRMED, source="desk",
                               created_at=at(-10, "10:00") + timedelta(minutes=index * 7),
                               attended_at=at(-7, "08:50") + timedelta(minutes=index) if came else None,
                               attended_count=1 if came else None))
        record(session, admin, "demo.activities", entity="activity", entity_id=party.id,
               detail="sign-ups and attendance from the paper list")
    signups += len(visitors[8:23])
    volunteers = [VolunteerForm(staff_id=s.id, role=role, minutes=minutes)
                  for s, (role, minutes) in zip(staff, (("主持", 180), ("签到引导", 150), ("摄影", 150)))]
    volunteers.append(VolunteerForm(name="赵志愿", role="会场布置", minutes=120))
    for form in volunteers:
        service.volunteers.record(admin, party.id, form)
    minutes = "主题党日活动记录\n参加人数：12人\n内容：重温入党誓词、学习交流。\n"
    service.evidence.add(admin, party.id, "会议记录.txt", minutes.encode(), caption="活动记录")
    service.evidence.add(admin, party.id, "现场照片.jpg", _photo(), caption="重温入党誓词")

    # Calligraphy: ten places, twelve keen residents — two wait.
    brush = service.create(admin, ActivityForm(
        title="书法班：楷书入门", organiser="老年书画协会", place=places[2], capacity=10,
        starts_at=at(2, "09:30"), ends_at=at(2, "11:00"))).value
    signups += sign_up(brush.id, visitors[23:35])

    # The evening film has no limit on places.
    film = service.create(admin, ActivityForm(
        title="红色影院：《长津湖》", organiser="社区居委会", place=places[3], capacity=0,
        starts_at=at(3, "19:00"), ends_at=at(3, "21:30"))).value
    signups += sign_up(film.id, visitors[35:40], companions=2)
    return ActivityDemoSummary(activities=4, signups=signups, volunteer_records=len(volunteers))
