"""How long a health check session is for typical groups: statements shown, and an estimate.

Target (DESIGN.md, shared/domain/health-check.md): a small group finishes in 60-90 minutes.
The form shows each group only the statements that apply to it (`relevant` conditions on the
registration) and, from form 2.1, at the depth chosen when the session starts: "key
statements" (one sitting) or the "full health check" (every statement; two sittings for a
larger group). This prints, for typical registrations and each depth, the statements shown by
kind and the estimate the start dialog shows (forms/timing.py). It first recomputes the
estimate's calibration from the original 1.0 form, which the outline says takes 60-90
minutes (75 in the middle). Exit status 1 when a key-statements session is over 90 minutes.
Run: python3 benchmarks/session_length.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ORIGINAL_MINUTES = 75.0

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


def main() -> int:
    from forms import load_form, shipped_forms, visible_questions
    from forms.timing import MINUTES_PER_UNIT, estimated_minutes, question_units

    form = shipped_forms()["health-check"]
    original = load_form(Path(__file__).resolve().parent / "health-check-1.0.yaml")
    original_units = sum(question_units(q) for q in visible_questions(original, {}, {}))
    per_unit = ORIGINAL_MINUTES / original_units
    print(
        f"original 1.0 form: {len(list(original.questions()))} statements = "
        f"{original_units:.1f} units = {ORIGINAL_MINUTES:.0f} min ({per_unit:.3f} min per unit; "
        f"forms/timing.py uses {MINUTES_PER_UNIT:.3f})"
    )
    worst_key = 0
    for name, registration in PROFILES.items():
        print(name)
        for stage in form.stages or [None]:
            stage_id = stage.id if stage is not None else None
            shown = visible_questions(form, {}, registration, stage_id)
            kinds: dict[str, int] = {}
            for question in shown:
                key = "opening" if question.id.endswith("_proud") else question.type
                kinds[key] = kinds.get(key, 0) + 1
            minutes = estimated_minutes(form, registration, stage_id, per_unit)
            if stage_id in (None, "key"):
                worst_key = max(worst_key, minutes)
            detail = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
            label = stage.title if stage is not None else "whole form"
            print(f"  {label}: {len(shown)} shown ({detail}); about {minutes} min")
    print(f"longest key-statements session: about {worst_key} min (target 60-90)")
    return 0 if worst_key <= 90 else 1


if __name__ == "__main__":
    raise SystemExit(main())
