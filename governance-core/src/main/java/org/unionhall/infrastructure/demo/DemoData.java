package org.unionhall.infrastructure.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unionhall.application.Stores;
import org.unionhall.domain.account.PasswordHasher;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.Federation;
import org.unionhall.domain.membership.Instance;
import org.unionhall.domain.membership.JoinRequest;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Membership;
import org.unionhall.domain.membership.Term;
import org.unionhall.domain.membership.Union;

/**
 * Seeds the demo federation through the domain's own rules (founding members, join requests
 * admitted by a steward, mandates assigned by a steward), so the demo shows what real use would
 * leave behind, audit trail included. Every person is fictional. Runs inside the caller's
 * transaction and does nothing when a federation already exists.
 */
public final class DemoData {
    /** The password of every demo account (see docs/demo-accounts.md). */
    public static final String PASSWORD = "union-demo-2026";
    /** The demo accounts' e-mail domain (reserved for examples, never delivered). */
    public static final String DOMAIN = "unionhall.example";

    private static final String[] FIRST = {"Adaeze", "Bjorn", "Camila", "Dmitri", "Esra", "Farid", "Gabriela",
        "Hamid", "Ines", "Jae-won", "Kofi", "Leilani", "Malik", "Noor", "Oskar", "Paulina", "Quang", "Rosa",
        "Siddharth", "Thandiwe", "Ulla", "Valentin", "Wanjiru", "Xochitl", "Yosef", "Zanele", "Aroha", "Bilal",
        "Carmen", "Dagny", "Emeka", "Freya", "Goran", "Hiroko", "Ilse", "Joaquín", "Keanu", "Ludmila", "Mariam",
        "Nils"};
    private static final String[] LAST = {"Achebe", "Bergström", "Castillo", "Dubois", "Eriksen", "Farouk",
        "Gonzaga", "Haddad", "Ibáñez", "Jung", "Kariuki", "Laine", "Mbeki", "Nakamura", "Osei", "Petrova",
        "Quispe", "Rahman", "Sato", "Tshabalala", "Uçar", "Varga", "Wójcik", "Xu", "Yilmaz", "Zapata"};

    private final Stores stores;
    private final PasswordHasher hasher;
    private Instant now;
    private LocalDate today;
    /** The day the demo unions were founded: their members belong since then, before any mandate began. */
    private LocalDate founded;
    private String passwordHash;

    /**
     * @param stores where to write
     * @param hasher hashes the demo password once; the demo accounts share the password, so they
     *               share its hash too, which keeps the first start of the demo short
     */
    public DemoData(Stores stores, PasswordHasher hasher) {
        this.stores = stores;
        this.hasher = hasher;
    }

