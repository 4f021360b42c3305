"""`gapkit` entry point: no subcommand launches the app; subcommands run headless (no Qt)."""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

# name -> (module in desktop.commands, one-line help). Modules load only when their command runs.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "orgs": ("orgs", "list or import the organisation register"),
    "demo": ("demo", "fill the database with realistic demo data"),
    "forms": ("forms", "check form files, print the JSON Schema, convert to and from XLSForm"),
    "funds": ("funds", "the funds a group could apply to; check a funds file"),
    "assessments": ("assessments", "list assessments"),
    "report": ("report", "write PDF reports"),
    "review": ("review", "council: approve, flag or reject completed work before it counts"),
    "export": ("export", "write a sync bundle for the council"),
    "import": ("import_bundles", "council: import sync bundles; laptop: import a field pack"),
    "pack": ("pack", "council: build a field pack for laptops"),
    "council": ("council", "laptop: trust the council's key for field packs"),
    "devices": ("devices", "this device's identity; council: trusted devices"),
    "keys": ("keys", "council: make the key pair laptops encrypt bundles to"),
    "conflicts": ("conflicts", "council: list and settle merge conflicts"),
    "import-kobo-csv": ("import_kobo_csv", "council: import answers given online (Kobo/ODK CSV)"),
    "setup": ("setup", "check a council-setup.json before shipping it"),
    "privacy": ("privacy", "UK GDPR: subject access, erasure, retention review"),
    "db": ("db", "database upkeep: check the file for damage, rebuild the stored results"),
}


class _PrintVersion(argparse.Action):
    """--version, looking the version up only when asked (it is slow to find)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        kwargs.pop("nargs", None)
        super().__init__(option_strings, argparse.SUPPRESS, nargs=0, **kwargs)  # type: ignore[arg-type]

    def __call__(self, parser, namespace, values, option_string=None):
        from desktop.version import app_version

        print(f"gapkit {app_version()}")
        parser.exit()


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser for `argv`: only the subcommand named in it loads its module."""
    parser = argparse.ArgumentParser(
        prog="gapkit",
        description="GAP Field Kit: registration, health checks and CAT readiness, offline.",
    )
    parser.add_argument("--version", action=_PrintVersion, help="print the version and exit")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder to use (default: GAPKIT_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--council", action="store_true", help="start in council mode (Import and Overview)"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window, wait until it is shown and idle, then exit 0",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = _wanted_subcommand(argv)
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub = subparsers.add_parser(name, help=help_text, description=help_text)
        # Only the command being run loads its module, so `gapkit orgs list` stays light.
        if name == wanted:
            module = importlib.import_module(f"desktop.commands.{module_name}")
            module.add_arguments(sub)
            sub.set_defaults(_module=module)
    return parser


def _wanted_subcommand(argv: Sequence[str]) -> str | None:
    for token in argv:
        if token in SUBCOMMANDS:
            return token
    return None


def _configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(arguments).parse_args(arguments)
    _configure_logging(args.verbose)
    if args.data_dir:
        # Every command (and the app) opens this folder; commands read it with data_dir_of().
        args.data_dir = str(Path(args.data_dir).expanduser().resolve())

    from desktop.errors import UserError
    from sync.text import shown

    if args.command is None:
        from desktop.ui.app import run_app

        data_dir = Path(args.data_dir) if args.data_dir else None
        try:
            return run_app(council=args.council, smoke=args.smoke, data_dir=data_dir)
        except UserError as error:
            print(f"gapkit: {shown(error)}", file=sys.stderr)
            return 1

    from desktop.commands.common import close_opened_services

    _skip_collection_at_exit()
    try:
        code = _run_command(args)
    except BaseException:
        close_opened_services()  # an unexpected failure: close, and let it go on
        raise
    return _closed_after(code)


def _run_command(args: argparse.Namespace) -> int:
    from desktop.errors import Cancelled, UserError
    from sync.text import shown

    try:
        return int(args._module.run(args) or 0)
    except UserError as error:
        # Messages can quote names from outside (a bundle's device name): escape controls.
        print(f"gapkit: {shown(error)}", file=sys.stderr)
        return 1
    except Cancelled as error:
        print(f"gapkit: {error}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("gapkit: stopped.", file=sys.stderr)
        return 130


def _closed_after(code: int) -> int:
    """Close the command's stores. A Ctrl-C that lands while they close comes after the
    command's work, whose writes are committed (SQLite's next open finishes a log fold that
    was cut short), so it is reported as a stop, not as a traceback."""
    from desktop.commands.common import close_opened_services

    try:
        close_opened_services()
    except KeyboardInterrupt:
        print(
            "gapkit: stopped while closing the database; the work reported above is saved.",
            file=sys.stderr,
        )
        return 130
    return code


def _skip_collection_at_exit() -> None:
    """A headless command's process ends when the command does. The interpreter's exit would
    then search the whole heap for reference cycles (~110,000 objects after a report: about
    0.2 s CPU, a fifth of `gapkit report`'s process) only to free memory the process gives
    back anyway. Freezing the heap at exit skips that search; the command's database is
    already closed, its files closed by their `with` blocks, and Python never promised to
    finalise objects still alive at exit. Registered once, whatever number of commands a
    process (a test session) runs."""
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


if __name__ == "__main__":
    raise SystemExit(main())
