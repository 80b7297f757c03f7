/** The operator's mail hook: notifications passed on by SMTP when {@code unionhall.mail.host} is set. */
package org.unionhall.infrastructure.mail;
