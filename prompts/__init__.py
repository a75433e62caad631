"""Versioned prompt and reply templates, kept as files beside this module.

Each file may start with a `version: X` line; the version recorded on a draft is
`<name>@<declared version>+<first 8 hex of the content's sha256>`, so an edited prompt can never
pass for the old one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Prompt:
    name: str
    text: str
    version: str


@lru_cache(maxsize=64)
def load(name: str) -> Prompt:
    """The prompt file `name` (a path relative to prompts/, e.g. "reading_system.md")."""
    path = (HERE / name).resolve()
    if HERE.resolve() not in path.parents:
        raise ValueError(f"prompt {name!r} is outside the prompts folder")
    raw = path.read_text(encoding="utf-8")
    declared = "0"
    text = raw
    first, _, rest = raw.partition("\n")
    if first.lower().startswith("version:"):
        declared = first.split(":", 1)[1].strip()
        text = rest.lstrip("\n")
    digest = hashlib.sha256(raw.encode()).hexdigest()[:8]
    return Prompt(name=name, text=text, version=f"{Path(name).stem}@{declared}+{digest}")
