"""`gapkit council trust FILE` / `gapkit council show`: the council whose packs a laptop accepts."""

from __future__ import annotations

import argparse
import sys

from desktop.commands.common import services_for
from desktop.errors import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="council_action", metavar="ACTION", required=True)
    trust = actions.add_parser(
        "trust",
        help="trust the council's key (its `gapkit devices show --json` file)",
        description="Trust the council's signing key, so this laptop imports its field packs. "
        "Compare the fingerprint shown with the one on the council's screen first.",
    )
    trust.add_argument("file", metavar="FILE", help="the council's device file (JSON)")
    trust.add_argument(
        "--yes", action="store_true", help="do not ask: the fingerprint was already compared"
    )
    trust.add_argument(
        "--replace",
        action="store_true",
        help="replace the council key already trusted (only when the council changed its key)",
    )
    actions.add_parser("show", help="the council key this laptop trusts")


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise UserError(
            "Cannot ask for confirmation without a terminal; compare the fingerprint, then run "
            "again with --yes."
        )
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in ("y", "yes")


def run(args: argparse.Namespace) -> int:
    trust = services_for(args).council_trust
    if args.council_action == "show":
        current = trust.current()
        if current is None:
            print("This laptop trusts no council yet (`gapkit council trust FILE`).")
            return 1
        print(f"Council:     {current.name}")
        print(f"Device id:   {current.device_id}")
        print(f"Fingerprint: {current.fingerprint}")
        print(f"Trusted on:  {current.trusted_at:%d %b %Y %H:%M} UTC")
        return 0
    info = trust.read_file(args.file)
    current = trust.current()
    print(f"Council:     {info.name}")
    print(f"Device id:   {info.device_id}")
    print(f"Fingerprint: {info.fingerprint}")
    if current is not None and current.public_key != info.public_key and not args.replace:
        raise UserError(
            f"This laptop already trusts {current.name} (fingerprint {current.fingerprint}). "
            "To replace it, run again with --replace, after checking the new fingerprint with "
            "the council; nothing was changed."
        )
    if not args.yes:
        question = "Does this fingerprint match the one on the council's computer?"
        if current is not None and current.public_key != info.public_key:
            question = (
                f"REPLACE the trusted council key {current.fingerprint} with this one? Packs "
                "signed with the old key will be refused."
            )
        if not _confirm(question):
            print("Nothing was changed.")
            return 1
    trusted = trust.trust(info, replace=args.replace)
    print(f"This laptop now accepts field packs from {trusted.name} ({trusted.fingerprint}).")
    return 0
