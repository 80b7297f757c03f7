package org.unionhall.federation.activity;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;

/**
 * A union's certification of how many members one of its chapters had at a moment: the weight
 * its delegate carries in the federal assembly. Only the count crosses, never who the members are.
 */
public record CertifiedMembershipCount(URI id, URI union, URI chapter, long memberCount, Instant asOf)
        implements FederationObject {

    public static final String TYPE = "CertifiedMembershipCount";

    public CertifiedMembershipCount {
        Check.present(id, "id");
        Check.present(union, "attributedTo");
        Check.present(chapter, "chapter");
        Check.atLeast(memberCount, 0, "memberCount");
        Check.present(asOf, "asOf");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<URI> owner() {
        return Optional.of(union);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode node = Json.node(id, TYPE);
        Json.put(node, "attributedTo", union);
        Json.put(node, "chapter", chapter);
        node.put("memberCount", memberCount);
        Json.put(node, "asOf", asOf);
        return node;
    }

    static CertifiedMembershipCount fromJson(Fields f) {
        return new CertifiedMembershipCount(f.uri("id"), f.uri("attributedTo"), f.uri("chapter"),
                f.integer("memberCount"), f.instant("asOf"));
    }
}
