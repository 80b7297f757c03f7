package org.unionhall.application.notification;

import java.time.Instant;
import org.unionhall.domain.notification.NotificationKind;

/**
 * One notification as its addressee sees it.
 *
 * @param id its id
 * @param kind why it was sent
 * @param message what it says
 * @param motionId the motion it is about, or {@code null}
 * @param grantRequestId the grant request it is about, or {@code null}
 * @param budgetRoundId the participatory budget it is about, or {@code null}
 * @param createdAt when
 * @param read whether it was marked read
 */
public record NotificationView(String id, NotificationKind kind, String message, String motionId,
                               String grantRequestId, String budgetRoundId, Instant createdAt, boolean read) {
}
