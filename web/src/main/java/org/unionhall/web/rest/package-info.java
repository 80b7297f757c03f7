/**
 * The member REST API under {@code /api/v1}: thin JAX-RS resources that turn the signed-in caller
 * into an {@link org.unionhall.application.Actor} and call one application service each; JSON in
 * and out; every error an {@code application/problem+json} answer ({@link org.unionhall.web.problem.Problem}).
 */
package org.unionhall.web.rest;
