package com.ccvglobe.bridge.mapping;

/**
 * What is wrong with a mapping, located: the file, the line and the key (a dotted path such as
 * {@code vat.codes[2].rate}). Shown on the dashboard and in alerts; never contains record data.
 */
public record MappingProblem(String file, int line, String key, String message) {

    static MappingProblem at(Origin origin, String key, String message) {
        return origin == null
                ? new MappingProblem("mapping", 0, key, message)
                : new MappingProblem(origin.file(), origin.line(), key, message);
    }

    /** One line: {@code file:line: key 'k': message}. */
    public String describe() {
        return file + ":" + line + ": key '" + key + "': " + message;
    }
}
