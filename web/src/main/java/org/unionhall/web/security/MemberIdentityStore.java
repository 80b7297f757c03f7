package org.unionhall.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.unionhall.application.SignInOutcome;
import org.unionhall.application.SignInService;

/**
 * Checks members' e-mail addresses and passwords with the core's {@link SignInService} (Argon2id,
 * throttled per account and per address, the same answer for unknown e-mails and wrong
 * passwords). Every signed-in person is in the one group {@value #MEMBER_GROUP}; their powers in
 * a union or chapter are checked by the services, scope by scope.
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

    /** The group (and role) every signed-in member holds. */
    public static final String MEMBER_GROUP = "member";

    @Inject
    SignInService signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof SignInCredential attempt)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        char[] password = attempt.getPassword().getValue();
        try {
            SignInOutcome outcome = signIn.signIn(attempt.getCaller(), password, attempt.remoteAddress(),
                    attempt.deviceToken());
            if (outcome instanceof SignInOutcome.SignedIn signedIn) {
                attempt.markSignedIn(signedIn.displayName());
                return new CredentialValidationResult(signedIn.memberId().toString(), Set.of(MEMBER_GROUP));
            }
            if (outcome instanceof SignInOutcome.Throttled throttled) {
                attempt.markThrottled(throttled.retryAfter());
            }
            return CredentialValidationResult.INVALID_RESULT;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return Set.of(MEMBER_GROUP);
    }
}
