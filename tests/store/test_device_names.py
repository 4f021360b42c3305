"""A laptop's default name says whose laptop it is, not only the host name (issue 13, item 14:
every laptop was "vm")."""

from __future__ import annotations

import socket
from pathlib import Path

from desktop.services import open_services
from desktop.store.db import default_device_name, os_user_name


def test_a_new_laptop_is_named_after_its_user_and_host(tmp_path: Path) -> None:
    services = open_services(tmp_path / "laptop")
    name = services.store.device_name
    assert name == default_device_name()
    assert socket.gethostname() in name
    user = os_user_name()
    assert user and user in name and name != socket.gethostname()
    # the first-run dialog offers the same, and the worker's name from the person logged in
    assert services.setup.suggested_laptop_name() == name
    assert services.setup.suggested_worker_name() == user


def test_a_name_given_is_kept(tmp_path: Path) -> None:
    services = open_services(tmp_path / "laptop", device_name="Batley laptop 3")
    assert services.store.device_name == "Batley laptop 3"
    assert services.setup.suggested_laptop_name() == "Batley laptop 3"
