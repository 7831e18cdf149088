"""The demo center's people and duty roster: a realistic mix of staff, five posts with
A/B holders, weekday, lunch-time and weekend shifts on rotation, this month's roster
(next month is left to generate), and a couple of people out — with one deliberate gap
(nobody covers logistics on Saturdays) so that the coverage view has something to show."""

from __future__ import annotations

import io
from datetime import date, timedelta

from desk.accounts.actor import Actor
from desk.roster.posts import PostForm
from desk.roster.shifts import RotationForm, ShiftForm
from desk.roster.staff import StaffForm

# (name, kind, title, public phone, private phone, photo colour or "")
STAFF = (
    ("王建国", "manager", "党委书记、中心主任", "010-87654301", "13901010001", "#b71c1c"),
    ("李晓红", "manager", "副主任", "010-87654302", "13901010002", "#ad1457"),
    ("张伟", "social_worker", "专职社工", "010-87654303", "13901010003", "#1565c0"),
    ("刘芳", "social_worker", "专职社工", "13801010004", "13901010004", "#2e7d32"),
    ("陈静", "social_worker", "专职社工", "010-87654305", "", "#6a1b9a"),
    ("杨𠮷祥", "seconded", "街道民政科（下沉）", "010-87654306", "13901010006", ""),
    ("赵敏", "volunteer", "志愿者", "", "13901010007", ""),
    ("周涛", "volunteer", "志愿者", "", "13901010008", ""),
    ("吴秀英", "volunteer", "党员志愿者", "", "13901010009", ""),
    ("孙浩然", "manager", "后勤管理员", "010-87654310", "13901010010", "#ef6c00"),
    ("郑丽", "volunteer", "志愿者", "", "13901010011", ""),
    ("冯志刚", "volunteer", "退休党员志愿者", "", "13901010012", ""),
)

# (post, location, duties, standard, time limit, A, B, other covers) by index into STAFF
POSTS = (
    ("咨询接待", "一楼服务大厅1号窗口", "接待来访群众，解答咨询，登记来访，首问负责、转办跟踪。",
     "热情接待，一次告知；能即时办结的即时办结。", "即时办结", 1, 2, (3, 6, 7)),
    ("党员服务", "一楼服务大厅2号窗口", "党员报到、组织关系转接、党费收缴、党员教育管理。",
     "材料齐全的当场受理，3个工作日内办结。", "3个工作日", 0, 4, (1, 8)),
    ("便民服务", "一楼服务大厅3号窗口", "社保、医保、居住证明、老年优待等代办服务。",
     "材料齐全的当场受理，5个工作日内办结并电话告知。", "5个工作日", 3, 5, (2, 11)),
    ("活动组织", "二楼活动室", "场地预约、活动策划组织、志愿者调度。",
     "活动提前3天公示；场地预约当日答复。", "1个工作日", 2, 8, (7, 10)),
    ("后勤管理", "一楼值班室", "设施设备维护、安全巡查、环境卫生。",
     "报修2小时内响应，一般故障1个工作日内修复。", "1个工作日", 9, 6, ()),
)

SHIFTS = (
    ("上午班", "08:30", "12:00", "#4c78a8"),
    ("午间值守", "12:00", "14:00", "#f58518"),
    ("下午班", "14:00", "17:30", "#54a24b"),
    ("周末班", "09:00", "12:00", "#b279a2"),
)


def _avatar(name: str, colour: str) -> bytes:
    """A plain coloured portrait with the surname, so the demo board shows photos."""
    from PIL import Image, ImageDraw, ImageFont

    from desk.paths import SANS_FONT_FILE, font_path

    image = Image.new("RGB", (240, 300), colour)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(font_path(SANS_FONT_FILE)), 150)
    draw.text((120, 150), name[0], fill="white", font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


def create_roster_demo(ctx, admin: Actor, today: date) -> None:  # noqa: ANN001
    """Staff, posts, shifts, rotations and this month's roster for the demo center."""
    staff_ids: list[int] = []
    for name, kind, title, public, private, colour in STAFF:
        info = ctx.staff.create(admin, StaffForm(name, kind, title, public, private,
                                                 active_from=date(today.year - 1, 1, 1))).value
        if colour:
            ctx.staff.set_photo(admin, info.id, _avatar(name, colour))
        staff_ids.append(info.id)
    post_ids: list[int] = []
    for name, location, duties, standard, limit, a, b, covers in POSTS:
        post = ctx.posts.create(admin, PostForm(
            name, location, duties, standard, limit, staff_ids[a], staff_ids[b],
            tuple(staff_ids[i] for i in covers))).value
        post_ids.append(post.id)
    shifts = {name: ctx.schedule.shifts.save_shift(admin, ShiftForm(name, start, end, colour)).value.id
              for name, start, end, colour in SHIFTS}
    monday = today - timedelta(days=today.weekday())
    weekdays = range(5)

    def rotation(name: str, post: int, shift: str, weeks: int, slots: list[tuple[int, int, int]]) -> None:
        ctx.schedule.shifts.save_rotation(admin, RotationForm(
            name, post_ids[post], shifts[shift], weeks, monday,
            tuple((week, weekday, staff_ids[person]) for week, weekday, person in slots)))

    # Weekday mornings and afternoons: each post's A holder.
    for post, (name, *_rest, a, _b, _covers) in enumerate(POSTS):
        rotation(f"{name}·上午", post, "上午班", 1, [(0, d, a) for d in weekdays])
        rotation(f"{name}·下午", post, "下午班", 1, [(0, d, a) for d in weekdays])
    # Lunch-time duty at reception rotates weekly among four people (错时服务).
    lunch = (1, 2, 3, 0)
    rotation("午间值守轮班", 0, "午间值守", 4, [(w, d, lunch[w]) for w in range(4) for d in weekdays])
    # Weekend mornings: volunteers and the B holders take turns every other weekend;
    # nobody is set for logistics on Saturdays (the gap the coverage view shows in red).
    def weekends(first: int, second: int) -> list[tuple[int, int, int]]:
        return [(0, 5, first), (0, 6, first), (1, 5, second), (1, 6, second)]

    rotation("周末接待轮班", 0, "周末班", 2, weekends(6, 7))
    rotation("周末党员服务", 1, "周末班", 2, weekends(8, 4))
    rotation("周末便民服务", 2, "周末班", 2, weekends(5, 11))
    rotation("周末活动组织", 3, "周末班", 2, weekends(10, 10))
    rotation("周末后勤", 4, "周末班", 1, [(0, 6, 9)])

    # This month only: generating next month is the receptionist's first job on the demo.
    first = today.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    month_start, _ = ctx.clock.day_bounds(first)
    ctx.schedule.generator.generate(admin, first, last, history_before=month_start)

    statuses = {s.label: s.id for s in ctx.whereabouts.statuses()}
    now = ctx.clock.now()
    ctx.whereabouts.set(admin, staff_ids[3], statuses["外出办事"], destination="街道社保所",
                        expected_return=now + timedelta(hours=2))
    ctx.whereabouts.set(admin, staff_ids[5], statuses["开会"], destination="街道会议室",
                        expected_return=now + timedelta(hours=1))
