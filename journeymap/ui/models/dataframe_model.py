"""A read-only table over a pandas DataFrame that stays fast at a million rows.

The frame is split once into one numpy array per column. What the view shows is an index array
of source rows (``_visible``): sorting computes a permutation of all rows with numpy ``argsort``
(string columns through their sorted factor codes, cached), filtering a boolean mask; the visible
rows are ``order[mask[order]]``. ``data()`` is one array lookup and one format of that single
value, so a screenful costs the same at ten rows or ten million. No per-row Python anywhere.
"""
from __future__ import annotations

import math
from typing import Callable, Sequence

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication

from journeymap.core.names import code
from journeymap.ui.plain_text import tip

DISPLAY = Qt.ItemDataRole.DisplayRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1      # the raw value (numbers stay numbers)
SOURCE_ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY_INT, _TIP_INT = int(DISPLAY), int(Qt.ItemDataRole.ToolTipRole)
_ALIGN_INT, _SORT_INT, _SOURCE_INT = int(Qt.ItemDataRole.TextAlignmentRole), int(SORT_ROLE), int(SOURCE_ROW_ROLE)
_STYLE_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                                          Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

# style(source_row, column_name, role) -> value or None: decoration for a few visible cells
Styler = Callable[[int, str, int], object]


def _column_array(series: pd.Series) -> tuple[np.ndarray, str]:
    """(values, kind) with kind one of number | bool | date | text."""
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype) and not isinstance(dtype, pd.CategoricalDtype):
        if series.hasnans:
            return series.to_numpy(dtype=object, na_value=None), "bool"
        return series.to_numpy(dtype=bool), "bool"
    if pd.api.types.is_numeric_dtype(dtype):
        return series.to_numpy(dtype=float, na_value=np.nan), "number"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return series.dt.strftime("%Y-%m-%d %H:%M").to_numpy(dtype=object, na_value=None), "date"
    return series.astype(object).where(series.notna(), None).to_numpy(dtype=object), "text"


def format_value(value, decimals: int = 4) -> str:
    """The text a cell shows: '' for missing, integers without '.0', floats to ``decimals``."""
    if value is None:
        return ""
    if isinstance(value, (float, np.floating)):
        number = float(value)
        if math.isnan(number):
            return ""
        if number.is_integer() and abs(number) < 1e15:
            return str(int(number))
        return f"{number:.{decimals}g}" if abs(number) >= 1 else f"{number:.{decimals}f}".rstrip("0")
    if isinstance(value, (bool, np.bool_)):
        return "✓" if value else "–"
    return str(value)


