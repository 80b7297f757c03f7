/**
 * The standalone verifier (protocol §11): reads an election record and returns a report of
 * labelled checks, each naming the section of the protocol it implements. It never prints.
 */
package org.unionhall.crypto.verify;
