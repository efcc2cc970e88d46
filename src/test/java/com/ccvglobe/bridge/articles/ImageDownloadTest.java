package com.ccvglobe.bridge.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The URL picture source against a real local HTTP server: redirects, size cap, content type. */
class ImageDownloadTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    private PictureServer server;
    private ImageDownload download;

    @BeforeEach
    void start() throws Exception {
        server = new PictureServer();
        download = new ImageDownload(false, TEN_MB);
    }

    @AfterEach
    void stop() throws Exception {
        download.close();
        server.close();
    }

    @Test
    void aGoodImageIsRead() {
        ArticleImages.Picture picture = download.fetch("GOOD", server.url("GOOD")).orElseThrow();
        assertThat(picture.bytes()).isEqualTo(PictureServer.PNG);
        assertThat(picture.fileType()).isEqualTo("png");
        assertThat(download.fetch("NONE", server.url("NONE"))).as("404: no picture").isEmpty();
    }

    @Test
    void aRedirectIsRefusedAndItsTargetNeverAsked() {
        assertThatThrownBy(() -> download.fetch("REDIRECT", server.url("REDIRECT")))
                .isInstanceOf(ImageRefused.class)
                .hasMessageContaining("item REDIRECT, field image")
                .hasMessageContaining("302")
                .hasMessageContaining("bridge.articles.image.follow-redirects");
        assertThat(server.internalHits).hasValue(0);
    }

    @Test
    void aRedirectIsFollowedWhenConfigured() throws Exception {
        try (ImageDownload following = new ImageDownload(true, TEN_MB)) {
            assertThat(following.fetch("REDIRECT", server.url("REDIRECT"))).isPresent();
        }
        assertThat(server.internalHits).hasValue(1);
    }

    @Test
    void aDeclaredOversizedImageIsRefusedWithoutReadingIt() {
        assertThatThrownBy(() -> download.fetch("DECLARED-HUGE", server.url("DECLARED-HUGE")))
                .isInstanceOf(ImageRefused.class)
                .hasMessageContaining("item DECLARED-HUGE, field image")
                .hasMessageContaining("bridge.articles.image.max-bytes");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilTrue(server.hugeDone);
        assertThat(server.hugeBytesWritten.get()).as("the server stopped early").isLessThan(TEN_MB);
    }

    @Test
    void aStreamedImageIsCutOffAtTheCap() {
        assertThatThrownBy(() -> download.fetch("STREAMED-HUGE", server.url("STREAMED-HUGE")))
                .isInstanceOf(ImageRefused.class)
                .hasMessageContaining("item STREAMED-HUGE, field image")
                .hasMessageContaining("cut off");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilTrue(server.hugeDone);
        assertThat(server.hugeBytesWritten.get()).as("the server could not write the 50 MB")
                .isLessThan(2 * TEN_MB);
    }

    @Test
    void aWrongContentTypeIsRefused() {
        assertThatThrownBy(() -> download.fetch("HTML", server.url("HTML")))
                .isInstanceOf(ImageRefused.class)
                .hasMessageContaining("item HTML, field image")
                .hasMessageContaining("text/html");
    }
}
