/**
 * Building blocks shared by every aggregate: the exception hierarchy ({@link
 * org.unionhall.domain.shared.DomainException} and its four kinds) and input checks that turn
 * malformed values into {@link org.unionhall.domain.shared.InvalidInput}.
 */
package org.unionhall.domain.shared;
