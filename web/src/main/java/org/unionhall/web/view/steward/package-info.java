/**
 * What stewards do for a chapter or a union: decide join requests, suspend and restore members,
 * assign mandates and end them early. The services check the steward's scope on every call.
 */
package org.unionhall.web.view.steward;
