/**
 * The federation's periodic work as the timer sees it: the web module, which speaks the protocol,
 * implements {@link org.unionhall.application.federation.FederationUpkeep}; the timer in
 * {@code infrastructure.schedule} calls it.
 */
package org.unionhall.application.federation;
