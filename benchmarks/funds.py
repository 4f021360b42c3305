"""The council's "Funding readiness" table: seconds to check every organisation against every
fund of the shipped funds file, from stored results (no rescoring), on demo data.

Prints wall and CPU seconds (the machine may be shared) and checks the table against the slow
path (each organisation's guide, scoring its assessments) for the first --verify organisations.
Run: python3 benchmarks/funds.py [--orgs 1000] [--assessments 1500] [--verify 50]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orgs", type=int, default=1000)
    parser.add_argument("--assessments", type=int, default=1500)
    parser.add_argument("--verify", type=int, default=50)
    args = parser.parse_args()

    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations
    from desktop.services import open_services

    services = open_services(Path(tempfile.mkdtemp(prefix="gapkit-funds-bench-")))
    rows = demo_organisations(args.orgs, seed=7, ward_list=services.organisations.ward_list)
    services.organisations.create_many(rows)
    add_demo_assessments(services, args.assessments, seed=7)
    today = date(2026, 12, 1)
    services.funds.readiness(today=today)  # forms and stored results ready
    wall, cpu = time.perf_counter(), time.process_time()
    table = services.funds.readiness(today=today)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"funding readiness: {table.organisations} organisations x {len(table.funds)} funds "
        f"in {wall:.2f} s wall, {cpu:.2f} s CPU"
    )
    sample = services.organisations.list_all()[: args.verify]
    slow = Counter(
        check.fund.id
        for organisation in sample
        for check in services.funds.guide(organisation.id, today).checks
        if not check.unmet
    )
    fast = services.funds.readiness(
        wards=None, today=today, organisation_ids={o.id for o in sample}
    )
    agree = all(f.eligible == slow[f.fund_id] for f in fast.funds)
    print(f"first {len(sample)} organisations agree with their own guides: {agree}")
    services.close()
    return 0 if agree else 1


if __name__ == "__main__":
    raise SystemExit(main())
