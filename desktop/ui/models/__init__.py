"""Models of the desktop app."""
