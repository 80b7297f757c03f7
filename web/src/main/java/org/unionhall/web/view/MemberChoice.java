package org.unionhall.web.view;

import java.io.Serializable;

/**
 * A member offered in a "member" box that completes a typed name (see {@link MemberPicker}).
 *
 * @param memberId the member's id
 * @param displayName the name shown
 */
public record MemberChoice(String memberId, String displayName) implements Serializable {
}
