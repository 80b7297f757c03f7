/** The member's dashboard: my chapters, my mandates, the join requests I may decide. */
package org.unionhall.web.view.dashboard;
