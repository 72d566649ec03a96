"""``journeymap demo PATH [--force]``: writes the bundled sample project (synthetic data)."""
from __future__ import annotations

import argparse
from pathlib import Path

from .common import CliError, _

HELP = "write the bundled sample project (an insurer, synthetic data) to PATH"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="where to write the sample .jmap")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument("--lang", default="en", choices=("en", "zh_CN", "zh_TW"),
                        help="the sample's language: English, 简体中文 or 繁體中文 (the same data)")


def run(args: argparse.Namespace) -> int:
    from journeymap.samples import write_sample

    path = Path(args.path)
    if path.exists() and not args.force:
        raise CliError(_("{path} exists already. Choose another name, or add --force to replace it.").format(
            path=path))
    if not path.parent.exists():
        raise CliError(_("{folder} does not exist. Create the folder first.").format(folder=path.parent))
    if args.lang == "en":
        write_sample(path)
    else:
        from journeymap.samples.chinese import build_sample
        missing = build_sample(path, args.lang)
        if missing:  # a sample text added without its translation: say so rather than ship it mixed
            raise CliError(f"the {args.lang} sample lacks translations for: {'; '.join(missing[:5])}")
    print(_("wrote the sample project to {path} (its data is synthetic)").format(path=path))
    return 0
