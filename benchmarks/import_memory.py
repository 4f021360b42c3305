"""Peak memory (RSS) of a council import that must be rejected: the zip bomb kept under every
limit, against the 150 MB target of issue 11.

The hostile bundle is a real laptop's bundle whose data files are swapped for members that
stay under every size and ratio limit of `sync.safezip.BundleLimits` (each compresses ~100x,
below the 200x ratio limit) and unpack to ~1 GB together. Two attackers are measured:

- **forged**: the bundle keeps the laptop's signed manifest, datapackage.json and signature
  (an attacker with no key, claiming an enrolled laptop);
- **stranger**: the same files re-signed by a key nobody enrolled, with datapackage.json
  declaring the big members' true sizes and hashes (a bundle that would wait for approval).

Each import runs in a fresh process (`gapkit import`), whose peak RSS (VmHWM) is
reported next to a baseline: the same process importing a tiny valid bundle.

Run: python3 benchmarks/import_memory.py [--total-mb 1000]

With `--sizes 1000 5000 20000` it measures instead the peak RSS of importing valid bundles of
those many completed assessments (issue 16: <= 400 MB at any size), each into an empty council
database in a fresh `gapkit import` process: a real laptop's export of the first size, and
that export written N times over with its ids renamed for the larger ones
(`benchmarks/scaled_bundle.py`). A bundle may unpack to 1 GiB at most (`sync.safezip`), about
12,000 of these assessments: a larger size is made as several bundles of at most 10x the
smallest, imported by one `gapkit import` process one after the other.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# This folder holds a sync.py of its own: the repository's packages must come first.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent]
sys.path.insert(0, str(REPO_ROOT))

TARGET_MB = 150.0
VALID_TARGET_MB = 400.0
# Copies of the smallest export in one scaled bundle (10 x 1,000 assessments: ~700 MB unpacked).
MAX_COPIES = 10
BIG_MEMBERS = ("data/responses.json", "data/responses.csv", "data/audit_events.json")


def _bomb_piece(size: int) -> bytes:
    """Bytes that deflate about 100x: a little randomness in a lot of repetition."""
    block = random.Random(11).randbytes(600) + b" " * (64 * 1024 - 600)
    repeats = size // len(block) + 1
    return (block * repeats)[:size]


def _write_zip(path: Path, members: dict[str, bytes], big: dict[str, int]) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in members.items():
            if name in big:
                continue
            archive.writestr(name, data)
        piece = _bomb_piece(16 * 1024 * 1024)
        for name, size in big.items():
            with archive.open(name, "w", force_zip64=True) as handle:
                written = 0
                while written < size:
                    chunk = piece[: min(len(piece), size - written)]
                    handle.write(chunk)
                    written += len(chunk)


def _measure(council: Path, bundle: Path | list[Path]) -> tuple[int, float, str]:
    """Exit status, peak RSS in MB and the first output line of `gapkit import BUNDLE...`."""
    bundles = bundle if isinstance(bundle, list) else [bundle]
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec from the parent (this script).
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        "status = main(sys.argv[1:])\n"
        "peak = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "print(f'PEAK_KB={peak.split()[1]}', file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(council), "import", *map(str, bundles)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        check=False,
    )
    peak_kb = next(
        int(line.split("=")[1]) for line in done.stderr.splitlines() if line.startswith("PEAK_KB")
    )
    first = (done.stdout.strip().splitlines() or [""])[0]
    return done.returncode, peak_kb / 1024, first


def measure_sizes(sizes: list[int]) -> int:
    """Peak RSS of valid imports at each size; exit status 1 if one is over the target."""
    import time

    from benchmarks.scaled_bundle import scaled_bundle
    from benchmarks.sync_import import make_bundles
    from desktop.services.devices import DeviceService
    from desktop.services.sync.trust import TrustedDeviceService
    from desktop.store.db import open_store

    base = min(sizes)
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="gapkit-import-memory-") as temporary:
        root = Path(temporary)
        laptop, bundle, _ = make_bundles(root, max(300, base * 3 // 10), base)
        info = DeviceService(laptop).info()  # type: ignore[arg-type]
        laptop.close()  # type: ignore[attr-defined]
        for size in sizes:
            if size % base:
                raise SystemExit(f"each size must be a multiple of the smallest ({base})")
            paths = [bundle]
            if size != base:
                paths = []
                for first in range(0, size // base, MAX_COPIES):
                    copies = min(MAX_COPIES, size // base - first)
                    out = root / f"x{size}-{first}.gapkit"
                    paths.append(scaled_bundle(bundle, root / "laptop", copies, out, first))
            council = root / f"council-{size}"
            store = open_store(data_dir=council, device_name="Council")
            TrustedDeviceService(store).enrol(info)
            store.close()
            started = time.perf_counter()
            status, peak, first_line = _measure(council, paths)
            seconds = time.perf_counter() - started
            worst = max(worst, peak)
            megabytes = sum(path.stat().st_size for path in paths) / 1e6
            print(
                f"{size:>6,} assessments ({len(paths)} bundle(s), {megabytes:6.1f} MB): exit "
                f"{status}, peak RSS {peak:7.1f} MB, {seconds:6.1f} s wall | {first_line[:90]}"
            )
    verdict = "within" if worst <= VALID_TARGET_MB else "OVER"
    print(f"\nlargest peak RSS: {worst:.1f} MB, {verdict} the {VALID_TARGET_MB:.0f} MB target")
    return 0 if worst <= VALID_TARGET_MB else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total-mb", type=int, default=1000, help="unpacked size of the bomb")
    parser.add_argument(
        "--sizes", type=int, nargs="+", help="measure valid imports of these many assessments"
    )
    args = parser.parse_args()
    if args.sizes:
        return measure_sizes(args.sizes)

    from desktop.services.sync.trust import TrustedDeviceService
    from desktop.store.db import open_store
    from sync.codecs import (
        DATAPACKAGE_FILE,
        SIGNATURE_FILE,
        FileDigest,
        encode_signature,
        signing_message,
    )
    from sync.keys import DeviceKey
    from tests.store.sync_helpers import Laptop

    with tempfile.TemporaryDirectory(prefix="gapkit-import-memory-") as temporary:
        root = Path(temporary)
        laptop = Laptop.make(root, "Laptop M")
        laptop.register(5, seed=5)
        good = laptop.export(full=True)
        council = root / "council"
        store = open_store(data_dir=council, device_name="Council")
        TrustedDeviceService(store).enrol(laptop.info())
        store.close()
        laptop.close()
        with zipfile.ZipFile(good) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}

        each = args.total_mb * 1024 * 1024 // len(BIG_MEMBERS)
        big = dict.fromkeys(BIG_MEMBERS, each)
        forged = root / "forged.gapkit"
        _write_zip(forged, members, big)

        # The stranger declares and signs the true hashes of the big members.
        piece_digests: dict[str, FileDigest] = {}
        with zipfile.ZipFile(forged) as archive:
            for name in BIG_MEMBERS:
                hasher = hashlib.sha256()
                size = 0
                with archive.open(name) as handle:
                    while chunk := handle.read(16 * 1024 * 1024):
                        hasher.update(chunk)
                        size += len(chunk)
                piece_digests[name] = FileDigest(hasher.hexdigest(), size)
        package = json.loads(members[DATAPACKAGE_FILE])
        for resource_info in package["resources"]:
            for info in (resource_info, resource_info["gapkit_json"]):
                if info["path"] in piece_digests:
                    digest = piece_digests[info["path"]]
                    info["hash"] = f"sha256:{digest.sha256}"
                    info["bytes"] = digest.size
        stranger_id = "5acc0000-0000-4000-8000-000000000000"
        manifest = json.loads(members["manifest.json"])
        manifest["device_id"] = stranger_id
        signed = dict(members)
        signed["manifest.json"] = json.dumps(manifest).encode()
        signed[DATAPACKAGE_FILE] = json.dumps(package, indent=2).encode()
        digests = {
            name: FileDigest.of(data)
            for name, data in signed.items()
            if name not in (SIGNATURE_FILE, *BIG_MEMBERS)
        }
        digests.update(piece_digests)
        stranger_key = DeviceKey.generate()
        signed[SIGNATURE_FILE] = encode_signature(
            device_id=stranger_id,
            public_key_b64=stranger_key.public_key_b64,
            key_fingerprint=stranger_key.fingerprint,
            digests=digests,
            signature=stranger_key.sign(signing_message(digests)),
        )
        stranger = root / "stranger.gapkit"
        _write_zip(stranger, signed, big)

        print(f"hostile members: {len(BIG_MEMBERS)} x {each / 1e6:,.0f} MB unpacked")
        print(f"forged.gapkit {forged.stat().st_size / 1e6:,.1f} MB on disk")
        rows = [("baseline: a valid 5-organisation bundle", *_measure(council, good))]
        rows.append(("forged: laptop's signature, bomb inside", *_measure(council, forged)))
        rows.append(("stranger: own key, bomb declared", *_measure(council, stranger)))
        worst = 0.0
        for label, status, peak, first in rows:
            print(f"{label:44} exit {status}  peak RSS {peak:7.1f} MB  | {first[:110]}")
            if label.startswith(("forged", "stranger")):
                worst = max(worst, peak)
        verdict = "within" if worst <= TARGET_MB else "OVER"
        print(
            f"\nworst rejected import: {worst:.1f} MB peak RSS, {verdict} the {TARGET_MB:.0f} MB target"
        )
        return 0 if worst <= TARGET_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
