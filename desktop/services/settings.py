"""Settings kept with the data (council mode, export choices): small JSON values by key."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from desktop.store.db import Store
from desktop.store.models import WORKER_NAME_SETTING, Setting


class SettingKey(StrEnum):
    """Every setting kept with the data: one name each, so no caller spells a key itself.

    The values are the keys stored in the `settings` table; never change one without a
    migration.
    """

    COUNCIL_MODE = "council_mode"  # bool: the council's pages are shown
    WARD_FILE = "ward_file"  # str: path of the ward list chosen in Settings
    COUNCIL_PRIVATE_KEY = "sync.council_private_key"  # str: path of council.key
    ENCRYPT_TO = "sync.encrypt_to"  # dict: the remembered "encrypt to" choice
    EXPORT_FOLDER = "sync.export_folder"  # str: the folder of the last export
    LAST_FACILITATOR = "last_facilitator"  # str: prefilled in Start assessment
    SETUP_USE = "setup.use"  # str: who uses this data folder (worker, group, council)
    WORKER_NAME = WORKER_NAME_SETTING  # str: the worker's name; audit events carry it
    COUNCIL_NAME = "setup.council_name"  # str: the council's name
    # dict: the council's device file, kept until this laptop can trust field packs
    COUNCIL_DEVICE = "setup.council_device"
    PACK_FOLDER = "packs.folder"  # str: council: the folder field packs were last saved in
    PACK_IMPORT_FOLDER = "sync.pack_folder"  # str: laptop: the folder of the last pack imported
    RETENTION_YEARS = "privacy.retention_years"  # int: years without activity before review
    ERASURES_HELD = "privacy.erasures_held"  # bool: an erasure is held (checked on each import)


class SettingsService:
    def __init__(self, store: Store):
        self.store = store

    def get(self, key: SettingKey, default: Any = None) -> Any:
        with self.store.session() as session:
            setting = session.get(Setting, str(key))
            return default if setting is None else setting.value

    def set(self, key: SettingKey, value: Any) -> None:
        with self.store.session() as session:
            setting = session.get(Setting, str(key))
            if setting is None:
                session.add(Setting(key=str(key), value=value))
            else:
                setting.value = value
