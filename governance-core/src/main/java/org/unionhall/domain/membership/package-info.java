/**
 * The membership domain: a Federation of
 * Unions, their Chapters,
 * the Members who belong to them through
 * Memberships, JoinRequests,
 * Mandates held for a term, and the
 * Instances (Fediverse servers) a union works with. Each
 * aggregate guards its own rules; repositories are interfaces in the domain's words, implemented
 * in {@code org.unionhall.infrastructure.persistence}.
 */
package org.unionhall.domain.membership;
