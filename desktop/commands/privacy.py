"""`gapkit privacy`: subject access, erasure at a person's request, retention review."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.common import print_table, services_for
from desktop.errors import UserError

if TYPE_CHECKING:
    from desktop.services.privacy import Findings, PrivacyService


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="privacy_action", metavar="ACTION", required=True)
    show = actions.add_parser("find", help="list every place a person's data is held")
    show.add_argument("--person", required=True, metavar="TEXT", help="name, email or phone")
    show.add_argument("--json", action="store_true", help="print the findings as JSON")
    export = actions.add_parser(
        "export", help="subject access: one JSON file and one PDF of a person's data"
    )
    export.add_argument("--person", required=True, metavar="TEXT", help="name, email or phone")
    export.add_argument(
        "--out-dir", default=".", metavar="DIR", help="folder for the two files (default: here)"
    )
    erase = actions.add_parser(
        "erase", help="erase a person's data from records, history and backups"
    )
    erase.add_argument("--person", required=True, metavar="TEXT", help="name, email or phone")
    erase.add_argument(
        "--yes", action="store_true", help="erase without asking (scripts); lists what goes first"
    )
    due = actions.add_parser("due", help="contacts due for a retention review")
    due.add_argument(
        "--years", type=int, metavar="N", help="set the retention period first (years)"
    )
    keep = actions.add_parser("keep", help="retention review: keep an organisation's contact")
    keep.add_argument("organisation_id", metavar="ID")
    keep.add_argument("--reason", default="", metavar="TEXT")
    forget = actions.add_parser(
        "erase-contact", help="retention review: erase an organisation's contact"
    )
    forget.add_argument("organisation_id", metavar="ID")
    sent = actions.add_parser(
        "forget-sent",
        help="laptop: forget completed assessments the council confirmed receiving (a pack)",
    )
    sent.add_argument("--yes", action="store_true", help="forget without asking")


def _print_findings(findings: Findings) -> None:
    from desktop.reports.subject_access import field_label, shown_value

    print(f"Looked for: {', '.join(sorted(findings.person.texts))}")
    print_table(
        ["where", "what", "value"],
        [[p.description, field_label(p.field), shown_value(p.value)] for p in findings.places],
    )
    print(
        f"{len(findings.places)} values in records, {len(findings.history)} history entries, "
        f"{len(findings.conflicts)} conflicts, {len(findings.bundles)} bundles."
    )


def run(args: argparse.Namespace) -> int:
    from desktop.services.privacy import PrivacyService

    service = PrivacyService(services_for(args).store)
    action = args.privacy_action
    if action == "find":
        findings = service.find(args.person)
        if args.json:
            print(json.dumps(findings.as_json(), indent=2, ensure_ascii=False))
        else:
            _print_findings(findings)
        return 0
    if action == "export":
        paths = service.export(args.person, Path(args.out_dir))
        for path in paths:
            print(f"Wrote {path}")
        return 0
    if action == "erase":
        findings = service.find(args.person)
        if findings.empty:
            raise UserError(f"Nothing is held about “{args.person}”: nothing was erased.")
        _print_findings(findings)
        if not args.yes:
            answer = input("Erase all of this? It cannot be undone. Type yes to erase: ")
            if answer.strip().casefold() != "yes":
                print("Nothing was erased.")
                return 1
        result = service.erase(args.person)
        print(
            f"Erased {result.fields_erased} values in {result.records} records; "
            f"{result.history_scrubbed} history entries and {result.conflicts_scrubbed} "
            f"conflicts scrubbed; {len(result.backups_deleted)} backups deleted. The erasure "
            "travels in the next bundle or field pack."
        )
        return 0
    if action == "due":
        if args.years is not None:
            service.set_retention_years(args.years)
        items = service.due_for_review()
        print(f"Retention period: {service.retention_years()} years without activity.")
        print_table(
            ["id", "organisation", "contact", "last activity", "decision"],
            [
                [
                    i.organisation_id[:8],
                    i.organisation_name,
                    i.contact_name or "",
                    i.last_activity.date().isoformat(),
                    i.last_decision or "",
                ]
                for i in items
            ],
        )
        print(f"{len(items)} contacts due for review.")
        return 0
    if action == "keep":
        service.keep(_full_id(service, args.organisation_id), args.reason)
        print("Kept; the decision is in the organisation's history.")
        return 0
    if action == "erase-contact":
        result = service.erase_contact(_full_id(service, args.organisation_id))
        print(
            f"Erased {result.fields_erased} values; {len(result.backups_deleted)} backups deleted."
        )
        return 0
    if action == "forget-sent":
        from desktop.services.sync.pack_import import ConfirmedWorkService

        confirmed = ConfirmedWorkService(service.store)
        work = confirmed.confirmed_work()
        print(
            f"The council's last pack confirmed this laptop's bundles up to number "
            f"{confirmed.confirmed_bundle_seq()}."
        )
        print_table(
            ["assessment", "organisation", "kind", "completed"],
            [
                [
                    w.assessment_id[:8],
                    w.organisation_name,
                    w.kind,
                    w.completed_at.date().isoformat() if w.completed_at else "",
                ]
                for w in work
            ],
        )
        if not work:
            print("Nothing to forget.")
            return 0
        if not args.yes:
            answer = input(f"Forget these {len(work)} assessments on this laptop? Type yes: ")
            if answer.strip().casefold() != "yes":
                print("Nothing was forgotten.")
                return 1
        print(f"Forgot {confirmed.forget()} assessments; the council keeps them.")
        return 0
    raise UserError(f"Unknown action {action}.")


def _full_id(service: PrivacyService, prefix: str) -> str:
    return service.organisation_id(prefix)
