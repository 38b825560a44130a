"""Reading the files people write (policies, waivers, comparison rules, parameters, the interpretation register)
and the JSON files the machinery keeps (goldens, run.json) into their typed models (harness/contract), with
errors that name the file, the line, the field and what was expected — never a traceback:

    policies/default.yaml:
      line 5, severity.B.max: expected a whole number >= 0 or null, got 'many'
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from harness.contract.validation import Lang, Loc, field_path, located

M = TypeVar("M", bound=BaseModel)


class ConfigError(Exception):
    """A configuration file is missing, unreadable or does not say what is expected."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = Path(path)
        self.problems = problems
        super().__init__(f"{path}:\n  " + "\n  ".join(problems))


class YamlDoc:
    """A parsed YAML (or JSON) document that can tell the line of any field, for error messages. The node tree
    behind the lines is built only when a line is asked for: a valid file costs one parse."""

    def __init__(self, path: Path, data: object, text: str = ""):
        self.path, self.data, self._text = path, data, text
        self._root: yaml.Node | None = None
        self._composed = False

    @property
    def root(self) -> yaml.Node | None:
        if not self._composed:
            self._composed = True
            try:
                self._root = yaml.compose(self._text, Loader=yaml.SafeLoader)
            except yaml.YAMLError:   # JSON that YAML cannot read (a rare escape): the field path alone
                self._root = None
        return self._root

    def line(self, *keys: object) -> int | None:
        node = self.root
        line = node.start_mark.line + 1 if node is not None else None
        for key in keys:
            if isinstance(node, yaml.MappingNode):
                found = None
                for k, v in node.value:
                    if k.value == str(key):
                        found, line = v, k.start_mark.line + 1
                        break
                node = found
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
                line = node.start_mark.line + 1
            else:
                break
            if node is None:
                break
        return line

    def where(self, *keys: str | int) -> str:
        """`line 5, severity.B.max`; the top of the file is named by nothing (the message says the rest)."""
        if not keys:
            return ""
        line = self.line(*keys)
        return f"line {line}, {field_path(keys)}" if line else field_path(keys)

    def problem(self, keys: Loc, message: str) -> str:
        place = self.where(*keys)
        return f"{place}: {message}" if place else message

    def validate(self, model: type[M], *, context: dict[str, Any] | None = None, lang: Lang = "en") -> M:
        """The document as `model`; ConfigError with every problem (line, field, what was expected) if it is not."""
        try:
            return model.model_validate(self.data, context=context)
        except ValidationError as exc:
            found = sorted(located(exc, model, lang=lang), key=lambda item: self.line(*item[0]) or 0 if item[0] else 0)
            raise ConfigError(self.path, [self.problem(loc, message) for loc, message in found]) from None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(path, ["file not found"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, [f"cannot read the file ({exc})"]) from None


def load_yaml(path: Path | str) -> YamlDoc:
    path = Path(path)
    text = _read(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ConfigError(path, [f"{where}not valid YAML ({getattr(exc, 'problem', None) or exc})"]) from None
    return YamlDoc(path, data, text)


def load_json(path: Path | str) -> YamlDoc:
    path = Path(path)
    text = _read(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(path, [f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"]) from None
    return YamlDoc(path, data, text)


def load_model(path: Path | str, model: type[M], *, context: dict[str, Any] | None = None) -> M:
    """A YAML (or JSON) file as `model`; ConfigError naming the file, line, field and what was expected."""
    return load_yaml(path).validate(model, context=context)
