"""Realistic, valid demo registrations for Kirklees, made deterministically from a seed.

Pure Python, no database: `demo_organisations` returns plain dicts in exactly the clean form
`registration.validate_registration` gives back, so a demo record survives validation
unchanged. Phone numbers are from Ofcom's ranges reserved for drama and emails use
example.org, so no demo contact can reach a real person.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from desktop.registration.choices import (
    BENEFICIARIES,
    CONSENT_COVERS,
    INSURANCE,
    INTERESTS,
    POLICIES,
    THEMES,
    WHOLE_DISTRICT,
)
from desktop.registration.wards import WardList, load_ward_list

# Demo dates count back from this day, so the same seed gives the same records on any day.
_REFERENCE_DAY = date(2026, 10, 1)

# Ward -> (places in it, postcode districts, post town), for the 2026 Kirklees wards.
_WARD_PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "Almondbury": (("Almondbury", "Lowerhouses", "Fenay Bridge", "Longley"), ("HD5", "HD4"), "Huddersfield"),
    "Ashbrow": (("Fartown", "Bradley", "Sheepridge", "Deighton", "Brackenhall"), ("HD2",), "Huddersfield"),
    "Batley East": (("Batley", "Hanging Heaton", "Soothill"), ("WF17",), "Batley"),
    "Batley West": (("Staincliffe", "Healey", "Mount Pleasant", "Carlinghow"), ("WF17",), "Batley"),
    "Birstall and Birkenshaw": (("Birstall", "Birkenshaw", "Oakwell"), ("WF17", "BD11"), "Batley"),
    "Cleckheaton": (("Cleckheaton", "Scholes", "Hunsworth"), ("BD19",), "Cleckheaton"),
    "Colne Valley East": (("Golcar", "Milnsbridge", "Cowlersley", "Paddock"), ("HD7", "HD3", "HD1"), "Huddersfield"),
    "Colne Valley West": (("Slaithwaite", "Marsden", "Linthwaite", "Scapegoat Hill"), ("HD7",), "Huddersfield"),
    "Crosland Moor": (("Crosland Moor", "Lockwood", "Folly Hall"), ("HD4",), "Huddersfield"),
    "Dalton": (("Dalton", "Rawthorpe", "Kirkheaton", "Moldgreen", "Huddersfield"), ("HD5", "HD1"), "Huddersfield"),
    "Denby Dale": (("Denby Dale", "Skelmanthorpe", "Scissett", "Clayton West"), ("HD8",), "Huddersfield"),
    "Dewsbury East": (("Earlsheaton", "Chickenley", "Shaw Cross"), ("WF12",), "Dewsbury"),
    "Dewsbury South": (("Thornhill", "Ravensthorpe", "Thornhill Lees"), ("WF12", "WF13"), "Dewsbury"),
    "Dewsbury West": (("Dewsbury", "Dewsbury Moor", "Westborough", "Savile Town"), ("WF13", "WF12"), "Dewsbury"),
    "Greenhead": (("Marsh", "Edgerton", "Birkby", "Hillhouse"), ("HD1", "HD2"), "Huddersfield"),
    "Heckmondwike": (("Heckmondwike", "Norristhorpe", "White Lee"), ("WF16",), "Heckmondwike"),
    "Holme Valley North": (("Honley", "Meltham", "Netherthong", "Brockholes"), ("HD9",), "Holmfirth"),
    "Holme Valley South": (("Holmfirth", "Hepworth", "Holmbridge", "New Mill"), ("HD9",), "Holmfirth"),
    "Kirkburton": (("Kirkburton", "Shepley", "Highburton", "Flockton", "Lepton", "Grange Moor"), ("HD8", "WF4"), "Huddersfield"),
    "Lindley": (("Lindley", "Salendine Nook", "Oakes", "Quarmby", "Birchencliffe"), ("HD3",), "Huddersfield"),
    "Liversedge and Gomersal": (("Liversedge", "Gomersal", "Roberttown", "Littletown"), ("WF15", "BD19"), "Liversedge"),
    "Mirfield": (("Mirfield", "Battyeford", "Upper Hopton", "Northorpe"), ("WF14",), "Mirfield"),
    "Netherton and Newsome": (("Newsome", "Netherton", "Berry Brow", "Armitage Bridge", "Taylor Hill"), ("HD4",), "Huddersfield"),
}  # fmt: skip
_FALLBACK_DISTRICTS = ("HD1", "HD2", "HD3", "HD4", "HD5", "HD7", "HD8", "HD9", "WF13", "WF17")

# What groups do: name ending, themes, who benefits.
_ACTIVITIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Community Trust", ("community_activities", "sharing_resources"), ("everyone",)),
    ("Allotment Society", ("environment_green_spaces", "food"), ("everyone",)),
    ("Men's Shed", ("health_wellbeing", "sharing_resources"), ("men", "older_people")),
    ("Women's Circle", ("community_activities", "health_wellbeing"), ("women",)),
    ("Community Larder", ("food", "money_debt_housing"), ("low_income", "families")),
    ("Food Bank", ("food",), ("low_income",)),
    ("Youth Club", ("children_young_people_families",), ("young_people",)),
    ("Cricket Club", ("exercise_sport",), ("young_people", "everyone")),
    ("Junior Football Club", ("exercise_sport", "children_young_people_families"), ("children",)),
    ("Brass Band", ("arts_culture",), ("everyone",)),
    ("Walking Group", ("exercise_sport", "health_wellbeing"), ("older_people",)),
    ("Carers' Support Group", ("health_wellbeing",), ("carers",)),
    ("Parent and Toddler Group", ("children_young_people_families",), ("children", "families")),
    ("Dementia Café", ("older_people", "health_wellbeing"), ("older_people", "carers")),
    ("Community Choir", ("arts_culture", "health_wellbeing"), ("everyone",)),
    ("Repair Café", ("sharing_resources", "environment_green_spaces"), ("everyone",)),
    ("Luncheon Club", ("food", "older_people"), ("older_people",)),
    ("In Bloom", ("environment_green_spaces", "volunteering_social_action"), ("everyone",)),
    (
        "Scout Group",
        ("children_young_people_families", "learning_skills"),
        ("children", "young_people"),
    ),
    ("Bowling Club", ("exercise_sport",), ("older_people",)),
    ("Over 60s Club", ("older_people", "community_activities"), ("older_people",)),
    ("Community Association", ("community_activities",), ("everyone",)),
    (
        "Tenants and Residents Association",
        ("community_activities", "money_debt_housing"),
        ("everyone",),
    ),
    ("Mental Health Peer Support", ("mental_health", "health_wellbeing"), ("mental_health_needs",)),
    ("Refugee Welcome Group", ("refugees_new_arrivals",), ("refugees_new_arrivals",)),
    ("Boxing Academy", ("exercise_sport", "children_young_people_families"), ("young_people",)),
    ("Heritage Society", ("arts_culture", "learning_skills"), ("everyone",)),
    ("Litter Pickers", ("environment_green_spaces", "volunteering_social_action"), ("everyone",)),
    ("Community Garden", ("environment_green_spaces", "food", "social_prescribing"), ("everyone",)),
    ("Theatre Company", ("arts_culture",), ("everyone",)),
    ("Arts Collective", ("arts_culture",), ("everyone",)),
    ("Money Advice Drop-in", ("money_debt_housing",), ("low_income",)),
    ("Survivors' Network", ("domestic_abuse_support",), ("women",)),
    ("Warm Space", ("community_activities", "money_debt_housing"), ("low_income", "older_people")),
    ("Baby Bank", ("children_young_people_families",), ("families", "low_income")),
    ("Cycling Club", ("exercise_sport",), ("everyone",)),
    ("Chess Club", ("learning_skills",), ("everyone",)),
    ("Sewing Circle", ("arts_culture", "sharing_resources"), ("women", "older_people")),
    ("Youth Theatre", ("arts_culture", "children_young_people_families"), ("young_people",)),
    ("Village Hall Committee", ("sharing_resources", "community_activities"), ("everyone",)),
    ("Bereavement Support Group", ("health_wellbeing", "mental_health"), ("everyone",)),
    ("Disability Forum", ("disabled_people",), ("disabled_people",)),
    ("Job Club", ("employment", "learning_skills"), ("low_income",)),
    ("Volunteer Centre", ("volunteering_social_action",), ("everyone",)),
    ("Wellbeing Hub", ("health_wellbeing", "social_prescribing"), ("mental_health_needs",)),
    ("LGBTQ+ Social", ("community_activities",), ("lgbtq",)),
    ("Interfaith Forum", ("faith", "community_activities"), ("faith_communities",)),
    ("Friends of the Park", ("environment_green_spaces",), ("everyone",)),
)
_NAME_FORMS = ("{place} {activity}", "{place} and District {activity}", "The {place} {activity}")

# Names in other scripts or with accents (about one in ten), with the language a contact
# from the group might prefer.
_WORLD_NAMES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Ümit's Café Collective {place}", "Turkish", ("food", "community_activities")),
    ("Łódź Polish Club {place}", "Polish", ("community_activities", "arts_culture")),
    ("Polska Szkoła Sobotnia {place}", "Polish", ("learning_skills", "children_young_people_families")),
    ("ਪੰਜਾਬੀ ਸਭਾ {place}", "Punjabi", ("arts_culture", "faith")),
    ("مسجد {place} Community Centre", "Arabic", ("faith", "community_activities")),
    ("اردو ادبی فورم {place}", "Urdu", ("arts_culture", "learning_skills")),
    ("{place} Bangladeshi Welfare Association (বাংলাদেশি কল্যাণ সমিতি)", "Bengali", ("community_activities", "money_debt_housing")),
    ("ગુજરાતી સમાજ {place}", "Gujarati", ("faith", "community_activities")),
    ("{place} 华人社区中心", "Mandarin", ("community_activities", "learning_skills")),
    ("Українська громада {place}", "Ukrainian", ("refugees_new_arrivals", "community_activities")),
    ("Ελληνική Κοινότητα {place}", "Greek", ("arts_culture", "community_activities")),
    ("हिंदी सांस्कृतिक मंच {place}", "Hindi", ("arts_culture",)),
    ("Çay & Chat {place}", "Turkish", ("health_wellbeing", "community_activities")),
    ("Zoë's Kitchen {place}", "English", ("food",)),
    ("Café Crème {place}", "English", ("food", "community_activities")),
    ("Asociación Hispana de {place}", "Spanish", ("community_activities", "arts_culture")),
    ("Comunidade Portuguesa de {place}", "Portuguese", ("community_activities",)),
    ("{place} Kurdish Community (Civaka Kurd)", "Kurdish", ("refugees_new_arrivals", "community_activities")),
    ("Société Franco-Britannique de {place}", "French", ("arts_culture", "learning_skills")),
    ("Siân's Welsh Choir {place}", "Welsh", ("arts_culture",)),
)  # fmt: skip

_LEGAL_FORM_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("unincorporated_association", 30),
    ("informal_group", 12),
    ("cio_association", 12),
    ("cio_foundation", 4),
    ("trust", 6),
    ("charitable_company", 8),
    ("company_limited_by_guarantee", 5),
    ("cic", 9),
    ("cbs", 4),
    ("cooperative", 2),
    ("faith_group", 6),
    ("other", 2),
    ("town_parish_council", 1),
)
_LEGAL_FORM_OTHER = (
    "Parochial church council",
    "Community amateur sports club (CASC)",
    "Branch of a national charity",
    "Friendly society",
)
# Earliest year each form could have been set up (CICs 2005, CIOs 2013).
_FIRST_YEAR = {"cic": 2005, "cio_association": 2013, "cio_foundation": 2013}
# Income bands by how big a form of organisation tends to be.
_INCOME_BY_FORM = {
    "informal_group": ("under_10k", "under_10k", "under_10k", "10k_to_25k"),
    "unincorporated_association": ("under_10k", "under_10k", "10k_to_25k", "25k_to_100k"),
    "faith_group": ("under_10k", "10k_to_25k", "25k_to_100k"),
    "charitable_company": ("25k_to_100k", "100k_to_500k", "100k_to_500k", "500k_to_1m", "over_1m"),
    "company_limited_by_guarantee": ("25k_to_100k", "100k_to_500k", "500k_to_1m"),
}
_INCOME_DEFAULT = ("under_10k", "10k_to_25k", "25k_to_100k", "25k_to_100k", "100k_to_500k")

_STREETS = (
    "Station Road", "Church Street", "Manchester Road", "Bradford Road", "Halifax Road",
    "Leeds Road", "Wakefield Road", "High Street", "Market Street", "Mill Lane", "Victoria Road",
    "New Street", "King Street", "Park Road", "Chapel Lane", "Green Lane", "Westgate",
    "Northgate", "Trinity Street", "Commercial Road",
)  # fmt: skip
_BUILDINGS = (
    "{place} Community Centre", "St Peter's Church Hall", "The Old Co-op", "Unit 3, Riverside Mills",
    "{place} Methodist Chapel", "{place} Library", "The Scout Hut", "{place} Cricket Pavilion",
)  # fmt: skip
_FIRST_NAMES = (
    "Susan", "David", "Amina", "Mohammed", "Gurpreet", "Karen", "Paul", "Aisha", "Łukasz",
    "Zoë", "Tariq", "Janet", "Hannah", "Ravinder", "Olena", "Chidi", "Margaret", "Imran",
    "Joanne", "Ahmed", "Bethany", "Delroy", "Shabana", "Michael", "Niamh", "José", "Fatima",
    "Gareth", "Priya", "Agnieszka", "Leroy", "Yasmin", "Stephen", "Ömer", "Helen", "Bilal",
)  # fmt: skip
_LAST_NAMES = (
    "Hirst", "Haigh", "Sykes", "Khan", "Hussain", "Singh", "Kaur", "Walker", "Brook", "Patel",
    "Mahmood", "Kowalski", "Nowak", "Shaw", "Armitage", "Bhatti", "Clarke", "Dyson", "Ellis",
    "Akhtar", "Wood", "Lockwood", "Campbell", "Iqbal", "Kovalenko", "Okafor", "Mistry",
    "Schofield", "Brannan", "Ramsden", "Mirza", "Lewis", "Gómez", "Yılmaz",
)  # fmt: skip
_ROLES = (
    "Chair", "Secretary", "Treasurer", "Coordinator", "Volunteer lead", "Manager", "Trustee",
    "Founder", "Development worker", "Project lead",
)  # fmt: skip
_CONSENT_HOW = (
    "Signed the registration form",
    "Agreed verbally at a visit; noted by the field worker",
    "By email to the council",
    "Agreed by phone",
)
_NOTES = (
    "Meets weekly in the church hall; looking for a bigger space.",
    "Keen to take part in a health check after the summer.",
    "New committee elected this year.",
    "Runs entirely on volunteers; interested in a small grant for equipment.",
    "Referred by the social prescribing link worker.",
    "Shares premises with two other groups.",
)

_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
# Choice ids without "other" (demo groups say what they do in the list's own words).
_THEME_IDS = tuple(cid for cid, _label in THEMES if cid != "other")
_BENEFICIARY_IDS = tuple(cid for cid, _label in BENEFICIARIES if cid != "other")
_POLICY_IDS = tuple(cid for cid, _label in POLICIES)
_INSURANCE_IDS = tuple(cid for cid, _label in INSURANCE)
_INTEREST_IDS = tuple(cid for cid, _label in INTERESTS)
_SHARING_IDS = tuple(cid for cid, _label in CONSENT_COVERS if cid != "council_contact")
_ASCII_FOLD = str.maketrans({"Ł": "L", "ł": "l", "ı": "i", "ø": "o", "ß": "ss"})


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII_FOLD))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum()).lower()


class _Dice:
    """The few random draws demo data needs, on `random.random()` alone.

    random's randint, choice and sample cost several Python calls each; at 5,000 records of
    ~60 draws that was most of the time taken.
    """

    def __init__(self, seed: int):
        self.random = random.Random(seed).random

    def between(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def pick(self, items: Sequence[Any]) -> Any:
        return items[int(self.random() * len(items))]

    def weighted(self, weights: Sequence[tuple[str, int]]) -> str:
        point = self.random() * sum(w for _k, w in weights)
        for key, weight in weights:
            point -= weight
            if point < 0:
                return key
        return weights[-1][0]

    def subset(self, ids: Sequence[str], low: int, high: int) -> list[str]:
        """Between low and high ids, in the list's order."""
        share = (low + high) / 2 / len(ids)
        picked = [cid for cid in ids if self.random() < share][:high]
        for cid in ids:
            if len(picked) >= low:
                break
            if cid not in picked:
                picked.append(cid)
        return [cid for cid in ids if cid in picked]

    def past_day(self, within_days: int) -> date:
        return _REFERENCE_DAY - timedelta(days=self.between(0, within_days))


