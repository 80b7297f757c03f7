/** The page an invitation's link opens: the person chooses a name and a password, or joins with their account. */
package org.unionhall.web.view.invitation;
