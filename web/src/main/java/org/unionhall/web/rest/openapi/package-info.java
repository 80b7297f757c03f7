/**
 * The API's description at {@code /openapi} as the server answers: error answers added to every
 * operation, and request bodies described by the types the API reads them as.
 */
package org.unionhall.web.rest.openapi;
