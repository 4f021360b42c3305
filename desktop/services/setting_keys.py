"""The names of the settings kept with the data, without the store behind them.

Apart from `desktop.services.settings` so the app's first look (`desktop.services.first_look`)
can read the edition's settings before SQLAlchemy loads.
"""

from __future__ import annotations

from enum import StrEnum


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
    # str: the worker's name; audit events carry it (the store reads it as
    # desktop.store.models.WORKER_NAME_SETTING; tests/store/test_first_look.py checks)
    WORKER_NAME = "setup.worker_name"
    COUNCIL_NAME = "setup.council_name"  # str: the council's name
    # dict: the council's device file, kept until this laptop can trust field packs
    COUNCIL_DEVICE = "setup.council_device"
    PACK_FOLDER = "packs.folder"  # str: council: the folder field packs were last saved in
    PACK_IMPORT_FOLDER = "sync.pack_folder"  # str: laptop: the folder of the last pack imported
    RETENTION_YEARS = "privacy.retention_years"  # int: years without activity before review
    ERASURES_HELD = "privacy.erasures_held"  # bool: an erasure is held (checked on each import)
    # bool: an erasure committed whose backups and free space are not cleaned yet (a copy
    # killed in between): finished when the data folder next opens
    ERASURE_CLEAN_UP_DUE = "privacy.erasure_clean_up_due"
