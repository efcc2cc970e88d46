package com.ccvglobe.bridge.mapping;

/** Where a mapping value was written: the file (the shipped default or the user's file) and the 1-based line. */
public record Origin(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
