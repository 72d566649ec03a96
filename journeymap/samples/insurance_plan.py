"""The sample's pain points (with evidence), the workshop's votes and the initiatives.

Share affected, gap and value at risk are computed from the synthetic data where it allows:
from the survey when a pain point has an item (share in the item's two worst boxes; gap = how
many fewer of them are satisfied overall), else from the distance of a metric to its target.
"""
from __future__ import annotations

import numpy as np

from ..core import model
from ..core.project import Project
from . import insurance_data as data

WORKSHOP = "2026-12-10"
# key, stage, title, description, source, severity, reason, item column, metric ids,
# share affected when no item gives it, extra yearly churn of the affected (an assumption), status
PAIN_POINTS = [
    ("claim-slow", "Assessment and documents", "Claim assessment takes weeks",
     "Small claims wait for an assessor or a loss adjuster visit; the backlog grows after the winter storms.",
     "data", 5, "Slow claim settlement", "Speed of the claim assessment", ["mt-decision", "mt-aht"], None, 0.10,
     "accepted"),
    ("claim-rekey", "Reports a claim", "Claims staff re-key every claim into three systems",
     "The policy, claims and payment systems do not share the claim; handlers type it three times.",
     "employee", 4, "Repeated information", "Effort to report a claim", ["mt-aht"], None, 0.02, "accepted"),
    ("claim-repeat", "Reports a claim", "Customers tell their story several times",
     "The customer repeats the loss on the phone, in the form and to the assessor.",
     "customer", 4, "Repeated information", "Effort to report a claim", ["mt-contacts"], None, 0.04, "open"),
    ("complaint-bounce", "Complaint is handled", "Complaints bounce between departments",
     "Complaints needs Claims or Finance to decide; nobody owns the case, and customers call again.",
     "customer", 5, "Bounced between departments", "Handling of my complaint", ["mt-fcr", "mt-complaints"],
     None, 0.12, "accepted"),
    ("payment-letter", "Payment fails and is chased", "Failed payments are chased by letter, with a fee",
     "A failed debit triggers a letter and a late fee; the retry is manual and the calls come weeks later.",
     "data", 4, "Payment failed", "Handling of a failed payment", ["mt-fcr", "mt-complaints", "mt-wait"],
     None, 0.08, "accepted"),
    ("bot-handoff", "Chats with the bot", "The bot hands over without the conversation",
     "More than half of the chats end in a phone call where the customer starts again.",
     "workshop", 3, "Bot could not help", "Chat bot understood me", ["mt-fcr"], None, 0.01, "accepted"),
    ("phone-wait", "Calls with a question", "Long waits on the service line",
     "Queues of 20-50 minutes on Monday mornings and after storms.",
     "customer", 3, "Long wait on the phone", "Agent resolved my question", ["mt-wait"], None, 0.01, "open"),
    ("bill", "Receives the first bill", "The first bill is hard to read",
     "The pro-rata amount and the fees on the first bill were not explained (redesigned in June 2026).",
     "customer", 3, "Unclear bill", "Clarity of the bill", ["mt-contacts"], None, 0.02, "resolved"),
    ("app-login", "Registers in the app", "App registration fails at the SMS code",
     "About one in five registrations stalls because the verification SMS does not arrive.",
     "data", 3, "App login fails", "Ease of registering in the app", ["mt-contacts", "mt-fcr"], None, 0.005,
     "open"),
    ("cover", "Signs the policy", "Customers sign without knowing the excess",
     "The excess and main exclusions are in the small print; customers learn them at claim time.",
     "workshop", 3, "Unclear cover", "Clarity of the cover", [], None, 0.01, "open"),
    ("price-dropout", "Compares and decides", "Price shock at the end of the quote",
     "A third of prospects who compare leave, six in ten of them over price; the price shows only after 14 questions.",
     "data", 4, "Price too high", None, ["mt-customers"], 0.21, 0.005, "open"),
    ("welcome", "Receives the welcome pack", "The welcome pack is long and arrives late",
     "Forty pages by mail, a week after signing; the workshop doubts anyone reads it.",
     "workshop", 2, "", "Welcome pack was helpful", [], None, 0.002, "open"),
    ("app-changes", "Changes policy details", "Many policy changes still need a phone call",
     "The app supports 6 of 15 change types; one change in eight ends in a phone call.",
     "employee", 3, "", None, ["mt-contacts"], 0.12, 0.005, "open"),
]
# Workshop participants and the pain points each favours, most first (their own area first).
PREFERENCES = {
    "Claims lead": ["claim-slow", "claim-rekey", "claim-repeat"],
    "Contact centre lead": ["phone-wait", "complaint-bounce", "bot-handoff"],
    "Complaints manager": ["complaint-bounce", "claim-slow", "payment-letter"],
    "Digital product owner": ["app-login", "bot-handoff", "payment-letter"],
    "Finance operations lead": ["payment-letter", "complaint-bounce", "claim-slow"],
    "CX office": ["claim-slow", "complaint-bounce", "claim-repeat"],
    "Sales lead": ["price-dropout", "cover", "claim-slow"],
    "Front-line agent": ["claim-rekey", "phone-wait", "complaint-bounce"],
}
# key, title, owner, department, start, due, done, effort (person-months), cost (EUR), expected uplift,
# confidence, status, pain points, RICE impact (0.25 minimal .. 3 massive), what the uplift moves, notes.
# The uplift is in points of the linked survey item (towards its better end), or for a metric its change
# in the metric's unit, reaching the outcome through a stated link (item column, item points per unit).
INITIATIVES = [
    ("claims-fasttrack", "Fast-track small claims with photo upload", "Sofia Marin", "Claims", "2026-09-01",
     "2027-03-31", None, 14, 420_000, 0.4, 0.7, "in_progress", ["claim-slow"], 2.0,
     "Speed of the claim assessment", ""),
    ("one-claim-record", "One claim record across the three claims systems", "Daniel Ng", "IT", "2027-01-15",
     "2027-10-31", None, 30, 1_100_000, 0.3, 0.5, "planned", ["claim-rekey"], 2.0,
     "Effort to report a claim", ""),
    ("complaint-owner", "One owner per complaint, from first contact to answer", "Priya Raman", "Complaints",
     "2026-10-01", "2027-02-28", None, 6, 90_000, 0.35, 0.8, "in_progress", ["complaint-bounce"], 2.0,
     "Handling of my complaint", ""),
    ("smart-retry", "Smart payment retry and an SMS before any letter", "Jonas Berg", "Finance", "2027-02-01",
     "2027-06-30", None, 8, 160_000, 0.5, 0.7, "planned", ["payment-letter"], 1.0,
     "Handling of a failed payment", ""),
    ("plain-bill", "Plain-language first bill", "Marta Silva", "Finance", "2026-02-02", "2026-05-31",
     "2026-05-29", 3, 40_000, 0.4, 0.9, "done", ["bill"], 1.0, "Clarity of the bill", ""),
    ("live-chat", "Live chat with an agent, with the bot's transcript", "Kenji Watanabe", "Digital",
     "2027-01-11", "2027-04-30", None, 5, 120_000, 15.0, 0.6, "planned", ["bot-handoff"], 1.0,
     ("mt-fcr", "Chat bot understood me", 0.02), ""),
    ("welcome-digital", "A two-page digital welcome pack", "Lena Fischer", "Marketing", "2026-06-01",
     "2026-08-31", "2026-08-28", 2, 30_000, 0.3, 0.6, "done", ["welcome"], 0.5, "Welcome pack was helpful",
     "Live since 28 August; the survey shows no change yet."),
    ("sms-fallback", "A voice-call fallback for the registration code", "Tomas Novak", "Digital", "2026-08-17",
     "2026-10-30", None, 3, 45_000, 0.3, 0.7, "in_progress", ["app-login"], 1.0,
     "Ease of registering in the app", "Waiting for the telecom provider's interface."),
    ("phone-callback", "Call-back instead of queueing on Monday mornings", "Ana Costa", "Contact centre",
     "2026-10-05", "2026-12-18", None, 4, 60_000, -40.0, 0.6, "in_progress", ["phone-wait"], 1.0,
     ("mt-wait", "Agent resolved my question", -0.003), ""),
    ("price-early", "Show an indicative price after five questions", "", "Sales", None, None, None, 4,
     80_000, None, 0.5, "idea", ["price-dropout"], 2.0, None, "Raised in the workshop; nobody owns it yet."),
    ("cover-video", "An explainer video of the cover before signing", "Lena Fischer", "Marketing",
     "2026-07-01", "2026-10-31", None, 2, 50_000, 0.2, 0.4, "dropped", ["cover"], 0.5, "Clarity of the cover",
     "Dropped: the regulator requires the written summary; the key facts sheet is rewritten instead."),
]

