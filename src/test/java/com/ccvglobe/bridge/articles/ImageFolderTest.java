package com.ccvglobe.bridge.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder picture source on a real file system: item codes stay inside the folder, links included. */
class ImageFolderTest {

    @TempDir
    Path temp;
    private Path pictures;
    private ImageFolder folder;

    @BeforeEach
    void files() throws Exception {
        pictures = Files.createDirectories(temp.resolve("pictures"));
        Files.createDirectories(temp.resolve("OUTSIDE"));
        Files.write(temp.resolve("OUTSIDE/SECRET.png"), "secret".getBytes());
        Files.write(pictures.resolve("ART-0001.png"), PictureServer.PNG);
        folder = new ImageFolder(pictures.toString(), List.of("png", "jpg"), 1024);
    }

    @Test
    void aNormalFileIsRead() {
        ArticleImages.Picture picture = folder.read("ART-0001").orElseThrow();
        assertThat(picture.bytes()).isEqualTo(PictureServer.PNG);
        assertThat(picture.fileType()).isEqualTo("png");
        assertThat(folder.read("ART-0002")).as("no file: no picture").isEmpty();
    }

    @Test
    void anItemCodeLeadingOutsideIsRefused() {
        assertThatThrownBy(() -> folder.read("../OUTSIDE/SECRET")).isInstanceOf(ImageRefused.class)
                .hasMessageContaining("item ../OUTSIDE/SECRET, field image").hasMessageContaining("outside the picture folder");
        assertThatThrownBy(() -> folder.read(temp.resolve("OUTSIDE/SECRET").toString())).as("an absolute item code")
                .isInstanceOf(ImageRefused.class);
        assertThatThrownBy(() -> folder.read("sub/../../OUTSIDE/SECRET")).isInstanceOf(ImageRefused.class);
    }

    @Test
    void aLinkToAFileOutsideIsRefused() throws Exception {
        Files.createSymbolicLink(pictures.resolve("ART-0003.png"), temp.resolve("OUTSIDE/SECRET.png"));
        Files.createSymbolicLink(pictures.resolve("elsewhere"), temp.resolve("OUTSIDE"));
        assertThatThrownBy(() -> folder.read("ART-0003")).isInstanceOf(ImageRefused.class)
                .hasMessageContaining("item ART-0003, field image").hasMessageContaining("link to a file outside");
        assertThatThrownBy(() -> folder.read("elsewhere/SECRET")).as("through a linked folder")
                .isInstanceOf(ImageRefused.class);
    }

    @Test
    void aLinkInsideTheFolderIsFollowed() throws Exception {
        Files.createSymbolicLink(pictures.resolve("ART-0004.png"), pictures.resolve("ART-0001.png"));
        assertThat(folder.read("ART-0004")).isPresent();
    }

    @Test
    void aFileOverTheCapIsRefused() throws Exception {
        Files.write(pictures.resolve("ART-0005.jpg"), new byte[2048]);
        assertThatThrownBy(() -> folder.read("ART-0005")).isInstanceOf(ImageRefused.class)
                .hasMessageContaining("bridge.articles.image.max-bytes");
    }
}
