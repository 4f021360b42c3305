"""GAP registration rules, pure Python: choices, identifiers, wards, validation, spreadsheets."""
