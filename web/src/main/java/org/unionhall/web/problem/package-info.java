/**
 * How the application refuses a request in words a program can read: the RFC 9457
 * {@code application/problem+json} answer ({@link org.unionhall.web.problem.Problem}), written
 * alike by the member API and by the sign-in mechanism and filters that run before it. It depends
 * on no other package of the web module, so both may use it.
 */
package org.unionhall.web.problem;
