"""Who uses this data folder, chosen on first run and changeable in Settings.

Three uses:
- `worker`: a council development worker's laptop (field mode). Their name and the laptop's
  name; optionally the council's device file (to trust its field packs) and `council.pub`
  (to encrypt bundles).
- `group`: a community group assessing itself (the self-assessment edition): one organisation,
  bundles encrypted to the council key from the setup file.
- `council`: council staff (council mode): the council's key pair and the first enrolment.

A council can decide the use and ship its keys in `council-setup.json` (docs/council-setup.md)
beside the installer or in the data folder. The file is read whole and checked before anything
is saved: a missing or wrong key gives one clear message and changes nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.errors import Message, UserError
from desktop.format import tr_noop
from desktop.services.settings import SettingKey, SettingsService
from desktop.store.db import Store, default_device_name, os_user_name

if TYPE_CHECKING:
    from sync.keys import DeviceInfo

log = logging.getLogger(__name__)

SETUP_FILE_NAME = "council-setup.json"
SETUP_FORMAT_VERSION = 1
# A setup file is a few hundred bytes; anything much bigger is not one.
SETUP_FILE_MAX_BYTES = 64 * 1024


class Use(StrEnum):
    WORKER = "worker"
    GROUP = "group"
    COUNCIL = "council"


# The one source of these names: the command line prints them in English, Settings and the
# first-run dialog show them through tr("Setup", ...) (the translation tool collects them here).
USE_LABELS = {
    Use.WORKER: tr_noop("Setup", "A council development worker"),
    Use.GROUP: tr_noop("Setup", "A community group assessing itself"),
    Use.COUNCIL: tr_noop("Setup", "Council staff"),
}

SETUP_KEYS = {
    "gapkit_setup": "the format version, 1",
    "council": 'the council\'s name, e.g. "Kirklees Council"',
    "use": "worker, group or council (leave it out to let the person choose)",
    "council_public_key": "the text of council.pub (base64)",
    "council_public_key_file": "council.pub, relative to this file",
    "council_device": "the council's device file (`gapkit devices show --json`) as an object",
    "council_device_file": "the council's device file, relative to this file",
}


@dataclass(frozen=True)
class CouncilSetup:
    """A checked council-setup.json."""

    path: Path
    council: str
    use: Use | None
    council_public_key: str | None  # base64, checked
    council_public_key_fingerprint: str | None
    council_device: DeviceInfo | None

    def describe(self) -> str:
        parts = [f"Prepared by {self.council}"]
        if self.use is not None:
            parts.append(f"for {USE_LABELS[self.use].lower()}")
        what = []
        if self.council_public_key:
            what.append("the council's public key")
        if self.council_device is not None:
            what.append("the council's device file")
        text = " ".join(parts)
        if what:
            text += "; it brings " + " and ".join(what)
        return text + "."


class SetupFileError(UserError):
    """council-setup.json cannot be used; nothing was changed."""

    def __init__(self, path: Path, problems: Iterable[str]):
        self.path = path
        self.problems = list(problems)
        listed = "; ".join(self.problems)
        super().__init__(
            "The council setup file {path} cannot be used: {problems}. Nothing was changed; "
            "ask the council for a corrected file (its format is in the Help menu, "
            "'Council setup file').",
            path=path,
            problems=listed,
        )


def read_council_setup(path: str | Path) -> CouncilSetup:
    """Read and check a council-setup.json; SetupFileError lists every problem found."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > SETUP_FILE_MAX_BYTES:
            raise SetupFileError(path, [f"it is {size:,} bytes, too big for a setup file"])
        raw = path.read_bytes()
    except OSError as error:
        raise SetupFileError(path, [f"it cannot be read ({error.strerror})"]) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SetupFileError(path, ["it is not UTF-8 text"]) from None
    except json.JSONDecodeError as error:
        raise SetupFileError(
            path, [f"it is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"]
        ) from None
    if not isinstance(data, dict):
        raise SetupFileError(path, ["it should be one JSON object { ... }"])
    return _check_setup(path, data)


