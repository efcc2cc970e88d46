package com.ccvglobe.bridge.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** E-mail masking by code point, for addresses in any script and with or without a dot in the domain. */
class MaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jan.jansen@example.nl            | j***@e***.nl",
            "zoë.o'brien@exämple.de           | z***@e***.de",
            "Zoë.O'Brien@Exämple.DE           | Z***@E***.DE",
            "jan@localhost                    | j***@l***",
            "élodie@société.fr                | é***@s***.fr",
            "𝒳avier@𝒳ample.com                | 𝒳***@𝒳***.com",
            "用户@例子.广告                       | 用***@例***.广告",
            "j@x.de                           | ***@***.de",
            "ab@[192.168.0.1]                 | a***@***",
            "'quoted'@example.com             | ***@e***.com",
            "first.last+tag@mail.example.co.uk | f***@m***.uk",
            "no-at-sign                       | ***",
            "@example.com                     | ***",
            "jan@                             | ***" })
    void masksEachShapeKeepingOnlyTheFirstCodePointOfEachPart(String email, String masked) {
        assertThat(Mask.email(email)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zoë.o'brien@exämple.de | zoë.o'brien, exämple",
            "jan@localhost          | jan, localhost",
            "𝒳avier@𝒳ample.com      | avier, ample" })
    void neverLeaksTheLocalPartOrTheDomainOrAHalfCharacter(String email, String parts) {
        String masked = Mask.email(email);
        for (String part : parts.split(", ")) {
            assertThat(masked).doesNotContain(part);
        }
        assertThat(masked.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)).as("no lone surrogate").isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "customer zoë.o'brien@exämple.de not found.   | customer z***@e***.de not found.",
            "Globe: jan@localhost already exists          | Globe: j***@l*** already exists",
            "mail 用户@例子.广告 and jan.jansen@example.nl | mail 用***@例***.广告 and j***@e***.nl" })
    void masksAddressesInFreeText(String text, String masked) {
        assertThat(Mask.text(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Zoë Ørsted | Z*** Ø***", "𝒳avier Ünal | 𝒳*** Ü***" })
    void namesKeepTheirFirstCodePoint(String name, String masked) {
        assertThat(Mask.name(name)).isEqualTo(masked);
    }
}
