/**
 * Pages of the motion workflow: motion lists of a union or chapter, a motion's page with its
 * history and actions, the congress roll call with instructions beside votes, proxies, and the
 * member's notifications. Each {@code *Backing} calls the motion services with the signed-in actor.
 */
package org.unionhall.web.view.motion;
