"""Text written into exported files (JSON, Excel, Mermaid)."""

MESSAGES: dict[str, dict[str, str]] = {
    # Exports.
    "export.synthetic_note": {
        "nl": "Verzonnen voorbeeld: deze workshop en alle cijfers zijn bedacht om de kit te tonen.",
        "en": "Synthetic example: this workshop and all its figures were made up to show the kit.",
    },
    "export.unrated": {"nl": "nog niet beoordeeld", "en": "not rated yet"},
}
