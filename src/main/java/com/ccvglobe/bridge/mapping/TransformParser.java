package com.ccvglobe.bridge.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Reads a transform chain: each item is {@code name}, {@code name:argument} (one argument, everything after
 * the first colon) or a one-key map {@code {name: argument}} / {@code {name: [arguments]}}.
 */
final class TransformParser {

    private final Map<String, LookupTable> lookups;

    TransformParser(Map<String, LookupTable> lookups) {
        this.lookups = lookups;
    }

    List<NamedTransform> chain(Section list) {
        List<NamedTransform> chain = new ArrayList<>();
        for (Section item : list.items()) {
            chain.add(one(item));
        }
        return chain;
    }

    NamedTransform one(Section item) {
        String name;
        List<Section> args = new ArrayList<>();
        String written;
        if (item.node().isTextual()) {
            written = item.text();
            int colon = written.indexOf(':');
            name = colon < 0 ? written : written.substring(0, colon);
            if (colon >= 0) {
                args.add(item.withValue(TextNode.valueOf(written.substring(colon + 1))));
            }
        } else if (item.node().isObject() && item.node().size() == 1) {
            name = item.node().fieldNames().next();
            Section arg = item.child(name);
            if (arg.node().isArray()) {
                args.addAll(arg.items());
            } else {
                args.add(arg);
            }
            written = name + ": " + arg.node();
        } else {
            throw item.error("a transform is a name (trim), name:argument (truncate:50) or a one-key map"
                    + " ({replace: [from, to]})");
        }
        return new NamedTransform(written, Transforms.create(name, args, item, lookups));
    }

    /** A transform with the way it was written, for provenance. */
    record NamedTransform(String written, Transform transform) {
    }
}
