package com.ccvglobe.bridge.ccvshop;

/** A shop category; {@code parentcategory} null for a top-level one. */
public record CcvCategory(long id, String name, String description, Integer position, Parent parentcategory) {

    public record Parent(Long id, String href) {
    }

    /** POST body. */
    public record Input(String name, Long parentcategoryId, Integer position) {
    }

    /** A product's place in a category ({@code producttocategories}). */
    public record ProductLink(long id, Long productId, Long categoryId, Integer position) {
    }
}
