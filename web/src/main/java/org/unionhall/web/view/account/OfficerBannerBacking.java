package org.unionhall.web.view.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.unionhall.application.TwoFactorService;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.web.security.CurrentActor;

/**
 * The banner every page shows a steward, treasurer or trustee who cannot act in their role
 * because this session gave no second factor, with a link to turn it on.
 */
@Named
@RequestScoped
public class OfficerBannerBacking {

    @Inject
    private TwoFactorService twoFactor;

    @Inject
    private CurrentActor member;

    private List<String> roles;

    /** The roles waiting, as words ("steward and trustee"); empty when none or for a visitor. */
    public String getRoles() {
        if (roles == null) {
            try {
                roles = member.caller().map(twoFactor::rolesWaiting).orElse(List.of());
            } catch (DomainException gone) {
                roles = List.of();
            }
        }
        if (roles.size() <= 1) {
            return String.join("", roles);
        }
        return String.join(", ", roles.subList(0, roles.size() - 1)) + " and " + roles.get(roles.size() - 1);
    }
}
