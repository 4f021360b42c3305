"""`gapkit report`: the PDF report of one assessment, every assessment, or the council summary."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from desktop.commands.common import services_for
from desktop.errors import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.usage = (
        "gapkit report ASSESSMENT_ID --out FILE.pdf\n"
        "       gapkit report --council [--ward WARD] [--since DATE] [--until DATE] "
        "[--include-unapproved] --out FILE.pdf\n"
        "       gapkit report --all [--completed] --out-dir DIR"
    )
    parser.add_argument(
        "assessment_id",
        nargs="?",
        metavar="ASSESSMENT_ID",
        help="the assessment to report on (the first characters of its id are enough)",
    )
    parser.add_argument("--out", metavar="FILE.pdf", help="the PDF file to write")
    parser.add_argument(
        "--council", action="store_true", help="the council summary instead of one assessment"
    )
    parser.add_argument("--ward", help="council summary: only organisations in this ward")
    parser.add_argument(
        "--since", metavar="DATE", help="council summary: assessments on or after (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--until", metavar="DATE", help="council summary: assessments on or before (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--include-unapproved",
        action="store_true",
        help="council summary: count every completed assessment, not only those council staff "
        "approved",
    )
    parser.add_argument(
        "--all", action="store_true", help="a report for every assessment, into --out-dir"
    )
    parser.add_argument(
        "--completed", action="store_true", help="with --all: only completed assessments"
    )
    parser.add_argument("--out-dir", metavar="DIR", help="the folder for --all reports")


def _date(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{option} must be a date like 2026-03-31, not '{value}'.") from None


def _resolve(services, wanted: str) -> str:
    """The full id of the assessment whose id is or starts with `wanted`."""
    matches = services.assessments.ids_starting_with(wanted.strip())
    if not matches:
        raise UserError(
            f"There is no assessment with the id {wanted}. "
            "See the ids with: gapkit assessments list"
        )
    if len(matches) > 1 and wanted not in matches:
        raise UserError(f"More than one assessment id starts with {wanted}; type more of it.")
    return wanted if wanted in matches else matches[0]


def run(args: argparse.Namespace) -> int:
    modes = [bool(args.assessment_id), args.council, args.all]
    if sum(modes) != 1:
        raise UserError(
            "Say what to report on: an ASSESSMENT_ID, --council, or --all "
            "(see gapkit report --help)."
        )
    if (args.ward or args.since or args.until or args.include_unapproved) and not args.council:
        raise UserError("--ward, --since, --until and --include-unapproved go with --council.")
    if args.all:
        if not args.out_dir:
            raise UserError("Say which folder to write the reports to, with --out-dir DIR.")
        return _run_all(args)
    if not args.out:
        raise UserError("Say where to write the PDF, with --out FILE.pdf.")
    services = services_for(args)
    started = time.perf_counter()
    if args.council:
        from desktop.reports.council_summary import write_council_summary

        path = write_council_summary(
            services,
            Path(args.out),
            ward=args.ward,
            since=_date(args.since, "--since"),
            until=_date(args.until, "--until"),
            approved_only=not args.include_unapproved,
        )
    else:
        from sync._gc import gc_paused

        with gc_paused():  # the report's modules and the report itself, in one pause
            # (it imports reportlab the lazy way: desktop.reports.reportlab_lazily)
            from desktop.reports.assessment_report import write_assessment_report

            path = write_assessment_report(
                services, _resolve(services, args.assessment_id), Path(args.out)
            )
    print(f"Wrote {path} in {time.perf_counter() - started:.2f} s.")
    return 0


def _run_all(args: argparse.Namespace) -> int:
    from desktop.reports.batch import write_reports

    services = services_for(args)
    status = "completed" if args.completed else None
    ids = [a.id for a in services.assessments.list_summaries(status=status)]
    if not ids:
        print("There are no assessments to report on.")
        return 0
    started = time.perf_counter()
    width = len(str(len(ids)))

    def progress(done: int, total: int) -> None:
        print(f"\r[{done:>{width}}/{total}] reports written", end="", file=sys.stderr, flush=True)

    written = write_reports(services, ids, Path(args.out_dir), progress=progress)
    print(file=sys.stderr)
    print(
        f"Wrote {len(written)} report{'s' if len(written) != 1 else ''} to {args.out_dir} "
        f"in {time.perf_counter() - started:.1f} s."
    )
    return 0
