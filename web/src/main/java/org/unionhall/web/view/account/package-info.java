/** A member's own account: changing the password and choosing which notifications are mailed. */
package org.unionhall.web.view.account;
