"""House rule 1: the core layers never import Qt; exports never import QtWidgets; each layer
imports only the layers below it (pyproject.toml's import-linter contracts).

Checked from outside the test process: pytest-qt imports PySide6 into this one.
"""
import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def lint(cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(cwd)}   # the package found first is the one in cwd
    return subprocess.run([str(LINT), "--no-cache"], cwd=cwd, capture_output=True, text=True, env=env,
                          timeout=300)


def contract_count() -> int:
    return (ROOT / "pyproject.toml").read_text(encoding="utf-8").count("[[tool.importlinter.contracts]]")


def test_import_linter_contracts_hold():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    found = re.search(r"Contracts: (\d+) kept, (\d+) broken", result.stdout)
    assert found and found.groups() == (str(contract_count()), "0"), result.stdout
    assert "allow_indirect_imports" not in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_an_upward_import_breaks_the_layers(tmp_path):
    """The contract can fail: storage importing analysis (a layer above it) is reported."""
    shutil.copytree(ROOT / "journeymap", tmp_path / "journeymap",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "journeymap" / "storage" / "__init__.py"
    target.write_text(target.read_text(encoding="utf-8") + "\nimport journeymap.analysis.metrics  # upward\n",
                      encoding="utf-8")
    result = lint(tmp_path)
    assert result.returncode != 0
    assert re.search(r"Contracts: \d+ kept, 1 broken", result.stdout), result.stdout
    assert "journeymap.storage -> journeymap.analysis.metrics" in result.stdout


def test_a_second_analysis_module_reading_storage_breaks_the_seam(tmp_path):
    """Analysis takes frames: a module besides analysis.survey_data importing storage is reported,
    though the layers allow it (analysis sits above storage)."""
    shutil.copytree(ROOT / "journeymap", tmp_path / "journeymap",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "journeymap" / "analysis" / "metrics.py"
    target.write_text(target.read_text(encoding="utf-8") + "\nimport journeymap.storage.datasets  # a read\n",
                      encoding="utf-8")
    result = lint(tmp_path)
    assert result.returncode != 0
    assert re.search(r"Contracts: \d+ kept, 1 broken", result.stdout), result.stdout
    assert "Analysis reads the project file only through analysis.survey_data BROKEN" in result.stdout
    assert "journeymap.analysis.metrics -> journeymap.storage.datasets" in result.stdout


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    return names


def test_exports_import_no_widgets():
    offenders = [f"{p.relative_to(ROOT)}: {name}"
                 for p in (ROOT / "journeymap" / "export").rglob("*.py")
                 for name in _imports(p) if name.startswith("PySide6.QtWidgets")]
    assert not offenders, offenders


def test_info_command_loads_no_heavy_module(tmp_path):
    """`journeymap info` must answer fast: no Qt, pandas, networkx or plotly on its path."""
    target = tmp_path / "p.jmap"
    subprocess.run([sys.executable, "-m", "journeymap", "new", str(target)], check=True, cwd=ROOT)
    probe = ("import sys, runpy; sys.argv=['journeymap','info',%r];\n"
             "from journeymap.cli import main; main(sys.argv[1:])\n"
             "heavy=[m for m in ('PySide6','pandas','networkx','plotly','numpy') if m in sys.modules]\n"
             "print('HEAVY', heavy)") % str(target)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr
