package org.unionhall.application;

/**
 * A person on an instance's team.
 *
 * @param name their name
 * @param handle their Fediverse handle, e.g. @ada@social.example.org
 * @param role what they do there, e.g. moderator or admin
 */
public record TeamContactView(String name, String handle, String role) {
}
