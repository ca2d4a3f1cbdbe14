"""Writes footprint/data/first_names.txt: given names a page detector can recognise.

    python -m venv /tmp/faker && /tmp/faker/bin/pip install faker && /tmp/faker/bin/python tools/make_first_names.py

Faker is needed only here, not by footprint: its person providers (MIT licence) carry first-name
lists for en, en_US (from US Census Bureau data, public domain), en_GB, en_IE and ga_IE. Welsh
given names are added from the list below, written from common usage.
"""

from __future__ import annotations

import importlib
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "footprint" / "data" / "first_names.txt"
LOCALES = ("en", "en_US", "en_GB", "en_IE", "ga_IE")
WELSH = """Aaron Adda Aelwen Aeron Afan Alaw Aled Alis Alun Alwen Alwyn Amlyn Aneira Aneirin Angharad Anwen Arianwen
Arthur Arwel Arwyn Awen Beca Bedwyr Berian Bethan Betsan Beti Bleddyn Branwen Brengain Brenig Briallen Bronwen Bryn
Brynmor Buddug Cadell Cadfael Cadi Cadoc Cadog Cadwaladr Cai Caio Caradog Carwen Caryl Caron Carys Catrin Cefin Ceinwen
Celyn Ceri Ceridwen Cerys Ceredig Cian Cledwyn Crwys Cynan Cynog Cynwal Dafydd Dai Daniel Deian Deiniol Deio Delyth
Delwyn Derfel Dewi Dilwyn Dilys Dwynwen Dyfan Dyfed Dyfrig Dylan Ednyfed Efa Efan Efrog Eifion Eilir Eilonwy Einion Eira
Eirian Eirlys Eirwen Elan Eldrid Eleri Elfed Elfyn Elgan Elin Elis Eliseg Elliw Elwyn Emlyn Emrys Emyr Enfys Erin Esyllt
Eurig Euros Ffion Fflur Gaenor Gareth Garmon Gerallt Geraint Gethin Gladys Glain Glenys Glesni Glyn Glynis Goronwy Greta
Griff Gruff Gruffudd Gruffydd Guto Gwawr Gwen Gwenan Gwenda Gwendolen Gwenllian Gwenllïan Gweno Gwenno Gwerful Gwilym
Gwion Gwladys Gwydion Gwyn Gwyneth Gwynfor Harri Heddwyn Heilyn Heledd Heulwen Hywel Iago Idris Idwal Iestyn Ieuan Ifan
Ifor Ilar Iolo Iorwerth Ioan Iola Islwyn Ithel Iwan Leusa Lewys Llew Llewelyn Llinos Llio Lliwen Lleucu Llŷr Llyr
Llywelyn Lowri Luned Mabli Mabon Macsen Madog Mair Mairwen Mali Manon Marged Mared Math Medi Medwyn Megan Meilyr Meinir
Meirion Meleri Menna Mererid Meredydd Meredith Mirain Morfudd Morgan Morwenna Myfanwy Myrddin Nanw Nerys Nest Nia Nye
Olwen Osian Owain Owen Padrig Peredur Prys Pryderi Rheinallt Rhian Rhiannon Rhidian Rhiain Rhodri Rhun Rhydian Rhys
Rhoswen Seren Sian Siân Sioned Siôn Sion Steffan Sulien Taliesin Tanwen Tegan Tegid Tegwen Teleri Tesni Tirion Tomos
Trefor Tudur Twm Tudor Urien Wil Wyn Wynford Ynyr Ywain Ela Elsi Gwil Nel Lili Tomi Jac Bobi Bet Magi Mari Ned Huw""".split()
HEADER = """# Given names, one per line, for footprint's page detectors: a capitalised word in one of these
# can be a person's first name. Sources and licences:
# - Faker (https://github.com/joke2k/faker), person providers en, en_US, en_GB, en_IE and ga_IE;
#   the en and en_US lists derive from US Census Bureau name data (public domain). Faker's licence:
#   Copyright (c) 2012 Daniele Faraglia. Permission is hereby granted, free of charge, to any person
#   obtaining a copy of this software and associated documentation files, to deal in the Software
#   without restriction, subject to this notice being included (the MIT licence, in full at
#   https://opensource.org/license/mit).
# - Welsh given names listed by footprint's developers from common usage (no copyrighted list used).
# Written by tools/make_first_names.py.
"""


def main() -> None:
    names: set[str] = set(WELSH)
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names_male", "first_names_female", "first_names", "first_names_nonbinary"):
            values = getattr(provider, attribute, ())
            names |= {n.strip() for n in (values.keys() if isinstance(values, dict) else values) if n.strip()[:1].isalpha()}
    ordered = sorted(names, key=lambda n: (unicodedata.normalize("NFKD", n).lower(), n))
    OUT.write_text(HEADER + "\n".join(ordered) + "\n", encoding="utf-8")
    print(f"{len(ordered)} names written to {OUT}")


if __name__ == "__main__":
    main()
