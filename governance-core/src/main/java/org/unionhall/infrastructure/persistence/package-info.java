/**
 * JPA implementations of the domain's repository interfaces, and the Flyway
 * {@link org.unionhall.infrastructure.persistence.SchemaMigration} that owns the schema. Each
 * repository is an {@code @ApplicationScoped} bean using the container's transaction-scoped
 * entity manager of unit {@code unionhall}; the constructor taking an {@code EntityManager}
 * serves plain Java SE tests.
 */
package org.unionhall.infrastructure.persistence;
