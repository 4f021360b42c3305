"""One object holding the open store and every service, for the UI and the CLI to share."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

# Services are imported when first used: the registration rules behind OrganisationService
# (pydantic models built at import) cost a tenth of a second that most commands never need.
if TYPE_CHECKING:
    from desktop.services.action_reviews import ActionReviewService
    from desktop.services.assessments import AssessmentService
    from desktop.services.council.overview import OverviewQueries
    from desktop.services.council.summary import CouncilQueries
    from desktop.services.devices import DeviceService
    from desktop.services.draft_moves import DraftMoveService
    from desktop.services.funds import FundsService
    from desktop.services.online_import import OnlineImportService
    from desktop.services.organisations import OrganisationService
    from desktop.services.privacy import PrivacyService
    from desktop.services.registration_import import RegistrationImportService
    from desktop.services.resources import CouncilResourceService
    from desktop.services.reviews import ReviewService
    from desktop.services.self_assessment import SelfAssessmentService
    from desktop.services.settings import SettingsService
    from desktop.services.setup import SetupService
    from desktop.services.sync.conflicts import ConflictService
    from desktop.services.sync.council_trust import CouncilTrustService
    from desktop.services.sync.export import ExportService
    from desktop.services.sync.imports import ImportService
    from desktop.services.sync.pack_import import ConfirmedWorkService, FieldPackService
    from desktop.services.sync.packs import PackService
    from desktop.services.sync.trust import TrustedDeviceService
    from desktop.store.db import Store


class Services:
    """The services over one store. Each is created the first time it is used."""

    def __init__(self, store: Store):
        self.store = store

    @cached_property
    def organisations(self) -> OrganisationService:
        from desktop.services.organisations import OrganisationService

        return OrganisationService(self.store)

    @cached_property
    def assessments(self) -> AssessmentService:
        from desktop.services.assessments import AssessmentService

        return AssessmentService(self.store)

    @cached_property
    def funds(self) -> FundsService:
        """The funds file in force and which funds each organisation could apply to."""
        from desktop.services.funds import FundsService

        return FundsService(self.store, self.assessments)

    @cached_property
    def action_reviews(self) -> ActionReviewService:
        """Last time's actions, reviewed at the start of a new assessment."""
        from desktop.services.action_reviews import ActionReviewService

        return ActionReviewService(self.store)

    @cached_property
    def draft_moves(self) -> DraftMoveService:
        """Moving a draft to the new version of its form (answers follow their questions)."""
        from desktop.services.draft_moves import DraftMoveService

        return DraftMoveService(self.store)

    @cached_property
    def reviews(self) -> ReviewService:
        """Council review of completed work: states and their comment threads."""
        from desktop.services.reviews import ReviewService

        return ReviewService(self.store)

    @cached_property
    def settings(self) -> SettingsService:
        from desktop.services.settings import SettingsService

        return SettingsService(self.store)

    @cached_property
    def setup(self) -> SetupService:
        """Who uses this data folder (first run, Settings) and council-setup.json."""
        from desktop.services.setup import SetupService

        return SetupService(self.store)

    @cached_property
    def self_assessment(self) -> SelfAssessmentService:
        """The self-assessment edition: the group's own organisation, guides, sending."""
        from desktop.services.self_assessment import SelfAssessmentService

        return SelfAssessmentService(self.store)

    @cached_property
    def devices(self) -> DeviceService:
        from desktop.services.devices import DeviceService

        return DeviceService(self.store)

    @cached_property
    def exports(self) -> ExportService:
        from desktop.services.sync.export import ExportService

        return ExportService(self.store)

    @cached_property
    def imports(self) -> ImportService:
        """Council: importing bundles, waiting bundles and sequence gaps."""
        from desktop.services.sync.imports import ImportService

        return ImportService(self.store)

    @cached_property
    def conflicts(self) -> ConflictService:
        """Council: reviewing the conflicts imports found."""
        from desktop.services.sync.conflicts import ConflictService

        return ConflictService(self.store)

    @cached_property
    def registration_import(self) -> RegistrationImportService:
        """Registering many organisations from a spreadsheet."""
        from desktop.services.registration_import import RegistrationImportService

        return RegistrationImportService(self.store, self.organisations.ward_list)

    @cached_property
    def council_summary(self) -> CouncilQueries:
        """Council: the figures of the council summary PDF."""
        from desktop.services.council.summary import CouncilQueries

        return CouncilQueries(self.store)

    @cached_property
    def overview(self) -> OverviewQueries:
        """Council: the Overview page's figures."""
        from desktop.services.council.overview import OverviewQueries

        return OverviewQueries(self.store)

    @cached_property
    def trusted_devices(self) -> TrustedDeviceService:
        """Council: the laptops whose bundles are trusted."""
        from desktop.services.sync.trust import TrustedDeviceService

        return TrustedDeviceService(self.store)

    @cached_property
    def online_imports(self) -> OnlineImportService:
        """Council: answers given online (Kobo / ODK Central CSV exports) as assessments."""
        from desktop.services.online_import import OnlineImportService

        return OnlineImportService(self.store)

    @cached_property
    def council_trust(self) -> CouncilTrustService:
        """Laptop: the council whose field packs are accepted (`trust`, `current`)."""
        from desktop.services.sync.council_trust import CouncilTrustService

        return CouncilTrustService(self.store)

    @cached_property
    def packs(self) -> PackService:
        """Council: building field packs for laptops."""
        from desktop.services.sync.packs import PackService

        return PackService(self.store)

    @cached_property
    def field_packs(self) -> FieldPackService:
        """Laptop: the last pack and what it changed; forgetting out-of-scope organisations."""
        from desktop.services.sync.pack_import import FieldPackService

        return FieldPackService(self.store)

    @cached_property
    def resources(self) -> CouncilResourceService:
        """The council's forms, support offers and ward file as versioned records."""
        from desktop.services.resources import CouncilResourceService

        return CouncilResourceService(self.store)

    @cached_property
    def privacy(self) -> PrivacyService:
        """UK GDPR: subject access, erasure, retention review (docs/privacy.md)."""
        from desktop.services.privacy import PrivacyService

        return PrivacyService(self.store)

    @cached_property
    def confirmed_work(self) -> ConfirmedWorkService:
        """Laptop: forget completed work the council has confirmed receiving."""
        from desktop.services.sync.pack_import import ConfirmedWorkService

        return ConfirmedWorkService(self.store)

    def close(self) -> None:
        self.store.close()


def open_services(
    data_dir: Path | str | None = None,
    database_url: str | None = None,
    device_name: str | None = None,
) -> Services:
    """Open the data folder's store and every service over it; the first open makes the key."""
    from desktop.store.db import open_store

    store = open_store(data_dir=data_dir, database_url=database_url, device_name=device_name)
    # The device's signing key is made on first run; afterwards this is one stat() call.
    from desktop.services.devices import ensure_device_key

    ensure_device_key(store)
    from desktop.services.settings import SettingKey, SettingsService

    if SettingsService(store).get(SettingKey.ERASURE_CLEAN_UP_DUE):
        from desktop.services.privacy import finish_erasure_clean_up

        finish_erasure_clean_up(store)  # an erasure whose copy was killed before it ended
    return Services(store)
