package com.ccvglobe.bridge.ops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The shipped sandbox users: announced in sandbox mode, refused against real systems. */
class SandboxUsersTest {

    private static final Map<String, String> SHIPPED = SandboxUsers.SANDBOX_HASHES;

    @Test
    void shippedHashesAreTheDocumentedFormulaOfTheSandboxPasswords() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        assertThat(HexFormat.of().formatHex(sha256.digest("admin:Quarkus:admin".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(SHIPPED.get("admin"));
        assertThat(HexFormat.of().formatHex(sha256.digest("viewer:Quarkus:viewer".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(SHIPPED.get("viewer"));
    }

    @Test
    void sandboxModeNamesTheUsers() {
        assertThat(SandboxUsers.check(true, user -> Optional.ofNullable(SHIPPED.get(user)))).containsExactly(
                "Sandbox mode: dashboard user admin with password admin (role operator) at /dashboard/",
                "Sandbox mode: dashboard user viewer with password viewer (role viewer) at /dashboard/");
    }

    @Test
    void realSystemsRefuseTheSandboxPasswordsButAcceptOwnUsers() {
        assertThatThrownBy(() -> SandboxUsers.check(false, user -> Optional.ofNullable(SHIPPED.get(user))))
                .hasMessageContaining("dashboard user admin still has its sandbox password")
                .hasMessageContaining("QUARKUS_SECURITY_USERS_EMBEDDED_USERS_ADMIN");
        assertThat(SandboxUsers.check(false, user -> "admin".equals(user) ? Optional.of("0f0e") : Optional.empty())).isEmpty();
    }

    @Test
    void realSystemsRefuseTheSandboxPasswordsAsPlainTextToo() {
        var plain = SandboxUsers.hashes(true, "Quarkus", user -> Optional.of(user));
        assertThatThrownBy(() -> SandboxUsers.check(false, plain))
                .hasMessageContaining("dashboard user admin still has its sandbox password");
        var own = SandboxUsers.hashes(true, "Quarkus", user -> Optional.of(user + "-s3cret"));
        assertThat(SandboxUsers.check(false, own)).isEmpty();
        assertThat(SandboxUsers.check(true, plain)).hasSize(2);
    }

    @Test
    void aUserSwitchedOffWithZerosStartsWithoutComplaint() {
        assertThat(SandboxUsers.check(false, user -> Optional.of(SandboxUsers.SWITCHED_OFF))).containsExactly(
                "Dashboard user admin is switched off", "Dashboard user viewer is switched off");
    }
}
