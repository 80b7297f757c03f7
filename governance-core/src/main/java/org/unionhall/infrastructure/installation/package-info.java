/** The installation's first run at start-up: printing the setup link of an installation not set up yet. */
package org.unionhall.infrastructure.installation;
