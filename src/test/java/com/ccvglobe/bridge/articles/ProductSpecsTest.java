package com.ccvglobe.bridge.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The two ways specs are written to CCV's {@code specs} field (bridge.articles.specs.format). */
class ProductSpecsTest {

    private static Map<String, String> specs() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Land van herkomst", "Portugal");
        values.put("Maat <b>", "40 x 60 cm");
        return values;
    }

    @Test
    void aTableEscapesNamesAndValues() {
        assertThat(ProductSpecs.asTable(specs())).isEqualTo("<table class=\"specs\"><tr><th>Land van herkomst</th>"
                + "<td>Portugal</td></tr><tr><th>Maat &lt;b&gt;</th><td>40 x 60 cm</td></tr></table>");
        assertThat(ProductSpecs.asTable(Map.of())).as("no spec has a value: the field is cleared").isEmpty();
    }

    @Test
    void linesAreNameColonValue() {
        assertThat(ProductSpecs.asLines(specs())).isEqualTo("Land van herkomst: Portugal\nMaat <b>: 40 x 60 cm");
    }
}
