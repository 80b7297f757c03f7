/** The installation operator's pages: the mail kept when no mail server is configured. */
package org.unionhall.web.view.operator;
