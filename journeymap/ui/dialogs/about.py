"""About JourneyMap: the version, and where the error log is (ui/crash.py writes it)."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def about_text() -> str:
    from journeymap import __version__
    from journeymap.ui.crash import log_path
    tr = lambda text: QCoreApplication.translate("About", text)  # noqa: E731
    return (tr("<h3>JourneyMap {version}</h3><p>A workbench for customer-experience journey "
               "mapping: map the journey, measure it, rank its pain points, plan the fixes.</p>"
               "<p>Built with Qt for Python.</p>").format(version=__version__)
            + tr("<p>Errors are written to:<br><code>{path}</code></p>").format(path=escape(str(log_path()))))


def show_about(parent) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About JourneyMap"), about_text())
