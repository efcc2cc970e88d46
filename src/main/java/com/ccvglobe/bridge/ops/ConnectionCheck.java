package com.ccvglobe.bridge.ops;

import java.math.BigDecimal;
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

    /**
     * One check: its name, whether it passed, what was found, and what to fix when it failed; a check of mapped codes
     * adds the {@link Codes} table (null otherwise).
     */
    record Result(String name, boolean ok, String detail, String fix, Codes codes) {

        public Result(String name, boolean ok, String detail, String fix) {
            this(name, ok, detail, fix, null);
        }
    }

    /**
     * A Globe table next to what the mapping asks of it: each code the mapping sends ({@code asked}, with the mapping
     * row and whether Globe has it, and for a missing one the Globe code proposed instead), what Globe has
     * ({@code globe}; empty for tables too large to list, such as items), and the proposed rows as YAML for the user's
     * mapping file ({@code proposal}; null when nothing is missing or nothing fits).
     */
    record Codes(String entity, List<Asked> asked, List<Code> globe, String proposal) {
    }

    /** A code the mapping sends: where (the mapping key, e.g. {@code cost-units.rules[0]}), found or not, proposed code. */
    record Asked(String code, String mappedBy, boolean found, Code proposed) {
    }

    /** A code as Globe has it, with its description; VAT codes also with Globe's country and percentage. */
    record Code(String code, String description, String country, BigDecimal percentage) {
    }
}
