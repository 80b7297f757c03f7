/**
 * The pages of Unionhall (JSF with PrimeFaces), one sub-package per feature: {@code login},
 * {@code dashboard}, {@code union}, {@code chapter}, {@code steward}, {@code audit}, {@code error}.
 * Each page has one small {@code *Backing} bean that calls one application service with the
 * signed-in member ({@link org.unionhall.web.security.CurrentActor}) as actor; {@link org.unionhall.web.view.Pages}
 * turns the services' refusals into error pages or messages.
 */
package org.unionhall.web.view;
