"""The Data view's table model at 1,000,000 rows x 18 columns: build, sort, filter, scroll.

Scrolling is timed as the view does it: data() (display, alignment and the decoration roles) for
every cell of a screenful (40 rows) at 50 random positions, in a sorted and filtered model.
Target: under 16 ms per screen (one frame at 60 Hz: no stall). Run:
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_dataview.py [ROWS]
"""
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journeymap.ui.models.dataframe_model import DataFrameModel  # noqa: E402

ROLES = tuple(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole))  # C++ passes ints


def frame(n: int) -> pd.DataFrame:
    """A survey's raw table: line, rid, segment, period, date, weight, outcome, i0..i10 (18 columns)."""
    rng = np.random.default_rng(7)
    segs = np.array(["Retail", "SME", "Corporate", "Private", "Public", "零售", "企业"])
    cols = {"line": np.arange(2, n + 2, dtype=np.int64),
            "rid": pd.Series(np.char.add("R", np.arange(n).astype(str)), dtype="str"),
            "segment": pd.Series(segs[rng.integers(0, len(segs), n)], dtype="str"),
            "period": pd.Series(np.array([f"2026-{m:02d}" for m in range(1, 13)])[rng.integers(0, 12, n)],
                                dtype="str"),
            "date": pd.Series(np.array([f"2026-01-{d:02d}" for d in range(1, 29)])[rng.integers(0, 28, n)],
                              dtype="str"),
            "weight": rng.uniform(0.5, 2, n),
            "outcome": rng.integers(0, 11, n).astype(float)}
    for k in range(11):
        v = rng.integers(1, 6, n).astype(float)
        v[rng.random(n) < 0.05] = np.nan
        cols[f"i{k}"] = v
    return pd.DataFrame(cols)


def timed(fn):
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def screens(model, rng, count=50, rows=40) -> list[float]:
    out = []
    n_rows, n_cols = model.rowCount(), model.columnCount()
    for start in rng.integers(0, max(1, n_rows - rows), count):
        t0 = time.perf_counter()
        for r in range(int(start), min(n_rows, int(start) + rows)):
            for c in range(n_cols):
                index = model.index(r, c)   # (Qt makes these in C++; here ~2 us each)
                for role in ROLES:
                    model.data(index, role)
            model.headerData(r, Qt.Orientation.Vertical)
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    _app = QApplication.instance() or QApplication([])
    t0 = time.perf_counter()
    df = frame(n)
    gen = time.perf_counter() - t0
    model = DataFrameModel()
    build = timed(lambda: model.set_frame(df))
    rng = np.random.default_rng(1)
    plain = screens(model, rng)
    results = [("generate frame", gen), ("build model", build),
               ("sort numeric (i3, desc)", timed(lambda: model.sort(10, Qt.SortOrder.DescendingOrder))),
               ("sort text (rid, asc, first)", timed(lambda: model.sort(1, Qt.SortOrder.AscendingOrder))),
               ("sort text (rid, again)", timed(lambda: model.sort(1, Qt.SortOrder.DescendingOrder))),
               ("filter text 'sme'", timed(lambda: model.set_filter("sme"))),
               ("filter segment mask", timed(lambda: model.set_mask(
                   (df["period"] == "2026-03").to_numpy(dtype=bool)))),
               ("clear filters", timed(lambda: (model.set_filter(""), model.set_mask(None))))]
    model.sort(6, Qt.SortOrder.AscendingOrder)
    model.set_filter("retail")
    filtered = screens(model, rng)
    print(f"DataFrameModel, {n:,} rows x {df.shape[1]} columns ({model.rowCount():,} after filter)")
    for name, secs in results:
        print(f"  {name:<30} {secs * 1000:8.1f} ms")
    for name, times in (("scroll, file order", plain), ("scroll, sorted + filtered", filtered)):
        ms = np.array(times) * 1000
        print(f"  {name:<30} max {ms.max():6.2f} ms/screen, median {np.median(ms):5.2f} ms "
              f"(40 rows x {df.shape[1]} cols x {len(ROLES)} roles; target < 16 ms)")
    worst = max(max(plain), max(filtered)) * 1000
    sort_filter = max(s for name, s in results[2:])
    print(f"verdict: scroll {'OK' if worst < 16 else 'SLOW'} ({worst:.2f} ms worst screen), "
          f"sort/filter {'OK' if sort_filter < 1 else 'SLOW'} ({sort_filter * 1000:.0f} ms worst)")


if __name__ == "__main__":
    main()
