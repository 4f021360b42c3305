"""Council actions of `gapkit devices`: enrol, list, approve and revoke trusted devices.

Registered in `desktop/commands/devices.py`'s ACTIONS table.
"""

from __future__ import annotations

import argparse

from desktop.commands.common import print_table, services_for
from desktop.errors import UserError
from sync.merge import describe_ranges
from sync.text import shown


def add_enrol(actions: argparse._SubParsersAction) -> None:
    enrol = actions.add_parser(
        "enrol",
        help="council: trust a laptop's bundles (its device file, or its public key and a name)",
        description="Trust a laptop: give the file `gapkit devices show --json` wrote on it, "
        "or its public key with --public-key and a --name. Compare the fingerprint printed "
        "here with the one the laptop shows.",
    )
    enrol.add_argument("file", nargs="?", metavar="FILE", help="the laptop's device file")
    enrol.add_argument("--public-key", metavar="KEY", help="the laptop's public key (base64)")
    enrol.add_argument("--name", help="a name for the laptop (with --public-key)")


def run_enrol(args: argparse.Namespace) -> int:
    devices = services_for(args).trusted_devices
    if args.file and args.public_key:
        raise UserError("Give either a device file or --public-key, not both.")
    if args.file:
        device = devices.enrol_file(args.file)
    elif args.public_key:
        if not args.name:
            raise UserError("With --public-key, also give the laptop a --name.")
        device = devices.enrol_key(args.public_key, args.name)
    else:
        raise UserError("Give the laptop's device file, or --public-key KEY --name NAME.")
    print(f"Enrolled {shown(device.name)} ({device.id}): fingerprint {device.fingerprint}")
    if device.awaiting_first_bundle:
        print("Its device id will be taken from its first bundle.")
    return _import_waiting(args, device.id)


def add_list(actions: argparse._SubParsersAction) -> None:
    actions.add_parser("list", help="council: the devices known here and their status")


def run_list(args: argparse.Namespace) -> int:
    service = services_for(args).imports
    gaps = service.sequence_gaps()
    devices = service.devices.list()
    print_table(
        ["Id", "Name", "Status", "Fingerprint", "Last bundle", "Missing bundles"],
        [
            (
                d.id if not d.awaiting_first_bundle else "(first bundle)",
                d.name,
                d.status,
                d.fingerprint,
                d.last_bundle_seq or "",
                describe_ranges(gaps.get(d.id, [])),
            )
            for d in devices
        ],
    )
    print(f"\n{len(devices)} device{'s' if len(devices) != 1 else ''}")
    return 0


def add_approve(actions: argparse._SubParsersAction) -> None:
    approve = actions.add_parser(
        "approve",
        help="council: trust a device whose bundles are waiting, and import them",
    )
    approve.add_argument(
        "device", metavar="ID", help="the exact device id or the full key fingerprint"
    )
    approve.add_argument(
        "--no-import", action="store_true", help="approve only; import its bundles later"
    )


def run_approve(args: argparse.Namespace) -> int:
    device = services_for(args).trusted_devices.approve(args.device)
    print(f"Approved {shown(device.name)} ({device.id}, fingerprint {device.fingerprint}).")
    if args.no_import:
        return 0
    return _import_waiting(args, device.id)


def add_revoke(actions: argparse._SubParsersAction) -> None:
    revoke = actions.add_parser(
        "revoke", help="council: stop trusting a device (lost or retired laptop)"
    )
    revoke.add_argument(
        "device", metavar="ID", help="the exact device id or the full key fingerprint"
    )


def run_revoke(args: argparse.Namespace) -> int:
    device = services_for(args).trusted_devices.revoke(args.device)
    print(
        f"Revoked {shown(device.name)} ({device.id}, fingerprint {device.fingerprint}): its "
        "future bundles will be rejected; what it sent stays."
    )
    return 0


def _import_waiting(args: argparse.Namespace, device_id: str) -> int:
    summaries = services_for(args).imports.import_waiting_from(device_id)
    for summary in summaries:
        print(summary.describe())
    return 1 if any(s.rejected for s in summaries) else 0


# action -> (adds its parser, runs it): merged into devices.ACTIONS
COUNCIL_ACTIONS = {
    "enrol": (add_enrol, run_enrol),
    "list": (add_list, run_list),
    "approve": (add_approve, run_approve),
    "revoke": (add_revoke, run_revoke),
}
