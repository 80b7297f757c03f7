/**
 * The voting booth and the trustee page: thin pages whose work (credential, encryption, proofs,
 * key ceremony, partial decryption) runs in the member's browser (web/src/main/frontend) and
 * talks to the elections API with the member's session.
 */
package org.unionhall.web.view.booth;
