"""The simple bar charts of the monthly report, drawn with reportlab.graphics.

Every label is set in DeskSans (the chart default, Helvetica, would be a font the PDF
does not embed). The numbers behind each chart are in the table printed next to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from desk.printing.fonts import SANS, register_fonts

BAR = colors.HexColor("#5B7DB1")
LATE = colors.HexColor("#C0504D")
AXIS_SIZE = 7
LABEL_SIZE = 8


def _steps(top: float) -> float:
    """A round value-axis step giving about five lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000):
        if top / step <= 6:
            return step
    return 10 ** len(str(int(top)))


def _style_axes(chart: VerticalBarChart | HorizontalBarChart, top: float) -> None:
    chart.valueAxis.valueMin = 0
    step = _steps(max(top, 1))
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = max(step, ((max(top, 1) + step - 1) // step) * step)
    for labels in (chart.valueAxis.labels, chart.categoryAxis.labels):
        labels.fontName = SANS
        labels.fontSize = AXIS_SIZE
    chart.valueAxis.labelTextFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = AXIS_SIZE


def _drawing(width: float, height: float) -> Drawing:
    register_fonts()
    drawing = Drawing(width, height)
    # The renderer starts each drawing in its initial font; left alone that is Helvetica,
    # which would go into the PDF as a font it does not embed.
    drawing.initialFontName = SANS
    drawing.initialFontSize = AXIS_SIZE
    return drawing


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(width / 2, height - LABEL_SIZE - 1, text, fontName=SANS, fontSize=LABEL_SIZE + 1,
                       textAnchor="middle"))


def column_chart(title: str, labels: Sequence[str], values: Sequence[int], *, width: float,
                 height: float = 55 * mm, value_labels: bool = False) -> Drawing:
    """Upright bars, one per label (days of the month, hours of the day)."""
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 10 * mm, 9 * mm
    chart.width, chart.height = width - 14 * mm, height - 20 * mm
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barSpacing = 0.5
    _style_axes(chart, max(values, default=0))
    if value_labels:
        chart.barLabelFormat = "%d"
        chart.barLabels.nudge = 5
    drawing.add(chart)
    _title(drawing, title, width, height)
    return drawing


def bar_chart(title: str, labels: Sequence[str], values: Sequence[int], *, width: float,
              colours: Sequence[colors.Color | None] = ()) -> Drawing:
    """Horizontal bars with their values (purposes, on time against late); ``colours``
    gives a bar its own colour (None: the usual one)."""
    row = 7 * mm
    height = len(labels) * row + 22 * mm
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 28 * mm, 9 * mm
    chart.width, chart.height = width - 40 * mm, len(labels) * row
    # reportlab draws the first category at the bottom; the first label belongs on top.
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    for index, colour in enumerate(reversed(colours)):
        if colour is not None:
            chart.bars[(0, index)].fillColor = colour
    _style_axes(chart, max(values, default=0))
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 8
    drawing.add(chart)
    _title(drawing, title, width, height)
    return drawing
