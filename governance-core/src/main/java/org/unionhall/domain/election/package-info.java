/**
 * The secret member ballot on the server: the election aggregate and its phases, trustees,
 * ceremony messages, the voter list (who registered, who voted) kept apart from the roll of
 * credentials, and the bulletin board. The cryptography is {@code ballot-crypto}'s.
 */
package org.unionhall.domain.election;
