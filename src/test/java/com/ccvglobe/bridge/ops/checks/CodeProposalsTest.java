package com.ccvglobe.bridge.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ops.ConnectionCheck.Code;

/** Which Globe code a mapping row most likely means when its own code is not in Globe. */
class CodeProposalsTest {

    private static final List<Code> VAT = List.of(new Code("B06", "BTW Belgie 6 %", "BE", new BigDecimal("6")),
            new Code("B21", "BTW Belgie 21 %", "BE", new BigDecimal("21")), new Code("2", "NL hoog 21%", "NL", new BigDecimal("21")),
            new Code("1", "NL laag 9%", "NL", new BigDecimal("9")));

    @Test
    void theSameCodeWrittenDifferentlyIsProposed() {
        assertThat(CodeProposals.propose("B6", new CodeProposals.Hints("BE", new BigDecimal("6"), false, false), VAT))
                .extracting(Code::code).isEqualTo("B06");
        assertThat(CodeProposals.normal(" b06 ")).isEqualTo(CodeProposals.normal("B6"));
        assertThat(CodeProposals.normal("B60")).isNotEqualTo(CodeProposals.normal("B6"));
    }

    @Test
    void aVatRowIsMatchedOnGlobesCountryAndPercentage() {
        assertThat(CodeProposals.propose("BE6", new CodeProposals.Hints("BE", new BigDecimal("6"), false, false), VAT))
                .extracting(Code::code).isEqualTo("B06");
        assertThat(CodeProposals.propose("V9", new CodeProposals.Hints("NL", new BigDecimal("9"), false, false), VAT))
                .extracting(Code::code).isEqualTo("1");
        assertThat(CodeProposals.propose("FR20", new CodeProposals.Hints("FR", new BigDecimal("20"), false, false), VAT))
                .as("nothing French at 20 %").isNull();
    }

    @Test
    void aCostUnitIsMatchedOnTheCountryNamedInItsDescriptionAndATieProposesNothing() {
        List<Code> units = List.of(new Code("NED", "Afzetgebied Nederland", null, null),
                new Code("BEL", "Afzetgebied België", null, null), new Code("EXP", "Export", null, null));
        assertThat(CodeProposals.propose("NL", new CodeProposals.Hints("NL", null, false, false), units))
                .extracting(Code::code).isEqualTo("NED");
        assertThat(CodeProposals.propose("BE", new CodeProposals.Hints("BE", null, false, false), units))
                .extracting(Code::code).isEqualTo("BEL");
        List<Code> twoDutch = List.of(new Code("NED1", "Nederland noord", null, null), new Code("NED2", "Nederland zuid", null, null));
        assertThat(CodeProposals.propose("NL", new CodeProposals.Hints("NL", null, false, false), twoDutch)).isNull();
    }
}
