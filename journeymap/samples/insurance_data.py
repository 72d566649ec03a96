"""Synthetic data of the insurer's sample: a relationship survey and monthly operating data.

The survey comes from a latent model, so its key drivers are real and known:
each respondent has a halo h (a general liking of the insurer) and one experience per stage,
e_k = a_k h + sqrt(1 - a_k^2) u_k. Overall satisfaction is driven strongly by the claim,
complaint and failed-payment experiences, weakly by onboarding, plus the halo itself. Items
with a high halo loading (the welcome pack) correlate well with the outcome while driving it
little: correlation alone misleads, regression and relative weights do not.

Everything is drawn from the numpy Generator the caller passes in: same seed, same data.
Nothing here knows the project model; it returns plain arrays, rows and CSV text.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Sequence

import numpy as np

YEAR = 2026
SURVEY_N = 5000
SEGMENT_NAMES = ("Private customers", "Small business")
POP_SHARE = np.array([0.8, 0.2])          # of all customers
SAMPLE_SHARE = np.array([0.7, 0.3])       # small business is oversampled; weights correct it
HALO_DIRECT = 0.15                        # the halo's own effect on the outcome
MONTHS = [f"{YEAR - 1}-12"] + [f"{YEAR}-{m:02d}" for m in range(1, 12)]   # operating periods


@dataclass(frozen=True)
class Item:
    column: str          # header in the survey file
    stage: str           # current-state stage name
    label: str           # the question
    lo: int
    hi: int
    better: str          # higher | lower
    code: int | None     # "not applicable" code in the file (None: left blank)
    na: float            # share not answering
    halo: float          # loading a_k on the halo
    beta: float          # true effect of the experience on the outcome
    mean: float          # mean answer on the item's scale, at e = 0
    sd: float            # answer points per unit of experience
    business: float = 0.0   # shift of the experience for small business
    trend: float = 0.0      # shift per month of fieldwork


ITEMS = [
    Item("Ease of the online quote", "Gets an online quote", "How easy was it to get a quote online?",
         1, 5, "higher", None, 0.03, 0.60, 0.05, 4.0, 0.8),
    Item("Chat bot understood me", "Chats with the bot", "The chat bot understood my question.",
         1, 5, "higher", 9, 0.10, 0.40, 0.06, 2.8, 1.0, -0.2),
    Item("Clarity of the cover", "Signs the policy", "Before signing, I understood what the policy covers.",
         1, 5, "higher", None, 0.03, 0.60, 0.10, 3.5, 0.9),
    Item("Welcome pack was helpful", "Receives the welcome pack", "The welcome pack told me what I needed.",
         1, 5, "higher", None, 0.03, 0.75, 0.0, 3.9, 0.8),
    Item("Ease of registering in the app", "Registers in the app", "Registering in the app was easy.",
         1, 5, "higher", 9, 0.06, 0.50, 0.06, 3.2, 1.0),
    Item("Clarity of the bill", "Receives the first bill", "The first bill was clear.",
         1, 5, "higher", None, 0.03, 0.55, 0.10, 3.3, 0.9),
    Item("Handling of a failed payment", "Payment fails and is chased",
         "If a payment failed: how well did we handle it?", 1, 5, "higher", 9, 0.12, 0.35, 0.30, 2.7, 1.0,
         -0.2),
    Item("Agent resolved my question", "Calls with a question", "The agent resolved my question on the call.",
         1, 5, "higher", None, 0.04, 0.50, 0.12, 3.6, 0.9),
    Item("Handling of my complaint", "Complaint is handled", "If you complained: how well was it handled?",
         1, 5, "higher", 9, 0.12, 0.40, 0.32, 2.6, 1.0),
    Item("Effort to report a claim", "Reports a claim",
         "How much effort did you personally have to put in to report your claim? (1 = very little)",
         1, 7, "lower", 9, 0.08, 0.35, 0.30, 3.6, 1.3, -0.3),
    Item("Speed of the claim assessment", "Assessment and documents", "How satisfied are you with the speed "
         "of the claim assessment?", 1, 5, "higher", 9, 0.08, 0.35, 0.40, 2.9, 1.0, -0.3, -0.04),
    Item("Recommend after the claim", "Claim is settled", "After your claim, how likely are you to "
         "recommend us to a friend? (0-10)", 0, 10, "higher", 99, 0.08, 0.45, 0.18, 7.0, 2.0, -0.1),
]
# (item column, first fieldwork month it applies to, shift): the plain-language bill, live in June;
# one owner per complaint (in progress since October) shows in the December wave
STEPS = [("Clarity of the bill", 6, 0.5), ("Handling of my complaint", 12, 0.5)]
WAVE2 = f"{YEAR}-12"                      # the second survey wave and operating month (after the workshop)
WAVE2_N = 450
OUTCOME = ("overall_satisfaction", "Overall, how satisfied are you with us? (1-5)")
SURVEY_HEADER = ["respondent_id", "interview_date", "customer_type", "weight", OUTCOME[0]] \
    + [it.column for it in ITEMS]


@dataclass
class Survey:
    ids: list[str]
    dates: list[str]
    periods: list[str]
    segments: list[str]
    weights: np.ndarray
    outcome: np.ndarray      # 1..5, NaN where blank
    values: np.ndarray       # answers, NaN where blank or coded "not applicable"
    codes: np.ndarray        # as in the file: the "not applicable" codes kept, NaN where blank
    csv_text: str

    def raw_rows(self) -> list[tuple]:
        """Rows for storage.datasets.survey_columns(len(ITEMS)), in file order."""
        nan = lambda v: None if np.isnan(v) else float(v)  # noqa: E731
        return [(i + 2, self.ids[i], self.segments[i], self.periods[i], self.dates[i],
                 float(self.weights[i]), nan(self.outcome[i]), *map(nan, self.values[i]))
                for i in range(len(self.ids))]


def _dates(rng: np.random.Generator, n: int, first: str = f"{YEAR}-01-05", last: str = f"{YEAR}-11-30") -> np.ndarray:
    """Sorted fieldwork dates, 5 January to 30 November of YEAR (the first wave)."""
    start = np.datetime64(first)
    days = (np.datetime64(last) - start).astype(int)
    return np.sort(start + rng.integers(0, days + 1, n))


def _experiences(rng: np.random.Generator, n: int, business: np.ndarray,
                 month: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Latent halo h (n,) and experiences e (n, k) with segment shifts, trends and steps."""
    h = rng.standard_normal(n)
    a = np.array([it.halo for it in ITEMS])
    e = h[:, None] * a + rng.standard_normal((n, len(ITEMS))) * np.sqrt(1 - a ** 2)
    e += business[:, None] * np.array([it.business for it in ITEMS])
    e += (month[:, None] - 1) * np.array([it.trend for it in ITEMS])
    cols = [it.column for it in ITEMS]
    for column, first, shift in STEPS:
        e[:, cols.index(column)] += np.where(month >= first, shift, 0.0)
    return h, e


