"""``journeymap demo PATH [--force]``: writes the bundled sample project (synthetic data)."""
from __future__ import annotations

from pathlib import Path

from .common import CliError

HELP = "write the bundled sample project (an insurer, synthetic data) to PATH"


def add_arguments(parser) -> None:
    parser.add_argument("path", help="where to write the sample .jmap")
    parser.add_argument("--force", action="store_true", help="replace an existing file")


def run(args) -> int:
    from journeymap.samples import write_sample

    path = Path(args.path)
    if path.exists() and not args.force:
        raise CliError(f"{path} exists already. Choose another name, or add --force to replace it.")
    if not path.parent.exists():
        raise CliError(f"{path.parent} does not exist. Create the folder first.")
    write_sample(path)
    print(f"wrote the sample project to {path} (its data is synthetic)")
    return 0
