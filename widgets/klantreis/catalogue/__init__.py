"""Parts of the message catalogue, one module per area of the user interface.

`klantreis.messages` merges them into its one `MESSAGES` dict at import; a key defined twice
is an error there. Each part is a `MESSAGES: dict[str, dict[str, str]]` with "nl" and "en".
"""

PARTS = (
    "ui_common",
    "ui_start",
    "ui_preparation",
    "ui_empathy",
    "ui_improvement",
    "ui_mining",
    "report",
    "ui_dashboard",
    "ui_serve",
    "printables",
    "cli_help",
)