def _check_setup(path: Path, data: dict[str, Any]) -> CouncilSetup:
    problems: list[str] = []
    unknown = sorted(set(data) - set(SETUP_KEYS))
    for key in unknown:
        problems.append(f'"{key}" is not a setup key (known keys: {", ".join(SETUP_KEYS)})')

    version = data.get("gapkit_setup")
    if version is None:
        problems.append('"gapkit_setup" is missing (it should be 1)')
    elif version != SETUP_FORMAT_VERSION or isinstance(version, bool):
        problems.append(
            f'"gapkit_setup" is {json.dumps(version)}; this version of GAP Field Kit reads 1'
        )

    council = data.get("council")
    if council is None:
        problems.append('"council" is missing (the council\'s name)')
    elif not isinstance(council, str) or not council.strip() or len(council) > 200:
        problems.append('"council" should be the council\'s name, 1 to 200 characters')

    use: Use | None = None
    if "use" in data:
        try:
            use = Use(data["use"])
        except ValueError:
            problems.append(
                f'"use" is {json.dumps(data["use"])}; it should be "worker", "group" or "council"'
            )

    key_text, key_fingerprint = _setup_public_key(path, data, problems)
    device = _setup_device(path, data, problems)

    if use is Use.GROUP and key_text is None and not any("public_key" in p for p in problems):
        problems.append(
            '"use" is "group" but the file has no "council_public_key": a group needs it to '
            "send its results to the council"
        )
    if problems:
        raise SetupFileError(path, problems)
    return CouncilSetup(
        path=path,
        council=str(council).strip(),
        use=use,
        council_public_key=key_text,
        council_public_key_fingerprint=key_fingerprint,
        council_device=device,
    )


def _relative_file(path: Path, data: dict[str, Any], key: str, problems: list[str]) -> Path | None:
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        problems.append(f'"{key}" should be a file name next to the setup file')
        return None
    target = (path.parent / value).resolve()
    if not target.is_file():
        problems.append(f'"{key}" names {value}, which is not in {path.parent}')
        return None
    return target


def _setup_public_key(
    path: Path, data: dict[str, Any], problems: list[str]
) -> tuple[str | None, str | None]:
    from desktop.services.sync.export import read_council_key

    has_text, has_file = "council_public_key" in data, "council_public_key_file" in data
    if has_text and has_file:
        problems.append('give "council_public_key" or "council_public_key_file", not both')
        return None, None
    source: str | Path | None = None
    if has_text:
        value = data["council_public_key"]
        if not isinstance(value, str) or not value.strip():
            problems.append('"council_public_key" should be the text of council.pub')
            return None, None
        source = value.strip()
    elif has_file:
        source = _relative_file(path, data, "council_public_key_file", problems)
    if source is None:
        return None, None
    try:
        choice = read_council_key(source)
    except UserError:
        problems.append(
            f'"{"council_public_key" if has_text else "council_public_key_file"}" is not a '
            "council public key (use the council.pub made by `gapkit keys council-init`)"
        )
        return None, None
    return choice.public_key, choice.fingerprint


def _setup_device(path: Path, data: dict[str, Any], problems: list[str]) -> DeviceInfo | None:
    from sync.errors import KeyFileError
    from sync.keys import DeviceInfo

    has_object, has_file = "council_device" in data, "council_device_file" in data
    if has_object and has_file:
        problems.append('give "council_device" or "council_device_file", not both')
        return None
    try:
        if has_object:
            if not isinstance(data["council_device"], dict):
                problems.append('"council_device" should be the device file\'s JSON object')
                return None
            return DeviceInfo.from_json(json.dumps(data["council_device"]))
        if has_file:
            target = _relative_file(path, data, "council_device_file", problems)
            return DeviceInfo.read(target) if target is not None else None
    except KeyFileError as error:
        key = "council_device" if has_object else "council_device_file"
        problems.append(f'"{key}" is not a usable device file ({error})')
    return None


def find_council_setup(data_dir: Path, install_dir: Path | None) -> Path | None:
    """The setup file in the data folder, else beside the installed app (the installer copies
    it there from beside itself), else beside a macOS .app bundle."""
    candidates = [Path(data_dir) / SETUP_FILE_NAME]
    if install_dir is not None:
        candidates.append(install_dir / SETUP_FILE_NAME)
        for parent in install_dir.parents:
            if parent.suffix == ".app":
                candidates.append(parent.parent / SETUP_FILE_NAME)
                break
    return next((path for path in candidates if path.is_file()), None)