class _Namer:
    """Unique organisation names: place x activity x form, and names from the wider world."""

    def __init__(self, rng: _Dice):
        self.rng = rng
        self.used: set[str] = set()

    def name(self, place: str) -> tuple[str, tuple[str, ...], tuple[str, ...], str | None]:
        """(name, themes, beneficiaries, preferred language or None)."""
        rng = self.rng
        for _attempt in range(12):
            if rng.random() < 0.1:
                template, language, themes = rng.pick(_WORLD_NAMES)
                name = template.format(place=place)
                beneficiaries: tuple[str, ...] = ("minority_ethnic",)
            else:
                activity, themes, beneficiaries = rng.pick(_ACTIVITIES)
                name = rng.pick(_NAME_FORMS).format(place=place, activity=activity)
                language = None
            if name not in self.used:
                self.used.add(name)
                return name, themes, beneficiaries, language
        # Every likely name for this place is taken: number the group, as councils do.
        number = 2
        while f"{name} ({number})" in self.used:
            number += 1
        name = f"{name} ({number})"
        self.used.add(name)
        return name, themes, beneficiaries, language


def _identifiers(rng: _Dice, legal_form: str, founded: int) -> dict[str, str | None]:
    charity = company = mutuals = None
    charitable = {"trust", "cio_association", "cio_foundation", "charitable_company"}
    if legal_form in charitable or (
        legal_form in ("unincorporated_association", "faith_group") and rng.random() < 0.2
    ):
        if founded < 1990 and legal_form != "cio_association" and legal_form != "cio_foundation":
            charity = f"GB-CHC-{rng.between(500_000, 799_999)}"
        else:
            charity = f"GB-CHC-{rng.between(1_100_000, 1_209_999)}"
        if rng.random() < 0.03:
            charity += f"-{rng.between(1, 9)}"
    if legal_form in ("charitable_company", "company_limited_by_guarantee", "cic"):
        low = 5_400_000 if legal_form == "cic" else 1_000_000
        company = f"GB-COH-{rng.between(low, 15_999_999):08d}"
    if legal_form in ("cbs", "cooperative"):
        mutuals = (
            f"GB-MPR-{rng.between(10_000, 31_999)}R"
            if founded < 2014
            else f"GB-MPR-{rng.between(7_000, 9_999)}"
        )
    return {"charity_id": charity, "company_id": company, "mutuals_id": mutuals}


