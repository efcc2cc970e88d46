package com.ccvglobe.bridge.articles;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvProductPhoto;
import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.ccvglobe.bridge.config.Connections;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.LastSentValues;

/**
 * The product's one picture (CCV keeps one main photo): read from the configured source by item code, uploaded as
 * plain base64 (PUT, which replaces the product's photos and is safe to repeat) only when its content hash differs
 * from what was last uploaded. An item without a picture keeps whatever the shop has. A picture the sources refuse
 * ({@link ImageFolder}, {@link ImageDownload}: outside the folder, a redirect, too large, not an image) is skipped:
 * the product is written without it, and an activity row (SKIPPED) names the item code and the field {@code image}.
 */
@ApplicationScoped
public class ArticleImages {

    static final String IMAGE = "image";
    private static final String SANDBOX_PATH = "/sandbox-admin/items/{item-code}/image";
    private static final Logger LOG = Logger.getLogger(ArticleImages.class);

    /** A picture: its bytes and CCV's {@code file_type}. */
    record Picture(byte[] bytes, String fileType) {
    }

    private final ArticlesConfig.Image config;
    private final CcvProducts products;
    private final LastSentValues lastSent;
    private final ActivityLog activity;
    private final String source;
    private final String urlPattern;
    private final ImageDownload download;

    public ArticleImages(ArticlesConfig articles, CcvProducts products, LastSentValues lastSent, ActivityLog activity,
            Connections connections, GlobeConnection globe) {
        this.config = articles.image();
        this.products = products;
        this.lastSent = lastSent;
        this.activity = activity;
        this.download = new ImageDownload(config.followRedirects(), config.maxBytes());
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
        Optional<Picture> picture;
        try {
            picture = picture(itemCode);
        } catch (ImageRefused refused) {
            skipped(productId, sku, refused);
            return false;
        }
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
            case "url" -> download.fetch(itemCode, urlPattern.replace("{item-code}",
                    URLEncoder.encode(itemCode, StandardCharsets.UTF_8).replace("+", "%20")));
            case "folder" -> new ImageFolder(config.folder().orElseThrow(), config.extensions(), config.maxBytes()).read(itemCode);
            default -> Optional.empty();
        };
    }

    private void skipped(long productId, String sku, ImageRefused refused) {
        LOG.warnf("SKU %s: picture skipped: %s", sku, refused.getMessage());
        Instant now = Instant.now();
        activity.append(new ActivityEntry(null, ProductWriter.FLOW, sku, ActivityStatus.SKIPPED, 1, now, now,
                "product " + productId, refused.itemCode(), IMAGE, refused.getMessage(), "picture skipped"));
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
        download.close();
    }
}
