/**
 * The election record (protocol §10): a folder of canonical JSON files, newline-delimited for
 * the roll and the board so that large elections stream. A strict hand-written codec sits here
 * at the edge of the module; the algorithms never see JSON.
 */
package org.unionhall.crypto.record;
