package com.ccvglobe.bridge.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

import com.ccvglobe.bridge.ccvshop.CcvProductPhoto;
import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.ccvglobe.bridge.config.Connections;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.support.TransientException;

/**
 * The product's one picture (CCV keeps one main photo): read from the configured source by item code, uploaded as
 * plain base64 (PUT, which replaces the product's photos and is safe to repeat) only when its content hash differs
 * from what was last uploaded. An item without a picture keeps whatever the shop has.
 */
@ApplicationScoped
public class ArticleImages {

    static final String IMAGE = "image";
    private static final String SANDBOX_PATH = "/sandbox-admin/items/{item-code}/image";

    /** A picture: its bytes and CCV's {@code file_type}. */
    record Picture(byte[] bytes, String fileType) {
    }

    private final ArticlesConfig.Image config;
    private final CcvProducts products;
    private final LastSentValues lastSent;
    private final String source;
    private final String urlPattern;
    private final CloseableHttpClient http = HttpClients.custom()
            .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(30))
                    .setConnectionRequestTimeout(Timeout.ofSeconds(10)).build())
            .disableCookieManagement().build();

    public ArticleImages(ArticlesConfig articles, CcvProducts products, LastSentValues lastSent, Connections connections,
            GlobeConnection globe) {
        this.config = articles.image();
        this.products = products;
        this.lastSent = lastSent;
        String configured = config.source().trim().toLowerCase(Locale.ROOT);
        if ("auto".equals(configured)) {
            configured = connections.sandboxEnabled() ? "url" : "none";
        }
        this.source = configured;
        this.urlPattern = config.urlPattern().orElseGet(() -> connections.sandboxEnabled()
                ? root(globe.baseUrl()) + SANDBOX_PATH : null);
        if ("url".equals(source) && urlPattern == null) {
            throw new IllegalArgumentException("bridge.articles.image.url-pattern is required when image.source is url");
        }
        if ("folder".equals(source) && config.folder().isEmpty()) {
            throw new IllegalArgumentException("bridge.articles.image.folder is required when image.source is folder");
        }
    }

    /** Uploads the item's picture when it changed; returns true when it did. */
    public boolean sync(long productId, String sku, String itemCode, String altText) {
        Optional<Picture> picture = picture(itemCode);
        if (picture.isEmpty()) {
            return false;
        }
        String hash = FieldHashes.hash(picture.get().bytes());
        String key = IMAGE + ":" + sku;
        if ((productId + ":" + hash).equals(lastSent.get(ProductWriter.FLOW, key).orElse(null))) {
            return false;
        }
        products.replacePhoto(productId, new CcvProductPhoto.Input(Base64.getEncoder().encodeToString(picture.get().bytes()),
                picture.get().fileType(), altText, true));
        lastSent.recordSent(ProductWriter.FLOW, key, productId + ":" + hash);
        return true;
    }

    Optional<Picture> picture(String itemCode) {
        return switch (source) {
            case "url" -> fromUrl(urlPattern.replace("{item-code}", URLEncoder.encode(itemCode, StandardCharsets.UTF_8)
                    .replace("+", "%20")));
            case "folder" -> fromFolder(itemCode);
            default -> Optional.empty();
        };
    }

    private Optional<Picture> fromUrl(String url) {
        try {
            return http.execute(new HttpGet(URI.create(url)), response -> {
                if (response.getCode() == 404) {
                    return Optional.empty();
                }
                if (response.getCode() >= 300) {
                    throw new TransientException("The picture source answered " + response.getCode() + " for " + url);
                }
                String type = response.getEntity().getContentType();
                return Optional.of(new Picture(EntityUtils.toByteArray(response.getEntity()), fileType(type, url)));
            });
        } catch (IOException e) {
            throw new TransientException("The picture source could not be read: " + e.getClass().getSimpleName(), e);
        }
    }

    private Optional<Picture> fromFolder(String itemCode) {
        Path folder = Path.of(config.folder().orElseThrow());
        for (String extension : config.extensions()) {
            Path file = folder.resolve(itemCode + "." + extension);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(new Picture(Files.readAllBytes(file), fileType(null, file.toString())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }

    static String fileType(String contentType, String name) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("png")) {
            return "png";
        }
        if (type.contains("jpeg") || type.contains("jpg")) {
            return "jpg";
        }
        if (type.contains("gif")) {
            return "gif";
        }
        if (type.contains("webp")) {
            return "webp";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return "jpeg".equals(extension) ? "jpg" : extension.isEmpty() ? "png" : extension;
    }

    private static String root(String baseUrl) {
        URI uri = URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    @PreDestroy
    void close() throws IOException {
        http.close();
    }
}
