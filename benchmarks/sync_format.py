"""Measure writing and reading a ~70,000-record bundle (1,000 assessments, 60,000 responses).

Prints the best of several runs for the sync package's own part of an export (write_bundle)
and of an import (open, verify, validate every record), and each as a ratio to the 1 s export
target of DESIGN.md (the store's query and merge work comes on top of these).

    python3 benchmarks/sync_format.py [--runs N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sync import DeviceKey, Manifest, open_bundle, write_bundle  # noqa: E402
from sync.keys import CouncilKeyPair  # noqa: E402
from tests.sync.factories import DEVICE_A, benchmark_dataset  # noqa: E402

TARGET_SECONDS = 1.0


def best_of(runs: int, action) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Best wall-clock and best CPU time (the CPU time is steadier on a busy machine)."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(wall), min(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    tables = benchmark_dataset()
    total = sum(len(rows) for rows in tables.values())
    key = DeviceKey.generate()
    manifest = Manifest.new(
        device_id=DEVICE_A,
        device_name="benchmark laptop",
        bundle_seq=1,
        from_seq=0,
        to_seq=total,
        app_version="benchmark",
        full=True,
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.gapkit"
        council = CouncilKeyPair.generate(Path(folder) / "council")
        encrypted_path = Path(folder) / "bench-encrypted.gapkit"

        def write() -> None:
            write_bundle(path, manifest=manifest, tables=tables, signing_key=key)

        def write_encrypted() -> None:
            write_bundle(
                encrypted_path,
                manifest=manifest,
                tables=tables,
                signing_key=key,
                encrypt_to=council.public_key,
            )

        def read(bundle_path: Path = path, decrypt_key=None) -> None:  # type: ignore[no-untyped-def]
            bundle = open_bundle(bundle_path, decrypt_key=decrypt_key)
            bundle.verify(key.public_key_b64)
            bundle.all_records()

        write_time = best_of(args.runs, write)
        size = path.stat().st_size
        read_time = best_of(args.runs, read)
        write_enc_time = best_of(args.runs, write_encrypted)
        read_enc_time = best_of(args.runs, lambda: read(encrypted_path, council.private_key))

    print(f"records: {total:,} ({', '.join(f'{k} {len(v):,}' for k, v in tables.items())})")
    print(f"bundle size: {size / 1e6:.1f} MB")
    for label, (seconds, cpu) in (
        ("write", write_time),
        ("read + verify + validate", read_time),
        ("write, encrypted", write_enc_time),
        ("read, encrypted", read_enc_time),
    ):
        print(
            f"{label:26s} {seconds:6.3f} s (CPU {cpu:5.3f} s)   "
            f"ratio to 1 s target: {seconds / TARGET_SECONDS:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
