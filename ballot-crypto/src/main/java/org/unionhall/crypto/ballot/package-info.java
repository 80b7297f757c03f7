/**
 * Elections and ballots (protocol §7–§8): the manifest of contests, voter credentials and the
 * weighted roll, ballot encryption with proofs (the booth), ballot checking, Benaloh
 * challenges, and the bulletin board's rules with its tracking-code chain, kept through a store port
 * ({@link org.unionhall.crypto.ballot.BoardStore}) so a server's database can hold the board.
 */
package org.unionhall.crypto.ballot;
