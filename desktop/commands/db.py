"""`gapkit db`: database upkeep. `rescore` rebuilds every stored result from the answers;
`check` tells whether the database file is sound (SQLite's quick_check; PostgreSQL checks its
own pages, so there it only proves the database answers)."""

from __future__ import annotations

import argparse
import sys
import time

from desktop.commands.common import services_for


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    actions.add_parser(
        "rescore",
        help="score every completed assessment again and store the results",
        description=(
            "Throw away the stored results (section scores, bands, verdicts, unmet conditions, "
            "support needs) and score every completed assessment again from its answers. On "
            "PostgreSQL the change log the Sync page counts from is made again too. Nothing "
            "that travels in bundles changes."
        ),
    )
    actions.add_parser(
        "check",
        help="check the database for damage (exit 1 if damaged)",
        description="Run SQLite's quick_check on the database. Imports refuse to merge into "
        "a damaged database; this tells staff before they try.",
    )


def run(args: argparse.Namespace) -> int:
    if args.db_action == "check":
        return _check(args)
    return _rescore(args)


def _rescore(args: argparse.Namespace) -> int:
    from desktop.services.scores import ScoreService

    services = services_for(args)
    started = time.perf_counter()
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive and total:
            print(f"\rScoring {done:,} of {total:,}…", end="", file=sys.stderr, flush=True)

    scored = ScoreService(services.store).rescore_all(progress)
    if interactive:
        print(file=sys.stderr)
    plural = "" if scored == 1 else "s"
    print(
        f"Scored {scored:,} completed assessment{plural} in {time.perf_counter() - started:.1f} s."
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    from desktop.store.db import quick_check

    store = services_for(args).store
    problems = quick_check(store)
    where = store.database_url.removeprefix("sqlite:///")
    if not problems:
        print(f"The database {where} is sound (quick_check: ok).")
        return 0
    print(f"The database {where} is DAMAGED:")
    for line in problems:
        print(f"  {line}")
    print(
        "Do not import into it. Close GAP Field Kit, move the file aside and restore the newest "
        "copy from the backups folder beside it."
    )
    return 1
