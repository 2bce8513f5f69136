"""URLs are kebab-case and record ids are typed, so links stay predictable."""

import re

STATIC_PART = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z]+)?$")


def test_paths_are_kebab_case_with_typed_ids(app):
    problems = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        for part in filter(None, rule.rule.split("/")):
            if part.startswith("<"):
                name = part.strip("<>").split(":")[-1]
                if name.endswith("_id") and not part.startswith("<int:"):
                    problems.append(f"{rule.rule}: {name} should be <int:{name}>")
            elif not STATIC_PART.match(part):
                problems.append(f"{rule.rule}: {part!r} is not kebab-case")
    assert problems == []
