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
    line: int | None  #: 1-based line in the file
    message: str

    def __str__(self) -> str:
        return f"Line {self.line}: {self.message}" if self.line else self.message


class FrameworkYamlError(ValueError):
    """Everything wrong with a framework file, in line order."""

    def __init__(self, problems: list[YamlProblem]):
        self.problems = sorted(problems, key=lambda problem: problem.line or 0)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def _line(node: Node) -> int:
    return node.start_mark.line + 1


class _Checker:
    """Walks the composed node tree, collecting problems and building the data."""

    def __init__(self) -> None:
        self.problems: list[YamlProblem] = []

    def problem(self, node: Node | None, message: str) -> None:
        self.problems.append(YamlProblem(_line(node) if node is not None else None, message))

    def mapping(
        self, node: Node, allowed: tuple[str, ...], what: str
    ) -> dict[str, tuple[Node, Node]]:
        """The keys of a mapping node, refusing duplicates and unknown fields."""
        fields: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            if key in fields:
                self.problem(
                    key_node, f'{what} has "{key}" twice (first on line {_line(fields[key][0])}).'
                )
            elif key not in allowed:
                self.problem(
                    key_node,
                    f'{what} has an unknown field "{key}". Allowed fields: {", ".join(allowed)}.',
                )
            else:
                fields[key] = (key_node, value_node)
        return fields

    def text(self, fields, name: str, what: str, *, required: bool, parent: Node) -> str | None:
        if name not in fields:
            if required:
                self.problem(parent, f'{what} has no "{name}".')
            return None
        _, node = fields[name]
        if not isinstance(node, ScalarNode) or node.tag != STRING_TAG:
            self.problem(node, f'{what}: "{name}" must be text; put it in quotes.')
            return None
        value = " ".join(node.value.split())
        if not value:
            if required:
                self.problem(node, f'{what}: "{name}" is empty.')
            return None
        limit = TEXT_LIMITS.get(name)
        if limit and len(value) > limit:
            self.problem(
                node, f'{what}: "{name}" must be {limit} characters or fewer (it has {len(value)}).'
            )
        return value

    def text_list(self, fields, name: str, what: str) -> tuple[str, ...]:
        if name not in fields:
            return ()
        _, node = fields[name]
        if not isinstance(node, SequenceNode):
            self.problem(node, f'{what}: "{name}" must be a list, one item per line starting "- ".')
            return ()
        items = []
        for item in node.value:
            if not isinstance(item, ScalarNode) or item.tag != STRING_TAG or not item.value.strip():
                self.problem(item, f'{what}: every item in "{name}" must be text (not empty).')
            else:
                items.append(" ".join(item.value.split()))
        return tuple(items)

    def priority(self, number: int, node: Node, seen_slugs: dict, seen_short_names: dict):
        what = f"Priority {number}"
        if not isinstance(node, MappingNode):
            self.problem(
                node, f"{what} must be a set of fields (slug, title ...), not a single value."
            )
            return None
        fields = self.mapping(node, PRIORITY_FIELDS, what)
        slug = self.text(fields, "slug", what, required=True, parent=node)
        if slug:
            what = f'{what} ("{slug}")'
        if slug and not SLUG_PATTERN.match(slug):
            self.problem(
                fields["slug"][1],
                f'{what}: the slug must be lower-case letters and numbers joined by single hyphens, like "bp-1".',
            )
        elif slug in seen_slugs:
            self.problem(
                fields["slug"][1],
                f'{what}: the slug "{slug}" is already used on line {seen_slugs[slug]}.',
            )
        elif slug:
            seen_slugs[slug] = _line(fields["slug"][1])
        title = self.text(fields, "title", what, required=True, parent=node)
        short_name = self.text(fields, "short_name", what, required=False, parent=node)
        if short_name and short_name.lower() in seen_short_names:
            self.problem(
                fields["short_name"][1],
                f'{what}: the short name "{short_name}" is already used on line {seen_short_names[short_name.lower()]}.',
            )
        elif short_name:
            seen_short_names[short_name.lower()] = _line(fields["short_name"][1])
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
        if "priorities" not in fields:
            self.problem(root, 'The file has no "priorities".')
        elif (
            not isinstance(fields["priorities"][1], SequenceNode)
            or not fields["priorities"][1].value
        ):
            self.problem(
                fields["priorities"][1], '"priorities" must be a list with at least one priority.'
            )
        else:
            seen_slugs: dict[str, int] = {}
            seen_short_names: dict[str, int] = {}
            for number, node in enumerate(fields["priorities"][1].value, start=1):
                priorities.append(self.priority(number, node, seen_slugs, seen_short_names))
        if self.problems:
            return None
        return FrameworkData(area=area, title=title, priorities=tuple(priorities), source=source)


def parse_framework_yaml(text: str | bytes) -> FrameworkData:
    """Check a whole framework file; raise FrameworkYamlError listing every problem."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise FrameworkYamlError([YamlProblem(None, "The file must be UTF-8 text.")]) from error
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise FrameworkYamlError([YamlProblem(None, "The file is empty.")])
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        reason = error.problem or error.context or "it could not be read"
        raise FrameworkYamlError(
            [YamlProblem(mark.line + 1 if mark else None, f"The file is not valid YAML: {reason}.")]
        ) from error
    except yaml.YAMLError as error:
        raise FrameworkYamlError(
            [YamlProblem(None, f"The file is not valid YAML: {error}.")]
        ) from error
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
        for name in ("short_name", "description"):
            if getattr(priority, name):
                item[name] = getattr(priority, name)
        for name in ("keywords", "examples"):
            if getattr(priority, name):
                item[name] = list(getattr(priority, name))
        document["priorities"].append(item)
    return yaml.dump(
        document, Dumper=_ReadableDumper, sort_keys=False, allow_unicode=True, width=100
    )


def load_framework_file(path: str | Path) -> FrameworkData:
    return parse_framework_yaml(Path(path).read_bytes())
