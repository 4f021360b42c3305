"""`gapkit orgs`: print the organisation register (and, in council mode, import it from CSV)."""

from __future__ import annotations

import argparse
import json

from desktop.commands.common import print_table, services_for


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="orgs_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print the register")
    listing.add_argument("--ward", help="only organisations in this ward")
    listing.add_argument("--search", help="only names, identifiers or postcodes containing this")
    listing.add_argument("--json", action="store_true", help="every registration field as JSON")
    listing.add_argument("--include-deleted", action="store_true", help="show deleted ones too")

    # -- import-csv (bulk registration import; its own module) --
    from desktop.commands import orgs_import_csv

    orgs_import_csv.add_arguments(
        actions.add_parser("import-csv", help="council: import a spreadsheet of registrations")
    )


def run(args: argparse.Namespace) -> int:
    if args.orgs_action == "import-csv":
        from desktop.commands import orgs_import_csv

        return orgs_import_csv.run(args)
    services = services_for(args)
    organisations = services.organisations
    found = organisations.search(
        text=args.search, ward=args.ward, include_deleted=args.include_deleted
    )
    if args.json:
        from desktop.services.organisations import registration_as_json

        print(
            json.dumps(
                [registration_as_json(d) for d in organisations.details([r.id for r in found])],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print_table(
        ["Name", "Legal form", "Ward", "Postcode", "Identifiers", "Status"],
        [
            (
                row.name,
                row.legal_form_label,
                row.ward,
                row.postcode,
                row.identifiers,
                "deleted" if row.deleted else row.gap_status,
            )
            for row in found
        ],
    )
    print(f"\n{len(found)} organisation{'s' if len(found) != 1 else ''}")
    return 0
