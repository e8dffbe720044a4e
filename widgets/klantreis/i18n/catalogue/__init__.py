"""The message catalogue, one module per key prefix: the key `empathy.rated` lives in
`empathy.py`, so the file of any key is its first word.

`klantreis.i18n.messages` merges the parts into one `MESSAGES` dict at import; a key in the
wrong file, or defined twice, is an error there. Each part is a
`MESSAGES: dict[str, dict[str, str]]` with a Dutch ("nl") and an English ("en") text per key.
"""

PREFIXES = (
    "error", "field", "entity", "value", "default", "export", "chart", "cli", "report",
    "printables", "guide", "ui", "start", "prep", "empathy", "improvement", "dashboard",
    "mining", "serve", "room", "map", "versions",
)
