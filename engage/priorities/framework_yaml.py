"""The YAML form of a strategy framework: parse, validate and dump, with no Flask or database.

Officers write these files by hand, so every problem is reported with the line it is on, all at
once, before anything is saved. The text-analysis engine reads the same `FrameworkData`.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TOP_LEVEL_FIELDS = ("area", "title", "source", "priorities")
PRIORITY_FIELDS = ("slug", "title", "short_name", "description", "keywords", "examples")
TEXT_LIMITS = {"slug": 60, "title": 500, "short_name": 40, "description": 2000}
STRING_TAG = "tag:yaml.org,2002:str"
NULL_TAG = "tag:yaml.org,2002:null"

# PyYAML's wording for the mistakes people make most often, put plainly.
_SYNTAX_HINTS = {
    "found character '\\t'": "found a tab character; indent with spaces, not tabs",
    "another document": 'found a second document (a line "---"); a file holds one framework',
    "mapping values are not allowed here": (
        'found a ":" where one is not allowed; check the indentation, and put text that '
        "contains a colon in quotes"
    ),
}


@dataclass(frozen=True)
class PriorityData:
    slug: str
    title: str
    short_name: str | None = None
    description: str | None = None
    keywords: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class FrameworkData:
    area: str
    title: str
    priorities: tuple[PriorityData, ...]
    source: str | None = None


@dataclass(frozen=True)
class YamlProblem:
    line: int | None  #: 1-based line in the file; None when the problem is the whole file
    message: str

    def __str__(self) -> str:
        return self.message if self.line is None else f"Line {self.line}: {self.message}"


class FrameworkYamlError(ValueError):
    """Everything wrong with a framework file, in line order, so it can all be fixed at once."""

    def __init__(self, problems: list[YamlProblem]):
        self.problems = sorted(problems, key=lambda problem: problem.line or 0)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _clean(value: str) -> str:
    """Collapse runs of whitespace: titles and descriptions are shown as single paragraphs."""
    return " ".join(value.split())


def _is_empty(node: Node) -> bool:
    return isinstance(node, ScalarNode) and (node.tag == NULL_TAG or not node.value.strip())


def _slug_of(node: MappingNode) -> str | None:
    """The slug, if it is readable, so every message about a priority can name it."""
    for key, value in node.value:
        if getattr(key, "value", None) == "slug" and getattr(value, "tag", None) == STRING_TAG:
            return _clean(value.value) or None
    return None


class _Checker:
    """Walks the composed node tree, collecting problems and building the data."""

    def __init__(self) -> None:
        self.problems: list[YamlProblem] = []

    def problem(self, node: Node | None, message: str) -> None:
        self.problems.append(YamlProblem(_line(node) if node is not None else None, message))

    def mapping(
        self, node: MappingNode, allowed: tuple[str, ...], what: str
    ) -> dict[str, tuple[Node, Node]]:
        """The fields of a mapping, refusing duplicates (PyYAML keeps the last) and unknowns."""
        fields: dict[str, tuple[Node, Node]] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, f"{what} has a field name that is not plain text.")
                continue
            key = key_node.value
            if key in seen:
                self.problem(key_node, f'{what} has "{key}" twice (first on line {seen[key]}).')
                continue
            seen[key] = _line(key_node)
            if key in allowed:
                fields[key] = (key_node, value_node)
            else:
                self.problem(
                    key_node,
                    f'{what} has an unknown field "{key}". Allowed fields: {", ".join(allowed)}.',
                )
        return fields

    def text(self, fields, name: str, what: str, *, required: bool, parent: Node) -> str | None:
        if name not in fields:
            if required:
                self.problem(parent, f'{what} has no "{name}".')
            return None
        key_node, node = fields[name]
        if _is_empty(node):
            if required:
                self.problem(key_node, f'{what}: "{name}" is empty.')
            return None
        if not isinstance(node, ScalarNode) or node.tag != STRING_TAG:
            fix = "put it in quotes" if isinstance(node, ScalarNode) else "not a list or fields"
            self.problem(node, f'{what}: "{name}" must be text; {fix}.')
            return None
        value = _clean(node.value)
        limit = TEXT_LIMITS.get(name)
        if limit and len(value) > limit:
            self.problem(
                node, f'{what}: "{name}" must be {limit} characters or fewer (it has {len(value)}).'
            )
        return value

    def text_list(self, fields, name: str, what: str) -> tuple[str, ...]:
        node = fields[name][1] if name in fields else None
        if node is None or _is_empty(node):
            return ()
        if not isinstance(node, SequenceNode):
            self.problem(node, f'{what}: "{name}" must be a list, one item per line starting "- ".')
            return ()
        items = []
        for item in node.value:
            if _is_empty(item) or not isinstance(item, ScalarNode) or item.tag != STRING_TAG:
                self.problem(item, f'{what}: every item in "{name}" must be text (not empty).')
            else:
                items.append(_clean(item.value))
        return tuple(items)

    def unique(self, seen: dict, value: str, node: Node, what: str, label: str) -> None:
        """Remember where a value is first used; on a repeat, name that line."""
        if value.casefold() in seen:
            first = seen[value.casefold()]
            self.problem(node, f'{what}: the {label} "{value}" is already used on line {first}.')
        else:
            seen[value.casefold()] = _line(node)

    def priority(self, number: int, node: Node, seen_slugs: dict, seen_short_names: dict):
        what = f"Priority {number}"
        if not isinstance(node, MappingNode):
            self.problem(
                node, f"{what} must be a set of fields (slug, title ...), not a single value."
            )
            return None
        if named := _slug_of(node):
            what = f'{what} ("{named}")'
        fields = self.mapping(node, PRIORITY_FIELDS, what)
        slug = self.text(fields, "slug", what, required=True, parent=node)
        if slug and not SLUG_PATTERN.match(slug):
            message = "the slug must be lower-case letters and numbers joined by single hyphens"
            self.problem(fields["slug"][1], f'{what}: {message}, like "bp-1".')
        elif slug:
            self.unique(seen_slugs, slug, fields["slug"][1], what, "slug")
        title = self.text(fields, "title", what, required=True, parent=node)
        short_name = self.text(fields, "short_name", what, required=False, parent=node)
        if short_name:
            self.unique(seen_short_names, short_name, fields["short_name"][1], what, "short name")
        description = self.text(fields, "description", what, required=False, parent=node)
        keywords = self.text_list(fields, "keywords", what)
        examples = self.text_list(fields, "examples", what)
        if slug is None or title is None:
            return None
        return PriorityData(slug, title, short_name, description, keywords, examples)

    def framework(self, root: Node) -> FrameworkData | None:
        if not isinstance(root, MappingNode):
            self.problem(root, "The file must start with area, title and priorities.")
            return None
        fields = self.mapping(root, TOP_LEVEL_FIELDS, "The file")
        area = self.text(fields, "area", "The file", required=True, parent=root)
        title = self.text(fields, "title", "The file", required=True, parent=root)
        source = self.text(fields, "source", "The file", required=False, parent=root)
        priorities = []
        listed = fields.get("priorities")
        if listed is None:
            self.problem(root, 'The file has no "priorities".')
        elif not isinstance(listed[1], SequenceNode) or not listed[1].value:
            self.problem(listed[0], '"priorities" must be a list with at least one priority.')
        else:
            seen_slugs: dict[str, int] = {}
            seen_short_names: dict[str, int] = {}
            for number, node in enumerate(listed[1].value, start=1):
                priorities.append(self.priority(number, node, seen_slugs, seen_short_names))
        if self.problems:
            return None
        return FrameworkData(area=area, title=title, priorities=tuple(priorities), source=source)


def _syntax_problem(error: yaml.MarkedYAMLError) -> YamlProblem:
    mark = error.problem_mark or error.context_mark
    reason = error.problem or error.context or "it could not be read"
    reason = next((hint for key, hint in _SYNTAX_HINTS.items() if key in reason), reason)
    return YamlProblem(mark.line + 1 if mark else None, f"The file is not valid YAML: {reason}.")


def parse_framework_yaml(text: str | bytes) -> FrameworkData:
    """Check a whole framework file; raise FrameworkYamlError listing every problem."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise FrameworkYamlError([YamlProblem(None, "The file must be UTF-8 text.")]) from error
    text = text.lstrip("\ufeff")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)  # nodes keep their lines
    except yaml.MarkedYAMLError as error:
        raise FrameworkYamlError([_syntax_problem(error)]) from error
    except yaml.YAMLError as error:
        problem = YamlProblem(None, f"The file is not valid YAML: {error}.")
        raise FrameworkYamlError([problem]) from error
    if root is None or _is_empty(root):  # blank, or only comments
        raise FrameworkYamlError([YamlProblem(None, "The file is empty.")])
    checker = _Checker()
    framework = checker.framework(root)
    if framework is None:
        raise FrameworkYamlError(checker.problems)
    return framework


class _ReadableDumper(yaml.SafeDumper):
    """Indents list items under their key, as people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


def dump_framework_yaml(framework: FrameworkData) -> str:
    """The file form of a framework; parse_framework_yaml gives back an equal FrameworkData."""
    document: dict = {"area": framework.area, "title": framework.title}
    if framework.source:
        document["source"] = framework.source
    document["priorities"] = []
    for priority in framework.priorities:
        item: dict = {"slug": priority.slug, "title": priority.title}
        for name in PRIORITY_FIELDS[2:]:  # in file order, leaving out empty ones
            if value := getattr(priority, name):
                item[name] = list(value) if isinstance(value, tuple) else value
        document["priorities"].append(item)
    # Width 100 wraps long titles the way the bundled files are written; wrapping is lossless.
    return yaml.dump(
        document, Dumper=_ReadableDumper, sort_keys=False, allow_unicode=True, width=100
    )


def load_framework_file(path: str | Path) -> FrameworkData:
    """Read a framework file as bytes, so a byte-order mark or bad encoding is reported."""
    return parse_framework_yaml(Path(path).read_bytes())
