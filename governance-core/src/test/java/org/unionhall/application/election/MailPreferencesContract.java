package org.unionhall.application.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.notification.DefaultMailPreferenceService;
import org.unionhall.application.notification.MailChoiceView;
import org.unionhall.application.notification.MailPreferenceService;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.infrastructure.persistence.JpaMailPreferences;
import org.unionhall.testsupport.TestDatabase;

/**
 * Mail preferences on a real database: a member who never chose gets no notification by mail;
 * a member gets by mail exactly the kinds they chose, and every notification still in the
 * application; a member sees and changes only their own choice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class MailPreferencesContract {
    static final Instant START = Instant.parse("2026-05-04T08:00:00Z");

    @Parameter
    TestDatabase.Kind database;

    UnionWorld w;
    MailPreferenceService preferences;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void found() {
        w = new UnionWorld(database, START);
        preferences = new DefaultMailPreferenceService(w.stores, new JpaMailPreferences(w.db.em()));
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        w.close();
    }

    long mailed(String handle, String subject) {
        return w.mails().stream().filter(m -> m.to().equals(handle + "@abuse.example") && m.subject().equals(subject))
                .count();
    }

    boolean told(String handle, NotificationKind kind, MotionId motion) {
        return w.call(() -> w.notifications.notifications(w.a(handle), 0, 100)).items().stream()
                .anyMatch(n -> n.kind() == kind && n.motionId().equals(motion.toString()));
    }

    @Test
    void nothingIsMailedThatTheMemberDidNotChoose() {
        w.call(() -> preferences.choose(w.a("n8"), Set.of()));
        w.call(() -> preferences.choose(w.a("n9"), Set.of(NotificationKind.VOTE_OPENED)));
        List<MailChoiceView> n9 = w.call(() -> preferences.preferences(w.a("n9")));
        assertEquals(NotificationKind.values().length, n9.size());
        assertEquals(List.of(NotificationKind.VOTE_OPENED), n9.stream().filter(MailChoiceView::mailed)
                .map(MailChoiceView::kind).toList());

        long before = mailed("n7", "Unionhall: a motion needs seconds");
        MotionId motion = w.seconded(MotionKind.GENERAL, "Mail only what was asked for");

        for (String h : List.of("n7", "n8", "n9")) {
            assertTrue(told(h, NotificationKind.SECONDS_NEEDED, motion), h + " is told in the application");
        }
        assertEquals(before + 1, mailed("n7", "Unionhall: a motion needs seconds"), "n7 chose every kind");
        assertEquals(0, mailed("n8", "Unionhall: a motion needs seconds"), "n8 chose none");
        assertEquals(0, mailed("n9", "Unionhall: a motion needs seconds"), "n9 chose only votes opening");
    }

    @Test
    void aMemberWhoNeverChoseGetsNoNotificationByMailAndOnlyTheirOwnChoiceChanges() {
        Actor newcomer = w.call(() -> {
            Member m = new Member("Newcomer", "newcomer@abuse.example", "en", w.stores.time().now());
            w.stores.members().add(m);
            return new Actor(m.id());
        });
        assertFalse(w.call(() -> preferences.preferences(newcomer)).stream().anyMatch(MailChoiceView::mailed));

        List<MailChoiceView> chosen = w.call(() -> preferences.choose(newcomer,
                EnumSet.of(NotificationKind.RESULT_PUBLISHED, NotificationKind.NOMINATED)));
        assertEquals(Set.of(NotificationKind.RESULT_PUBLISHED, NotificationKind.NOMINATED), Set.copyOf(chosen.stream()
                .filter(MailChoiceView::mailed).map(MailChoiceView::kind).toList()));
        assertEquals(chosen, w.call(() -> preferences.preferences(newcomer)));
        assertEquals(NotificationKind.values().length,
                w.call(() -> preferences.preferences(w.a("s3"))).stream().filter(MailChoiceView::mailed).count(),
                "another member's choice is untouched");
        w.call(() -> preferences.choose(newcomer, Set.of()));
        assertFalse(w.call(() -> preferences.preferences(newcomer)).stream().anyMatch(MailChoiceView::mailed));
    }
}