class Facts:
    """What the pain points need to know about the synthetic data."""

    def __init__(self, project: Project, stages: dict, survey: data.Survey, ops: list[dict], notes: list[dict]):
        self.project, self.stages, self.survey = project, stages, survey
        self.columns = [it.column for it in data.ITEMS]
        self.customers: dict[str, float] = {}
        self.business: dict[str, float] = {}
        for r in ops:
            self.customers[r["stage"]] = self.customers.get(r["stage"], 0) + r["customers"]
            if r["segment"] == data.SEGMENT_NAMES[1]:
                self.business[r["stage"]] = self.business.get(r["stage"], 0) + r["customers"]
        self.reasons: dict[str, int] = {}
        for c in notes:
            self.reasons[c["reason"]] = self.reasons.get(c["reason"], 0) + 1
        self.n_notes = len(notes)

    def affected(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """(answered, affected) masks: the item's two worst boxes (detractors 0-6 on 0-10)."""
        it = data.ITEMS[self.columns.index(column)]
        x = self.survey.values[:, self.columns.index(column)]
        worst = x <= 6 if it.hi == 10 else (x >= it.hi - 1 if it.better == "lower" else x <= it.lo + 1)
        return ~np.isnan(x), worst & ~np.isnan(x)

    def survey_gap(self, column: str) -> tuple[float, float]:
        """(share affected, gap): gap is the drop in overall top-2-box among the affected."""
        answered, worst = self.affected(column)
        y = self.survey.outcome
        ok = answered & ~np.isnan(y)
        t2b = lambda m: float(np.mean(y[m] >= 4))  # noqa: E731
        return float(worst[answered].mean()), t2b(ok & ~worst) - t2b(ok & worst)

    def metric_mean(self, metric: str, stage: str) -> float | None:
        vals = [v.value for v in self.project.where("metric_values", metric=metric, stage=self.stages[stage],
                                                    segment="") if v.value is not None]
        return float(np.mean(vals)) if vals else None

    def target_gap(self, metrics: list[str], stage: str) -> float | None:
        """Relative distance to target of the first metric that has one, 0 when on target."""
        for mid in metrics:
            m = self.project.get("metrics", mid)
            mean = self.metric_mean(mid, stage)
            if m.target and mean is not None:
                worse = mean < m.target if m.better == "higher" else mean > m.target
                return round(abs(mean - m.target) / m.target, 3) if worse else 0.0
        return None

    def value_at_risk(self, stage: str, share: float, churn: float) -> float:
        """Affected customers a year x their extra churn (an assumption per pain point) x value
        per customer (this stage's segment mix): yearly revenue at risk."""
        total = self.customers[stage]
        biz = self.business.get(stage, 0) / total
        value = (1 - biz) * 620 + biz * 2400
        return float(round(total * share * churn * value, -3))


def add_plan(project: Project, journey: str, stages: dict, survey: data.Survey,
             ops: list[dict], notes: list[dict]) -> None:
    facts = Facts(project, stages, survey, ops, notes)
    for spec in PAIN_POINTS:
        add_pain_point(project, facts, journey, spec)
    add_votes(project)
    for initiative in INITIATIVES:
        add_initiative(project, facts, journey, initiative)


def pp_id(key: str) -> str:
    return f"pp-{key}"


def add_pain_point(project: Project, facts: Facts, journey: str, spec: tuple) -> None:
    key, stage, title, desc, source, severity, reason, column, metrics, share, churn, status = spec
    gap = None
    if column is not None:
        share, gap = facts.survey_gap(column)
    else:
        gap = facts.target_gap(metrics, stage)
    pid = pp_id(key)
    project.add(model.PainPoint(
        pid, journey, facts.stages[stage], title, desc, source, reason, severity, status, round(share, 3),
        None if gap is None else round(gap, 3), None if churn is None else facts.value_at_risk(stage, share, churn),
        None, WORKSHOP))
    for i, ev in enumerate(evidence(facts, stage, reason, column, metrics)):
        project.add(model.Evidence(f"ev-{key}-{i + 1}", pid, *ev))
    if not (reason or column or metrics):
        project.add(model.Evidence(f"ev-{key}-note", pid, "note", "", "Raised in the workshop.", None))


def evidence(facts: Facts, stage: str, reason: str, column: str | None, metrics: list[str]) -> list[tuple]:
    """(kind, ref, note, value) rows: the metrics, the reason and the survey item behind a pain point."""
    rows = []
    for mid in metrics:
        m = facts.project.get("metrics", mid)
        mean = facts.metric_mean(mid, stage)
        if mean is None:   # a metric without values at the stage supports nothing
            continue
        target = f", target {m.target:g}" if m.target is not None else ""
        rows.append(("metric", mid, f"{m.name}: 12-month mean {mean:,.1f} {m.unit}{target}", round(mean, 2)))
    if reason:
        count = facts.reasons.get(reason, 0)
        share = count / facts.n_notes
        rows.append(("reason", reason, f"{count} of {facts.n_notes} comments ({share:.0%})", round(share, 4)))
    if column is not None:
        k = facts.columns.index(column)
        it = data.ITEMS[k]
        answered, worst = facts.affected(column)
        mean = float(np.nanmean(facts.survey.values[:, k]))
        rows.append(("item", f"si-rs26-{k:02d}", f"mean {mean:.2f} on {it.lo}-{it.hi} (n = {answered.sum()}); "
                     f"{worst[answered].mean():.0%} in the two worst boxes", round(mean, 3)))
    return rows


def add_votes(project: Project) -> None:
    """Two rounds of dot voting: 2+2+1 dots on each participant's three favourites, then 2+1 on
    their favourites among the round-one top five (ties by the order of PAIN_POINTS)."""
    keys = [p[0] for p in PAIN_POINTS]
    totals = dict.fromkeys(keys, 0)
    for j, (who, prefs) in enumerate(PREFERENCES.items()):
        for k, dots in zip(prefs, (2, 2, 1)):
            _vote(project, 1, j, who, k, dots)
            totals[k] += dots
    top = sorted(keys, key=lambda k: (-totals[k], keys.index(k)))[:5]
    for j, (who, prefs) in enumerate(PREFERENCES.items()):
        ranked = [k for k in prefs if k in top] + [k for k in top if k not in prefs]
        for k, dots in zip(ranked, (2, 1)):
            _vote(project, 2, j, who, k, dots)


def _vote(project: Project, rnd: int, j: int, who: str, key: str, dots: int) -> None:
    minute = (20 if rnd == 1 else 65) + j
    project.add(model.Vote(f"vt-r{rnd}-{j + 1}-{key}", pp_id(key), who, rnd, dots,
                           f"{WORKSHOP}T{10 + minute // 60:02d}:{minute % 60:02d}:00"))


def add_initiative(project: Project, facts: Facts, journey: str, spec: tuple) -> None:
    key, title, owner, dept, start, due, done, effort, cost, uplift, conf, status, pains, impact, moves, notes = spec
    reach = sum(facts.customers[p[1]] * (project.get("pain_points", pp_id(p[0])).share_affected or 0)
                for p in PAIN_POINTS if p[0] in pains) / len(data.MONTHS)   # customers a month
    target, stage, link, slope = "", None, None, None
    if isinstance(moves, tuple):                      # a metric, with its stated link to a survey item
        metric, column, slope = moves
        link = item_of(column)
        target, stage = f"metric:{metric}", project.get("survey_items", link).stage
    elif moves:
        target = f"item:{item_of(moves)}"
        stage = project.get("survey_items", item_of(moves)).stage
    project.add(model.Initiative(
        f"in-{key}", journey, title, "Expected uplift: points on the linked survey item's scale.", owner, dept,
        start, due, done, float(effort), float(cost), round(reach), uplift, conf, status,
        [pp_id(k) for k in pains], impact, target, stage, link, slope, notes))


def item_of(column: str) -> str:
    return f"si-rs26-{[it.column for it in data.ITEMS].index(column):02d}"
