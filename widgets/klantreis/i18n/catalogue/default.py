"""Names the kit gives before the team chooses its own."""

MESSAGES: dict[str, dict[str, str]] = {
    # Names the kit gives before the team chooses its own.
    "default.persona": {"nl": "Onze klant", "en": "Our customer"},
}
