"""Which modules of mypy's not-yet-clean list in pyproject.toml are clean now (delete their lines), and
how many errors each of the others still has.

    .venv/bin/python tools/mypy_list.py

It runs mypy once over the package with the list left out (about 20 s cold, a second cached) and
counts the errors per module; ``./dev test`` itself runs mypy with the list.
"""
from __future__ import annotations

import re
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent


def listed(config: dict) -> list[str]:
    return [m for o in config.get("overrides", []) if o.get("ignore_errors") for m in o["module"]]


def errors_per_module(config: dict) -> Counter:
    """mypy's errors per module, the settings of [tool.mypy] without its overrides."""
    settings = {k: v for k, v in config.items() if k not in ("overrides", "files")}
    lines = ["[mypy]"] + [f"{k} = {', '.join(v) if isinstance(v, list) else v}" for k, v in settings.items()]
    with tempfile.NamedTemporaryFile("w", suffix=".ini", delete=False) as ini:
        ini.write("\n".join(lines) + "\n")
    out, _err, _status = api.run(["--config-file", ini.name, *config.get("files", ["journeymap"])])
    Path(ini.name).unlink()
    counts: Counter = Counter()
    for line in out.splitlines():
        found = re.match(r"(\S+)\.py:\d+: error:", line)
        if found:
            counts[found.group(1).removesuffix("/__init__").replace("/", ".")] += 1
    return counts


def main() -> int:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    modules = listed(config)
    counts = errors_per_module(config)
    for module in modules:
        print(f"{module:50} {counts[module]:4} errors" if counts[module] else f"{module:50} clean: delete its line")
    unlisted = sorted(m for m in counts if m not in modules)
    for module in unlisted:
        print(f"{module:50} {counts[module]:4} errors, not listed: fix them (./dev test fails)")
    print(f"{len(modules)} listed, {sum(counts[m] for m in modules)} errors in them; {len(unlisted)} failing unlisted")
    return 1 if unlisted else 0


if __name__ == "__main__":
    sys.exit(main())
