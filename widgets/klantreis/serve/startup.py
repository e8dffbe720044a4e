"""Keep the kit's start-up cheap: every served page is a fresh kernel that imports the kit.

`jsonschema` (imported by Altair and by the JSON exchange) imports `rfc3987_syntax` when it is
installed (Jupyter's event system asks for it), and that module builds a Lark grammar at import
time: about 1.7 s of CPU on this kind of machine, in every kernel, for a check of IRI strings
that neither Altair nor the kit ever runs. `defer_iri_grammar` lets `jsonschema` bind a small
stand-in instead, which loads the real module the first time anyone uses it, so IRI
validation still works exactly as before for code that needs it, and the stand-in leaves
`sys.modules` as soon as `jsonschema` has bound it, so a later `import rfc3987_syntax` gets the
real module.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

GRAMMAR_MODULE = "rfc3987_syntax"


def _is_valid_syntax(*args: Any, **kwargs: Any) -> Any:
    """What `jsonschema` calls to check an IRI: the real check, loaded on first use."""
    return importlib.import_module(GRAMMAR_MODULE).is_valid_syntax(*args, **kwargs)


def defer_iri_grammar() -> None:
    """Import `jsonschema` with a stand-in for `rfc3987_syntax`, if neither is loaded yet."""
    if GRAMMAR_MODULE in sys.modules or "jsonschema" in sys.modules:
        return
    if importlib.util.find_spec(GRAMMAR_MODULE) is None:
        return
    stand_in = types.ModuleType(GRAMMAR_MODULE, "Loads rfc3987_syntax on first use.")
    stand_in.is_valid_syntax = _is_valid_syntax  # type: ignore[attr-defined]
    sys.modules[GRAMMAR_MODULE] = stand_in
    try:
        importlib.import_module("jsonschema")
    finally:
        if sys.modules.get(GRAMMAR_MODULE) is stand_in:
            del sys.modules[GRAMMAR_MODULE]
