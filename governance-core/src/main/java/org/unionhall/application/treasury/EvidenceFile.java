package org.unionhall.application.treasury;

/**
 * An uploaded file of evidence, for download.
 *
 * @param fileName a safe file name with the type's ending
 * @param mediaType its type, read from its content when it was uploaded
 * @param content its bytes
 */
public record EvidenceFile(String fileName, String mediaType, byte[] content) {
}
