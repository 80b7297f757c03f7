package org.unionhall.application;

import java.util.List;

/**
 * What anyone may read about the unions of this installation without signing in: the landing
 * page's list and each union's public page. Nothing here names a member, and every count of
 * people follows the small-group rule ({@link org.unionhall.domain.shared.PeopleCount#shown}).
 * It takes no actor: the answer is the same for everybody, signed in or not.
 *
 * <p>Errors: {@link org.unionhall.domain.shared.NotFound} for an unknown union.
 */
public interface PublicDirectory {

    /** Every union of this installation, by name. */
    List<PublicUnionSummary> unions();

    /** One union's public page. */
    PublicUnionView page(String unionSlug);
}