def _number_strings(values: np.ndarray, decimals: int) -> pd.Series:
    """Numbers as text, vectorised: rounded to ``decimals`` significant digits, integers without
    '.0', missing as '' (pyarrow writes the shortest form of each double)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    with np.errstate(divide="ignore", invalid="ignore"):
        magnitude = np.floor(np.log10(np.abs(values)))
    digits = np.where(np.isfinite(magnitude), decimals - 1 - magnitude, 0).clip(-300, 300)
    scale = 10.0 ** digits
    rounded = np.where(np.abs(values) < 1e15, np.round(values * scale) / scale, values)
    text = pc.cast(pa.array(rounded, from_pandas=True), pa.string()).fill_null("")
    return pd.Series(text.to_numpy(zero_copy_only=False), dtype="str")


def _tsv_cell(text: str) -> str:
    return text.replace("\t", " ").replace("\r\n", " ").replace("\n", " ")


class PreparedFrame:
    """A frame with its columns as numpy arrays: ``DataFrameModel.prepare(frame)``."""

    def __init__(self, frame: pd.DataFrame, parts: list):
        self.frame, self.parts = frame, parts


class DataFrameModel(QAbstractTableModel):
    """``DataFrameModel(frame)``; ``set_frame``, ``sort``, ``set_filter``/``set_mask``, ``to_tsv``."""

    rows_did_change = Signal(int, int)    # visible rows, all rows

    def __init__(self, frame: pd.DataFrame | None = None, *, tooltips: dict | None = None,
                 styler: Styler | None = None, decimals: int = 4, parent=None):
        super().__init__(parent)
        self.decimals = decimals
        self.styler = styler
        self._roles = frozenset((_DISPLAY_INT, _TIP_INT, _ALIGN_INT, _SORT_INT, _SOURCE_INT)) | \
            (_STYLE_ROLES if styler is not None else frozenset())
        self._tooltips = dict(tooltips or {})
        self._titles: dict = {}
        self._set(frame if frame is not None else pd.DataFrame())

    # -- loading ---------------------------------------------------------------------------
    @staticmethod
    def prepare(frame: pd.DataFrame) -> "PreparedFrame":
        """The per-column arrays of ``frame``; pure, so a worker thread can do it for a big frame."""
        return PreparedFrame(frame, [_column_array(frame.iloc[:, i]) for i in range(frame.shape[1])])

    def _set(self, frame) -> None:
        prepared = frame if isinstance(frame, PreparedFrame) else self.prepare(frame)
        frame, parts = prepared.frame, prepared.parts
        self.frame = frame
        self._names = [str(c) for c in frame.columns]
        self._cols = [p[0] for p in parts]
        self._kinds = [p[1] for p in parts]
        self._formats = [self._formatter(kind) for kind in self._kinds]
        self._codes: dict[int, np.ndarray] = {}
        self._missing: dict[int, int] = {}
        self._n = len(frame)
        self._order: np.ndarray | None = None     # None: file order
        self._mask: np.ndarray | None = None      # None: every row
        self._text_mask: np.ndarray | None = None
        self._extra_mask: np.ndarray | None = None
        self._sort_key: tuple[int, Qt.SortOrder] | None = None
        self._visible = np.arange(self._n, dtype=np.int64)

    def _formatter(self, kind: str):
        if kind == "number":
            decimals = self.decimals
            return lambda v: "" if v != v else (str(int(v)) if v.is_integer() and abs(v) < 1e15
                                                else format_value(v, decimals))
        if kind == "text":
            return lambda v: "" if v is None else v if type(v) is str else str(v)
        return lambda v: format_value(v, self.decimals)

    def set_frame(self, frame, *, tooltips: dict | None = None, titles: dict | None = None) -> None:
        """Show ``frame`` (a DataFrame or ``prepare(frame)``'s result); ``titles`` maps column names to the header text shown (names stay the keys)."""
        self.beginResetModel()
        if tooltips is not None:
            self._tooltips = dict(tooltips)
        self._titles = dict(titles or {})
        self._set(frame)
        self.endResetModel()
        self.rows_did_change.emit(len(self._visible), self._n)

    # -- what Qt asks ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cols)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        # the hot path: views call this for every visible cell and role; keep it to a few lookups
        if role not in self._roles:
            return None
        col = index.column()
        try:
            src = self._visible[index.row()]
            value = self._cols[col][src]
        except IndexError:
            return None
        if role == _DISPLAY_INT:
            return self._formats[col](value)
        if role == _ALIGN_INT:
            return _RIGHT if self._kinds[col] == "number" else _LEFT
        if role == _TIP_INT:
            return self._formats[col](value)
        if role == _SORT_INT:
            return value.item() if isinstance(value, np.generic) else value
        if role == _SOURCE_INT:
            return int(src)
        if self.styler is None:   # no style roles were asked for then: unreachable
            return None
        return self.styler(int(src), self._names[col], role)

    def headerData(self, section: int, orientation, role: int = DISPLAY):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._names):
                return None
            if role == DISPLAY:
                return self._titles.get(self._names[section], self._names[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.column_tooltip(section)
            return None
        if role == DISPLAY and 0 <= section < len(self._visible):
            return str(int(self._visible[section]) + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def column_tooltip(self, col: int) -> str:
        name = self._names[col]
        if col not in self._missing:
            values = self._cols[col]
            if self._kinds[col] == "number":
                self._missing[col] = int(np.isnan(values).sum())
            else:
                self._missing[col] = int(pd.isna(pd.Series(values, copy=False)).sum())
        lines = [self._tooltips[name]] if name in self._tooltips else [self._titles.get(name, name)]
        lines.append(self.tr("%1 values, %2 empty (%3)").replace("%1", f"{self._n - self._missing[col]:,}")
                     .replace("%2", f"{self._missing[col]:,}").replace("%3", code(self._kinds[col])))
        return tip("\n".join(lines))   # headers come from the file: text, never HTML

    # -- sorting ---------------------------------------------------------------------------
    def _sort_codes(self, col: int) -> np.ndarray:
        """Keys that argsort like the column: floats as is, text as its sorted factor codes."""
        if self._kinds[col] == "number":
            return self._cols[col]
        if col not in self._codes:
            import pyarrow as pa
            import pyarrow.compute as pc
            try:
                arr = pa.array(self._cols[col], type=pa.string(), from_pandas=True)
            except (pa.ArrowException, TypeError):     # mixed objects: compare their text
                arr = pa.array([None if v is None else str(v) for v in self._cols[col]], type=pa.string())
            codes = pc.rank(arr, sort_keys=[("", "ascending")], tiebreaker="dense").to_numpy()
            codes = codes.astype(np.float64)
            codes[arr.is_null().to_numpy(zero_copy_only=False)] = np.nan   # missing sorts last
            self._codes[col] = codes
        return self._codes[col]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._cols):
            self._sort_key = None
            self._order = None
        else:
            keys = self._sort_codes(column)
            if order == Qt.SortOrder.DescendingOrder:
                keys = -keys                           # NaN stays NaN: still last
            self._order = np.argsort(keys, kind="stable").astype(np.int64, copy=False)
            self._sort_key = (column, order)
        self._refresh_visible()

    # -- filtering -------------------------------------------------------------------------
    def set_filter(self, text: str, columns: Sequence[str] | None = None) -> None:
        """Keep rows where some column contains ``text`` (case-insensitive); numbers match equal."""
        text = (text or "").strip()
        if not text:
            self._text_mask = None
        else:
            self._text_mask = self._match(text, columns)
        self._combine()

    def set_mask(self, mask: np.ndarray | None) -> None:
        """An extra row filter from the caller (segment, period ...): True keeps the row."""
        self._extra_mask = None if mask is None else np.asarray(mask, dtype=bool)
        self._combine()

    def _match(self, text: str, columns: Sequence[str] | None) -> np.ndarray:
        try:
            number = float(text)
        except ValueError:
            number = None
        mask = np.zeros(self._n, dtype=bool)
        for col, name in enumerate(self._names):
            if columns is not None and name not in columns:
                continue
            if self._kinds[col] == "number":
                if number is not None:
                    mask |= self._cols[col] == number
            elif self._kinds[col] in ("text", "date"):
                strings = self.frame.iloc[:, col]
                if not pd.api.types.is_string_dtype(strings.dtype):
                    strings = pd.Series(self._cols[col], dtype="str")
                hit = strings.str.contains(text, case=False, regex=False)
                mask |= hit.fillna(False).to_numpy(dtype=bool)
        return mask

    def _combine(self) -> None:
        masks = [m for m in (self._text_mask, self._extra_mask) if m is not None]
        self._mask = None if not masks else (masks[0] if len(masks) == 1 else masks[0] & masks[1])
        self._refresh_visible()

    def _refresh_visible(self) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_src = [int(self._visible[i.row()]) if i.row() < len(self._visible) else -1 for i in old]
        order = self._order if self._order is not None else np.arange(self._n, dtype=np.int64)
        self._visible = order if self._mask is None else order[self._mask[order]]
        if old:
            self._move_persistent(old, old_src)
        self.layoutChanged.emit()
        self.rows_did_change.emit(len(self._visible), self._n)

    def _move_persistent(self, old, old_src) -> None:
        where = np.full(self._n, -1, dtype=np.int64)
        where[self._visible] = np.arange(len(self._visible))
        new = [self.index(int(where[s]), i.column()) if s >= 0 and where[s] >= 0 else QModelIndex()
               for i, s in zip(old, old_src)]
        self.changePersistentIndexList(old, new)

    # -- reading back ----------------------------------------------------------------------
    @property
    def visible_rows(self) -> np.ndarray:
        """Source row numbers (0-based positions in the frame) in display order."""
        return self._visible

    @property
    def total_rows(self) -> int:
        return self._n

    def column_names(self) -> list[str]:
        return list(self._names)

    def to_tsv(self, indexes: Sequence[QModelIndex], *, header: bool = True) -> str:
        """The selected cells as tab-separated text: the bounding rows x columns of the selection,
        cells not selected left empty; a header line of column names first."""
        cells = {(i.row(), i.column()) for i in indexes if i.isValid()}
        if not cells:
            return ""
        rows = sorted({r for r, _ in cells})
        cols = sorted({c for _, c in cells})
        if len(cells) == len(rows) * len(cols) and len(cells) > 20_000:
            return self._block_tsv(rows, cols, header=header)    # a whole block: pandas writes it
        lines = ["\t".join(_tsv_cell(self._names[c]) for c in cols)] if header else []
        for r in rows:
            src = int(self._visible[r])
            lines.append("\t".join(_tsv_cell(format_value(self._cols[c][src], self.decimals))
                                   if (r, c) in cells else "" for c in cols))
        return "\n".join(lines) + "\n"

    def _block_tsv(self, rows, cols, *, header: bool) -> str:
        at = self._visible[np.asarray(rows, dtype=np.int64)]
        block = pd.DataFrame({self._names[c]: self._cols[c][at] for c in cols}, copy=False)
        for c in cols:
            name = self._names[c]
            if self._kinds[c] in ("text", "date"):
                text = block[name].astype("str").fillna("")
                block[name] = text.str.replace(r"[\t\r\n]+", " ", regex=True)
            elif self._kinds[c] == "bool":
                block[name] = block[name].map(lambda v: "" if v is None else format_value(v))
            else:
                block[name] = _number_strings(block[name].to_numpy(dtype=float), self.decimals)
        lines = ["\t".join(_tsv_cell(n) for n in block.columns)] if header else []
        body = block.iloc[:, 0].str.cat([block.iloc[:, i] for i in range(1, block.shape[1])], sep="\t") \
            if block.shape[1] > 1 else block.iloc[:, 0]
        lines.append(body.str.cat(sep="\n"))
        return "\n".join(lines) + "\n"

    def selection_tsv(self, selection, *, header: bool = True) -> str:
        """TSV of a QItemSelection: one rectangle (select-all, a column) goes without per-cell work."""
        ranges = list(selection)
        if len(ranges) == 1:
            r = ranges[0]
            return self._block_tsv(list(range(r.top(), r.bottom() + 1)), list(range(r.left(), r.right() + 1)),
                                   header=header)
        return self.to_tsv(selection.indexes(), header=header)

    def copy_to_clipboard(self, indexes, *, header: bool = True) -> str:
        """Copy a QItemSelection or a list of indexes as TSV; returns the text."""
        text = self.to_tsv(indexes, header=header) if isinstance(indexes, (list, tuple)) \
            else self.selection_tsv(indexes, header=header)
        QGuiApplication.clipboard().setText(text)
        return text
