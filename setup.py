"""Build step that pyproject.toml cannot say: the wheel carries resources/ as package data.

resources/ stays at the top of the checkout (the source: icons, templates, .ts translations, locale
catalogues, desktop files). ``build_py`` copies it into the wheel as ``journeymap/resources`` and compiles
the Qt Linguist sources (.ts) into .qm there with pyside6-lrelease (PySide6-Essentials is a build
requirement for that reason), so ``pip install .`` gives the whole app: icons, translations, templates.
``journeymap.resource_path`` finds the files in a checkout, an installed wheel and a frozen app alike.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "build_*.py", "seed_*.json")


def lrelease() -> str:
    """pyside6-lrelease of the interpreter running the build (its isolated build environment)."""
    import PySide6  # a build requirement

    for candidate in (Path(PySide6.__file__).parent / "lrelease",
                      Path(sys.executable).parent / "pyside6-lrelease"):
        if candidate.exists():
            return str(candidate)
    raise RuntimeError("pyside6-lrelease not found: install PySide6-Essentials to build JourneyMap")


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "journeymap" / "resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / "resources", target, ignore=SKIP)
        tool = lrelease()
        for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
            subprocess.run([tool, "-silent", str(ts), "-qm", str(target / "translations" / f"{ts.stem}.qm")],
                           check=True)


setup(cmdclass={"build_py": BuildWithResources})
