package org.unionhall.application;

import java.util.List;

/**
 * A Fediverse server a union works with, and the people on its team the union talks to.
 *
 * @param id instance id
 * @param host the server's host name, e.g. social.example.org
 * @param name what it calls itself
 * @param team its team contacts
 */
public record InstanceView(String id, String host, String name, List<TeamContactView> team) {
    /** Copies the team. */
    public InstanceView {
        team = List.copyOf(team);
    }
}
