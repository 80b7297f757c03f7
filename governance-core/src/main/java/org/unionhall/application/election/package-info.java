/**
 * Secret member ballots: the service the motion workflow, the REST API and the pages call, its
 * requests, views and the event fired when a result is published.
 */
package org.unionhall.application.election;
