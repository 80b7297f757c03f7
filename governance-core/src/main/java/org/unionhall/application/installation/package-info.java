/**
 * The first run of an installation: the one-time setup link, and founding the federation, the
 * first union and its first chapter, and the first steward's account (who is also the
 * installation's operator), in one transaction. The setup page and the
 * {@code ./unionhall admin} command both call {@link org.unionhall.application.installation.InstallationService}.
 */
package org.unionhall.application.installation;
