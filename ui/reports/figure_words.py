"""A figure's name, unit, meaning and value in the desk's language, from the definitions
every statistic shares (``desk.reports.definitions``): the page's tiles and tooltips
say exactly what docs/STATISTICS.md and the monthly report say."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from desk.reports.definitions import definition, tooltip

RATES = ("rooms.utilisation", "rooms.no_show_rate", "requests.on_time_rate", "requests.satisfaction_rate")
HOURS = ("rooms.open_hours", "rooms.used_hours", "volunteers.hours", "requests.average_working_hours",
         "requests.average_calendar_hours")


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def label(key: str) -> str:
    d = definition(key)
    return d.label_zh if chinese() else d.label_en


def unit(key: str) -> str:
    d = definition(key)
    return d.unit_zh if chinese() else d.unit_en


def tip(key: str) -> str:
    return tooltip(key, chinese=chinese())


def value_text(key: str, value: float | None) -> str:
    """The number as a person reads it: rates in per cent, hours to one decimal, counts whole."""
    if value is None:
        return "—"
    if key in RATES:
        return f"{value * 100:.1f}%"
    if key in HOURS or key.endswith("per_open_day"):
        return f"{value:,.1f}"
    return f"{int(round(value)):,}"


def change_text(key: str, growth: float | None, delta: float | None) -> str:
    """环比/同比 as a person reads it: +12.5% for counts, +3.1 points for rates."""
    if key in RATES:
        return "—" if delta is None else f"{delta * 100:+.1f} pt"
    return "—" if growth is None else f"{growth * 100:+.1f}%"
