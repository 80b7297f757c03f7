/**
 * The application layer the web module calls: one service interface per area of work
 * ({@link org.unionhall.application.DirectoryService}, {@link org.unionhall.application.MembershipService},
 * {@link org.unionhall.application.MandateService}, {@link org.unionhall.application.AuditService},
 * {@link org.unionhall.application.AccountService},
 * {@link org.unionhall.application.SignInService}, {@link org.unionhall.application.PasswordResetService}), the {@link org.unionhall.application.Actor} who
 * calls, and immutable view records ({@code ...View}, {@code ...Summary}) with ids as strings.
 *
 * <p>Implementations ({@code Default...Service}) are {@code @ApplicationScoped} CDI beans whose
 * business methods are {@code @jakarta.transaction.Transactional}: each call is one transaction;
 * any {@link org.unionhall.domain.shared.DomainException} rolls it back so nothing is partly
 * written. Every service checks the caller's scoped authority itself and throws
 * {@link org.unionhall.domain.shared.AccessDenied}; the web layer only turns the signed-in
 * principal (the member id as a string) into an {@code Actor}.
 */
package org.unionhall.application;
