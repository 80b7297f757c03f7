/**
 * Signing in and out: the sign-in form, the sign-out button, and a forgotten password (asking for
 * a reset link, and the page the link opens).
 */
package org.unionhall.web.view.login;
