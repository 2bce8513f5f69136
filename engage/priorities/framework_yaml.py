"""Provisional framework YAML parser (to be replaced by the full validator)."""

from dataclasses import dataclass
from pathlib import Path

import yaml


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
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"Line {self.line}: {self.message}" if self.line else self.message


class FrameworkYamlError(ValueError):
    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def parse_framework_yaml(text):
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig")
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        raise FrameworkYamlError(
            [YamlProblem(error.problem_mark.line + 1, str(error.problem))]
        ) from error
    priorities = tuple(
        PriorityData(
            slug=p["slug"],
            title=p["title"],
            short_name=p.get("short_name"),
            description=p.get("description"),
            keywords=tuple(p.get("keywords") or ()),
            examples=tuple(p.get("examples") or ()),
        )
        for p in data["priorities"]
    )
    return FrameworkData(
        area=data["area"], title=data["title"], priorities=priorities, source=data.get("source")
    )


def dump_framework_yaml(framework):
    out = {"area": framework.area, "title": framework.title}
    if framework.source:
        out["source"] = framework.source
    out["priorities"] = []
    for p in framework.priorities:
        item = {"slug": p.slug, "title": p.title}
        for key in ("short_name", "description"):
            if getattr(p, key):
                item[key] = getattr(p, key)
        for key in ("keywords", "examples"):
            if getattr(p, key):
                item[key] = list(getattr(p, key))
        out["priorities"].append(item)
    return yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=100)


def load_framework_file(path):
    return parse_framework_yaml(Path(path).read_bytes())
