"""Texts in several languages: a form's title, statements, levels, options and help.

A form file may write any text either as a plain string, which means English, or as a
mapping of language codes to texts:

    text: {en: "We have a bank account.", ur: "...", pa: "...", pl: "..."}

Both load as `LocalisedText`, which *is* the English string (so code that only knows English
keeps working unchanged) and carries the other languages: `text.get("ur")` gives the Urdu, or
the English when there is no Urdu. A text with no translation dumps back to the plain string,
so forms without translations keep their exact JSON and their snapshot fingerprint.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

ENGLISH = "en"

# The languages the app ships texts in, in the order they are offered. Codes are ISO 639-1.
LANGUAGE_NAMES: dict[str, tuple[str, str]] = {
    # code: (English name, name in the language itself)
    "en": ("English", "English"),
    "ur": ("Urdu", "اردو"),
    "pa": ("Punjabi (Gurmukhi)", "ਪੰਜਾਬੀ"),
    "pl": ("Polish", "Polski"),
}
SHIPPED_LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_NAMES)
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ur", "ar", "fa", "ps", "sd", "he", "yi", "ckb"})

# A language code: ISO 639 (2 or 3 letters), optionally with a script or region (pa-Arab).
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def is_right_to_left(language: str | None) -> bool:
    """Whether texts in this language read right to left (Urdu, Arabic...)."""
    if not language:
        return False
    base = language.split("-")[0]
    return base in RIGHT_TO_LEFT_LANGUAGES or language.endswith("-Arab")


def language_name(language: str, *, native: bool = False) -> str:
    """`ur` -> "Urdu" (or "اردو" with native=True); unknown codes are returned as they are."""
    names = LANGUAGE_NAMES.get(language)
    if names is None:
        return language
    return names[1] if native else names[0]


def language_from_text(
    text: str | None, offered: tuple[str, ...] = SHIPPED_LANGUAGES
) -> str | None:
    """The offered language a person wrote down ("Urdu", "ur", "اردو", "Polish, some English"):
    the first one named, or None. Registration keeps the contact's language as free text."""
    if not text:
        return None
    words = [word for word in re.split(r"[\s,;:/()&+.]+", text.casefold()) if word]
    for word in words:
        for code in offered:
            english, native = LANGUAGE_NAMES.get(code, (code, code))
            names = {code, english.casefold(), english.split(" ")[0].casefold(), native.casefold()}
            if word in names or (code == "pa" and word in {"panjabi", "gurmukhi"}):
                return code
    return None


def parse_languages(text: str) -> list[str]:
    """`"en,ur, pa"` -> ["en", "ur", "pa"]; ValueError naming a code that is not one."""
    codes = [part.strip() for part in text.split(",") if part.strip()]
    if not codes:
        raise ValueError("no languages given (for example en,ur,pa,pl)")
    for code in codes:
        if not LANGUAGE_CODE.match(code):
            raise ValueError(
                f"'{code}' is not a language code (use ISO 639 codes such as en, ur, pa, pl)"
            )
    return list(dict.fromkeys(codes))


