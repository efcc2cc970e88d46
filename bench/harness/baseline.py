"""Literal baseline: the order workload through a literal reading of the commercial process, as a small
benchmark-only client of the simulators (the bridge itself stays idle): per order read the order and its rows from
CCV, then in Globe an existence check, a customer lookup, a customer create or update, one lookup per article and
the document (lines, then the header, by TransactionKey). CCV calls are signed here (HMAC-SHA512) with a key pair
the harness registers in the simulator; Globe is called over OData with Basic authentication."""
import os
import secrets
import time

from . import net, orderplan
from .app import App


def process(ccv, globe, order_id):
    order = ccv.request("GET", f"/orders/{order_id}")
    rows = ccv.items(f"/orders/{order_id}/orderrows")
    reference = str(order["ordernumber_full"])
    if globe.find("SalesOrderHeader", "YourReference eq " + net.quote_odata(reference), top=1):   # existence check
        return
    customer = order["customer"]
    email = customer["email"]
    billing = customer["billingaddress"]
    account = {"AccountName": billing["full_name"][:50], "EmailAddress": email}
    found = globe.find("Account", "EmailAddress eq " + net.quote_odata(email), top=1)           # customer lookup
    if found:                                                                                     # customer update
        globe.request("MERGE", f"Account(guid'{found[0]['ID']}')", account)
        debtor = found[0]["DebtorNumber"].strip()
    else:                                                                                         # customer create
        debtor = globe.request("POST", "Account", account)["d"]["DebtorNumber"].strip()
    for row in rows:                                                                              # one lookup per article
        globe.find("Item", "ItemCode eq " + net.quote_odata(row["product_number"]), top=1)
    key = None
    for row in rows:                                                                              # the document
        line = {"Itemcode": row["product_number"], "Quantity": row["count"]}
        if key:
            line["TransactionKey"] = key
        key = globe.request("POST", "SalesOrderLine", line)["d"]["TransactionKey"]
    header = {"TransactionKey": key, "OrderDebtor": debtor, "YourReference": reference}
    for attempt in range(3):  # a 5xx is retried, as any client would (the staged lines stay under the key)
        status, _ = globe.post_status("SalesOrderHeader", header)
        if status in (200, 201):
            return
        if status < 500:
            break
        globe.retries += 1
    raise net.HarnessError(f"baseline: Globe refused the header of CCV order {order_id} (HTTP {status})")


def measure(app, orders, label):
    ids = orderplan.place(app, orders)
    public, secret = "bench-" + secrets.token_hex(4), secrets.token_hex(24)
    net.call_json("POST", f"{app.ccv_admin}/api-keys", {"publicKey": public, "secretKey": secret})
    ccv, globe = net.CcvClient(app.ccv_port, public, secret), net.GlobeClient(app.globe_port)
    before = orderplan.globe_count(app, "SalesOrderHeader")
    app.clear_calls()
    t0 = time.monotonic()
    for order_id in ids:
        process(ccv, globe, order_id)
    wall = time.monotonic() - t0
    created = orderplan.globe_count(app, "SalesOrderHeader") - before
    if created < len(ids):
        raise net.HarnessError(f"baseline {label}: {created} Globe orders for {len(ids)} CCV orders")
    ccv_log, globe_log = app.ccv_calls(), app.globe_calls()
    n = max(1, len(ids))
    return {"orders": len(ids), "globe_documents_created": created, "wall_seconds_unpaced": round(wall, 2),
            "ccv_calls": ccv_log["total"], "ccv_calls_per_order": round(ccv_log["total"] / n, 2),
            "ccv_per_resource_method": ccv_log["perResourceMethod"],
            "globe_calls": sum(globe_log["counts"].values()),
            "globe_calls_per_order": round(sum(globe_log["counts"].values()) / n, 2),
            "globe_per_entity": globe_log["counts"], "globe_5xx_retried": globe.retries,
            "calls_per_order": round((ccv_log["total"] + sum(globe_log["counts"].values())) / n, 2)}


def run(cfg, jar, workdir, log):
    app = App(jar, workdir, "baseline", {}, cfg.java_opts).start()
    try:
        net.call_json("PUT", f"{app.ccv_admin}/limits", {"enabled": False})  # only calls are counted here
        new, repeat = orderplan.plan(cfg.orders, cfg.customers, cfg.skus, first_customer=100_000)
        log(f"baseline: {len(new)} orders of new customers, {len(repeat)} of repeat customers")
        result = {"start": app.started, "what": "literal process per order: CCV GET order + GET orderrows; Globe: "
                  "SalesOrderHeader by YourReference, Account by e-mail, POST or MERGE Account, GET Item per row, "
                  "POST SalesOrderLine per row + POST SalesOrderHeader; simulator limits off (calls counted, "
                  "not timed against the limits)",
                  "new_customers": measure(app, new, "new")}
        if repeat:
            result["repeat_customers"] = measure(app, repeat, "repeat")
        total = len(new) + len(repeat)
        result["all"] = {"orders": total, "calls_per_order": round(sum(
            result[k]["calls_per_order"] * result[k]["orders"] for k in ("new_customers", "repeat_customers")
            if k in result) / max(1, total), 2)}
        return result
    finally:
        app.stop()
