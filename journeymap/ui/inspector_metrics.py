"""The stage inspector's metrics: per metric its value, its n and a sparkline across periods.

Follows the session's filter: the values of ``session.segment`` ("" = all), the value of
``session.period`` (None = each metric's latest period). The sparkline always shows every
period of that segment.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from journeymap.ui.sparkline import Sparkline
from journeymap.core.project import Project

if TYPE_CHECKING:
    from journeymap.ui.session import Session


class MetricRow:
    """One metric's widgets in the grid; ``text()`` and ``toolTip()`` summarise it."""

    def __init__(self, metric, name: QLabel, value: QLabel, n: QLabel, sparkline: Sparkline):
        self.metric = metric
        self.name, self.value, self.n, self.sparkline = name, value, n, sparkline
        self.summary = ""

    def widgets(self) -> tuple:
        return self.name, self.value, self.n, self.sparkline

    def text(self) -> str:
        return self.summary

    def toolTip(self) -> str:
        return self.name.toolTip()


class MetricsTable(QWidget):
    """A grid, per metric of the stage: its name, then value unit | n = … | sparkline."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.stage_id: str | None = None
        self.rows: list[MetricRow] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(2, 0, 2, 0)
        self.grid.setHorizontalSpacing(4)   # a 200 px dock holds value | n | sparkline (tests/ui/test_inspector_fits)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnMinimumWidth(1, 40)

    # a list-like face: the number of rows and each row's summary
    def count(self) -> int:
        return len(self.rows)

    def item(self, row: int) -> MetricRow:
        return self.rows[row]

    def show_stage(self, stage_id: str | None) -> None:
        self.stage_id = stage_id
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.hide()                  # gone now, not at the next event loop turn
                widget.setParent(None)
                widget.deleteLater()
        self.rows = []
        if self.stage_id is None:
            return
        for i, (metric, series) in enumerate(stage_series(self.session.project, self.stage_id,
                                                          self.session.segment)):
            self._add_row(i, metric, series)

    def _add_row(self, i: int, metric, series: list) -> None:
        period = self.session.period
        if period is None:
            shown = series[-1]
        else:
            shown = next((v for v in series if v.period == period), None)
        value_text = (f"{number(shown.value)}{unit_suffix(metric.unit)}"
                      if shown is not None and shown.value is not None else "-")
        n_text = self.tr("n = {n}").format(n=count(shown.n) if shown is not None else "-")
        name = QLabel(metric.name)
        name.setWordWrap(True)
        name.setContentsMargins(0, 4 if i else 0, 0, 0)
        value = QLabel(value_text)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setWordWrap(True)   # "45,245 customers" on two lines in a narrow dock, not cut off
        bold = QFont(value.font())
        bold.setBold(True)
        value.setFont(bold)   # not a style sheet: it would keep the old palette when the theme switches
        n = QLabel(n_text)
        n.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        n.setWordWrap(True)
        spark = Sparkline()
        spark.setMinimumWidth(32)   # shrinks in a narrow dock rather than pushing the form sideways
        spark.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        points = [(v.period, v.value) for v in series if v.value is not None]
        marked = next((j for j, (p, _) in enumerate(points) if p == period), None)
        spark.set_data(points, target=metric.target, better=metric.better, marked=marked)
        row = MetricRow(metric, name, value, n, spark)
        row.summary = f"{metric.name}:  {value_text}" if value_text != "-" else f"{metric.name}:  -"
        tip = self._tooltip(metric, series)
        for widget in row.widgets():
            widget.setToolTip(tip)
        self.grid.addWidget(name, 2 * i, 0, 1, 3)       # the name above, the numbers below:
        self.grid.addWidget(value, 2 * i + 1, 0)        # a narrow dock has no room for both
        self.grid.addWidget(n, 2 * i + 1, 1)
        self.grid.addWidget(spark, 2 * i + 1, 2)
        name.setAccessibleName(row.summary)
        self.rows.append(row)

    def _tooltip(self, metric, series: list) -> str:
        lines = [metric.name]
        if metric.target is not None:
            lines.append(self.tr("target {target} ({better} is better)").format(
                target=number(metric.target),
                better=self.tr("higher") if metric.better != "lower" else self.tr("lower")))
        for v in series:
            lines.append(self.tr("{period}: {value} (n = {n})").format(
                period=v.period or self.tr("all periods"), value=number(v.value), n=count(v.n)))
        return "\n".join(lines)


def stage_series(project: Project, stage_id: str, segment: str = "") -> list:
    """(metric, [MetricValue in period order]) for each metric with values on the stage."""
    from journeymap.analysis.everyone import with_totals
    series: dict[str, list] = {}
    # all customers: a period stored only per segment shows its derived total (analysis.everyone)
    values = project.where("metric_values", stage=stage_id, segment=segment) if segment else with_totals(project)
    for value in values:
        if value.stage == stage_id and value.segment == (segment or ""):
            series.setdefault(value.metric, []).append(value)
    out = []
    for metric_id, values in series.items():
        metric = project.find("metrics", metric_id)
        if metric is not None:
            out.append((metric, sorted(values, key=lambda v: v.period)))
    return out


def number(value) -> str:
    if value is None:
        return "-"
    size = abs(value)
    return f"{value:,.0f}" if size >= 1000 else f"{value:.1f}" if size >= 10 else f"{value:.2f}"


def unit_suffix(unit: str) -> str:
    """' s', '%', or for a scale unit like '1-7' ' (1-7)': 3.79 (1-7) reads as a score on that scale."""
    unit = (unit or "").strip()
    if not unit:
        return ""
    if unit == "%":
        return "%"
    if re.fullmatch(r"-?\d+(\.\d+)?\s*[-–]\s*\d+(\.\d+)?", unit):
        return f" ({unit})"
    return f" {unit}"


def count(n) -> str:
    """An n: whole numbers with thousands separators, '-' when unknown."""
    if n is None:
        return "-"
    return f"{n:,.0f}" if float(n).is_integer() else number(n)
