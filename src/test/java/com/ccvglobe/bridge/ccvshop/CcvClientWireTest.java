package com.ccvglobe.bridge.ccvshop;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.config.CcvConnection;
import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.TransientException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** Exact wire shapes of the CCV client, seen by WireMock: headers, signed bytes = sent bytes, error mapping. */
class CcvClientWireTest {

    private static final String PUBLIC = "pub-wire";
    private static final String SECRET = "secret-wire-value-9f8e7d";
    private static WireMockServer wire;
    private CcvApi api;

    @BeforeAll
    static void startWireMock() {
        wire = new WireMockServer(wireMockConfig().dynamicPort());
        wire.start();
    }

    @AfterAll
    static void stopWireMock() {
        wire.stop();
    }

    @BeforeEach
    void client() {
        wire.resetAll();
        api = new CcvApi(new CcvHttp(new CcvConnection("http://localhost:" + wire.port() + "/", PUBLIC, SECRET),
                CcvClientSettings.defaults().withVerifyResponses(false).withServerErrorBackoff(Duration.ofMillis(5))
                        .withWaitOn429(Duration.ofMillis(10))));
    }

    private static String hmac(String text, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void patchCarriesTheHeadersAndTheBodyItSigned() throws Exception {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
        new CcvOrders(api).update(340377945L, CcvOrderUpdate.shipped(5, "3SABC123", "PostNL", "Verzonden – Köln", true));

        LoggedRequest request = wire.getAllServeEvents().get(0).getRequest();
        assertThat(request.getMethod().getName()).isEqualTo("PATCH");
        assertThat(request.getUrl()).isEqualTo("/api/rest/v1/orders/340377945");
        assertThat(request.getHeader("x-public")).isEqualTo(PUBLIC);
        String date = request.getHeader("x-date");
        assertThat(date).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(Duration.between(Instant.parse(date), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        String body = new String(request.getBody(), StandardCharsets.UTF_8);
        assertThat(body).isEqualTo("{\"status\":5,\"track_and_trace_code\":\"3SABC123\",\"track_and_trace_carrier\":\"PostNL\","
                + "\"note\":\"Verzonden – Köln\",\"mail\":true}");
        assertThat(request.getHeader("x-hash"))
                .isEqualTo(hmac(PUBLIC + "|PATCH|/api/rest/v1/orders/340377945|" + body + "|" + date, SECRET));
    }

    @Test
    void awkwardQueryIsSentAsSignedAndPercentEncodedOnce() throws Exception {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"items\":[],\"next\":null}")));
        new CcvProducts(api).findByProductnumber("ART 0001,+é/ü&x=1");

        LoggedRequest request = wire.getAllServeEvents().get(0).getRequest();
        String sent = request.getUrl();
        assertThat(sent).isEqualTo("/api/rest/v1/products?productnumber=ART%200001%2C%2B%C3%A9%2F%C3%BC%26x%3D1&size=250");
        assertThat(request.getHeader("x-hash"))
                .isEqualTo(hmac(PUBLIC + "|GET|" + sent + "||" + request.getHeader("x-date"), SECRET));
        assertThat(request.queryParameter("productnumber").firstValue()).isEqualTo("ART 0001,+é/ü&x=1");
    }

    @Test
    void notFoundAnd50024AreNotFoundCarryingTheDeveloperMessage() {
        wire.stubFor(any(urlPathEqualTo("/api/rest/v1/orders/1")).willReturn(aResponse().withStatus(404)
                .withBody("{\"status\":404,\"code\":\"404.10\",\"developermessage\":\"Order not found\"}")));
        wire.stubFor(any(urlPathEqualTo("/api/rest/v1/orders/2")).willReturn(aResponse().withStatus(500)
                .withBody("{\"status\":500,\"code\":\"500.24\",\"developermessage\":\"File not found\"}")));
        assertThatThrownBy(() -> new CcvOrders(api).order(1)).isInstanceOf(CcvNotFoundException.class)
                .hasMessageContaining("Order not found").satisfies(e -> assertThat(((CcvNotFoundException) e).code()).isEqualTo("404.10"));
        assertThatThrownBy(() -> new CcvOrders(api).order(2)).isInstanceOf(CcvNotFoundException.class)
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((CcvNotFoundException) e).developerMessage()).isEqualTo("File not found"));
        assertThat(wire.getAllServeEvents()).hasSize(2);
    }

    @Test
    void credentialsFailureNamesKeysOrClockButNeverTheSecret() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
                .withBody("{\"status\":401,\"code\":\"401.12\",\"developermessage\":\"x-hash does not match\"}")));
        assertThatThrownBy(() -> new CcvOrders(api).order(7)).isInstanceOf(CcvCredentialsException.class)
                .hasMessageContaining("clock").hasMessageContaining("CCV_SECRET_KEY")
                .hasMessageContaining("x-hash does not match").hasMessageNotContaining(SECRET);
    }

    @Test
    void otherClientErrorsAreBusinessErrorsAndPostIsNeverRetriedOn5xx() {
        wire.stubFor(any(urlPathEqualTo("/api/rest/v1/products")).willReturn(aResponse().withStatus(400)
                .withBody("{\"status\":400,\"code\":\"400.10\",\"developermessage\":\"Property 'name' is required\"}")));
        assertThatThrownBy(() -> new CcvProducts(api).create(CcvProductInput.stock(BigDecimal.ONE)))
                .isExactlyInstanceOf(CcvBusinessException.class).hasMessageContaining("Property 'name' is required");

        wire.stubFor(any(urlPathEqualTo("/api/rest/v1/products")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> new CcvProducts(api).create(CcvProductInput.stock(BigDecimal.ONE)))
                .isInstanceOf(CcvUnavailableException.class).isInstanceOf(TransientException.class);
        assertThat(wire.findAll(postRequestedFor(urlPathEqualTo("/api/rest/v1/products")))).hasSize(2);
    }

    @Test
    void aResponseWhoseSignatureDoesNotVerifyIsRefused() throws Exception {
        CcvApi verifying = new CcvApi(new CcvHttp(new CcvConnection("http://localhost:" + wire.port(), PUBLIC, SECRET),
                CcvClientSettings.defaults()));
        String body = "{\"id\":5,\"paid\":true}";
        String date = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        String good = hmac(PUBLIC + "|GET|/api/rest/v1/orders/5|" + body + "|" + date, SECRET);
        wire.stubFor(any(urlPathEqualTo("/api/rest/v1/orders/5")).willReturn(aResponse().withStatus(200).withBody(body)
                .withHeader("x-date", date).withHeader("x-hash", good)));
        assertThat(new CcvOrders(verifying).order(5).paid()).isTrue();

        wire.stubFor(any(urlPathEqualTo("/api/rest/v1/orders/6")).willReturn(aResponse().withStatus(200).withBody(body)
                .withHeader("x-date", date).withHeader("x-hash", good)));
        assertThatThrownBy(() -> new CcvOrders(verifying).order(6)).isInstanceOf(CcvUnavailableException.class)
                .hasMessageContaining("signature");
    }
}
