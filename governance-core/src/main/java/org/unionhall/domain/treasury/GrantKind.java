package org.unionhall.domain.treasury;

/** What a grant request asks the union to pay for, and so from which fund and to whom. */
public enum GrantKind {
    /** Hours of moderation on an instance, at a rate, for a period; paid to the instance's team. */
    MODERATION_LABOUR,
    /**
     * Legal help for members or an instance team. Confidential: only the union's treasurers and the
     * requester see the request; the ledger shows only the fund and the pooled payee.
     */
    LEGAL_AID;

    /** The fund the grant is paid from. */
    public String fund() {
        return this == MODERATION_LABOUR ? "Moderation Labour" : "Legal Defence";
    }

    /** The kind in plain words. */
    public String label() {
        return this == MODERATION_LABOUR ? "Moderation labour" : "Legal aid";
    }

    /** Whether only treasurers and the requester may see requests of this kind. */
    public boolean confidential() {
        return this == LEGAL_AID;
    }
}
