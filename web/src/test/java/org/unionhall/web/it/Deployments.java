package org.unionhall.web.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
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

    /** The real WAR with settings added to its MicroProfile Config file (lines of {@code name=value}). */
    public static WebArchive unionhallWith(String settings) {
        WebArchive war = unionhall();
        String config;
        try {
            config = new String(war.get("WEB-INF/classes/META-INF/microprofile-config.properties").getAsset()
                    .openStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war.addAsResource(new StringAsset(config + "\n" + settings), "META-INF/microprofile-config.properties");
    }
}
