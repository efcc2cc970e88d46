package com.ccvglobe.bridge.ops.security;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Grants the bridge's roles to callers with an OIDC token: a token whose role claim
 * ({@code quarkus.oidc.roles.role-claim-path}) holds one of {@code bridge.security.oidc.operator-roles} gets
 * {@code operator}, one of {@code bridge.security.oidc.viewer-roles} gets {@code viewer}. The configured users keep
 * exactly the roles configured for them.
 */
@ApplicationScoped
public class IdpRoles implements SecurityIdentityAugmentor {

    private final Set<String> operatorRoles;
    private final Set<String> viewerRoles;

    public IdpRoles(SecurityConfig config) {
        this.operatorRoles = config.oidc().operatorRoles().orElse(Set.of());
        this.viewerRoles = config.oidc().viewerRoles().orElse(Set.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken)) {
            return Uni.createFrom().item(identity);
        }
        Set<String> granted = granted(identity.getRoles(), operatorRoles, viewerRoles);
        if (granted.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(granted).build());
    }

    /** The bridge roles that the IdP roles grant. */
    static Set<String> granted(Set<String> idpRoles, Set<String> operatorRoles, Set<String> viewerRoles) {
        Set<String> granted = new TreeSet<>();
        if (idpRoles.stream().anyMatch(operatorRoles::contains)) {
            granted.add("operator");
        }
        if (idpRoles.stream().anyMatch(viewerRoles::contains)) {
            granted.add("viewer");
        }
        return granted;
    }
}
