"""The daily duty sheet PDF against a one-page document with the same embedded font.

The gated figure is the duty sheet made from the day's data (posts, duties, whereabouts,
already read) for a center with 10 posts and 40 staff, as the baseline is made from its
data: a one-page reportlab document through the same ``build_pdf`` (same header, footer
and DeskSans subset embedding) holding a paragraph and a small table. Beside it, for the
record, is everything `desk print duty-sheet` does before writing the file: reading the
day from the store as well. Both are warmed once first, so font loading is in neither;
runs alternate so that a busy machine slows all alike.
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.stats import Figure

POSTS = 10
STAFF = 40
RUNS = 21
SHIFTS = (("基准上午班", "08:30", "12:00"), ("基准下午班", "14:00", "17:30"))


def _center_of_size(ctx) -> None:  # noqa: ANN001
    """Top the demo center up to 10 active posts and 40 staff, each post on duty today."""
    from sqlmodel import select

    from db.tables import Duty, Shift
    from desk.roster.posts import PostForm
    from desk.roster.staff import StaffForm

    admin = ctx.accounts.sign_in("admin", "demo-admin-1")
    today = ctx.clock.today()
    staff = [info.id for info in ctx.staff.list()]
    for number in range(len(staff), STAFF):
        form = StaffForm(f"值班员{number:02d}", title="专职社工", public_phone=f"138{number:08d}",
                         private_phone=f"139{number:08d}", active_from=today)
        staff.append(ctx.staff.create(admin, form).value.id)
    posts = [info.id for info in ctx.posts.list()]
    for number in range(len(posts), POSTS):
        holder, backup = staff[(2 * number) % len(staff)], staff[(2 * number + 1) % len(staff)]
        form = PostForm(f"基准岗位{number:02d}", location=f"一楼{100 + number}室", duties="政策咨询、来访接待",
                        holder_id=holder, backup_id=backup, sort_order=number)
        posts.append(ctx.posts.create(admin, form).value.id)
    with ctx.store.write() as session:
        shift_ids = []
        for name, start, end in SHIFTS:
            row = session.exec(select(Shift).where(Shift.name == name)).first() or Shift(name=name, start=start,
                                                                                        end=end)
            session.add(row)
            session.flush()
            shift_ids.append((row.id, start, end))
        for index, post_id in enumerate(posts[:POSTS]):
            for offset, (shift_id, start, end) in enumerate(shift_ids):
                session.add(Duty(day=today, post_id=post_id, shift_id=shift_id,
                                 staff_id=staff[(2 * index + offset) % len(staff)],
                                 starts_at=ctx.clock.at(today, start).astimezone(UTC),
                                 ends_at=ctx.clock.at(today, end).astimezone(UTC),
                                 source="manual", updated_at=datetime.now(UTC)))


def _duty_sheet(ctx) -> bytes:  # noqa: ANN001
    """Read the day and write its sheet: `desk print duty-sheet` without the file."""
    from desk.printing.duty_sheet import render_duty_sheet

    sheet = ctx.disclosure.day_sheet(ctx.clock.today())
    return render_duty_sheet(sheet, printed_at=ctx.clock.now())


def _sheet_of(sheet, printed_at: datetime) -> bytes:  # noqa: ANN001
    from desk.printing.duty_sheet import render_duty_sheet

    return render_duty_sheet(sheet, printed_at=printed_at)


def _one_pager(center_name: str) -> bytes:
    from desk.printing.document import DocumentHeader, build_pdf, house_styles, para, table

    styles = house_styles(wall=True)
    story = [
        para("本中心实行错时延时服务，工作日午间、周末轮班值守。", styles.body),
        table([["岗位", "值班人员", "联系电话"], ["咨询接待", "王芳", "010-88886666"],
               ["活动组织", "李强", "138 0000 1111"]], [60 * 2.8346, 60 * 2.8346, 60 * 2.8346], styles=styles),
    ]
    return build_pdf(story, header=DocumentHeader(center_name, "打印基准"), printed_at=datetime.now(UTC))


def _plain_table_page(center_name: str, sheet) -> bytes:  # noqa: ANN001
    """The same sheet as the plainest reportlab can make it: every cell's text in one
    table of strings on house pages with the same embedded font — what the duty sheet
    would cost with none of its care (spans, one-line cells, rare-character runs)."""
    from desk.printing.document import DocumentHeader, build_pdf, house_styles, table

    styles = house_styles(wall=True)
    rows = [["岗位", "班次时段", "值班人员", "去向", "联系电话", "A岗", "B岗"]]
    for post in sheet.posts:
        holder = post.holder.name if post.holder else ""
        backup = post.backup.name if post.backup else ""
        for line in post.duties or ():
            rows.append([post.post.name, f"{line.shift} {line.start}-{line.end}", line.person.name,
                         line.person.label, line.person.public_phone, holder, backup])
    widths = [w * 2.8346 for w in (30, 30, 26, 26, 32, 18, 18)]
    return build_pdf([table(rows, widths, styles=styles)], header=DocumentHeader(center_name, "打印基准"),
                     printed_at=datetime.now(UTC), sign_off=True)


def measure(folder: Path) -> list[Figure]:
    from desk.context import open_desk

    ctx = open_desk(folder)
    try:
        _center_of_size(ctx)
        center_name = ctx.center.get().name
        sheet = ctx.disclosure.day_sheet(ctx.clock.today())
        sheet_pdf, base_pdf = _duty_sheet(ctx), _one_pager(center_name)  # warm: fonts, statements
        plain_pdf = _plain_table_page(center_name, sheet)
        printed_at = ctx.clock.now()
        timings: dict[str, list[float]] = {"sheet": [], "end_to_end": [], "baseline": [], "plain": []}
        runs = {"sheet": lambda: _sheet_of(sheet, printed_at), "end_to_end": lambda: _duty_sheet(ctx),
                "baseline": lambda: _one_pager(center_name), "plain": lambda: _plain_table_page(center_name, sheet)}
        for _ in range(RUNS):
            for name, run in runs.items():
                started = time.perf_counter()
                run()
                timings[name].append((time.perf_counter() - started) * 1000)
    finally:
        ctx.close()
    median = {name: statistics.median(values) for name, values in timings.items()}
    return [
        Figure("duty sheet PDF (10 posts, 40 staff), median", median["sheet"], "ms",
               baseline=median["baseline"],
               baseline_name="one-page reportlab document, same embedded font, median", max_ratio=3.0,
               extra={"runs": RUNS, "posts": len(sheet.posts), "staff": len(sheet.people),
                      "bytes": len(sheet_pdf), "baseline_bytes": len(base_pdf)}),
        Figure("desk print duty-sheet: read + PDF (record)", median["end_to_end"], "ms",
               baseline=median["baseline"], baseline_name="the same one-page document"),
        Figure("duty sheet PDF against the same cells as a plain table (record)", median["sheet"], "ms",
               baseline=median["plain"],
               baseline_name="the sheet's cells as one plain reportlab table, same font and pages, median",
               extra={"plain_bytes": len(plain_pdf)}),
    ]
