"""One object holding the open store and every service, for the UI and the CLI to share."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store.db import Store, open_store
from desktop.store.organisations import OrganisationService

if TYPE_CHECKING:
    from desktop.store.assessments import AssessmentService
    from desktop.store.devices import DeviceService
    from desktop.store.settings import SettingsService
    from desktop.store.sync_export import ExportService
    from desktop.store.sync_import import ImportService
    from desktop.store.trusted_devices import TrustedDeviceService


class Services:
    """The services over one store. Each is created the first time it is used."""

    def __init__(self, store: Store):
        self.store = store

    @cached_property
    def organisations(self) -> OrganisationService:
        return OrganisationService(self.store)

    @cached_property
    def assessments(self) -> AssessmentService:
        from desktop.store.assessments import AssessmentService

        return AssessmentService(self.store)

    @cached_property
    def settings(self) -> SettingsService:
        from desktop.store.settings import SettingsService

        return SettingsService(self.store)

    @cached_property
    def devices(self) -> DeviceService:
        from desktop.store.devices import DeviceService

        return DeviceService(self.store)

    @cached_property
    def exports(self) -> ExportService:
        from desktop.store.sync_export import ExportService

        return ExportService(self.store)

    @cached_property
    def imports(self) -> ImportService:
        """Council: importing bundles, waiting bundles, sequence gaps and conflicts."""
        from desktop.store.sync_import import ImportService

        return ImportService(self.store)

    @cached_property
    def trusted_devices(self) -> TrustedDeviceService:
        """Council: the laptops whose bundles are trusted."""
        from desktop.store.trusted_devices import TrustedDeviceService

        return TrustedDeviceService(self.store)

    def close(self) -> None:
        self.store.close()


def open_services(data_dir: Path | str | None = None, database_url: str | None = None) -> Services:
    return Services(open_store(data_dir=data_dir, database_url=database_url))
