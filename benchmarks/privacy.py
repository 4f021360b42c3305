"""UK GDPR on a council-sized register: seconds to find a person (subject access), to write
the JSON and PDF, and to erase them (including the VACUUM of the SQLite file), on demo data.

Prints wall and CPU seconds (the machine may be shared) and the database size, and checks
afterwards that no byte of the erased email is left in the data folder. No target is set by
the issue; these are the figures docs/privacy.md can quote.
Run: python3 benchmarks/privacy.py [--orgs 2000] [--assessments 500]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _timed(label: str, work):  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orgs", type=int, default=2000)
    parser.add_argument("--assessments", type=int, default=500)
    args = parser.parse_args()

    from sqlalchemy import select

    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations
    from desktop.services import open_services
    from desktop.store.models import Organisation

    folder = Path(tempfile.mkdtemp(prefix="gapkit-privacy-bench-"))
    services = open_services(folder)
    rows = demo_organisations(args.orgs, seed=7, ward_list=services.organisations.ward_list)
    services.organisations.create_many(rows)
    add_demo_assessments(services, args.assessments, seed=7)
    with services.store.session() as session:
        email = session.scalars(
            select(Organisation.contact_email).where(Organisation.contact_email.is_not(None))
        ).first()
    assert email
    size = (folder / "gapkit.sqlite3").stat().st_size
    print(f"{args.orgs} organisations, {args.assessments} assessments, {size / 1e6:.1f} MB")
    findings = _timed("find", lambda: services.privacy.find(email))
    print(f"  {len(findings.places)} values, {len(findings.history)} history entries")
    _timed("export JSON + PDF", lambda: services.privacy.export(email, folder / "sar"))
    _timed("erase (with VACUUM)", lambda: services.privacy.erase(email))
    services.close()
    left = [p.name for p in folder.rglob("*.sqlite3*") if email.encode() in p.read_bytes()]
    print(f"files still holding the email: {left or 'none'}")
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
