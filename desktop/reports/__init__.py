"""PDF reports with reportlab (no Qt here): the assessment report, the council summary, batches.

- `assessment_report.write_assessment_report(services, assessment_id, out_path, *, now=None)`
- `council_summary.write_council_summary(services, out_path, *, ward=None, since=None,
  until=None, now=None)`
- `batch.write_reports(services, assessment_ids, out_dir, progress=None, should_cancel=None)`

Each writes to a temporary file beside the target and moves it into place in one step. Fonts
(DejaVu Sans, Noto Sans Gurmukhi from resources/fonts) are registered once per process.
"""
