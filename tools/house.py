"""The shape of the house, printed: module counts and sizes per package, the longest functions, and
the arrows between packages (which package imports which, and how many modules do).

    .venv/bin/python tools/house.py [ROOT]        # ROOT: a checkout (default: this one)

Run it on an old checkout (git worktree add /tmp/old COMMIT) to compare before and after. It reads
the source with ``ast`` and imports nothing, so any revision can be measured with today's Python.
"""
from __future__ import annotations

import ast
import sys
from collections import Counter, defaultdict
from pathlib import Path

# Bottom to top, as the import-linter layers contract in pyproject.toml has them.
LAYERS = ["journeymap", "i18n", "core", "storage", "analysis", "importers", "voting", "samples", "charts", "export",
          "ui", "app", "cli", "__main__"]


def package_of(module: str, known: set[str] | None = None) -> str:
    """The package under journeymap a module belongs to; names defined in journeymap/__init__.py
    (``from journeymap import __version__``) belong to the root, "journeymap"."""
    parts = module.split(".")
    if len(parts) < 2 or parts[0] != "journeymap":
        return ""
    return parts[1] if known is None or parts[1] in known else "journeymap"


def module_name(root: Path, file: Path) -> str:
    rel = file.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(tree: ast.Module, module: str, is_package: bool) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:   # relative: resolve against this module's package
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{a.name}" for a in node.names)
    return {m for m in found if m.startswith("journeymap")}


def functions(tree: ast.Module, module: str):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node.end_lineno - node.lineno + 1, f"{module}.{node.name}"


def main(root: Path) -> None:
    files = sorted(p for p in (root / "journeymap").rglob("*.py") if "__pycache__" not in p.parts)
    lines_per_package: Counter = Counter()
    modules_per_package: Counter = Counter()
    over_400, longest, arrows = [], [], defaultdict(set)
    known = {module_name(root, f).split(".")[1] for f in files if module_name(root, f).count(".")}
    for file in files:
        text = file.read_text(encoding="utf-8")
        module = module_name(root, file)
        package = package_of(module) or "journeymap"
        n = text.count("\n")
        lines_per_package[package] += n
        modules_per_package[package] += 1
        if n > 400:
            over_400.append((n, module))
        tree = ast.parse(text)
        longest.extend(functions(tree, module))
        for target in imports_of(tree, module, file.name == "__init__.py"):
            other = package_of(target, known)
            if other and other != package:
                arrows[(package, other)].add(module)
    print(f"# {root}")
    print(f"modules: {len(files)}, lines: {sum(lines_per_package.values())}, "
          f"modules over 400 lines: {len(over_400)}")
    print("\npackage      modules  lines")
    for package in sorted(modules_per_package, key=lambda p: LAYERS.index(p) if p in LAYERS else -1):
        print(f"  {package:<10} {modules_per_package[package]:>7} {lines_per_package[package]:>6}")
    print("\nlongest functions (lines):")
    for n, name in sorted(longest, reverse=True)[:10]:
        print(f"  {n:>4}  {name}")
    rank = {p: i for i, p in enumerate(LAYERS)}
    print("\narrows between packages (importer -> imported: modules that import):")
    upward = 0
    for (src, dst), mods in sorted(arrows.items(), key=lambda kv: (rank.get(kv[0][0], -1), kv[0][1])):
        wrong = rank.get(src, 99) < rank.get(dst, -1)
        upward += wrong
        mark = "  UPWARD" if wrong else ""
        print(f"  {src:>9} -> {dst:<9} {len(mods):>3}{mark}")
    print(f"\narrows: {len(arrows)}, upward: {upward}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1]).resolve())
