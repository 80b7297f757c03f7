/** The treasury's pages: the union's funds and grant requests, and one request with its steps. */
package org.unionhall.web.view.treasury;
