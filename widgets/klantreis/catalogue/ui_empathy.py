"""Messages of the empathy panel."""

MESSAGES: dict[str, dict[str, str]] = {}
