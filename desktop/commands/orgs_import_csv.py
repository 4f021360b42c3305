"""`gapkit orgs import-csv FILE`: bring a council's registration spreadsheet into the register."""

from __future__ import annotations

import argparse

from desktop.commands.common import services_for


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help="a .csv (or .xlsx) file, one organisation a row"
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar='"HEADER=FIELD"',
        help='read column HEADER as registration field FIELD (e.g. "Charity Reg=charity_id"); '
        '"HEADER=" leaves the column out. May be given more than once.',
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--all-or-nothing",
        dest="skip_bad_rows",
        action="store_false",
        help="import nothing if any row is bad (the default)",
    )
    choice.add_argument(
        "--skip-bad-rows",
        dest="skip_bad_rows",
        action="store_true",
        help="import the good rows and list the bad ones",
    )
    parser.set_defaults(skip_bad_rows=False)
    parser.add_argument(
        "--dry-run", action="store_true", help="say what would happen, row by row; write nothing"
    )
    parser.add_argument(
        "--quiet", action="store_true", help="print only bad rows and the summary line"
    )


def run(args: argparse.Namespace) -> int:
    from desktop.registration.spreadsheet import parse_map_option

    overrides: dict[str, str | None] = {}
    for option in args.map:
        header, field = parse_map_option(option)
        overrides[header] = field
    services = services_for(args)
    importer = services.registration_import
    sheet, mapping = importer.read(args.file, overrides)
    print(f"{sheet.path.name}: {len(sheet.rows)} rows, read as {sheet.encoding}")
    for header, field in mapping.mapped.items():
        print(f"  column '{header}' -> {field}")
    for header in mapping.ignored:
        print(f"  column '{header}' left out (no matching field; use --map to use it)")
    for warning in mapping.warnings():
        print(f"note: {warning}")
    result = importer.import_sheet(
        sheet, mapping, skip_bad_rows=args.skip_bad_rows, dry_run=args.dry_run
    )
    for outcome in result.outcomes:
        # One list in line order on stdout, so bad rows read in place among the others.
        if outcome.status == "bad" or not args.quiet:
            print(("bad " if outcome.status == "bad" else "") + outcome.describe())
    print(result.summary())
    if result.bad_rows and not args.skip_bad_rows:
        return 1
    return 0