class SetupService:
    """The data folder's use and the choices made with it. Every change is all-or-nothing:
    inputs are checked before the first setting is written."""

    def __init__(self, store: Store):
        self.store = store

    @property
    def _settings(self) -> SettingsService:
        return SettingsService(self.store)

    # -- reading -------------------------------------------------------------------------------

    def use(self) -> Use | None:
        value = self._settings.get(SettingKey.SETUP_USE)
        try:
            return Use(value) if value else None
        except ValueError:
            log.warning("Unknown use %r in the settings; asking again", value)
            return None

    def adopt_existing_folder(self) -> Use | None:
        """A data folder used before first run existed: keep what it was (council mode or
        field) without asking. Returns the use recorded, or None for a folder still new."""
        if self.use() is not None:
            return self.use()
        from sqlalchemy import func, select

        from desktop.store.models import Organisation

        with self.store.session() as session:
            has_data = bool(session.scalar(select(func.count()).select_from(Organisation)))
        council_mode = bool(self._settings.get(SettingKey.COUNCIL_MODE, False))
        if not has_data and not council_mode:
            return None
        use = Use.COUNCIL if council_mode else Use.WORKER
        self._settings.set(SettingKey.SETUP_USE, use.value)
        return use

    def worker_name(self) -> str:
        return str(self._settings.get(SettingKey.WORKER_NAME) or "")

    def suggested_worker_name(self) -> str:
        """The worker's name as given, else the name of the person logged in."""
        return self.worker_name() or os_user_name()

    def suggested_laptop_name(self) -> str:
        """This computer's name as given, else one that says whose it is."""
        return self.store.device_name or default_device_name()

    def council_name(self) -> str:
        return str(self._settings.get(SettingKey.COUNCIL_NAME) or "")

    def waiting_council_device(self) -> DeviceInfo | None:
        """The council device file kept for trusting field packs, if not handed on yet."""
        from sync.errors import KeyFileError
        from sync.keys import DeviceInfo

        value = self._settings.get(SettingKey.COUNCIL_DEVICE)
        if not value:
            return None
        try:
            return DeviceInfo.from_json(json.dumps(value))
        except KeyFileError:
            return None

    # -- choosing ------------------------------------------------------------------------------

    def set_names(self, *, worker_name: str, laptop_name: str) -> None:
        """The worker's and the laptop's names (the laptop's is the device name bundles carry)."""
        worker = _checked_name(worker_name, Message("Your name"))
        laptop = _checked_name(laptop_name, Message("The laptop's name"))
        from desktop.services.devices import DeviceService

        DeviceService(self.store).rename(laptop)
        self._settings.set(SettingKey.WORKER_NAME, worker)

    def choose_worker(
        self,
        *,
        worker_name: str,
        laptop_name: str,
        council_device: DeviceInfo | str | Path | None = None,
        council_public_key: str | Path | None = None,
        council_name: str | None = None,
    ) -> None:
        """Field mode: names, and optionally the council's device file and council.pub."""
        worker = _checked_name(worker_name, Message("Your name"))
        laptop = _checked_name(laptop_name, Message("The laptop's name"))
        device = _device_info(council_device) if council_device is not None else None
        from desktop.services.sync.export import ExportService, read_council_key

        key = read_council_key(council_public_key) if council_public_key else None
        # Everything checked: now write.
        self.set_names(worker_name=worker, laptop_name=laptop)
        if key is not None:
            ExportService(self.store).remember_council_key(key.public_key)
        if device is not None:
            self.trust_council(device)
        if council_name:
            self._settings.set(SettingKey.COUNCIL_NAME, council_name)
        self._set_use(Use.WORKER)

    def choose_group(self, *, council_public_key: str | Path, council_name: str) -> None:
        """The self-assessment edition: bundles go to this council key."""
        from desktop.services.sync.export import ExportService, read_council_key

        if not council_public_key:
            raise UserError(
                "A group needs the council's public key to send its results; it comes in the "
                "council's setup file (council-setup.json) or as council.pub."
            )
        key = read_council_key(council_public_key)
        ExportService(self.store).remember_council_key(key.public_key)
        self._settings.set(SettingKey.COUNCIL_NAME, council_name.strip() or "the council")
        self._set_use(Use.GROUP)

    def choose_council(
        self,
        *,
        key_folder: Path | None = None,
        first_device_file: str | Path | None = None,
        council_name: str | None = None,
    ) -> CouncilKeys:
        """Council mode: make (or reuse) the council key pair, enrol the first laptop."""
        from desktop.services.devices import default_council_key_dir
        from sync.errors import KeyFileError
        from sync.keys import (
            COUNCIL_PRIVATE_KEY_FILE,
            CouncilKeyPair,
            council_key_fingerprint,
            load_council_private_key,
            write_council_public_key,
        )

        first_device = _device_info(first_device_file) if first_device_file else None
        folder = Path(key_folder) if key_folder else default_council_key_dir(self.store.data_dir)
        private_path = folder / COUNCIL_PRIVATE_KEY_FILE
        made = False
        try:
            if private_path.exists():
                key = load_council_private_key(private_path)
                fingerprint = council_key_fingerprint(key)
                try:  # made again if a copy was killed before writing it
                    write_council_public_key(folder, key)
                except OSError as error:  # a read-only key folder: council.pub as it is
                    log.warning("Cannot write council.pub in %s: %s", folder, error.strerror)
            else:
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                pair = CouncilKeyPair.generate(folder)
                fingerprint = pair.fingerprint
                made = True
        except KeyFileError as error:
            raise UserError(str(error)) from error
        except OSError as error:
            raise UserError(
                "Cannot write the council key files in {folder}: {reason}.",
                folder=folder,
                reason=error.strerror,
            ) from error
        enrolled = None
        if first_device is not None:
            from desktop.services.sync.trust import TrustedDeviceService

            enrolled = TrustedDeviceService(self.store).enrol(first_device).name
        self._settings.set(SettingKey.COUNCIL_PRIVATE_KEY, str(private_path))
        if council_name:
            self._settings.set(SettingKey.COUNCIL_NAME, council_name)
        self._set_use(Use.COUNCIL)
        return CouncilKeys(
            private_key=private_path,
            public_key=folder / "council.pub",
            fingerprint=fingerprint,
            made_now=made,
            enrolled_device=enrolled,
        )

    def trust_council(self, device: DeviceInfo) -> str:
        """Trust the council's device for field packs. Until this laptop can check field packs
        (the council-trust service), the file is kept and handed over when it can; returns
        "trusted" or "kept"."""
        from desktop.services import Services

        trust_service = getattr(Services(self.store), "council_trust", None)
        if trust_service is not None:
            trust_service.trust(device)
            self._settings.set(SettingKey.COUNCIL_DEVICE, None)
            return "trusted"
        self._settings.set(SettingKey.COUNCIL_DEVICE, json.loads(device.model_dump_json()))
        return "kept"

    def hand_over_waiting_council_device(self) -> bool:
        """The hook: a council device file kept before this laptop could trust field packs is
        trusted now that it can. Called when the data folder opens."""
        device = self.waiting_council_device()
        if device is None:
            return False
        return self.trust_council(device) == "trusted"

    def set_council_mode(self, on: bool) -> None:
        """The Settings switch: council mode on makes this a council computer; off, a field
        laptop (a group's edition is changed through the first-run choice instead)."""
        if on:
            self._set_use(Use.COUNCIL)
        else:
            self._settings.set(SettingKey.COUNCIL_MODE, False)
            if self.use() is Use.COUNCIL:
                self._settings.set(SettingKey.SETUP_USE, Use.WORKER.value)

    def _set_use(self, use: Use) -> None:
        self._settings.set(SettingKey.SETUP_USE, use.value)
        self._settings.set(SettingKey.COUNCIL_MODE, use is Use.COUNCIL)


@dataclass(frozen=True)
class CouncilKeys:
    private_key: Path
    public_key: Path
    fingerprint: str
    made_now: bool
    enrolled_device: str | None


def _checked_name(text: str, what: Message) -> str:
    name = " ".join((text or "").split())
    if not name:
        raise UserError("{what} is needed.", what=what)
    if len(name) > 200:
        raise UserError("{what} is too long (200 characters at most).", what=what)
    return name


def _device_info(source: DeviceInfo | str | Path) -> DeviceInfo:
    from sync.errors import KeyFileError
    from sync.keys import DeviceInfo

    if isinstance(source, DeviceInfo):
        return source
    try:
        return DeviceInfo.read(source)
    except KeyFileError as error:
        raise UserError(str(error)) from None