    /**
     * Seeds the demo federation unless the database already holds one.
     *
     * @return whether anything was written
     */
    public boolean seedIfEmpty() {
        if (stores.federations().any()) {
            return false;
        }
        now = stores.time().now();
        today = stores.time().today();
        founded = today.minusMonths(14);
        passwordHash = hasher.hash(PASSWORD.toCharArray());
        Term term = new Term(today.minusMonths(2), today.minusMonths(2).plusYears(2).minusDays(1));

        Federation federation = new Federation("fediverse-workers", "Fediverse Workers Federation", now);
        stores.federations().add(federation);

        Union mods = federation.foundUnion("fediverse-moderators", "Fediverse Moderators' Union",
                "Volunteer and paid moderators of Fediverse servers, organising for fair pay for moderation "
                        + "labour, legal help, and safety tools that work.", now);
        stores.unions().add(mods);
        Chapter europe = chapter(mods, "moderators-europe", "Moderators Europe",
                "Moderators of servers run from Europe. Meets online on the first Tuesday of the month.", 3);
        Chapter americas = chapter(mods, "moderators-americas", "Moderators Americas",
                "Moderators of servers run from North, Central and South America.", 2);

        Union sellers = federation.foundUnion("indie-sellers", "Indie Sellers' Union",
                "Makers and small sellers on online marketplaces, bargaining together over fees, "
                        + "payout holds and account suspensions.", now);
        stores.unions().add(sellers);
        Chapter makers = chapter(sellers, "makers-crafters", "Makers & Crafters",
                "People who sell what they make by hand: ceramics, textiles, jewellery, woodwork.", 2);
        Chapter digital = chapter(sellers, "digital-creators", "Digital Creators",
                "Sellers of patterns, fonts, presets, music and other digital goods.", 2);

        instances(mods);

        Member amara = person("Amara Okafor", "amara", "en");
        stores.accounts().find(amara.id()).orElseThrow().makeInstallationOperator();
        Member jonas = person("Jonas Lindqvist", "jonas", "sv");
        Member priya = person("Priya Raman", "priya", "en");
        Member mateo = person("Mateo García", "mateo", "es");
        Member yuki = person("Yuki Tanaka", "yuki", "ja");
        Member fatima = person("Fatima Al-Sayed", "fatima", "ar");
        Member diego = person("Diego Hernández", "diego", "es");
        Member chloe = person("Chloé Martin", "chloe", "fr");
        Member kwame = person("Kwame Mensah", "kwame", "en");
        Member lena = person("Lena Fischer", "lena", "de");
        Member tomas = person("Tomás Silva", "tomas", "pt-BR");
        Member aisha = person("Aisha Bello", "aisha", "en");
        Member ravi = person("Ravi Patel", "ravi", "en");
        Member sofia = person("Sofia Rossi", "sofia", "it");
        Member hana = person("Hana Kim", "hana", "ko");
        Member marta = person("Marta Nowak", "marta", "pl");
        Member olu = person("Olu Adeyemi", "olu", "en");
        Member sam = person("Sam Quinn", "sam", "en");
        Member noor = person("Noor Haddad", "noor", "en");
        Member oskar = person("Oskar Eriksen", "oskar", "nb");
        Member wanjiru = person("Wanjiru Kariuki", "wanjiru", "en");
        Member ilse = person("Ilse Varga", "ilse", "hu");

        founding(europe, amara);
        founding(makers, lena);
        foundingSteward(mods, amara, term);
        foundingSteward(sellers, lena, term);

        admit(europe, amara, jonas, priya, mateo, yuki, chloe, noor);
        admit(americas, amara, fatima, diego, kwame, marta, oskar);
        admit(makers, lena, aisha, ravi, wanjiru);
        admit(digital, lena, tomas, sofia, hana, ilse);

        List<Member> crowd = crowd(36);
        for (int i = 0; i < crowd.size(); i++) {
            Chapter c = switch (i % 4) {
                case 0 -> europe;
                case 1 -> americas;
                case 2 -> makers;
                default -> digital;
            };
            admit(c, c.unionId().equals(mods.id()) ? amara : lena, crowd.get(i));
        }

        appoint(europe, MandateRole.STEWARD, jonas, amara, term, "Elected at the chapter's founding meeting");
        appoint(europe, MandateRole.DELEGATE, priya, amara, term, "Elected delegate to the union congress");
        appoint(europe, MandateRole.DELEGATE, mateo, jonas, term, "Elected delegate to the union congress");
        appoint(americas, MandateRole.STEWARD, diego, amara, term, "Elected at the chapter's founding meeting");
        appoint(americas, MandateRole.DELEGATE, kwame, diego, term, "Elected delegate to the union congress");
        appointUnion(mods, MandateRole.TRUSTEE, yuki, amara, term, "Key ceremony trustee, chosen by lot");
        appointUnion(mods, MandateRole.TRUSTEE, priya, amara, term, "Key ceremony trustee, chosen by lot");
        appointUnion(mods, MandateRole.TRUSTEE, kwame, amara, term, "Key ceremony trustee, chosen by lot");
        appoint(digital, MandateRole.STEWARD, tomas, lena, term, "Elected at the chapter's founding meeting");
        appoint(makers, MandateRole.DELEGATE, aisha, lena, term, "Elected delegate to the union congress");
        appointUnion(sellers, MandateRole.TRUSTEE, sofia, lena, term, "Key ceremony trustee, chosen by lot");
        // Treasurers have kept the books for over a year: the demo treasury's history starts then.
        Term books = new Term(today.minusMonths(13), today.minusMonths(13).plusYears(2).minusDays(1));
        appointUnion(mods, MandateRole.TREASURER, fatima, amara, books, "Elected treasurer by the congress");
        appointUnion(mods, MandateRole.TREASURER, noor, amara, books, "Elected treasurer by the congress");
        appointUnion(mods, MandateRole.TREASURER, oskar, amara, books, "Elected treasurer by the congress");
        appointUnion(sellers, MandateRole.TREASURER, ravi, lena, books, "Elected treasurer by the congress");
        appointUnion(sellers, MandateRole.TREASURER, wanjiru, lena, books, "Elected treasurer by the congress");
        appointUnion(sellers, MandateRole.TREASURER, ilse, lena, books, "Elected treasurer by the congress");

        ask(europe, olu, "I moderate a small art server and would like to join the pay campaign.");
        ask(makers, marta, "I also sell ceramics on two marketplaces.");
        ask(americas, sam, "New moderator on a server in Toronto.");
        ask(digital, olu, "");
        return true;
    }

