package com.ccvglobe.bridge.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

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
 * The URL picture source of the running bridge against a real local HTTP server ({@link PictureServer}) and the CCV
 * simulator: a good picture is uploaded; a redirect, an oversized or a non-image answer is skipped with an activity row
 * naming the item and the field, and nothing is uploaded.
 */
@QuarkusTest
@TestProfile(ArticleImagesFromUrlTest.UrlSource.class)
class ArticleImagesFromUrlTest {

    public static class UrlSource implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PictureServerResource.class));
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

    private void assertSkipped(String itemCode, String reasonPart) {
        Instant before = Instant.now().minusSeconds(1);
        String sku = "SKU-" + itemCode;

        assertThat(images.sync(productId, sku, itemCode, "alt")).isFalse();

        assertThat(photoUploads()).as("nothing uploaded for " + itemCode).isZero();
        List<ActivityEntry> rows = activity.find(ProductWriter.FLOW, ActivityStatus.SKIPPED, sku, before, null, 10);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.errorRecord()).isEqualTo(itemCode);
            assertThat(row.errorField()).isEqualTo("image");
            assertThat(row.errorMessage()).contains(reasonPart);
        });
    }

    @Test
    void aRedirectIsNotFollowed() {
        assertSkipped("REDIRECT", "302");
        assertThat(PictureServerResource.server.internalHits).hasValue(0);
    }

    @Test
    void anOversizedPictureIsNotRead() {
        assertSkipped("DECLARED-HUGE", "bridge.articles.image.max-bytes");
        assertSkipped("STREAMED-HUGE", "bridge.articles.image.max-bytes");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilTrue(PictureServerResource.server.hugeDone);
        assertThat(PictureServerResource.server.hugeBytesWritten.get()).isLessThan(PictureServer.HUGE);
    }

    @Test
    void aPageThatIsNoImageIsRefused() {
        assertSkipped("HTML", "text/html");
    }

    @Test
    void aGoodPictureIsUploaded() {
        assertThat(images.sync(productId, "SKU-GOOD", "GOOD", "alt")).isTrue();

        assertThat(photoUploads()).isEqualTo(1);
        assertThat(ccv().data().where("productphotos", p -> p.path("product_id").asLong() == productId)).hasSize(1);
    }
}