def _organisation(rng: _Dice, namer: _Namer, ward_list: WardList) -> dict[str, Any]:
    ward = rng.pick(ward_list.names)
    places, districts, town = _WARD_PLACES.get(ward, ((ward,), _FALLBACK_DISTRICTS, "Huddersfield"))
    place = rng.pick(places)
    name, themes, beneficiaries, language = namer.name(place)

    legal_form = rng.weighted(_LEGAL_FORM_WEIGHTS)
    this_year = _REFERENCE_DAY.year
    roll = rng.random()
    founded = (
        rng.between(1990, this_year)
        if roll < 0.7
        else rng.between(1950, 1989)
        if roll < 0.9
        else rng.between(1880, 1949)
    )
    founded = max(founded, _FIRST_YEAR.get(legal_form, 1800))
    if legal_form == "informal_group":
        founded = max(founded, rng.between(2010, this_year))
    if legal_form == "town_parish_council":
        council_name = f"{place} {'Town' if place == town else 'Parish'} Council"
        if council_name in namer.used:
            legal_form = "unincorporated_association"
        else:
            namer.used.add(council_name)
            name, themes = council_name, ("community_activities", "environment_green_spaces")
    small = legal_form in ("informal_group", "unincorporated_association", "faith_group")

    postcode = (
        f"{rng.pick(districts)} {rng.between(1, 9)}"
        f"{rng.pick(_INWARD_LETTERS)}{rng.pick(_INWARD_LETTERS)}"
    )
    address = [f"{rng.between(1, 240)} {rng.pick(_STREETS)}"]
    if rng.random() < 0.4:
        address.insert(0, rng.pick(_BUILDINGS).format(place=place))

    areas = [ward]
    if rng.random() < 0.2:
        neighbour = rng.pick(ward_list.names)
        if neighbour != ward:
            areas.append(neighbour)
    if rng.random() < 0.12:
        areas = [WHOLE_DISTRICT]

    theme_ids = list(dict.fromkeys([*themes, *rng.subset(_THEME_IDS, 0, 2)]))
    who = list(dict.fromkeys([*beneficiaries, *rng.subset(_BENEFICIARY_IDS, 0, 1)]))
    beneficiaries_other = None
    if rng.random() < 0.03:
        who.append("other")
        beneficiaries_other = rng.pick(("Students", "Veterans", "Rough sleepers", "Ex-offenders"))

    has_bank = rng.random() < (0.5 if legal_form == "informal_group" else 0.95)
    staff = 0.0 if small or rng.random() < 0.4 else rng.between(2, 250) / 10
    policies = {
        policy: (None if rng.random() < 0.3 else rng.past_day(1000).isoformat())
        for policy in rng.subset(_POLICY_IDS, 0 if small else 2, 7)
    }
    interested = rng.subset(_INTEREST_IDS, 0, 3)
    cat_building = None
    if "community_asset_transfer" in interested and rng.random() < 0.7:
        cat_building = f"{rng.pick(_BUILDINGS).format(place=place)}, {rng.pick(_STREETS)}, {place}"

    record: dict[str, Any] = {
        "name": name,
        "other_names": [f"{place} {rng.pick(_ACTIVITIES)[0]}"] if rng.random() < 0.08 else [],
        "legal_form": legal_form,
        "legal_form_other": rng.pick(_LEGAL_FORM_OTHER) if legal_form == "other" else None,
        **_identifiers(rng, legal_form, founded),
        "address_lines": address,
        "town": town,
        "postcode": postcode,
        "ward": ward,
        "ward_list": ward_list.id,
        "district_area": ward_list.area_for(ward),
        "areas_of_benefit": areas,
        "themes": theme_ids,
        "beneficiaries": who,
        "beneficiaries_other": beneficiaries_other,
        "year_founded": founded if rng.random() < 0.9 else None,
        "income_band": rng.pick(_INCOME_BY_FORM.get(legal_form, _INCOME_DEFAULT)),
        "trustees_count": rng.between(0, 5)
        if legal_form == "informal_group"
        else rng.between(3, 12),
        "staff_fte": staff,
        "volunteers_count": rng.between(0, 40) if small else rng.between(2, 250),
        "has_bank_account": has_bank,
        "bank_signatories": rng.pick((1, 2, 2, 2, 3, 3, 4)) if has_bank else None,
        "policies": policies,
        "insurance": rng.subset(_INSURANCE_IDS, 0 if small else 1, 4),
        "interested_in": interested,
        "cat_building": cat_building,
        **_contact(rng, language),
        "gap_status": "registered",
        "gap_status_date": None,
        "notes": rng.pick(_NOTES) if rng.random() < 0.2 else None,
    }
    roll = rng.random()
    if roll < 0.25:
        record["gap_status"], record["gap_status_date"] = (
            "health_check_offered",
            rng.past_day(120),
        )
    elif roll < 0.4:
        record["gap_status"], record["gap_status_date"] = "health_check_done", rng.past_day(300)
    else:
        record["gap_status_date"] = rng.past_day(700)
    return record


