/**
 * Signing up from a union's public page: the form (a chapter, a name, an address, a password and
 * a note for the stewards) and the page the confirmation link opens. Both are open to visitors.
 */
package org.unionhall.web.view.signup;
