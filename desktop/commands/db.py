"""`gapkit db`: database upkeep. `rescore` rebuilds every stored result from the answers."""

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
            "support needs) and score every completed assessment again from its answers. "
            "Nothing that travels in bundles changes."
        ),
    )


def run(args: argparse.Namespace) -> int:
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
