/**
 * Integration tests on a real Payara Micro started by Arquillian, deploying the real WAR and
 * driving the REST API over HTTP as members of the demo data would.
 */
package org.unionhall.web.it;
