"""`gapkit funds`: the funds a group could apply to (`list`), and checking a funds file (`check`).

Eligibility is a guide, never a decision: every listing says so, with the funds file's date.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.commands.common import print_table, services_for

if TYPE_CHECKING:
    from desktop.registration.funds import FundCheck, FundsFile, FundsGuide


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="funds_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="the funds in force (open or closed); with --org, which an organisation can apply "
        "to now and what stands in the way of the others",
    )
    listing.add_argument("--org", metavar="ID", help="an organisation's id (gapkit orgs list)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument(
        "--on", metavar="YYYY-MM-DD", type=_date, help="as on this date (default: today)"
    )
    check = actions.add_parser(
        "check", help="check a funds file; print OK or every problem with its path and line"
    )
    check.add_argument("file", metavar="FUNDS.yaml")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-01") from None


def run(args: argparse.Namespace) -> int:
    if args.funds_action == "check":
        return _check(args.file)
    services = services_for(args)
    today = args.on or date.today()
    if args.org:
        guide = services.funds.guide(args.org, today)
        if args.json:
            print(json.dumps(_guide_json(guide), indent=2, ensure_ascii=False))
        else:
            _print_guide(guide)
        return 0
    funds = services.funds.funds_file()
    if args.json:
        print(json.dumps(_file_json(funds, today), indent=2, ensure_ascii=False))
        return 0
    print_table(
        ["Id", "Fund", "Funder", "Amounts", "Status", "Next deadline"],
        [
            (
                fund.id,
                fund.name,
                fund.funder,
                fund.amounts,
                "closed" if fund.is_closed(today) else "open",
                _deadline_text(fund.deadlines, fund.next_deadline(today)),
            )
            for fund in funds.funds
        ],
    )
    print(f"\n{_honesty(funds.updated)}")
    return 0


def _check(path: str) -> int:
    from desktop.registration.funds import load_funds
    from forms.loader import FormError

    try:
        funds = load_funds(path)
    except FormError as error:
        for problem in error.problems:
            print(str(problem), file=sys.stderr)
        return 1
    conditions = sum(len(fund.eligibility) for fund in funds.funds)
    to_confirm = sum(
        (fund.to_confirm is not None) + sum(c.to_confirm is not None for c in fund.eligibility)
        for fund in funds.funds
    )
    print(
        f"OK {path}: {len(funds.funds)} funds, {conditions} conditions, updated "
        f"{funds.updated.isoformat()}; {to_confirm} detail(s) marked for the council to confirm"
    )
    return 0


def _honesty(updated: date) -> str:
    from desktop.registration.funds import GUIDE_NOTE

    return f"{GUIDE_NOTE} Funds file last updated {updated.isoformat()}."


def _deadline_text(deadlines: object, upcoming: date | None) -> str:
    if deadlines == "rolling":
        return "rolling"
    return upcoming.isoformat() if upcoming else "passed"


def _print_guide(guide: FundsGuide) -> None:
    print("Funds you can apply to now:")
    for check in guide.eligible:
        print(f"  {check.fund.name} ({check.fund.funder}): {check.fund.amounts}{_by(check)}")
    if not guide.eligible:
        print("  none yet")
    print("\nFunds you could apply to after...")
    for check in guide.not_yet:
        print(f"  {check.fund.name}{_by(check)}:")
        for unmet in check.unmet:
            print(f"    - {unmet.reason}")
    if not guide.not_yet:
        print("  none")
    if guide.closed:
        print("\nClosed (past the last deadline):")
        for check in guide.closed:
            print(f"  {check.fund.name}")
    print(f"\n{_honesty(guide.updated)}")


def _by(check: FundCheck) -> str:
    return f" (next deadline {check.next_deadline.isoformat()})" if check.next_deadline else ""


def _fund_json(fund: Any, today: date) -> dict[str, Any]:
    return {
        "id": fund.id,
        "name": fund.name,
        "funder": fund.funder,
        "amounts": fund.amounts,
        "deadlines": fund.deadlines
        if fund.deadlines == "rolling"
        else [d.isoformat() for d in fund.deadlines],
        "next_deadline": (d.isoformat() if (d := fund.next_deadline(today)) else None),
        "closed": fund.is_closed(today),
        "link": fund.link,
        "to_confirm": fund.to_confirm,
    }


def _file_json(funds: FundsFile, today: date) -> dict[str, Any]:
    return {
        "council": funds.council,
        "updated": funds.updated.isoformat(),
        "note": _honesty(funds.updated),
        "funds": [_fund_json(fund, today) for fund in funds.funds],
    }


def _guide_json(guide: FundsGuide) -> dict[str, Any]:
    return {
        "updated": guide.updated.isoformat(),
        "on": guide.today.isoformat(),
        "note": guide.honesty_line,
        "funds": [
            {
                **_fund_json(check.fund, guide.today),
                "status": check.status,
                "unmet": [
                    {
                        "id": unmet.condition.id,
                        "reason": unmet.reason,
                        "action": unmet.condition.action,
                        "links": [
                            {"kind": link.kind, "target": link.target, "label": link.label}
                            for link in unmet.links
                        ],
                    }
                    for unmet in check.unmet
                ],
            }
            for check in guide.checks
        ],
    }
