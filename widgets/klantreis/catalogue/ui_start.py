"""Messages of the start panel."""

MESSAGES: dict[str, dict[str, str]] = {}
