package org.unionhall.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.unionhall.application.Actor;
import org.unionhall.domain.shared.AccessDenied;

/**
 * The signed-in member as the application services know them: the caller principal's name is
 * the member id, which becomes the {@link Actor} of every service call a page makes.
 */
@RequestScoped
public class CurrentMember {

    @Inject
    private SecurityContext security;

    /** The actor for a service call; refused when nobody is signed in. */
    public Actor actor() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new AccessDenied("Please sign in first.");
        }
        return Actor.of(principal.getName());
    }
}
