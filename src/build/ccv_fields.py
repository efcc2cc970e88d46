#!/usr/bin/env python3
"""Generates src/main/resources/mapping/ccv-fields.json: the CCV Shop field names of products (the fields
POST/PATCH accept, section 3.7.2), orders, order rows and users, taken from ccvshop-api.md (sections 3.2.1,
3.3.1, 3.6). Run from the repository root:

    python3 src/build/ccv_fields.py /work/shared/reference
"""
import json
import re
import sys


def section(text, start, end):
    return text.split(start, 1)[1].split(end, 1)[0]


def table_fields(block):
    names = []
    for line in block.splitlines():
        if line.startswith("| `") or line.startswith("| **`"):
            first = line.split("|")[1]
            names += re.findall(r"`([a-z_0-9*]+)`", first)
    return names


def main(reference):
    with open(f"{reference}/ccvshop-api.md", encoding="utf-8") as f:
        text = f.read()
    orders = table_fields(section(text, "#### 3.2.1 Order object", "#### 3.2.2"))
    orders += ["customer", "note", "mail", "takeoutslot"]
    orderrows = table_fields(section(text, "#### 3.3.1 Order row object", "#### 3.3.2"))
    # Products are a mapping target: only the fields POST / PATCH /products accept (3.7.2).
    writable = section(text, "* Writable fields:", "\n")
    products = re.findall(r"\b([a-z_]+)\b(?! \()", writable.replace("marktplaats_*", ""))
    products = [p for p in products if p != "deprecated"]
    products += ["brand", "condition", "vatrate", "brand_id", "condition_id", "color_id", "package_id", "supplier_id"]
    user_line = section(text, "* User: `", "\n")
    users = re.findall(r"([a-z_]+)(?=[ ,({]|$)", user_line.split("`")[0])
    out = {
        "products": sorted({p for p in products if "*" not in p}),
        "orders": sorted(set(orders)),
        "orderrows": sorted(set(orderrows)),
        "users": sorted(set(users) | {"password", "encryption"}),
    }
    with open("src/main/resources/mapping/ccv-fields.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/reference")
