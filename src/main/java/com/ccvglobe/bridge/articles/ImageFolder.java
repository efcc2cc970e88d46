package com.ccvglobe.bridge.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Pictures from a folder of {@code <item code>.<extension>} files ({@code bridge.articles.image.folder}). The item
 * code is Globe data, not a path: the file it names must stay inside the folder once normalised ({@code ../} and
 * absolute codes are refused) and once its links are resolved (a link to a file elsewhere is refused); a file
 * larger than {@code bridge.articles.image.max-bytes} is refused before it is read.
 */
final class ImageFolder {

    private final Path folder;
    private final List<String> extensions;
    private final long maxBytes;

    ImageFolder(String folder, List<String> extensions, long maxBytes) {
        this.folder = Path.of(folder).toAbsolutePath().normalize();
        this.extensions = extensions;
        this.maxBytes = maxBytes;
    }

    Optional<ArticleImages.Picture> read(String itemCode) {
        Path root = realFolder();
        for (String extension : extensions) {
            Path file = inside(root, itemCode, itemCode + "." + extension);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Path real = file.toRealPath();
                if (!real.startsWith(root)) {
                    throw new ImageRefused(itemCode, "the picture file " + root.relativize(file)
                            + " is a link to a file outside the picture folder (bridge.articles.image.folder); not read");
                }
                if (!Files.isRegularFile(real)) {
                    continue;
                }
                long size = Files.size(real);
                if (size > maxBytes) {
                    throw new ImageRefused(itemCode, "the picture file " + root.relativize(file) + " has " + size
                            + " bytes, more than bridge.articles.image.max-bytes (" + maxBytes + ")");
                }
                return Optional.of(new ArticleImages.Picture(Files.readAllBytes(real), ArticleImages.fileType(null, real.toString())));
            } catch (IOException e) {
                throw new UncheckedIOException("item " + itemCode + ", field image: the picture file could not be read", e);
            }
        }
        return Optional.empty();
    }

    /** The folder's real path (links resolved), so that a file's real path can be compared with it. */
    private Path realFolder() {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("the picture folder " + folder + " (bridge.articles.image.folder) cannot be read", e);
        }
    }

    private static Path inside(Path root, String itemCode, String name) {
        Path file;
        try {
            file = root.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new ImageRefused(itemCode, "the item code is not a valid file name for the picture folder");
        }
        if (!file.startsWith(root) || file.equals(root)) {
            throw new ImageRefused(itemCode, "the item code leads outside the picture folder (bridge.articles.image.folder); not read");
        }
        return file;
    }
}
