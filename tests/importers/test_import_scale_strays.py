"""A lone value off an item's scale does not widen the proposed scale (QA: one 7 in a 1-5 item made
it 1-7 and the Check page found nothing): it stays 1-5 and the Check names the 7 with its line.
Real 1-7 and 0-10 items, and don't-know codes (9, 99), are proposed as before."""
from __future__ import annotations

import numpy as np
import pytest

from journeymap.importers.prepare import prepare_import
from journeymap.importers.suggest import detect_scale, suggest_items


def ratings(n: int, top: int, seed: int = 1) -> list[int]:
    """``n`` answers using every point of 1..top."""
    rng = np.random.default_rng(seed)
    return [int(x) for x in rng.integers(1, top + 1, n)]


def with_one(values: list[int], value: int, at: int) -> list[int]:
    out = list(values)
    out[at] = value
    return out


@pytest.mark.parametrize("values,scale,strays", [
    (with_one(ratings(100, 5), 7, 80), (1, 5), (7.0,)),          # survey_bad2.csv's 'Signup ease'
    (with_one(ratings(200, 5), 6, 17), (1, 5), (6.0,)),          # survey_codes.csv's 'Claims speed'
    (with_one(with_one(ratings(200, 5), 6, 3), 7, 9), (1, 7), ()),   # two values above: a 1-7 item
    (ratings(200, 5) + [6, 6, 6], (1, 7), ()),                   # 6 from 1.5% of the answers
    (with_one(ratings(30, 5), 7, 4), (1, 7), ()),                # under 100 answers: no single stray
    (ratings(200, 7), (1, 7), ()),
    (with_one(ratings(300, 10), 0, 5), (0, 10), ()),             # NPS
    (with_one(ratings(300, 10) + [0] * 30, 14, 7), (0, 10), (14.0,)),
    ([1] * 150 + [2], (1, 5), ()),                               # nothing like 0/1: not a stray of 0-1
])
def test_a_lone_value_above_the_scale_does_not_widen_it(values, scale, strays):
    guess = detect_scale(values)
    assert (guess.scale, guess.strays) == (scale, strays)


def test_dont_know_codes_stay_codes_beside_a_stray():
    values = with_one(ratings(200, 5), 7, 40) + [9, 9, 9, 99]
    guess = detect_scale(values)
    assert guess.scale == (1, 5) and set(guess.missing) == {9.0, 99.0} and guess.strays == (7.0,)
    zeros = with_one(ratings(200, 5), 7, 40) + [0] * 10
    guess = detect_scale(zeros)
    assert guess.scale == (1, 5) and guess.missing == (0.0,) and guess.strays == (7.0,)


def test_the_check_names_the_stray_with_its_line(tmp_path):
    import pandas as pd
    signup = with_one(ratings(100, 5, seed=4), 7, 80)              # data row 81 = line 82
    quote = ratings(100, 5, seed=5)
    path = tmp_path / "s.csv"
    path.write_text("id,Quote clarity,Signup ease,Overall\n" + "".join(
        f"{i + 1},{q},{s},{q}\n" for i, (q, s) in enumerate(zip(quote, signup))), encoding="utf-8")
    found = {g.column: g for g in suggest_items(pd.read_csv(path, dtype=str), stages=[], skip=["id", "Overall"])}
    assert found["Signup ease"].scale == (1, 5) and "a lone 7" in found["Signup ease"].why
    mapping = {"kind": "survey", "name": "s", "journey": "j", "id": "id",
               "outcome": {"column": "Overall", "type": "scale", "scale": [1, 5]},
               "items": [found[c].to_item() | {"stage": c} for c in ("Quote clarity", "Signup ease")]}
    report = prepare_import(path, mapping).report
    assert not report.ok
    assert "1 row has a value off the scale 1-5 (7 on line 82)" in report.summary()
    # without a scale in the mapping the import detects the same 1-5 and names the same line
    for item in mapping["items"]:
        item.pop("scale")
    assert "(7 on line 82)" in prepare_import(path, mapping).report.summary()
