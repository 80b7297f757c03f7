package org.unionhall.application.treasury;

import java.util.Optional;
import org.unionhall.application.Actor;

/** A union's fund page, for its members, and for anyone when its bylaws make the page public. */
public interface FundService {

    /**
     * The union's funds, monthly flows and paid grants. Requires a member of the union, or nobody
     * when the bylaws in force make the fund page public; otherwise {@link org.unionhall.domain.shared.AccessDenied}
     * (or, for a visitor, {@link org.unionhall.domain.shared.NotFound}: a private page is not there).
     *
     * @param actor the caller, empty for a visitor who is not signed in
     */
    FundsView funds(Optional<Actor> actor, String unionSlug);
}
