package org.unionhall.federation.activity;

import java.util.Arrays;
import java.util.Optional;

/** The ActivityStreams activities the federation exchanges, by their JSON names. */
public enum ActivityType {
    /** Ask to receive a Group's activities (a member's server, or a peer union). */
    FOLLOW("Follow"),
    /** A Group accepts a Follow. */
    ACCEPT("Accept"),
    /** A Group refuses a Follow. */
    REJECT("Reject"),
    /** Take back an earlier activity of one's own (a Follow, an Announce). */
    UNDO("Undo"),
    /** Publish a new object. */
    CREATE("Create"),
    /** Replace an object of one's own. */
    UPDATE("Update"),
    /** Remove an object of one's own. */
    DELETE("Delete"),
    /** A Group passes an activity of a member on to its followers (FEP-1b12). */
    ANNOUNCE("Announce");

    private final String jsonName;

    ActivityType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in JSON's {@code type}. */
    public String jsonName() {
        return jsonName;
    }

    /** Whether the activity changes an object, which only the object's own origin may do (FEP-fe34). */
    public boolean changesItsObject() {
        return this == UPDATE || this == DELETE || this == UNDO;
    }

    /** The activity type named {@code name}, if it is one of ours. */
    public static Optional<ActivityType> byJsonName(String name) {
        return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
    }
}
