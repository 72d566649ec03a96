"""House rule 1: the core layers never import Qt; exports never import QtWidgets.

Checked from outside the test process: pytest-qt imports PySide6 into this one.
"""
import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: " in result.stdout and " broken" in result.stdout


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
