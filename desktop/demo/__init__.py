"""Demo data generators: realistic organisations and assessments for trying the app."""
