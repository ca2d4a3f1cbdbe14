"""The search plan: the queries a stranger would type about the person, in priority order."""

from __future__ import annotations

from footprint.datafiles import query_templates
from footprint.model import PlannedQuery, QueryType, Subject
from footprint.names import name_variants
from footprint.text import fold

DEFAULT_MAX_QUERIES = 40


def name_sets(subject: Subject) -> dict[str, list[str]]:
    """The names each template is filled with, already quoted where a search needs them exact."""
    full = " ".join(subject.full_name.split())
    variants = [f'"{v}"' for v in name_variants(full, short_names=subject.short_names)]
    variants.append(full)  # unquoted: finds "Jane Example" written as "Example Jane" or split by a middle name
    others = []
    for other in subject.other_names:
        other = " ".join(other.split())
        if other and f'"{other}"' not in others and fold(other) != fold(full):
            others.append(f'"{other}"')
    return {"primary": [f'"{full}"'], "variants": variants, "others": others}


def plan_queries(subject: Subject, *, max_queries: int = DEFAULT_MAX_QUERIES) -> list[PlannedQuery]:
    """The plan in priority order (data/queries.json), cut at max_queries."""
    fields: dict[str, list[str]] = {
        "town": list(subject.towns),
        "employer": [subject.employer] if subject.employer else [],
        "role": [subject.role] if subject.role else [],
    }
    names = name_sets(subject)
    plan: list[PlannedQuery] = []
    for entry in query_templates():
        template = entry["template"]
        needed = [key for key in fields if "{" + key + "}" in template]
        for name in names[entry["names"]]:
            fillings: list[dict[str, str]] = [{}]
            for key in needed:
                fillings = [{**f, key: value} for f in fillings for value in fields[key]]
            for filling in fillings:
                query = PlannedQuery(" ".join(template.format(name=name, **filling).split()), QueryType(entry["type"]))
                if query not in plan:
                    plan.append(query)
    return interleave(plan[: max(max_queries, 0)])


def interleave(plan: list[PlannedQuery]) -> list[PlannedQuery]:
    """The same queries, with site: searches spread between the others, each group in its own order.

    Engines notice a run of site: searches (and answer them more often with a block); spreading
    them also means a plan cut short by a block has covered both kinds."""
    sites = [q for q in plan if "site:" in q.text]
    others = [q for q in plan if "site:" not in q.text]
    mixed: list[PlannedQuery] = []
    while sites or others:
        if others:
            mixed.append(others.pop(0))
        if sites:
            mixed.append(sites.pop(0))
    return mixed


