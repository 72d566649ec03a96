"""Writes the bundled sample project (an insurer, synthetic data): python resources/build_sample.py OUT.jmap"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from journeymap.samples.insurance import build_sample  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python resources/build_sample.py OUT.jmap", file=sys.stderr)
        return 2
    out = Path(argv[0])
    if not out.parent.exists():
        print(f"{out.parent} does not exist. Create the folder first.", file=sys.stderr)
        return 2
    build_sample(out)
    print(f"wrote the sample project to {out} (its data is synthetic)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
