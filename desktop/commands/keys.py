"""`gapkit keys council-init`: make the council's key pair that laptops encrypt bundles to."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.errors import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="keys_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "council-init",
        help="make the council key pair (council.key stays here, council.pub goes to laptops)",
        description="Make the council's encryption key pair: council.key (private, readable "
        "only by you; keep it and back it up) and council.pub (give it to every laptop).",
    )
    init.add_argument(
        "--dir",
        metavar="DIR",
        help="folder for the two key files (default: the keys folder of the data folder)",
    )


def run(args: argparse.Namespace) -> int:
    from sync.errors import KeyFileError
    from sync.keys import CouncilKeyPair

    if args.dir:
        folder = Path(args.dir).expanduser()
    else:
        from desktop.commands.common import data_dir_of
        from desktop.services.devices import default_council_key_dir

        folder = default_council_key_dir(data_dir_of(args))
    try:
        pair = CouncilKeyPair.generate(folder)
    except KeyFileError as error:
        raise UserError(str(error)) from error
    except OSError as error:
        raise UserError(
            f"Cannot write the council key files in {folder}: {error.strerror}. "
            "Choose another folder with --dir."
        ) from error
    print(f"Council private key: {pair.private_key_path}  (keep it here; back it up safely)")
    print(f"Council public key:  {pair.public_key_path}  (copy it to every laptop)")
    print(f"Fingerprint:         {pair.fingerprint}")
    print(
        "\nOn each laptop choose council.pub under Sync > Encrypt to, or run\n"
        "  gapkit export --encrypt-to council.pub --out E:/\n"
        "Without council.key, bundles encrypted to this key cannot be opened."
    )
    return 0
