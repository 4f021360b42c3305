#!/usr/bin/env bash
# Build the Linux app with PyInstaller (packaging/gapkit.spec):
#   dist/gapkit/                                 the one-folder app: ./gapkit runs it
#   dist/gapkit-<version>-linux-<arch>.tar.gz    that folder, with gapkit.desktop, the icons
#                                                and install.sh (per-user menu entry)
# Needs the app installed in the Python it runs with (PYTHON, default .venv/bin/python), and
# the `build` extra: pip install -e '.[build]'. Prints how long the build took.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
started=$(date +%s)
version=$("$python" -c 'from desktop.version import app_version; print(app_version())')
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/gapkit.spec
app=dist/gapkit
cp packaging/linux/gapkit.desktop packaging/linux/install.sh "$app/"
mkdir -p "$app/icons"
cp resources/icons/gapkit-*.png resources/icons/gapkit.svg "$app/icons/"
tarball="dist/gapkit-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" gapkit
finished=$(date +%s)
echo "built $app ($(du -sh "$app" | cut -f1)) and $tarball ($(du -h "$tarball" | cut -f1)) in $((finished - started)) s"
