package org.unionhall.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.unionhall.application.Actor;
import org.unionhall.domain.shared.AccessDenied;

/**
 * Turns the signed-in caller into the {@link Actor} every service call takes, once per request:
 * every resource, page and service of one request shares the same actor, so the caller's powers
 * are read from the database once. The caller principal name is the member id, put there by
 * {@link UnionhallAuthenticationMechanism}. Whether the session gave a second factor (on which
 * officers' powers depend) comes from the signed-in member kept in the HTTP session; a call with
 * HTTP Basic never gave one.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    TwoFactorSetting twoFactor;

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
            boolean given = SignInFeedback.signedIn(request)
                    .filter(m -> m.memberId().equals(principal.getName())).map(SignedInMember::secondFactor)
                    .orElse(false);
            actor = Actor.of(principal.getName(), twoFactor.of(given));
        }
        return Optional.of(actor);
    }

    /**
     * Forgets the actor made for this request, so the next call makes it again: after the member
     * turned two-factor sign-in on or off, the rest of the request (the page shown) sees it.
     */
    public void forget() {
        actor = null;
    }
}
