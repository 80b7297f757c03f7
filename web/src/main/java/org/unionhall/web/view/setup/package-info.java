/** The first run: the setup page a one-time setup link opens, which founds the installation. */
package org.unionhall.web.view.setup;
