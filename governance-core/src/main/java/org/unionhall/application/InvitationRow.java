package org.unionhall.application;

/**
 * One person of a list of invitations, checked.
 *
 * @param row the line of the file, or the position in the list from 1
 * @param name the name as given (trimmed)
 * @param email the address as given (trimmed, lower case)
 * @param problem why this person is not invited, in words a steward understands; null when they
 *        can be (or were) invited
 */
public record InvitationRow(int row, String name, String email, String problem) {

    /** Whether this person can be, or was, invited. */
    public boolean ready() {
        return problem == null;
    }
}
