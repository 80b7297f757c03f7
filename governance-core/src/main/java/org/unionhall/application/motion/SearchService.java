package org.unionhall.application.motion;

import java.util.List;
import org.unionhall.application.Actor;

/**
 * Search across the motions, amendments and debates of the unions the caller belongs to (as a
 * member or a steward): only what they may see, never a draft,
 * never a hidden comment.
 */
public interface SearchService {

    /**
     * Any signed-in member: motions and amendments whose title or text, and comments whose text,
     * contain every word of the query (case-insensitive), newest first, at most 50 of each.
     */
    List<SearchHit> search(Actor actor, String query);
}