    private Chapter chapter(Union union, String slug, String name, String description, int seats) {
        Chapter chapter = union.openChapter(slug, name, description, seats, now);
        stores.chapters().add(chapter);
        return chapter;
    }

    private void instances(Union mods) {
        Instance social = mods.workWith("social.example.org", "Example Social");
        social.addContact("Ada Byrne", "@ada@social.example.org", "admin");
        social.addContact("Tariq Nasser", "@tariq@social.example.org", "moderation lead");
        stores.instances().add(social);
        Instance art = mods.workWith("art.example.net", "Art Commons");
        art.addContact("Mele Tupou", "@mele@art.example.net", "admin and moderator");
        stores.instances().add(art);
    }

    private Member person(String name, String handle, String language) {
        Member member = new Member(name, handle + "@" + DOMAIN, language, now);
        stores.members().add(member);
        stores.accounts().add(new SignInAccount(member.id(), passwordHash, now));
        return member;
    }

    private List<Member> crowd(int count) {
        List<Member> crowd = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i * 7) % LAST.length];
            String mail = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "." + i;
            Member member = new Member(first + " " + last, mail + "@" + DOMAIN, "en", now);
            stores.members().add(member);
            crowd.add(member);
        }
        return crowd;
    }

    private void founding(Chapter chapter, Member member) {
        stores.memberships().add(chapter.enrolFoundingMember(member, Optional.empty(), now, founded));
        audit(Optional.empty(), AuditAction.JOIN_ADMITTED, member.id(), chapter, "Founding member",
                "Admitted to " + chapter.name());
    }

    private void foundingSteward(Union union, Member member, Term term) {
        Mandate mandate = union.appointFoundingSteward(member.id(), stores.memberships().ofMember(member.id()), term,
                stores.mandates().ofUnion(union.id()), now, today);
        stores.mandates().add(mandate);
        stores.audit().append(new AuditEntry(Optional.empty(), AuditAction.MANDATE_ASSIGNED,
                Optional.of(member.id()), union.id(), Optional.empty(), "Chosen by the founding assembly",
                "Steward, " + term, now));
    }

    private void admit(Chapter chapter, Member steward, Member... members) {
        for (Member m : members) {
            JoinRequest request = chapter.receiveJoinRequest(m.id(), Optional.empty(), Optional.empty(),
                    "", now);
            stores.joinRequests().add(request);
            Membership membership = request.admit(steward.id(), "Welcome!", m, Optional.empty(), now, founded);
            stores.memberships().add(membership);
            audit(Optional.of(steward.id()), AuditAction.JOIN_ADMITTED, m.id(), chapter, "Welcome!",
                    "Admitted to " + chapter.name());
        }
    }

    private void appoint(Chapter chapter, MandateRole role, Member holder, Member steward, Term term, String why) {
        Mandate mandate = chapter.appoint(role, holder.id(), stores.memberships().find(holder.id(), chapter.id()),
                term, stores.mandates().ofChapter(chapter.id()), steward.id(), now, today);
        stores.mandates().add(mandate);
        audit(Optional.of(steward.id()), AuditAction.MANDATE_ASSIGNED, holder.id(), chapter, why,
                role.label() + ", " + term);
    }

    private void appointUnion(Union union, MandateRole role, Member holder, Member steward, Term term, String why) {
        Mandate mandate = union.appoint(role, holder.id(), stores.memberships().ofMember(holder.id()), term,
                stores.mandates().ofUnion(union.id()), steward.id(), now, today);
        stores.mandates().add(mandate);
        stores.audit().append(new AuditEntry(Optional.of(steward.id()), AuditAction.MANDATE_ASSIGNED,
                Optional.of(holder.id()), union.id(), Optional.empty(), why, role.label() + ", " + term, now));
    }

    private void ask(Chapter chapter, Member member, String note) {
        JoinRequest request = chapter.receiveJoinRequest(member.id(),
                stores.memberships().find(member.id(), chapter.id()), Optional.empty(), note, now);
        stores.joinRequests().add(request);
        audit(Optional.of(member.id()), AuditAction.JOIN_REQUESTED, member.id(), chapter, "",
                "Asked to join " + chapter.name());
    }

    private void audit(Optional<MemberId> actor, AuditAction action, MemberId subject, Chapter chapter,
                       String reason, String detail) {
        stores.audit().append(new AuditEntry(actor, action, Optional.of(subject), chapter.unionId(),
                Optional.of(chapter.id()), reason, detail, now));
    }
}
