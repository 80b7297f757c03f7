/**
 * Pages of the motion workflow: motion lists of a union or chapter, a motion's page with its
 * history and actions (and, for a secret ballot, the way to the key ceremony, the booth and the
 * result), the form for new bylaws, the congress roll call with instructions beside votes,
 * proxies, and the member's notifications. Each {@code *Backing} calls the motion services with
 * the signed-in actor.
 */
package org.unionhall.web.view.motion;
