"""What the headless commands share: opening the services, printing tables."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from desktop.services import Services, open_services
from sync._gc import gc_paused
from sync.text import shown

# What the running command opened, for the CLI to close when the command ends.
_opened: list[Services] = []


def services_for(args: argparse.Namespace) -> Services:
    """Open the store named by --data-dir / GAPKIT_DATA_DIR / GAPKIT_DATABASE_URL; the CLI
    closes it when the command ends."""
    # Opening imports SQLAlchemy and the models (~100,000 objects, no garbage among them):
    # the collector's searches over that growing heap were ~5 % of the opening's work.
    with gc_paused():
        services = open_services(data_dir_of(args))
    _opened.append(services)
    return services


def close_opened_services() -> None:
    """Close every store the command opened: its connections end here (SQLite folds its
    write-ahead log back into the file), not whenever the interpreter's exit gets to them."""
    while _opened:
        _opened.pop().close()


def data_dir_of(args: argparse.Namespace) -> Path:
    """The data folder: --data-dir if given, else GAPKIT_DATA_DIR or the user data folder."""
    from desktop.paths import default_data_dir

    chosen = getattr(args, "data_dir", None)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A plain fixed-width table for the terminal."""
    # Cells may hold names from outside (a bundle's device name): escape control characters.
    texts = [[shown(cell) for cell in row] for row in rows]
    widths = [len(header) for header in headers]
    for row in texts:
        for index, cell in enumerate(row):
            widths[index] = min(max(widths[index], len(cell)), 48)
    line = "  ".join(header.ljust(widths[index]) for index, header in enumerate(headers))
    print(line.rstrip())
    print("  ".join("-" * width for width in widths))
    for row in texts:
        cells = [cell[: widths[index]].ljust(widths[index]) for index, cell in enumerate(row)]
        print("  ".join(cells).rstrip())
