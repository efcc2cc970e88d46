package com.ccvglobe.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.ccvglobe.bridge.support.BusinessException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every transform function: what it does, and the load-time error for bad arguments (with file, line, key). */
class TransformsTest {

    private static final Map<String, LookupTable> LOOKUPS = Map.of(
            "countries", LookupTable.of("countries", Map.of("Nederland", "NL", "België", "BE")),
            "with-default", LookupTable.of("with-default", Map.of("a", "A", "*", "OTHER")));

    private static final JsonNode SOURCE = json("""
            {"id": 42, "street": "Kerkstraat", "number": 3, "first": "Jan", "last": "Jansen", "empty": "",
             "rate": 21, "country": "NL"}""");

    private static final MappingContext CONTEXT = MappingContext.of("order 42").withCountry("BE")
            .withCustomerType("b2c").withVariable("vat-divisor", new BigDecimal("1.21"));

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Builds one transform written as it would be in a mapping file (line 2 of "transforms.yaml"). */
    private static Transform transform(String written) {
        YamlDocument doc = LocatedYamlReader.read("transforms.yaml", "# a chain\nt: " + written + "\n");
        return new TransformParser(LOOKUPS).one(Section.root(doc).child("t")).transform();
    }

    private static Object run(String written, Object value) {
        return run(written, value, CONTEXT);
    }

    private static Object run(String written, Object value, MappingContext context) {
        return transform(written).apply(value, new TransformInput(SOURCE, context, "Field"));
    }

    private static void rejects(String written, String message) {
        assertThatThrownBy(() -> transform(written))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith("transforms.yaml:2: key 't")
                .hasMessageContaining(message);
    }

    @Test
    void trimUpperLower() {
        assertThat(run("trim", "  Jan  ")).isEqualTo("Jan");
        assertThat(run("upper", "1017ab")).isEqualTo("1017AB");
        assertThat(run("lower", "Jan@Example.COM")).isEqualTo("jan@example.com");
        assertThat(run("trim", null)).isNull();
        assertThat(run("trim", new BigDecimal("42"))).isEqualTo("42");
        rejects("trim:3", "trim takes 0 argument(s), got 1");
        rejects("{upper: [a]}", "upper takes 0 argument(s)");
    }

    @Test
    void truncate() {
        assertThat(run("truncate:5", "Kerkstraat")).isEqualTo("Kerks");
        assertThat(run("truncate:50", "Kerkstraat")).isEqualTo("Kerkstraat");
        rejects("truncate", "truncate takes 1 argument(s), got 0");
        rejects("truncate:abc", "truncate: the argument must be a whole number, got 'abc'");
        rejects("truncate:0", "must be a whole number from 1");
    }

    @Test
    void padLeft() {
        assertThat(run("pad-left:6", "123")).isEqualTo("000123");
        assertThat(run("{pad-left: [8, ' ']}", "123")).isEqualTo("     123");
        assertThat(run("pad-left:2", "123")).isEqualTo("123");
        rejects("pad-left:x", "pad-left: the argument must be a whole number");
        rejects("{pad-left: [6, '00']}", "the pad character must be one character");
    }

    @Test
    void defaultValue() {
        assertThat(run("default:unknown", "")).isEqualTo("unknown");
        assertThat(run("default:unknown", null)).isEqualTo("unknown");
        assertThat(run("default:unknown", "given")).isEqualTo("given");
        assertThat(run("{default: $.last}", " ")).isEqualTo("Jansen");
        assertThat(run("{default: '@vat-divisor'}", null)).isEqualTo(new BigDecimal("1.21"));
        rejects("{default: [a, b]}", "default takes 1 argument(s), got 2");
        rejects("{default: '$..[?(@.x'}", "invalid JSONPath");
    }

    @Test
    void replaceAndRegexReplace() {
        assertThat(run("{replace: [' ', '']}", "NL 8012 34 567 B01")).isEqualTo("NL801234567B01");
        assertThat(run("{regex-replace: ['[^0-9+]', '']}", "+31 (0)6-1234")).isEqualTo("+31061234");
        assertThat(run("{regex-replace: ['(\\d{4})\\s*([A-Z]{2})', '$1 $2']}", "1017AB")).isEqualTo("1017 AB");
        rejects("{replace: [a]}", "replace takes 2 argument(s), got 1");
        rejects("{replace: ['', b]}", "the text to replace must not be empty");
        rejects("{regex-replace: ['([a-z', '']}", "regex-replace: invalid regular expression");
        rejects("{regex-replace: ['(a)', '$2']}", "regex-replace: invalid replacement '$2'");
    }

    @Test
    void concat() {
        assertThat(run("{concat: [' ', $.number]}", "Kerkstraat")).isEqualTo("Kerkstraat 3");
        assertThat(run("{concat: [$.first, ' ', $.last]}", null)).isEqualTo("Jan Jansen");
        assertThat(run("{concat: [' ', $.missing]}", "x")).isEqualTo("x ");
        rejects("{concat: []}", "concat takes 1 to more argument(s), got 0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kerkstraat 3|Kerkstraat|3|",
        "Kerkstraat 3a|Kerkstraat|3|a",
        "Kerkstraat 3-A|Kerkstraat|3|A",
        "Laan van Meerdervoort 1021 B|Laan van Meerdervoort|1021|B",
        "2e Constantijn Huygensstraat 12 III|2e Constantijn Huygensstraat|12|III",
        "Rue de la Loi 16 bus 2|Rue de la Loi|16|bus 2",
        "Kerkstraat 12/3|Kerkstraat|12|/3",
        "Hauptstraße 5a|Hauptstraße|5|a",
        "Straße des 17. Juni 135|Straße des 17. Juni|135|",
        "16 rue de la Paix|rue de la Paix|16|",
        "Dorpsplein|Dorpsplein||",
    })
    void splitStreet(String line, String street, String number, String suffix) {
        assertThat(run("split-street:street", line)).isEqualTo(street);
        assertThat(run("split-street:number", line)).isEqualTo(number == null ? "" : number);
        assertThat(run("split-street:suffix", line)).isEqualTo(suffix == null ? "" : suffix);
    }

