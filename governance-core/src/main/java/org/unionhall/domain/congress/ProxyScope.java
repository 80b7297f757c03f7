package org.unionhall.domain.congress;

/** What a proxy covers. */
public enum ProxyScope {
    /** The congress vote on one motion. */
    ONE_VOTE,
    /** Every congress vote of the union opened on one day (one sitting of the congress). */
    SESSION
}
