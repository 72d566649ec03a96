"""The only place a QApplication is made: translators, palette, high-DPI, icon."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import (QCoreApplication, QLibraryInfo, QLocale, QMessageLogContext, QtMsgType, QTranslator,
                            Qt, qInstallMessageHandler)
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory

from journeymap import resource_path

RESOURCES = resource_path()
TRANSLATIONS = RESOURCES / "translations"
APP_ICON = RESOURCES / "icons" / "app.svg"
LANGUAGES = ("en", "zh_CN", "zh_TW")
# A sans face for Latin text, then CJK faces so Chinese never draws as boxes.
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK TC", "Liberation Sans"]
_CJK_FIRST = {"zh_CN": "Noto Sans CJK SC", "zh_TW": "Noto Sans CJK TC"}


def use_offscreen_without_display() -> None:
    """Headless commands (screenshot, export) draw offscreen when there is no display."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                  or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def create_app(argv: list[str] | None = None, *, lang: str | None = None) -> QApplication:
    """The application, set up once; ``lang`` None takes the language from the settings."""
    from journeymap.ui import crash, pyside_fix
    pyside_fix.apply()  # PySide6 6.12.0 drains None's refcount: guard before anything draws
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium (QtWebEngine) refuses to start as root with its sandbox on.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    # QtWebEngine's Chromium logs its own environment (no D-Bus, no GPU) at ERROR level on every start:
    # only its fatal messages, so a real warning of ours is not lost among them.
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--log-level=3")
    qInstallMessageHandler(_qt_message)
    existing = QApplication.instance()
    if existing is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    elif isinstance(existing, QApplication):
        app = existing
    else:
        raise RuntimeError("a QCoreApplication without widgets is running; JourneyMap needs a QApplication")
    app.setOrganizationName("JourneyMap")
    app.setApplicationName("JourneyMap")
    app.setApplicationDisplayName("JourneyMap")
    crash.install()   # after the names: the log goes in this application's data folder
    from journeymap.ui import gc_main_thread
    gc_main_thread.install(app)   # cycles collected on the GUI thread only (a worker's collection crashed)
    app.setStyle(QStyleFactory.create("Fusion"))
    if APP_ICON.exists():
        app.setWindowIcon(QIcon(str(APP_ICON)))
    from journeymap.ui import palette, settings
    lang = lang or settings.get("ui/language")
    set_font(app, lang)
    install_translators(app, lang)
    palette.apply_palette(app, dark=settings.get("ui/theme") == "dark")
    return app


# Qt messages that only describe the machine: what the offscreen platform (screenshot, export) cannot do,
# and QtWebEngine falling back to software drawing without a GPU. Not faults of ours, and said on every run.
_PLATFORM_NOTES = ("This plugin does not support propagateSizeHints()",
                   "This plugin does not support raise()", "This plugin does not support grabbing the keyboard",
                   "GPUInfo not initialized on GpuInfoUpdate", "Sandboxing disabled by user.",
                   "QRhiGles2: Failed to create temporary context", "QRhiGles2: Failed to create context",
                   "Failed to create RHI for backend: OpenGL", "This plugin does not support createPlatformVulkanInstance",
                   "QVulkanInstance: Failed to initialize Vulkan",
                   "GLX: No DRI3 Extension.")   # an X server without DRI3 (Xvfb, some remote desktops)
_PLATFORM_PREFIXES = ("GBM is not supported with the current configuration",)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own messages, minus the platform notes above; the rest go to stderr as Qt would."""
    if message in _PLATFORM_NOTES or message.startswith(_PLATFORM_PREFIXES):
        return
    names = {QtMsgType.QtDebugMsg: "Debug", QtMsgType.QtInfoMsg: "Info", QtMsgType.QtWarningMsg: "Warning",
             QtMsgType.QtCriticalMsg: "Critical", QtMsgType.QtFatalMsg: "Fatal"}
    sys.stderr.write(f"Qt {names.get(kind, 'Message')}: {message}\n")


def set_font(app: QApplication, lang: str) -> None:
    font = QFont(app.font())
    families = list(FONT_FAMILIES)
    if lang in _CJK_FIRST:
        families.insert(1, _CJK_FIRST[lang])
    font.setFamilies(families)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)


_translators: list[QTranslator] = []   # ours on the running application, replaced on a change of language


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our .qm and Qt's own for ``lang``; missing files leave the source text (identity)."""
    for old in _translators:
        app.removeTranslator(old)
    installed = []
    if lang and lang != "en":
        QLocale.setDefault(QLocale(lang))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{lang}", qt_dir), (f"journeymap_{lang}", str(TRANSLATIONS))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
    _translators[:] = installed
    from journeymap.core import names  # the core's undo labels and messages speak it too
    names.set_translator(QCoreApplication.translate)
    from journeymap import i18n        # and the Qt-free layers (analysis messages, charts in the UI)
    i18n.set_language(lang or "en")
    return installed
