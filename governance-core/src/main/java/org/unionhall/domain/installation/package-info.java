/**
 * The installation itself, before and beyond any union: whether it has been set up, the one-time
 * {@link org.unionhall.domain.installation.SetupLink} printed on the console of a new installation
 * (whose {@link org.unionhall.domain.installation.SetupToken} only its digest is kept of), and the
 * rule that an installation is founded once. The person who founds it becomes its operator (see
 * {@link org.unionhall.domain.account.SignInAccount#isInstallationOperator()}).
 */
package org.unionhall.domain.installation;
