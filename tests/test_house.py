"""The shape of the package: stages as folders, imports that only go one way,
modules a reader can take in at once."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"
MAX_LINES = 600   # the house rule for module size


def module_name(path: Path) -> str:
    parts = ("extractor",) + path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The extractor modules ``path`` imports anywhere in it (top level, in a
    function, under TYPE_CHECKING: all of them count)."""
    name = module_name(path)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:   # `from . import rows` imports the module rows
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in modules else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m in modules and m != name}


def import_graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    return {module_name(p): imports_of(p, modules) for p in paths}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` as a list of modules, or None."""
    state: dict[str, int] = {}   # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                return path[path.index(dep):] + [dep]
            if dep not in state and (cycle := visit(dep)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_graph_sees_relative_and_lazy_imports():
    graph = import_graph()
    assert "extractor.store.rows" in graph["extractor.store.export"]      # from . import rows as R
    assert "extractor.models" in graph["extractor.store.export"]          # from ..models import
    assert "extractor.agencies.resolve" in graph["extractor.engine.extract"]  # inside a function


def test_no_module_imports_itself_back():
    assert find_cycle(import_graph()) is None


def stage_of(module: str) -> str:
    """The stage folder of a module (source, layout, ...), or "" for the top."""
    parts = module.split(".")
    return parts[1] if len(parts) > 2 else ""


def test_no_stage_imports_itself_back():
    # stage folders import one way: e.g. store may use agencies, then agencies never uses store
    stages: dict[str, set[str]] = {}
    for module, deps in import_graph().items():
        stages.setdefault(stage_of(module), set()).update(stage_of(d) for d in deps)
    graph = {stage: {d for d in deps if d and d != stage} for stage, deps in stages.items() if stage}
    assert find_cycle(graph) is None


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_over_the_size_limit(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


def _rebound_imports(source: str) -> list[tuple[str, int]]:
    """The names a module's top level imports and then binds again (a second import, an assignment, a def): the
    later binding hides the first, so a reader asking the name gets the other module's value.  (Session 73: a
    second ``LIST_MARKS`` imported into conventions hid unitlists', and a rule list parted at a slash no more.)"""
    bound: dict[str, list[tuple[str, int]]] = {}
    for node in ast.parse(source).body:
        names: list[tuple[str, str]] = []
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [("import", a.asname or a.name.split(".")[0]) for a in node.names]
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [("bind", n.id) for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [("bind", node.name)]
        for kind, name in names:
            bound.setdefault(name, []).append((kind, node.lineno))
    return [(name, lines[1][1]) for name, lines in bound.items()
            if len(lines) > 1 and any(kind == "import" for kind, _ in lines) and name != "annotations"]


def test_the_rebinding_finder_finds_a_name_imported_twice():
    assert _rebound_imports("from a import X\nfrom b import X\n") == [("X", 2)]
    assert _rebound_imports("from a import X\nX = 1\n") == [("X", 2)]
    assert _rebound_imports("from a import X\nY = X\n") == []


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_an_imported_name_again(path):
    assert _rebound_imports(path.read_text(encoding="utf-8")) == []
