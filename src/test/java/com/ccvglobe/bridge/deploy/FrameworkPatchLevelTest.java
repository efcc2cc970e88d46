package com.ccvglobe.bridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.netty.util.Version;

/**
 * The libraries on the class path carry the security fixes README's "Framework versions" names (Netty's HTTP codec,
 * Vert.x core, jackson-databind), whatever version the Quarkus platform BOM alone would bring. Reads the versions
 * the libraries report of themselves at run time, so a BOM change that drops a pin fails here.
 */
class FrameworkPatchLevelTest {

    private static final Comparator<String> BY_NUMBERS = FrameworkPatchLevelTest::compareVersions;

    @Test
    void nettyHttpCodecHasTheMemoryExhaustionFixes() {
        String codec = Version.identify().get("netty-codec-http").artifactVersion();
        assertThat(codec).usingComparator(BY_NUMBERS).isGreaterThanOrEqualTo("4.1.136");
        // every Netty module at one version: a mixed Netty fails at run time in ways no unit test shows
        assertThat(Version.identify().values()).extracting(Version::artifactVersion).containsOnly(codec);
    }

    @Test
    void vertxCoreHasTheFixes() throws IOException {
        try (InputStream in = io.vertx.core.Vertx.class.getClassLoader().getResourceAsStream("META-INF/vertx/vertx-version.txt")) {
            assertThat(in).as("Vert.x reports its version").isNotNull();
            String version = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(version).usingComparator(BY_NUMBERS).isGreaterThanOrEqualTo("4.5.26");
        }
    }

    @Test
    void jacksonDatabindHasTheFixes() {
        String databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        String core = com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();
        assertThat(databind).usingComparator(BY_NUMBERS).isGreaterThanOrEqualTo("2.19.4");
        assertThat(core).as("jackson-core beside it").isEqualTo(databind);
    }

    /** Compares the leading dotted numbers ("4.1.136.Final" as 4, 1, 136). */
    static int compareVersions(String a, String b) {
        Matcher left = Pattern.compile("\\d+").matcher(a);
        Matcher right = Pattern.compile("\\d+").matcher(b);
        while (true) {
            boolean l = left.find();
            boolean r = right.find();
            if (!l || !r) {
                return Boolean.compare(l, r);
            }
            int c = Long.compare(Long.parseLong(left.group()), Long.parseLong(right.group()));
            if (c != 0) {
                return c;
            }
        }
    }
}
