package com.ccvglobe.bridge.config;

import java.nio.file.Path;

/**
 * A user route file that cannot be used: which file and what is wrong, with the line where the YAML DSL or the
 * check knows it. The message is the whole story for an operator; the cause is kept for the debug log only.
 */
public class UserRouteProblem extends RuntimeException {

    private final transient Path file;

    public UserRouteProblem(Path file, String problem, Throwable cause) {
        super("User route file " + file + ": " + problem, cause, false, false);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
