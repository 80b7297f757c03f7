/**
 * The audit trail: who changed what in which scope, when and why. Entries are written by the
 * application services on every membership and mandate change and are never edited. They never
 * hold a vote choice.
 */
package org.unionhall.domain.audit;
