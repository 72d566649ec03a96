"""Fuzzing the command line with a fixed budget: malformed import files, hostile mappings and
options, damaged project files. Each case must exit 0, 1 (validate) or 2, never with a traceback;
a failure leaves the project's bytes unchanged, a read leaves them alone whatever happens, and
nothing is left beside the file. Every case that ever failed is replayed from regressions/.

benchmarks/fuzz.py runs the same cases by the thousand with a seed.
"""
from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cases  # noqa: E402

BUDGET = 300
REGRESSIONS = sorted((HERE / "regressions").glob("*.json"))


@pytest.fixture(scope="module")
def project() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return cases.base_project(Path(tmp))


def check(case: cases.Case) -> None:
    outcome = cases.run_case(case)
    if outcome.failure is not None:
        saved = cases.save_regression(case, outcome, HERE / "regressions")
        pytest.fail(f"{outcome.failure} ({case.note}; argv {case.argv}); kept as {saved.name}\n{outcome.detail}")


@settings(max_examples=BUDGET, deadline=None, database=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2 ** 32 - 1))
def test_fuzzed_cases_exit_cleanly(project, seed):
    check(cases.make_case(random.Random(seed), project))


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_regressions_stay_fixed(path):
    check(cases.Case.from_json(path.read_text(encoding="utf-8")))
