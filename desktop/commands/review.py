"""`gapkit review`: council staff review completed work before it counts (issue 15)."""

from __future__ import annotations

import argparse
import json

from desktop.commands.common import print_table, services_for
from desktop.store.records import iso
from sync.text import shown

STATE_CHOICES = ("received", "resubmitted", "has-issues", "approved", "rejected")
SET_CHOICES = ("approved", "has-issues", "rejected")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="review_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="completed assessments and their review state")
    listing.add_argument("--state", choices=STATE_CHOICES, help="only those in this state")
    listing.add_argument("--json", action="store_true", help="one JSON object per assessment")
    setting = actions.add_parser(
        "set", help="approve, flag or reject assessments (several ids: all or none)"
    )
    setting.add_argument(
        "assessment_ids",
        nargs="+",
        metavar="ID",
        help="the assessment (the first characters of its id are enough)",
    )
    setting.add_argument("--state", required=True, choices=SET_CHOICES)
    setting.add_argument(
        "--comment", metavar="TEXT", help="what to fix, or why (needed for has-issues, rejected)"
    )
    setting.add_argument("--by", metavar="NAME", help="who is reviewing (default: your name)")
    show = actions.add_parser("show", help="an assessment's review state and comment thread")
    show.add_argument("assessment_id", metavar="ID")


def run(args: argparse.Namespace) -> int:
    services = services_for(args)
    reviews = services.reviews
    if args.review_action == "set":
        ids = [reviews.resolve(wanted) for wanted in args.assessment_ids]
        changed = reviews.set_state(ids, args.state, comment=args.comment, author=args.by)
        label = args.state.replace("-", " ")
        unchanged = len(set(ids)) - changed
        print(
            f"Marked {changed} assessment{'s' if changed != 1 else ''} {label}"
            + (f" ({unchanged} already were)" if unchanged else "")
            + "."
        )
        return 0
    if args.review_action == "show":
        assessment_id = reviews.resolve(args.assessment_id)
        print(f"Review state: {reviews.state_of(assessment_id).replace('_', ' ')}")
        thread = reviews.thread(assessment_id)
        if not thread:
            print("No review notes yet.")
        for note in thread:
            who = shown(note.author or "someone")
            where = shown(note.device_name or note.device_id)
            what = note.state_label or "Comment"
            print(f"\n{note.at.astimezone():%Y-%m-%d %H:%M}  {what}  ({who}, {where})")
            if note.comment:
                for line in note.comment.splitlines():
                    print(f"    {shown(line)}")
        return 0
    items = reviews.items(state=args.state)
    if args.json:
        lines = [
            json.dumps(
                {
                    "id": item.assessment_id,
                    "organisation_id": item.organisation_id,
                    "organisation": item.organisation_name,
                    "kind": item.kind,
                    "started_at": iso(item.started_at),
                    "state": item.state,
                    "state_at": iso(item.state_at) if item.state_at else None,
                },
                ensure_ascii=False,
            )
            for item in items
        ]
        print("[\n" + ",\n".join(lines) + "\n]" if lines else "[]")
        return 0
    print_table(
        ["Id", "Organisation", "Kind", "Started", "Review"],
        [
            (
                item.assessment_id,
                shown(item.organisation_name),
                item.kind,
                item.started_at.strftime("%Y-%m-%d"),
                item.state.replace("_", "-"),
            )
            for item in items
        ],
    )
    print(f"\n{len(items)} assessment{'s' if len(items) != 1 else ''}")
    return 0
