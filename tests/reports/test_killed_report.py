"""A copy killed while it saves a report PDF leaves the earlier PDF of that name whole (the
new one is written beside it and moved into place), and the hidden temporary file it left,
which holds the people's data the report was for, is removed by a later report into that
folder once it is an hour old (never one a copy may still be writing)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pypdf import PdfReader

from desktop.paths import LEFT_BEHIND_AFTER_SECONDS
from desktop.reports.assessment_report import write_assessment_report
from desktop.services import Services
from tests.reports.conftest import REPO_ROOT, register, run_assessment

# Killed with the new PDF written in full, just before it is moved over the old one.
KILLED_SAVING_A_REPORT = """
import os, signal, sys
from pathlib import Path
from desktop.reports.assessment_report import write_assessment_report
from desktop.services import open_services

real_replace = os.replace

def die_before_moving_a_report(source, destination, *args, **kwargs):
    if str(source).endswith(".pdf.tmp"):
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(source, destination, *args, **kwargs)

os.replace = die_before_moving_a_report
services = open_services(sys.argv[1])
write_assessment_report(services, sys.argv[2], Path(sys.argv[3]))
print("not killed", flush=True)
"""


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_a_report_killed_while_saved_keeps_the_old_pdf_and_its_leftover_is_swept(
    report_services: Services, tmp_path: Path
) -> None:
    first = run_assessment(report_services, register(report_services, "Batley Bowls Club"))
    second = run_assessment(report_services, register(report_services, "Ossett Tenants"))
    out = tmp_path / "reports"
    target = out / "report.pdf"
    write_assessment_report(report_services, first, target)
    old = target.read_bytes()
    assert "Batley Bowls Club" in _text(target)
    report_services.store.close()  # the killed copy opens the folder on its own

    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            KILLED_SAVING_A_REPORT,
            str(report_services.store.data_dir),
            second,
            str(target),
        ],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    assert target.read_bytes() == old  # the earlier report, whole
    [left] = out.glob(".report-*.pdf.tmp")
    assert "Ossett Tenants" in _text(left)  # what it holds is why it must go

    write_assessment_report(report_services, second, out / "young.pdf")
    assert left.exists()  # a copy may still be writing a young one
    then = time.time() - LEFT_BEHIND_AFTER_SECONDS - 60
    os.utime(left, (then, then))
    write_assessment_report(report_services, second, target)
    assert not left.exists()
    assert "Ossett Tenants" in _text(target)
    assert sorted(p.name for p in out.iterdir()) == ["report.pdf", "young.pdf"]
