/**
 * Integration tests on a real Payara Micro started by Arquillian, deploying the real WAR and
 * driving the REST API over HTTP as members of the demo data would.
 *
 * <p>The integration tests run in two JVMs at once (failsafe's {@code forkCount}, see
 * {@code web/pom.xml}): each JVM takes the next test class when it has finished one, so any two
 * classes may run side by side. Each Arquillian class still gets a Payara Micro of its own (on a
 * random free HTTP port) with a fresh in-memory H2 seeded with the demo data, so a new class needs
 * no change. A class that starts servers of its own takes its ports from
 * {@code org.unionhall.web.process.Ports} or a free port the system gives ({@code new ServerSocket(0)}),
 * never a fixed one, and creates a PostgreSQL database of its own
 * ({@code org.unionhall.web.process.TestPostgres}); to find out whether a class depends on
 * running alone, run the tests one after another with {@code -Dunionhall.it.forks=1}.
 */
package org.unionhall.web.it;
