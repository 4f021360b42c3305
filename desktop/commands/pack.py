"""`gapkit pack --out PATH [--ward W ...] [--device ID] [--full]`: council, build a field pack."""

from __future__ import annotations

import argparse

from desktop.commands.common import services_for


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", required=True, metavar="PATH", help="file, or folder to name the pack in"
    )
    parser.add_argument(
        "--ward",
        action="append",
        default=[],
        metavar="W",
        help="only organisations of this ward (repeat for several)",
    )
    parser.add_argument(
        "--device",
        metavar="ID",
        help="the laptop it is for (device id, its first characters, or name): the pack holds "
        "what changed since that laptop's last pack",
    )
    parser.add_argument(
        "--scope",
        choices=("all", "wards", "worked-with"),
        help="which organisations: all (default), wards (default with --ward), or those the "
        "laptop worked with (needs --device)",
    )
    parser.add_argument("--full", action="store_true", help="everything, not only the changes")


def run(args: argparse.Namespace) -> int:
    from desktop.services.sync.export import describe_counts

    result = services_for(args).packs.build_pack(
        args.out, wards=args.ward, device_id=args.device, scope=args.scope, full=args.full
    )
    kind = "full" if result.full else "changes since the laptop's last pack"
    print(f"Wrote field pack {result.bundle_seq} ({kind}) to {result.path}")
    print(f"Organisations in scope: {result.organisations_in_scope:,}")
    print(f"Contains: {describe_counts(result.counts)} ({result.total:,} records)")
    print(f"Size: {result.size / 1_000_000:.1f} MB, written in {result.seconds:.2f} s")
    return 0
