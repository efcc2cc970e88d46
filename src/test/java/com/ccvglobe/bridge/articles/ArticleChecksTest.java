package com.ccvglobe.bridge.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.support.BusinessException;

/** What CCV cannot take is refused before any call, with the SKU and the field named. */
class ArticleChecksTest {

    @Test
    void aNameOverCcvs200CharactersIsABusinessErrorNamingSkuAndField() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("productnumber", "ART-1");
        fields.put("name", "x".repeat(201));
        assertThatThrownBy(() -> ArticleChecks.check("ART-1", fields)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.record()).isEqualTo("SKU ART-1");
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.getMessage()).contains("at most 200 characters").contains("ART-1 has 201");
        });
        fields.put("name", "x".repeat(200));
        assertThatCode(() -> ArticleChecks.check("ART-1", fields)).doesNotThrowAnyException();
    }

    @Test
    void eanCheckDigitsFollowGs1() {
        assertThat(ArticleChecks.validCheckDigit("8712345678906")).isTrue();
        assertThat(ArticleChecks.validCheckDigit("4006381333931")).isTrue();
        assertThat(ArticleChecks.validCheckDigit("96385074")).isTrue();
        assertThat(ArticleChecks.validCheckDigit("036000291452")).isTrue();
        assertThat(ArticleChecks.validCheckDigit("8712345678900")).isFalse();
        assertThatThrownBy(() -> ArticleChecks.check("ART-2", Map.of("eannumber", "8712345678900")))
                .hasMessage("EAN '8712345678900' of SKU ART-2 has a wrong check digit")
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> ArticleChecks.check("ART-3", Map.of("eannumber", "87-12")))
                .hasMessageContaining("is not a GTIN");
    }

    @Test
    void normalisedValuesMakeTheSameHash() {
        assertThat(FieldHashes.hash(new java.math.BigDecimal("10.50"))).isEqualTo(FieldHashes.hash(new java.math.BigDecimal("10.5")));
        assertThat(FieldHashes.hash(0)).isEqualTo(FieldHashes.hash(java.math.BigDecimal.ZERO));
        assertThat(FieldHashes.hash("a")).isNotEqualTo(FieldHashes.hash("b"));
        assertThat(FieldHashes.read(FieldHashes.write(Map.of("price", "abc")))).containsEntry("price", "abc");
    }
}
