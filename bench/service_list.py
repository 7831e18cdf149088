"""The service list poster for 60 items against a reportlab document of the same text.

The gated figure is the poster made from a catalogue snapshot already read (60 items in
11 categories, each with its post's A/B names), A4: at most 3x the baseline, a document
of the same items' text set as plain Paragraphs (one per category heading, one per item
holding every field the poster prints) through the same ``build_pdf`` with the same
header, footer and embedded fonts. Beside it, for the record, is everything `desk print
services` does before writing the file: reading the snapshot, the center and its
settings from the store as well. Both are warmed once first, so font loading is in
neither; runs alternate so that a busy machine slows all alike.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from bench.stats import Figure

ITEMS = 60
RUNS = 21


def _catalogue_of_size(ctx) -> None:  # noqa: ANN001
    """Top the demo's 55 items up to 60, in its last category, under its posts."""
    from desk.services.items import ItemForm

    admin = ctx.accounts.sign_in("admin", "demo-admin-1")
    items = ctx.catalogue.items()
    last = items[-1]
    for number in range(len(items), ITEMS):
        form = ItemForm(code=f"BENCH-{number:02d}", category_id=last.category_id, name=f"基准服务事项{number:02d}",
                        eligibility="辖区居民、驻区单位职工及其家属", materials="身份证、户口簿、相关证明材料",
                        time_limit="3个工作日", post_id=last.post_id, place="一楼服务大厅3号窗口",
                        hours="工作日 08:30–17:30")
        ctx.catalogue.save_item(admin, form)


def _plain_paragraphs(snapshot, center, printed_at) -> bytes:  # noqa: ANN001
    """The poster's text as the plainest reportlab can set it, on the same house pages."""
    from desk.printing.document import DocumentHeader, build_pdf, house_styles, para
    from desk.printing.duty_sheet import chinese_date
    from desk.printing.wording import SERVICE_LIST

    styles = house_styles()
    story = [para(SERVICE_LIST["lead"], styles.body)]
    category = None
    for item in snapshot.items:
        if item.category != category:
            category = item.category
            story.append(para(category, styles.heading))
        fields = (item.name, item.eligibility, item.materials, item.time_limit, item.post,
                  item.holder, item.backup, item.place, item.hours, item.fee)
        story.append(para(" ".join(field for field in fields if field), styles.body))
    subtitle = SERVICE_LIST["subtitle"].format(version=snapshot.version, date=chinese_date(printed_at.date()))
    return build_pdf(story, header=DocumentHeader(center.name, SERVICE_LIST["title"], subtitle),
                     printed_at=printed_at)


def measure(folder: Path) -> list[Figure]:
    from desk.context import open_desk
    from desk.printing.service_list import build_service_list, center_facts, render_service_list

    ctx = open_desk(folder)
    try:
        _catalogue_of_size(ctx)
        snapshot = ctx.catalogue.catalogue_snapshot()
        center = center_facts(ctx)
        printed_at = ctx.clock.now()
        poster_pdf = render_service_list(snapshot, center, printed_at=printed_at)  # warm: fonts, statements
        base_pdf = _plain_paragraphs(snapshot, center, printed_at)
        build_service_list(ctx)
        runs = {"poster": lambda: render_service_list(snapshot, center, printed_at=printed_at),
                "end_to_end": lambda: build_service_list(ctx),
                "baseline": lambda: _plain_paragraphs(snapshot, center, printed_at)}
        timings: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(RUNS):
            for name, run in runs.items():
                started = time.perf_counter()
                run()
                timings[name].append((time.perf_counter() - started) * 1000)
    finally:
        ctx.close()
    median = {name: statistics.median(values) for name, values in timings.items()}
    return [
        Figure(f"service list PDF ({len(snapshot.items)} items), median", median["poster"], "ms",
               baseline=median["baseline"],
               baseline_name="the same items' text as plain Paragraphs, same build_pdf and fonts, median",
               max_ratio=3.0,
               extra={"runs": RUNS, "items": len(snapshot.items), "categories": len(snapshot.categories),
                      "bytes": len(poster_pdf), "baseline_bytes": len(base_pdf)}),
        Figure("desk print services: read + PDF (record)", median["end_to_end"], "ms",
               baseline=median["baseline"], baseline_name="the same plain-Paragraph document"),
    ]
