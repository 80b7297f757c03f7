package org.unionhall.federation.activity;

import java.net.URI;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Anything with an id that crosses between installations: an actor, an activity or an object.
 * Its {@link #toJson()} is its embedded form (no {@code @context});
 * {@link Messages#document(FederationObject)} makes a whole document of it.
 */
public sealed interface FederationObject permits Activity, Group, Application, Note, Question, Motion,
        RollCallVote, CertifiedMembershipCount, ElectionRecordAnnouncement, LedgerCheckpoint, AssemblyResult,
        ForeignObject {

    /** Its id, an https URI whose origin is its server's. */
    URI id();

    /** Its ActivityStreams or Unionhall type name. */
    String type();

    /** The actor it belongs to (FEP-fe34): the actor of an activity, the author of an object, an actor itself. */
    Optional<URI> owner();

    /** Its JSON, without {@code @context}. */
    ObjectNode toJson();
}
