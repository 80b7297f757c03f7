package org.unionhall.application;

/**
 * A person a steward wishes to invite, as typed or read from a file: nothing is checked yet (see
 * {@link InvitationService#preview}).
 *
 * @param row where the person stands: the line of the file, or the position in the list from 1
 * @param name their name
 * @param email their e-mail address
 */
public record Invitee(int row, String name, String email) {
}
