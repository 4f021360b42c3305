#!/usr/bin/env bash
# Smoke-test a built app (default dist/gapkit/gapkit) the way CI does: --version matches
# pyproject.toml, --smoke opens the window offscreen on a new data folder, `demo` fills a
# database and `report` writes PDFs that pypdf (from PYTHON) parses back.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-dist/gapkit/gapkit}
python=${PYTHON:-.venv/bin/python}
work=$(mktemp -d /tmp/gapkit-build-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

expected="gapkit $("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
actual=$("$app" --version)
[ "$actual" = "$expected" ] || { echo "check_build: --version says '$actual', pyproject.toml '$expected'" >&2; exit 1; }
echo "version: $actual"

"$app" --data-dir "$work/data" --smoke
echo "smoke: the window opened and the data folder was made"

# The council's key pair and a setup file naming it, checked by the built app (cryptography,
# JSON and the key formats all inside the bundle).
"$app" --data-dir "$work/council" keys council-init >/dev/null
cp "$work/council/keys/council.pub" "$work/council.pub"
printf '{"gapkit_setup": 1, "council": "Check Council", "use": "group", "council_public_key_file": "council.pub"}\n' \
  > "$work/council-setup.json"
"$app" setup check "$work/council-setup.json"
# The Help menu's documents and the icons travel with the app.
bundle_root=$(dirname "$app")
for needed in docs/user-guide.md docs/council-setup.md docs/self-assessment.md resources/icons/gapkit-256.png resources/guides/health-check.yaml; do
  if [ ! -f "$bundle_root/_internal/$needed" ] && [ ! -f "$bundle_root/../Resources/$needed" ]; then
    echo "check_build: $needed is missing from the built app" >&2
    exit 1
  fi
done

"$app" --data-dir "$work/data" demo --orgs 12 --assessments 4 --seed 7
"$app" --data-dir "$work/data" report --all --out-dir "$work/reports"
"$app" --data-dir "$work/data" report --council --out "$work/reports/council-summary.pdf"
"$python" - "$work/reports" <<'PY'
import sys
from pathlib import Path

from pypdf import PdfReader

pdfs = sorted(Path(sys.argv[1]).glob("*.pdf"))
if len(pdfs) < 2:
    sys.exit(f"check_build: expected PDFs in {sys.argv[1]}, found {len(pdfs)}")
for pdf in pdfs:
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    if not reader.pages or len(text) < 200:
        sys.exit(f"check_build: {pdf.name} has no readable text")
print(f"reports: {len(pdfs)} PDFs written by the built app parse back")
PY
