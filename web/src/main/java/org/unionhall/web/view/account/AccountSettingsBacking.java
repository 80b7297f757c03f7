package org.unionhall.web.view.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.unionhall.application.AccountService;
import org.unionhall.application.notification.MailChoiceView;
import org.unionhall.application.notification.MailPreferenceService;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.security.SignInCookies;
import org.unionhall.web.view.Pages;

/** The member's own account page: a new password, and which notifications come by e-mail. */
@Named
@RequestScoped
public class AccountSettingsBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private MailPreferenceService preferences;

    @Inject
    private CurrentActor member;

    @Inject
    private FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String repeated;
    private List<MailChoiceView> choices;
    private String[] mailed;

    /** Each kind of notification with whether it is mailed now. */
    public List<MailChoiceView> getChoices() {
        if (choices == null) {
            choices = preferences.preferences(member.actor());
        }
        return choices;
    }

    /** Changes the password; this browser stays signed in, every other one is signed out. */
    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeated)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The two new passwords are not the same. Type the new password twice.", null));
            return;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Pages.act(() -> accounts.changePassword(member.actor(), chars(currentPassword), newPassword.toCharArray(),
                SignInCookies.session(request).orElse(null), SignInCookies.device(request).orElse(null)),
                "Your password was changed. Every other browser signed in to your account was signed out, and "
                        + "we mailed you a note of the change.");
    }

    /** Stores which kinds are mailed. */
    public void saveMailPreferences() {
        Set<NotificationKind> chosen = EnumSet.noneOf(NotificationKind.class);
        for (String name : mailed == null ? new String[0] : mailed) {
            Arrays.stream(NotificationKind.values()).filter(k -> k.name().equals(name)).forEach(chosen::add);
        }
        Pages.act(() -> choices = preferences.choose(member.actor(), chosen), chosen.isEmpty()
                ? "Saved: no notification is mailed to you. You still see them all in Unionhall."
                : "Saved: " + chosen.size() + (chosen.size() == 1 ? " kind of notification is" : " kinds of "
                + "notification are") + " mailed to you.");
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String[] getMailed() {
        if (mailed == null) {
            mailed = getChoices().stream().filter(MailChoiceView::mailed).map(c -> c.kind().name())
                    .collect(Collectors.toList()).toArray(new String[0]);
        }
        return mailed;
    }

    public void setMailed(String[] mailed) {
        this.mailed = mailed;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
