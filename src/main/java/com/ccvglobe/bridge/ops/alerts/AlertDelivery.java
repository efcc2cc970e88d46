package com.ccvglobe.bridge.ops.alerts;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Sends one notification to the configured webhook (Slack/Teams-compatible {@code {"text": ...}}) and/or the
 * e-mail recipients. A failed delivery is logged (without the webhook address, which holds a token) and dropped.
 */
@ApplicationScoped
public class AlertDelivery {

    private static final Logger LOG = Logger.getLogger(AlertDelivery.class);
    private static final Timeout TIMEOUT = Timeout.ofSeconds(10);

    private final AlertsConfig config;
    private final Mailer mailer;
    private final ObjectMapper json;

    public AlertDelivery(AlertsConfig config, Mailer mailer, ObjectMapper json) {
        this.config = config;
        this.mailer = mailer;
        this.json = json;
    }

    public void deliver(String text) {
        config.webhookUrl().filter(url -> !url.isBlank()).ifPresent(url -> webhook(url, text));
        List<String> to = config.mailTo().orElse(List.of());
        if (!to.isEmpty()) {
            mail(to, text);
        }
    }

    private void webhook(String url, String text) {
        RequestConfig timeouts = RequestConfig.custom().setConnectionRequestTimeout(TIMEOUT).setResponseTimeout(TIMEOUT).build();
        try (CloseableHttpClient client = HttpClients.custom().setDefaultRequestConfig(timeouts).build()) {
            HttpPost post = new HttpPost(url);
            post.setEntity(new StringEntity(json.writeValueAsString(Map.of("text", text)), ContentType.APPLICATION_JSON));
            int status = client.execute(post, response -> response.getCode());
            if (status >= 300) {
                LOG.warnf("Alert webhook answered HTTP %d; the alert was not delivered there", status);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Alert not delivered to the webhook: %s", e.getClass().getSimpleName());
        }
    }

    private void mail(List<String> to, String text) {
        try {
            String subject = text.length() > 120 ? text.substring(0, 119) + "…" : text;
            mailer.send(Mail.withText(to.get(0), subject, text).setTo(to));
        } catch (RuntimeException e) {
            LOG.warnf("Alert not delivered by e-mail: %s", e.getClass().getSimpleName());
        }
    }
}
