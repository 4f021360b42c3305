"""Writes CSV exports the way KoboToolbox does, for our form exported as an XLSForm."""

from __future__ import annotations

import csv
import random
import uuid
from pathlib import Path
from typing import Any

from desktop.registration.online_context import ORG_NAME_FIELD, ORG_POSTCODE_FIELD
from forms.models import FormDefinition, Question
from forms.scoring import visible_questions

CONTEXT_GROUP = "gapkit_context"


def _value(question: Question, rng: random.Random) -> str:
    if question.type == "rating":
        return rng.choice(["1", "2", "3", "4", "4", "3", "dont_know"])
    if question.type in ("yes_no_partly", "choice"):
        return rng.choice(question.options or []).id
    if question.type == "multi_choice":
        options = question.options or []
        return " ".join(o.id for o in rng.sample(options, rng.randint(1, min(3, len(options)))))
    if question.type == "number":
        return str(rng.randint(0, 12))
    if question.type == "date":
        return f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    return rng.choice(["Our lunch club", "More volunteers please", "Help with funding"])


def write_kobo_csv(
    path: Path,
    form: FormDefinition,
    organisations: list[tuple[str, str]],
    count: int,
    seed: int = 3,
    separator: str = "/",
) -> list[str]:
    """`count` submissions spread over (name, postcode) pairs; returns their instance ids."""
    rng = random.Random(seed)
    headers = ["start", "end", f"{CONTEXT_GROUP}{separator}{ORG_NAME_FIELD}"]
    headers.append(f"{CONTEXT_GROUP}{separator}{ORG_POSTCODE_FIELD}")
    for section, question in form.questions():
        headers.append(f"{section.id}{separator}{question.id}")
        if question.type == "multi_choice":
            # Kobo adds a 0/1 column per choice, which the import must not take for answers.
            headers += [
                f"{section.id}{separator}{question.id}{separator}{o.id}"
                for o in question.options or []
            ]
    headers += ["meta/instanceID", "_id", "_uuid", "_submission_time"]
    ids: list[str] = []
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for number in range(count):
            name, postcode = organisations[number % len(organisations)]
            answers: dict[str, Any] = {}
            row = {
                "start": f"2026-11-{10 + number % 18:02d}T10:00:00.000+00:00",
                "end": f"2026-11-{10 + number % 18:02d}T11:05:00.000+00:00",
                f"{CONTEXT_GROUP}{separator}{ORG_NAME_FIELD}": name.upper()
                if number % 7 == 0
                else name,
                f"{CONTEXT_GROUP}{separator}{ORG_POSTCODE_FIELD}": postcode.replace(
                    " ", ""
                ).lower(),
            }
            for _section, question in form.questions():
                text = _value(question, rng)
                answers[question.id] = text
            shown = {q.id for q in visible_questions(form, {}, {})}
            for section, question in form.questions():
                key = f"{section.id}{separator}{question.id}"
                row[key] = answers[question.id] if question.id in shown else ""
                if question.type == "multi_choice":
                    chosen = set(answers[question.id].split())
                    for option in question.options or []:
                        row[f"{key}{separator}{option.id}"] = "1" if option.id in chosen else "0"
            instance = f"uuid:{uuid.UUID(int=rng.getrandbits(128))}"
            ids.append(instance)
            row.update(
                {"meta/instanceID": instance, "_id": str(1000 + number), "_uuid": instance[5:]}
            )
            row["_submission_time"] = f"2026-11-{10 + number % 18:02d}T11:06:00"
            writer.writerow([row.get(h, "") for h in headers])
    return ids
