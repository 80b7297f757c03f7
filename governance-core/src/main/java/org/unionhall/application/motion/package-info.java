/**
 * The motion workflow for the web layer: {@link org.unionhall.application.motion.MotionService}
 * (bylaws, motions, amendments, scheduling, officer elections and nominations) and {@link
 * org.unionhall.application.motion.CongressService} (roll calls, instructions, proxies), with
 * immutable views whose ids are strings. Implementations are {@code @ApplicationScoped}
 * {@code @Transactional} CDI beans like the membership services: each call is one transaction and
 * a refusal rolls it back. Secret member ballots are prepared through the election service when
 * one is deployed ({@link org.unionhall.application.motion.BallotBox}) and decided when it
 * publishes its result ({@link org.unionhall.application.motion.BallotResults}).
 */
package org.unionhall.application.motion;