def _answers(rng: np.random.Generator, e: np.ndarray) -> np.ndarray:
    """Answers on each item's scale: noisy, rounded, clipped; effort runs the other way."""
    sign = np.array([1.0 if it.better == "higher" else -1.0 for it in ITEMS])
    mean = np.array([it.mean for it in ITEMS])
    sd = np.array([it.sd for it in ITEMS])
    raw = mean + sign * sd * (e + 0.45 * rng.standard_normal(e.shape))
    lo = np.array([it.lo for it in ITEMS])
    hi = np.array([it.hi for it in ITEMS])
    return np.clip(np.rint(raw), lo, hi)


def _outcome(rng: np.random.Generator, h: np.ndarray, e: np.ndarray) -> np.ndarray:
    beta = np.array([it.beta for it in ITEMS])
    y = e @ beta + HALO_DIRECT * h + 0.75 * rng.standard_normal(len(h))
    y = (y - y.mean()) / y.std()
    return np.clip(np.rint(3.6 + 0.95 * y), 1, 5)


def survey(rng: np.random.Generator, n: int = SURVEY_N, first: str = f"{YEAR}-01-05",
           last: str = f"{YEAR}-11-30", first_id: int = 1) -> Survey:
    dates = _dates(rng, n, first, last)
    month = (dates.astype("datetime64[M]").astype(int) % 12) + 1
    business = (rng.random(n) < SAMPLE_SHARE[1]).astype(float)
    h, e = _experiences(rng, n, business, month)
    answers = _answers(rng, e)
    y = _outcome(rng, h, e)
    y[rng.random(n) < 0.01] = np.nan
    na = rng.random(answers.shape) < np.array([it.na for it in ITEMS])
    values = np.where(na, np.nan, answers)
    code = np.array([np.nan if it.code is None else it.code for it in ITEMS])
    codes = np.where(na, code, answers)
    seg_idx = business.astype(int)
    share = np.bincount(seg_idx, minlength=2) / n
    weights = np.round((POP_SHARE / share)[seg_idx], 4)
    ids = [f"R{first_id + i:05d}" for i in range(n)]
    dstr = [str(d) for d in dates]
    segments = [SEGMENT_NAMES[s] for s in seg_idx]
    periods = [d[:7] for d in dstr]
    text = _csv(ids, dstr, segments, weights, y, codes)
    return Survey(ids, dstr, periods, segments, weights, y, values, codes, text)


