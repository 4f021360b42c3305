"""`gapkit demo`: realistic demo organisations (and assessments) for trying the app out."""

from __future__ import annotations

import argparse
import sys
import time

from desktop.commands.common import services_for


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--orgs",
        type=int,
        default=50,
        metavar="N",
        help="how many organisations to register (default 50)",
    )
    parser.add_argument(
        "--assessments",
        type=int,
        default=0,
        metavar="N",
        help="how many assessments to add across them (default 0)",
    )
    parser.add_argument(
        "--council",
        action="store_true",
        help="a demo council: turn council mode on and review the completed work (most "
        "approved, a few with issues), so the Overview shows figures",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        help="seed for repeatable data (default: a new one each run)",
    )


def run(args: argparse.Namespace) -> int:
    from desktop.demo.organisations import demo_organisations

    if args.orgs < 0 or args.assessments < 0:
        print("gapkit demo: counts must be zero or more.", file=sys.stderr)
        return 2
    seed = args.seed if args.seed is not None else int(time.time())
    services = services_for(args)
    started = time.perf_counter()
    if args.orgs:
        rows = demo_organisations(args.orgs, seed=seed, ward_list=services.organisations.ward_list)
        services.organisations.create_many(rows)
        print(f"Registered {args.orgs} demo organisations.")
    if args.assessments:
        from desktop.demo.assessments import add_demo_assessments

        made = add_demo_assessments(services, args.assessments, seed=seed)
        print(f"Added {made} demo assessments.")
    if args.council:
        from desktop.demo.assessments import add_demo_reviews
        from desktop.services.settings import SettingKey

        services.settings.set(SettingKey.COUNCIL_MODE, True)
        approved, flagged = add_demo_reviews(services, seed=seed)
        print(
            f"Council mode on; reviewed the completed work: {approved} approved, "
            f"{flagged} with issues (the rest received)."
        )
    print(
        f"Done in {time.perf_counter() - started:.1f} s (data folder: {services.store.data_dir})."
    )
    return 0
