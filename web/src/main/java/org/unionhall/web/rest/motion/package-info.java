/**
 * The member REST API for motions ({@code /api/v1/motions}), the delegate congress
 * ({@code /api/v1/congress}), officer-election nominations ({@code /api/v1/nominations}) and the
 * caller's notifications ({@code /api/v1/notifications}). Resources are thin: they check the
 * shape of the body, call one service with the signed-in {@link org.unionhall.application.Actor},
 * and leave every refusal to the problem+json mapping of {@code org.unionhall.web.rest}.
 */
package org.unionhall.web.rest.motion;
