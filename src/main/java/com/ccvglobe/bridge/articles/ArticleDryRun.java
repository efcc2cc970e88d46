package com.ccvglobe.bridge.articles;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.mapping.BodyPreview;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.state.RecordLinks;
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
    private final ShopCatalogue catalogue;
    private final CombinationWriter combinations;
    private final RecordLinks links;

    public ArticleDryRun(MappingRegistry mappings, ArticleItems items, ProductFields fields, ProductWriter writer,
            ShopCatalogue catalogue, CombinationWriter combinations, RecordLinks links) {
        this.catalogue = catalogue;
        this.combinations = combinations;
        this.links = links;
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
        Optional<ArticlePreview> asCombination = asCombinationOrDuplicate(unit.get(), createOnly);
        if (asCombination.isPresent()) {
            return asCombination.get();
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

    /** What the flow does with a SKU without a product link that the shop has as a combination, or more than once. */
    private Optional<ArticlePreview> asCombinationOrDuplicate(ArticleUnit unit, List<String> createOnly) {
        String sku = unit.sku();
        if (links.byGlobeKey(ProductWriter.PRODUCT, sku).isPresent()) {
            return Optional.empty();
        }
        if (!unit.hasVariants() && combinations.linked(sku).isPresent()) {
            return Optional.of(new ArticlePreview(sku, "update", "linked to CCV attribute combination "
                    + combinations.linked(sku).get() + ": its ean_number and active, when changed since the last write",
                    null, null, createOnly, List.of()));
        }
        List<CatalogueMatch> found = catalogue.find(sku);
        if (found.size() > 1) {
            return Optional.of(new ArticlePreview(sku, "none", "duplicate SKU: in CCV " + found.size() + " times ("
                    + String.join("; ", found.stream().map(CatalogueMatch::describe).toList())
                    + "); the flow reports it and writes nothing", null, null, createOnly, List.of()));
        }
        if (!unit.hasVariants() && found.size() == 1 && found.get(0).isCombination()) {
            DocumentBody body = new DocumentBody();
            combinations.plan(sku, unit, found.get(0).combination()).forEach((field, value) -> body.byFlow(field, value,
                    "differs from the attribute combination in CCV"));
            return Optional.of(new ArticlePreview(sku, "update", "found in CCV as " + found.get(0).describe()
                    + ": the item updates that combination and never becomes a product", null, BodyPreview.of(body),
                    createOnly, List.of()));
        }
        return Optional.empty();
    }
}
