"""The impact weights: one slider per part (analysis.scoring.PARTS), their colours, the inline bar.

Dragging a slider emits ``weights_did_change`` at once (the table re-ranks live, nothing is
saved); releasing it pushes one ``SetProjectInfo({'rank_weights': ...})`` so the weights are
saved with the project and undoable. The panel follows the project: after an undo the sliders
move back. The weights are the project's, never the panel's: an empty ``rank_weights`` means
scoring.DEFAULT_WEIGHTS.

Beside each slider: the part's spread across the list (sd) and its influence on the order
(analysis.influence: w sd / sum w sd), with the dominant part named below; **Balance** sets the
weights so every part in use has the same influence (one undo step) and changes nothing else.
Reach × gap replaces reach and gap: raising it sets them to 0, raising either sets it to 0.
Below: how a stage's importance is computed (ProjectInfo.rank_importance_method) and the value
per customer that scores 0.5 (ProjectInfo.rank_value_reference; empty = the journey's revenue
per customer), each change one undo step.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDoubleValidator, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication, QComboBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QPushButton, QSlider,
    QStyledItemDelegate, QVBoxLayout, QWidget,
)

from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name
from journeymap.analysis.influence import about_equal, balanced_weights, dominant, influence
from journeymap.analysis.scoring import DEFAULT_WEIGHTS, PARTS, SOURCES
from journeymap.charts.theme import PALETTE
from journeymap.core import commands
from journeymap.core.project import Project
from journeymap.ui.flow_layout import flow_of

if TYPE_CHECKING:
    from journeymap.ui.session import Session

STEPS = 10          # slider units per 1.0 of weight
MAXIMUM = 3.0
PART_COLOURS = {part: QColor(PALETTE[i]) for i, part in enumerate(PARTS)}
PARTS_ROLE = Qt.ItemDataRole.UserRole + 1   # {part: weighted component} for the bar delegate
_METHODS = {"stage_shapley": QT_TRANSLATE_NOOP("Parts", "Stage-level Shapley"),
            "item_sum": QT_TRANSLATE_NOOP("Parts", "Sum of item weights")}
_EXCLUSIVE = {"reach_x_gap": ("reach", "gap"), "reach": ("reach_x_gap",), "gap": ("reach_x_gap",)}


_TITLES = {"reach": QT_TRANSLATE_NOOP("Parts", "Reach"), "gap": QT_TRANSLATE_NOOP("Parts", "Gap"),
           "reach_x_gap": QT_TRANSLATE_NOOP("Parts", "Reach × gap"),
           "importance": QT_TRANSLATE_NOOP("Parts", "Importance"),
           "value": QT_TRANSLATE_NOOP("Parts", "Value per customer"), "votes": QT_TRANSLATE_NOOP("Parts", "Votes"),
           "severity": QT_TRANSLATE_NOOP("Parts", "Severity")}


def part_title(part: str) -> str:
    """The part's name as a person reads it (translated)."""
    return QCoreApplication.translate("Parts", _TITLES.get(part, part))


def project_weights(project: Project) -> dict[str, float]:
    """The project's weights, every part present (defaults where the project says nothing)."""
    stored = project.info.rank_weights or {}
    base = dict(DEFAULT_WEIGHTS) if not stored else {p: 0.0 for p in PARTS}
    base.update({k: float(v) for k, v in stored.items() if k in PARTS})
    return base


