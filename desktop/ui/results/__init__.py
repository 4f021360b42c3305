"""Results of an assessment: radar chart, strengths, support needs and the action plan."""