def second_wave(rng: np.random.Generator) -> Survey:
    """The December wave (fieldwork 1-31 December), drawn by the same model from its own generator."""
    return survey(rng, WAVE2_N, f"{WAVE2}-01", f"{WAVE2}-31", SURVEY_N + 1)


def both_waves(a: Survey, b: Survey) -> Survey:
    """One file holding the two waves, as the survey vendor delivers it after December."""
    body = b.csv_text.split("\n", 1)[1]
    return Survey(a.ids + b.ids, a.dates + b.dates, a.periods + b.periods, a.segments + b.segments,
                  np.concatenate([a.weights, b.weights]), np.concatenate([a.outcome, b.outcome]),
                  np.vstack([a.values, b.values]), np.vstack([a.codes, b.codes]), a.csv_text + body)


def _cell(v: float) -> str:
    return "" if np.isnan(v) else str(int(v))


def _csv(ids: Sequence, dates: Sequence, segments: Sequence, weights: Sequence, y: np.ndarray,
         codes: np.ndarray) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(SURVEY_HEADER)
    for i in range(len(ids)):
        w.writerow([ids[i], dates[i], segments[i], f"{weights[i]:g}", _cell(y[i]),
                    *map(_cell, codes[i])])
    return out.getvalue()


# -- operating data ---------------------------------------------------------------------------
# stage: (customers a month, small-business share, contacts per customer, AHT s, FCR 0..1,
#         wait s, complaints per 1,000 customers, cost per contact, season)
PROFILE = {
    "Searches and sees an ad": (42000, .20, None, None, None, None, None, None, "sales"),
    "Calls the contact centre": (10500, .25, 1.10, 420, .72, 95, 2.0, 6.5, "sales"),
    "Chats with the bot": (6300, .10, 1.00, 240, .38, None, 1.5, 1.2, "sales"),
    "Gets an online quote": (29000, .15, None, None, None, None, None, None, "sales"),
    "Agent prepares a quote": (13500, .35, 1.40, 900, .81, 40, 1.0, 14.0, "sales"),
    "Compares and decides": (38000, .20, None, None, None, None, None, None, "sales"),
    "Signs the policy": (24700, .20, 0.12, 600, .85, 60, 1.2, 9.0, "sales"),
    "Drops out": (13300, .20, None, None, None, None, None, None, "sales"),
    "Receives the welcome pack": (24700, .20, None, None, None, None, 0.5, None, "sales"),
    "Registers in the app": (17300, .15, 0.18, 380, .70, 80, 2.5, 6.0, "sales"),
    "Sets up direct debit": (26500, .20, 0.06, 300, .86, 70, 0.8, 5.0, "flat"),
    "Receives the first bill": (24700, .20, 0.14, 420, .78, 90, 3.0, 6.0, "flat"),
    "Payment fails and is chased": (2000, .25, 0.90, 540, .46, 150, 38.0, 8.5, "flat"),
    "Changes policy details": (36000, .25, 0.25, 360, .80, 75, 1.0, 6.0, "flat"),
    "Calls with a question": (31000, .22, 1.15, 410, .74, 110, 4.0, 6.8, "flat"),
    "Renews the policy": (35000, .20, 0.08, 450, .88, 70, 1.5, 6.0, "sales"),
    "Files a complaint": (1900, .25, 1.00, 600, .55, 120, 1000.0, 9.0, "flat"),
    "Complaint is handled": (1850, .25, 1.70, 780, .42, 140, 180.0, 12.0, "flat"),
    "Reports a claim": (2400, .30, 1.30, 720, .66, 130, 8.0, 11.0, "claims"),
    "Assessment and documents": (2300, .30, 2.20, 540, .48, 160, 24.0, 10.5, "claims"),
    "Claim is settled": (1950, .30, 0.30, 360, .82, 90, 10.0, 7.0, "claims"),
}
DECISION_STAGES = {"Reports a claim": 2.0, "Assessment and documents": 16.0}  # days to a decision
OPS_HEADER = ["stage", "period", "segment", "customers", "contacts", "aht_s", "fcr_pct", "wait_s",
              "complaints", "cost_per_contact", "decision_days"]


