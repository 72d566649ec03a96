"""File > Export…: the deck, workbook, report and chart images, with a preview of each chart.

The dialog only gathers choices and shows progress (architecture rule 7); the work is
journeymap.export (headless) on a worker thread: first the data (export.bundle.gather), then
the files (export.run.export), which appear in the folder only when all are complete. Cancel
stops at the next step and leaves nothing behind. The map picture is drawn here, on the UI
thread, by the canvas (``map_png``), before the worker starts.

Before it starts, files of the same names already in the folder (another project whose journey has
the same name, or an earlier export) are named in one question, Replace / Cancel; files of an
earlier export that this one does not rewrite are named there too and left as they are (never
deleted: they may be another project's).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog, QFileDialog, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from journeymap.charts import catalogue
from journeymap.i18n import gettext
from journeymap.export.images import browser
from journeymap.export.run import FORMATS, Cancelled, Request, earlier_files, existing_files, export
from journeymap.ui.workers import Runner, snapshot

if TYPE_CHECKING:
    from journeymap.ui.session import Session
    from journeymap.ui.chart_view import ChartView

LANGS = (("en", "English"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"))
SHOWN = 12          # file names listed in the question; the rest under "Show Details..."


def _gather(path, project, journey_id):
    from journeymap.export.bundle import gather
    return gather(path, project, journey_id=journey_id)


def _export(bundle, request, map_png, progress, stop):
    try:
        return export(bundle, request, map_png=map_png, progress=progress, cancelled=stop.is_set)
    except Cancelled:
        return None


class _Progress(QObject):
    """Lives on the UI thread; the worker's progress calls arrive here queued."""
    step = Signal(int, int, str)


