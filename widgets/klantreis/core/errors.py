"""Errors that speak the workshop's language.

Each error keeps its message key and parameters, so the same problem can be shown in Dutch
or English, and a widget can point at the field that needs fixing.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..i18n import DEFAULT_LANGUAGE, label, number, t, value_label


class KlantreisError(Exception):
    """Base of every error the kit raises on purpose; `str()` is a sentence for a user."""

    def __init__(self, key: str, language: str = DEFAULT_LANGUAGE, **params: object) -> None:
        self.key = key
        self.params = params
        self.language = language
        super().__init__(self.message())

    def message(self, language: str | None = None) -> str:
        """The message in `language` (default: the language the error was raised in)."""
        text = t(self.key, language or self.language, **self._translated_params(language))
        return text[:1].upper() + text[1:]

    def _translated_params(self, language: str | None) -> dict[str, object]:
        lang = language or self.language
        params = dict(self.params)
        if isinstance(params.get("field"), str):
            params["field"] = label("field", params["field"], lang)
        if isinstance(params.get("entity"), str):
            params["entity"] = label("entity", params["entity"], lang)
        if isinstance(params.get("choices"), tuple | list):
            params["choices"] = ", ".join(value_label(code, lang) for code in params["choices"])
        for name in ("low", "high", "value"):
            if isinstance(params.get(name), float):
                params[name] = _number(params[name], lang)
        return params

    def __str__(self) -> str:
        return self.message()


def _number(value: float, language: str) -> str:
    """A number in a message the language's way (12 and 6,5 in Dutch, not 12.0 and 6.5)."""
    if value.is_integer():
        return number(value, language, 0)
    digits = len(repr(value).split(".")[-1]) if "e" not in repr(value) else 6
    return number(value, language, min(digits, 6))


class ValidationError(KlantreisError, ValueError):
    """Input that may not reach the store; `field` names the culprit (or is None)."""

    @property
    def field(self) -> str | None:
        field = self.params.get("field")
        return field if isinstance(field, str) else None


class NotFoundError(KlantreisError, KeyError):
    """An id that is not in this workshop."""

    def __str__(self) -> str:  # KeyError would quote the message
        return self.message()


class ConfirmationNeeded(KlantreisError):
    """A delete that would take ratings with it; repeat it with `confirm=True`."""


class ReadOnlyError(KlantreisError, PermissionError):
    """A write on a store that was opened read-only."""


class StoreError(KlantreisError):
    """The store cannot be opened or used (newer schema, not a workshop file, busy)."""


class ImportFileError(KlantreisError, ValueError):
    """A file that cannot be imported; the message says where (file, sheet, row, column)."""

    def __init__(
        self,
        file: str,
        problem_key: str,
        language: str = DEFAULT_LANGUAGE,
        *,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
        names: Mapping[str, str] | None = None,
        **params: object,
    ) -> None:
        """`names` fills placeholders of the problem text that share a name with the
        location (such as the missing `column`), which stays separate."""
        self.file, self.sheet, self.row, self.column = file, sheet, row, column
        self.problem_key = problem_key
        self.problem_params = {**params, **(names or {})}
        super().__init__("error.file_location", language)

    def message(self, language: str | None = None) -> str:
        lang = language or self.language
        where = ""
        if self.sheet is not None:
            where += t("error.file_where_sheet", lang, sheet=self.sheet)
        if self.row is not None:
            where += t("error.file_where_row", lang, row=self.row)
        if self.column is not None:
            where += t("error.file_where_column", lang, column=self.column)
        problem = _problem_text(self.problem_key, lang, self.problem_params)
        return t("error.file_location", lang, file=self.file, where=where, problem=problem)


def _problem_text(key: str, language: str, params: dict[str, object]) -> str:
    if key == "nested":
        nested = params["error"]
        assert isinstance(nested, KlantreisError)
        return nested.message(language)
    return t(key, language, **params)
