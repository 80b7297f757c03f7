/** The error pages: a status in plain words, and the page shown when a session has ended. */
package org.unionhall.web.view.error;
