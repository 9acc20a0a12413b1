"""The import rules of docs/architecture.md, checked on the source so the layout keeps its shape.

- flows/ imports only the standard library and flows/: no platform, no SQLAlchemy, no bot/ or handlers/.
- bot/ never imports handlers/, except the composition root (bot/app.py) and the command line.
- one channel's handlers never import another channel's (telegram ↔ whatsapp ↔ terminal).
- nobody imports a private name (`_something`) from another module.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMPOSITION_ROOTS = {"bot/app.py", "bot/cli.py"}
CHANNELS = ("handlers.telegram", "handlers.whatsapp", "handlers.terminal")


def imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) for every import in the file, including those inside functions."""
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", sources("flows"), ids=relative)
def test_flows_import_only_the_standard_library_and_flows(path: Path) -> None:
    for module, _names in imports(path):
        top = module.split(".")[0]
        assert top == "flows" or top in sys.stdlib_module_names or top == "__future__", (
            f"{relative(path)} imports {module}: flows stay free of platforms, storage and bot/"
        )


@pytest.mark.parametrize("path", sources("bot"), ids=relative)
def test_bot_does_not_import_handlers(path: Path) -> None:
    if relative(path) in COMPOSITION_ROOTS:
        return
    for module, _names in imports(path):
        assert not module.startswith("handlers"), f"{relative(path)} imports {module}"


@pytest.mark.parametrize("path", sources("handlers"), ids=relative)
def test_channels_do_not_import_each_other(path: Path) -> None:
    own = ".".join(path.relative_to(ROOT).with_suffix("").parts[:2])
    for module, _names in imports(path):
        for channel in CHANNELS:
            if module.startswith(channel) and not own.startswith(channel):
                pytest.fail(f"{relative(path)} imports {module} from another channel")


@pytest.mark.parametrize("path", [*sources("bot"), *sources("flows"), *sources("handlers")], ids=relative)
def test_no_private_names_cross_modules(path: Path) -> None:
    for module, names in imports(path):
        private = [name for name in names if name.startswith("_") and not name.startswith("__")]
        assert not private, f"{relative(path)} imports private {private} from {module}"
