package com.ccvglobe.bridge.articles;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import com.ccvglobe.bridge.support.TransientException;

/**
 * Pictures from a URL ({@code bridge.articles.image.url-pattern}), bounded: a redirect is refused unless
 * {@code bridge.articles.image.follow-redirects} is on (then at most 5 are followed); a declared
 * {@code Content-Length} above {@code bridge.articles.image.max-bytes} is refused before the body is read, and a body
 * that goes on past the cap is cut off there (the connection is dropped, not drained); the content type must be
 * {@code image/jpeg}, {@code image/png}, {@code image/gif} or {@code image/webp}. A 404 means the item has no picture.
 */
final class ImageDownload implements Closeable {

    /** Accepted content types and CCV's {@code file_type} for each. */
    static final Map<String, String> TYPES = Map.of("image/jpeg", "jpg", "image/png", "png", "image/gif", "gif",
            "image/webp", "webp");
    private static final int MAX_REDIRECTS = 5;

    private final CloseableHttpClient http;
    private final long maxBytes;

    ImageDownload(boolean followRedirects, long maxBytes) {
        this.maxBytes = maxBytes;
        HttpClientBuilder builder = HttpClients.custom()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(30))
                        .setConnectionRequestTimeout(Timeout.ofSeconds(10)).setRedirectsEnabled(followRedirects)
                        .setMaxRedirects(MAX_REDIRECTS).build())
                .disableCookieManagement();
        this.http = followRedirects ? builder.build() : builder.disableRedirectHandling().build();
    }

    Optional<ArticleImages.Picture> fetch(String itemCode, String url) {
        HttpGet get = new HttpGet(URI.create(url));
        ClassicHttpResponse response = null;
        boolean drained = false;
        try {
            response = http.executeOpen(null, get, null);
            int status = response.getCode();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 300 && status < 400) {
                Header location = response.getFirstHeader("Location");
                throw new ImageRefused(itemCode, "the picture source " + shown(url) + " answered " + status + " (a redirect"
                        + (location == null ? "" : " to " + shown(location.getValue())) + "), not followed"
                        + " (bridge.articles.image.follow-redirects is false)");
            }
            if (status >= 400) {
                throw new TransientException("item " + itemCode + ", field image: the picture source " + shown(url)
                        + " answered " + status);
            }
            HttpEntity entity = response.getEntity();
            String type = mediaType(entity == null ? null : entity.getContentType());
            if (!TYPES.containsKey(type)) {
                throw new ImageRefused(itemCode, "the picture source " + shown(url) + " sent content type "
                        + (type.isEmpty() ? "(none)" : type) + ", not an image (image/jpeg, image/png, image/gif, image/webp)");
            }
            if (entity.getContentLength() > maxBytes) {
                throw new ImageRefused(itemCode, "the picture at " + shown(url) + " has " + entity.getContentLength()
                        + " bytes, more than bridge.articles.image.max-bytes (" + maxBytes + "); not read");
            }
            byte[] bytes = readAtMost(itemCode, url, entity);
            drained = true;
            return Optional.of(new ArticleImages.Picture(bytes, TYPES.get(type)));
        } catch (IOException e) {
            throw new TransientException("item " + itemCode + ", field image: the picture source " + shown(url)
                    + " could not be read: " + e.getClass().getSimpleName(), e);
        } finally {
            if (!drained) {
                get.cancel(); // drops the connection: closing would read the rest of the body
            }
            closeQuietly(response);
        }
    }

    private byte[] readAtMost(String itemCode, String url, HttpEntity entity) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        // Not closed on the way out of a refusal: closing the stream would read the rest; the caller drops the connection.
        InputStream in = entity.getContent();
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + (long) n > maxBytes) {
                throw new ImageRefused(itemCode, "the picture at " + shown(url) + " goes on past "
                        + "bridge.articles.image.max-bytes (" + maxBytes + " bytes); cut off there");
            }
            out.write(buffer, 0, n);
        }
        in.close();
        return out.toByteArray();
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** An address as it may be shown: scheme, host, port and path (no user info, no query). */
    static String shown(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                return String.valueOf(uri.getRawPath());
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (IllegalArgumentException e) {
            return "(an invalid address)";
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response == null) {
            return;
        }
        try {
            response.close();
        } catch (IOException ignored) {
            // the connection was dropped on purpose
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
