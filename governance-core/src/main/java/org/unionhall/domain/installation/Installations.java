package org.unionhall.domain.installation;

import java.util.Optional;

/** Where the installation's own row and its setup links are kept. */
public interface Installations {

    /** The installation, read without a lock (for pages and start-up). */
    Installation read();

    /**
     * The installation, locked for the rest of the transaction so that nobody else founds it
     * meanwhile; empty when another transaction held the lock for longer than the database waits.
     */
    Optional<Installation> lock();

    /** Whether the database holds any federation, union or person. */
    boolean holdsAnything();

    /** The setup link whose token has this digest. */
    Optional<SetupLink> setupLink(String tokenDigest);

    /** Stores a new setup link in place of every earlier one, which stop working. */
    void replaceSetupLinks(SetupLink link);
}
