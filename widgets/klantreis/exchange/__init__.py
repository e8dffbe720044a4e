"""Moving workshops in and out of the kit: JSON, Excel, CSV and a Mermaid diagram.

JSON, Excel and CSV round-trip losslessly (export, import, export gives the same tables);
Mermaid is a one-way picture of the journey. `docs/file-formats.md` describes every format.
"""

from .json_format import (
    export_json,
    import_json,
    json_schema,
    workshop_from_json_text,
    workshop_to_json,
)
from .mermaid import export_mermaid, mermaid_score, to_mermaid
from .records import FORMAT_NAME, FORMAT_VERSION, dump_workshop, load_workshop
from .tabular import export_csv, export_excel, import_csv, import_excel

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "dump_workshop",
    "export_csv",
    "export_excel",
    "export_json",
    "export_mermaid",
    "import_csv",
    "import_excel",
    "import_json",
    "json_schema",
    "load_workshop",
    "mermaid_score",
    "to_mermaid",
    "workshop_from_json_text",
    "workshop_to_json",
]
