package com.ccvglobe.bridge.sandbox.globesim;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

/**
 * Item pictures as a merchant keeps them next to Globe (a share or web folder keyed by item code). Every item has a
 * small generated PNG (its colour derived from the item code) until one is uploaded or removed through the admin API.
 */
final class ItemImages {

    static final String PREFIX = "/sandbox-admin/items/";

    record Image(byte[] bytes, String contentType) {
    }

    private final Map<String, Image> uploaded = new HashMap<>();
    private final Set<String> removed = new HashSet<>();

    synchronized Image get(String itemCode) {
        if (removed.contains(itemCode)) {
            return null;
        }
        return uploaded.computeIfAbsent(itemCode, code -> new Image(generated(code), "image/png"));
    }

    synchronized void put(String itemCode, byte[] bytes, String contentType) {
        removed.remove(itemCode);
        uploaded.put(itemCode, new Image(bytes, contentType));
    }

    synchronized void remove(String itemCode) {
        uploaded.remove(itemCode);
        removed.add(itemCode);
    }

    synchronized void clear() {
        uploaded.clear();
        removed.clear();
    }

    private static byte[] generated(String itemCode) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Color colour = new Color(itemCode.hashCode() & 0xffffff);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