class LocalisedText(str):
    """A text whose value is the English; other languages ride along.

    Equal to a plain string when the English is equal; two LocalisedTexts are equal only when
    every language is. Immutable, like the string it is.
    """

    __slots__ = ("_translations",)
    _translations: Mapping[str, str]

    def __new__(cls, english: str, translations: Mapping[str, str] | None = None) -> LocalisedText:
        self = super().__new__(cls, english)
        cleaned = {
            code: value
            for code, value in (translations or {}).items()
            if code != ENGLISH and value is not None
        }
        self._translations = MappingProxyType(dict(sorted(cleaned.items())))
        return self

    # -- reading -------------------------------------------------------------------------------

    @property
    def en(self) -> str:
        """The English text (as a plain str)."""
        return str.__str__(self)

    @property
    def translations(self) -> Mapping[str, str]:
        """The texts in other languages than English, by language code."""
        return self._translations

    @property
    def languages(self) -> tuple[str, ...]:
        """English first, then every language this text has, in code order."""
        return (ENGLISH, *self._translations)

    def has(self, language: str) -> bool:
        """Whether the text is given in this language (English always is)."""
        if language == ENGLISH:
            return True
        return bool(self._translations.get(language, "").strip())

    def get(self, language: str | None) -> str:
        """The text in `language`, or the English when it has none (or none is asked for)."""
        if language and language != ENGLISH:
            translated = self._translations.get(language, "")
            if translated.strip():
                return translated
        return self.en

    def with_translation(self, language: str, text: str | None) -> LocalisedText:
        """A copy with `language` set to `text` (None or "" removes it); English is refused."""
        if language == ENGLISH:
            raise ValueError("the English text is the text itself; make a new LocalisedText")
        translations = dict(self._translations)
        if text:
            translations[language] = text
        else:
            translations.pop(language, None)
        return LocalisedText(self.en, translations)

    def to_data(self) -> str | dict[str, str]:
        """What the form file holds: the plain string, or {en: ..., ur: ...} when translated."""
        if not self._translations:
            return self.en
        return {ENGLISH: self.en, **self._translations}

    @classmethod
    def from_data(cls, value: Any) -> LocalisedText:
        """Read a plain string or a {language: text} mapping; ValueError saying what is wrong."""
        if isinstance(value, LocalisedText):
            return value
        if isinstance(value, str):
            return cls(value)
        if isinstance(value, Mapping):
            texts: dict[str, str] = {}
            for raw_code, text in value.items():
                code = _language_key(raw_code)
                if not isinstance(text, str):
                    raise ValueError(
                        f"the '{code}' text should be text, not {_kind_of(text)}; put it in "
                        'quotes ("...")'
                    )
                texts[code] = text
            if ENGLISH not in texts:
                raise ValueError(
                    "a text in several languages needs its English too ('en: ...'); "
                    f"found only {', '.join(texts) or 'nothing'}"
                )
            english = texts.pop(ENGLISH)
            return cls(english, texts)
        raise ValueError(f"this should be text, not {_kind_of(value)}")

    # -- behaving like the value it is ----------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LocalisedText):
            return self.en == other.en and self._translations == other._translations
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = str.__hash__

    def __repr__(self) -> str:
        if not self._translations:
            return f"LocalisedText({self.en!r})"
        return f"LocalisedText({self.en!r}, {dict(self._translations)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (LocalisedText, (self.en, dict(self._translations)))

    def __copy__(self) -> LocalisedText:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> LocalisedText:
        return self

    # -- pydantic ------------------------------------------------------------------------------

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.from_data,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda value: value.to_data() if isinstance(value, LocalisedText) else value
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "anyOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "description": "the text in several languages, by ISO 639 code; 'en' needed",
                    "required": [ENGLISH],
                    "propertyNames": {"pattern": LANGUAGE_CODE.pattern},
                    "additionalProperties": {"type": "string"},
                },
            ]
        }


def _language_key(raw: Any) -> str:
    # YAML 1.1 reads the bare key `no` (Norwegian) as false.
    if raw is False:
        raw = "no"
    code = str(raw)
    if not LANGUAGE_CODE.match(code):
        raise ValueError(
            f"'{code}' is not a language code; write texts as {{en: ..., ur: ...}} with ISO 639 "
            "codes (if this is one text containing ': ', put the whole text in quotes)"
        )
    return code


def _kind_of(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "a mapping"
    return type(value).__name__


def as_localised(value: str | LocalisedText) -> LocalisedText:
    """Any string as a LocalisedText (a plain str is English only)."""
    return value if isinstance(value, LocalisedText) else LocalisedText(value)


def text_in(value: str | None, language: str | None) -> str | None:
    """`value.get(language)` for a LocalisedText; a plain str (English only) or None as it is."""
    if isinstance(value, LocalisedText):
        return value.get(language)
    return value


def iter_localised(
    value: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], LocalisedText]]:
    """Every LocalisedText inside a pydantic model (or list/dict of them), with its path."""
    from pydantic import BaseModel

    if isinstance(value, LocalisedText):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from iter_localised(getattr(value, name), (*path, name))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from iter_localised(item, (*path, index))
