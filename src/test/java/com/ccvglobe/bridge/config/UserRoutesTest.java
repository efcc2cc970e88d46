package com.ccvglobe.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The user's routes folder (BRIDGE_ROUTES_DIR; in tests target/test-classes/user-routes) in the running app: a file
 * there at start-up is in use; a file written while running is added, changed and taken out again without a
 * restart; a user route with a shipped route's id replaces that route and the shipped one comes back when the file
 * goes; a change to a leader-only route waits for the next start; a broken file is refused with its name and line
 * while the routes in use keep working.
 */
@QuarkusTest
class UserRoutesTest {

    private static final Path FOLDER = Path.of("target/test-classes/user-routes");
    private static final Duration RELOAD = Duration.ofSeconds(15);

    @Inject
    ProducerTemplate producer;
    @Inject
    CamelContext context;
    @Inject
    UserRoutes userRoutes;

    @AfterEach
    void removeWrittenFiles() throws Exception {
        for (String name : new String[] { "hello.camel.yaml", "retention-replacement.camel.yaml", "customers-run-now.camel.yaml" }) {
            Files.deleteIfExists(FOLDER.resolve(name));
        }
        await().atMost(RELOAD).ignoreExceptions().until(() -> context.getRoute("user-hello") == null
                && context.getRoute("customers-run-now").getDescription().startsWith("Run now")
                && userRoutes.routeIds().keySet().equals(java.util.Set.of("startup-check.camel.yaml", "replaces-at-start-up.camel.yaml",
                        "customers-nightly-full-sync.camel.yaml")));
    }

    @Test
    void aFileInTheFolderAtStartUpIsInUse() {
        assertThat(producer.requestBody("direct:user-startup-check", "ok", String.class))
                .isEqualTo("user route loaded at start-up: ok");
        assertThat(userRoutes.routeIds()).containsEntry("startup-check.camel.yaml", java.util.List.of("user-startup-check"));
    }

    @Test
    void aFileInTheFolderAtStartUpReplacesTheShippedRouteOfItsId() {
        assertThat(producer.requestBody("direct:replaceable-at-start-up", "", String.class)).isEqualTo("user version");
        assertThat(context.getRoutes()).filteredOn(r -> r.getId().equals("replaceable-at-start-up")).hasSize(1);
    }

    @Test
    void aFileWrittenWhileRunningIsAddedChangedAndTakenOutWithoutARestart() throws Exception {
        write("hello.camel.yaml", hello("first"));
        await().atMost(RELOAD).ignoreExceptions().until(() -> "first".equals(producer.requestBody("direct:user-hello", "", String.class)));

        write("hello.camel.yaml", hello("second"));
        await().atMost(RELOAD).ignoreExceptions().until(() -> "second".equals(producer.requestBody("direct:user-hello", "", String.class)));

        Files.delete(FOLDER.resolve("hello.camel.yaml"));
        await().atMost(RELOAD).until(() -> context.getRoute("user-hello") == null);
        assertThat(userRoutes.routeIds()).doesNotContainKey("hello.camel.yaml");
    }

    @Test
    void aUserRouteWithAShippedIdReplacesItAndTheShippedRouteComesBackWhenTheFileGoes() throws Exception {
        String shippedDescription = context.getRoute("customers-run-now").getDescription();
        assertThat(shippedDescription).startsWith("Run now: one customers poll");

        write("customers-run-now.camel.yaml", """
                - route:
                    id: customers-run-now
                    group: customers
                    description: The user's own run-now, in place of the shipped one
                    from:
                      uri: direct:customers-run-now
                      steps:
                        - setBody:
                            constant: "user run-now ran"
                """);
        await().atMost(RELOAD).ignoreExceptions().until(() -> context.getRoute("customers-run-now").getDescription().startsWith("The user's own"));
        assertThat(producer.requestBody("direct:customers-run-now", "", String.class)).isEqualTo("user run-now ran");
        assertThat(context.getRoutes()).filteredOn(r -> r.getId().equals("customers-run-now")).hasSize(1);

        Files.delete(FOLDER.resolve("customers-run-now.camel.yaml"));
        await().atMost(RELOAD).ignoreExceptions().until(() -> shippedDescription.equals(context.getRoute("customers-run-now").getDescription()));
        assertThat(context.getRouteController().getRouteStatus("customers-run-now").isStarted()).isTrue();
    }

    @Test
    void aChangeToALeaderOnlyRouteWaitsForTheNextStart() throws Exception {
        write("retention-replacement.camel.yaml", """
                - route:
                    id: retention
                    from:
                      uri: direct:user-retention
                      steps:
                        - log: "user retention"
                """);
        await().atMost(RELOAD).until(() -> userRoutes.lastProblem().filter(p -> p.contains("retention-replacement.camel.yaml")).isPresent());
        assertThat(userRoutes.lastProblem().get()).contains("leader-only (master:) route").contains("next start");
        assertThat(context.getRoute("retention").getEndpoint().getEndpointUri()).as("the shipped route stays").startsWith("master:retention");
    }

    @Test
    void aBrokenFileIsRefusedWithFileAndLineAndTheRoutesInUseStay() throws Exception {
        write("hello.camel.yaml", hello("working"));
        await().atMost(RELOAD).ignoreExceptions().until(() -> "working".equals(producer.requestBody("direct:user-hello", "", String.class)));

        write("hello.camel.yaml", """
                - route:
                    id: user-hello
                    from:
                      uri: direct:user-hello
                      steps:
                        - setBody:
                            constantt: "broken"
                """);
        await().atMost(RELOAD).until(() -> userRoutes.lastProblem().isPresent());
        assertThat(userRoutes.lastProblem().get()).contains("hello.camel.yaml").contains("line 7").contains("constantt");
        assertThat(producer.requestBody("direct:user-hello", "", String.class)).as("the route in use stays").isEqualTo("working");

        write("hello.camel.yaml", hello("fixed"));
        await().atMost(RELOAD).ignoreExceptions().until(() -> "fixed".equals(producer.requestBody("direct:user-hello", "", String.class))
                && userRoutes.lastProblem().isEmpty());
    }

    private static String hello(String answer) {
        return """
                - route:
                    id: user-hello
                    group: user
                    from:
                      uri: direct:user-hello
                      steps:
                        - setBody:
                            constant: "%s"
                """.formatted(answer);
    }

    /** Writes the file whole at once (as a ConfigMap update does): the watcher never sees half a file. */
    private static void write(String name, String yaml) throws Exception {
        Path temp = Files.createTempFile(FOLDER, ".writing", ".tmp");
        Files.writeString(temp, yaml);
        Files.move(temp, FOLDER.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
