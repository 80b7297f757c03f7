package org.unionhall.web.view.treasury;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.InstanceView;
import org.unionhall.application.treasury.GrantClaim;
import org.unionhall.application.treasury.GrantService;
import org.unionhall.application.treasury.GrantView;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.treasury.GrantKind;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * Writing a grant request to a union ({@code ?union=}) or changing one ({@code ?id=}): moderation
 * labour (instance, period, hours, rate) or legal aid (amount). Saving goes to the request's page,
 * where evidence is added and the request submitted.
 */
@Named
@ViewScoped
public class GrantFormBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private GrantService grants;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private String union;
    private String id;
    private String unionName;
    private List<InstanceView> instances = List.of();
    private GrantKind kind = GrantKind.MODERATION_LABOUR;
    private String instance;
    private String title;
    private String description;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String hours;
    private String rate;
    private String amount;

    /** Loads the union, and the request when it is changed; a request the caller may not change is refused. */
    public void load() {
        Pages.load(() -> {
            if (id != null && !id.isBlank()) {
                GrantView g = grants.request(member.actor(), id);
                if (!g.may().edit()) {
                    throw new InvalidInput("This request can no longer be changed.");
                }
                union = g.unionSlug();
                kind = g.kind();
                instance = g.instanceHost();
                title = g.title();
                description = g.description();
                periodFrom = g.periodFrom();
                periodTo = g.periodTo();
                hours = g.hours();
                rate = g.rate();
                amount = g.kind() == GrantKind.LEGAL_AID ? g.amount() : null;
            }
            var view = directory.union(member.actor(), union);
            unionName = view.name();
            instances = view.instances();
            return true;
        });
    }

    /** Saves the draft (or the change) and goes to the request's page. */
    public String save() {
        boolean editing = id != null && !id.isBlank();
        if (Pages.act(() -> {
            GrantClaim claim = kind == GrantKind.MODERATION_LABOUR
                    ? GrantClaim.labour(instance, title, description, periodFrom, periodTo, decimal(hours), rate)
                    : GrantClaim.legalAid(title, description, amount);
            id = editing ? grants.revise(member.actor(), id, claim).id() : grants.draft(member.actor(), union, claim).id();
        }, editing ? "Your changes are saved." : "Your draft is saved. Add evidence, then submit it to the treasurers.")) {
            Pages.keepMessagesForNextPage();
            return "/treasury/grant?faces-redirect=true&id=" + id;
        }
        return null;
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("The hours are a number such as 12.5.");
        }
    }

    /** Whether the form is for moderation labour. */
    public boolean isLabour() {
        return kind == GrantKind.MODERATION_LABOUR;
    }

    public String getUnion() {
        return union;
    }

    public void setUnion(String union) {
        this.union = union;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getUnionName() {
        return unionName;
    }

    public List<InstanceView> getInstances() {
        return instances;
    }

    public GrantKind getKind() {
        return kind;
    }

    public void setKind(GrantKind kind) {
        this.kind = kind;
    }

    public String getInstance() {
        return instance;
    }

    public void setInstance(String instance) {
        this.instance = instance;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
