"""`gapkit import-kobo-csv FORM.yaml EXPORT.csv`: council, answers given online as assessments."""

from __future__ import annotations

import argparse
import sys

from desktop.commands.common import services_for


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("form", metavar="FORM.yaml", help="the form the online copy was made from")
    parser.add_argument("csv", metavar="EXPORT.csv", help="a KoboToolbox or ODK Central CSV export")


def run(args: argparse.Namespace) -> int:
    from forms.loader import FormError, load_form

    try:
        form = load_form(args.form)
    except FormError as error:
        for problem in error.problems:
            print(str(problem), file=sys.stderr)
        return 1
    result = services_for(args).online_imports.import_csv(form, args.csv)
    print(result.summary())
    return 0
