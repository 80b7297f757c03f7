package org.unionhall.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionhall.application.CodeOutcome;
import org.unionhall.application.SignInOutcome;
import org.unionhall.application.SignInService;
import org.unionhall.application.TwoFactorService;
import org.unionhall.domain.account.SignInSession;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.web.problem.Problem;

/**
 * The one authentication mechanism of Unionhall (Jakarta Security allows one per application),
 * serving two kinds of caller with the same identities:
 * <ul>
 *   <li>people in a browser, who sign in on {@code /login.xhtml}; the page calls
 *   {@code SecurityContext.authenticate} with their e-mail and password, and the signed-in member
 *   is kept in the HTTP session (its id is changed at sign-in against session fixation) and in a
 *   session in the database named by the {@link SignInCookies#SESSION} cookie, which any node
 *   resumes when the HTTP session is gone (a restart, or the node that held it died);</li>
 *   <li>for a member with two-factor sign-in on, the password only starts a sign-in awaiting
 *   the code ({@link SignInCookies#PENDING}); the code page (or {@code POST /api/v1/session/code})
 *   then calls {@code SecurityContext.authenticate} with a {@link SecondFactorCredential}, and only
 *   an accepted code signs the member in;</li>
 *   <li>programs calling the REST API with HTTP Basic on each request (no session is created).
 *   A signed-in browser session is accepted by the API too. An account with two-factor sign-in on
 *   cannot use HTTP Basic: a password alone never signs it in.</li>
 * </ul>
 * A request to a protected page without a signed-in member is sent to the sign-in page; a request
 * to {@code /api/} gets {@code 401} with a problem+json body, never a redirect. The caller
 * principal name is the member id; everybody is in the group {@value MemberIdentityStore#MEMBER_GROUP}.
 * Static files (styles, scripts) are served without knowing the caller: the mechanism is called
 * on every request, and a page pulls several of them.
 */
