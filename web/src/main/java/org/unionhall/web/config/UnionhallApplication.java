package org.unionhall.web.config;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The member REST API, version 1. */
@ApplicationPath("/api/v1")
public class UnionhallApplication extends Application {
}
