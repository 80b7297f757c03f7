package org.unionhall.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.unionhall.application.Actor;
import org.unionhall.domain.shared.AccessDenied;

/**
 * Turns the signed-in caller into the {@link Actor} every service call takes, once per request:
 * every resource, page and service of one request shares the same actor, so the caller's powers
 * are read from the database once. The caller principal name is the member id, put there by
 * {@link UnionhallAuthenticationMechanism}.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    private Actor actor;

    /** The member on whose behalf the current request acts; a visitor is refused. */
    @Produces
    public Actor actor() {
        return caller().orElseThrow(() -> new AccessDenied("Sign in first."));
    }

    /** The signed-in member, or nothing for a visitor (on the pages and reads anyone may use). */
    public Optional<Actor> caller() {
        if (actor == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                return Optional.empty();
            }
            actor = Actor.of(principal.getName());
        }
        return Optional.of(actor);
    }
}
