package org.unionhall.domain.treasury;

/** What a contribution is for the union: a member's dues, or a donation from anyone. */
public enum ContributionKind {
    /** What a member owes by the bylaws; only members pay dues. */
    DUES,
    /** A gift: from a member, an instance or someone who stays anonymous. */
    DONATION;

    /** The kind as a page names it: {@code Dues}, {@code Donation}. */
    public String label() {
        return this == DUES ? "Dues" : "Donation";
    }

    /** The kind inside a sentence: {@code dues}, {@code a donation}. */
    public String inSentence() {
        return this == DUES ? "dues" : "a donation";
    }
}
