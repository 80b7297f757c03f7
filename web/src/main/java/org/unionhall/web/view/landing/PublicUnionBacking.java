package org.unionhall.web.view.landing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.unionhall.application.PublicDirectory;
import org.unionhall.application.treasury.FundService;
import org.unionhall.application.treasury.FundsView;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.web.view.treasury.Money;
import org.unionhall.application.PublicUnionView;
import org.unionhall.web.view.Pages;

/**
 * A union's public page: what it is for, how to join, its chapters, its published election
 * results and, when its bylaws say so, its funds and paid grants; the same for everybody and
 * naming no member.
 */
@Named
@RequestScoped
public class PublicUnionBacking {

    @Inject
    private PublicDirectory directory;

    @Inject
    private FundService fundService;

    private String slug;
    private PublicUnionView union;
    private FundsView funds;

    /** Loads the union named in the address; an unknown one shows the 404 page. */
    public void load() {
        Visitors.keepNoSession();
        union = Pages.load(() -> directory.page(slug)).orElse(null);
        if (union != null) {
            try {
                funds = fundService.funds(Optional.empty(), slug);
            } catch (NotFound shownToMembersOnly) {
                funds = null;
            }
        }
    }

    /** The union's funds, when its bylaws make them public; else {@code null}. */
    public FundsView getFunds() {
        return funds;
    }

    /** An amount of the union's currency, in minor units, as the fund page shows it. */
    public String money(long minorUnits) {
        return Money.format(minorUnits, funds.currency());
    }

    public String getUnion() {
        return slug;
    }

    public void setUnion(String slug) {
        this.slug = slug;
    }

    /** The union's public page. */
    public PublicUnionView getPage() {
        return union;
    }
}
