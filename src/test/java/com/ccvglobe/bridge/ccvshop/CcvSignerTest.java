package com.ccvglobe.bridge.ccvshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/** The signer against vectors computed here, from CCV's recipe, with javax.crypto. */
class CcvSignerTest {

    private static String hmac(String text, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void getIsSignedOverPublicMethodUriEmptyBodyAndDate() throws Exception {
        String expected = hmac("pubKEY123|GET|/api/rest/v1/orders?is_paid=true&status=1||2024-05-01T10:15:30Z", "s3cr3t");
        assertThat(CcvSigner.sign("pubKEY123", "GET", "/api/rest/v1/orders?is_paid=true&status=1", null,
                "2024-05-01T10:15:30Z", "s3cr3t")).isEqualTo(expected).hasSize(128).isLowerCase();
        assertThat(CcvSigner.sign("pubKEY123", "GET", "/api/rest/v1/orders?is_paid=true&status=1", new byte[0],
                "2024-05-01T10:15:30Z", "s3cr3t")).isEqualTo(expected);
    }

    @Test
    void patchIsSignedOverTheExactBodyBytesIncludingUnicode() throws Exception {
        String body = "{\"status\":5,\"mail\":true,\"note\":\"Verzonden – groeten uit Köln\",\"track_and_trace_code\":\"3SABC123\"}";
        String expected = hmac("pubKEY123|PATCH|/api/rest/v1/orders/340377945|" + body + "|2024-05-01T10:15:30Z", "s3cr3t");
        assertThat(CcvSigner.sign("pubKEY123", "PATCH", "/api/rest/v1/orders/340377945", body.getBytes(StandardCharsets.UTF_8),
                "2024-05-01T10:15:30Z", "s3cr3t")).isEqualTo(expected);
    }

    @Test
    void webhookRecipeIsAddressPipeBody() throws Exception {
        String body = "{\"id\":339493812,\"status\":5}";
        String address = "https://bridge.example.com/webhooks/ccv/orders.updated.status";
        assertThat(CcvSigner.signParts("hookkey", address.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(hmac(address + "|" + body, "hookkey"));
        assertThat(CcvSigner.signParts("hookkey", body.getBytes(StandardCharsets.UTF_8))).isEqualTo(hmac(body, "hookkey"));
    }
}
