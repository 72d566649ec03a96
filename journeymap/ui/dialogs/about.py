"""About JourneyMap."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def show_about(parent) -> None:
    from journeymap import __version__
    tr = lambda text: QCoreApplication.translate("About", text)  # noqa: E731
    QMessageBox.about(parent, tr("About JourneyMap"),
                      tr("<h3>JourneyMap {version}</h3><p>A workbench for customer-experience journey "
                         "mapping: map the journey, measure it, rank its pain points, plan the fixes.</p>"
                         "<p>Built with Qt for Python.</p>").format(version=__version__))
