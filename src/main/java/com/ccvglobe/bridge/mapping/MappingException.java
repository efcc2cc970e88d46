package com.ccvglobe.bridge.mapping;

/**
 * The mapping is invalid: raised while loading or validating it (start-up or hot reload), never for a single
 * record. The message names the file, the line and the key.
 */
public class MappingException extends RuntimeException {

    private final MappingProblem problem;

    public MappingException(MappingProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public MappingException(Origin origin, String key, String message) {
        this(MappingProblem.at(origin, key, message));
    }

    public MappingProblem problem() {
        return problem;
    }
}
