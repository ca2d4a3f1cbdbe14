"""Writes footprint/data/first_names.txt: given names a page detector can recognise.

    python -m venv /tmp/faker && /tmp/faker/bin/pip install faker && /tmp/faker/bin/python tools/make_first_names.py

Faker is needed only here, not by footprint: its person providers (MIT licence) carry first-name
lists for en, en_US (from US Census Bureau data, public domain), en_GB, en_IE and ga_IE, and for the
languages of the largest groups born abroad who live in Wales and the UK (pl_PL, ro_RO; en_IN and en_PK
write South Asian names in Latin letters). Welsh
given names are added from tools/welsh_given_names.txt, and given names common in the UK that Faker's
lists miss from tools/uk_given_names.txt, both written from common usage. Words in
tools/not_given_names.txt (common words and titles far more often than names on UK pages) are left out.
"""

from __future__ import annotations

import importlib
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "footprint" / "data" / "first_names.txt"
LOCALES = ("en", "en_US", "en_GB", "en_IE", "ga_IE", "pl_PL", "ro_RO", "en_IN", "en_PK")
WELSH_LIST = Path(__file__).resolve().parent / "welsh_given_names.txt"
UK_LIST = Path(__file__).resolve().parent / "uk_given_names.txt"
LATIN_END = 0x250  # Latin letters with their accents: a page writes "Agnieszka", not another script's form
NOT_NAMES = Path(__file__).resolve().parent / "not_given_names.txt"
HEADER = """# Given names, one per line, for footprint's page detectors: a capitalised word in one of these
# can be a person's first name. Sources and licences:
# - Faker (https://github.com/joke2k/faker), person providers en, en_US, en_GB, en_IE, ga_IE, pl_PL,
#   ro_RO, en_IN and en_PK (names in Latin letters only);
#   the en and en_US lists derive from US Census Bureau name data (public domain). Faker's licence:
#   Copyright (c) 2012 Daniele Faraglia. Permission is hereby granted, free of charge, to any person
#   obtaining a copy of this software and associated documentation files, to deal in the Software
#   without restriction, subject to this notice being included (the MIT licence, in full at
#   https://opensource.org/license/mit).
# - Welsh given names, and given names common in the UK that Faker's lists miss, listed by footprint's
#   developers from common usage (no copyrighted list used); words that are far more often common
#   words or titles than names on UK pages (tools/not_given_names.txt) left out.
# Written by tools/make_first_names.py.
"""


def main() -> None:
    names = {line.strip() for path in (WELSH_LIST, UK_LIST)
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names_male", "first_names_female", "first_names", "first_names_nonbinary"):
            values = getattr(provider, attribute, ())
            names |= {n.strip() for n in (values.keys() if isinstance(values, dict) else values)
                      if n.strip()[:1].isalpha() and " " not in n.strip() and all(ord(c) < LATIN_END for c in n)}
    names -= {line.strip() for line in NOT_NAMES.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}
    ordered = sorted(names, key=lambda n: (unicodedata.normalize("NFKD", n).lower(), n))
    OUT.write_text(HEADER + "\n".join(ordered) + "\n", encoding="utf-8")
    print(f"{len(ordered)} names written to {OUT}")


if __name__ == "__main__":
    main()
