"""Heatmap bands against a target, honouring which direction is better."""
from journeymap.analysis.targets import heat, latest_values
from journeymap.core import model
from journeymap.core.project import Project


def test_bands_against_a_higher_is_better_target():
    h = heat({"a": 85.0, "b": 75.0, "c": 50.0}, target=80.0, better="higher")
    assert (h["a"].band, h["b"].band, h["c"].band) == ("on", "near", "off")


def test_bands_against_a_lower_is_better_target():
    # handling time: 300 s target; 320 is within 10%, 400 is off
    h = heat({"a": 280.0, "b": 320.0, "c": 400.0}, target=300.0, better="lower")
    assert (h["a"].band, h["b"].band, h["c"].band) == ("on", "near", "off")


def test_without_a_target_stages_are_banded_by_their_spread():
    h = heat({"a": 1.0, "b": 2.0, "c": 3.0}, target=None, better="lower")
    assert h["a"].band == "on" and h["c"].band == "off" and h["a"].relative


def test_latest_values_takes_the_newest_period_or_the_one_asked_for():
    p = Project()
    p.add(model.Journey("j", "J"))
    p.add(model.Stage("s", "j", None, "S"))
    p.add(model.MetricDef("m", "FCR"))
    for i, (period, value) in enumerate([("2026-01", 50.0), ("2026-03", 70.0), ("2026-02", 60.0)]):
        p.add(model.MetricValue(f"v{i}", "m", "s", period=period, value=value))
    # a segment's row beside the period's total: all customers is the total, never the two combined
    # (a period stored only per segment gets its total derived: tests/analysis/test_everyone.py)
    p.add(model.MetricValue("seg", "m", "s", period="2026-03", segment="SME", value=10.0))
    assert latest_values(p, metric_id="m", journey_id="j") == {"s": 70.0}
    assert latest_values(p, metric_id="m", journey_id="j", period="2026-02") == {"s": 60.0}
    assert latest_values(p, metric_id="m", journey_id="j", segment="SME") == {"s": 10.0}
