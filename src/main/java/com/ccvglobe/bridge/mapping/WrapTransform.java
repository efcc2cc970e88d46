package com.ccvglobe.bridge.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code wrap: [width, NextField, ...]}: a value longer than {@code width} continues on the named fields of the same
 * entity (e.g. {@code DeliveryDebtorAddress2}, {@code DeliveryDebtorAddress3}), broken between words. Only a value
 * that does not fit in all the lines is a business error, naming the rule's field. The last transform of a chain;
 * the fields it fills are checked when the mapping loads ({@link FieldRulesReader}).
 */
final class WrapTransform implements Transform {

    /** What a wrap produces: the lines in order, for the rule's own field and then the {@code next} fields. */
    record Wrapped(List<String> lines) {
    }

    private final int width;
    private final List<String> next;
    private final Section at;

    private WrapTransform(int width, List<String> next, Section at) {
        this.width = width;
        this.next = List.copyOf(next);
        this.at = at;
    }

    static WrapTransform of(List<Section> args, Section at) {
        if (args.size() < 2) {
            throw at.error("wrap takes the line width and the field(s) the rest continues on, e.g."
                    + " wrap: [100, DeliveryDebtorAddress2, DeliveryDebtorAddress3]; got " + args.size() + " argument(s)");
        }
        int width = Transforms.count("wrap", args.get(0), 1);
        List<String> next = new ArrayList<>();
        for (Section arg : args.subList(1, args.size())) {
            String field = arg.present() ? arg.text().trim() : "";
            if (field.isEmpty() || next.contains(field)) {
                throw arg.error("wrap: each continuation line is a distinct field name, got '" + field + "'");
            }
            next.add(field);
        }
        return new WrapTransform(width, next, at);
    }

    int width() {
        return width;
    }

    /** The fields after the rule's own, in order. */
    List<String> next() {
        return next;
    }

    Section at() {
        return at;
    }

    @Override
    public Object apply(Object value, TransformInput in) {
        if (value == null) {
            return null;
        }
        String text = Values.text(value);
        int lines = next.size() + 1;
        return new Wrapped(AddressLines.wrap(text, width, lines).orElseThrow(() -> in.error("the value has "
                + text.trim().length() + " characters and does not fit in " + in.target() + ", " + String.join(", ", next)
                + " (" + lines + " lines of at most " + width + " characters, broken between words)")));
    }
}
