"""The dashboard's pages as HTML strings: server-rendered, no script, one small style sheet.

Every value that came from a desk or the city (a center's name, a room, an activity's
title) goes through ``html.escape``; the words are the city staff's (Chinese, with the
English name of each figure in small print). Figures carry ``data-figure`` attributes so
that a test (or a scraper) can find them without reading the layout.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from html import escape
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from hub.dashboard_queries import ActivityLine, CenterDetail, CenterFigures, Month

STALE_AFTER = timedelta(hours=24)
WEEKDAYS = "一二三四五六日"

STYLE = """
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 1.5rem; color: #222; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; } h2 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
nav a, nav span { margin-right: 1rem; } small { color: #666; font-weight: normal; }
table { border-collapse: collapse; margin-top: .6rem; }
th, td { border-bottom: 1px solid #ddd; padding: .35rem .7rem; text-align: right; }
th { background: #f3f3f3; vertical-align: bottom; } th small { display: block; }
td.text, th.text { text-align: left; } th a { color: inherit; }
tr.stale td { background: #fff4e5; } .flag { color: #b45309; font-weight: bold; }
.summary span { display: inline-block; margin: .2rem 1.2rem .2rem 0; }
.summary b { font-size: 1.2rem; }
"""

# Overview columns: (sort key, Chinese heading, English heading).
COLUMNS = (
    ("name", "党群服务中心", "Center"),
    ("last_sync", "最近同步", "Last sync"),
    # The desk's words (docs/STATISTICS.md): visits.daily "visits" is 来访登记 (check-ins),
    # "people" is 来访人次 (person-times, companions included).
    ("visits", "来访登记", "Visits"),
    ("people", "来访人次", "Person-times"),
    ("utilisation", "场地使用率", "Room utilisation"),
    ("activities", "开展活动", "Activities held"),
    ("volunteer_hours", "志愿服务时长", "Volunteer hours"),
    ("on_time", "服务定效达成率", "Requests on time"),
    ("parked", "待处理事件", "Parked events"),
)


def page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>")


def message(title: str, text: str) -> str:
    """A plain page for a refusal (bad month, unknown center, sign-in needed)."""
    return page(title, f"<h1>{escape(title)}</h1><p>{escape(text)}</p>"
                       f'<p><a href="/dashboard">返回看板 Back to the dashboard</a></p>')


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def hours(value: float) -> str:
    return f"{value:,.1f}"


def ago(moment: datetime | None, now: datetime) -> str:
    """How long ago, in the words a city official reads."""
    if moment is None:
        return "从未同步"
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return "刚刚"
    if seconds < 3600:
        return f"{seconds // 60} 分钟前"
    if seconds < 86400:
        return f"{seconds // 3600} 小时前"
    return f"{seconds // 86400} 天前"


def is_stale(figures: CenterFigures, now: datetime) -> bool:
    return figures.last_sync is None or now - figures.last_sync > STALE_AFTER


def _local(moment: datetime | None, zone: ZoneInfo) -> str:
    return "—" if moment is None else moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _cell(figure: str, text: str, *, css: str = "") -> str:
    extra = f' class="{css}"' if css else ""
    return f'<td data-figure="{figure}"{extra}>{escape(text)}</td>'


def _month_nav(month: Month, base: str, extra: dict[str, str]) -> str:
    def link(target: Month, words: str) -> str:
        return f'<a href="{escape(base)}?{escape(urlencode(dict(extra, month=target.label)))}">{words}</a>'

    return (f"<nav>{link(month.previous(), '‹ 上月')}<span>{month.year} 年 {month.month} 月</span>"
            f"{link(month.following(), '下月 ›')}</nav>")


def _sync_text(figures: CenterFigures, now: datetime, zone: ZoneInfo) -> str:
    """When the center last synced, how long ago, and the flag when that is over 24 hours."""
    flag = ' <span class="flag" data-figure="stale">超过 24 小时未同步</span>' if is_stale(figures, now) else ""
    when = "" if figures.last_sync is None else f"{_local(figures.last_sync, zone)} · "
    return f'{escape(when)}<span data-figure="ago">{escape(ago(figures.last_sync, now))}</span>{flag}'


def overview_page(rows: Iterable[CenterFigures], month: Month, sort: str, now: datetime, zone: ZoneInfo) -> str:
    rows = list(rows)
    stale = sum(1 for row in rows if is_stale(row, now))
    heads = []
    for key, chinese, english in COLUMNS:
        # A click sorts by the column; a second click on the sorted column reverses it.
        target = f"-{key}" if sort == key else key
        mark = " ▲" if sort == key else " ▼" if sort == f"-{key}" else ""
        query = urlencode({"month": month.label, "sort": target})
        css = ' class="text"' if key in ("name", "last_sync") else ""
        heads.append(f'<th{css}><a href="/dashboard?{escape(query)}">{chinese}{mark}</a><small>{english}</small></th>')
    body_rows = []
    for row in rows:
        link = f"/dashboard/center/{row.center_id}?{urlencode({'month': month.label})}"
        body_rows.append(
            f'<tr data-center-id="{escape(row.center_id)}"{" class=stale" if is_stale(row, now) else ""}>'
            f'<td class="text" data-figure="name"><a href="{escape(link)}">{escape(row.name)}</a></td>'
            f'<td class="text" data-figure="last_sync">{_sync_text(row, now, zone)}</td>'
            f"{_cell('visits', f'{row.visits:,}')}{_cell('people', f'{row.people:,}')}"
            f"{_cell('utilisation', percent(row.utilisation))}"
            f"{_cell('activities', str(row.activities))}{_cell('volunteer_hours', hours(row.volunteer_hours))}"
            f"{_cell('on_time', percent(row.on_time_rate))}{_cell('parked', str(row.parked))}</tr>")
    empty = '<tr><td class="text" colspan="8">还没有中心。No centers yet.</td></tr>'
    body = (f"<h1>党群服务中心运行看板 <small>City dashboard</small></h1>"
            f"{_month_nav(month, '/dashboard', {'sort': sort})}"
            f'<p class="summary"><span>中心 <b data-figure="centers">{len(rows)}</b></span>'
            f'<span>超过 24 小时未同步 <b data-figure="stale_centers">{stale}</b></span>'
            f"<span>更新于 {escape(_local(now, zone))}</span></p>"
            f"<table><thead><tr>{''.join(heads)}</tr></thead>"
            f"<tbody>{''.join(body_rows) or empty}</tbody></table>")
    return page(f"看板 {month.label}", body)


def _table(headings: tuple[tuple[str, str], ...], rows: list[str], empty: str, *, text_columns: int = 1) -> str:
    heads = "".join(f'<th{" class=text" if i < text_columns else ""}>{zh}<small>{en}</small></th>'
                    for i, (zh, en) in enumerate(headings))
    filler = f'<tr><td class="text" colspan="{len(headings)}">{escape(empty)}</td></tr>'
    return f"<table><thead><tr>{heads}</tr></thead><tbody>{''.join(rows) or filler}</tbody></table>"


def _activity_state(line: ActivityLine) -> str:
    return "已取消" if line.cancelled else "已开展" if line.held else "未开始"


def center_page(detail: CenterDetail, month: Month, now: datetime, zone: ZoneInfo) -> str:
    f = detail.figures
    summary = (
        f'<p class="summary"><span>来访登记 <b data-figure="visits">{f.visits:,}</b></span>'
        f'<span>来访人次 <b data-figure="people">{f.people:,}</b></span>'
        f'<span>场地使用率 <b data-figure="utilisation">{percent(f.utilisation)}</b></span>'
        f'<span>开展活动 <b data-figure="activities">{f.activities}</b></span>'
        f'<span>志愿服务 <b data-figure="volunteer_hours">{hours(f.volunteer_hours)}</b> 小时 / '
        f'<b data-figure="volunteer_lines">{f.volunteer_lines}</b> 人次</span>'
        f'<span>服务定效达成率 <b data-figure="on_time">{percent(f.on_time_rate)}</b></span>'
        f'<span>待处理事件 <b data-figure="parked">{f.parked}</b></span></p>')
    sync = f'<p data-figure="last_sync">最近同步 {_sync_text(f, now, zone)}</p>'
    days = [f'<tr data-day="{d.day.isoformat()}"><td class="text">{d.day.isoformat()} 周{WEEKDAYS[d.day.weekday()]}'
            f"</td>{_cell('visits', f'{d.visits:,}')}{_cell('people', f'{d.people:,}')}</tr>" for d in detail.days]
    rooms = [f'<tr><td class="text" data-figure="room">{escape(r.room)}</td>{_cell("open_hours", hours(r.open_hours))}'
             f"{_cell('used_hours', hours(r.used_hours))}{_cell('utilisation', percent(r.utilisation))}"
             f"{_cell('headcount', str(r.headcount))}{_cell('bookings', str(r.bookings))}"
             f"{_cell('no_shows', str(r.no_shows))}</tr>" for r in detail.rooms]
    activities = [f'<tr><td class="text">{escape(_local(a.starts_at, zone))}</td>'
                  f'<td class="text" data-figure="title">{escape(a.title)}</td><td class="text">{escape(a.place)}</td>'
                  f"{_cell('state', _activity_state(a))}{_cell('attended', str(a.attended))}</tr>"
                  for a in detail.activities]
    categories = [f'<tr><td class="text" data-figure="category">{escape(c.category)}</td>'
                  f"{_cell('accepted', str(c.accepted))}{_cell('resolved', str(c.resolved))}"
                  f"{_cell('on_time', str(c.on_time))}{_cell('rate', percent(c.on_time_rate))}</tr>"
                  for c in detail.categories]
    base = f"/dashboard/center/{f.center_id}"
    body = (f'<p><a href="/dashboard?{escape(urlencode({"month": month.label}))}">‹ 全部中心 All centers</a></p>'
            f'<h1 data-figure="center_name">{escape(f.name)}</h1>{sync}{_month_nav(month, base, {})}{summary}'
            f"<h2>每日来访 <small>Visits per day</small></h2>"
            + _table((("日期", "Day"), ("来访登记", "Visits"), ("来访人次", "Person-times")), days, "本月没有来访记录。")
            + "<h2>场地使用 <small>Room utilisation</small></h2>"
            + _table((("场地", "Room"), ("开放小时", "Open hours"), ("使用小时", "Used hours"),
                      ("使用率", "Utilisation"), ("人次", "Headcount"), ("预约", "Bookings"),
                      ("爽约", "No-shows")), rooms, "本月没有场地数据。")
            + "<h2>活动 <small>Activities</small></h2>"
            + _table((("时间", "Starts"), ("活动", "Activity"), ("地点", "Place"), ("状态", "State"),
                      ("参加人数", "Attended")), activities, "本月没有活动。", text_columns=3)
            + "<h2>服务事项 <small>Requests by category</small></h2>"
            + _table((("类别", "Category"), ("受理", "Accepted"), ("办结", "Resolved"), ("按时办结", "On time"),
                      ("达成率", "On-time rate")), categories, "本月没有服务事项。"))
    return page(f"{f.name} {month.label}", body)