@ApplicationScoped
public class UnionhallAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API_PREFIX = "/api/";
    /** Style sheets, scripts and fonts: the same bytes for everybody, public in web.xml. */
    private static final List<String> STATIC_PREFIXES = List.of("/resources/", "/jakarta.faces.resource/");
    private static final Set<String> GROUPS = Set.of(MemberIdentityStore.MEMBER_GROUP);

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SignInService signIn;

    @Inject
    TwoFactorService twoFactor;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!context.isProtected() && !context.isAuthenticationRequest() && isStaticFile(request)) {
            // A page pulls several of these per view: nobody needs to be known to serve them, so
            // the session's member is not looked up and Basic credentials are not checked again.
            return context.doNothing();
        }
        Credential offered = context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
        if (offered instanceof UsernamePasswordCredential typed) {
            return signInFromPage(request, response, context, typed);
        }
        if (offered instanceof SecondFactorCredential code) {
            return signInWithCode(request, response, context, code);
        }
        Optional<SignedInMember> member = signedIn(request, response);
        if (member.isPresent()) {
            return context.notifyContainerAboutLogin(member.get().memberId(), GROUPS);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            SecurityHeadersFilter.apply(request, response);
            return signInWithBasic(request, response, context, authorization.substring(6).strip());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        SecurityHeadersFilter.apply(request, response);
        return isApi(request) ? refuseApiCall(request, response) : sendToSignIn(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInMember.SESSION_ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /**
     * The member signed in on this browser: from the HTTP session, confirmed against the database
     * once a minute, or, when this node holds no session, resumed from the database session the
     * browser's cookie names.
     */
    private Optional<SignedInMember> signedIn(HttpServletRequest request, HttpServletResponse response) {
        Instant now = Instant.now();
        Optional<SignedInMember> held = SignInFeedback.signedIn(request);
        if (held.isPresent() && now.isBefore(held.get().checkedAt().plus(SignInSession.SEEN_GRANULARITY))) {
            return held;
        }
        Optional<String> token = held.map(SignedInMember::sessionToken).or(() -> SignInCookies.session(request));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<SignInOutcome.SignedIn> live = signIn.resumeSession(token.get());
        if (live.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (held.isPresent() && session != null) {
                session.invalidate();
            }
            SignInCookies.dropSession(request, response);
            return Optional.empty();
        }
        SignedInMember member = new SignedInMember(live.get().memberId().toString(), live.get().displayName(),
                token.get(), now, live.get().secondFactorGiven());
        request.getSession(true).setAttribute(SignedInMember.SESSION_ATTRIBUTE, member);
        return Optional.of(member);
    }

    private AuthenticationStatus signInFromPage(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context, UsernamePasswordCredential typed) {
        SignInCredential attempt = new SignInCredential(typed.getCaller(), typed.getPasswordAsString(),
                clientAddress.of(request), SignInCookies.device(request).orElse(null));
        typed.clearCredential();
        CredentialValidationResult result = identityStores.validate(attempt);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            attempt.throttledFor().ifPresent(wait -> request.setAttribute(SignInFeedback.THROTTLED_ATTRIBUTE, wait));
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInFeedback.signedIn(request).ifPresent(earlier -> signIn.endSession(earlier.sessionToken()));
        SignInCookies.pending(request).ifPresent(signIn::endSession);
        String memberId = result.getCallerPrincipal().getName();
        SignInService.StartedSession started = signIn.startSession(MemberId.of(memberId), attempt.deviceToken(),
                request.getHeader("User-Agent"));
        if (started.codeRequired()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(SignedInMember.SESSION_ATTRIBUTE);
            }
            SignInCookies.dropSession(request, response);
            SignInCookies.givePending(request, response, started.sessionToken());
            request.setAttribute(SignInFeedback.CODE_REQUIRED_ATTRIBUTE, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return signedInNow(request, response, context, memberId, attempt.displayName().orElse(""), started, false);
    }

    private AuthenticationStatus signInWithCode(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context, SecondFactorCredential code) {
        CodeOutcome outcome = twoFactor.giveCode(SignInCookies.pending(request).orElse(null), code.code(),
                SignInCookies.device(request).orElse(null));
        request.setAttribute(SignInFeedback.CODE_OUTCOME_ATTRIBUTE, outcome);
        if (outcome instanceof CodeOutcome.SignInAgain) {
            SignInCookies.dropPending(request, response);
        }
        if (!(outcome instanceof CodeOutcome.Passed passed)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInCookies.dropPending(request, response);
        SignInFeedback.signedIn(request).ifPresent(earlier -> signIn.endSession(earlier.sessionToken()));
        return signedInNow(request, response, context, passed.memberId().toString(), passed.displayName(),
                passed.session(), true);
    }

    /** Keeps the member signed in on this browser (a new HTTP session id, against fixation) and says so. */
    private AuthenticationStatus signedInNow(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context, String memberId, String displayName,
                                             SignInService.StartedSession started, boolean secondFactor) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SignedInMember.SESSION_ATTRIBUTE,
                new SignedInMember(memberId, displayName, started.sessionToken(), Instant.now(), secondFactor));
        SignInCookies.give(request, response, started.sessionToken(), started.deviceToken());
        return context.notifyContainerAboutLogin(memberId, GROUPS);
    }

    private AuthenticationStatus signInWithBasic(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fail(request, response, 401, "unauthenticated", "Sign-in required",
                    "The Authorization header is not valid HTTP Basic (base64 of e-mail:password).", null);
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return fail(request, response, 401, "unauthenticated", "Sign-in required",
                    "The Authorization header must hold e-mail:password.", null);
        }
        SignInCredential attempt = new SignInCredential(decoded.substring(0, colon), decoded.substring(colon + 1),
                clientAddress.of(request), SignInCookies.device(request).orElse(null));
        CredentialValidationResult result = identityStores.validate(attempt);
        attempt.clearCredential();
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (signIn.requiresCode(MemberId.of(result.getCallerPrincipal().getName()))) {
                return fail(request, response, 401, "two-factor-required", "Two-factor sign-in required",
                        "This account signs in with a code from an authenticator app, which HTTP Basic cannot carry. "
                                + "Sign in with POST /api/v1/session, then send the code to "
                                + "POST /api/v1/session/code, and use the session cookie.", null);
            }
            return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(), GROUPS);
        }
        Optional<Duration> wait = attempt.throttledFor();
        if (wait.isPresent()) {
            SignInOutcome.Throttled throttled = new SignInOutcome.Throttled(wait.get());
            return fail(request, response, 429, "sign-in-throttled", "Too many sign-in attempts",
                    throttled.message(), wait.get());
        }
        return fail(request, response, 401, "sign-in-refused", "Sign-in refused",
                SignInOutcome.Refused.MESSAGE, null);
    }

    private static AuthenticationStatus refuseApiCall(HttpServletRequest request, HttpServletResponse response) {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return fail(request, response, 401, "unauthenticated", "Sign-in required", expired
                ? "Your session has ended. Sign in again, or send HTTP Basic credentials with each request."
                : "Sign in first, or send HTTP Basic credentials (e-mail and password) with each request.", null);
    }

    private AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        StringBuilder query = new StringBuilder(expired ? "expired=true" : "");
        if ("GET".equals(request.getMethod())) {
            String asked = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            String next = ReturnAddress.asParameter(asked);
            if (!next.isEmpty()) {
                query.append(query.isEmpty() ? "" : "&").append(next);
            }
        }
        String target = request.getContextPath() + LOGIN_PAGE + (query.isEmpty() ? "" : "?" + query);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setStatus(200);
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
                response.flushBuffer();
            } catch (IOException e) {
                throw new IllegalStateException("Could not answer the page request", e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(target);
    }

    private static AuthenticationStatus fail(HttpServletRequest request, HttpServletResponse response, int status,
                                             String kind, String title, String detail, Duration retryAfter) {
        try {
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Unionhall\", charset=\"UTF-8\"");
            }
            if (retryAfter != null) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds() + 1)));
            }
            Problem.of(status, kind, title, detail, request.getRequestURI()).writeTo(response);
        } catch (IOException e) {
            throw new IllegalStateException("Could not answer the API request", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isStaticFile(HttpServletRequest request) {
        String path = request.getRequestURI();
        int context = request.getContextPath().length();
        for (String prefix : STATIC_PREFIXES) {
            if (path.startsWith(prefix, context)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }
}
