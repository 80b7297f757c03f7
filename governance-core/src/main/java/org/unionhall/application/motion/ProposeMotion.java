package org.unionhall.application.motion;

import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.motion.MotionScope;

/**
 * A member drafts a motion.
 *
 * @param kind general, budget or bylaws amendment (amendments and elections have their own calls)
 * @param scope chapter, union or federation
 * @param scopeSlug the chapter's, union's or federation's short name
 * @param title a short title
 * @param text the motion's text
 */
public record ProposeMotion(MotionKind kind, MotionScope scope, String scopeSlug, String title, String text) {
}
