package com.ccvglobe.bridge.ops;

import java.util.List;

/**
 * One system's "test the connection" (the set-up wizard): a CDI bean per system (CCV Shop, Exact Globe) that runs
 * its checks and says, for each failed one, what to fix. {@code /api/connection-check} runs every bean found.
 */
public interface ConnectionCheck {

    /** The system checked, as operators name it, e.g. {@code CCV Shop}. */
    String system();

    /** Runs the checks now; never throws: a failure is a result that is not {@code ok}. */
    List<Result> run();

    /** One check: its name, whether it passed, what was found, and what to fix when it failed. */
    record Result(String name, boolean ok, String detail, String fix) {
    }
}
