/**
 * Runtime configuration: the JAX-RS application and its OpenAPI description, the database
 * (a data source chosen by MicroProfile Config) and the health checks.
 */
package org.unionhall.web.config;
