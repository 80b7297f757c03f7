/** Two clustered nodes behind a proxy, as processes: what must hold when one of them dies. */
package org.unionhall.web.cluster;
