package org.unionhall.domain.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes the URL name of a federation, union or chapter from its name when nobody typed one:
 * letters without their accents, lower case, anything else between words as one hyphen, at most
 * 60 characters ("Mods' Union — Berlin" becomes {@code mods-union-berlin}). The result passes
 * {@link Check#slug}; a name without any Latin letter or digit gets the fallback.
 */
public final class Slugs {
    private static final int MAX = 60;

    private Slugs() {
    }

    /**
     * @param name the name as typed
     * @param fallback the slug to use when nothing of the name is left (must itself be a valid slug)
     */
    public static String from(String name, String fallback) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
