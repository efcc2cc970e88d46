"""The order workload both the bridge and the literal baseline process: N orders from M customers over K SKUs.
The first M orders are each customer's first (new customers), the rest come from customers seen before (repeat),
so the calls of the two kinds can be counted apart. Deterministic (fixed seed)."""
import random

from . import net


def demo_skus(k):
    """The sandbox's simple demo articles, present in both simulators (docs/ccvshop.md, docs/exact-globe.md)."""
    return [f"ART-{i:04d}" for i in range(1, k + 1)]


def plan(n, m, k, first_customer=0, seed=11):
    rnd = random.Random(seed)
    skus = demo_skus(k)
    m = min(m, n)
    orders = []
    for i in range(n):
        customer = first_customer + (i if i < m else rnd.randrange(m))
        orders.append({"customer": customer, "skus": rnd.sample(skus, rnd.randint(1, min(3, k)))})
    return orders[:m], orders[m:]


def place(app, orders):
    """Places the orders (unpaid, no webhook) through the CCV simulator's admin API; returns the ids."""
    ids = []
    for start in range(0, len(orders), 500):
        ids += net.call_json("POST", f"{app.ccv_admin}/customer-orders", {"orders": orders[start:start + 500]})["ids"]
    return ids


def mark_paid(app, order_id):
    net.call_json("POST", f"{app.ccv_admin}/orders/{order_id}/paid", expect=(200,))


def globe_count(app, entity):
    return net.call_json("GET", f"{app.globe_admin}/state").get("entities", {}).get(entity, 0)
