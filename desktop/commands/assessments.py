"""`gapkit assessments`: list assessments (with their scores as JSON)."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="assessments_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print every assessment")
    listing.add_argument("--kind", choices=["health_check", "cat_readiness"])
    listing.add_argument("--status", choices=["draft", "completed"])
    listing.add_argument("--organisation", metavar="ID", help="only this organisation's")
    listing.add_argument(
        "--json", action="store_true", help="as JSON, with the stored scores and verdicts"
    )


def run(args: argparse.Namespace) -> int:
    if args.json:
        return _print_json(args)
    from desktop.commands.common import print_table, services_for

    services = services_for(args)
    found = services.assessments.list_summaries(
        organisation_id=args.organisation, kind=args.kind, status=args.status
    )
    print_table(
        ["Id", "Organisation", "Kind", "Mode", "Status", "Started"],
        [
            (
                a.id,
                a.organisation_name,
                a.kind_label,
                a.mode,
                a.status,
                a.started_at.strftime("%Y-%m-%d"),
            )
            for a in found
        ],
    )
    print(f"\n{len(found)} assessment{'s' if len(found) != 1 else ''}")
    return 0


def _print_json(args: argparse.Namespace) -> int:
    """Every assessment with its stored result (drafts, not scored until completed, have
    nulls), one object per line. A SQLite file with every result stored is read directly,
    without loading the store (most of the time such a listing took); otherwise the store
    opens, migrates and scores what is missing, and gives the same rows."""
    from desktop.commands.common import data_dir_of
    from desktop.services.assessment_listing import encode_listing, quick_listing

    filters = {"organisation_id": args.organisation, "kind": args.kind, "status": args.status}
    rows = quick_listing(data_dir_of(args), **filters)
    if rows is None:
        from desktop.commands.common import services_for

        rows = services_for(args).assessments.listing(**filters)
    sys.stdout.flush()
    sys.stdout.buffer.write(encode_listing(rows))
    return 0
