package org.unionhall.web.view.steward;

import java.io.Serializable;

/**
 * A member offered in the "member" box of the mandate form.
 *
 * @param memberId the member's id
 * @param displayName the name shown
 */
public record MemberChoice(String memberId, String displayName) implements Serializable {
}
