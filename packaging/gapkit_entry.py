"""The frozen app's entry point: the same `main` as the `gapkit` command."""

import multiprocessing

from desktop.cli import main

if __name__ == "__main__":
    # A frozen app that ever starts a process must call this first (harmless otherwise).
    multiprocessing.freeze_support()
    raise SystemExit(main())
