/**
 * {@code ./unionhall admin}: the operator's commands for scripted installs, run as a plain Java
 * program on the installation's database (the same settings as the server: {@code UNIONHALL_DB_URL},
 * {@code UNIONHALL_DB_USER}, {@code UNIONHALL_DB_PASSWORD}). They migrate the schema first, then
 * call the same application services as the pages
 * ({@link org.unionhall.application.installation.InstallationService}), so the domain's rules
 * hold here as they do on the web. This module is the composition root the container is for the
 * server: it builds the JPA repositories and the password hasher by hand.
 */
package org.unionhall.admin;
