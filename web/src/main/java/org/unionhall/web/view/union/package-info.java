/** The list of unions and a union's own page. */
package org.unionhall.web.view.union;
