package org.unionhall.web.it;

/**
 * Demo accounts the integration tests sign in with (listed in docs/demo-accounts.md; the
 * password of each is {@link Api#DEMO_PASSWORD}).
 */
final class DemoAccounts {

    /** Jonas: steward of Moderators Europe, and of no other chapter or union. */
    static final String CHAPTER_STEWARD = "jonas@unionhall.example";
    /** Chloé: a plain member of Moderators Europe, holding no mandate. */
    static final String PLAIN_MEMBER = "chloe@unionhall.example";
    /** Hana: a member of Digital Creators, not in Moderators Europe and with no request pending there. */
    static final String NEWCOMER = "hana@unionhall.example";
    /** Diego: steward of Moderators Americas (same union, another chapter), not of the union. */
    static final String OTHER_CHAPTER_STEWARD = "diego@unionhall.example";
    /** Amara: steward of the Fediverse Moderators' Union. */
    static final String UNION_STEWARD = "amara@unionhall.example";
    /** Lena: steward of the other union, the Indie Sellers' Union. */
    static final String OTHER_UNION_STEWARD = "lena@unionhall.example";

    private DemoAccounts() {
    }
}
