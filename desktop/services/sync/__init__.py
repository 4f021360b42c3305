"""Syncing services: export, import, conflicts and the trust in other devices."""
