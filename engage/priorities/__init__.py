"""Strategy frameworks: a local area's priorities, imported from YAML, edited by officers.

The same YAML form (framework_yaml.py) feeds the text-analysis engine, which needs no Flask.
"""
