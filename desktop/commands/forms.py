"""`gapkit forms`: check form files (`validate FILE...`) and print the form JSON Schema (`schema`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="forms_action", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate",
        help="check form files; print OK or every problem with its file, path and line",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="form YAML files")
    validate.add_argument(
        "--offers",
        metavar="FILE",
        help="support catalogue to check themes against (default: the shipped one)",
    )
    schema = actions.add_parser("schema", help="print the JSON Schema of the form format")
    schema.add_argument("--out", metavar="FILE", help="write the schema to this file")


def run(args: argparse.Namespace) -> int:
    from forms.cli_support import schema_text, validate_files

    if args.forms_action == "schema":
        text = schema_text()
        if args.out:
            Path(args.out).write_text(text, encoding="utf-8")
            print(f"wrote {args.out}")
        else:
            sys.stdout.write(text)
        return 0
    status, lines = validate_files(args.files, args.offers)
    for line in lines:
        print(line, file=sys.stdout if line.startswith("OK ") else sys.stderr)
    return status
