/**
 * The member REST API for secret ballots, one resource for each part of the protocol, as the
 * election service is split: {@link org.unionhall.web.rest.election.ElectionSetupResource} (§5),
 * {@link org.unionhall.web.rest.election.CeremonyResource} (§6.2–6.4),
 * {@link org.unionhall.web.rest.election.VotingPeriodResource} (§7, §8.1),
 * {@link org.unionhall.web.rest.election.BallotResource} (§8),
 * {@link org.unionhall.web.rest.election.TallyResource} (§6.6, §9),
 * {@link org.unionhall.web.rest.election.RecordResource} (§10) and
 * {@link org.unionhall.web.rest.election.ElectionQueryResource} (reads, §8.8, §11.4). All answer under
 * {@code /api/v1/elections}. Field encodings are those of {@code docs/protocol.md} §2.4 and §10:
 * ballots, ceremony messages and partial decryptions travel in their record form.
 *
 * <p>Anyone may check an election without signing in: {@code GET /elections/{id}} (without the
 * trustees' names and without {@code me}), {@code …/board}, {@code …/receipt-check},
 * {@code …/tally}, {@code …/result}, {@code …/report} and {@code …/record} are open to visitors
 * (web.xml). The list of a union's elections and the ceremony messages stay member-only (they ask
 * for sign-in themselves); every change needs a signed-in member. A new {@code GET} here is open
 * to visitors too, unless it asks for sign-in.
 */
package org.unionhall.web.rest.election;
