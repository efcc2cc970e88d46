package com.ccvglobe.bridge.ops.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.ops.ConnectionCheck;

/** A connection check as the vendor clients will register theirs: one passes, one fails with what to fix. */
@ApplicationScoped
public class TestConnectionCheck implements ConnectionCheck {

    @Override
    public String system() {
        return "Test system";
    }

    @Override
    public List<Result> run() {
        return List.of(new Result("reachable", true, "answered in 3 ms", null),
                new Result("credentials valid", false, "HTTP 401", "set TEST_PASSWORD to the password of the API user"));
    }
}
