"""Settings kept with the data (council mode, export choices): small JSON values by key."""

from __future__ import annotations

from typing import Any

from desktop.services.setting_keys import SettingKey
from desktop.store.db import Store
from desktop.store.models import Setting


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
