package com.ccvglobe.bridge.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The folder picture source of the running bridge against the CCV simulator: an item code that leads outside the
 * folder uploads nothing and leaves an activity row naming the item and the field; a normal file is uploaded.
 */
@QuarkusTest
@TestProfile(ArticleImagesFromFolderTest.FolderSource.class)
class ArticleImagesFromFolderTest {

    static final Path ROOT = Path.of("target/image-folder-test");
    static final Path PICTURES = ROOT.resolve("pictures");

    public static class FolderSource implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.createDirectories(PICTURES);
                Files.createDirectories(ROOT.resolve("OUTSIDE"));
                Files.write(ROOT.resolve("OUTSIDE/SECRET.png"), "not for the shop".getBytes());
                Files.write(PICTURES.resolve("ART-0001.png"), PictureServer.PNG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("bridge.articles.image.source", "folder", "bridge.articles.image.folder", PICTURES.toString());
        }
    }

    @Inject
    ArticleImages images;
    @Inject
    EmbeddedCcvShop shop;
    @Inject
    ActivityLog activity;

    private long productId;

    @BeforeEach
    void aProduct() {
        productId = ccv().data().where("products", p -> true).get(0).path("id").asLong();
        ccv().calls().clear();
    }

    private CcvShopSimulator ccv() {
        return shop.simulator();
    }

    private long photoUploads() {
        return ccv().calls().calls().stream().filter(c -> c.method().equals("PUT") && c.uri().contains("/productphotos")).count();
    }

    @Test
    void anItemCodeLeadingOutsideTheFolderUploadsNothing() {
        Instant before = Instant.now().minusSeconds(1);

        assertThat(images.sync(productId, "SKU-TRAVERSAL", "../OUTSIDE/SECRET", "alt")).isFalse();

        assertThat(photoUploads()).isZero();
        List<ActivityEntry> rows = activity.find(ProductWriter.FLOW, ActivityStatus.SKIPPED, "SKU-TRAVERSAL", before, null, 10);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.errorRecord()).isEqualTo("../OUTSIDE/SECRET");
            assertThat(row.errorField()).isEqualTo("image");
            assertThat(row.errorMessage()).contains("outside the picture folder");
        });
    }

    @Test
    void aFileInTheFolderIsUploaded() {
        assertThat(images.sync(productId, "SKU-FOLDER", "ART-0001", "alt")).isTrue();

        assertThat(photoUploads()).isEqualTo(1);
        assertThat(ccv().data().where("productphotos", p -> p.path("product_id").asLong() == productId)).hasSize(1);
    }
}
