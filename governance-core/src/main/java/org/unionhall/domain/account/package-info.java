/**
 * Sign-in accounts: the password hash of a member, the password policy, sessions and trusted
 * browsers, {@link org.unionhall.domain.account.PasswordReset password reset links},
 * {@link org.unionhall.domain.account.SignUp sign-ups} waiting for their confirmation, and the ports for
 * hashing ({@link org.unionhall.domain.account.PasswordHasher}) and throttling
 * ({@link org.unionhall.domain.account.SignInThrottle}) whose implementations live in
 * {@code org.unionhall.infrastructure}.
 */
package org.unionhall.domain.account;
