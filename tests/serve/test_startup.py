"""Start-up cost of a served page: the kit must not pay for jsonschema's IRI grammar."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # starts a fresh interpreter

CHECK = """
import sys
import klantreis.ui.empathy.panel
print("loaded" if "rfc3987_syntax" in sys.modules else "deferred")
from jsonschema import Draft202012Validator as V

check = V({"format": "iri"}, format_checker=V.FORMAT_CHECKER)
print(check.is_valid("https://example.org/r\u00e9servation"), check.is_valid("no iri ::"))
"""


def test_the_iri_grammar_loads_only_when_an_iri_is_checked() -> None:
    pytest.importorskip("rfc3987_syntax")
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["deferred", "True", "False"]
