package org.unionhall.domain.account;

import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;

/** Where second factors and recovery codes are kept. */
public interface TwoFactors {

    /**
     * The member's second factor (on, or still being set up), locked until the transaction ends
     * so that two sign-ins with one code at the same moment are one after the other and the second
     * is refused.
     */
    Optional<TwoFactor> forUpdate(MemberId member);

    /** Whether the member has two-factor sign-in on. */
    boolean isOn(MemberId member);

    /** Stores a new second factor. */
    void add(TwoFactor twoFactor);

    /** Deletes the member's second factor and recovery codes. */
    void remove(MemberId member);

    /** Replaces the member's recovery codes with these. */
    void replaceRecoveryCodes(MemberId member, List<RecoveryCode> codes);

    /** The member's recovery code with this digest, locked until the transaction ends. */
    Optional<RecoveryCode> recoveryCode(MemberId member, String digest);

    /** How many of the member's recovery codes are still unused. */
    long recoveryCodesLeft(MemberId member);
}
