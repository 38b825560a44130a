"""Reading the YAML configuration files (comparison policy, rollout policy, waiver register) with errors
that name the file, the line, the field and what was expected — never a traceback."""
from __future__ import annotations

from pathlib import Path

import yaml

# libyaml's loader when PyYAML was built with it (≈ 10× faster than the pure-Python one; the same safe types).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ConfigError(Exception):
    """A configuration file is missing, unreadable or does not say what is expected."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = Path(path)
        self.problems = problems
        super().__init__(f"{path}:\n  " + "\n  ".join(problems))


class YamlDoc:
    """A parsed YAML document that can tell the line of any field, for error messages."""

    def __init__(self, path: Path, data: object, root: yaml.Node | None):
        self.path, self.data, self.root = path, data, root

    def line(self, *keys: object) -> int | None:
        node, line = self.root, (self.root.start_mark.line + 1 if self.root else None)
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

    def where(self, *keys: object) -> str:
        field = ".".join(str(k) if not isinstance(k, int) else f"[{k}]" for k in keys).replace(".[", "[")
        line = self.line(*keys)
        return f"line {line}, {field}" if line else field

    def problem(self, keys: tuple, message: str) -> str:
        return f"{self.where(*keys)}: {message}"


def load_yaml(path: Path | str) -> YamlDoc:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(path, ["file not found"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, [f"cannot read the file ({exc})"]) from None
    loader = SAFE_LOADER(text)   # one parse gives both the nodes (for line numbers) and the data
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ConfigError(path, [f"{where}not valid YAML ({getattr(exc, 'problem', None) or exc})"]) from None
    finally:
        loader.dispose()
    return YamlDoc(path, data, root)
