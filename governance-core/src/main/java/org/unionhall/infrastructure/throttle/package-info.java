/** Counting failed sign-ins: the in-memory implementation of the domain's throttle port. */
package org.unionhall.infrastructure.throttle;
