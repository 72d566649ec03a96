"""Keyword coding (Chinese without spaces, variants, priority) and the Pareto of reasons."""
import pandas as pd
import pytest

from journeymap.analysis.reasons import (PARETO_KEYS, Rule, code_text, code_texts, compare_sources,
                                         keyword_pattern, pareto, pareto_frame, rules_from)

RULES = [Rule("Attitude", ("态度", "rude")), Rule("Waiting", ("等", "慢", "wait")),
         Rule("Billing", ("扣费", "charged twice"), priority=5)]


@pytest.mark.parametrize("text,reason", [
    ("客服态度很差", "Attitude"),              # simplified keyword in simplified text, no spaces
    ("客服態度很差", "Attitude"),              # ... and in traditional text
    ("等了半小时才接通", "Waiting"),
    ("態度不好，而且等很久", "Attitude"),       # first rule wins at equal priority
    ("等了很久还被重复扣费", "Billing"),         # higher priority first
    ("The agent was RUDE", "Attitude"),        # Latin without case
    ("ｃｈａｒｇｅｄ ｔｗｉｃｅ", "Billing"),      # full-width forms
    ("一切顺利", None), ("", None), (None, None)])
def test_code_text(text, reason):
    assert code_text(text, RULES) == reason


def test_traditional_keyword_matches_simplified_text():
    rules = [Rule("Claims", ("理賠",))]
    assert code_text("理赔太慢", rules) == "Claims"
    assert keyword_pattern(["理賠"]) == "理[賠赔]"


def test_vectorised_coding_agrees_and_handles_exclusions():
    rules = RULES + [Rule("Praise", ("好",), exclude=("不好",))]
    texts = pd.Series(["客服態度很差", "等了半小时", "很好", "不好", None, "nothing"])
    coded = code_texts(texts, rules)
    assert coded.tolist() == ["Attitude", "Waiting", "Praise", None, None, None]
    assert coded.tolist() == [code_text(t, rules) for t in texts]
    assert code_texts(texts, rules, uncoded="Uncoded").tolist()[-1] == "Uncoded"


def test_rules_from_model_like_objects_and_dicts():
    class Reason:   # the shape of core.model.Reason
        name, keywords, priority, stage = "Late", ["迟到"], 2, "Delivery"
    rules = rules_from([Reason(), {"reason": "Rude", "keywords": ["rude"]}])
    assert rules[0] == Rule("Late", ("迟到",), 2, "Delivery") and rules[1].reason == "Rude"


@pytest.fixture
def feedback():
    rows = ([("Waiting", "Call centre", 2, "customer", "2026-10")] * 5 +
            [("Attitude", "Counter", 1, "customer", "2026-10")] * 3 +
            [("Attitude", "Call centre", 3, "customer", "2026-11")] * 1 +
            [("Billing", "Payment", None, "customer", "2026-11")] * 1 +
            [(None, "Counter", 4, "customer", "2026-11")] * 2 +
            [("Systems", "Claim", None, "employee", "2026-10")] * 4)
    return pd.DataFrame(rows, columns=["reason", "stage", "score", "source", "period"])


def test_pareto_shares_and_cum_share(feedback):
    out = pareto(feedback, source="customer")
    assert [tuple(r) for r in out] == [PARETO_KEYS] * 3
    assert [(r["reason"], r["count"]) for r in out] == [("Waiting", 5), ("Attitude", 4), ("Billing", 1)]
    assert [r["share"] for r in out] == pytest.approx([0.5, 0.4, 0.1])
    assert [r["cum_share"] for r in out] == pytest.approx([0.5, 0.9, 1.0])
    assert out[1]["mean_score"] == pytest.approx((3 * 1 + 3) / 4) and out[2]["mean_score"] is None
    assert out[1]["stage"] == "Counter"               # the reason's most frequent stage


def test_pareto_filters(feedback):
    assert [r["reason"] for r in pareto(feedback, source="employee")] == ["Systems"]
    assert [r["count"] for r in pareto(feedback)] == [5, 4, 4, 1]    # all sources; ties by name
    nov = pareto(feedback, source="customer", period="2026-11")
    assert [(r["reason"], r["share"]) for r in nov] == [("Attitude", 0.5), ("Billing", 0.5)]
    counter = pareto(feedback, stage="Counter")
    assert counter == [{"reason": "Attitude", "count": 3, "share": 1.0, "cum_share": 1.0,
                        "mean_score": 1.0, "stage": "Counter"}]
    with pytest.raises(ValueError):
        pareto(feedback, source="partner")


def test_pareto_with_uncoded(feedback):
    t = pareto_frame(feedback, source="customer", include_uncoded=True)
    assert t.set_index("reason").loc["Uncoded", "count"] == 2
    assert t["cum_share"].iloc[-1] == pytest.approx(1.0)
    assert pareto(feedback.iloc[0:0]) == []


def test_compare_customer_and_employee(feedback):
    both = compare_sources(feedback).set_index("reason")
    assert both.loc["Systems", "employee"] == 1.0 and both.loc["Systems", "customer"] == 0.0
    assert both.loc["Waiting", "customer"] == 0.5
