"""Messages of the preparation panel."""

MESSAGES: dict[str, dict[str, str]] = {}
