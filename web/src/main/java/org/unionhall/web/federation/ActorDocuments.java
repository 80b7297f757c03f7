package org.unionhall.web.federation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.unionhall.domain.federation.ActorKeys;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.membership.Unions;
import org.unionhall.federation.activity.Application;
import org.unionhall.federation.activity.Group;
import org.unionhall.federation.activity.HttpSignatureKey;
import org.unionhall.federation.activity.Messages;
import org.unionhall.federation.proof.Multikey;

/**
 * The addresses and documents of this installation's actors. The instance actor is
 * {@code /ap/instance}; a union is {@code /ap/unions/{slug}} with its {@code inbox}, {@code outbox}
 * and {@code followers} below it; the shared inbox is {@code /ap/inbox}. Each actor's RSA key is
 * {@code {actor}#main-key} and its Ed25519 Multikey {@code {actor}#ed25519-key}. All are named under
 * the configured public address.
 */
@ApplicationScoped
public class ActorDocuments {
    @Inject
    FederationSettings settings;

    @Inject
    FederationKeys keys;

    @Inject
    Unions unions;

    /** The instance actor's id. */
    public URI instance() {
        return settings.at("ap/instance");
    }

    /** The shared inbox. */
    public URI sharedInbox() {
        return settings.at("ap/inbox");
    }

    /** A union's actor id. */
    public URI union(String slug) {
        return settings.at("ap/unions/" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
    }

    /** A union's followers collection. */
    public URI followers(String slug) {
        return URI.create(union(slug) + "/followers");
    }

    /** A new id for an activity or object we publish. */
    public URI newActivityId() {
        return settings.at("ap/activities/" + UUID.randomUUID());
    }

    /** The public page of a union, for people. */
    public URI unionPage(String slug) {
        return settings.at("public/union.xhtml?union=" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
    }

    /** The id of an actor's RSA key, by the actor's key row name. */
    public URI keyId(String actorName) {
        return URI.create(actorOf(actorName) + "#main-key");
    }

    /** The actor id of a key row name: the instance actor, or the union of that id. */
    public URI actorOf(String actorName) {
        if (ActorKeys.INSTANCE.equals(actorName)) {
            return instance();
        }
        Union union = unions.find(UnionId.of(actorName))
                .orElseThrow(() -> new IllegalStateException("No union " + actorName + " signs deliveries"));
        return union(union.slug());
    }

    /** The union whose actor id is {@code id}, if it is one of ours. */
    public Optional<Union> unionOfActor(URI id) {
        String prefix = settings.at("ap/unions/").toString();
        String text = id.toString();
        if (!text.startsWith(prefix) || text.substring(prefix.length()).contains("/")) {
            return Optional.empty();
        }
        return unions.findBySlug(java.net.URLDecoder.decode(text.substring(prefix.length()), StandardCharsets.UTF_8));
    }

    /** The instance actor's document. */
    public ObjectNode instanceDocument() {
        URI id = instance();
        ActorKeys k = keys.of(ActorKeys.INSTANCE);
        Application app = new Application(id, settings.accountHost(), URI.create(id + "/inbox"),
                URI.create(id + "/outbox"), new HttpSignatureKey(keyId(ActorKeys.INSTANCE), id, k.rsaPublicPem()));
        ObjectNode doc = Messages.document(app);
        doc.put("name", "Unionhall at " + settings.accountHost());
        doc.put("manuallyApprovesFollowers", true);
        doc.putObject("endpoints").put("sharedInbox", sharedInbox().toString());
        return doc;
    }

    /** A union's Group document. */
    public ObjectNode unionDocument(Union union) {
        URI id = union(union.slug());
        String name = union.id().toString();
        ActorKeys k = keys.of(name);
        Group group = new Group(id, union.slug(), union.name(),
                union.description().isBlank() ? Optional.empty()
                        : Optional.of("<p>" + Announcements.html(union.description()) + "</p>"),
                URI.create(id + "/inbox"), URI.create(id + "/outbox"), followers(union.slug()),
                new HttpSignatureKey(keyId(name), id, k.rsaPublicPem()),
                List.of(Multikey.of(URI.create(id + "#ed25519-key"), id, keys.assertionKey(name))));
        ObjectNode doc = Messages.document(group);
        doc.put("url", unionPage(union.slug()).toString());
        doc.put("manuallyApprovesFollowers", false);
        doc.put("discoverable", true);
        doc.putObject("endpoints").put("sharedInbox", sharedInbox().toString());
        return doc;
    }
}
