package org.unionhall.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raises {@link BodyLimit}'s limit for one resource method that takes a file upload, such as a
 * grant request's evidence; every other body keeps the API's limit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface UploadLimit {
    /** The largest body the method takes, in bytes. */
    int value();
}
