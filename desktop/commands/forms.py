"""`gapkit forms`: check form files, try answers on a form (`score`), print the form JSON
Schema, take a form's texts to and from a translator's spreadsheet, and convert forms to and
from XLSForm."""

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
    validate.add_argument(
        "--funds",
        metavar="FILE",
        help="funds file whose conditions are checked against these forms (default: the "
        "shipped resources/funds.yaml; 'none' to skip)",
    )
    validate.add_argument(
        "--languages",
        metavar="CODES",
        help="also check every text is given in these languages, e.g. en,ur,pa,pl",
    )
    translations = actions.add_parser(
        "translations",
        help="write a form's texts to a CSV for a translator (--out), or read one back (--import)",
    )
    translations.add_argument(
        "file", metavar="FILE", help="form YAML file (or support-offers.yaml)"
    )
    translations.add_argument("--lang", required=True, metavar="CODE", help="language, e.g. ur")
    direction = translations.add_mutually_exclusive_group()
    direction.add_argument(
        "--import",
        dest="import_sheet",
        metavar="CSV",
        help="write the translations of this CSV into FILE (or --out); all or nothing",
    )
    translations.add_argument(
        "--skip-changed",
        action="store_true",
        help="with --import: leave out (and list) rows whose English has changed, import the rest",
    )
    translations.add_argument(
        "--out",
        metavar="PATH",
        help="where to write: the CSV (without --import; default: print it) or the new form",
    )
    diff = actions.add_parser(
        "diff",
        help="what changed between two versions of a form (questions added, removed, changed)",
    )
    diff.add_argument("old", metavar="OLD", help="the earlier form file")
    diff.add_argument("new", metavar="NEW", help="the later form file")
    score = actions.add_parser(
        "score",
        help="score a set of answers on a form: section scores, bands, verdict, unmet conditions",
    )
    score.add_argument("form", metavar="FORM", help="form YAML file")
    score.add_argument(
        "answers",
        metavar="ANSWERS.json",
        help='JSON object of question id -> answer ("dont_know" for don\'t know)',
    )
    score.add_argument("--stage", metavar="STAGE", help="CAT stage id (default: the form's)")
    score.add_argument(
        "--context",
        metavar="FIELD=VALUE",
        action="append",
        default=[],
        help="a registration field the form's conditions read, e.g. legal_form=informal_group "
        "or themes='[\"food\"]' (repeatable)",
    )
    score.add_argument("--json", action="store_true", help="print JSON")
    schema = actions.add_parser("schema", help="print the JSON Schema of the form format")
    schema.add_argument("--out", metavar="FILE", help="write the schema to this file")
    xls_in = actions.add_parser(
        "import-xlsform",
        help="convert an ODK/Kobo XLSForm (.xlsx) into a form file; warnings name sheet, row, column",
    )
    xls_in.add_argument("file", metavar="FILE.xlsx")
    xls_in.add_argument("--out", metavar="FORM.yaml", required=True)
    xls_in.add_argument(
        "--kind",
        choices=("health_check", "cat_readiness"),
        default="health_check",
        help="which assessment the form is a version of (default: health_check)",
    )
    xls_in.add_argument("--strict", action="store_true", help="treat every warning as an error")
    xls_out = actions.add_parser(
        "export-xlsform", help="write a form file as an XLSForm for Kobo or ODK (.xlsx)"
    )
    xls_out.add_argument("form", metavar="FORM.yaml")
    xls_out.add_argument("--out", metavar="FILE.xlsx", required=True)


def run(args: argparse.Namespace) -> int:
    from forms.cli_support import schema_text, validate_files

    if args.forms_action == "translations":
        return _translations(args)
    if args.forms_action == "diff":
        return _diff(args)
    if args.forms_action == "import-xlsform":
        return _import_xlsform(args)
    if args.forms_action == "export-xlsform":
        return _export_xlsform(args)
    if args.forms_action == "score":
        return _score(args)
    if args.forms_action == "schema":
        text = schema_text()
        if args.out:
            Path(args.out).write_text(text, encoding="utf-8")
            print(f"wrote {args.out}")
        else:
            sys.stdout.write(text)
        return 0
    languages: list[str] | None = None
    if args.languages:
        from forms.localised import parse_languages

        try:
            languages = parse_languages(args.languages)
        except ValueError as exc:
            print(f"--languages: {exc}", file=sys.stderr)
            return 1
    status, lines = validate_files(args.files, args.offers, languages)
    if args.funds != "none":
        funds_status, funds_lines = _validate_funds(args.funds, args.files)
        status = max(status, funds_status)
        lines += funds_lines
    for line in lines:
        print(line, file=sys.stdout if line.startswith("OK ") else sys.stderr)
    return status


