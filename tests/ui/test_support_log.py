"""Support log (issue 13, item 20): imports, exports and completions at INFO in
logs/gapkit.log, with no personal data."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.services import open_services
from desktop.services.sync.imports import ImportService
from desktop.services.sync.trust import TrustedDeviceService
from desktop.ui.app import configure_file_logging


def test_exports_imports_and_completions_are_logged_without_personal_data(tmp_path: Path):
    laptop = open_services(tmp_path / "laptop")
    council_dir = tmp_path / "council"
    council = open_services(council_dir)
    log_path = configure_file_logging(council_dir)
    root = logging.getLogger()
    try:
        organisation = laptop.organisations.create(
            {
                "name": "Holme Valley Food Bank",
                "legal_form": "cio_association",
                "postcode": "HD9 3AB",
                "contact_name": "Asha Patel",
                "contact_email": "asha.patel@example.org",
                "consent_date": "2026-11-01",
                "consent_how": "signed the form",
            }
        )
        detail = laptop.assessments.start(
            organisation.id, "health_check", "facilitated", consent_given=True
        )
        laptop.assessments.complete(detail.id, allow_unanswered_required=True)
        bundle = laptop.exports.export_bundle(tmp_path / "out", include_drafts=True)
        TrustedDeviceService(council.store).enrol(laptop.devices.info())
        ImportService(council.store).import_bundle(bundle.path)
        bad = tmp_path / "broken.gapkit"
        bad.write_bytes(b"not a bundle")
        ImportService(council.store).import_bundle(bad)
        for handler in root.handlers:
            handler.flush()
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(log_path):
                root.removeHandler(handler)
                handler.close()
        laptop.close()
        council.close()
    text = log_path.read_text(encoding="utf-8")
    assert f"Assessment {detail.id} completed" in text
    assert f"Exported bundle {bundle.path.name}" in text and "NOT encrypted" in text
    assert f"Bundle {bundle.path.name}" in text and ": merged" in text
    assert "broken.gapkit" in text and "rejected" in text
    for private in ("Holme Valley", "Asha", "asha.patel", "HD9"):
        assert private not in text
