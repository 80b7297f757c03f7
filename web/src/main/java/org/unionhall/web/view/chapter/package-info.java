/** A chapter's page, asking to join it, and its lazily paged member list. */
package org.unionhall.web.view.chapter;
