/** The member REST API for secret ballots: booth, trustees, board, result and record download. */
package org.unionhall.web.rest.election;
