package com.ccvglobe.bridge.articles;

/**
 * An item's picture that the bridge will not upload: a folder path leading outside the picture folder, a redirect not
 * followed, too many bytes, not an image. The product is written without it; the reason names the item code.
 */
final class ImageRefused extends RuntimeException {

    private final String itemCode;

    ImageRefused(String itemCode, String reason) {
        super("item " + itemCode + ", field image: " + reason);
        this.itemCode = itemCode;
    }

    String itemCode() {
        return itemCode;
    }
}
