"""`gapkit conflicts`: council staff review fields two laptops changed from the same value."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from typing import Any

from desktop.commands.common import print_table, services_for
from desktop.errors import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="conflicts_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="open conflicts, newest first")
    listing.add_argument("--device", metavar="ID", help="only conflicts involving this device")
    listing.add_argument("--organisation", metavar="ID", help="only this organisation's")
    listing.add_argument("--since", metavar="YYYY-MM-DD", help="found on or after this day")
    listing.add_argument("--until", metavar="YYYY-MM-DD", help="found before this day")
    listing.add_argument(
        "--all", action="store_true", help="settled conflicts too (kept or reversed)"
    )
    listing.add_argument("--json", action="store_true", help="every detail as JSON")
    keep = actions.add_parser("keep", help="confirm the value the merge chose")
    keep.add_argument("conflict_id", metavar="ID")
    other = actions.add_parser(
        "use-other", help="use the value that lost instead (saved as a new change)"
    )
    other.add_argument("conflict_id", metavar="ID")


def _day(text: str | None, what: str) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.combine(date.fromisoformat(text), datetime.min.time(), tzinfo=UTC)
    except ValueError:
        raise UserError(f"--{what} should be a date like 2026-11-24, not {text!r}.") from None


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= 30 else text[:29] + "…"


def run(args: argparse.Namespace) -> int:
    service = services_for(args).conflicts
    if args.conflicts_action == "keep":
        service.keep(args.conflict_id)
        print("Kept the value the merge chose.")
        return 0
    if args.conflicts_action == "use-other":
        service.use_other(args.conflict_id)
        print("Used the other value; it is saved as a new change and will travel to laptops.")
        return 0
    found = service.search(
        status=None if args.all else "open",
        device_id=args.device,
        organisation_id=args.organisation,
        since=_day(args.since, "since"),
        until=_day(args.until, "until"),
    )
    if args.json:
        from desktop.store.records import json_value

        print(
            json.dumps(
                [{k: json_value(v) for k, v in vars(c).items()} for c in found],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print_table(
        ["Id", "Organisation", "Record", "Field", "Held (winner)", "Other", "Devices", "Status"],
        [
            (
                c.id[:8],
                c.organisation_name or c.organisation_id or "",
                f"{c.entity_type} {c.entity_id[:8]}",
                c.field,
                _short(c.winner_value),
                _short(c.loser_value),
                f"{c.winner_device_name or c.winner_device[:8]} over "
                f"{c.loser_device_name or c.loser_device[:8]}",
                c.status,
            )
            for c in found
        ],
    )
    print(f"\n{len(found)} conflict{'s' if len(found) != 1 else ''}")
    return 0
