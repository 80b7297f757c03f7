/**
 * A member's rights over what Unionhall holds about them: the record of who looked at it or
 * exported it, erasure under a stable pseudonym, and how long each kind of data is kept
 * (docs/privacy.md says the same in words).
 */
package org.unionhall.domain.privacy;
