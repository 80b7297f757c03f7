package org.unionhall.domain.treasury;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence, recognised by their first bytes: PDF ({@code %PDF-}),
 * PNG (its 8-byte signature) and JPEG ({@code FF D8 FF}).
 */
final class EvidenceType {
    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private EvidenceType() {
    }

    /** The media type the content is, if it is one of the accepted kinds. */
    static Optional<String> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** Whether a claimed media type (parameters and case ignored; {@code image/jpg} too) is this type. */
    static boolean same(String claimed, String type) {
        String bare = claimed.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return bare.equals(type) || (type.equals(JPEG) && bare.equals("image/jpg"))
                || bare.equals("application/octet-stream");
    }

    /** The accepted type a file name's ending names, if it names one. */
    static Optional<String> named(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        if (name.endsWith(".png")) {
            return Optional.of(PNG);
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** The file-name ending of the type. */
    static String ending(String type) {
        return switch (type) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            default -> ".jpg";
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
