package org.unionhall.domain.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Guards for values entering the domain. Each failure is an {@link InvalidInput} whose message
 * names the field in words a member understands, so a page or the REST API can show it as is.
 */
public final class Check {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[^@\\s<>\"]{1,255}\\.[^@\\s<>\".]{1,63}$");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Z]{2})?$");

    private Check() {
    }

    /**
     * A required single-line text, trimmed, between 1 and {@code max} characters, without control
     * characters. Markup is kept as typed: pages and the API escape it when they show it.
     */
    public static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field + " is required.");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(field + " is too long (" + trimmed.length() + " characters, at most " + max + ").");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput(field + " may not contain control characters or line breaks.");
        }
        return trimmed;
    }

    /** An optional free text (may contain line breaks), trimmed; empty when absent. */
    public static String note(String value, String field, int max) {
        if (value == null) {
            return "";
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(field + " is too long (" + trimmed.length() + " characters, at most " + max + ").");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInput(field + " may not contain control characters.");
        }
        return trimmed;
    }

    /** A required reason: the words a steward gives for a change, kept in the audit trail. */
    public static String reason(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("A reason is required.");
        }
        return note(value, "The reason", 500);
    }

    /** An e-mail address, trimmed and lower-cased so that one person cannot hold two accounts. */
    public static String email(String value) {
        String trimmed = text(value, "The e-mail address", 254).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(trimmed).matches()) {
            throw new InvalidInput("The e-mail address does not look like name@example.org.");
        }
        return trimmed;
    }

    /** A URL-safe name of a union or chapter: lower-case letters, digits and single hyphens. */
    public static String slug(String value, String field) {
        String trimmed = text(value, field, 60);
        if (!SLUG.matcher(trimmed).matches()) {
            throw new InvalidInput(field + " may hold only lower-case letters, digits and single hyphens.");
        }
        return trimmed;
    }

    /** A language tag such as {@code en}, {@code de} or {@code pt-BR}. */
    public static String language(String value) {
        String trimmed = text(value, "The preferred language", 6);
        if (!LANGUAGE.matcher(trimmed).matches()) {
            throw new InvalidInput("The preferred language must be a language code such as en, de or pt-BR.");
        }
        return trimmed;
    }

    /** Parses an id typed or pasted by a person; a malformed one is an {@link InvalidInput}. */
    public static UUID uuid(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("The " + what + " id is required.");
        }
        try {
            UUID parsed = UUID.fromString(value.strip());
            if (!parsed.toString().equals(value.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException();
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("\"" + abbreviate(value) + "\" is not a valid " + what + " id.");
        }
    }

    /** A required value, e.g. a date or a choice from a list. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidInput(field + " is required.");
        }
        return value;
    }

    /** Shortens a value before quoting it back to a person, so a megabyte of input never echoes. */
    public static String abbreviate(String value) {
        Objects.requireNonNull(value);
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
