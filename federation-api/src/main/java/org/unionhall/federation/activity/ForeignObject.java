package org.unionhall.federation.activity;

import java.net.URI;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;
import org.unionhall.federation.proof.Owner;

/**
 * An object of a type this vocabulary does not model (a Person, an Image, a Tombstone…), kept as
 * received so that it can be passed on or looked up by its id; nothing else is read from it.
 */
public final class ForeignObject implements FederationObject {

    private final URI id;
    private final String type;
    private final ObjectNode json;

    private ForeignObject(URI id, String type, ObjectNode json) {
        this.id = Check.present(id, "id");
        this.type = Check.text(type, "type");
        this.json = json.deepCopy();
    }

    static ForeignObject fromJson(Fields f) {
        return new ForeignObject(f.uri("id"), f.string("type"), f.node());
    }

    @Override
    public URI id() {
        return id;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public Optional<URI> owner() {
        return Owner.of(json);
    }

    @Override
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ForeignObject o && o.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "ForeignObject[" + type + " " + id + "]";
    }
}
