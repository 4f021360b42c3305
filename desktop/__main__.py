"""`python -m desktop` runs the same entry point as `gapkit`."""

from desktop.cli import main

raise SystemExit(main())
