"""Importing this module imports reportlab the lazy way (`lazy_imports.import_reportlab_lazily`):
the report modules import it before their own reportlab imports."""

from desktop.reports.lazy_imports import import_reportlab_lazily

import_reportlab_lazily()
