/**
 * Elections and ballots (protocol §7–§8): the manifest of contests, voter credentials and the
 * weighted roll, ballot encryption with proofs (the booth), ballot checking, Benaloh
 * challenges, and the bulletin board with its tracking-code chain.
 */
package org.unionhall.crypto.ballot;
