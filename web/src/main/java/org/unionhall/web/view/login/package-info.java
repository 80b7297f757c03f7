/** Signing in and out: the sign-in form and the sign-out button. */
package org.unionhall.web.view.login;
