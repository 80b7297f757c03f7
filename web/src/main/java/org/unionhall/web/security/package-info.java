/**
 * Sign-in and protection: one Jakarta Security mechanism for the sign-in page and HTTP Basic,
 * the identity store that asks the core's sign-in service, the producer of the acting member,
 * and filters for security headers and against cross-site requests.
 */
package org.unionhall.web.security;
