"""The Review view: the monthly review of a period against the one before (analysis/review.py).

What moved beyond noise (each with its test, n and p; the false discovery rate held at 5% over all
tests), NPS of every 0-10 question, rank changes, new pain points, initiatives overdue or due in the
period, and recurring pain points that nobody owns, each with a link that makes it an initiative in
one click (one undo step). The view owns no data: it recomputes when the project changes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from journeymap import i18n
from journeymap.analysis import review as rv
from journeymap.core.names import code
from journeymap.ui.workers import Runner, snapshot
from journeymap.ui.refresh import Refresher

if TYPE_CHECKING:
    from journeymap.ui.session import Session

KINDS = ("initiatives", "pain_points", "votes", "metric_values", "datasets", "survey_items", "journeys")
PAGE_MIN = 700     # px: narrower, the tables broke their words mid-way ("Compla|int is handle|d")
VERDICT = {"improved": "#188038", "worsened": "#C5221F", "no change": "#5F6368"}


class ReviewView(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.data: dict | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.heading.setWordWrap(True)   # on one line its period, the one before and the journey took 523 px
        self.period = QComboBox()
        self.period.activated.connect(lambda _i: self.refresh())
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.anchorClicked.connect(self._link)
        self.message = QLabel()
        self._made: str | None = None       # the initiative made here, while it exists: its note stays
        self._narrow = False                # the page narrower than its tables need: they scroll sideways
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.period)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.body, 1)
        self.runner = Runner(self)          # ten thousand pain points take a second or two: off the UI thread
        self.runner.job_did_finish.connect(self._show)
        self.runner.job_did_fail.connect(self._failed)
        self._later = Refresher(self, self.refresh)   # once per command, and only while on screen
        def on_change(changes) -> None:
            if changes.touches(*KINDS):
                self._later.start()
        session.project_did_change.connect(on_change)
        def on_reset() -> None:
            self.period.clear()     # another file, or New period imported: the review opens on the newest
            self._later.start()
        session.project_did_reset.connect(on_reset)
        session.journey_did_change.connect(lambda _id: self._later.start())
        self.refresh()

    def refresh(self) -> None:
        journey = self.session.journey
        if not (self._made and self.session.project.find("initiatives", self._made)):
            self._made = None
            self.message.clear()
        if journey is None or self.session.path is None:
            self.data = None
            self.heading.setText(self.tr("Review"))
            self.body.setHtml(self.tr("<p>Save the project and import a survey or operating data: the review "
                                      "compares a period with the one before it.</p>"))
            return
        self.heading.setText(self.tr("Review: computing\u2026"))
        self.runner.start(_review_job, self.session.path, snapshot(self.session.project), journey.id,
                          self.period.currentData())

    def _show(self, result) -> None:
        self.data, periods = result
        d = self.data
        self._fill_periods(periods)
        self.heading.setText(self.tr("Review of {period} against {previous}: {journey}").format(
            period=d["period"], previous=d["previous_period"] or self.tr("nothing before it"), journey=d["journey"]))
        self.body.setHtml(themed(self.html(d)))

    def resizeEvent(self, event) -> None:
        """Below PAGE_MIN the tables keep PAGE_MIN and scroll sideways; the text still wraps to the view."""
        super().resizeEvent(event)
        narrow = self.body.viewport().width() < PAGE_MIN
        if narrow != self._narrow:
            self._narrow = narrow
            if self.data is not None:
                self.body.setHtml(themed(self.html(self.data)))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.data is not None:
            self.body.setHtml(themed(self.html(self.data)))     # View > Dark colours: the colours follow

    def _failed(self, message: str) -> None:
        self.data = None
        self.heading.setText(self.tr("Review"))
        self.body.setHtml(f"<p>{escape(message)}</p>")

    def _fill_periods(self, periods: list[str]) -> None:
        self.period.blockSignals(True)
        self.period.clear()
        for p in reversed(periods):
            self.period.addItem(p, p)
        shown = self.data["period"] if self.data is not None else None
        self.period.setCurrentIndex(max(0, self.period.findData(shown)))
        self.period.blockSignals(False)

    # -- the page ----------------------------------------------------------------------------------
    def html(self, d: dict) -> str:
        rule = self.tr("A metric moved when its change is beyond noise: its test passes a false discovery "
                       "rate of 5% over all the tests of this review.")
        said = self.tr("Overdue judged on {0}. {1}").format(d["as_of"], rule)   # the language's full stop
        parts = [f"<p style='color:#5F6368'>{escape(said)}</p>"]
        parts += [f"<p style='color:#C5221F'>{escape(i18n.sentence(n))}</p>" for n in d.get("notes", [])]
        parts.append(self._section(self.tr("What moved"), self._moved(d["moved_metrics"])))
        if d["nps"]:
            parts.append(self._section(self.tr("NPS"), self._nps(d["nps"])))
        parts.append(self._section(self.tr("Initiatives overdue ({n})").format(n=len(d["overdue"])),
                                   self._inits(d["overdue"], overdue=True)))
        parts.append(self._section(self.tr("Due in {p} ({n})").format(p=d["period"], n=len(d["due"])),
                                   self._inits(d["due"])))
        parts.append(self._section(self.tr("Recurring, unowned ({n})").format(n=len(d["recurring_unowned"])),
                                   self._recurring(d["recurring_unowned"])))
        parts.append(self._section(self.tr("Rank changes"), self._ranks(d["rank_changes"])))
        parts.append(self._section(self.tr("New pain points ({n})").format(n=len(d["new_pain_points"])),
                                   self._new(d["new_pain_points"])))
        return "".join(parts)

    def _section(self, title: str, body: str) -> str:
        return f"<h3 style='margin-bottom:4px'>{escape(title)}</h3>{body}"

    def _table(self, head: list[str], rows: list[list[str]]) -> str:
        if not rows:
            return f"<p style='color:#5F6368'>{escape(self.tr('none'))}</p>"
        th = "".join(f"<th align=left>{escape(h)}</th>" for h in head)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        width = f" width={PAGE_MIN}" if self._narrow else ""
        return f"<table cellspacing=0 cellpadding=4{width}>{'<tr>' + th + '</tr>'}{body}</table>"

    def _moved(self, rows: list[dict]) -> str:
        return self._table(
            [self.tr("verdict"), self.tr("stage"), self.tr("metric"), "", self.tr("before"), self.tr("after"),
             self.tr("n before / after"), self.tr("test"), "p"],
            [[f"<b style='color:{VERDICT[m['verdict']]}'>{escape(code(m['verdict']))}</b>",
              escape(m["stage"] or code("overall")), escape(m["item"]), escape(code(m["metric"])), _value(m, m["before"]),
              _value(m, m["after"]), _n(m), escape(code(m["test"])), _p(m["p_value"])] for m in rows])

    def _nps(self, rows: list[dict]) -> str:
        return self._table([self.tr("question"), self.tr("before"), self.tr("after"), "n", "p", ""],
                           [[escape(m["item"]), _signed(m["before"]), _signed(m["after"]),
                             f"{m['n_before']:,} / {m['n_after']:,}", _p(m["p_value"]),
                             escape(self.tr("Wald test"))] for m in rows])

    def _inits(self, rows: list[dict], overdue: bool = False) -> str:
        red = " style='color:#C5221F;font-weight:600'" if overdue else ""
        return self._table([self.tr("initiative"), self.tr("owner"), self.tr("due"), self.tr("status"), ""],
                           [[f"<span{red}>{escape(i['title'])}</span>", escape(i["owner"] or self.tr("no owner")),
                             escape(i["due"] or "-"), escape(code(i["status"])),
                             escape(self._late(i["days_overdue"])) if overdue else ""]
                            for i in rows])

    def _late(self, days: int) -> str:
        return self.tr("1 day overdue") if days == 1 else self.tr("{n} days overdue").format(n=days)

    def _recurring(self, rows: list[dict]) -> str:
        return self._table([self.tr("rank"), self.tr("pain point"), self.tr("why"), ""],
                           [[f"#{r['rank']}", escape(r["title"]), escape(code(r["why"])), self._remedy(r)]
                            for r in rows])

    def _remedy(self, row: dict) -> str:
        """A link that makes the missing initiative; when one exists but lacks an owner or a date, a second
        one would not help: say which initiative to complete, and where."""
        if row["why"] == "no initiative":
            return f"<a href='initiative:{escape(row['id'])}'>{escape(self.tr('Make an initiative'))}</a>"
        titles = [i.title for i in self.session.project.all("initiatives")
                  if row["id"] in i.pain_points and i.status != "dropped"]
        text = (self.tr("“{0}” has no owner: set one in the Roadmap view") if row["why"] == "no owner"
                else self.tr("“{0}” has no due date: set one in the Roadmap view"))
        return escape(i18n.sentence(text.format(titles[0] if titles else row["title"])))   # 。 in Chinese

    def _ranks(self, rows: list[dict]) -> str:
        return self._table([self.tr("from"), self.tr("to"), self.tr("pain point")],
                           [[str(r["from"] or self.tr("new")), str(r["to"]), escape(r["title"])] for r in rows])

    def _new(self, rows: list[dict]) -> str:
        return self._table([self.tr("pain point"), self.tr("stage"), self.tr("created")],
                           [[escape(p["title"]), escape(p["stage"] or "-"), escape(p["created"][:10])] for p in rows])

    def _link(self, url) -> None:
        from journeymap.core.initiatives import InitiativeError, create_from_pain_points
        kind, _, pid = url.toString().partition(":")
        if kind != "initiative":
            return
        try:
            command = create_from_pain_points(self.session.project, [pid])
        except InitiativeError as exc:
            self.message.setStyleSheet(f"color: {themed('#C5221F')};")
            self.message.setText(str(exc))
            return
        self._made = command.entities[0].id     # before the push: the refresh it causes keeps this note
        self.session.push(command)
        self.message.setStyleSheet(f"color: {themed('#1E6B3A')};")
        self.message.setText(self.tr("Made the initiative “{0}”: give it an owner and a due date in the "
                                     "Roadmap view.").format(command.entities[0].title))


def _review_job(path, project, journey_id: str, period: str | None) -> tuple[dict, list[str]]:
    """The review and the periods to choose from, on a worker thread (``project`` is a snapshot)."""
    from journeymap.analysis.survey_data import load_waves
    data = rv.review(path, project, journey_id=journey_id, period=period)
    return data, rv.known_periods(project, journey_id, load_waves(path, project, journey_id=journey_id))


def _n(m: dict) -> str:
    """n before / after; an operating metric's test counts the earlier period-to-period changes."""
    if m["test"] == "vs period-to-period variation":
        return QCoreApplication.translate("ReviewView", "{n} earlier changes").format(n=m["n_before"])
    return f"{m['n_before']:,} / {m['n_after']:,}"


def _num(v) -> str:
    return "-" if v is None else f"{v:,.3g}" if abs(v) < 10 else f"{v:,.1f}"


def _value(m: dict, v) -> str:
    """A top-2-box is a share: written as a percentage, as everywhere else in the app."""
    return "-" if v is None else f"{v:.1%}" if m.get("metric") == "top-2-box" else _num(v)


def _signed(v) -> str:
    """An NPS; '-' for a side with no answers (its value is None)."""
    return "-" if v is None else f"{v:+.1f}"


def _p(v) -> str:
    return "-" if v is None else "&lt; 0.001" if v < 0.001 else f"{v:.3f}"


# light-theme colours written into the review's HTML, and what reads on the dark palette instead
_ON_DARK = {"#5F6368": "#9AA0A6", "#188038": "#81C995", "#C5221F": "#F28B82", "#1E6B3A": "#81C995"}


def themed(html: str) -> str:
    """``html`` with its light-theme colours swapped for dark ones when the dark palette is in use."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication
    if QApplication.palette().color(QPalette.ColorRole.Base).lightness() >= 128:
        return html
    for light, dark in _ON_DARK.items():
        html = html.replace(light, dark)
    return html
