package com.ccvglobe.bridge.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * Reads one user route file with Camel's own YAML DSL loader, without adding anything to the context: the parsed
 * builder and the ids of its routes, or a {@link UserRouteProblem} naming the file, the line and the problem. Every
 * route must have an id (the id is what replaces a shipped route and what a reload takes out again).
 */
final class UserRouteParser {

    private static final Pattern LINE = Pattern.compile("line[: ]+(\\d+)", Pattern.CASE_INSENSITIVE);

    private final CamelContext context;
    private final int maxFileBytes;

    UserRouteParser(CamelContext context, int maxFileBytes) {
        this.context = context;
        this.maxFileBytes = maxFileBytes;
    }

    /** A parsed file: the builder to add to the context, and what it defines. */
    record Parsed(RouteBuilder builder, UserRouteFile file) {
    }

    Parsed parse(Path file) {
        byte[] content = read(file);
        RouteBuilder builder = builderOf(file, content);
        List<String> ids = new ArrayList<>();
        try {
            for (RouteDefinition route : builder.configureRoutes(context).getRoutes()) {
                String id = route.getRouteId();
                if (id == null || id.isBlank()) {
                    throw new UserRouteProblem(file, "a route without an id" + at(route.getLineNumber())
                            + " (every user route needs 'id:', the id is what replaces a shipped route)", null);
                }
                ids.add(id);
            }
            for (TemplatedRouteDefinition templated : builder.getTemplatedRouteCollection().getTemplatedRoutes()) {
                if (templated.getRouteId() == null || templated.getRouteId().isBlank()) {
                    throw new UserRouteProblem(file, "a templatedRoute of '" + templated.getRouteTemplateRef()
                            + "' without a routeId", null);
                }
                ids.add(templated.getRouteId());
            }
        } catch (UserRouteProblem e) {
            throw e;
        } catch (Exception e) {
            throw new UserRouteProblem(file, describe(e), e);
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new UserRouteProblem(file, "route id '" + id + "' is defined twice in this file", null);
            }
        }
        return new Parsed(builder, new UserRouteFile(file, fingerprint(content), ids));
    }

    private RouteBuilder builderOf(Path file, byte[] content) {
        Resource resource = ResourceHelper.fromBytes("file:" + file.toAbsolutePath(), content);
        Collection<RoutesBuilder> builders;
        try {
            builders = PluginHelper.getRoutesLoader(context).findRoutesBuilders(resource);
        } catch (Exception e) {
            throw new UserRouteProblem(file, describe(e), e);
        }
        if (builders.size() != 1 || !(builders.iterator().next() instanceof RouteBuilder builder)) {
            throw new UserRouteProblem(file, "not a Camel YAML route file", null);
        }
        return builder;
    }

    private byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new UserRouteProblem(file, size + " bytes, more than bridge.routes.max-file-bytes (" + maxFileBytes + ")", null);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserRouteProblem(file, "cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The innermost messages that say something, with the line where one of them names it. */
    static String describe(Throwable error) {
        List<String> messages = new ArrayList<>();
        String line = null;
        for (Throwable t = error; t != null && messages.size() < 4; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null || message.isBlank() || messages.stream().anyMatch(m -> m.contains(message.strip()))) {
                continue;
            }
            Matcher matcher = LINE.matcher(message);
            if (line == null && matcher.find()) {
                line = matcher.group(1);
            }
            messages.add(message.strip().replaceAll("\\s+", " "));
        }
        Collections.reverse(messages); // the root cause first: it is the one that names the field
        String text = messages.isEmpty() ? error.getClass().getSimpleName() : String.join(": ", messages);
        return (line == null ? "" : "line " + line + ": ") + text;
    }

    private static String at(int line) {
        return line > 0 ? " at line " + line : "";
    }

    private static String fingerprint(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
