package org.unionhall.application;

import java.util.List;

/**
 * The signed-in member's own page.
 *
 * @param memberId the member's id
 * @param displayName their display name
 * @param preferredLanguage their language tag
 * @param memberships their memberships (every status except left), by chapter name
 * @param mandates their mandates in force today
 * @param myPendingRequests their own join requests that wait for a steward
 * @param requestsToDecide pending join requests in the chapters they steward (never their own)
 */
public record DashboardView(String memberId, String displayName, String preferredLanguage,
                            List<MembershipView> memberships, List<MandateView> mandates,
                            List<JoinRequestView> myPendingRequests, List<JoinRequestView> requestsToDecide) {
    /** Copies the lists. */
    public DashboardView {
        memberships = List.copyOf(memberships);
        mandates = List.copyOf(mandates);
        myPendingRequests = List.copyOf(myPendingRequests);
        requestsToDecide = List.copyOf(requestsToDecide);
    }
}
