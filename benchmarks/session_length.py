"""How long a health check session is for typical groups: statements shown, and an estimate.

Target (DESIGN.md, shared/domain/health-check.md): a small group finishes in 60-90 minutes.
The form shows each group only the statements that apply to it (`relevant` conditions on the
registration), so this prints, for typical registrations, the statements shown by type and an
estimate in minutes. The estimate calibrates minutes per statement on the original 1.0 form,
which the outline says takes 60-90 minutes (75 in the middle) for every statement it shows;
the optional "proud of" openings count half a statement, as a group often answers them in a
sentence or skips them.
Run: python3 benchmarks/session_length.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ORIGINAL_MINUTES = 75.0
# A statement the group discusses and rates counts 1; quicker kinds count less.
WEIGHTS = {"rating": 1.0, "yes_no_partly": 0.6, "choice": 0.6, "number": 0.3, "multi_choice": 1.0}
OPENING_WEIGHT = 0.5
TEXT_WEIGHT = 1.0

PROFILES: dict[str, dict[str, object]] = {
    "mutual aid group (informal, under £10k, volunteers only)": {
        "legal_form": "informal_group",
        "income_band": "under_10k",
        "themes": ["community_activities", "volunteering_social_action"],
        "beneficiaries": ["everyone"],
        "staff_fte": 0,
        "volunteers_count": 12,
        "charity_id": None,
    },
    "small association (£10k-£25k, food, older people)": {
        "legal_form": "unincorporated_association",
        "income_band": "10k_to_25k",
        "themes": ["food", "older_people"],
        "beneficiaries": ["older_people"],
        "staff_fte": 0,
        "volunteers_count": 20,
        "charity_id": None,
    },
    "charity with staff (£100k-£500k, children, food, health)": {
        "legal_form": "charitable_company",
        "income_band": "100k_to_500k",
        "themes": ["food", "children_young_people_families", "health_wellbeing"],
        "beneficiaries": ["children", "families"],
        "staff_fte": 6.5,
        "volunteers_count": 40,
        "charity_id": "GB-CHC-1100001",
    },
}


def weight(question_id: str, kind: str) -> float:
    if question_id.endswith("_proud"):
        return OPENING_WEIGHT
    return WEIGHTS.get(kind, TEXT_WEIGHT)


def main() -> int:
    from forms import load_form, shipped_forms, visible_questions

    form = shipped_forms()["health-check"]
    original = load_form(Path(__file__).resolve().parent / "health-check-1.0.yaml")
    original_units = sum(weight(q.id, q.type) for q in visible_questions(original, {}, {}))
    per_unit = ORIGINAL_MINUTES / original_units
    print(
        f"original 1.0 form: {len(list(original.questions()))} statements = "
        f"{original_units:.1f} units = {ORIGINAL_MINUTES:.0f} min ({per_unit:.2f} min per unit)"
    )
    worst = 0.0
    for name, registration in PROFILES.items():
        shown = visible_questions(form, {}, registration)
        units = sum(weight(q.id, q.type) for q in shown)
        kinds: dict[str, int] = {}
        for question in shown:
            key = "opening" if question.id.endswith("_proud") else question.type
            kinds[key] = kinds.get(key, 0) + 1
        minutes = units * per_unit
        worst = max(worst, minutes)
        detail = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        print(f"{name}: {len(shown)} shown ({detail}); about {minutes:.0f} min")
    return 0 if worst <= 90 else 1


if __name__ == "__main__":
    raise SystemExit(main())