    @Test
    void splitStreetRejectsAnUnknownPart() {
        rejects("split-street:house", "split-street: the part must be one of street, number, suffix, got 'house'");
        rejects("split-street", "split-street takes 1 argument(s), got 0");
    }

    @Test
    void dates() {
        assertThat(run("date:yyyy-MM-dd", "2022-11-07T21:51:00Z")).isEqualTo("2022-11-07");
        assertThat(run("date:yyyy-MM-dd", "2022-11-07T23:30:00Z"))
                .as("23:30 UTC is the next day in Amsterdam").isEqualTo("2022-11-08");
        assertThat(run("date:dd-MM-yyyy", "2022-11-07")).isEqualTo("07-11-2022");
        assertThat(run("date:odata", "2024-06-01")).isEqualTo("/Date(1717192800000)/");
        assertThat(run("date:yyyy-MM-dd", "/Date(1717200000000)/")).isEqualTo("2024-06-01");
        assertThat(run("{date: [dd/MM/yyyy, yyyy-MM-dd]}", "07/11/2022")).isEqualTo("2022-11-07");
        assertThat(run("date:yyyy-MM-dd", "")).isNull();
        assertThatThrownBy(() -> run("date:yyyy-MM-dd", "yesterday"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("cannot read 'yesterday' as a date");
        rejects("date:yyyy-MM-ddQQQQQQ", "date: invalid date pattern");
        rejects("date", "date takes 1 to 2 argument(s), got 0");
    }

    @Test
    void round() {
        assertThat(run("round:2", new BigDecimal("4.125"))).isEqualTo(new BigDecimal("4.13"));
        assertThat(run("round:0", "7.5")).isEqualTo(new BigDecimal("8"));
        assertThatThrownBy(() -> run("round:2", "abc"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("round needs a number, got 'abc'");
        rejects("round:-1", "round: the argument must be a whole number from 0");
        rejects("round", "round takes 1 argument(s)");
    }

    @Test
    void multiplyAndDivide() {
        assertThat(run("multiply:1.21", new BigDecimal("100"))).isEqualTo(new BigDecimal("121.00"));
        assertThat((BigDecimal) run("{divide: '@vat-divisor'}", new BigDecimal("121")))
                .isEqualByComparingTo(new BigDecimal("100"));
        assertThat(run("{multiply: $.rate}", "2")).isEqualTo(new BigDecimal("42"));
        rejects("multiply:abc", "multiply: the argument must be a number, a $.path or an @variable, got 'abc'");
        rejects("divide:0", "divide: cannot divide by zero");
        assertThatThrownBy(() -> run("{divide: '@vat-divisor'}", "10", MappingContext.of("order 7")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("refers to variable @vat-divisor, which this flow does not supply");
    }

    @Test
    void lookup() {
        assertThat(run("lookup:countries", "nederland")).isEqualTo("NL");
        assertThat(run("lookup:with-default", "zzz")).isEqualTo("OTHER");
        rejects("lookup:country", "lookup table 'country' does not exist under lookups: (did you mean 'countries'?)");
        rejects("lookup", "lookup takes 1 argument(s), got 0");
    }

    @Test
    void lookupMissIsABusinessErrorNamingTableAndValue() {
        assertThatThrownBy(() -> run("lookup:countries", "Frankrijk"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("lookup table 'countries' has no row for value 'Frankrijk'");
                    assertThat(e.record()).isEqualTo("order 42");
                    assertThat(e.field()).isEqualTo("Field");
                });
    }

    @Test
    void whenOtherwiseByCountryOrCustomerType() {
        assertThat(run("{when: {country: [BE, DE], then: EU, otherwise: HOME}}", "x")).isEqualTo("EU");
        assertThat(run("{when: {country: NL, then: HOME}}", "kept")).isEqualTo("kept");
        assertThat(run("{when: {customer-type: b2b, then: ZAK, otherwise: PAR}}", null)).isEqualTo("PAR");
        assertThat(run("{when: {customer-type: B2C, then: $.first}}", null)).isEqualTo("Jan");
        rejects("{when: {then: x}}", "when: give exactly one condition, country or customer-type");
        rejects("{when: {country: NL}}", "when: 'then' is required");
        rejects("{when: {country: NL, then: x, otherwize: y}}", "unknown key (did you mean 'otherwise'?)");
    }

    @Test
    void unknownTransformIsALoadTimeError() {
        rejects("trimm", "unknown transform 'trimm' (did you mean 'trim'?)");
        rejects("{uppercase: []}", "unknown transform 'uppercase'");
    }

    @Test
    void chainsRunInOrder() {
        YamlDocument doc = LocatedYamlReader.read("chain.yaml", "t: [trim, upper, truncate:3, pad-left:5]\n");
        Object value = "  abcdef ";
        for (TransformParser.NamedTransform step : new TransformParser(LOOKUPS).chain(Section.root(doc).child("t"))) {
            value = step.transform().apply(value, new TransformInput(SOURCE, CONTEXT, "Field"));
        }
        assertThat(value).isEqualTo("00ABC");
    }
}