class _Name(QLabel):
    """A part's name: on one line where there is room (a wrapping label asks for less, and the grid gave the
    room to the sliders), wrapped at its spaces in a 1024 px window."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.fontMetrics().horizontalAdvance(self.text()) + 2), hint.height())


class WeightsPanel(QWidget):
    weights_did_change = Signal(dict)   # live, while dragging and after undo

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.sliders: dict[str, QSlider] = {}
        self._values: dict[str, QLabel] = {}
        self.spreads: dict[str, QLabel] = {}   # "0.21 · 27%" beside each slider (the head says "sd · influence")
        self.table = None                      # the ScoringTable the spreads are measured on
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        # The head names the numbers once, over the slider's end: spanning three columns it never widens
        # the last one ("标准差 0.05 · 75%" on every row was cut by the panel's edge in Chinese at 1366 px).
        head = QLabel(self.tr("sd · influence"))
        head.setForegroundRole(QPalette.ColorRole.PlaceholderText)   # muted, light or dark
        grid.addWidget(head, 0, 2, 1, 3, Qt.AlignmentFlag.AlignRight)
        for row, part in enumerate(PARTS):
            self._add_row(grid, row + 1, part)
        self.reset_button = QPushButton(self.tr("Reset to equal weights"))
        self.reset_button.setToolTip(self.tr("Weight 1 on every basic part; reach × gap off"))
        self.reset_button.clicked.connect(self.reset)
        self.balance_button = QPushButton(self.tr("Balance"))
        self.balance_button.setToolTip(self.tr(
            "Set the weights so that every part in use has the same influence on the order "
            "(weight × spread equal); undoable"))
        self.balance_button.clicked.connect(self.balance)
        self.dominant = QLabel()
        self.dominant.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)   # muted, light or dark
        title = QLabel(self.tr("<b>Weights</b>"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.dominant)
        layout.addWidget(flow_of(self.balance_button, self.reset_button))   # one under the other when narrow
        layout.addLayout(self._settings())
        layout.addWidget(self.hint)
        layout.setContentsMargins(0, 0, 0, 0)
        self._show(project_weights(session.project))
        self._show_settings()
        session.project_did_change.connect(self._on_change)
        session.project_did_reset.connect(self._on_reset)

    def _settings(self) -> QFormLayout:
        self.method_box = QComboBox()
        for method, title in _METHODS.items():
            self.method_box.addItem(QCoreApplication.translate("Parts", title), method)
        self.method_box.setToolTip(self.tr(
            "Stage-level Shapley: a stage's survey items enter together as one player, so a stage asked about "
            "more does not get more importance. Sum of item weights: the items' relative weights added up."))
        self.method_box.currentIndexChanged.connect(self._on_method)
        self.value_edit = QLineEdit()
        self.value_edit.setValidator(QDoubleValidator(0.0, 1e12, 2, self.value_edit))
        self.value_edit.setPlaceholderText(self.tr("journey's revenue per customer"))
        self.value_edit.setToolTip(self.tr("The value per affected customer that scores 0.5; empty: the journey's "
                                           "revenue per customer (else the segments' value per customer)"))
        self.value_edit.editingFinished.connect(self._on_value)
        self.method_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.method_box.setMinimumContentsLength(12)   # its longest method held the panel 350 px wide
        form = QFormLayout()
        form.addRow(self.tr("Stage importance"), self.method_box)
        form.addRow(self.tr("Value reference"), self.value_edit)
        return form

    def _on_method(self, _index: int) -> None:
        method = self.method_box.currentData()
        if method != (self.session.project.info.rank_importance_method or "stage_shapley"):
            self.session.push(commands.SetProjectInfo({"rank_importance_method": method},
                                                      label="Change stage importance method"))

    def _on_value(self) -> None:
        text = self.value_edit.text().strip().replace(",", "")
        value = float(text) if text else None
        if value is not None and value <= 0:
            self.hint.setText(self.tr("The value reference must be above 0 (or empty for the default)."))
            self._show_settings()
            return
        if value != self.session.project.info.rank_value_reference:
            self.session.push(commands.SetProjectInfo({"rank_value_reference": value},
                                                      label="Change value reference"))

    def _show_settings(self) -> None:
        info = self.session.project.info
        self.method_box.blockSignals(True)
        self.method_box.setCurrentIndex(max(0, self.method_box.findData(info.rank_importance_method)))
        self.method_box.blockSignals(False)
        ref = info.rank_value_reference
        self.value_edit.setText("" if ref is None else f"{ref:g}")

    def _add_row(self, grid: QGridLayout, row: int, part: str) -> None:
        swatch = QLabel()
        swatch.setFixedSize(12, 12)
        swatch.setStyleSheet(f"background: {PART_COLOURS[part].name()}; border-radius: 2px;")
        name = _Name(part_title(part))
        # "Value per customer" on two lines in a narrow panel, never narrower than its longest word: Chinese,
        # with no spaces, would otherwise break after every character into a column one character wide
        name.setWordWrap(True)
        name.setMinimumWidth(max(name.fontMetrics().horizontalAdvance(w) for w in part_title(part).split()))
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, int(MAXIMUM * STEPS))
        slider.setPageStep(STEPS // 2)
        slider.setMinimumWidth(48)
        slider.setAccessibleName(part_title(part))
        name.setToolTip(self.tr("from the data") if SOURCES[part] == "data" else self.tr("the room's judgment"))
        value = QLabel()
        value.setMinimumWidth(28)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        spread = QLabel()
        spread.setMinimumWidth(spread.fontMetrics().horizontalAdvance("0.00 · 100%") + 2)   # no jump as they change
        spread.setForegroundRole(QPalette.ColorRole.PlaceholderText)   # muted, light or dark
        slider.valueChanged.connect(lambda v, p=part: self._on_moved(p, v))
        slider.sliderReleased.connect(self.commit)
        for col, widget in enumerate((swatch, name, slider, value, spread)):
            grid.addWidget(widget, row, col)
        self.sliders[part], self._values[part], self.spreads[part] = slider, value, spread

    # -- reading -----------------------------------------------------------------
    def weights(self) -> dict[str, float]:
        return {p: s.value() / STEPS for p, s in self.sliders.items()}

    # -- user actions ------------------------------------------------------------
    def commit(self) -> None:
        """Save the weights shown as one undo step (on release, or a keyboard step)."""
        weights = self.weights()
        if weights == project_weights(self.session.project):
            return
        self.session.push(commands.SetProjectInfo({"rank_weights": weights}, label="Change impact weights"))

    def balance(self) -> None:
        """Weights for equal influence of the parts in use (rounded to the slider's steps); one undo step."""
        if self.table is None or not len(self.table):
            self.hint.setText(self.tr("Nothing to balance: no pain points are ranked."))
            return
        target = balanced_weights(self.table, self.weights(), top=MAXIMUM)
        steps = {p: (max(1, round(w * STEPS)) if w > 0 else 0) / STEPS for p, w in target.items()}
        if steps == project_weights(self.session.project):
            self.hint.setText(self.tr("The parts already have equal influence."))
            return
        self.session.push(commands.SetProjectInfo({"rank_weights": steps}, label="Balance impact weights"))

    def set_table(self, table) -> None:
        """Measure the spreads on this ScoringTable (the view hands it over after each re-rank)."""
        self.table = table
        self._show_influence()

    def _show_influence(self) -> None:
        if self.table is None:
            return
        items = influence(self.table, self.weights())
        for item in items:
            spread = "–" if item.spread is None else f"{item.spread:.2f}"
            self.spreads[item.part].setText(f"{spread} · {item.share:.0%}" if item.weight else spread)
            self.spreads[item.part].setToolTip(self.tr(
                "Spread: the standard deviation of this part across the pain points. Influence: weight × "
                "spread as a share of all parts' — how much of the order this part decides."))
        top = dominant(items)
        used = [i.share for i in items if i.weight and i.spread]
        if top is not None and about_equal(items):
            self.dominant.setText(self.tr("The parts in use have about equal influence ({0:.0%}–{1:.0%} each)."
                                          ).format(min(used), max(used)))
        else:
            self.dominant.setText("" if top is None else self.tr("<b>{0}</b> decides most of the order ({1:.0%})."
                                                                 ).format(part_title(top.part), top.share))

    def reset(self) -> None:
        if project_weights(self.session.project) != dict(DEFAULT_WEIGHTS):
            self.session.push(commands.SetProjectInfo({"rank_weights": {}}, label="Reset impact weights"))

    # -- following the slider and the project ------------------------------------
    def _on_moved(self, part: str, value: int) -> None:
        if not any(s.value() for s in self.sliders.values()):
            self.sliders[part].setValue(1)      # at least one part must count
            self.hint.setText(self.tr("At least one part needs a weight above 0."))
            return
        self.hint.setText("")
        if value:
            for other in _EXCLUSIVE.get(part, ()):     # reach x gap replaces reach and gap
                if self.sliders[other].value():
                    self.sliders[other].blockSignals(True)
                    self.sliders[other].setValue(0)
                    self.sliders[other].blockSignals(False)
                    self._values[other].setText("0.0")
        self._values[part].setText(f"{value / STEPS:.1f}")
        self._show_influence()
        self.weights_did_change.emit(self.weights())
        if not self.sliders[part].isSliderDown():   # keyboard, wheel, click on the groove
            self.commit()

    def _show(self, weights: dict[str, float]) -> None:
        for part, slider in self.sliders.items():
            slider.blockSignals(True)
            slider.setValue(round(min(weights.get(part, 0.0), MAXIMUM) * STEPS))
            slider.blockSignals(False)
            self._values[part].setText(f"{slider.value() / STEPS:.1f}")
        self._show_influence()

    def _on_change(self, changes) -> None:
        fields = changes.fields("info")
        if "rank_weights" in fields:
            self._on_reset()
        if {"rank_importance_method", "rank_value_reference"} & fields:
            self._show_settings()

    def _on_reset(self) -> None:
        self._show_settings()
        weights = project_weights(self.session.project)
        if weights != self.weights():
            self._show(weights)
        self.weights_did_change.emit(self.weights())


class PartsBarDelegate(QStyledItemDelegate):
    """Paints a row's weighted parts as stacked segments on a 0..1 scale (the score's length)."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        parts = index.data(PARTS_ROLE) or {}
        rect = QRectF(option.rect).adjusted(4, 5, -4, -5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
        painter.fillRect(rect, QColor("#3A3D42" if dark else "#EEF0F2"))   # the empty track, per theme
        x = rect.left()
        for part in PARTS:
            share = parts.get(part)
            if not share:
                continue
            width = rect.width() * min(max(share, 0.0), 1.0)
            painter.fillRect(QRectF(x, rect.top(), width, rect.height()), PART_COLOURS[part])
            x += width
        painter.restore()

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        hint.setWidth(max(hint.width(), 140))
        return hint