def _validate_funds(funds_path: str | None, form_paths: list[str]) -> tuple[int, list[str]]:
    """Check the funds file against the forms given (the shipped ones stand in for a kind
    not given), so a renamed statement that a fund still reads is caught."""
    from desktop.registration.funds import default_funds_path, fund_vocabulary, load_funds
    from desktop.registration.wards import load_ward_list
    from forms.loader import FormError, load_form, shipped_forms

    path = Path(funds_path) if funds_path else default_funds_path()
    if funds_path is None and not path.exists():
        return 0, []
    forms = {form.kind: form for form in shipped_forms().values()}
    for form_path in form_paths:
        try:
            form = load_form(form_path)
        except FormError:
            continue  # already reported
        forms[form.kind] = form
    wards = load_ward_list()
    vocabulary = fund_vocabulary(forms.values(), wards.names, wards.areas)
    try:
        funds = load_funds(path, vocabulary)
    except FormError as error:
        return 1, [str(problem) for problem in error.problems]
    conditions = sum(len(fund.eligibility) for fund in funds.funds)
    return 0, [f"OK {path.name}: {len(funds.funds)} funds, {conditions} conditions"]


def _translations(args: argparse.Namespace) -> int:
    from forms.cli_support import export_translations, import_translations

    out = Path(args.out) if args.out else None
    if args.import_sheet:
        status, lines = import_translations(
            Path(args.file), args.lang, Path(args.import_sheet), out, args.skip_changed
        )
        for line in lines:
            print(line, file=sys.stdout if status == 0 else sys.stderr)
        return status
    status, text = export_translations(Path(args.file), args.lang, out)
    if status == 0 and out is None:
        sys.stdout.write(text)
    else:
        print(text, file=sys.stdout if status == 0 else sys.stderr)
    return status


def _import_xlsform(args: argparse.Namespace) -> int:
    import yaml

    from forms.xlsform import XLSFormError, import_xlsform

    try:
        imported = import_xlsform(args.file, kind=args.kind, strict=args.strict)
    except XLSFormError as error:
        print(str(error), file=sys.stderr)
        for problem in error.problems:
            if problem.severity == "warning":
                print(f"  warning: {problem}", file=sys.stderr)
        return 1
    for problem in imported.warnings:
        print(f"warning: {Path(args.file).name}: {problem}", file=sys.stderr)
    text = yaml.safe_dump(imported.form, sort_keys=False, allow_unicode=True, width=100)
    Path(args.out).write_text(text, encoding="utf-8")
    questions = sum(len(section["questions"]) for section in imported.form["sections"])
    print(
        f"wrote {args.out}: {len(imported.form['sections'])} sections, {questions} questions, "
        f"{len(imported.warnings)} warning(s)"
    )
    return 0


def _export_xlsform(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.registration.online_context import context_questions
    from forms.loader import FormError, load_form
    from forms.xlsform import write_xlsform

    try:
        form = load_form(args.form)
    except FormError as error:
        for problem in error.problems:
            print(str(problem), file=sys.stderr)
        return 1
    try:
        write_xlsform(form, args.out, context_questions(form))
    except OSError as error:
        raise UserError(f"Could not write {args.out}: {error.strerror or error}.") from None
    print(f"wrote {args.out}: an XLSForm of {form.title} (form_id {form.id})")
    return 0


def _score(args: argparse.Namespace) -> int:
    import json

    from desktop.errors import UserError
    from forms.cli_support import ScoreInputError, parse_context, score_file, summary_lines
    from forms.loader import FormError

    try:
        summary = score_file(args.form, args.answers, args.stage, parse_context(args.context))
    except (ScoreInputError, FormError) as exc:
        raise UserError(str(exc)) from None
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        print("\n".join(summary_lines(summary)))
    return 0


def _diff(args: argparse.Namespace) -> int:
    """`gapkit forms diff OLD NEW`: one line per change; exit 0 either way (a diff is no error)."""
    from forms.loader import FormError, load_form
    from forms.versions import compare_forms

    try:
        old, new = load_form(args.old), load_form(args.new)
    except FormError as error:
        print(f"gapkit: {error}", file=sys.stderr)
        return 1
    if old.id != new.id:
        print(
            f"gapkit: {args.old} is the form {old.id!r} and {args.new} is {new.id!r}; compare two "
            "versions of the same form.",
            file=sys.stderr,
        )
        return 1
    difference = compare_forms(old, new)
    print(f"{new.title}: version {old.version} -> {new.version}")
    lines = difference.summary_lines()
    for line in lines or ["no changes"]:
        print(f"  {line}")
    return 0
