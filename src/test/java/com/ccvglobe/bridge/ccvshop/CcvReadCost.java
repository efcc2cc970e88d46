package com.ccvglobe.bridge.ccvshop;

import java.util.List;

import com.ccvglobe.bridge.config.CcvConnection;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;

/**
 * Reads orders with their rows the way the orders flow will (one list, then the rows of each order) and reports
 * what it cost at the simulator. Used by {@link CcvReadCostTest} (call counts) and as a main for the rate
 * measurement with the real limits: {@code java ... CcvReadCost <orders> [<max calls>]}.
 */
public final class CcvReadCost {

    private CcvReadCost() {
    }

    /** Reads every completed order and its rows; stops after {@code maxCalls} calls (0 = no limit). Returns rows read. */
    static int readOrdersWithRows(CcvApi api, int maxCalls) {
        CcvOrders orders = new CcvOrders(api);
        int rows = 0;
        List<CcvOrder> all = orders.list(CcvOrderFilter.all());
        for (CcvOrder order : all) {
            if (maxCalls > 0 && api.http().callsSent() >= maxCalls) {
                break;
            }
            rows += orders.rows(order.id()).size();
        }
        return rows;
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int maxCalls = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        CcvShopSimulator sim = new CcvShopSimulator("measure-public", "measure-secret");
        sim.start(0);
        try {
            sim.seedOrders(count, 1, false);
            sim.calls().clear();
            sim.limits().set(150, 100, 30, 300).reset();
            CcvApi api = new CcvApi(new CcvHttp(new CcvConnection(sim.baseUrl(), "measure-public", "measure-secret"),
                    CcvClientSettings.defaults()));
            long started = System.nanoTime();
            int rows = readOrdersWithRows(api, maxCalls);
            double minutes = (System.nanoTime() - started) / 60e9;
            long calls = api.http().callsSent();
            System.out.printf("orders seeded: %d, rows read: %d%n", count, rows);
            System.out.printf("calls sent by the client: %d; simulator saw %s%n", calls, sim.calls().countsPerResourceMethod());
            System.out.printf("statuses at the simulator: %s (429s: %d)%n", sim.calls().countsPerStatus(), sim.calls().count(429));
            System.out.printf("simulator limits: %s per resource-method GET, total 300/min%n", 150);
            System.out.printf("most calls in any 60 s window: GET orderrows %d, GET orders %d, all %d%n",
                    sim.calls().maxInAnyMinute("GET orderrows"), sim.calls().maxInAnyMinute("GET orders"),
                    sim.calls().maxInAnyMinute(null));
            System.out.printf("elapsed: %.2f min, mean rate: %.1f calls/min%n", minutes, calls / minutes);
        } finally {
            sim.stop();
        }
    }
}
