"""`gapkit import BUNDLE...`: council import of laptops' sync bundles, with a summary each."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.common import services_for
from sync.merge import describe_ranges
from sync.text import shown

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.sync.imports import ImportService


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "bundles",
        nargs="+",
        metavar="BUNDLE",
        help=".gapkit files (or folders: every .gapkit file in them) to import",
    )
    parser.add_argument(
        "--key",
        metavar="COUNCIL_KEY",
        help="the council private key (council.key) for encrypted bundles "
        "(default: the one in settings or in the data folder's keys folder)",
    )
    parser.add_argument("--quiet", action="store_true", help="print only the summaries")


class _ProgressLine:
    """A percentage on one terminal line, for bundles that take more than a moment."""

    def __init__(self, label: str, enabled: bool):
        self.label = label
        self.enabled = enabled
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        percent = done * 100 // total
        if percent != self.last:
            self.last = percent
            print(f"\r{self.label} {percent:3d}%", end="", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.enabled and self.last >= 0:
            print("\r" + " " * (len(self.label) + 5) + "\r", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from desktop.services.sync.imports import ImportService, expand_bundle_paths

    services = services_for(args)
    service = ImportService(services.store, council_key=args.key)
    paths = expand_bundle_paths(args.bundles)
    show_progress = not args.quiet and sys.stderr.isatty()
    rejected = 0
    for index, path in enumerate(paths, start=1):
        progress = _ProgressLine(f"[{index}/{len(paths)}] {Path(path).name}", show_progress)
        summary = service.import_bundle(path, progress=progress)
        progress.finish()
        print(summary.describe())
        rejected += summary.rejected
    if not args.quiet:
        _print_follow_ups(services, service)
    if rejected:
        print(
            f"gapkit: {rejected} of {len(paths)} bundle{'s' if len(paths) != 1 else ''} "
            "rejected; the database is as it was before each of them.",
            file=sys.stderr,
        )
        return 1
    return 0


def _print_follow_ups(services: Services, service: ImportService) -> None:
    waiting = service.waiting()
    if waiting:
        print(
            f"\n{len(waiting)} bundle{'s' if len(waiting) != 1 else ''} waiting for device "
            "approval: check each fingerprint with its laptop, then `gapkit devices approve ID`."
        )
    gaps = service.sequence_gaps()
    if gaps:
        names = {d.id: d.name for d in service.devices.list()}
        print("\nBundles never imported (find those USB sticks):")
        for device_id, missing in gaps.items():
            print(f"  {shown(names.get(device_id, device_id))}: bundle {describe_ranges(missing)}")
    conflicts = services.conflicts.open_count()
    if conflicts:
        print(
            f"\n{conflicts} open conflict{'s' if conflicts != 1 else ''} to review: "
            "`gapkit conflicts list`."
        )
