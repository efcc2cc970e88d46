package com.ccvglobe.bridge.articles;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.mapping.BodyPreview;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * The articles flow's dry run ({@code POST /api/preview/articles/{itemCode}}): the CCV product payload the flow would
 * send for one Globe item, built by the flow's own {@link ProductFields} and {@link ProductWriter#plan}. Reads Globe
 * and CCV; writes nothing (no product, link or last-sent value). Categories, variants and the picture are not
 * previewed.
 */
@ApplicationScoped
public class ArticleDryRun {

    private final MappingRegistry mappings;
    private final ArticleItems items;
    private final ProductFields fields;
    private final ProductWriter writer;

    public ArticleDryRun(MappingRegistry mappings, ArticleItems items, ProductFields fields, ProductWriter writer) {
        this.mappings = mappings;
        this.items = items;
        this.fields = fields;
        this.writer = writer;
    }

    public ArticlePreview preview(String itemCode) {
        String sku = itemCode.trim();
        Mapping mapping = mappings.current();
        List<String> createOnly = mapping.createOnlyArticleFields();
        Optional<ArticleUnit> unit = items.unit(sku, mapping);
        if (unit.isEmpty()) {
            Optional<Long> linked = writer.toDeactivate(sku);
            if (linked.isPresent()) {
                DocumentBody inactive = new DocumentBody().byFlow("active", false, "the item left the published selection");
                return new ArticlePreview(sku, "deactivate", "not in the published selection any more: the linked CCV product"
                        + " would be deactivated (never deleted)", linked.get(), BodyPreview.of(inactive), createOnly, List.of());
            }
            return new ArticlePreview(sku, "none", "not a published Globe item: the flow would skip it", null, null,
                    createOnly, List.of());
        }
        DocumentBody desired;
        try {
            desired = fields.body(unit.get(), mapping);
        } catch (BusinessException e) {
            return new ArticlePreview(unit.get().sku(), "would park", e.getMessage(), null, null, createOnly, List.of());
        }
        ProductWriter.Plan plan = writer.plan(unit.get().sku(), desired, createOnly);
        return new ArticlePreview(unit.get().sku(), plan.action(), plan.how(), plan.productId(), BodyPreview.of(plan.body()),
                createOnly, plan.createOnlyLeftOut());
    }
}
