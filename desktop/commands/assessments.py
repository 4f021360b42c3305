"""`gapkit assessments`: list assessments (with their scores as JSON)."""

from __future__ import annotations

import argparse
import json

from desktop.commands.common import print_table, services_for
from desktop.store.records import json_value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="assessments_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print every assessment")
    listing.add_argument("--kind", choices=["health_check", "cat_readiness"])
    listing.add_argument("--status", choices=["draft", "completed"])
    listing.add_argument("--organisation", metavar="ID", help="only this organisation's")
    listing.add_argument("--json", action="store_true", help="as JSON, with section scores")


def run(args: argparse.Namespace) -> int:
    services = services_for(args)
    found = services.assessments.list_summaries(
        organisation_id=args.organisation, kind=args.kind, status=args.status
    )
    if args.json:
        out = []
        for item in found:
            result = services.assessments.results(item.id).result
            out.append(
                {
                    **{key: json_value(value) for key, value in vars(item).items()},
                    "overall_score": result.overall_score,
                    "readiness": result.readiness,
                    "sections": {s.id: s.score for s in result.sections},
                }
            )
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
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
