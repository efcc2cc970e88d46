package com.ccvglobe.bridge.ops.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts, for the whole test run, a webhook receiver (WireMock) and an SMTP receiver on random loopback ports and
 * points the bridge's alerts at them. The webhook path holds a token, as Slack's and Teams' do: the privacy test
 * checks it never shows in the log.
 */
public class AlertReceivers implements QuarkusTestResourceLifecycleManager {

    public static final String WEBHOOK_TOKEN = "T0KEN-hook-5ecr3t-9f8e7d";
    /** Vendor secrets set for the test run (the sandbox ignores them): the privacy test looks for them in the log. */
    public static final String CCV_SECRET = "ccv-5ecr3t-a1b2c3d4e5";
    public static final String GLOBE_PASSWORD = "globe-pa55-f6e5d4c3";
    public static WireMockServer webhook;
    public static SmtpReceiver smtp;

    @Override
    public Map<String, String> start() {
        webhook = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        webhook.start();
        webhook.stubFor(post(urlPathMatching("/hooks/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
        try {
            smtp = new SmtpReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "bridge.alerts.webhook-url", "http://127.0.0.1:" + webhook.port() + "/hooks/" + WEBHOOK_TOKEN,
                "bridge.alerts.mail-to", "ops@bridge.test",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp.port()),
                "ccv.secret-key", CCV_SECRET,
                "globe.password", GLOBE_PASSWORD);
    }

    @Override
    public void stop() {
        if (webhook != null) {
            webhook.stop();
        }
        if (smtp != null) {
            try {
                smtp.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
