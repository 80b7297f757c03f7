/**
 * What a visitor sees without signing in: the landing page listing the unions of this
 * installation beside the way to sign in, and each union's public page. These pages keep no
 * session for a visitor (their views are transient and hold no form) and name no member.
 */
package org.unionhall.web.view.landing;
