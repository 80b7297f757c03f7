package org.unionhall.application;

/**
 * A member's own data: see it, export it, erase it. Every operation acts on the caller and no
 * one else, so a steward can neither read another member's data here nor export or erase it;
 * export and erasure also ask for the caller's password again.
 *
 * <p>Errors: {@link org.unionhall.domain.shared.AccessDenied} when the account is gone (erased
 * already), {@link org.unionhall.domain.shared.InvalidInput} for a wrong password,
 * {@link org.unionhall.domain.shared.RuleViolation} when the caller is the last steward of a union.
 */
public interface PrivacyService {

    /** Everything held about the caller, and what erasing would do. */
    MyDataView myData(Actor actor);

    /**
     * Everything held about the caller, for an export; the export is recorded on the member's own
     * record. The password is checked first: a wrong one exports nothing.
     */
    MyDataView export(Actor actor, String password);

    /**
     * Erases the caller's account in one transaction (docs/privacy.md, "Erasing your account"):
     * memberships left, mandates ended, e-mail address, password, sessions, trusted devices,
     * notifications, join requests and the lines of who read the record deleted, and every
     * record of the union that must stay moved to a new pseudonym.
     *
     * @return the pseudonym's display name
     */
    String erase(Actor actor, String password);
}
