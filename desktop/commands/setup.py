"""`gapkit setup check FILE`: check a council-setup.json before shipping it with the app."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="setup_action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="check a council-setup.json and say what it sets up (docs/council-setup.md)",
        description="Read a council-setup.json as the app's first run would, list every "
        "problem, or say what it sets up. Changes nothing.",
    )
    check.add_argument("file", metavar="FILE", help="the council-setup.json to check")


def run(args: argparse.Namespace) -> int:
    from desktop.services.setup import read_council_setup

    setup = read_council_setup(args.file)  # a SetupFileError is a UserError: printed, exit 1
    print(f"{setup.path}: usable. {setup.describe()}")
    if setup.council_public_key_fingerprint:
        print(f"Council public key fingerprint: {setup.council_public_key_fingerprint}")
    if setup.council_device is not None:
        print(
            f"Council device: {setup.council_device.name}, fingerprint "
            f"{setup.council_device.fingerprint}"
        )
    return 0
