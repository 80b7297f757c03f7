package org.unionhall.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive every integration test deploys: the real WAR this module builds, never a hand-listed one. */
public final class Deployments {

    private Deployments() {
    }

    /** {@code target/unionhall.war} as built by {@code mvn package}. */
    public static WebArchive unionhall() {
        File war = new File(System.getProperty("unionhall.war", "target/unionhall.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing; run the Maven package phase first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
