package com.ccvglobe.bridge.articles;

import java.util.List;

import com.ccvglobe.bridge.mapping.BodyPreview;

/**
 * The answer of the articles dry run ({@link ArticleDryRun}): what the articles flow would send to CCV for one product.
 *
 * @param sku               the product number (a variant's item code answers for its family)
 * @param action            {@code create}, {@code update}, {@code deactivate}, {@code none} or {@code would park}
 * @param message           how the flow decided, or why it would park
 * @param productId         the CCV product an update would go to
 * @param body              the POST body (create) or the PATCH body with only the changed fields (update)
 * @param createOnlyFields  the mapping's create-only fields ({@code articles.create-only}): sent on create only
 * @param createOnlyLeftOut the create-only fields this update leaves alone
 */
public record ArticlePreview(String sku, String action, String message, Long productId, BodyPreview body,
        List<String> createOnlyFields, List<String> createOnlyLeftOut) {
}
