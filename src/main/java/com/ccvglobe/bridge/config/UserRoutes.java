package com.ccvglobe.bridge.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.camel.CamelContext;
import org.apache.camel.quarkus.main.events.AfterConfigure;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The user's routes folder ({@code BRIDGE_ROUTES_DIR}). At start-up, after the shipped routes are configured and
 * before any starts, every {@code *.camel.yaml} in the folder is parsed with Camel's YAML DSL and added; a user
 * route whose id is a shipped route's id replaces it (logged). A file that cannot be used stops start-up with its
 * name, line and problem. While running, {@link UserRoutesWatcher} calls {@link #reloadIfChanged()}: a changed file
 * replaces the routes it had added, a new file adds its routes, a removed file takes its routes out and puts back
 * the shipped routes it had replaced. A file that fails while running is refused and the routes in use stay.
 */
@ApplicationScoped
public class UserRoutes {

    private static final Logger LOG = Logger.getLogger(UserRoutes.class);

    private final CamelContext context;
    private final Optional<Path> folder;
    private final UserRouteParser parser;
    private final ShippedRoutes shipped;
    private final Map<Path, UserRouteFile> applied = new HashMap<>();
    private volatile String lastProblem;

    public UserRoutes(CamelContext context, BridgeConfig config) {
        this.context = context;
        this.folder = config.routesDir().filter(d -> !d.isBlank()).map(Path::of);
        this.parser = new UserRouteParser(context, config.routes().maxFileBytes());
        this.shipped = new ShippedRoutes(context, ConfigProvider.getConfig()
                .getOptionalValue("camel.main.routes-include-pattern", String.class).orElse("classpath:routes/*.camel.yaml"));
    }

    void addAtStartUp(@Observes AfterConfigure event) {
        if (folder.isEmpty()) {
            return;
        }
        Path dir = folder.get();
        if (!Files.isDirectory(dir)) {
            throw fail(new UserRouteProblem(dir, "BRIDGE_ROUTES_DIR is not a folder (set it to the folder of your *.camel.yaml files, or unset it)", null));
        }
        try {
            synchronized (this) {
                Map<String, Path> owners = new HashMap<>();
                for (Path file : routeFiles(dir)) {
                    UserRouteParser.Parsed parsed = parser.parse(file);
                    for (String id : parsed.file().routeIds()) {
                        Path other = owners.putIfAbsent(id, file);
                        if (other != null) {
                            throw new UserRouteProblem(file, "route id '" + id + "' is also defined in " + other.getFileName(), null);
                        }
                    }
                    apply(parsed);
                }
            }
        } catch (UserRouteProblem e) {
            throw fail(e);
        }
        LOG.infof("User routes folder %s: %d file(s), routes %s", dir, applied.size(), routeIds());
    }

    /** Applies what changed in the folder since the last look; a broken file is logged and left out. */
    public synchronized void reloadIfChanged() {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return;
        }
        List<Path> present = routeFiles(folder.get());
        for (Path gone : new ArrayList<>(applied.keySet())) {
            if (!present.contains(gone)) {
                if (needsRestart(applied.get(gone), null)) {
                    continue;
                }
                remove(applied.remove(gone));
                LOG.infof("User route file %s removed: its routes are taken out, shipped routes it replaced are back", gone.getFileName());
            }
        }
        for (Path file : present) {
            try {
                UserRouteParser.Parsed parsed = parser.parse(file);
                UserRouteFile before = applied.get(file);
                if (before != null && before.fingerprint().equals(parsed.file().fingerprint())) {
                    continue;
                }
                checkNotOwnedElsewhere(parsed.file());
                if (needsRestart(before, parsed)) {
                    continue;
                }
                if (before != null) {
                    remove(applied.remove(file));
                }
                apply(parsed);
                lastProblem = null;
                LOG.infof("User route file %s %s: routes %s", file.getFileName(), before == null ? "added" : "reloaded", parsed.file().routeIds());
            } catch (UserRouteProblem e) {
                if (!e.getMessage().equals(lastProblem)) {
                    LOG.errorf("%s — the routes in use stay as they were", e.getMessage());
                    lastProblem = e.getMessage();
                }
            }
        }
    }

    /** The ids of the routes the user's files define now, by file name. */
    public synchronized Map<String, List<String>> routeIds() {
        Map<String, List<String>> ids = new TreeMap<>();
        applied.forEach((file, loaded) -> ids.put(file.getFileName().toString(), loaded.routeIds()));
        return ids;
    }

    /** The last problem a reload met, until a reload succeeds. */
    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    /**
     * A change that touches a leader-only ({@code master:}) route — the user's or a shipped one it replaces or gives
     * back — is applied at the next start, not in the running app (see {@link ShippedRoutes#leaderOnly(String)}).
     */
    private boolean needsRestart(UserRouteFile before, UserRouteParser.Parsed after) {
        boolean leaderOnly = after != null && after.builder().getRouteCollection().getRoutes().stream().anyMatch(ShippedRoutes::leaderOnly);
        List<String> ids = new ArrayList<>(before == null ? List.of() : before.routeIds());
        if (after != null) {
            ids.addAll(after.file().routeIds());
        }
        leaderOnly = leaderOnly || ids.stream().anyMatch(id -> shipped.leaderOnly(id) || shipped.replacedLeaderOnly(id));
        if (leaderOnly) {
            Path file = after != null ? after.file().file() : before.file();
            String note = "User route file " + file + ": the change touches a leader-only (master:) route and takes effect at the next start";
            if (!note.equals(lastProblem)) {
                LOG.warn(note);
                lastProblem = note;
            }
        }
        return leaderOnly;
    }

    private void apply(UserRouteParser.Parsed parsed) {
        for (String id : parsed.file().routeIds()) {
            if (shipped.replace(id)) {
                LOG.infof("User route '%s' from %s replaces the shipped route of that id", id, parsed.file().file().getFileName());
            }
        }
        try {
            context.addRoutes(parsed.builder());
            // a templatedRoute (an instance of a building block) is made when the templated routes are added
            context.addTemplatedRoutes(parsed.builder());
        } catch (Exception e) {
            parsed.file().routeIds().forEach(shipped::takeOut);
            parsed.file().routeIds().forEach(shipped::restore);
            throw new UserRouteProblem(parsed.file().file(), UserRouteParser.describe(e), e);
        }
        applied.put(parsed.file().file(), parsed.file());
    }

    private void remove(UserRouteFile file) {
        for (String id : file.routeIds()) {
            shipped.takeOut(id);
            shipped.restore(id);
        }
    }

    private void checkNotOwnedElsewhere(UserRouteFile file) {
        for (UserRouteFile other : applied.values()) {
            if (!other.file().equals(file.file())) {
                for (String id : file.routeIds()) {
                    if (other.routeIds().contains(id)) {
                        throw new UserRouteProblem(file.file(), "route id '" + id + "' is also defined in " + other.file().getFileName(), null);
                    }
                }
            }
        }
    }

    private static List<Path> routeFiles(Path dir) {
        // a Kubernetes ConfigMap volume holds "..data" links beside the files: only visible *.camel.yaml files count
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".camel.yaml"))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UserRouteProblem(dir, "the folder cannot be listed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static UserRouteProblem fail(UserRouteProblem problem) {
        // the operator's line comes first; Quarkus prints the start-up failure after it
        LOG.error(problem.getMessage());
        return problem;
    }
}
