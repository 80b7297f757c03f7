package org.unionhall.domain.election;

/** What a secret member ballot decides. */
public enum SubjectKind {
    /** A motion sent to a secret member ballot by the bylaws. */
    MOTION,
    /** An election of officers or delegates. */
    OFFICER_ELECTION,
    /** A participatory budget: the members approve the requests that share a fund's budget. */
    BUDGET_ROUND
}
