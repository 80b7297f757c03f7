/** The audit trail of a chapter or union, for its stewards. */
package org.unionhall.web.view.audit;
