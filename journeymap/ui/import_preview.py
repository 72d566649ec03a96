"""The import wizard's preview read and what it says about encodings, in the wizard's terms.

The importers' messages are written for the command line ("give the right one with --encoding");
a user of the wizard chooses the encoding on its Encoding page, so the wizard says that instead.
"""
from __future__ import annotations

from typing import Callable

import pandas as pd
from PySide6.QtCore import QCoreApplication

from journeymap.importers import readers
from journeymap.importers.encoding import EncodingGuess
from journeymap.importers.errors import AmbiguousEncoding, ImportProblem, Undecodable

PREVIEW_ROWS = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def read_preview(state, *, encoding: str | None, ask: Callable[[AmbiguousEncoding], str | None],
                 picked: bool = False) -> bool | None:
    """Read the first rows of ``state.path`` into ``state`` (preview, headers, encoding, delimiter).
    On failure: False, ``state.error`` says why and what to do, and the preview is emptied so no
    earlier text stands beside the error. ``ask`` picks between two readings of a short file;
    None when the user cancelled that question (asked again on the next try, so nothing blocks).
    ``state.detected`` is how the file's encoding was found, kept when the user tries another."""
    try:
        raw = readers.read_table(state.path, encoding=encoding, sheet=state.sheet, nrows=PREVIEW_ROWS)
    except AmbiguousEncoding as err:   # a short file two encodings read differently: ask
        chosen = ask(err)
        if chosen:
            return read_preview(state, encoding=chosen, ask=ask, picked=True)
        _failed(state, tr("The file is too short to tell its encoding. Press Next again and pick the "
                          "reading whose text is right."))
        return None
    except (ImportProblem, OSError) as err:
        return _failed(state, said(err))
    state.error = ""
    if raw.encoding is None or encoding is None:       # XLSX (no encoding), or detected
        state.detected = raw.encoding
    elif picked:
        state.detected = EncodingGuess(raw.encoding.encoding, "picked",
                                       tr("picked among the readings of this short file"))
    state.delimiter = raw.delimiter
    state.encoding = raw.encoding.encoding if raw.encoding else ""
    state.headers = [h.strip() for h in raw.headers]
    state.preview = raw.frame
    return True


def _failed(state, message: str) -> bool:
    state.error = message
    state.preview = pd.DataFrame()
    return False


def said(err: Exception) -> str:
    """An import error as the wizard says it: an undecodable file sends the user to the encoding box."""
    if not isinstance(err, Undecodable):
        return str(err)
    if err.line is None:
        return tr("The file cannot be read as %1 (%2). Choose another encoding above, such as gb18030, "
                  "big5 or utf-16.").replace("%1", err.encoding).replace("%2", err.bad)
    return tr("The file's line %1 cannot be read as %2 (bytes %3): it is in another encoding. Choose another "
              "encoding above, such as gb18030, big5 or utf-16.").replace("%1", str(err.line)) \
        .replace("%2", err.encoding).replace("%3", err.bad)


def encoding_said(used: EncodingGuess, state, override: str | None) -> EncodingGuess:
    """How the Check page names the encoding the plan used: detected (the preview's guess, kept by
    the user and passed on so the import reads what the preview showed), chosen on the Encoding
    page, or given in the saved mapping; never "--encoding", which the wizard has not."""
    if used.method != "explicit":
        return used
    detected = state.detected
    if override is None:
        return EncodingGuess(used.encoding, "explicit", tr("given in the saved mapping"))
    if detected is not None and override == detected.encoding:
        return EncodingGuess(used.encoding, "detected", detected.detail if detected.method == "picked"
                             else tr("detected: %1").replace("%1", detected.detail))
    return EncodingGuess(used.encoding, "chosen", tr("chosen on the Encoding page"))