class ExportDialog(QDialog):
    export_did_finish = Signal(object)     # the export.run.Result, or None when cancelled

    def __init__(self, session: Session, parent=None, *, map_png=None):
        super().__init__(parent)
        self.session, self.map_png = session, map_png
        self.setWindowTitle(self.tr("Export"))
        self.bundle: dict | None = None
        self.preview: ChartView | None = None   # made with the first preview
        self.replace_question: QMessageBox | None = None   # open while asking before replacing files
        self._stop = threading.Event()
        self.data_runner, self.runner = Runner(self), Runner(self)
        self.progress_relay = _Progress(self)
        self._build()
        self.data_runner.job_did_finish.connect(self._on_bundle)
        self.data_runner.job_did_fail.connect(lambda msg: self._say(self.tr("The data could not be read: {0}").format(msg)))
        self.runner.job_did_finish.connect(self._on_done)
        self.runner.job_did_fail.connect(self._on_failed)
        self.progress_relay.step.connect(self._on_step)
        self.load()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        grid = QGridLayout()
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        grid.addWidget(QLabel(self.tr("Folder")), 0, 0)
        grid.addWidget(self.folder, 0, 1)
        grid.addWidget(browse, 0, 2)
        self.format_boxes = {f: QCheckBox(f.upper()) for f in FORMATS}
        row = QHBoxLayout()
        for box in self.format_boxes.values():
            box.setChecked(True)
            row.addWidget(box)
        grid.addWidget(QLabel(self.tr("Formats")), 1, 0)
        grid.addLayout(row, 1, 1, 1, 2)
        self.template = QLineEdit()
        self.template.setPlaceholderText(self.tr("built-in 16:9 template"))
        pick = QPushButton(self.tr("Template…"))
        pick.clicked.connect(self._pick_template)
        grid.addWidget(QLabel(self.tr("Deck template")), 2, 0)
        grid.addWidget(self.template, 2, 1)
        grid.addWidget(pick, 2, 2)
        self.lang = QComboBox()
        for code, name in LANGS:
            self.lang.addItem(name, code)
        from journeymap import i18n
        self.lang.setCurrentIndex(max(self.lang.findData(i18n.language()), 0))   # the app's language first
        grid.addWidget(QLabel(self.tr("Language")), 3, 0)
        grid.addWidget(self.lang, 3, 1)
        self.charts = QListWidget()
        self.charts.setMinimumWidth(330)
        self.charts.setMaximumWidth(380)
        self.charts.currentItemChanged.connect(self._show_preview)
        self.preview_holder = QWidget()
        self._preview_layout = QVBoxLayout(self.preview_holder)
        self.preview_holder.setMinimumSize(640, 360)
        self.copy_button = QPushButton(self.tr("Copy image"))
        self.copy_button.setToolTip(self.tr("Copy the chart shown to the clipboard as an image"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_image)
        middle = QHBoxLayout()
        middle.addWidget(self.charts)
        right = QVBoxLayout()
        right.addWidget(self.preview_holder, 1)
        right.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignRight)
        middle.addLayout(right, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.bar, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(1100, 720)

    # -- load / save ------------------------------------------------------------------------
    def load(self) -> None:
        path = self.session.path
        self.folder.setText(str(Path(path).parent / "export") if path else str(Path.home() / "JourneyMap export"))
        if browser() is None:
            self._say(self.tr("No Chromium found: PNG, SVG and PDF images need one (Debian/Ubuntu: "
                              "apt-get install chromium). The deck, workbook and report export without it."))
        if not path:
            self._say(self.tr("Save the project first: the export reads the survey's answers from the saved file."))
            return
        if self.session.journey_id is None:
            self._say(self.tr("This project has no journey to export."))
            return
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.data_runner.start(_gather, path, snapshot(self.session.project), self.session.journey_id)

    def request(self) -> Request:
        charts = [self.charts.item(k).data(Qt.ItemDataRole.UserRole) for k in range(self.charts.count())
                  if self.charts.item(k).checkState() == Qt.CheckState.Checked]
        return Request(Path(self.folder.text()).expanduser(),
                       tuple(f for f, box in self.format_boxes.items() if box.isChecked()), charts,
                       Path(self.template.text()) if self.template.text().strip() else None,
                       self.lang.currentData())

    # -- working ----------------------------------------------------------------------------
    def _on_bundle(self, bundle: dict) -> None:
        self.bundle = bundle
        self.bar.setVisible(False)
        ok, skipped = catalogue.available(bundle)
        for chart in catalogue.CHARTS:
            item = QListWidgetItem(gettext(chart.title))   # a Qt-free title: the catalogue translates it
            item.setData(Qt.ItemDataRole.UserRole, chart.name)
            if chart.name in skipped:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(skipped[chart.name])
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            self.charts.addItem(item)
        self.export_button.setEnabled(True)
        if ok:
            self.charts.setCurrentRow(catalogue.CHARTS.index(ok[0]))

    def start(self) -> None:
        request = self.request()
        if not request.formats:
            self._say(self.tr("Choose at least one format."))
            return
        if request.template is not None and not request.template.is_file():
            self._say(self.tr("The template {0} does not exist.").format(request.template))
            return
        assert self.bundle is not None     # the Export button is enabled once the data is read
        replaced, earlier = existing_files(self.bundle, request), earlier_files(self.bundle, request)
        if replaced or earlier:
            self._ask_before_replacing(request, replaced, earlier)
            return
        self._begin(request)

    def _begin(self, request: Request) -> None:
        map_png = self.map_png() if self.map_png is not None and "pptx" in request.formats else None
        self._stop.clear()
        self.export_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.bar.setVisible(True)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self._say(self.tr("Exporting…"))
        self.runner.start(_export, self.bundle, request, map_png, self.progress_relay.step.emit, self._stop)

    def _ask_before_replacing(self, request: Request, replaced: list[Path], earlier: list[Path]) -> None:
        """One question, not blocking (window-modal): Replace starts the export, Cancel changes nothing."""
        folder = str(request.out)
        parts = []
        if replaced:
            parts.append((self.tr("1 file already in {0} would be replaced:") if len(replaced) == 1 else
                          self.tr("{1} files already in {0} would be replaced:")).format(folder, len(replaced))
                         + "\n" + self._names(replaced))
        if earlier:
            parts.append((self.tr("1 file there is from an earlier export of a journey with this name, and this "
                                  "export does not write it: it is left as it is and is not part of this export:")
                          if len(earlier) == 1 else
                          self.tr("{0} files there are from an earlier export of a journey with this name, and this "
                                  "export does not write them: they are left as they are and are not part of "
                                  "this export:").format(len(earlier)))
                         + "\n" + self._names(earlier))
        if replaced:
            parts.append(self.tr("Replace them?") if len(replaced) > 1 else self.tr("Replace it?"))
            go = self.tr("Replace")
        else:
            parts.insert(0, self.tr("Nothing in {0} would be replaced.").format(folder))
            parts.append(self.tr("Export beside them?") if len(earlier) > 1 else self.tr("Export beside it?"))
            go = self.tr("Export")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Files already in the folder"), "\n\n".join(parts),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("replace_question")
        if max(len(replaced), len(earlier)) > SHOWN:      # a list was cut short: every name here
            box.setDetailedText("\n".join(p.name for p in replaced + earlier))
        box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)           # Enter does not replace someone's files by accident
        box.setEscapeButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _code: self._answered(box, request))
        self.replace_question = box
        box.open()

    def _answered(self, box: QMessageBox, request: Request) -> None:
        self.replace_question = None
        box.deleteLater()
        if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole:
            self._begin(request)
        else:
            self._say(self.tr("Nothing was exported; the files in {0} are as they were.").format(request.out))

    def _names(self, paths: list[Path]) -> str:
        names = ["  " + p.name for p in paths[:SHOWN]]
        if len(paths) > SHOWN:
            names.append("  " + self.tr("… and {0} more").format(len(paths) - SHOWN))
        return "\n".join(names)

    def cancel(self) -> None:
        """Stop at the next step; the worker removes what it wrote (nothing reaches the folder)."""
        self._stop.set()
        self._say(self.tr("Cancelling…"))

    def _cancel_or_close(self) -> None:
        if self.runner.busy:
            self.cancel()
        else:
            self.reject()

    def _on_step(self, done: int, total: int, what: str) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.bar.setFormat(f"{self._step_text(what)} (%v/%m)")

    def _step_text(self, what: str) -> str:
        """A step of export.run in words: 'image:pareto' -> 'Drawing Pareto of reasons'."""
        if what.startswith("image:"):
            name = what.split(":", 1)[1]
            title = next((c.title for c in catalogue.CHARTS if c.name == name), name)
            return self.tr("Drawing {0}").format(gettext(title))
        return {"figures": self.tr("Making the charts"), "pptx": self.tr("Writing the deck"),
                "xlsx": self.tr("Writing the workbook"), "html": self.tr("Writing the HTML report"),
                "done": self.tr("Done")}.get(what, what)

    def _on_done(self, result) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.bar.setVisible(False)
        if result is None:
            self._say(self.tr("Cancelled: nothing was written."))
        else:
            lines = [self.tr("Wrote {0} files to {1}.").format(len(result.files), self.request().out)]
            lines += result.messages + [self.tr("Left out: {0} ({1})").format(k, v) for k, v in result.skipped.items()]
            self._say("\n".join(lines))
        self.export_did_finish.emit(result)

    def _on_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.bar.setVisible(False)
        self._say(self.tr("The export failed, nothing was written: {0}").format(message))

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # -- preview and clipboard --------------------------------------------------------------
    def _show_preview(self, item, _previous=None) -> None:
        if item is None or self.bundle is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        if self.preview is None:
            from journeymap.ui.chart_view import ChartView
            self.preview = ChartView(self.preview_holder)
            self.preview.chart_drawn.connect(lambda: self.copy_button.setEnabled(True))
            self._preview_layout.addWidget(self.preview)
            self.preview.installEventFilter(self)   # refit whenever the preview itself is resized
        self._fit_preview()
        self.copy_button.setEnabled(False)
        chart = catalogue.by_name(item.data(Qt.ItemDataRole.UserRole))
        self.preview.show_figure(chart.draw(self.bundle, self.lang.currentData()))

    def _fit_preview(self) -> None:
        """The slide as it will look, scaled: the page is zoomed so that it is 1600 CSS px wide (the
        figure's own width), instead of reflowing slide-sized type into a small panel."""
        if self.preview is not None and self.preview.width() > 0:
            from journeymap.charts.theme import WIDTH
            self.preview.setZoomFactor(max(0.25, self.preview.width() / WIDTH))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.preview and event.type() == QEvent.Type.Resize:
            self._fit_preview()
        return super().eventFilter(watched, event)

    def copy_image(self) -> None:
        """The chart shown, as an image on the clipboard (paste it into a slide or an e-mail)."""
        if self.preview is not None:
            QApplication.clipboard().setImage(self.preview.grab().toImage())
            self._say(self.tr("Copied the chart to the clipboard."))

    def closeEvent(self, event) -> None:
        self._stop.set()
        self.runner.wait()
        self.data_runner.wait()
        super().closeEvent(event)

    def done(self, code: int) -> None:
        self._stop.set()
        self.runner.wait()
        self.data_runner.wait()
        super().done(code)

    # -- pickers ----------------------------------------------------------------------------
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _pick_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("PowerPoint template"), "",
                                              self.tr("PowerPoint templates (*.pptx *.potx)"))
        if path:
            self.template.setText(path)
