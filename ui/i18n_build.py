"""Building the translations.

``python -m ui.i18n_build``           compile ``resources/translations/*.ts`` into ``.qm``.
``python -m ui.i18n_build --update``  first collect every string to translate:

1. the domain's message templates (``desk/``, ``db/`` and ``translate_desk`` calls in
   ``ui/``), found with ``ast``: the first string argument of ``Refusal``, ``NotAllowed``,
   ``NotFound``, ``DeskError``, ``SignInRefused``, ``StoreError``… and of any class that
   derives from them, the template argument of ``ScanResult``, the values of module-level
   ``*TEMPLATES`` dicts (``PassRejected`` reasons), module-level constants holding an
   English template with ``{fields}`` (``GAP = "{post} has nobody…"``), and ``field=`` names. They are written
   to the generated ``ui/_desk_messages.py`` as ``QT_TRANSLATE_NOOP("desk", …)`` lines;
2. ``pyside6-lupdate`` over every ``.py`` under ``ui/`` (that file included) refreshes
   ``desk_zh_CN.ts``; strings no longer used are dropped, translations kept.

New strings arrive "unfinished": translate them (Qt Linguist, or by hand in the .ts), then
compile. ``tests/ui/test_i18n.py`` fails while any string is untranslated.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
GENERATED = ROOT / "ui" / "_desk_messages.py"
LANGUAGES = ("zh_CN",)

ERROR_CLASSES = {"DeskError", "Refusal", "NotAllowed", "NotFound", "SignInRefused",
                 "StoreError", "StoreBusy", "StoreFull"}
TEMPLATE_SECOND = {"ScanResult"}  # (outcome, template, fields)
TRANSLATE_CALLS = {"translate_desk"}
NOT_TEMPLATES = {"PassRejected"}  # takes a reason code; its templates are in TEMPLATES


def qt_tool(name: str) -> str:
    """The path of lupdate/lrelease shipped inside the PySide6 package."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    script = Path(sys.executable).parent / f"pyside6-{name}"
    return str(script)


def _python_files(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        yield from sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _name_of(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _text(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
        return node.value
    return None


def _error_classes(trees: Iterable[ast.Module]) -> set[str]:
    """The known error classes plus every class derived from one, however deep."""
    known = set(ERROR_CLASSES)
    bases = {node.name: {_name_of(b) for b in node.bases}
             for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    grew = True
    while grew:
        grew = False
        for name, parents in bases.items():
            if name not in known and name not in NOT_TEMPLATES and parents & known:
                known.add(name)
                grew = True
    return known


def _is_template_constant(node: ast.stmt) -> bool:
    """``GAP = "{post} has nobody on duty …"``: a module-level English template kept in a
    constant (the roster's problems and coverage reasons)."""
    if not isinstance(node, ast.Assign) or len(node.targets) != 1:
        return False
    target, text = node.targets[0], _text(node.value)
    # "{post}" fields to fill in, not "QFrame#x { color: … }" style sheets.
    return (isinstance(target, ast.Name) and target.id.isupper() and text is not None
            and re.search(r"\{[a-z_]+\}", text) is not None and re.search(r"\{\s", text) is None
            and len(re.findall(r"[A-Za-z]{2,}", text)) >= 3)


def _messages_in(tree: ast.Module, errors: set[str]) -> Iterator[str]:
    for node in tree.body:
        if _is_template_constant(node):
            yield _text(node.value)  # type: ignore[arg-type, misc]
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):  # def validate_phone(..., field: str = "Phone")
            arguments = node.args
            pairs = list(zip(arguments.args[::-1], arguments.defaults[::-1]))
            pairs += [(a, d) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults) if d]
            yield from filter(None, (_text(d) for a, d in pairs if a.arg == "field"))
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            if any(isinstance(t, ast.Name) and t.id.endswith("TEMPLATES") for t in node.targets):
                yield from filter(None, (_text(v) for v in node.value.values))
        if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Dict):
            if isinstance(node.target, ast.Name) and node.target.id.endswith("TEMPLATES"):
                yield from filter(None, (_text(v) for v in node.value.values))
        if not isinstance(node, ast.Call):
            continue
        name = _name_of(node.func)
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        if name in errors or name in TRANSLATE_CALLS:
            text = _text(node.args[0]) if node.args else _text(keywords.get("template"))
        elif name in TEMPLATE_SECOND:
            text = _text(node.args[1]) if len(node.args) > 1 else _text(keywords.get("template"))
        else:
            text = None
        if text:
            yield text
        field = _text(keywords.get("field"))
        if field:
            yield field


def collect_messages(folders: Iterable[Path] = (ROOT / "desk", ROOT / "db", ROOT / "ui")) -> list[str]:
    """Every domain template, in a stable order, without duplicates."""
    trees = []
    for path in _python_files(*folders):
        if path == GENERATED:
            continue
        trees.append(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    errors = _error_classes(trees)
    seen: dict[str, None] = {}
    for tree in trees:
        for text in _messages_in(tree, errors):
            seen.setdefault(text, None)
    return list(seen)


def write_messages(messages: list[str], target: Path = GENERATED) -> None:
    lines = [
        '"""Generated by `python -m ui.i18n_build --update`; do not edit.',
        "",
        "The domain's message templates (desk/, db/), so that lupdate files them under the",
        'context "desk", where ``ui.explain.translate_desk`` looks them up.',
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES = [",
    ]
    lines += [f'    QT_TRANSLATE_NOOP("desk", {json.dumps(text, ensure_ascii=False)}),'
              for text in messages]
    lines += ["]", ""]
    target.write_text("\n".join(lines), encoding="utf-8")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"desk_{language}.ts"


def run_lupdate(ts_file: Path, language: str) -> None:
    sources = [str(p) for p in _python_files(ROOT / "ui")]
    subprocess.run([qt_tool("lupdate"), *sources, "-ts", str(ts_file), "-no-obsolete",
                    "-locations", "none", "-source-language", "en",
                    "-target-language", language], check=True, cwd=ROOT)


def compile_all() -> list[Path]:
    built = []
    for ts_file in sorted(TRANSLATIONS.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                       check=True, cwd=ROOT)
        built.append(qm_file)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.i18n_build", description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true",
                        help="collect strings from the sources into the .ts files first")
    args = parser.parse_args(argv)
    if args.update:
        messages = collect_messages()
        write_messages(messages)
        print(f"{len(messages)} domain messages in {GENERATED.relative_to(ROOT)}")
        for language in LANGUAGES:
            run_lupdate(ts_path(language), language)
    for qm_file in compile_all():
        print(f"compiled {qm_file.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
