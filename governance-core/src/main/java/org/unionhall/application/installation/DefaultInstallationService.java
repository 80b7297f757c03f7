package org.unionhall.application.installation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.unionhall.application.Stores;
import org.unionhall.domain.account.PasswordHasher;
import org.unionhall.domain.account.PasswordPolicy;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.installation.Installation;
import org.unionhall.domain.installation.Installations;
import org.unionhall.domain.installation.SetupLink;
import org.unionhall.domain.installation.SetupToken;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.Federation;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.Membership;
import org.unionhall.domain.membership.Term;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.domain.shared.Slugs;

/**
 * Founds an installation in one transaction. The link is checked before anything costly (so a
 * forged link costs no password hashing), the names and the password are checked and the password
 * hashed before the installation's row is locked (so the lock is held for a few writes only), and
 * under the lock everything is checked again: the one who waited for it finds the installation
 * founded and is told so.
 */
@ApplicationScoped
@Transactional
public class DefaultInstallationService implements InstallationService {
    /** The answer while another founding holds the installation's lock longer than the database waits. */
    static final String BUSY = "Someone is setting up this installation at this very moment. "
            + "Wait a few seconds and open the link again.";
    /** The first steward's term: a founding assembly's usual two years. */
    static final int TERM_YEARS = 2;

    private Stores stores;
    private Installations installations;
    private PasswordHasher hasher;

    /** For CDI's proxy. */
    protected DefaultInstallationService() {
    }

    /**
     * @param stores the repositories and clock
     * @param installations the installation's row and setup links
     * @param hasher hashes the first steward's password
     */
    @Inject
    public DefaultInstallationService(Stores stores, Installations installations, PasswordHasher hasher) {
        this.stores = stores;
        this.installations = installations;
        this.hasher = hasher;
    }

    @Override
    public boolean isSetUp() {
        return installations.read().isSetUp(installations.holdsAnything());
    }

    @Override
    public Optional<IssuedSetupLink> openSetup() {
        Installation installation = installations.lock().orElseThrow(() -> new RuleViolation(BUSY));
        if (installation.isSetUp(installations.holdsAnything())) {
            return Optional.empty();
        }
        SetupToken token = SetupToken.generate();
        SetupLink link = new SetupLink(token, stores.time().now());
        installations.replaceSetupLinks(link);
        return Optional.of(new IssuedSetupLink(token, link.expiresAt()));
    }

    @Override
    public Optional<String> refusal(String presentedToken) {
        if (isSetUp()) {
            return Optional.of(Installation.ALREADY_SET_UP);
        }
        try {
            link(presentedToken).checkUsable(stores.time().now());
            return Optional.empty();
        } catch (RuleViolation refused) {
            return Optional.of(refused.getMessage());
        }
    }

    @Override
    public FoundedInstallation found(String presentedToken, FoundInstallation founding) {
        refusal(presentedToken).ifPresent(reason -> {
            throw new RuleViolation(reason);
        });
        Founding prepared = prepare(founding);
        Installation installation = installations.lock().orElseThrow(() -> new RuleViolation(BUSY));
        installation.found(installations.holdsAnything(), prepared.now);
        link(presentedToken).use(prepared.now);
        return write(prepared, "Founded the installation with its setup link");
    }

    @Override
    public FoundedInstallation foundAtConsole(FoundInstallation founding) {
        if (isSetUp()) {
            throw new RuleViolation(Installation.ALREADY_SET_UP);
        }
        Founding prepared = prepare(founding);
        Installation installation = installations.lock().orElseThrow(() -> new RuleViolation(BUSY));
        installation.found(installations.holdsAnything(), prepared.now);
        return write(prepared, "Founded the installation at the console");
    }

    private SetupLink link(String presentedToken) {
        return SetupToken.digestOfPresented(presentedToken).flatMap(installations::setupLink)
                .orElseThrow(() -> new RuleViolation(SetupLink.UNKNOWN));
    }

    /** Everything founding makes, checked by the domain but not stored yet, and the password's hash. */
    private record Founding(Instant now, LocalDate today, Federation federation, Union union, Chapter chapter,
                            Member steward, String passwordHash) {
    }

    private Founding prepare(FoundInstallation f) {
        try {
            Instant now = stores.time().now();
            Federation federation = new Federation(Slugs.from(f.federationName(), "federation"), f.federationName(),
                    now);
            Union union = federation.foundUnion(f.unionSlug(), f.unionName(), "", now);
            Chapter chapter = union.openChapter(Slugs.from(f.chapterName(), "first-chapter"), f.chapterName(), "", 1,
                    now);
            Member steward = new Member(f.stewardName(), f.stewardEmail(), "en", now);
            PasswordPolicy.check(f.password());
            return new Founding(now, stores.time().today(), federation, union, chapter, steward,
                    hasher.hash(f.password()));
        } finally {
            if (f.password() != null) {
                Arrays.fill(f.password(), '\0');
            }
        }
    }

    private FoundedInstallation write(Founding f, String reason) {
        stores.federations().add(f.federation);
        stores.unions().add(f.union);
        stores.chapters().add(f.chapter);
        stores.members().add(f.steward);
        Membership membership = f.chapter.enrolFoundingMember(f.steward, Optional.empty(), f.now, f.today);
        stores.memberships().add(membership);
        stores.audit().append(new AuditEntry(Optional.empty(), AuditAction.JOIN_ADMITTED, Optional.of(f.steward.id()),
                f.union.id(), Optional.of(f.chapter.id()), "Founding member", "Admitted to " + f.chapter.name(), f.now));
        Term term = new Term(f.today, f.today.plusYears(TERM_YEARS).minusDays(1));
        Mandate mandate = f.union.appointFoundingSteward(f.steward.id(), List.of(membership), term, List.of(), f.now,
                f.today);
        stores.mandates().add(mandate);
        stores.audit().append(new AuditEntry(Optional.empty(), AuditAction.MANDATE_ASSIGNED,
                Optional.of(f.steward.id()), f.union.id(), Optional.empty(), reason, "Steward, " + term, f.now));
        SignInAccount account = new SignInAccount(f.steward.id(), f.passwordHash, f.now);
        account.makeInstallationOperator();
        stores.accounts().add(account);
        return new FoundedInstallation(f.steward.id().toString(), f.steward.email(), f.federation.name(),
                f.union.slug(), f.union.name(), f.chapter.slug(), f.chapter.name());
    }
}
