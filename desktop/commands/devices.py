"""`gapkit devices`: this laptop's identity (and, in council mode, the devices it trusts).

Each action is a sub-command registered in `ACTIONS`; council actions (enrol, list, approve,
revoke) add their own entry there with an `add_arguments(actions)` and a `run(args)`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.commands.common import services_for


def _add_show(actions: argparse._SubParsersAction) -> None:
    show = actions.add_parser(
        "show",
        help="this laptop's device id, name, public key and fingerprint",
        description="Print this laptop's device id, name, public key and its fingerprint. "
        "The --json output is the device file the council enrols with "
        "`gapkit devices enrol FILE`.",
    )
    show.add_argument(
        "--json", action="store_true", help="the device file for the council, as JSON"
    )


def _run_show(args: argparse.Namespace) -> int:
    info = services_for(args).devices.info()
    if args.json:
        print(info.to_json(), end="")
        return 0
    print(f"Device id:    {info.device_id}")
    print(f"Name:         {info.name}")
    print(f"Public key:   {info.public_key}")
    print(f"Fingerprint:  {info.fingerprint}")
    print(
        "\nTo have the council trust this laptop's bundles, save the device file with\n"
        "  gapkit devices show --json > device.json\n"
        "and give it to the council (gapkit devices enrol device.json); compare the "
        "fingerprint with them by phone."
    )
    return 0


# action -> (adds its parser to the sub-parsers, runs it)
ACTIONS: dict[
    str,
    tuple[Callable[[argparse._SubParsersAction], None], Callable[[argparse.Namespace], int]],
] = {
    "show": (_add_show, _run_show),
}

# -- council actions (enrol, list, approve, revoke): desktop/commands/devices_council.py ------
from desktop.commands.devices_council import COUNCIL_ACTIONS  # noqa: E402

ACTIONS.update(COUNCIL_ACTIONS)
# -- end of council actions --------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="devices_action", metavar="ACTION", required=True)
    for add, _run in ACTIONS.values():
        add(actions)


def run(args: argparse.Namespace) -> int:
    _add, run_action = ACTIONS[args.devices_action]
    return run_action(args)
