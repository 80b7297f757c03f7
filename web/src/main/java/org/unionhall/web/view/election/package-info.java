/** Pages of secret ballots: the elections of a union or chapter, the bulletin board, the result with its verification report. */
package org.unionhall.web.view.election;
