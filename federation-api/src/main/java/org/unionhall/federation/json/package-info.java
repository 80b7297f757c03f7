/**
 * ActivityStreams JSON as it crosses between installations: a strict reader that refuses what an
 * inbox must not swallow (duplicate keys, deep nesting, huge strings or documents), typed field
 * access whose errors name the field, the fixed {@code @context} and our own terms
 * ({@link org.unionhall.federation.json.Vocabulary}), and RFC 8785 canonical JSON for signing.
 * JSON-LD is never fetched or expanded: the context is a constant held here.
 */
package org.unionhall.federation.json;
