"""A council's copy killed while it makes the council's key pair (first run, council staff)
leaves nothing missing for good: the private key is reused at the next first run and
council.pub, which goes to every laptop, is written again from it. A council.pub emptied by a
power cut is written again too."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import Services
from desktop.services.setup import Use
from desktop.store.db import open_store
from sync.keys import (
    COUNCIL_PRIVATE_KEY_FILE,
    COUNCIL_PUBLIC_KEY_FILE,
    council_key_fingerprint,
    load_council_private_key,
    load_council_public_key,
)
from tests.store.killing import REPO_ROOT

# Killed just after the private key is in place (os.link is its last step), before council.pub.
KILLED_AFTER_THE_PRIVATE_KEY = """
import os, signal, sys
from pathlib import Path
from desktop.services import Services
from desktop.store.db import open_store

real_link = os.link

def link_then_die(source, destination, *args, **kwargs):
    real_link(source, destination, *args, **kwargs)
    if str(destination).endswith("council.key"):
        os.kill(os.getpid(), signal.SIGKILL)

os.link = link_then_die
store = open_store(Path(sys.argv[1]), device_name="Council")
Services(store).setup.choose_council(council_name="Kirklees Council")
print("not killed", flush=True)
"""


def _assert_a_matching_public_key(folder: Path) -> None:
    private = load_council_private_key(folder / COUNCIL_PRIVATE_KEY_FILE)
    public = load_council_public_key(folder / COUNCIL_PUBLIC_KEY_FILE)
    assert council_key_fingerprint(public) == council_key_fingerprint(private)


@pytest.mark.slow
def test_a_first_run_killed_between_the_two_key_files_ends_with_both(tmp_path: Path) -> None:
    data = tmp_path / "council"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_THE_PRIVATE_KEY, str(data)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    keys = data / "keys"
    assert (keys / COUNCIL_PRIVATE_KEY_FILE).exists()
    assert not (keys / COUNCIL_PUBLIC_KEY_FILE).exists()
    made = load_council_private_key(keys / COUNCIL_PRIVATE_KEY_FILE)

    store = open_store(data)
    try:
        services = Services(store)
        assert services.setup.use() is None  # the first run comes back
        chosen = services.setup.choose_council(council_name="Kirklees Council")
        assert services.setup.use() is Use.COUNCIL
    finally:
        store.close()
    assert not chosen.made_now  # the key the killed copy made, not a new one
    assert chosen.public_key == keys / COUNCIL_PUBLIC_KEY_FILE
    _assert_a_matching_public_key(keys)
    assert council_key_fingerprint(made) == chosen.fingerprint
    assert [p.name for p in keys.iterdir() if p.name.startswith(".council.pub")] == []


def test_an_empty_council_pub_is_written_again_from_the_private_key(tmp_path: Path) -> None:
    store = open_store(tmp_path / "council", device_name="Council")
    try:
        setup = Services(store).setup
        chosen = setup.choose_council(council_name="Kirklees Council")
        chosen.public_key.write_bytes(b"")  # what a power cut can leave
        again = setup.choose_council(council_name="Kirklees Council")
    finally:
        store.close()
    assert again.fingerprint == chosen.fingerprint
    _assert_a_matching_public_key(chosen.public_key.parent)
