"""Messages of the improvement panel."""

MESSAGES: dict[str, dict[str, str]] = {}
