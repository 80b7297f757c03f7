package org.unionhall.application.motion;

import java.util.List;
import java.util.Map;
import org.unionhall.application.Actor;
import org.unionhall.domain.congress.Choice;
import org.unionhall.domain.congress.Instruction;
import org.unionhall.domain.congress.ProxyId;
import org.unionhall.domain.motion.MotionId;

/**
 * The delegate congress: public roll calls, chapters' instructions and proxies between delegates.
 * Members of the scope see the roll call; delegates with a seat vote; stewards of a chapter
 * instruct its delegates; stewards of the scope close the roll call.
 */
public interface CongressService {

    /** The roll call on a motion. */
    CongressView rollCall(Actor actor, MotionId motion);

    /** A delegate casts their own weight. */
    CongressView vote(Actor actor, MotionId motion, Choice choice);

    /** A proxy holder casts the giver's weight, split into parts that add up to exactly that weight. */
    CongressView voteByProxy(Actor actor, MotionId motion, ProxyId proxy, Map<Choice, Long> parts);

    /** A steward of a chapter instructs its delegates. */
    CongressView instruct(Actor actor, MotionId motion, String chapterSlug, Instruction instruction);

    /** A steward of the scope closes the roll call; the motion is decided under its bylaws version. */
    CongressView close(Actor actor, MotionId motion);

    /** A delegate gives another delegate of the union a proxy. */
    ProxyView giveProxy(Actor actor, GiveProxy proxy);

    /** The giver revokes a proxy. */
    ProxyView revokeProxy(Actor actor, ProxyId proxy);

    /** Proxies the caller gave or holds, newest first. */
    List<ProxyView> proxies(Actor actor);
}
