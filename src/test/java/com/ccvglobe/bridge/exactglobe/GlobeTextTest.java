package com.ccvglobe.bridge.exactglobe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Control and bidi characters never reach Globe: removed from written values and filter literals alike. */
class GlobeTextTest {

    @Test
    void controlAndBidiCharactersAreRemovedAndLineBreaksKeptOnlyInMultiLineProperties() {
        assertThat(GlobeText.clean("AccountName", "Jan\u0000\u202Eevil")).isEqualTo("Janevil");
        assertThat(GlobeText.clean("AccountName", "\u200Ea\u200Fb\u061Cc\u202Ad\u2066e\u2069f\u007Fg\u0085h\u001Bi"))
                .isEqualTo("abcdefghi");
        assertThat(GlobeText.clean("AddressLine1", "Kerkstraat\t12\r\nbis")).isEqualTo("Kerkstraat 12  bis");
        assertThat(GlobeText.clean("Instruction", "Bel aan\r\nachterdeur\tlinks\u2028boven\u0000"))
                .isEqualTo("Bel aan\r\nachterdeur\tlinks\nboven");
        assertThat(GlobeText.clean("AccountName", "Zoë O'Brien — 東京")).as("other text untouched").isEqualTo("Zoë O'Brien — 東京");
    }

    @Test
    void preparedBodiesAndFilterLiteralsCarryTheCleanText() {
        assertThat(GlobeFields.prepare("Account", Map.of("AccountName", "\u202E Jan\u0000")).body())
                .containsEntry("AccountName", "Jan");
        assertThat(GlobeFilter.eq("EmailAddress", "jan\u200E@example.nl").render("Account"))
                .isEqualTo("EmailAddress eq 'jan@example.nl'");
    }
}
