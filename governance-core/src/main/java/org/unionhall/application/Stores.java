package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.unionhall.domain.account.SignInAccounts;
import org.unionhall.domain.audit.AuditTrail;
import org.unionhall.domain.membership.Chapters;
import org.unionhall.domain.membership.Federations;
import org.unionhall.domain.membership.Instances;
import org.unionhall.domain.membership.JoinRequests;
import org.unionhall.domain.membership.Mandates;
import org.unionhall.domain.membership.Members;
import org.unionhall.domain.membership.Memberships;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.membership.Unions;
import org.unionhall.domain.privacy.RecordAccesses;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.NotFound;

/**
 * The repositories and the clock the application services share, gathered in one bean so that
 * each service has one dependency and tests can build every service from one set of stores.
 */
@ApplicationScoped
public class Stores {
    private Federations federations;
    private Unions unions;
    private Chapters chapters;
    private Members members;
    private Memberships memberships;
    private JoinRequests joinRequests;
    private Mandates mandates;
    private Instances instances;
    private AuditTrail audit;
    private SignInAccounts accounts;
    private RecordAccesses recordAccesses;
    private TimeSource time;

    /** For CDI's proxy. */
    protected Stores() {
    }

    /** All stores and the clock. */
    @Inject
    public Stores(Federations federations, Unions unions, Chapters chapters, Members members,
                  Memberships memberships, JoinRequests joinRequests, Mandates mandates, Instances instances,
                  AuditTrail audit, SignInAccounts accounts, RecordAccesses recordAccesses,
                  TimeSource time) {
        this.federations = federations;
        this.unions = unions;
        this.chapters = chapters;
        this.members = members;
        this.memberships = memberships;
        this.joinRequests = joinRequests;
        this.mandates = mandates;
        this.instances = instances;
        this.audit = audit;
        this.accounts = accounts;
        this.recordAccesses = recordAccesses;
        this.time = time;
    }

    /** Federations. */
    public Federations federations() {
        return federations;
    }

    /** Unions. */
    public Unions unions() {
        return unions;
    }

    /** Chapters. */
    public Chapters chapters() {
        return chapters;
    }

    /** Members. */
    public Members members() {
        return members;
    }

    /** Memberships. */
    public Memberships memberships() {
        return memberships;
    }

    /** Join requests. */
    public JoinRequests joinRequests() {
        return joinRequests;
    }

    /** Mandates. */
    public Mandates mandates() {
        return mandates;
    }

    /** Instances. */
    public Instances instances() {
        return instances;
    }

    /** The audit trail. */
    public AuditTrail audit() {
        return audit;
    }

    /** Sign-in accounts. */
    public SignInAccounts accounts() {
        return accounts;
    }

    /** Who looked at or exported a member's record. */
    public RecordAccesses recordAccesses() {
        return recordAccesses;
    }

    /** The clock. */
    public TimeSource time() {
        return time;
    }

    /** The union with this short name, as a person typed or linked it; otherwise {@link NotFound}. */
    public Union union(String slug) {
        return Optional.ofNullable(slug).flatMap(s -> unions.findBySlug(s.strip()))
                .orElseThrow(() -> new NotFound("There is no union \"" + Check.abbreviate(String.valueOf(slug))
                        + "\"."));
    }
}