def season(kind: str, month: int) -> float:
    """Claims peak with the winter storms, sales and renewals in January."""
    phase = 2 * np.pi * (month - 1) / 12
    return {"claims": 1 + 0.3 * np.cos(phase - 0.5), "sales": 1 + 0.12 * np.cos(phase)}.get(kind, 1.0)


def _month_factors(stage: str, i: int, month: int) -> dict:
    """Trends: fewer calls as the app grows, the bill fix from June, a claims backlog."""
    f = {"contacts": 1.0, "complaints": 1.0, "aht": 1.0, "fcr": 1.0}
    if stage in ("Calls with a question", "Calls the contact centre"):
        f["contacts"] = 1 - 0.01 * i
    if stage == "Receives the first bill" and month >= 6 and i > 0:
        f["contacts"] = f["complaints"] = 0.55
    if stage == "Assessment and documents":
        f["aht"] = 1 + 0.015 * i
    if stage == "Complaint is handled" and i >= 12:   # one owner per complaint: fewer repeat contacts
        f["fcr"], f["contacts"] = 1.3, 0.8
    return f


def operations(rng: np.random.Generator, months: list[str] = MONTHS, first: int = 0) -> list[dict]:
    """One row per stage, month and segment, as in the synthetic source file (``first``: index of
    the first month in the run of months since MONTHS[0], for the trends)."""
    rows = []
    for i, period in enumerate(months, start=first):
        month = int(period[5:])
        for stage, (cust, biz, cpc, aht, fcr, wait, cpl, cost, kind) in PROFILE.items():
            s = season(kind, month)
            f = _month_factors(stage, i, month)
            total = cust * s * (1 + 0.03 * rng.standard_normal())
            for seg, share in zip(SEGMENT_NAMES, (1 - biz, biz)):
                rows.append(_ops_row(rng, stage, period, seg, total * share, s, i, f,
                                     (cpc, aht, fcr, wait, cpl, cost), seg == SEGMENT_NAMES[1]))
    return rows


def _ops_row(rng: np.random.Generator, stage: str, period: str, seg: str, customers: float, s: float, i: float,
            f: dict[str, float], profile: tuple, business: float) -> dict:
    cpc, aht, fcr, wait, cpl, cost = profile
    row = dict.fromkeys(OPS_HEADER)
    row.update(stage=stage, period=period, segment=seg, customers=int(round(customers)))
    noise = lambda sd: 1 + sd * rng.standard_normal()  # noqa: E731
    if cpc is not None:
        row["contacts"] = int(round(customers * cpc * f["contacts"] * (1.3 if business else 1) * noise(0.04)))
        row["aht_s"] = round(aht * f["aht"] * (1.2 if business else 1) * noise(0.03) * (1 + 0.1 * (s - 1)))
        row["fcr_pct"] = round(min(99.0, 100 * fcr * f["fcr"] * noise(0.03)), 1)
        row["cost_per_contact"] = round(cost * noise(0.03) * f["aht"], 2)
        if wait is not None:
            row["wait_s"] = round(wait * noise(0.08) * (1 + 1.5 * (s - 1)))
    if cpl is not None:
        row["complaints"] = int(rng.poisson(customers * cpl / 1000 * f["complaints"]
                                            * (1.2 if business and cpl < 1000 else 1)))
    if stage in DECISION_STAGES:
        base = DECISION_STAGES[stage]
        row["decision_days"] = round(base * (1 + 0.9 * (s - 1) + 0.025 * i) * noise(0.04), 1)
    return row


def operations_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(OPS_HEADER)
    for r in rows:
        w.writerow(["" if r[c] is None else r[c] for c in OPS_HEADER])
    return out.getvalue()
