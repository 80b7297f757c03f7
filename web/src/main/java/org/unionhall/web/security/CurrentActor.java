package org.unionhall.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.unionhall.application.Actor;
import org.unionhall.domain.shared.AccessDenied;

/**
 * Turns the signed-in caller into the {@link Actor} every service call takes. The caller
 * principal name is the member id, put there by {@link UnionhallAuthenticationMechanism}.
 */
@ApplicationScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    /** The member on whose behalf the current request acts. */
    @Produces
    public Actor actor() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            throw new AccessDenied("Sign in first.");
        }
        return Actor.of(caller.getName());
    }
}
