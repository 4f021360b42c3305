"""The PDF radar leaves an unscored section out rather than draw it as 0 (issue 13, item 11)."""

from __future__ import annotations

from types import SimpleNamespace

from reportlab.graphics.shapes import Polygon

from desktop.reports.assessment_report import radar_sections
from desktop.reports.charts import RadarSeries, radar_chart


def test_an_unscored_section_is_not_an_axis_of_the_radar():
    result = SimpleNamespace(
        sections=[
            SimpleNamespace(id="purpose", title="Purpose", score=75.0),
            SimpleNamespace(id="money", title="Money", score=50.0),
            SimpleNamespace(id="building", title="The building", score=None),
            SimpleNamespace(id="people", title="People", score=60.0),
        ]
    )
    assert [s.title for s in radar_sections(result)] == ["Purpose", "Money", "People"]


def test_a_missing_score_never_pulls_the_shape_to_the_centre():
    width = height = 300.0
    drawing = radar_chart(
        ["A", "B", "C", "D"],
        RadarSeries("now", [80.0, None, 80.0, 80.0]),
        None,
        width=width,
        height=height,
    )
    filled = [
        shape
        for shape in drawing.contents
        if isinstance(shape, Polygon) and shape.fillOpacity not in (None, 1)
    ]
    assert len(filled) == 1, "the series is drawn once"
    points = list(zip(filled[0].points[::2], filled[0].points[1::2], strict=True))
    assert len(points) == 3  # three scored axes, no fourth point dived to the centre
