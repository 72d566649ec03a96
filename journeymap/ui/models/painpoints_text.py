"""The words of the pain point table: tooltips, flags and the data/room disagreement, as a mixin.

Split from painpoints_model.py so the model keeps to rows, sorting and re-ranking. Every text is
translatable; a ``RankedRow`` (analysis.rank_result) is what each helper reads.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from journeymap.analysis.scoring import PARTS
from journeymap.ui.weights_panel import part_title

RESAMPLES = 200          # rank-interval resamples (analysis.rank_intervals)

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractTableModel

    class _Model(QAbstractTableModel):
        """What PainPointsModel gives the mixin: its type to mypy only."""
        _weights: dict[str, float]

        def _display(self, pid: str, column: str, *, edit: bool) -> Any:
            raise NotImplementedError

        def ranked(self, pid: str) -> Any:
            raise NotImplementedError
else:
    _Model = object   # at run time a plain mixin; PainPointsModel brings the Qt model


class PainPointsText(_Model):
    """Mixed into PainPointsModel (a QObject: ``tr`` comes from it)."""

    def _tooltip(self, pid, column: str):
        if column in ("title", "stage"):                # the full text of an elided cell
            return self._display(pid, column, edit=False)
        row = self.ranked(pid)
        if row is not None and column == "flags" and (row.flags or row.disagreement):
            lines = [self._discuss(row.disagreement)] if row.disagreement else []
            return "\n".join(lines + [self._flag_text(f) for f in row.flags])
        if column == "stability" and row is not None:
            return self.tr("Share of the ±20% moves of one weight under which this rank holds")
        if column == "interval" and row is not None:
            return self.tr("90% of the ranks this pain point takes when the survey data, the gaps' sampling "
                           "error and every weight (±20%) are resampled {0} times").format(RESAMPLES)
        if column in ("data_rank", "judgment_rank") and row is not None:
            return self._side_tooltip(row)
        if row is None or column not in ("parts", "score"):
            return None
        lines = [self.tr("score {0:.3f} = sum of the weighted parts:").format(row.score or 0.0)]
        for part in PARTS:
            if part in row.components:
                lines.append(self.tr("{0}: {1:.3f} (part {2:.2f} × weight {3:g})").format(
                    part_title(part), row.components[part], row.parts.get(part, 0.0),
                    self._weights.get(part, 0.0)))
        lines += [self._flag_text(f) for f in row.flags]
        return "\n".join(lines)

    def _side_tooltip(self, row) -> str:
        text = self.tr("Rank by the data parts alone (reach, importance, measured gap and value): {0}\n"
                       "Rank by the room's judgment alone (votes, severity, typed-in gap and value): {1}").format(
            row.data_rank or "–", row.judgment_rank or "–")
        if row.disagreement:
            text += "\n" + self._discuss(row.disagreement)
        return text

    def _discuss(self, side: str) -> str:
        return (self.tr("Discuss: top 5 by the data, bottom half by the room") if side == "data"
                else self.tr("Discuss: top 5 by the room, bottom half by the data"))

    def _flags_text(self, flags) -> str:
        missing = [part_title(f.split(":", 1)[1]).lower() for f in flags if f.startswith("missing:")]
        other = [self._flag_text(f) for f in flags if not f.startswith("missing:")]
        if missing:
            other.insert(0, self.tr("no {0}").format(", ".join(missing)))
        return "; ".join(other)

    def _flag_text(self, flag: str) -> str:
        if flag.startswith("missing:"):
            return self.tr("no {0}").format(part_title(flag.split(":", 1)[1]).lower())
        return {"unscored": self.tr("unscored"), "clipped:gap": self.tr("gap clipped at 0"),
                "clipped:reach": self.tr("reach capped at the journey's customers")}.get(flag, flag)

