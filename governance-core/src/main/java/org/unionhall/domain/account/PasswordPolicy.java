package org.unionhall.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.unionhall.domain.shared.InvalidInput;

/**
 * What a password must be: 8 to 128 characters (so long passphrases fit), and not one of the
 * common passwords shipped in {@code common-passwords.txt} (compared ignoring case), since those
 * fall to the first guesses of any attacker. No rules about digits or symbols: length and
 * rarity are what count.
 */
public final class PasswordPolicy {
    /** Shortest password. */
    public static final int MIN_LENGTH = 8;
    /** Longest password. */
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Throws an {@link InvalidInput} that says what is wrong with the password, if anything. */
    public static void check(char[] password) {
        if (password == null || password.length == 0) {
            throw new InvalidInput("A password is required.");
        }
        int length = Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            throw new InvalidInput("The password is too short: at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInput("The password is too long: at most " + MAX_LENGTH + " characters.");
        }
        if (isCommon(password)) {
            throw new InvalidInput("This password is one of the most common ones and easy to guess. Please choose another.");
        }
    }

    /** Whether the password is on the shipped list of common passwords. */
    public static boolean isCommon(char[] password) {
        return COMMON.contains(new String(password).toLowerCase(Locale.ROOT));
    }

    /** How many common passwords are known. */
    public static int commonPasswordCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
