package org.unionhall.application.installation;

import java.util.Optional;

/**
 * The first run of an installation. Before anything exists, nobody can sign in, so the authority
 * to found it is a one-time setup link printed on the operator's console (or the console itself,
 * for {@code ./unionhall admin found}); once founded, the first steward signs in like anyone else
 * and is the installation's operator.
 */
public interface InstallationService {

    /** Whether the installation is set up (founded, or holding any federation, union or person). */
    boolean isSetUp();

    /**
     * Issues a new setup link when the installation is not set up yet; every earlier link stops
     * working. Empty when it is set up.
     */
    Optional<IssuedSetupLink> openSetup();

    /**
     * Why the presented link cannot found the installation now (set up already, unknown, used,
     * expired), or empty when it can.
     */
    Optional<String> refusal(String presentedToken);

    /**
     * Founds the installation with a setup link: the federation, the first union, its first
     * chapter, and the first steward's account, who becomes an active founding member of the
     * chapter, the union's steward for two years and the installation's operator; the link is used
     * up. All or nothing: on any refusal or failure nothing is written and the link still works.
     * Of two people founding at once, one succeeds and the other is told the installation is set up.
     *
     * @throws org.unionhall.domain.shared.RuleViolation when the link cannot found the installation
     *         (set up already, unknown, used, expired, or someone else is founding it this instant)
     * @throws org.unionhall.domain.shared.InvalidInput when a name, the e-mail or the password is refused
     */
    FoundedInstallation found(String presentedToken, FoundInstallation founding);

    /**
     * Founds the installation from the console ({@code ./unionhall admin found}): as {@link #found}
     * but with the authority of whoever holds the database's credentials instead of a link; any
     * setup link printed earlier stops working.
     */
    FoundedInstallation foundAtConsole(FoundInstallation founding);
}