def _contact(rng: _Dice, language: str | None) -> dict[str, Any]:
    empty: dict[str, Any] = {
        "contact_name": None,
        "contact_role": None,
        "contact_email": None,
        "contact_phone": None,
        "contact_language": None,
        "consent_date": None,
        "consent_how": None,
        "consent_covers": [],
    }
    if rng.random() < 0.15:
        return empty  # no named contact yet, so no personal data and no consent needed
    first, last = rng.pick(_FIRST_NAMES), rng.pick(_LAST_NAMES)
    covers = ["council_contact", *rng.subset(_SHARING_IDS, 0, 2)]
    phone = (
        f"07700 900{rng.between(0, 999):03d}"
        if rng.random() < 0.7
        else f"01632 960{rng.between(0, 999):03d}"
    )
    return {
        "contact_name": f"{first} {last}",
        "contact_role": rng.pick(_ROLES),
        "contact_email": (
            f"{_ascii(first)}.{_ascii(last)}{rng.between(1, 99)}@example.org"
            if rng.random() < 0.85
            else None
        ),
        "contact_phone": phone if rng.random() < 0.8 else None,
        "contact_language": language or ("English" if rng.random() < 0.9 else None),
        "consent_date": rng.past_day(730),
        "consent_how": rng.pick(_CONSENT_HOW),
        "consent_covers": covers,
    }


def demo_organisations(
    count: int, seed: int = 0, ward_list: WardList | None = None
) -> list[dict[str, Any]]:
    """`count` valid registration dicts, the same ones for the same seed and ward list."""
    if count < 0:
        raise ValueError("count must be zero or more")
    wards = ward_list or load_ward_list()
    rng = _Dice(seed)
    namer = _Namer(rng)
    return [_organisation(rng, namer, wards) for _ in range(count)]
