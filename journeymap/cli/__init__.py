"""The command line (shared/docs/cli.md is the contract: names, exit codes, JSON keys).

Each command lives in its own module under journeymap/cli/, exposing ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``. Only the chosen command's module is
imported, and those modules import pandas, networkx or Qt inside ``run`` only, so
``journeymap info`` answers without loading any of them.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from types import ModuleType

from .common import CliError, EXIT_BAD_INPUT
from .common import plain, plain_output
from .interrupt import caused_by_interrupt, first_interrupt_only

# command -> module under journeymap.cli
COMMANDS = {
    "demo": "demo_cmd",
    "new": "new_cmd",
    "info": "info_cmd",
    "validate": "validate_cmd",
    "import": "import_cmd",
    "drivers": "drivers_cmd",
    "pareto": "pareto_cmd",
    "rank": "rank_cmd",
    "roadmap": "roadmap_cmd",
    "review": "review_cmd",
    "votes": "votes_cmd",
    "search": "search_cmd",
    "export": "export_cmd",
    "screenshot": "screenshot_cmd",
}


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"journeymap.cli.{COMMANDS[name]}")
    except ModuleNotFoundError as exc:
        if exc.name == f"journeymap.cli.{COMMANDS[name]}":
            return None  # a command of the contract that has not arrived yet
        raise


def _usage() -> str:
    lines = ["usage: journeymap [PATH]            open the app (the sample project without PATH)",
             "       journeymap COMMAND ...       run a command headless; COMMAND --help for more", "",
             "commands:"]
    for name in COMMANDS:
        mod = _module(name)
        lines.append(f"  {name:<12}{mod.HELP if mod else '(not available in this version)'}")
    return "\n".join(lines)


LANG_CHOICES = ("en", "zh_CN", "zh_TW")


def _set_language(lang: str | None) -> None:
    """Messages in ``--lang``, else $JOURNEYMAP_LANG (the app's language for scripts), else English.
    JSON keys and CSV headers stay as the contract names them, whatever the language."""
    import os

    from journeymap import i18n
    chosen = lang or os.environ.get("JOURNEYMAP_LANG") or None
    try:
        i18n.set_language(chosen)
    except i18n.UnknownLanguage as exc:
        raise CliError(f"JOURNEYMAP_LANG: {exc}") from None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("-h", "--help"):
        print(_usage())
        return 0
    if argv and argv[0] in ("-V", "--version"):
        from journeymap import __version__
        print(f"journeymap {__version__}")
        return 0
    name = argv[0] if argv and argv[0] in COMMANDS else None
    module = _module(name) if name else importlib.import_module("journeymap.cli.gui_cmd")
    if module is None:
        print(f"journeymap: the {name!r} command is not available in this version yet.", file=sys.stderr)
        return EXIT_BAD_INPUT
    parser = argparse.ArgumentParser(prog=f"journeymap {name}" if name else "journeymap",
                                     description=module.HELP)
    module.add_arguments(parser)
    if not any("--lang" in action.option_strings for action in parser._actions):
        parser.add_argument("--lang", choices=LANG_CHOICES, default=None,
                            help="language of the messages (default: $JOURNEYMAP_LANG, else English)")
    args = parser.parse_args(argv[1:] if name else argv)
    try:
        _set_language(getattr(args, "lang", None))
        if name is None:
            return module.run(args)
        with plain_output(), first_interrupt_only():   # names from files must not drive the terminal
            return module.run(args)
    except CliError as exc:
        print(f"journeymap: {plain(str(exc))}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:
        # `journeymap rank X | head`: the reader left; that is not an error of ours.
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("journeymap: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except Exception as exc:  # file errors carry their own message; others are bugs
        if caused_by_interrupt(exc):   # Ctrl+C inside an import arrives wrapped
            print("journeymap: interrupted; nothing was changed.", file=sys.stderr)
            return 130
        from journeymap.storage.errors import ProjectFileError
        if isinstance(exc, ProjectFileError):
            print(f"journeymap: {plain(str(exc))}", file=sys.stderr)
            return EXIT_BAD_INPUT
        import sqlite3
        if isinstance(exc, sqlite3.DatabaseError) and getattr(args, "path", None):
            # a damaged page met after the project itself was read (a dataset's raw rows)
            print(f"journeymap: {args.path} is damaged and cannot be read ({exc}). Restore it from a "
                  "backup or the autosave copy.", file=sys.stderr)
            return EXIT_BAD_INPUT
        raise
