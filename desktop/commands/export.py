"""`gapkit export`: write a signed sync bundle of this laptop's changes for the council."""

from __future__ import annotations

import argparse
import sys

from desktop.commands.common import services_for


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="the .gapkit file to write, or a folder (a name like "
        "gapkit-<laptop>-<number>-<date>.gapkit is chosen)",
    )
    parser.add_argument(
        "--full", action="store_true", help="everything, not just what changed since last time"
    )
    parser.add_argument(
        "--include-drafts",
        action="store_true",
        help="also send assessments that are not completed yet",
    )
    encryption = parser.add_mutually_exclusive_group()
    encryption.add_argument(
        "--encrypt-to",
        metavar="KEY",
        help="the council's council.pub: only the council can open the bundle "
        "(default: the choice made on the Sync page, if any)",
    )
    encryption.add_argument(
        "--no-encrypt",
        action="store_true",
        help="do not encrypt, even if the Sync page says to",
    )


def run(args: argparse.Namespace) -> int:
    from desktop.services.sync.export import describe_counts

    exports = services_for(args).exports
    encrypt_to = None
    if args.encrypt_to:
        encrypt_to = args.encrypt_to
    elif not args.no_encrypt:
        encrypt_to = exports.remembered_council_key()
    result = exports.export_bundle(
        args.out, full=args.full, include_drafts=args.include_drafts, encrypt_to=encrypt_to
    )
    kind = "full" if result.full else "changes"
    print(f"Wrote bundle {result.bundle_seq} ({kind}) to {result.path}")
    print(f"Bundle id: {result.bundle_id}")
    print(f"Contains: {describe_counts(result.counts)} ({result.total:,} records)")
    if result.encrypted:
        print(f"Encrypted to the council key {result.council_key_fingerprint}")
    else:
        print(
            "Warning: this bundle is NOT encrypted; anyone with the file can read the contact "
            "details in it. Choose the council key on the Sync page, or pass --encrypt-to "
            "council.pub.",
            file=sys.stderr,
        )
    print(f"Size: {result.size / 1_000_000:.1f} MB, written in {result.seconds:.2f} s")
    return 0
