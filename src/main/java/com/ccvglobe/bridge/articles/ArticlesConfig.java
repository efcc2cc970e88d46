package com.ccvglobe.bridge.articles;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * The articles flow (Globe items → CCV products), prefix {@code bridge.articles}. See docs/articles.md and
 * docs/configuration.md.
 */
@ConfigMapping(prefix = "bridge.articles")
public interface ArticlesConfig {

    /** Scheduled runs (poll and full compare); the flow can still be started by hand when off. */
    @WithDefault("true")
    boolean enabled();

    /** How often items changed since the last run are read. */
    @WithDefault("5m")
    @DurationMin(seconds = 1, message = "must be a duration of at least 1s, e.g. 5m (env BRIDGE_ARTICLES_POLL_INTERVAL)")
    Duration pollInterval();

    /** Quartz cron of the full compare that catches what the cursor misses (default 02:00 every night). */
    @WithDefault("0 0 2 * * ?")
    String fullCompareCron();

    /** Globe assortment numbers to publish; empty = every assortment. */
    Optional<List<Integer>> assortments();

    /** An extra OData filter expression on Item, added with {@code and}, e.g. {@code YesNoFreeField1 eq true}. */
    Optional<String> filter();

    /** Where CCV's shown prices come from: {@code shop} (the shop's prices_include_vat setting), {@code incl} or {@code excl}. */
    @WithDefault("shop")
    PriceMode priceIncludesVat();

    Family family();

    Image image();

    Specs specs();

    Catalogue catalogue();

    /**
     * The link-up ({@code bridge.articles.link-up}): the first run against a shop that already has products reports
     * what it would create, update and deactivate and writes nothing until an operator confirms. {@code auto} (on
     * against a real shop, off in the sandbox), {@code on} or {@code off} (automated deployments).
     */
    @WithName("link-up")
    @WithDefault("auto")
    @Pattern(regexp = "auto|on|off", message = "must be auto, on or off (env BRIDGE_ARTICLES_LINK_UP)")
    String linkUp();

    /** How many items between two progress lines in the log (also every 10 %). */
    @WithDefault("100")
    @Min(1)
    int progressEvery();

    enum PriceMode {
        shop, incl, excl
    }

    /** Variant families: several Globe items that become one CCV product with attribute combinations. */
    interface Family {
        /** {@code pattern} (the item code holds family and option values), {@code free-field}, or {@code none}. */
        @WithDefault("pattern")
        @Pattern(regexp = "pattern|free-field|none", message = "must be pattern, free-field or none (env BRIDGE_ARTICLES_FAMILY_RULE)")
        String rule();

        /**
         * For {@code pattern}: a regular expression on the item code with a group {@code family} and one named group
         * per option (e.g. {@code size}, {@code colour}).
         */
        @WithDefault("^(?<family>.+)-(?<size>X{0,3}[SL]|M)-(?<colour>[A-Z]+)$")
        String pattern();

        /** For {@code free-field}: the Item property holding the family code, e.g. {@code TextFreeField1}. */
        @WithDefault("TextFreeField1")
        String freeField();

        /**
         * The CCV option sets in order, each {@code Name=source}: the source is a group of the pattern or (rule
         * free-field) an Item property such as {@code TextFreeField2}. Values are translated by the mapping table
         * {@code lookups.attribute-values}.
         */
        @WithDefault("Maat=size,Kleur=colour")
        List<String> attributes();
    }

    /** The shop's catalogue, read once per run to link SKUs before anything is created. */
    interface Catalogue {
        /** Products per page when the catalogue is read (CCV takes at most 250). */
        @WithDefault("250")
        @Min(value = 1, message = "must be 1..250 (env BRIDGE_ARTICLES_CATALOGUE_PAGE_SIZE)")
        @jakarta.validation.constraints.Max(value = 250, message = "must be 1..250 (env BRIDGE_ARTICLES_CATALOGUE_PAGE_SIZE)")
        int pageSize();

        /** How long a replay or preview outside a run may use the copy the last run read. */
        @WithDefault("10m")
        @DurationMin(seconds = 0, message = "must be a duration, e.g. 10m (env BRIDGE_ARTICLES_CATALOGUE_MAX_AGE)")
        Duration maxAge();
    }

    /** How the specs listed in the mapping ({@code articles.specs}) are written to the CCV product field {@code specs}. */
    interface Specs {
        /** {@code table} (an HTML table, one row per spec) or {@code lines} ({@code Name: value} per line). */
        @WithDefault("table")
        @Pattern(regexp = "table|lines", message = "must be table or lines (env BRIDGE_ARTICLES_SPECS_FORMAT)")
        String format();
    }

    /** One picture per product, uploaded only when its content changed. */
    interface Image {
        /** {@code auto} (the sandbox Globe's pictures when the sandbox runs, else none), {@code url}, {@code folder} or {@code none}. */
        @WithDefault("auto")
        @Pattern(regexp = "auto|url|folder|none", message = "must be auto, url, folder or none (env BRIDGE_ARTICLES_IMAGE_SOURCE)")
        String source();

        /** For {@code url}: the address with {@code {item-code}}, e.g. {@code https://cdn.example.com/items/{item-code}.jpg}. */
        Optional<String> urlPattern();

        /** For {@code folder}: a folder holding {@code <item code>.<extension>} files. */
        Optional<String> folder();

        @WithDefault("png,jpg,jpeg,gif,webp")
        List<String> extensions();

        /** For {@code url}: whether redirects are followed (at most 5); off, a redirect is refused and the picture skipped. */
        @WithDefault("false")
        boolean followRedirects();

        /** The largest picture read, in bytes (both sources): a larger one is refused, and not read past this. */
        @WithDefault("10485760")
        @Min(value = 1024, message = "must be at least 1024 bytes (env BRIDGE_ARTICLES_IMAGE_MAX_BYTES)")
        long maxBytes();
    }
}
