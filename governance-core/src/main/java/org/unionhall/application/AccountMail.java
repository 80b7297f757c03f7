package org.unionhall.application;

import java.time.Instant;
import org.unionhall.domain.mail.MailCategory;
import org.unionhall.domain.mail.OutgoingMail;
import org.unionhall.domain.shared.Moments;

/** The security mail about a person's own account: always sent, whatever their mail preferences. */
final class AccountMail {
    /** The page where a person asks for a reset link. */
    static final String FORGOT_PAGE = "password/forgot.xhtml";
    /** The page a reset link opens. */
    static final String RESET_PAGE = "password/reset.xhtml";
    /** The page a sign-up's confirmation link opens. */
    static final String CONFIRM_PAGE = "signup/confirm.xhtml";

    private AccountMail() {
    }

    static OutgoingMail resetLink(String to, String link, Instant now) {
        return new OutgoingMail(to, "Unionhall: reset your password", """
                Someone, probably you, asked to reset the password of your Unionhall account.

                To choose a new password, open this link within one hour:

                %s

                The link works once. If you did not ask for it, ignore this mail: your password stays as it is.
                """.formatted(link), MailCategory.SECURITY, now);
    }

    static OutgoingMail noAccount(String to, String forgotPage, Instant now) {
        return new OutgoingMail(to, "Unionhall: reset your password", """
                Someone, probably you, asked to reset the password of a Unionhall account for this e-mail \
                address at %s. There is no account with this address, so nothing was changed.

                If it was you, perhaps your account uses another address: ask again with that one. If you did \
                not ask, ignore this mail.
                """.formatted(forgotPage), MailCategory.SECURITY, now);
    }

    static OutgoingMail passwordChanged(String to, String name, String forgotPage, Instant now) {
        return new OutgoingMail(to, "Unionhall: your password was changed", """
                Hello %s,

                The password of your Unionhall account was just changed, and every other browser signed in to \
                your account was signed out.

                If you did this, there is nothing more to do. If you did not, someone else knows your password \
                or has read your mail: choose a new password now at

                %s
                """.formatted(name, forgotPage), MailCategory.SECURITY, now);
    }

    static OutgoingMail confirmSignUp(String to, String name, String union, String chapter, String link, Instant now) {
        return new OutgoingMail(to, "Unionhall: confirm your e-mail address to join " + union, """
                Hello %s,

                Someone, probably you, signed up with this e-mail address to join %s of %s.

                To confirm the address, open this link within 24 hours and choose "Confirm":

                %s

                Then your account is made and your request goes to the stewards of %s, who decide on it. \
                The link works once. If you did not sign up, ignore this mail: nothing is made, and what \
                was given is deleted when the link expires.
                """.formatted(name, chapter, union, link, chapter), MailCategory.SECURITY, now);
    }

    static final String SETTINGS_PAGE = "account/settings.xhtml";

    static OutgoingMail twoFactorChanged(String to, String name, boolean on, String settingsPage, Instant now) {
        return new OutgoingMail(to, "Unionhall: two-factor sign-in was turned " + (on ? "on" : "off"), """
                Hello %s,

                Two-factor sign-in was just turned %s for your Unionhall account. %s

                If you did this, there is nothing more to do. If you did not, sign in, change your password and \
                look at your sessions at

                %s
                """.formatted(name, on ? "on" : "off", on
                ? "Signing in now asks for a code from your authenticator app after your password. Keep your "
                        + "recovery codes somewhere safe: each one signs you in once if you lose your phone."
                : "Signing in asks for your password only, and any mandate you hold as steward, treasurer or "
                        + "trustee gives no powers until you turn it on again.", settingsPage),
                MailCategory.SECURITY, now);
    }


    /**
     * A sign-in with password and code from a browser the account has not signed in on before (a
     * known browser holds the device cookie of an earlier sign-in, see {@code TrustedDevice}).
     */
    static OutgoingMail newSignIn(String to, String name, String browser, Instant now, String settingsPage) {
        return new OutgoingMail(to, "Unionhall: a new sign-in to your account", """
                Hello %s,

                Your Unionhall account was just signed in to with your password and a code from your \
                authenticator app, on a browser it had not been signed in on before: %s, at %s.

                If this was you, there is nothing more to do. If it was not, someone knows your password and \
                can make codes: sign in, change your password, turn two-factor sign-in off and on again (for a \
                new key), and sign out your other sessions at

                %s
                """.formatted(name, browser, Moments.inWords(now), settingsPage), MailCategory.SECURITY, now);
    }

    static OutgoingMail secondFactorReset(String to, String name, String settingsPage, Instant now) {
        return new OutgoingMail(to, "Unionhall: two-factor sign-in was turned off by the operator", """
                Hello %s,

                The operator of this Unionhall installation turned two-factor sign-in off for your account, as \
                someone asked who said they had lost both their authenticator app and their recovery codes. \
                Every browser signed in to your account was signed out.

                Signing in now asks for your password only. Turn two-factor sign-in on again, with your new \
                phone, at

                %s

                Until you do, any mandate you hold as steward, treasurer or trustee gives no powers. If you did \
                not ask for this, someone who knows your password may have: change it at once, and tell the \
                operator.
                """.formatted(name, settingsPage), MailCategory.SECURITY, now);
    }

    static OutgoingMail recoveryCodeUsed(String to, String name, long left, String settingsPage, Instant now) {
        return new OutgoingMail(to, "Unionhall: a recovery code was used to sign in", """
                Hello %s,

                Someone signed in to your Unionhall account with your password and one of your recovery codes. \
                %d recovery codes are left.

                If this was you, there is nothing more to do. If it was not, someone knows your password and has \
                your recovery codes: sign in, change your password, make new recovery codes (the old ones then \
                stop working), and sign out your other sessions at

                %s
                """.formatted(name, left, settingsPage), MailCategory.SECURITY, now);
    }

    static OutgoingMail recoveryCodesRenewed(String to, String name, String settingsPage, Instant now) {
        return new OutgoingMail(to, "Unionhall: new recovery codes were made", """
                Hello %s,

                Ten new recovery codes for two-factor sign-in were just made for your Unionhall account, with \
                your password and a code. The recovery codes you had before no longer work, used or not: keep \
                the new ones somewhere safe. Your authenticator app works as before.

                If you did this, there is nothing more to do. If you did not, someone knows your password and \
                has your phone or one of your recovery codes: sign in, change your password, turn two-factor \
                sign-in off and on again (for a new key and new codes), and sign out your other sessions at

                %s
                """.formatted(name, settingsPage), MailCategory.SECURITY, now);
    }
}
