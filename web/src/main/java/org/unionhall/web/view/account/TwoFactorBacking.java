package org.unionhall.web.view.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.unionhall.application.TwoFactorService;
import org.unionhall.application.TwoFactorSetup;
import org.unionhall.application.TwoFactorView;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.security.SignInFeedback;
import org.unionhall.web.view.Pages;

/**
 * Two-factor sign-in on the member's account page: start (the secret as a QR code drawn on the
 * server, and as text),
 * confirm with a first code (the recovery codes, shown once, while the page stays open), make new
 * recovery codes in place of the old ones with the password and a code (shown the same way), and
 * turn off with the password and a code. The secret and the recovery codes live only in this view.
 */
@Named
@ViewScoped
public class TwoFactorBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private TwoFactorService twoFactor;

    @Inject
    private CurrentActor member;

    private TwoFactorView status;
    private TwoFactorSetup setup;
    private List<String> recoveryCodes;
    private String code;
    private String password;
    private String renewCode;
    private String renewPassword;

    /** Whether it is on, and since when. */
    public TwoFactorView getStatus() {
        if (status == null) {
            status = twoFactor.status(member.actor(), sessionToken());
        }
        return status;
    }

    /** Starts: a new secret for the app. */
    public void begin() {
        Pages.act(() -> setup = twoFactor.begin(member.actor()),
                "Add Unionhall to your authenticator app, then type the code it shows.");
    }

    /** Confirms with a first code; the recovery codes are shown. */
    public void confirm() {
        if (Pages.act(() -> recoveryCodes = twoFactor.confirm(member.actor(), code, sessionToken()),
                "Two-factor sign-in is on. Signing in now asks for a code from your app after your password.")) {
            SignInFeedback.secondFactorChanged(request(), true);
            member.forget();
            setup = null;
            status = null;
        }
        code = null;
    }

    /** Turns it off with the password and a code. */
    public void turnOff() {
        if (Pages.act(() -> twoFactor.turnOff(member.actor(), password == null ? new char[0] : password.toCharArray(),
                code), "Two-factor sign-in is off. Signing in asks for your password only.")) {
            SignInFeedback.secondFactorChanged(request(), false);
            member.forget();
            status = null;
            recoveryCodes = null;
        }
        code = null;
        password = null;
    }

    /** Makes new recovery codes with the password and a code; they are shown, and the old ones stop working. */
    public void newRecoveryCodes() {
        if (Pages.act(() -> recoveryCodes = twoFactor.newRecoveryCodes(member.actor(),
                renewPassword == null ? new char[0] : renewPassword.toCharArray(), renewCode),
                "New recovery codes were made. The old ones no longer work.")) {
            status = null;
        }
        renewCode = null;
        renewPassword = null;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static String sessionToken() {
        return SignInFeedback.sessionToken(request());
    }

    /** The QR code of the setup address, as SVG markup made here from the code alone; empty without a setup. */
    public String getQrCode() {
        return setup == null ? "" : QrSvg.of(setup.address());
    }

    public TwoFactorSetup getSetup() {
        return setup;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getRenewCode() {
        return renewCode;
    }

    public void setRenewCode(String renewCode) {
        this.renewCode = renewCode;
    }

    public String getRenewPassword() {
        return renewPassword;
    }

    public void setRenewPassword(String renewPassword) {
        this.renewPassword = renewPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
