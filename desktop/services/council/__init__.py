"""Council read models: scoring across organisations, the Overview and the council summary."""
