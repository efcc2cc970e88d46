#!/usr/bin/env python3
"""Generates src/main/resources/mapping/globe-fields.json: the Exact Globe entities the bridge writes, with
every REST property name, its type, maximum length, mandatory flag and storage flags (RA, UC, ...).

Names and types come from Exact's PU415 entity reference (exact-globe-entities-pu415.json); lengths and flags
from Appendix A of exact-globe-api.md (numbered repeats such as FreeField2..5 take the length of their first
member). Run from the repository root:

    python3 src/build/globe_fields.py /work/shared/reference
"""
import json
import re
import sys

ENTITIES = ["Account", "ContactPerson", "Address", "Item", "SalesOrderHeader", "SalesOrderLine",
            "InvoiceHeader", "InvoiceLine", "FinancialHeader", "FinancialLine",
            # read, not written: the fields the order status sync may take the track & trace code from
            "OrderHistoryHeader", "InvoiceHistoryHeader"]


def appendix_rows(markdown):
    """entity -> {rest name -> (length, flags)} from the Appendix A tables."""
    rows, entity = {}, None
    appendix = markdown.split("## Appendix A", 1)[1].split("## Appendix B", 1)[0]
    for line in appendix.splitlines():
        header = re.match(r"^#### (\S+) \(key: ", line)
        if header:
            entity = header.group(1)
            rows[entity] = {}
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if entity and line.startswith("| ") and len(cells) >= 7 and cells[0] not in ("REST name", "…"):
            name = cells[0].split(" (")[0]
            length = int(cells[2]) if cells[2].isdigit() else None
            rows[entity][name] = (length, cells[6].split())
    return rows


def stem(name):
    return re.sub(r"\d+$", "", name.rstrip("_"))


def main(reference):
    with open(f"{reference}/data/exact-globe-entities-pu415.json", encoding="utf-8") as f:
        entities = json.load(f)
    with open(f"{reference}/exact-globe-api.md", encoding="utf-8") as f:
        appendix = appendix_rows(f.read())
    out = {}
    for entity in ENTITIES:
        known = appendix.get(entity, {})
        by_stem = {}
        for name, value in known.items():
            by_stem.setdefault(stem(name), value)
        fields = {}
        for prop in entities[entity]["props"]:
            name = prop["Name (known in REST)"] or prop["Name"]
            length, flags = known.get(name) or by_stem.get(stem(name)) or (None, [])
            field = {"type": prop["Type"], "mandatory": bool(prop["Mandatory"])}
            if length and prop["Type"] == "String":
                field["length"] = length
            if flags:
                field["flags"] = flags
            fields[name] = field
        out[entity] = dict(sorted(fields.items()))
    with open("src/main/resources/mapping/globe-fields.json", "w", encoding="utf-8") as f:
        entities_text = []
        for entity, fields in out.items():
            lines = ",\n".join(f"  {json.dumps(name)}: {json.dumps(field, separators=(',', ':'))}"
                               for name, field in fields.items())
            entities_text.append(f" {json.dumps(entity)}: {{\n{lines}\n }}")
        f.write("{\n" + ",\n".join(entities_text) + "\n}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/reference")
