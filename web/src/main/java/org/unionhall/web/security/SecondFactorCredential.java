package org.unionhall.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a sign-in: a code from the member's authenticator app, or one of their
 * recovery codes, for the sign-in awaiting it in this browser ({@link SignInCookies#PENDING}).
 *
 * @param code the code as typed
 */
public record SecondFactorCredential(String code) implements Credential {
}
