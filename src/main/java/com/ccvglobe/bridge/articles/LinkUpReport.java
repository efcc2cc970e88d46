package com.ccvglobe.bridge.articles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.state.CatalogueFindings;
import com.ccvglobe.bridge.support.BusinessException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The link-up report: for every product of the selection, what the first run would do to the shop — create a
 * product, update a product or an attribute combination found by SKU (and which fields), deactivate one (the item is
 * blocked in Globe), skip a duplicate SKU, park a record the mapping refuses — and how many shop products no Globe
 * item stands for (left alone). A dry run: reads Globe and the CCV catalogue, writes nothing to CCV; stores the
 * report in the state store ({@link CatalogueFindings}).
 */
@ApplicationScoped
public class LinkUpReport {

    private static final Logger LOG = Logger.getLogger(LinkUpReport.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final int SAMPLE = 50;

    /** One line of the report: the SKU, the CCV target, and the fields an update would send or why. */
    public record Line(String sku, String target, List<String> fields, String note) {
    }

    /** The whole report, as the API and the dashboard show it. */
    public record Report(Instant madeAt, int shopProducts, int selected, List<Line> create, List<Line> update,
            List<Line> deactivate, List<Line> duplicates, List<Line> wouldPark, int unchanged, int leftAlone,
            List<String> leftAloneSample) {

        public String summary() {
            return "link-up report: " + create.size() + " to create, " + update.size() + " to update, " + deactivate.size()
                    + " to deactivate, " + duplicates.size() + " duplicate SKUs, " + wouldPark.size() + " would park, "
                    + unchanged + " unchanged, " + leftAlone + " shop products left alone (of " + shopProducts + ")";
        }
    }

    private final MappingRegistry mappings;
    private final ArticleItems items;
    private final ArticleFamilies families;
    private final ProductFields fields;
    private final ProductWriter writer;
    private final CombinationWriter combinations;
    private final ShopCatalogue catalogue;
    private final CatalogueFindings findings;

    public LinkUpReport(MappingRegistry mappings, ArticleItems items, ArticleFamilies families, ProductFields fields,
            ProductWriter writer, CombinationWriter combinations, ShopCatalogue catalogue, CatalogueFindings findings) {
        this.mappings = mappings;
        this.items = items;
        this.families = families;
        this.fields = fields;
        this.writer = writer;
        this.combinations = combinations;
        this.catalogue = catalogue;
        this.findings = findings;
    }

    /** A report over every published Globe item (the API's {@code POST /api/articles/link-up/report}). */
    public Report makeForSelection() {
        Set<String> skus = new TreeSet<>();
        items.eachChangedSince(null, item -> skus.add(families.unitKey(item)));
        catalogue.newRun();
        return make(skus);
    }

    /** Makes the report for these product numbers and stores it (to be read and confirmed again). */
    public Report make(Collection<String> productNumbers) {
        Mapping mapping = mappings.current();
        List<Line> create = new ArrayList<>();
        List<Line> update = new ArrayList<>();
        List<Line> deactivate = new ArrayList<>();
        List<Line> duplicates = new ArrayList<>();
        List<Line> park = new ArrayList<>();
        int unchanged = 0;
        Set<String> covered = new HashSet<>();
        for (String sku : productNumbers) {
            Optional<ArticleUnit> found = items.unit(sku, mapping);
            if (found.isEmpty()) {
                continue;
            }
            ArticleUnit unit = found.get();
            covered.add(sku);
            unit.variants().forEach(v -> covered.add(v.sku()));
            List<CatalogueMatch> inShop = catalogue.find(sku);
            try {
                if (inShop.size() > 1) {
                    duplicates.add(new Line(sku, String.join("; ", inShop.stream().map(CatalogueMatch::describe).toList()),
                            List.of(), "not written until only one is left"));
                } else if (!unit.hasVariants() && inShop.size() == 1 && inShop.get(0).isCombination()) {
                    Map<String, Object> changes = combinations.plan(sku, unit, inShop.get(0).combination());
                    unchanged += add(changes, sku, inShop.get(0).describe(), update, deactivate);
                } else {
                    DocumentBody desired = fields.body(unit, mapping);
                    ProductWriter.Plan plan = writer.plan(sku, desired, mapping.createOnlyArticleFields());
                    if ("create".equals(plan.action())) {
                        create.add(new Line(sku, null, List.of(), String.valueOf(desired.get("name"))
                                + (unit.hasVariants() ? " (" + unit.variants().size() + " variants)" : "")));
                    } else if ("update".equals(plan.action())) {
                        unchanged += add(plan.body().values(), sku, inShop.isEmpty() ? "product " + plan.productId()
                                : inShop.get(0).describe(), update, deactivate);
                    }
                }
            } catch (BusinessException e) {
                park.add(new Line(sku, null, List.of(), e.getMessage()));
            }
        }
        List<String> leftAlone = new ArrayList<>();
        catalogue.all().forEach((sku, places) -> {
            if (!covered.contains(sku)) {
                leftAlone.add(sku);
            }
        });
        leftAlone.sort(null);
        Report report = new Report(Instant.now(), catalogue.productCount(), productNumbers.size(), create, update, deactivate,
                duplicates, park, unchanged, leftAlone.size(), leftAlone.subList(0, Math.min(SAMPLE, leftAlone.size())));
        try {
            findings.reported(report.summary(), JSON.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the link-up report cannot be written as JSON", e);
        }
        LOG.infof("Articles %s; nothing is written until an operator confirms (POST /api/articles/link-up/confirm)",
                report.summary());
        return report;
    }

    /** An update line, or a deactivate line when it switches the product off; returns 1 when nothing would change. */
    private static int add(Map<String, Object> changes, String sku, String target, List<Line> update, List<Line> deactivate) {
        if (changes.isEmpty()) {
            return 1;
        }
        List<String> names = new ArrayList<>(changes.keySet());
        if (Boolean.FALSE.equals(changes.get("active"))) {
            deactivate.add(new Line(sku, target, names, "blocked or not active in Globe"));
        } else {
            update.add(new Line(sku, target, names, null));
        }
        return 0;
    }

    /** The stored report, as JSON text. */
    public Optional<String> stored() {
        return findings.linkUp().map(CatalogueFindings.LinkUp::report);
    }
}
